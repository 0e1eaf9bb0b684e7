"""Disbursement rules: payments within the grant, four eyes, reversals, wage caps."""

from __future__ import annotations

from datetime import date

import pytest
from support.grants import (
    dev_draft,
    paid_disbursement,
    signed_dev_agreement,
    signed_staff_agreement,
)
from support.hub import TODAY, Hub, refused

from hubdesk.domain.enums import AgreementStatus, DisbursementStatus
from hubdesk.domain.errors import (
    FourEyesViolation,
    InvalidTransition,
    OverPayment,
    PermissionDenied,
    ValidationError,
    WageCapExceeded,
)
from hubdesk.domain.records import AgreementRecord
from hubdesk.services.grants.agreements import GrantService
from hubdesk.services.grants.disbursements import DisbursementService


@pytest.fixture
def agreement(hub: Hub) -> AgreementRecord:
    return signed_dev_agreement(hub)


def test_request_approve_pay(hub: Hub, agreement: AgreementRecord) -> None:
    clerk = DisbursementService(hub.db, hub.clerk)
    disbursement = clerk.plan(agreement.id, 5_000_000, date(2026, 4, 10))
    assert (disbursement.label, disbursement.status) == ("1차", DisbursementStatus.PLANNED)
    requested = clerk.request(disbursement.id)
    assert requested.requested_by == hub.clerk.user_id
    approved = DisbursementService(hub.db, hub.manager).approve(disbursement.id)
    assert approved.approved_by == hub.manager.user_id
    paid = clerk.pay(disbursement.id, date(2026, 4, 15))
    assert paid.status == DisbursementStatus.PAID
    after = GrantService(hub.db, hub.clerk).agreement(agreement.id)
    assert (after.paid, after.status) == (5_000_000, AgreementStatus.IN_PROGRESS)


def test_requester_cannot_approve_their_own_request(hub: Hub, agreement: AgreementRecord) -> None:
    manager = DisbursementService(hub.db, hub.manager)
    disbursement = manager.plan(agreement.id, 5_000_000)
    manager.request(disbursement.id)
    error = refused(hub.db, FourEyesViolation, manager.approve, disbursement.id)
    assert error.values["requester"] == "이팀장"
    refused(hub.db, FourEyesViolation, manager.reject, disbursement.id, "본인 반려")
    assert (
        DisbursementService(hub.db, hub.director).approve(disbursement.id).approved_by
        == hub.director.user_id
    )


def test_staff_without_the_role_cannot_approve(hub: Hub, agreement: AgreementRecord) -> None:
    manager = DisbursementService(hub.db, hub.manager)
    disbursement = manager.plan(agreement.id, 5_000_000)
    manager.request(disbursement.id)
    refused(
        hub.db, PermissionDenied, DisbursementService(hub.db, hub.clerk).approve, disbursement.id
    )


def test_tranches_never_exceed_the_grant(hub: Hub, agreement: AgreementRecord) -> None:
    clerk = DisbursementService(hub.db, hub.clerk)
    clerk.plan(agreement.id, 6_000_000)
    error = refused(hub.db, OverPayment, clerk.plan, agreement.id, 3_000_001)
    assert (error.values["grant"], error.values["left"]) == (9_000_000, 3_000_000)
    assert clerk.plan(agreement.id, 3_000_000).label == "2차"


def test_payment_beyond_the_grant_is_refused(hub: Hub, agreement: AgreementRecord) -> None:
    paid_disbursement(hub, agreement.id, 9_000_000)
    clerk = DisbursementService(hub.db, hub.clerk)
    refused(hub.db, OverPayment, clerk.plan, agreement.id, 1)


def test_paid_disbursement_is_undone_by_an_approved_reversal(
    hub: Hub, agreement: AgreementRecord
) -> None:
    first = paid_disbursement(hub, agreement.id, 4_000_000)
    clerk = DisbursementService(hub.db, hub.clerk)
    reversal = clerk.reverse(first, "계좌 오류로 재지급")
    assert (reversal.amount, reversal.reverses_id, reversal.status) == (
        -4_000_000,
        first,
        DisbursementStatus.REQUESTED,
    )
    refused(hub.db, FourEyesViolation, clerk.approve, reversal.id)
    refused(hub.db, InvalidTransition, clerk.reverse, first, "두 번 취소")
    DisbursementService(hub.db, hub.manager).approve(reversal.id)
    clerk.pay(reversal.id, date(2026, 4, 20))
    records = clerk.of_agreement(agreement.id)
    assert [r.amount for r in records] == [4_000_000, -4_000_000]  # nothing deleted
    assert GrantService(hub.db, hub.clerk).agreement(agreement.id).paid == 0


def test_a_draft_agreement_cannot_be_paid(hub: Hub) -> None:
    grants = GrantService(hub.db, hub.clerk)
    draft = grants.create_agreement(dev_draft(hub, "social"))
    clerk = DisbursementService(hub.db, hub.clerk)
    disbursement = clerk.plan(draft.id, 1_000_000)
    clerk.request(disbursement.id)
    DisbursementService(hub.db, hub.manager).approve(disbursement.id)
    refused(hub.db, InvalidTransition, clerk.pay, disbursement.id, TODAY)


def test_out_of_order_steps_are_refused(hub: Hub, agreement: AgreementRecord) -> None:
    clerk = DisbursementService(hub.db, hub.clerk)
    disbursement = clerk.plan(agreement.id, 1_000_000)
    refused(hub.db, InvalidTransition, clerk.pay, disbursement.id, TODAY)
    refused(
        hub.db, InvalidTransition, DisbursementService(hub.db, hub.manager).approve, disbursement.id
    )


@pytest.fixture
def staff_agreement(hub: Hub) -> AgreementRecord:
    return signed_staff_agreement(hub)


def test_wage_support_is_capped_per_person_and_month(
    hub: Hub, staff_agreement: AgreementRecord
) -> None:
    clerk = DisbursementService(hub.db, hub.clerk)
    error = refused(
        hub.db,
        WageCapExceeded,
        clerk.add_wage_line,
        staff_agreement.id,
        date(2026, 3, 1),
        "정하늘",
        3_000_000,
        2_000_001,
    )
    assert error.values["cap"] == 2_000_000
    clerk.add_wage_line(staff_agreement.id, date(2026, 3, 15), "정하늘", 3_000_000, 2_000_000)
    clerk.add_wage_line(staff_agreement.id, date(2026, 3, 1), "오세진", 2_500_000, 1_800_000)
    request = clerk.request_wages(staff_agreement.id, date(2026, 3, 1))
    assert (request.amount, request.status) == (3_800_000, DisbursementStatus.REQUESTED)
    refused(hub.db, ValidationError, clerk.request_wages, staff_agreement.id, date(2026, 3, 1))


def test_wage_lines_belong_to_staff_programs(hub: Hub, agreement: AgreementRecord) -> None:
    clerk = DisbursementService(hub.db, hub.clerk)
    refused(
        hub.db,
        ValidationError,
        clerk.add_wage_line,
        agreement.id,
        date(2026, 3, 1),
        "정하늘",
        3_000_000,
        1_000_000,
    )
