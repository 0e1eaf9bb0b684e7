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
from hubdesk.services.grants.rows import money_by_agreement
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
    """Distinct people who completed a course of the period (see the module's note)."""
    people = completed_people(first, last).subquery("people")
    by_affiliation = case((people.c.phone.is_(None), people.c.affiliation), else_="")
    named = select(people.c.name, people.c.phone, by_affiliation).distinct().subquery("named")
    count = int(tx.scalar(select(func.count()).select_from(named)) or 0)
    headcounts = select(func.coalesce(func.sum(TrainingCourse.completed), 0)).where(
        TrainingCourse.named.is_(False), TrainingCourse.start_date.between(first, last)
    )
    return count + int(tx.scalar(headcounts) or 0)


def budget(tx: Session, first_year: int, last_year: int) -> Budget:
    """Executed money of the programs of fiscal years ``first_year``..``last_year``."""
    m = money_by_agreement()
    city_share = (m.c.paid * m.c.city_amount // m.c.grant) - (
        m.c.returned * m.c.city_amount // m.c.grant
    )
    years = select(GrantProgram.id).where(GrantProgram.fiscal_year.between(first_year, last_year))
    query = select(
        func.coalesce(func.sum(m.c.paid - m.c.returned), 0),
        func.coalesce(func.sum(city_share), 0),
    ).where(m.c.program_id.in_(years))
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
