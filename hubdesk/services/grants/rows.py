"""Agreement and program rows as records, and the sums the grant rules and views share:
money paid, money committed, a team's support number."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from hubdesk.domain.enums import AgreementStatus, DisbursementStatus, SettlementStatus
from hubdesk.domain.errors import NotFound
from hubdesk.domain.records import AgreementRecord, ProgramRecord
from hubdesk.storage.models import (
    Disbursement,
    GrantAgreement,
    GrantProgram,
    Settlement,
    SettlementExpense,
    Team,
)

COMMITTING = [s for s in AgreementStatus if s != AgreementStatus.CANCELLED]


def program_record(program: GrantProgram) -> ProgramRecord:
    return ProgramRecord(
        id=program.id,
        fiscal_year=program.fiscal_year,
        kind=program.kind,
        code=program.code,
        name=program.name,
        city_budget=program.city_budget,
        district_budget=program.district_budget,
        cap_per_team=program.cap_per_team,
        copay_percents=tuple(program.copay_percents),
        monthly_wage_cap=program.monthly_wage_cap,
        eligible_categories=tuple(program.eligible_categories),
    )


def paid_by_agreement() -> Select[int, int]:
    """Each agreement's paid money (column ``amount``), reversing entries (negative) netted."""
    return (
        select(Disbursement.agreement_id, func.sum(Disbursement.amount).label("amount"))
        .where(Disbursement.status == DisbursementStatus.PAID)
        .group_by(Disbursement.agreement_id)
    )


def approved_by_settlement() -> Select[int, int | None]:
    """Each settlement's approved spending (column ``amount``). An undecided expense has no
    approved amount (the schema's decision_matches_amount check), so the sum skips it."""
    return select(
        SettlementExpense.settlement_id, func.sum(SettlementExpense.approved).label("amount")
    ).group_by(SettlementExpense.settlement_id)


def paid_total(tx: Session, agreement_id: int) -> int:
    """Sum of paid disbursements, reversing entries (negative) included."""
    return paid_of(tx, [agreement_id]).get(agreement_id, 0)


def paid_of(tx: Session, agreement_ids: Collection[int]) -> dict[int, int]:
    """Agreement id → paid money, in one query; agreements with nothing paid are left out."""
    query = paid_by_agreement().where(Disbursement.agreement_id.in_(agreement_ids))
    return {key: int(amount) for key, amount in tx.execute(query)}


def agreement_record(tx: Session, row: GrantAgreement) -> AgreementRecord:
    return agreement_records(tx, [row])[0]


def agreement_records(tx: Session, rows: Sequence[GrantAgreement]) -> list[AgreementRecord]:
    """Records of ``rows``, the money paid on all of them read in one query."""
    paid = paid_of(tx, [row.id for row in rows])
    return [
        AgreementRecord(
            id=row.id,
            number=row.number,
            program_id=row.program_id,
            team_id=row.team_id,
            team_name=tx.get_one(Team, row.team_id).name,
            status=row.status,
            purpose=row.purpose,
            start_date=row.start_date,
            end_date=row.end_date,
            city_amount=row.city_amount,
            district_amount=row.district_amount,
            copayment=row.copayment,
            support_number=row.support_number,
            paid=paid.get(row.id, 0),
            clawback_amount=row.clawback_amount,
        )
        for row in rows
    ]


def agreement_named(tx: Session, number: str) -> GrantAgreement:
    """The agreement numbered ``number`` (``2026-사업개발-007``); ``NotFound`` otherwise."""
    row = tx.scalars(select(GrantAgreement).where(GrantAgreement.number == number)).first()
    if row is None:
        raise NotFound(entity="agreement", key=number)
    return row


def committed(tx: Session, program_id: int) -> tuple[int, int]:
    """(city, district) money committed in the program's agreements that are not cancelled."""
    query = select(
        func.coalesce(func.sum(GrantAgreement.city_amount), 0),
        func.coalesce(func.sum(GrantAgreement.district_amount), 0),
    ).where(GrantAgreement.program_id == program_id, GrantAgreement.status.in_(COMMITTING))
    city, district = tx.execute(query).one()
    return int(city), int(district)


def support_number(tx: Session, team_id: int) -> int:
    """1 for a team's first support, 2 for its second … (cancelled ones do not count)."""
    query = select(func.count()).where(
        GrantAgreement.team_id == team_id, GrantAgreement.status.in_(COMMITTING)
    )
    return int(tx.scalar(query) or 0) + 1


def money_by_agreement() -> Any:
    """Per agreement (a subquery): its program, status, amounts, paid money, settled
    money (approved spending of a closed settlement) and returned money (반납, and 환수 of
    a cancelled one). The budget view sums it; the district's budget goal reads the same
    money of the chosen years only (``services.goals.figures``)."""
    paid = paid_by_agreement().subquery("paid")
    approved = approved_by_settlement().subquery("approved")
    settled = (
        select(Settlement.agreement_id, approved.c.amount.label("amount"))
        .join(approved, approved.c.settlement_id == Settlement.id)
        .where(Settlement.status == SettlementStatus.CLOSED)
        .subquery("settled")
    )
    A = GrantAgreement  # noqa: N806 (the query reads better short)
    clawback = case((A.status == AgreementStatus.CANCELLED, A.clawback_amount), else_=0)
    return (
        select(
            A.program_id,
            A.status,
            A.city_amount,
            A.district_amount,
            A.grant.label("grant"),
            func.coalesce(paid.c.amount, 0).label("paid"),
            func.coalesce(settled.c.amount, 0).label("settled"),
            (func.coalesce(Settlement.returned_amount, 0) + clawback).label("returned"),
        )
        .outerjoin(paid, paid.c.agreement_id == A.id)
        .outerjoin(settled, settled.c.agreement_id == A.id)
        .outerjoin(Settlement, Settlement.agreement_id == A.id)
        .subquery("money")
    )
