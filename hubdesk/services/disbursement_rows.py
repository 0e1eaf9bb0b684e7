"""Disbursement rows as records, and the grant arithmetic the disbursement rules share."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.enums import DisbursementStatus
from ..domain.errors import InvalidTransition, OverPayment
from ..domain.records import DisbursementRecord, WageLineRecord
from ..storage.models import Disbursement, GrantAgreement, StaffUser, WageLine

# Money that is on its way out of the grant: everything not rejected (see outstanding()).
OUTSTANDING = (
    DisbursementStatus.PLANNED,
    DisbursementStatus.REQUESTED,
    DisbursementStatus.APPROVED,
    DisbursementStatus.PAID,
)


def disbursement_records(
    session: Session, rows: Sequence[Disbursement]
) -> list[DisbursementRecord]:
    """Records with the staff names, the reversing entry and the wage lines of each row."""
    ids = [row.id for row in rows]
    people = {r.requested_by for r in rows} | {r.approved_by for r in rows}
    staff = select(StaffUser.id, StaffUser.display_name).where(StaffUser.id.in_(people - {None}))
    names: dict[int | None, str] = {key: name for key, name in session.execute(staff)}
    reversing = select(Disbursement.reverses_id, Disbursement.id).where(
        Disbursement.reverses_id.in_(ids)
    )
    reversals: dict[int | None, int] = {key: row_id for key, row_id in session.execute(reversing)}
    counts = (
        select(WageLine.disbursement_id, func.count())
        .where(WageLine.disbursement_id.in_(ids))
        .group_by(WageLine.disbursement_id)
    )
    wages: dict[int | None, int] = {key: int(n) for key, n in session.execute(counts)}
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


def disbursement_record(session: Session, row: Disbursement) -> DisbursementRecord:
    return disbursement_records(session, [row])[0]


def outstanding(session: Session, agreement_id: int) -> int:
    """Money on its way out of the grant; a reversing entry gives room back once it is paid
    (a requested reversal may still be rejected)."""
    query = select(func.coalesce(func.sum(Disbursement.amount), 0)).where(
        Disbursement.agreement_id == agreement_id,
        Disbursement.status.in_(OUTSTANDING),
        (Disbursement.amount > 0) | (Disbursement.status == DisbursementStatus.PAID),
    )
    return int(session.scalar(query) or 0)


def check_within_grant(
    agreement: GrantAgreement, already: int, amount: int, *, what: str = "planned"
) -> None:
    grant = agreement.city_amount + agreement.district_amount
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
