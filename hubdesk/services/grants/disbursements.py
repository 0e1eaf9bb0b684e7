"""Disbursements (교부): planned → requested → approved (by another person) → paid.

Payments never exceed the grant; a paid disbursement is undone by a reversing entry
that goes through the same request and approval, never by deleting it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hubdesk.domain.enums import AgreementStatus, DisbursementStatus, StaffRole
from hubdesk.domain.errors import (
    FourEyesViolation,
    InvalidTransition,
    NotTheApprover,
    NotTheRequester,
    ValidationError,
)
from hubdesk.domain.records import DisbursementOverview, DisbursementRecord, WageLineRecord
from hubdesk.services.core.base import Service, clean_text, get_or_raise
from hubdesk.services.core.boundary import typed_boundary
from hubdesk.services.grants.disbursement_rows import (
    PAYABLE_AGREEMENTS,
    check_open_for_money,
    check_status,
    check_within_grant,
    disbursement_record,
    disbursement_records,
    new_wage_line,
    outstanding,
    plannable_agreement,
    wage_line_record,
)
from hubdesk.services.grants.rows import paid_total
from hubdesk.storage.models import Disbursement, GrantAgreement, GrantProgram, StaffUser, WageLine

APPROVER_ROLES = (StaffRole.MANAGER, StaffRole.ADMINISTRATOR)


@typed_boundary
class DisbursementService(Service):
    def plan(
        self, agreement_id: int, amount: int, planned_on: date | None = None, note: str = ""
    ) -> DisbursementRecord:
        """Plan the next tranche (1차, 2차 …); all tranches together stay within the grant."""
        with self._write() as tx:
            agreement = plannable_agreement(tx, agreement_id, amount)
            row = self._new(tx, agreement.id, amount, planned_on, note)
            return disbursement_record(tx, row)

    def check_plan(self, agreement_id: int, amount: int) -> None:
        """Raise what ``plan`` would refuse a tranche of ``amount`` with; write nothing."""
        with self._read() as tx:
            plannable_agreement(tx, agreement_id, amount)

    def unplan(self, disbursement_id: int) -> DisbursementRecord:
        """Undo a plan: delete a planned entry that nothing refers to (wage lines, a reversal)."""
        with self._write() as tx:
            row = get_or_raise(tx, Disbursement, disbursement_id, "disbursement")
            record = disbursement_record(tx, row)
            if row.status != DisbursementStatus.PLANNED or record.wage_lines or record.reversed_by:
                raise InvalidTransition(
                    entity="disbursement", key=row.label, current=row.status, target="removed"
                )
            tx.delete(row)
            tx.flush()
            return record

    def request(self, disbursement_id: int) -> DisbursementRecord:
        with self._write() as tx:
            row = self._move(
                tx, disbursement_id, DisbursementStatus.PLANNED, DisbursementStatus.REQUESTED
            )
            check_open_for_money(tx.get_one(GrantAgreement, row.agreement_id))
            row.requested_by = self.actor.user_id
            row.requested_at = datetime.now().replace(microsecond=0)
            tx.flush()
            return disbursement_record(tx, row)

    def withdraw(self, disbursement_id: int) -> DisbursementRecord:
        """Undo a request: back to planned, by the requester only, before any decision."""
        with self._write() as tx:
            row = self._requested_by_actor(tx, disbursement_id, DisbursementStatus.PLANNED)
            row.status = DisbursementStatus.PLANNED
            row.requested_by = row.requested_at = None
            tx.flush()
            return disbursement_record(tx, row)

    def discard_request(self, disbursement_id: int) -> DisbursementRecord:
        """Undo a request made in one step (a reversal, a month's wages): the requester
        deletes it before any decision, and its wage lines are open again."""
        with self._write() as tx:
            row = self._requested_by_actor(tx, disbursement_id, "removed")
            record = disbursement_record(tx, row)
            if not (record.is_reversal or record.wage_lines):
                raise InvalidTransition(  # a planned tranche is withdrawn, then unplanned
                    entity="disbursement", key=row.label, current=row.status, target="removed"
                )
            for line in tx.scalars(select(WageLine).where(WageLine.disbursement_id == row.id)):
                line.disbursement_id = None
            tx.flush()
            tx.delete(row)
            tx.flush()
            return record

    def approve(self, disbursement_id: int) -> DisbursementRecord:
        """Approve a request: a manager who is not the requester (four-eyes rule)."""
        with self._write() as tx:
            row = self._check_approver(tx, disbursement_id, "approve disbursements")
            self._move(tx, row.id, DisbursementStatus.REQUESTED, DisbursementStatus.APPROVED)
            row.approved_by = self.actor.user_id
            row.approved_at = datetime.now().replace(microsecond=0)
            tx.flush()
            return disbursement_record(tx, row)

    def check_approver(self, disbursement_id: int) -> None:
        """Raise what ``approve`` and ``reject`` would refuse the acting person with (four
        eyes, then the role); write nothing."""
        with self._read() as tx:
            self._check_approver(tx, disbursement_id, "approve disbursements")

    def unapprove(self, disbursement_id: int) -> DisbursementRecord:
        """Undo an approval before payment: back to requested, by the approver only."""
        with self._write() as tx:
            row = get_or_raise(tx, Disbursement, disbursement_id, "disbursement")
            check_status(row, DisbursementStatus.APPROVED, DisbursementStatus.REQUESTED)
            if row.approved_by != self.actor.user_id:
                approver = tx.get(StaffUser, row.approved_by or 0)
                raise NotTheApprover(
                    disbursement=row.label, approver=approver.display_name if approver else ""
                )
            row.status = DisbursementStatus.REQUESTED
            row.approved_by = row.approved_at = None
            tx.flush()
            return disbursement_record(tx, row)

    def reject(self, disbursement_id: int, reason: str) -> DisbursementRecord:
        with self._write() as tx:
            row = self._check_approver(tx, disbursement_id, "reject disbursements")
            self._move(tx, row.id, DisbursementStatus.REQUESTED, DisbursementStatus.REJECTED)
            row.note = clean_text(reason, "reason", max_length=4000, multiline=True)
            tx.flush()
            return disbursement_record(tx, row)

    def unreject(self, disbursement_id: int, note: str = "") -> DisbursementRecord:
        """Undo a rejection: requested again with its earlier ``note`` (rules as rejecting)."""
        with self._write() as tx:
            row = self._check_approver(tx, disbursement_id, "reject disbursements")
            check_status(row, DisbursementStatus.REJECTED, DisbursementStatus.REQUESTED)
            if row.amount > 0:
                agreement = tx.get_one(GrantAgreement, row.agreement_id)
                check_within_grant(agreement, outstanding(tx, agreement.id), row.amount)
            row.status = DisbursementStatus.REQUESTED
            row.note = clean_text(note, "note", required=False, max_length=4000, multiline=True)
            tx.flush()
            return disbursement_record(tx, row)

    def pay(self, disbursement_id: int, paid_on: date) -> DisbursementRecord:
        """Book the payment; the paid sum never exceeds the grant."""
        with self._write() as tx:
            row = get_or_raise(tx, Disbursement, disbursement_id, "disbursement")
            agreement = tx.get_one(GrantAgreement, row.agreement_id)
            if agreement.status not in PAYABLE_AGREEMENTS:
                raise InvalidTransition(
                    entity="agreement",
                    key=agreement.number,
                    current=agreement.status,
                    target="paid",
                )
            check_within_grant(agreement, paid_total(tx, agreement.id), row.amount, what="paid")
            self._move(tx, row.id, DisbursementStatus.APPROVED, DisbursementStatus.PAID)
            row.paid_on = paid_on
            if agreement.status == AgreementStatus.SIGNED:
                agreement.status = AgreementStatus.IN_PROGRESS
            tx.flush()
            return disbursement_record(tx, row)

    def reverse(self, disbursement_id: int, reason: str) -> DisbursementRecord:
        """Request a reversing entry for a paid disbursement (approved and booked like any)."""
        with self._write() as tx:
            original = get_or_raise(tx, Disbursement, disbursement_id, "disbursement")
            already = tx.scalars(
                select(Disbursement).where(Disbursement.reverses_id == original.id)
            ).first()
            if original.status != DisbursementStatus.PAID or original.amount < 0 or already:
                raise InvalidTransition(
                    entity="disbursement",
                    key=original.label,
                    current=original.status,
                    target="reversed",
                )
            row = self._new(
                tx,
                original.agreement_id,
                -original.amount,
                None,
                clean_text(reason, "reason", max_length=4000, multiline=True),
                label=f"{original.label} 취소",
                reverses_id=original.id,
                requested=True,
            )
            return disbursement_record(tx, row)

    def add_wage_line(
        self, agreement_id: int, month: date, employee_name: str, gross_wage: int, support: int
    ) -> int:
        """A month's wage support for one professional staff member, up to the program cap."""
        with self._write() as tx:
            line = new_wage_line(tx, agreement_id, month, employee_name, gross_wage, support)
            tx.add(line)
            tx.flush()
            return line.id

    def check_wage_line(
        self, agreement_id: int, month: date, employee_name: str, gross_wage: int, support: int
    ) -> None:
        """Raise what ``add_wage_line`` would refuse; write nothing."""
        with self._read() as tx:
            new_wage_line(tx, agreement_id, month, employee_name, gross_wage, support)

    def request_wages(self, agreement_id: int, month: date) -> DisbursementRecord:
        """One disbursement request for a month's wage lines not yet requested."""
        first = month.replace(day=1)
        with self._write() as tx:
            agreement = get_or_raise(tx, GrantAgreement, agreement_id, "agreement")
            check_open_for_money(agreement)
            lines = tx.scalars(
                select(WageLine).where(
                    WageLine.agreement_id == agreement_id,
                    WageLine.month == first,
                    WageLine.disbursement_id.is_(None),
                )
            ).all()
            if not lines:
                raise ValidationError(field="month", reason=f"no open wage lines for {first:%Y-%m}")
            amount = sum(line.support_amount for line in lines)
            check_within_grant(agreement, outstanding(tx, agreement.id), amount)
            label = f"{first:%Y-%m} 인건비"
            row = self._new(tx, agreement_id, amount, first, "", label=label, requested=True)
            for line in lines:
                line.disbursement_id = row.id
            return disbursement_record(tx, row)

    def remove_wage_line(self, line_id: int) -> WageLineRecord:
        """Undo adding a wage line, while it is not part of a request."""
        with self._write() as tx:
            line = get_or_raise(tx, WageLine, line_id, "wage line")
            if line.disbursement_id is not None:
                label = tx.get_one(Disbursement, line.disbursement_id).label
                raise InvalidTransition(
                    entity="wage line", key=line.employee_name, current=label, target="removed"
                )
            record = wage_line_record(line, "")
            tx.delete(line)
            tx.flush()
            return record

    def wage_lines(self, agreement_id: int, month: date | None = None) -> list[WageLineRecord]:
        """The agreement's wage lines by month and name; only ``month``'s when given."""
        query = (
            select(WageLine, Disbursement.label)
            .outerjoin(Disbursement, Disbursement.id == WageLine.disbursement_id)
            .where(WageLine.agreement_id == agreement_id)
            .order_by(WageLine.month, WageLine.employee_name)
        )
        if month is not None:
            query = query.where(WageLine.month == month.replace(day=1))
        with self._read() as tx:
            return [wage_line_record(line, label or "") for line, label in tx.execute(query)]

    def disbursement(self, disbursement_id: int) -> DisbursementRecord:
        with self._read() as tx:
            row = get_or_raise(tx, Disbursement, disbursement_id, "disbursement")
            return disbursement_record(tx, row)

    def overview(self, agreement_id: int) -> DisbursementOverview:
        """The grant, what is planned or paid of it, and the program's wage cap."""
        with self._read() as tx:
            agreement = get_or_raise(tx, GrantAgreement, agreement_id, "agreement")
            program = tx.get_one(GrantProgram, agreement.program_id)
            return DisbursementOverview(
                agreement_id=agreement.id,
                agreement_number=agreement.number,
                status=agreement.status,
                kind=program.kind,
                grant=agreement.grant,
                outstanding=outstanding(tx, agreement.id),
                paid=paid_total(tx, agreement.id),
                monthly_wage_cap=program.monthly_wage_cap,
            )

    def of_agreement(self, agreement_id: int) -> list[DisbursementRecord]:
        query = (
            select(Disbursement)
            .where(Disbursement.agreement_id == agreement_id)
            .order_by(Disbursement.sequence)
        )
        with self._read() as tx:
            return disbursement_records(tx, tx.scalars(query).all())

    def _new(
        self,
        tx: Session,
        agreement_id: int,
        amount: int,
        planned_on: date | None,
        note: str,
        *,
        label: str | None = None,
        reverses_id: int | None = None,
        requested: bool = False,
    ) -> Disbursement:
        """The agreement's next disbursement (planned, or already requested by the actor)."""
        last = tx.scalar(
            select(func.max(Disbursement.sequence)).where(Disbursement.agreement_id == agreement_id)
        )
        sequence = int(last or 0) + 1
        row = Disbursement(
            agreement_id=agreement_id,
            sequence=sequence,
            label=label or f"{sequence}차",
            amount=amount,
            planned_on=planned_on,
            status=DisbursementStatus.REQUESTED if requested else DisbursementStatus.PLANNED,
            reverses_id=reverses_id,
            note=clean_text(note, "note", required=False, max_length=4000, multiline=True),
        )
        if requested:
            row.requested_by = self.actor.user_id
            row.requested_at = datetime.now().replace(microsecond=0)
        tx.add(row)
        tx.flush()
        return row

    def _check_approver(self, tx: Session, disbursement_id: int, action: str) -> Disbursement:
        """Four eyes first (nobody approves their own request), then the approver's role."""
        row = get_or_raise(tx, Disbursement, disbursement_id, "disbursement")
        if row.requested_by == self.actor.user_id:
            requester = tx.get_one(StaffUser, row.requested_by)
            raise FourEyesViolation(disbursement=row.label, requester=requester.display_name)
        self._require_role(APPROVER_ROLES, action)
        return row

    @staticmethod
    def _move(
        tx: Session,
        disbursement_id: int,
        current: DisbursementStatus,
        target: DisbursementStatus,
    ) -> Disbursement:
        row = get_or_raise(tx, Disbursement, disbursement_id, "disbursement")
        check_status(row, current, target)
        row.status = target
        return row

    def _requested_by_actor(self, tx: Session, disbursement_id: int, target: str) -> Disbursement:
        """A request the actor made and nobody decided yet (to withdraw or discard)."""
        row = get_or_raise(tx, Disbursement, disbursement_id, "disbursement")
        check_status(row, DisbursementStatus.REQUESTED, target)
        if row.requested_by != self.actor.user_id:
            requester = tx.get(StaffUser, row.requested_by or 0)
            raise NotTheRequester(
                disbursement=row.label, requester=requester.display_name if requester else ""
            )
        return row
