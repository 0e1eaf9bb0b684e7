"""Settlement rules: holiday-aware deadline, per-expense decisions, unspent money owed back."""

from __future__ import annotations

from datetime import date

import pytest
from support.grants import dev_draft, paid_disbursement, signed_dev_agreement
from support.hub import Hub, refused

from hubdesk.domain.enums import AgreementStatus, ExpenseDecision
from hubdesk.domain.errors import (
    ApprovedAboveClaimed,
    ExpenseCategoryNotEligible,
    InvalidTransition,
    ValidationError,
)
from hubdesk.domain.records import AgreementRecord
from hubdesk.services.core.settings import SettingsService
from hubdesk.services.grants.agreements import GrantService
from hubdesk.services.grants.settlements import SettlementService


@pytest.fixture
def running(hub: Hub) -> AgreementRecord:
    """An agreement ending 2026-08-09 with 9,000,000 won paid."""
    record = signed_dev_agreement(hub, end_date=date(2026, 8, 9))
    paid_disbursement(hub, record.id, 9_000_000)
    return GrantService(hub.db, hub.clerk).agreement(record.id)


def test_deadline_is_two_months_later_skipping_holidays(hub: Hub, running: AgreementRecord) -> None:
    # 2026-10-09 (a Friday) is Hangul Day: the deadline moves to Monday 2026-10-12.
    settlement = SettlementService(hub.db, hub.clerk).open(running.id)
    assert settlement.due_date == date(2026, 10, 12)
    assert (
        GrantService(hub.db, hub.clerk).agreement(running.id).status
        == AgreementStatus.SETTLEMENT_DUE
    )


def test_extra_days_off_move_the_deadline_too(hub: Hub, running: AgreementRecord) -> None:
    SettingsService(hub.db, hub.admin).add_day_off(date(2026, 10, 12), "센터 휴무일")
    assert SettlementService(hub.db, hub.clerk).open(running.id).due_date == date(2026, 10, 13)


def test_unspent_money_is_owed_back(hub: Hub, running: AgreementRecord) -> None:
    service = SettlementService(hub.db, hub.clerk)
    settlement = service.open(running.id)
    full = service.add_expense(
        settlement.id, "재료비", "키트 원자재", date(2026, 5, 2), 4_000_000, "세금계산서"
    )
    part = service.add_expense(
        settlement.id, "홍보비", "박람회 부스", date(2026, 6, 1), 3_000_000, "카드전표"
    )
    none = service.add_expense(
        settlement.id, "외주용역비", "디자인 용역", date(2026, 7, 1), 1_500_000
    )
    assert service.decide(full, 4_000_000).decision == ExpenseDecision.APPROVED
    assert (
        service.decide(part, 2_000_000, "증빙 일부 누락").decision
        == ExpenseDecision.PARTLY_APPROVED
    )
    assert service.decide(none, 0, "사업 목적 외 사용").decision == ExpenseDecision.REJECTED
    record = service.settlement(settlement.id)
    assert (record.paid, record.approved_spending, record.unspent) == (
        9_000_000,
        6_000_000,
        3_000_000,
    )
    refused(hub.db, ValidationError, service.close, settlement.id, 2_999_999, date(2026, 10, 1))
    closed = service.close(settlement.id, 3_000_000, date(2026, 10, 1))
    assert closed.closed and closed.owed_back == 0
    assert GrantService(hub.db, hub.clerk).agreement(running.id).status == AgreementStatus.CLOSED
    refused(hub.db, InvalidTransition, service.decide, none, 1_000)


def test_approved_never_exceeds_claimed(hub: Hub, running: AgreementRecord) -> None:
    service = SettlementService(hub.db, hub.clerk)
    settlement = service.open(running.id)
    expense = service.add_expense(settlement.id, "재료비", "원자재", date(2026, 5, 2), 1_000_000)
    refused(hub.db, ApprovedAboveClaimed, service.decide, expense, 1_000_001)


def test_only_eligible_categories_within_the_period(hub: Hub, running: AgreementRecord) -> None:
    service = SettlementService(hub.db, hub.clerk)
    settlement = service.open(running.id)
    refused(
        hub.db,
        ExpenseCategoryNotEligible,
        service.add_expense,
        settlement.id,
        "접대비",
        "거래처 식사",
        date(2026, 5, 2),
        100_000,
    )
    refused(
        hub.db,
        ValidationError,
        service.add_expense,
        settlement.id,
        "재료비",
        "기간 후 구매",
        date(2026, 8, 10),
        100_000,
    )


def test_settlement_cannot_close_with_undecided_expenses(
    hub: Hub, running: AgreementRecord
) -> None:
    service = SettlementService(hub.db, hub.clerk)
    settlement = service.open(running.id)
    service.add_expense(settlement.id, "재료비", "원자재", date(2026, 5, 2), 9_000_000)
    refused(hub.db, ValidationError, service.close, settlement.id, 0, date(2026, 10, 1))


def test_overdue_settlements_are_listed(hub: Hub, running: AgreementRecord) -> None:
    service = SettlementService(hub.db, hub.clerk)
    settlement = service.open(running.id)
    assert service.overdue(date(2026, 10, 12)) == []
    assert [s.id for s in service.overdue(date(2026, 10, 13))] == [settlement.id]


def test_a_draft_agreement_has_no_settlement(hub: Hub) -> None:
    draft = GrantService(hub.db, hub.clerk).create_agreement(dev_draft(hub, "social"))
    refused(hub.db, InvalidTransition, SettlementService(hub.db, hub.clerk).open, draft.id)
