"""What the hub reached towards each goal in a period: one query a figure.

- people trained: completions of the courses that start in the period (``completed``;
  a named course keeps it equal to its list);
- distinct people: who completed a named course of the period, told apart by name and
  phone (affiliation when there is no phone), plus the completions of courses without a
  list (a school visit: its pupils cannot be told apart);
- budget executed: paid − returned (반납, 환수) of the period's programs, split between
  city and district money as the budget view splits it (each agreement's share);
- public procurement: the purchases of the period.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from hubdesk.domain.enums import (
    AgreementStatus,
    DisbursementStatus,
    ParticipationStatus,
    SettlementStatus,
)
from hubdesk.storage.models import (
    Disbursement,
    GrantAgreement,
    GrantProgram,
    Purchase,
    Settlement,
    TrainingCourse,
    TrainingParticipant,
)


@dataclass(frozen=True, slots=True)
class Budget:
    """Money executed (paid − returned), by funding source."""

    city: int
    district: int

    @property
    def total(self) -> int:
        return self.city + self.district


def year_range(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def trained(tx: Session, first: date, last: date) -> int:
    """Completions of the courses that start between ``first`` and ``last``."""
    query = select(func.coalesce(func.sum(TrainingCourse.completed), 0)).where(
        TrainingCourse.start_date.between(first, last)
    )
    return int(tx.scalar(query) or 0)


def completed_people(first: date, last: date) -> Any:
    """Participants who completed a named course starting in the period."""
    p, c = TrainingParticipant, TrainingCourse
    return (
        select(p.id, p.name, p.phone, p.affiliation, p.course_id)
        .join(c, c.id == p.course_id)
        .where(
            c.named.is_(True),
            c.start_date.between(first, last),
            p.status == ParticipationStatus.COMPLETED,
        )
    )


def distinct_people(tx: Session, first: date, last: date) -> int:
    """Distinct people who completed a course of the period (see the module's note).

    One query of three counts: people with a phone (by name and phone), people without
    one (by name and affiliation) and the headcount courses' completions. Split so, each
    distinct count reads ix_training_participants_people in its own order: no sort."""
    p, c = TrainingParticipant, TrainingCourse
    courses = select(c.id).where(c.named.is_(True), c.start_date.between(first, last))
    completed = (p.status == ParticipationStatus.COMPLETED, p.course_id.in_(courses))
    by_phone = select(p.name, p.phone).where(*completed, p.phone.is_not(None)).distinct()
    by_affiliation = select(p.name, p.affiliation).where(*completed, p.phone.is_(None))
    headcounts = select(func.coalesce(func.sum(c.completed), 0)).where(
        c.named.is_(False), c.start_date.between(first, last)
    )
    query = select(
        _count(by_phone) + _count(by_affiliation.distinct()) + headcounts.scalar_subquery()
    )
    return int(tx.scalar(query) or 0)


def _count(rows: Any) -> Any:
    return select(func.count()).select_from(rows.subquery()).scalar_subquery()


def budget(tx: Session, first_year: int, last_year: int) -> Budget:
    """Executed money of the programs of fiscal years ``first_year``..``last_year``.

    The sums of ``money_by_agreement`` (paid − returned, the city's share of each), read
    for the years' agreements only: each one's paid money from
    ix_disbursements_agreement_paid, not every agreement's grouped first."""
    a = GrantAgreement
    paid = (
        select(func.coalesce(func.sum(Disbursement.amount), 0))
        .where(Disbursement.agreement_id == a.id, Disbursement.status == DisbursementStatus.PAID)
        .correlate(a)
        .scalar_subquery()
    )
    clawback = case((a.status == AgreementStatus.CANCELLED, a.clawback_amount), else_=0)
    m = (
        select(
            a.city_amount,
            a.grant.label("grant"),
            func.coalesce(paid, 0).label("paid"),
            (func.coalesce(Settlement.returned_amount, 0) + clawback).label("returned"),
        )
        .join(GrantProgram, GrantProgram.id == a.program_id)
        .outerjoin(Settlement, Settlement.agreement_id == a.id)
        .where(GrantProgram.fiscal_year.between(first_year, last_year))
        .subquery("money")
    )
    city_share = (m.c.paid * m.c.city_amount // m.c.grant) - (
        m.c.returned * m.c.city_amount // m.c.grant
    )
    query = select(
        func.coalesce(func.sum(m.c.paid - m.c.returned), 0),
        func.coalesce(func.sum(city_share), 0),
    )
    total, city = tx.execute(query).one()
    return Budget(int(city), int(total) - int(city))


def budget_paid_between(tx: Session, year: int, first: date, last: date) -> Budget:
    """Money of the year's programs executed between two days: paid on those days, less
    what came back on them (a closed settlement's return, a cancellation's clawback)."""
    a = GrantAgreement
    paid = select(
        Disbursement.agreement_id.label("agreement_id"), Disbursement.amount.label("amount")
    ).where(
        Disbursement.status == DisbursementStatus.PAID,
        Disbursement.paid_on.between(first, last),
    )
    returned = select(
        Settlement.agreement_id.label("agreement_id"), (-Settlement.returned_amount).label("amount")
    ).where(Settlement.status == SettlementStatus.CLOSED, Settlement.closed_on.between(first, last))
    clawed = select(a.id.label("agreement_id"), (-a.clawback_amount).label("amount")).where(
        a.status == AgreementStatus.CANCELLED, a.cancelled_on.between(first, last)
    )
    moves = paid.union_all(returned, clawed).subquery("moves")
    per_agreement = (
        select(moves.c.agreement_id, func.sum(moves.c.amount).label("amount"))
        .group_by(moves.c.agreement_id)
        .subquery("per_agreement")
    )
    query = (
        select(
            func.coalesce(func.sum(per_agreement.c.amount), 0),
            func.coalesce(func.sum(per_agreement.c.amount * a.city_amount // a.grant), 0),
        )
        .join(a, a.id == per_agreement.c.agreement_id)
        .join(GrantProgram, and_(GrantProgram.id == a.program_id, GrantProgram.fiscal_year == year))
    )
    total, city = tx.execute(query).one()
    return Budget(int(city), int(total) - int(city))


def procurement(tx: Session, first: date, last: date) -> int:
    """Won bought from social-economy enterprises between two days."""
    query = select(func.coalesce(func.sum(Purchase.amount), 0)).where(
        Purchase.purchased_on.between(first, last)
    )
    return int(tx.scalar(query) or 0)
