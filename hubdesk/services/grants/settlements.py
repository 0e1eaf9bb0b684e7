"""Settlement (정산): expenses reviewed one by one; unspent = paid − approved spending."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from hubdesk.domain.enums import AgreementStatus, ExpenseDecision, SettlementStatus
from hubdesk.domain.errors import (
    ApprovedAboveClaimed,
    ExpenseCategoryNotEligible,
    InvalidTransition,
    RecordChanged,
    ValidationError,
)
from hubdesk.domain.money import check_amount
from hubdesk.domain.records import ExpenseRecord, OverdueItem, SettlementRecord
from hubdesk.services.core.base import Service, check_count, clean_text, get_or_raise
from hubdesk.services.core.boundary import typed_boundary
from hubdesk.services.core.settings import working_calendar
from hubdesk.services.grants.agreements import move_agreement
from hubdesk.services.grants.deadlines import settlement_deadline, settlement_due, settlement_items
from hubdesk.services.grants.rows import paid_total
from hubdesk.storage.models import GrantAgreement, GrantProgram, Settlement, SettlementExpense


def decision_for(approved: int, claimed: int) -> ExpenseDecision:
    if approved == claimed:
        return ExpenseDecision.APPROVED
    if approved == 0:
        return ExpenseDecision.REJECTED
    return ExpenseDecision.PARTLY_APPROVED


def settlement_record(tx: Session, row: Settlement) -> SettlementRecord:
    agreement = tx.get_one(GrantAgreement, row.agreement_id)
    expenses = tx.scalars(
        select(SettlementExpense)
        .where(SettlementExpense.settlement_id == row.id)
        .order_by(SettlementExpense.id)
    ).all()
    return SettlementRecord(
        id=row.id,
        agreement_id=agreement.id,
        agreement_number=agreement.number,
        due_date=row.due_date,
        paid=paid_total(tx, agreement.id),
        approved_spending=sum(e.approved or 0 for e in expenses),
        returned_amount=row.returned_amount,
        closed=row.status == SettlementStatus.CLOSED,
        expenses=tuple(expense_record(e) for e in expenses),
        closed_on=row.closed_on,
    )


def _expense_at(tx: Session, expense_id: int, version: int | None) -> SettlementExpense:
    expense = get_or_raise(tx, SettlementExpense, expense_id, "expense")
    if version is not None and expense.version != version:
        raise RecordChanged(entity="expense", key=expense_id)
    return expense


def expense_record(row: SettlementExpense) -> ExpenseRecord:
    return ExpenseRecord(
        row.id,
        row.category,
        row.description,
        row.claimed,
        row.approved,
        row.decision,
        spent_on=row.spent_on,
        evidence=row.evidence,
        decision_note=row.decision_note,
        version=row.version,
    )


@typed_boundary
class SettlementService(Service):
    def open(self, agreement_id: int) -> SettlementRecord:
        """Open the settlement; it is due 2 months after the period ends, skipping days off."""
        with self._write() as tx:
            agreement = get_or_raise(tx, GrantAgreement, agreement_id, "agreement")
            opened = select(Settlement.id).where(Settlement.agreement_id == agreement.id)
            if agreement.status == AgreementStatus.IN_PROGRESS:
                move_agreement(agreement, AgreementStatus.SETTLEMENT_DUE)
            elif agreement.status != AgreementStatus.SETTLEMENT_DUE or tx.scalar(opened):
                raise InvalidTransition(
                    entity="agreement",
                    key=agreement.number,
                    current=agreement.status,
                    target="settlement",
                )
            due = settlement_deadline(working_calendar(tx), agreement.end_date)
            row = Settlement(agreement_id=agreement.id, status=SettlementStatus.OPEN, due_date=due)
            tx.add(row)
            tx.flush()
            return settlement_record(tx, row)

    def unopen(self, settlement_id: int, status: AgreementStatus) -> None:
        """Undo opening a settlement that has no expenses yet; the agreement is back in
        ``status`` (in progress, or settlement due when it was so before)."""
        if status not in (AgreementStatus.IN_PROGRESS, AgreementStatus.SETTLEMENT_DUE):
            raise ValidationError(field="status", reason=f"{status} is not one of the choices")
        with self._write() as tx:
            row = self._open_settlement(tx, settlement_id)
            agreement = tx.get_one(GrantAgreement, row.agreement_id)
            has_expenses = select(SettlementExpense.id).where(
                SettlementExpense.settlement_id == row.id
            )
            if agreement.status != AgreementStatus.SETTLEMENT_DUE or tx.scalar(has_expenses):
                raise InvalidTransition(
                    entity="settlement", key=agreement.number, current=row.status, target="removed"
                )
            agreement.status = status
            tx.delete(row)
            tx.flush()

    def add_expense(
        self,
        settlement_id: int,
        category: str,
        description: str,
        spent_on: date,
        claimed: int,
        evidence: str = "",
    ) -> int:
        check_amount(claimed, "claimed", allow_zero=False)
        category = clean_text(category, "category", max_length=64)
        with self._write() as tx:
            row = self._open_settlement(tx, settlement_id)
            agreement = tx.get_one(GrantAgreement, row.agreement_id)
            program = tx.get_one(GrantProgram, agreement.program_id)
            if category not in program.eligible_categories:
                raise ExpenseCategoryNotEligible(category=category, program=program.name)
            if not agreement.start_date <= spent_on <= agreement.end_date:
                raise ValidationError(
                    field="spent_on",
                    reason=f"{spent_on} is outside {agreement.start_date}–{agreement.end_date}",
                )
            expense = SettlementExpense(
                settlement_id=row.id,
                category=category,
                description=clean_text(description, "description"),
                evidence=clean_text(
                    evidence, "evidence", required=False, max_length=4000, multiline=True
                ),
                spent_on=spent_on,
                claimed=claimed,
                approved=None,
                decision=ExpenseDecision.PENDING,
            )
            tx.add(expense)
            tx.flush()
            return expense.id

    def decide(
        self, expense_id: int, approved: int, note: str = "", *, version: int | None = None
    ) -> ExpenseRecord:
        """Approve all (approved = claimed), part, or none (0) of an expense, as seen at
        ``version`` (a decision someone made meanwhile is refused; None: undo and redo)."""
        check_amount(approved, "approved")
        with self._write() as tx:
            expense = _expense_at(tx, expense_id, version)
            self._open_settlement(tx, expense.settlement_id)
            if approved > expense.claimed:
                raise ApprovedAboveClaimed(approved=approved, claimed=expense.claimed)
            expense.approved = approved
            expense.decision = decision_for(approved, expense.claimed)
            expense.decision_note = clean_text(
                note, "note", required=False, max_length=4000, multiline=True
            )
            tx.flush()
            return expense_record(expense)

    def undecide(self, expense_id: int, *, version: int | None = None) -> ExpenseRecord:
        """Undo a decision: the expense is pending again (while the settlement is open)."""
        with self._write() as tx:
            expense = _expense_at(tx, expense_id, version)
            self._open_settlement(tx, expense.settlement_id)
            expense.approved = None
            expense.decision = ExpenseDecision.PENDING
            expense.decision_note = ""
            tx.flush()
            return expense_record(expense)

    def remove_expense(self, expense_id: int) -> ExpenseRecord:
        """Undo adding an expense (while the settlement is open)."""
        with self._write() as tx:
            expense = get_or_raise(tx, SettlementExpense, expense_id, "expense")
            self._open_settlement(tx, expense.settlement_id)
            record = expense_record(expense)
            tx.delete(expense)
            tx.flush()
            return record

    def close(self, settlement_id: int, returned_amount: int, on: date) -> SettlementRecord:
        """Close once every expense is decided and the unspent money has come back."""
        check_amount(returned_amount, "returned_amount")
        with self._write() as tx:
            row = self._open_settlement(tx, settlement_id)
            record = settlement_record(tx, row)
            pending = [e for e in record.expenses if e.decision == ExpenseDecision.PENDING]
            if pending:
                raise ValidationError(field="expenses", reason=f"{len(pending)} still undecided")
            owed = record.owed
            if returned_amount != owed:
                raise ValidationError(
                    field="returned_amount",
                    reason=f"{returned_amount:,} won returned, but {owed:,} won is owed back",
                )
            row.returned_amount = returned_amount
            row.status = SettlementStatus.CLOSED
            row.closed_on = on
            move_agreement(tx.get_one(GrantAgreement, row.agreement_id), AgreementStatus.CLOSED)
            tx.flush()
            return settlement_record(tx, row)

    def settlement(self, settlement_id: int) -> SettlementRecord:
        with self._read() as tx:
            return settlement_record(tx, get_or_raise(tx, Settlement, settlement_id, "settlement"))

    def settlement_of(self, agreement_id: int) -> SettlementRecord | None:
        """The agreement's settlement, or None while none was opened."""
        with self._read() as tx:
            get_or_raise(tx, GrantAgreement, agreement_id, "agreement")
            row = tx.scalars(
                select(Settlement).where(Settlement.agreement_id == agreement_id)
            ).first()
            return None if row is None else settlement_record(tx, row)

    def deadline(self, agreement_id: int) -> date:
        """When the settlement is due: as fixed on opening, else 2 months after the end."""
        with self._read() as tx:
            return settlement_due(tx, get_or_raise(tx, GrantAgreement, agreement_id, "agreement"))

    def categories(self, agreement_id: int) -> tuple[str, ...]:
        """The expense categories the agreement's program accepts."""
        with self._read() as tx:
            agreement = get_or_raise(tx, GrantAgreement, agreement_id, "agreement")
            program = tx.get_one(GrantProgram, agreement.program_id)
            return tuple(program.eligible_categories)

    def overdue_items(self, today: date) -> list[OverdueItem]:
        """Open settlements past their deadline, and ended agreements past theirs without one."""
        with self._read() as tx:
            return [item for item in settlement_items(tx, today) if item.days_late > 0]

    def due_soon(self, today: date, days: int = 30) -> list[OverdueItem]:
        """Settlements (opened or not) due from today to ``days`` days ahead."""
        return self.deadlines(today, days)[1]

    def deadlines(self, today: date, days: int = 30) -> tuple[list[OverdueItem], list[OverdueItem]]:
        """``overdue_items(today)`` and ``due_soon(today, days)``, read together."""
        check_count(days, "days", maximum=3660)
        with self._read() as tx:
            items = settlement_items(tx, today, days)
        late = [item for item in items if item.days_late > 0]
        return late, [item for item in items if -days <= item.days_late <= 0]

    def overdue(self, today: date) -> list[SettlementRecord]:
        query = (
            select(Settlement)
            .where(Settlement.status != SettlementStatus.CLOSED, Settlement.due_date < today)
            .order_by(Settlement.due_date)
        )
        with self._read() as tx:
            return [settlement_record(tx, r) for r in tx.scalars(query)]

    @staticmethod
    def _open_settlement(tx: Session, settlement_id: int) -> Settlement:
        row = get_or_raise(tx, Settlement, settlement_id, "settlement")
        if row.status == SettlementStatus.CLOSED:
            raise InvalidTransition(
                entity="settlement", key=row.id, current=row.status, target="changed"
            )
        return row
