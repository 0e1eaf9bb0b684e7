"""Reverse steps of settlement edits, the settlement of an agreement, and the deadline lists."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support.grants import paid_disbursement, signed_dev_agreement
from support.hub import Hub, refused

from hubdesk.domain.enums import AgreementStatus, ExpenseDecision
from hubdesk.domain.errors import InvalidTransition, NotFound, ValidationError
from hubdesk.domain.records import AgreementRecord
from hubdesk.services.grants.agreements import GrantService
from hubdesk.services.grants.settlements import SettlementService


def running_agreement(hub: Hub, team: str, end: date, paid: int, **money: int) -> AgreementRecord:
    """A signed agreement of ``team`` ending on ``end`` with ``paid`` won paid (0: none)."""
    record = signed_dev_agreement(hub, team, end_date=end, **money)
    if paid:
        paid_disbursement(hub, record.id, paid)
    return GrantService(hub.db, hub.clerk).agreement(record.id)


@pytest.fixture
def running(hub: Hub) -> AgreementRecord:
    """Ends 2026-08-09 (due Monday 2026-10-12 after Hangul Day) with 9,000,000 won paid."""
    return running_agreement(hub, "coop", date(2026, 8, 9), 9_000_000)


@pytest.fixture
def service(hub: Hub) -> SettlementService:
    return SettlementService(hub.db, hub.clerk)


def test_settlement_of_an_agreement(
    hub: Hub, running: AgreementRecord, service: SettlementService
) -> None:
    assert service.settlement_of(running.id) is None
    assert service.deadline(running.id) == date(2026, 10, 12)
    assert service.categories(running.id) == ("재료비", "홍보비", "외주용역비")
    opened = service.open(running.id)
    expense = service.add_expense(
        opened.id, "홍보비", "박람회 부스", date(2026, 6, 1), 3_000_000, "카드전표 3매"
    )
    service.decide(expense, 2_000_000, "증빙 일부 누락")
    record = service.settlement_of(running.id)
    assert record is not None and record.id == opened.id
    (row,) = record.expenses
    assert (row.spent_on, row.evidence, row.decision_note, row.decision) == (
        date(2026, 6, 1),
        "카드전표 3매",
        "증빙 일부 누락",
        ExpenseDecision.PARTLY_APPROVED,
    )
    assert (record.owed, record.pending, record.closed_on) == (7_000_000, 0, None)
    assert service.deadline(running.id) == record.due_date
    refused(hub.db, NotFound, service.settlement_of, 999)


def test_undecide_and_remove_an_expense_while_open(
    hub: Hub, running: AgreementRecord, service: SettlementService
) -> None:
    settlement = service.open(running.id)
    kept = service.add_expense(settlement.id, "재료비", "원자재", date(2026, 5, 2), 9_000_000)
    dropped = service.add_expense(settlement.id, "재료비", "포장재", date(2026, 5, 3), 100_000)
    service.decide(kept, 9_000_000)
    back = service.undecide(kept)
    assert (back.decision, back.approved, back.decision_note) == (
        ExpenseDecision.PENDING,
        None,
        "",
    )
    assert service.remove_expense(dropped).description == "포장재"
    record = service.settlement(settlement.id)
    assert [e.id for e in record.expenses] == [kept] and record.pending == 1
    service.decide(kept, 9_000_000)
    service.close(settlement.id, 0, date(2026, 10, 1))
    refused(hub.db, InvalidTransition, service.undecide, kept)
    refused(hub.db, InvalidTransition, service.remove_expense, kept)


def test_unopen_a_settlement_without_expenses(
    hub: Hub, running: AgreementRecord, service: SettlementService
) -> None:
    grants = GrantService(hub.db, hub.clerk)
    settlement = service.open(running.id)
    refused(hub.db, ValidationError, service.unopen, settlement.id, AgreementStatus.CLOSED)
    expense = service.add_expense(settlement.id, "재료비", "원자재", date(2026, 5, 2), 1_000)
    refused(hub.db, InvalidTransition, service.unopen, settlement.id, AgreementStatus.IN_PROGRESS)
    service.remove_expense(expense)
    service.unopen(settlement.id, AgreementStatus.IN_PROGRESS)
    assert service.settlement_of(running.id) is None
    assert grants.agreement(running.id).status == AgreementStatus.IN_PROGRESS
    assert service.open(running.id).due_date == date(2026, 10, 12)


def test_overdue_items_cover_open_settlements_and_missing_ones(
    hub: Hub, running: AgreementRecord, service: SettlementService
) -> None:
    opened = service.open(running.id)  # due 2026-10-12
    service.add_expense(opened.id, "재료비", "원자재", date(2026, 5, 2), 4_000_000)
    service.decide(service.settlement(opened.id).expenses[0].id, 4_000_000)
    # Ends 2026-07-31: due 2026-09-30, no settlement opened.
    missing = running_agreement(hub, "social", date(2026, 7, 31), 1_000_000)
    # Ends 2026-09-30: due Monday 2026-11-30, not late on 11-24.
    soon = running_agreement(hub, "village", date(2026, 9, 30), 0)
    GrantService(hub.db, hub.clerk).advance(soon.id, AgreementStatus.IN_PROGRESS, date(2026, 4, 1))
    # Still running (ends 2026-11-30): neither late nor soon due.
    running_agreement(hub, "startup", date(2026, 11, 30), 500_000)

    today = date(2026, 11, 24)
    items = service.overdue_items(today)
    assert [(i.agreement_number, i.due_date, i.days_late) for i in items] == [
        (missing.number, date(2026, 9, 30), 55),
        (running.number, date(2026, 10, 12), 43),
    ]
    late_missing, late_open = items
    assert (late_missing.settlement_id, late_missing.paid, late_missing.owed) == (
        None,
        1_000_000,
        1_000_000,
    )
    assert (late_open.settlement_id, late_open.paid, late_open.owed) == (
        opened.id,
        9_000_000,
        5_000_000,
    )
    assert (late_open.team_name, late_open.end_date) == ("금천도시농업협동조합", date(2026, 8, 9))
    (due,) = service.due_soon(today)
    assert (due.agreement_number, due.due_date, due.days_left) == (
        soon.number,
        date(2026, 11, 30),
        6,
    )
    assert service.due_soon(today, 5) == []
    refused(hub.db, ValidationError, service.due_soon, today, -1)


def test_closed_and_cancelled_agreements_are_not_late(
    hub: Hub, running: AgreementRecord, service: SettlementService
) -> None:
    settlement = service.open(running.id)
    service.close(settlement.id, 9_000_000, date(2026, 10, 1))
    cancelled = running_agreement(hub, "social", date(2026, 7, 31), 1_000_000)
    GrantService(hub.db, hub.clerk).cancel(cancelled.id, date(2026, 8, 1), "폐업", 1_000_000)
    assert service.overdue_items(date(2026, 11, 24)) == []
    assert service.due_soon(date(2026, 9, 1), 60) == []


def test_the_deadline_is_a_working_day_when_listed(hub: Hub, service: SettlementService) -> None:
    # Ends 2026-08-09: 2026-10-09 is Hangul Day, so due the following Monday.
    late = running_agreement(hub, "social", date(2026, 8, 9), 1_000_000)
    GrantService(hub.db, hub.clerk).advance(
        late.id, AgreementStatus.SETTLEMENT_DUE, date(2026, 8, 10)
    )
    assert service.overdue_items(date(2026, 10, 12)) == []
    (item,) = service.overdue_items(date(2026, 10, 13))
    assert (item.due_date, item.days_late, item.status) == (
        date(2026, 10, 12),
        1,
        AgreementStatus.SETTLEMENT_DUE,
    )


def test_both_deadline_lists_are_read_at_once(tmp_path: Path) -> None:
    from hubdesk.services.demo import generate_demo
    from hubdesk.services.people.staff import actor_for
    from hubdesk.storage import Database

    path = tmp_path / "demo.sqlite"
    generate_demo(path, today=date(2026, 11, 24))
    with Database.open(path, create=False) as db:
        service = SettlementService(db, actor_for(db, "manager"))
        for today in (date(2026, 3, 1), date(2026, 11, 24), date(2026, 12, 20)):
            late, soon = service.deadlines(today, 30)
            assert late == service.overdue_items(today)
            assert soon == service.due_soon(today, 30)
        assert all(service.deadlines(date(2026, 12, 20)))  # both lists have rows
