"""Grant rules: budget per source, cap per team, co-payment ratio by support count."""

from __future__ import annotations

from datetime import date

import pytest
from support.grants import dev_draft
from support.hub import TODAY, Hub, refused

from hubdesk.domain.enums import AgreementStatus
from hubdesk.domain.errors import (
    BudgetExceeded,
    CapExceeded,
    CoPaymentTooLow,
    InvalidPeriod,
    InvalidTransition,
    NotFound,
    ValidationError,
)
from hubdesk.services.grants.agreements import GrantService


@pytest.fixture
def grants(hub: Hub) -> GrantService:
    return GrantService(hub.db, hub.clerk)


def test_agreement_is_numbered_per_year_and_kind(hub: Hub, grants: GrantService) -> None:
    first = grants.create_agreement(dev_draft(hub))
    second = grants.create_agreement(dev_draft(hub, "social"))
    assert (first.number, second.number) == ("2026-사업개발-001", "2026-사업개발-002")
    assert first.status == AgreementStatus.DRAFT
    assert (first.grant, first.total_cost, first.support_number) == (9_000_000, 10_000_000, 1)


def test_grant_never_exceeds_the_cap_per_team(hub: Hub, grants: GrantService) -> None:
    error = refused(
        hub.db,
        CapExceeded,
        grants.create_agreement,
        dev_draft(hub, city_amount=6_000_000, district_amount=4_000_001, copayment=2_000_000),
    )
    assert error.values == {"requested": 10_000_001, "cap": 10_000_000}


def test_grants_never_exceed_the_program_budget_per_source(hub: Hub, grants: GrantService) -> None:
    # District budget 20,000,000: two agreements of 8,000,000 leave 4,000,000.
    for team in ("coop", "social"):
        grants.create_agreement(
            dev_draft(hub, team, city_amount=1_000_000, district_amount=8_000_000)
        )
    error = refused(
        hub.db,
        BudgetExceeded,
        grants.create_agreement,
        dev_draft(hub, "village", city_amount=1_000_000, district_amount=5_000_000),
    )
    assert error.values["source"] == "district"
    assert (error.values["left"], error.values["requested"]) == (4_000_000, 5_000_000)
    limits = grants.limits(hub.programs["dev"], hub.teams["village"])
    assert (limits.city_left, limits.district_left) == (28_000_000, 4_000_000)


def test_cancelled_agreements_give_their_budget_back(hub: Hub, grants: GrantService) -> None:
    big = dict(city_amount=1_000_000, district_amount=8_000_000)
    first = grants.create_agreement(dev_draft(hub, **big))
    grants.create_agreement(dev_draft(hub, "social", **big))
    grants.cancel(first.id, TODAY, "사업 포기")
    assert grants.create_agreement(dev_draft(hub, "village", **big)).number.endswith("-003")


def test_copayment_ratio_rises_with_each_support(hub: Hub, grants: GrantService) -> None:
    grants.create_agreement(dev_draft(hub))  # first support: 10%
    # The second support needs 20%: 9,000,000 grant → at least 2,250,000 co-payment.
    error = refused(hub.db, CoPaymentTooLow, grants.create_agreement, dev_draft(hub))
    assert error.values["ratio_percent"] == 20
    assert error.values["required"] == 2_250_000
    assert error.values["times_supported"] == 2
    second = grants.create_agreement(dev_draft(hub, copayment=2_250_000))
    assert second.support_number == 2
    assert second.copayment * 100 >= second.total_cost * 20


def test_copayment_just_below_the_ratio_is_refused(hub: Hub, grants: GrantService) -> None:
    # 10% of (9,000,000 + c) ≤ c  ⇔  c ≥ 1,000,000.
    refused(hub.db, CoPaymentTooLow, grants.create_agreement, dev_draft(hub, copayment=999_999))


@pytest.mark.parametrize(
    "changes",
    [
        {"city_amount": -1},
        {"city_amount": 1.5},
        {"city_amount": 0, "district_amount": 0, "copayment": 0},
        {"purpose": "   "},
    ],
)
def test_bad_amounts_and_texts_are_refused(
    hub: Hub, grants: GrantService, changes: dict[str, object]
) -> None:
    refused(hub.db, ValidationError, grants.create_agreement, dev_draft(hub, **changes))


def test_period_end_after_start(hub: Hub, grants: GrantService) -> None:
    refused(
        hub.db,
        InvalidPeriod,
        grants.create_agreement,
        dev_draft(hub, end_date=date(2026, 3, 31)),
    )


def test_agreement_states_follow_the_lifecycle(hub: Hub, grants: GrantService) -> None:
    agreement = grants.create_agreement(dev_draft(hub))
    refused(hub.db, InvalidTransition, grants.advance, agreement.id, AgreementStatus.CLOSED, TODAY)
    signed = grants.advance(agreement.id, AgreementStatus.SIGNED, date(2026, 3, 25))
    assert signed.status == AgreementStatus.SIGNED
    cancelled = grants.cancel(agreement.id, TODAY, "허위 신청 확인")
    assert cancelled.status == AgreementStatus.CANCELLED
    refused(hub.db, InvalidTransition, grants.advance, agreement.id, AgreementStatus.SIGNED, TODAY)


def test_clawback_never_exceeds_what_was_paid(hub: Hub, grants: GrantService) -> None:
    agreement = grants.create_agreement(dev_draft(hub))
    refused(hub.db, ValidationError, grants.cancel, agreement.id, TODAY, "부정수급", 1)


def test_an_agreement_is_found_by_its_number(hub: Hub, grants: GrantService) -> None:
    created = grants.create_agreement(dev_draft(hub))
    assert grants.agreement_by_number("2026-사업개발-001") == created
    with pytest.raises(NotFound):
        grants.agreement_by_number("2026-사업개발-999")
