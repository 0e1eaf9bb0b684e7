"""Disbursement rows as records, and the rules and grant arithmetic the disbursement
service shares between its writes and its dry-run checks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hubdesk.domain.enums import AgreementStatus, DisbursementStatus, GrantKind
from hubdesk.domain.errors import InvalidTransition, OverPayment, ValidationError, WageCapExceeded
from hubdesk.domain.money import check_amount
from hubdesk.domain.records import DisbursementRecord, WageLineRecord
from hubdesk.services.core.base import clean_text, get_or_raise
from hubdesk.storage.models import Disbursement, GrantAgreement, GrantProgram, StaffUser, WageLine

PAYABLE_AGREEMENTS = (AgreementStatus.SIGNED, AgreementStatus.IN_PROGRESS)
# Agreements that take new money rows: tranches, wage lines and requests (paid later).
PLANNABLE_AGREEMENTS = (AgreementStatus.DRAFT, *PAYABLE_AGREEMENTS)

# Money that is on its way out of the grant: everything not rejected (see outstanding()).
OUTSTANDING = (
    DisbursementStatus.PLANNED,
    DisbursementStatus.REQUESTED,
    DisbursementStatus.APPROVED,
    DisbursementStatus.PAID,
)


def disbursement_records(tx: Session, rows: Sequence[Disbursement]) -> list[DisbursementRecord]:
    """Records with the staff names, the reversing entry and the wage lines of each row."""
    ids = [row.id for row in rows]
    people = {r.requested_by for r in rows} | {r.approved_by for r in rows}
    staff = select(StaffUser.id, StaffUser.display_name).where(StaffUser.id.in_(people - {None}))
    names: dict[int | None, str] = {key: name for key, name in tx.execute(staff)}
    reversing = select(Disbursement.reverses_id, Disbursement.id).where(
        Disbursement.reverses_id.in_(ids)
    )
    reversals: dict[int | None, int] = {key: row_id for key, row_id in tx.execute(reversing)}
    counts = (
        select(WageLine.disbursement_id, func.count())
        .where(WageLine.disbursement_id.in_(ids))
        .group_by(WageLine.disbursement_id)
    )
    wages: dict[int | None, int] = {key: int(n) for key, n in tx.execute(counts)}
    return [
        DisbursementRecord(
            row.id,
            row.agreement_id,
            row.sequence,
            row.label,
            row.amount,
            row.status,
            row.requested_by,
            row.approved_by,
            row.paid_on,
            row.reverses_id,
            planned_on=row.planned_on,
            requested_at=row.requested_at,
            approved_at=row.approved_at,
            requester=names.get(row.requested_by, ""),
            approver=names.get(row.approved_by, ""),
            note=row.note,
            reversed_by=reversals.get(row.id),
            wage_lines=int(wages.get(row.id, 0)),
        )
        for row in rows
    ]


def disbursement_record(tx: Session, row: Disbursement) -> DisbursementRecord:
    return disbursement_records(tx, [row])[0]


def outstanding(tx: Session, agreement_id: int) -> int:
    """Money on its way out of the grant; a reversing entry gives room back once it is paid
    (a requested reversal may still be rejected)."""
    query = select(func.coalesce(func.sum(Disbursement.amount), 0)).where(
        Disbursement.agreement_id == agreement_id,
        Disbursement.status.in_(OUTSTANDING),
        (Disbursement.amount > 0) | (Disbursement.status == DisbursementStatus.PAID),
    )
    return int(tx.scalar(query) or 0)


def check_within_grant(
    agreement: GrantAgreement, already: int, amount: int, *, what: str = "planned"
) -> None:
    grant = agreement.grant
    if already + amount > grant:
        raise OverPayment(
            agreement=agreement.number,
            grant=grant,
            paid=already,
            left=grant - already,
            requested=amount,
            counted=what,
        )


def check_status(row: Disbursement, current: DisbursementStatus, target: str) -> None:
    if row.status != current:
        raise InvalidTransition(
            entity="disbursement", key=row.label, current=row.status, target=target
        )


def wage_line_record(line: WageLine, disbursement_label: str) -> WageLineRecord:
    return WageLineRecord(
        line.id,
        line.agreement_id,
        line.month,
        line.employee_name,
        line.gross_wage,
        line.support_amount,
        line.disbursement_id,
        disbursement_label,
    )


def check_open_for_money(agreement: GrantAgreement) -> None:
    """A draft, signed or running agreement takes new tranches, wage lines and requests;
    one that is due for settlement, closed or cancelled takes none."""
    if agreement.status not in PLANNABLE_AGREEMENTS:
        raise InvalidTransition(
            entity="agreement",
            key=agreement.number,
            current=agreement.status,
            target="new disbursement",
        )


def plannable_agreement(tx: Session, agreement_id: int, amount: int) -> GrantAgreement:
    """The agreement a new tranche of ``amount`` goes on, after every rule of planning one."""
    check_amount(amount, "amount", allow_zero=False)
    agreement = get_or_raise(tx, GrantAgreement, agreement_id, "agreement")
    check_open_for_money(agreement)
    check_within_grant(agreement, outstanding(tx, agreement.id), amount)
    return agreement


def new_wage_line(
    tx: Session,
    agreement_id: int,
    month: date,
    employee_name: str,
    gross_wage: int,
    support: int,
) -> WageLine:
    """A month's wage line after every rule (up to the gross wage and the program's monthly
    cap, one line a person a month), not yet added to the session."""
    check_amount(gross_wage, "gross_wage", allow_zero=False)
    check_amount(support, "support_amount", allow_zero=False)
    if support > gross_wage:
        raise ValidationError(field="support_amount", reason="exceeds the gross wage")
    agreement = get_or_raise(tx, GrantAgreement, agreement_id, "agreement")
    check_open_for_money(agreement)
    program = tx.get_one(GrantProgram, agreement.program_id)
    if program.kind != GrantKind.STAFF or program.monthly_wage_cap is None:
        raise ValidationError(field="agreement", reason="is not a staff-support agreement")
    first = month.replace(day=1)
    if support > program.monthly_wage_cap:
        raise WageCapExceeded(amount=support, month=f"{first:%Y-%m}", cap=program.monthly_wage_cap)
    name = clean_text(employee_name, "employee_name", max_length=64)
    taken = select(WageLine.id).where(
        WageLine.agreement_id == agreement_id,
        WageLine.month == first,
        WageLine.employee_name == name,
    )
    if tx.scalar(taken) is not None:
        raise ValidationError(
            field="employee_name", reason=f"{name} already has a wage line for {first:%Y-%m}"
        )
    return WageLine(
        agreement_id=agreement_id,
        month=first,
        gross_wage=gross_wage,
        employee_name=name,
        support_amount=support,
    )
