"""Settlement deadlines: 2 months after an agreement ends, skipping days off; which are
late or soon due, opened or not."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from hubdesk.domain.deadlines import WorkingCalendar
from hubdesk.domain.enums import AgreementStatus, SettlementStatus
from hubdesk.domain.records import OverdueItem
from hubdesk.domain.rules import amount_owed_back
from hubdesk.services.core.base import plain_rows
from hubdesk.services.core.settings import working_calendar
from hubdesk.services.grants.rows import approved_by_settlement, paid_of
from hubdesk.storage.models import (
    GrantAgreement,
    Settlement,
    SettlementExpense,
    Team,
)

SETTLEMENT_MONTHS = 2
# Agreements that owe a settlement once their period has ended.
SETTLING = (AgreementStatus.IN_PROGRESS, AgreementStatus.SETTLEMENT_DUE)


def settlement_deadline(calendar: WorkingCalendar, end_date: date) -> date:
    """2 months after the period's last day, moved past weekends, holidays and days off."""
    return calendar.deadline_after_months(end_date, SETTLEMENT_MONTHS)


def settlement_due(
    tx: Session, agreement: GrantAgreement, calendar: WorkingCalendar | None = None
) -> date:
    """When the agreement's settlement is due: as fixed when it was opened, else as the
    deadline falls today (the settlement panel, the lists and the printed agreement agree).
    A caller asking for many agreements passes the ``calendar`` it read once."""
    fixed = tx.scalar(select(Settlement.due_date).where(Settlement.agreement_id == agreement.id))
    return fixed or settlement_deadline(calendar or working_calendar(tx), agreement.end_date)


def settlement_items(tx: Session, today: date, ahead: int = 0) -> list[OverdueItem]:
    """Every unsettled agreement whose deadline is on or before ``today + ahead`` days,
    the earliest deadline first."""
    horizon = today + timedelta(days=ahead)
    items = [*_opened(tx, today, horizon), *_not_opened(tx, today, horizon)]
    return sorted(items, key=lambda item: (item.due_date, item.agreement_number))


def _approved(tx: Session, settlement_ids: list[int]) -> dict[int, int]:
    query = approved_by_settlement().where(SettlementExpense.settlement_id.in_(settlement_ids))
    return {key: int(total or 0) for key, total in tx.execute(query)}


def _opened(tx: Session, today: date, horizon: date) -> Iterator[OverdueItem]:
    query = (
        select(
            Settlement.id,
            Settlement.due_date,
            Settlement.returned_amount,
            *_AGREEMENT_COLUMNS,
            Team.name,
        )
        .join(GrantAgreement, GrantAgreement.id == Settlement.agreement_id)
        .join(Team, Team.id == GrantAgreement.team_id)
        .where(
            Settlement.status != SettlementStatus.CLOSED,
            Settlement.due_date <= horizon,
            GrantAgreement.status != AgreementStatus.CANCELLED,
        )
    )
    rows = plain_rows(tx, query)
    paid = paid_of(tx, [row[3] for row in rows])
    approved = _approved(tx, [row[0] for row in rows])
    for settlement_id, due, returned, key, number, status, end, team_name in rows:
        owed = amount_owed_back(paid.get(key, 0), approved.get(settlement_id, 0), returned)
        agreement = _Agreement(key, number, status, end)
        yield _item(agreement, team_name, due, today, paid, owed, settlement_id)


def _not_opened(tx: Session, today: date, horizon: date) -> Iterator[OverdueItem]:
    opened = select(Settlement.agreement_id)
    query = (
        select(*_AGREEMENT_COLUMNS, Team.name)
        .join(Team, Team.id == GrantAgreement.team_id)
        .where(
            GrantAgreement.status.in_(SETTLING),
            GrantAgreement.end_date < horizon,
            GrantAgreement.id.not_in(opened),
        )
    )
    rows = plain_rows(tx, query)
    paid = paid_of(tx, [row[0] for row in rows])
    calendar = working_calendar(tx)  # one read of the days off for every row
    for key, number, status, end, team_name in rows:
        agreement = _Agreement(key, number, status, end)
        due = settlement_deadline(calendar, agreement.end_date)
        if due <= horizon:
            yield _item(agreement, team_name, due, today, paid, paid.get(agreement.id, 0))


# What an item says of its agreement: read as columns (thousands of agreements at scale 300).
_AGREEMENT_COLUMNS = (
    GrantAgreement.id,
    GrantAgreement.number,
    GrantAgreement.status,
    GrantAgreement.end_date,
)


@dataclass(frozen=True, slots=True)
class _Agreement:
    id: int
    number: str
    status: AgreementStatus
    end_date: date


def _item(
    agreement: _Agreement,
    team_name: str,
    due: date,
    today: date,
    paid: dict[int, int],
    owed: int,
    settlement_id: int | None = None,
) -> OverdueItem:
    return OverdueItem(
        agreement_id=agreement.id,
        agreement_number=agreement.number,
        team_name=team_name,
        status=agreement.status,
        end_date=agreement.end_date,
        due_date=due,
        settlement_id=settlement_id,
        paid=paid.get(agreement.id, 0),
        owed=owed,
        days_late=(today - due).days,
    )
