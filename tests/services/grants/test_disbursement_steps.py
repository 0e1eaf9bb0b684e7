"""Reverse steps of disbursement edits (undo in the window) and the rows the panel reads."""

from __future__ import annotations

from datetime import date

import pytest
from support.grants import paid_disbursement, signed_dev_agreement, signed_staff_agreement
from support.hub import Hub, refused

from hubdesk.domain.enums import DisbursementStatus, GrantKind
from hubdesk.domain.errors import (
    FourEyesViolation,
    InvalidTransition,
    NotTheApprover,
    NotTheRequester,
    OverPayment,
    PermissionDenied,
    ValidationError,
)
from hubdesk.domain.records import AgreementRecord
from hubdesk.services.grants.agreements import GrantService
from hubdesk.services.grants.disbursements import DisbursementService

PLANNED, REQUESTED = DisbursementStatus.PLANNED, DisbursementStatus.REQUESTED


@pytest.fixture
def agreement(hub: Hub) -> AgreementRecord:
    return signed_dev_agreement(hub)


@pytest.fixture
def clerk(hub: Hub) -> DisbursementService:
    return DisbursementService(hub.db, hub.clerk)


@pytest.fixture
def manager(hub: Hub) -> DisbursementService:
    return DisbursementService(hub.db, hub.manager)


def test_unplan_deletes_a_planned_tranche(
    hub: Hub, agreement: AgreementRecord, clerk: DisbursementService
) -> None:
    disbursement = clerk.plan(agreement.id, 2_000_000, date(2026, 5, 1), "착수금")
    assert clerk.unplan(disbursement.id).label == "1차"
    assert clerk.of_agreement(agreement.id) == []
    again = clerk.plan(agreement.id, 2_000_000)
    clerk.request(again.id)
    refused(hub.db, InvalidTransition, clerk.unplan, again.id)


def test_withdraw_is_the_requesters_alone(
    hub: Hub,
    agreement: AgreementRecord,
    clerk: DisbursementService,
    manager: DisbursementService,
) -> None:
    disbursement = clerk.plan(agreement.id, 3_000_000)
    refused(hub.db, InvalidTransition, clerk.withdraw, disbursement.id)  # nothing to withdraw
    clerk.request(disbursement.id)
    error = refused(hub.db, NotTheRequester, manager.withdraw, disbursement.id)
    assert error.values == {"disbursement": "1차", "requester": "김담당"}
    back = clerk.withdraw(disbursement.id)
    assert (back.status, back.requested_by, back.requested_at, back.requester) == (
        PLANNED,
        None,
        None,
        "",
    )
    clerk.request(disbursement.id)
    manager.approve(disbursement.id)
    refused(hub.db, InvalidTransition, clerk.withdraw, disbursement.id)  # decided already


def test_check_approver_answers_as_approve_would(
    hub: Hub,
    agreement: AgreementRecord,
    clerk: DisbursementService,
    manager: DisbursementService,
) -> None:
    disbursement = manager.plan(agreement.id, 3_000_000)
    manager.request(disbursement.id)
    refused(hub.db, FourEyesViolation, manager.check_approver, disbursement.id)
    refused(hub.db, PermissionDenied, clerk.check_approver, disbursement.id)
    DisbursementService(hub.db, hub.director).check_approver(disbursement.id)  # may approve


def test_unapprove_by_the_approver_before_payment(
    hub: Hub,
    agreement: AgreementRecord,
    clerk: DisbursementService,
    manager: DisbursementService,
) -> None:
    disbursement = clerk.plan(agreement.id, 3_000_000)
    clerk.request(disbursement.id)
    manager.approve(disbursement.id)
    director = DisbursementService(hub.db, hub.director)
    error = refused(hub.db, NotTheApprover, director.unapprove, disbursement.id)
    assert error.values["approver"] == "이팀장"
    back = manager.unapprove(disbursement.id)
    assert (back.status, back.approved_by, back.approver, back.requester) == (
        REQUESTED,
        None,
        "",
        "김담당",
    )
    director.approve(disbursement.id)
    clerk.pay(disbursement.id, date(2026, 4, 15))
    # A payment has no undo but a reversing entry.
    refused(hub.db, InvalidTransition, director.unapprove, disbursement.id)
    refused(hub.db, InvalidTransition, clerk.unplan, disbursement.id)


def test_unreject_restores_the_request_and_its_note(
    hub: Hub,
    agreement: AgreementRecord,
    clerk: DisbursementService,
    manager: DisbursementService,
) -> None:
    disbursement = manager.plan(agreement.id, 5_000_000, note="착수금")
    manager.request(disbursement.id)
    director = DisbursementService(hub.db, hub.director)
    assert director.reject(disbursement.id, "증빙 부족").note == "증빙 부족"
    refused(hub.db, FourEyesViolation, manager.unreject, disbursement.id, "착수금")
    refused(hub.db, PermissionDenied, clerk.unreject, disbursement.id, "착수금")
    extra = clerk.plan(agreement.id, 5_000_000)  # the rejected money was planned again
    refused(hub.db, OverPayment, director.unreject, disbursement.id, "착수금")
    clerk.unplan(extra.id)
    back = director.unreject(disbursement.id, "착수금")
    assert (back.status, back.note, back.requester) == (REQUESTED, "착수금", "이팀장")


def test_a_requested_reversal_gives_no_room_until_it_is_paid(
    hub: Hub, agreement: AgreementRecord, clerk: DisbursementService, manager: DisbursementService
) -> None:
    first = paid_disbursement(hub, agreement.id, 9_000_000)
    reversal = clerk.reverse(first, "계좌 오류")
    refused(hub.db, OverPayment, clerk.plan, agreement.id, 1)
    assert clerk.overview(agreement.id).left_to_plan == 0
    manager.approve(reversal.id)
    clerk.pay(reversal.id, date(2026, 4, 20))
    overview = clerk.overview(agreement.id)
    assert (overview.paid, overview.outstanding, overview.left_to_plan) == (0, 0, 9_000_000)
    assert clerk.plan(agreement.id, 9_000_000).label == "3차"


def test_discard_a_reversal_request(
    hub: Hub, agreement: AgreementRecord, clerk: DisbursementService, manager: DisbursementService
) -> None:
    first = paid_disbursement(hub, agreement.id, 4_000_000)
    reversal = clerk.reverse(first, "계좌 오류")
    assert clerk.disbursement(first).reversed_by == reversal.id
    refused(hub.db, NotTheRequester, manager.discard_request, reversal.id)
    gone = clerk.discard_request(reversal.id)
    assert (gone.amount, gone.label) == (-4_000_000, "1차 취소")
    assert [r.id for r in clerk.of_agreement(agreement.id)] == [first]
    assert clerk.disbursement(first).reversed_by is None
    assert clerk.reverse(first, "다시 취소").reverses_id == first


def test_discard_is_not_for_planned_tranches(
    hub: Hub, agreement: AgreementRecord, clerk: DisbursementService
) -> None:
    disbursement = clerk.plan(agreement.id, 1_000_000)
    clerk.request(disbursement.id)
    refused(hub.db, InvalidTransition, clerk.discard_request, disbursement.id)


def test_the_panels_rows_name_people_times_and_links(
    hub: Hub, agreement: AgreementRecord, clerk: DisbursementService
) -> None:
    first = paid_disbursement(hub, agreement.id, 4_000_000)
    reversal = clerk.reverse(first, "계좌 오류")
    planned = clerk.plan(agreement.id, 2_000_000, date(2026, 9, 1), "잔금")
    rows = clerk.of_agreement(agreement.id)
    assert [(r.label, r.amount, r.status) for r in rows] == [
        ("1차", 4_000_000, DisbursementStatus.PAID),
        ("1차 취소", -4_000_000, REQUESTED),
        ("3차", 2_000_000, PLANNED),
    ]
    paid, reversing, later = rows
    assert (paid.requester, paid.approver, paid.paid_on) == ("김담당", "이팀장", date(2026, 4, 15))
    assert paid.requested_at is not None and paid.approved_at is not None
    assert (paid.planned_on, paid.reversed_by) == (date(2026, 4, 10), reversal.id)
    assert (reversing.is_reversal, reversing.note) == (True, "계좌 오류")
    assert (later.planned_on, later.note, later.requester) == (date(2026, 9, 1), "잔금", "")
    assert later.id == planned.id
    overview = clerk.overview(agreement.id)
    # The requested reversal does not count yet: 4,000,000 paid + 2,000,000 planned.
    assert (overview.grant, overview.paid, overview.outstanding) == (
        9_000_000,
        4_000_000,
        6_000_000,
    )
    assert (overview.kind, overview.monthly_wage_cap) == (GrantKind.DEVELOPMENT_COST, None)


@pytest.fixture
def staff_agreement(hub: Hub) -> AgreementRecord:
    return signed_staff_agreement(hub)


def test_wage_lines_of_a_month_and_their_undo(
    hub: Hub, staff_agreement: AgreementRecord, clerk: DisbursementService
) -> None:
    march, april = date(2026, 3, 1), date(2026, 4, 1)
    first = clerk.add_wage_line(staff_agreement.id, march, "정하늘", 3_000_000, 2_000_000)
    clerk.add_wage_line(staff_agreement.id, march, "오세진", 2_500_000, 1_800_000)
    clerk.add_wage_line(staff_agreement.id, april, "정하늘", 3_000_000, 2_000_000)
    lines = clerk.wage_lines(staff_agreement.id, date(2026, 3, 20))
    assert [(w.employee_name, w.support_amount, w.disbursement_id) for w in lines] == [
        ("오세진", 1_800_000, None),
        ("정하늘", 2_000_000, None),
    ]
    assert len(clerk.wage_lines(staff_agreement.id)) == 3
    request = clerk.request_wages(staff_agreement.id, march)
    assert clerk.disbursement(request.id).wage_lines == 2
    assert {w.disbursement_label for w in clerk.wage_lines(staff_agreement.id, march)} == {
        "2026-03 인건비"
    }
    refused(hub.db, InvalidTransition, clerk.remove_wage_line, first)
    # Undo of "request wages": the request goes, its lines are open again.
    clerk.discard_request(request.id)
    assert all(w.disbursement_id is None for w in clerk.wage_lines(staff_agreement.id))
    assert clerk.remove_wage_line(first).employee_name == "정하늘"
    assert len(clerk.wage_lines(staff_agreement.id, march)) == 1
    overview = clerk.overview(staff_agreement.id)
    assert (overview.kind, overview.monthly_wage_cap) == (GrantKind.STAFF, 2_000_000)


def test_a_withdrawn_wage_request_keeps_its_lines(
    hub: Hub, staff_agreement: AgreementRecord, clerk: DisbursementService
) -> None:
    march = date(2026, 3, 1)
    clerk.add_wage_line(staff_agreement.id, march, "정하늘", 3_000_000, 2_000_000)
    request = clerk.request_wages(staff_agreement.id, march)
    assert clerk.withdraw(request.id).status == PLANNED
    refused(hub.db, InvalidTransition, clerk.unplan, request.id)  # its lines refer to it
    assert clerk.request(request.id).wage_lines == 1


def test_a_cancelled_agreement_takes_no_new_wages_or_requests(
    hub: Hub, staff_agreement: AgreementRecord, clerk: DisbursementService
) -> None:
    march = date(2026, 3, 1)
    clerk.add_wage_line(staff_agreement.id, march, "정하늘", 3_000_000, 2_000_000)
    disbursement = clerk.plan(staff_agreement.id, 1_000_000)
    GrantService(hub.db, hub.admin).cancel(staff_agreement.id, date(2026, 3, 20), "사업 포기")
    refused(hub.db, InvalidTransition, clerk.request_wages, staff_agreement.id, march)
    refused(
        hub.db,
        InvalidTransition,
        clerk.add_wage_line,
        staff_agreement.id,
        march,
        "오세진",
        2_500_000,
        1_800_000,
    )
    refused(hub.db, InvalidTransition, clerk.request, disbursement.id)


def test_one_wage_line_a_person_a_month_refused_in_words(
    hub: Hub, staff_agreement: AgreementRecord, clerk: DisbursementService
) -> None:
    march = date(2026, 3, 1)
    clerk.add_wage_line(staff_agreement.id, march, "정하늘", 3_000_000, 2_000_000)
    args = (staff_agreement.id, date(2026, 3, 31), " 정하늘 ", 3_000_000, 1_000_000)
    error = refused(hub.db, ValidationError, clerk.add_wage_line, *args)
    assert error.values == {
        "field": "employee_name",
        "reason": "정하늘 already has a wage line for 2026-03",
    }
    refused(hub.db, ValidationError, clerk.check_wage_line, *args)
    clerk.check_wage_line(staff_agreement.id, date(2026, 4, 1), "정하늘", 3_000_000, 2_000_000)


def test_check_plan_answers_as_plan_would(
    hub: Hub, agreement: AgreementRecord, clerk: DisbursementService
) -> None:
    clerk.plan(agreement.id, 4_000_000)
    error = refused(hub.db, OverPayment, clerk.check_plan, agreement.id, 5_000_001)
    assert error.values["left"] == 5_000_000
    refused(hub.db, ValidationError, clerk.check_plan, agreement.id, 0)
    clerk.check_plan(agreement.id, 5_000_000)
