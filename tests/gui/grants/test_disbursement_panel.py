"""The disbursement panel driven as users: the four-eyes rule through the window, the
buttons by state and role, every action and its undo, and the wage lines."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot
from support.grants import dev_draft, paid_disbursement, signed_staff_agreement
from support.hub import Hub, snapshot
from support.keyboard import set_day, type_text, type_won
from support.panels import click, click_row, opened, page_context, shown

from hubdesk.domain.enums import AgreementStatus, DisbursementStatus
from hubdesk.domain.records import Actor, AgreementRecord
from hubdesk.gui.grants.disbursement_dialogs import (
    PayDialog,
    PlanDisbursementDialog,
    RejectDisbursementDialog,
    ReverseDialog,
)
from hubdesk.gui.grants.disbursement_panel import DisbursementPanel
from hubdesk.services.grants.agreements import GrantService
from hubdesk.services.grants.disbursements import DisbursementService

FOUR_EYES = "another staff member must approve it"


@pytest.fixture
def agreement(hub: Hub) -> AgreementRecord:
    grants = GrantService(hub.db, hub.clerk)
    record = grants.create_agreement(dev_draft(hub))
    return grants.advance(record.id, AgreementStatus.SIGNED, date(2026, 3, 25))


def panel_of(qtbot: QtBot, hub: Hub, actor: Actor, errors: list[str], agreement_id: int):
    panel = shown(qtbot, DisbursementPanel(page_context(qtbot, hub.db, actor, errors)))
    panel.context.ops.changed.connect(lambda _topics: panel.refresh())  # as the grants page does
    panel.show_agreement(agreement_id)
    return panel


def status_of(hub: Hub, disbursement_id: int) -> DisbursementStatus:
    return DisbursementService(hub.db, hub.admin).disbursement(disbursement_id).status


def test_four_eyes_hold_through_the_window(
    qtbot: QtBot, hub: Hub, agreement: AgreementRecord, errors: list[str]
) -> None:
    requester = panel_of(qtbot, hub, hub.manager, errors, agreement.id)
    disbursement = DisbursementService(hub.db, hub.manager).plan(agreement.id, 3_000_000)
    requester.refresh()
    click_row(qtbot, requester.table, 0)
    click(qtbot, requester.request_button)
    assert status_of(hub, disbursement.id) == DisbursementStatus.REQUESTED
    assert not requester.approve_button.isEnabled()
    assert not requester.reject_button.isEnabled()
    assert requester.approve_button.toolTip() == (
        "You requested this; another staff member must approve it"
    )
    # Forcing the slot anyway: the service refuses with the sentence, nothing changes.
    before = snapshot(hub.db)
    requester.approve()
    assert errors == [f"Disbursement 1차 was requested by 이팀장; {FOUR_EYES}."]
    assert snapshot(hub.db) == before
    # A staff member without the approver role: disabled, and refused when forced.
    clerk = panel_of(qtbot, hub, hub.clerk, errors, agreement.id)
    click_row(qtbot, clerk.table, 0)
    assert not clerk.approve_button.isEnabled()
    assert "manager or an administrator" in clerk.approve_button.toolTip()
    clerk.approve()
    assert errors[-1] == "김담당 (Staff member) may not approve disbursements."
    assert snapshot(hub.db) == before
    # Another manager approves.
    director = panel_of(qtbot, hub, hub.director, errors, agreement.id)
    click_row(qtbot, director.table, 0)
    assert director.approve_button.toolTip() == ""
    click(qtbot, director.approve_button)
    approved = DisbursementService(hub.db, hub.admin).disbursement(disbursement.id)
    assert (approved.status, approved.approver, approved.requester) == (
        DisbursementStatus.APPROVED,
        "박센터장",
        "이팀장",
    )
    assert len(errors) == 2
    assert director.model.texts()[0][5].startswith("박센터장 ")


def test_plan_request_approve_pay_by_clicking_and_undo(
    qtbot: QtBot, hub: Hub, agreement: AgreementRecord, errors: list[str]
) -> None:
    clerk = panel_of(qtbot, hub, hub.clerk, errors, agreement.id)
    manager = panel_of(qtbot, hub, hub.manager, errors, agreement.id)
    assert "paid 0 won of 9,000,000 won" in clerk.summary.text()
    click(qtbot, clerk.plan_button)
    dialog = opened(qtbot, clerk, PlanDisbursementDialog)
    assert dialog.amount.value() == 9_000_000  # all that is left, to start with
    type_won(dialog.amount, 9_000_001)
    assert not dialog.ok_button().isEnabled()
    assert "more than the 9,000,000 won left" in dialog.problem_text()
    type_won(dialog.amount, 5_000_000)
    set_day(dialog.planned_on, date(2026, 4, 10))
    type_text(dialog.note, "착수금")
    click(qtbot, dialog.ok_button())
    (planned,) = DisbursementService(hub.db, hub.admin).of_agreement(agreement.id)
    assert (planned.amount, planned.planned_on, planned.note, planned.status) == (
        5_000_000,
        date(2026, 4, 10),
        "착수금",
        DisbursementStatus.PLANNED,
    )
    assert clerk.model.texts() == [
        ["1차", "2026-04-10", "5,000,000", "Planned", "", "", "", "착수금"]
    ]
    stack = clerk.context.ops.stack
    stack.undo()
    assert DisbursementService(hub.db, hub.admin).of_agreement(agreement.id) == []
    stack.redo()
    (planned,) = DisbursementService(hub.db, hub.admin).of_agreement(agreement.id)

    click_row(qtbot, clerk.table, 0)
    click(qtbot, clerk.request_button)
    assert status_of(hub, planned.id) == DisbursementStatus.REQUESTED
    stack.undo()
    assert status_of(hub, planned.id) == DisbursementStatus.PLANNED
    stack.redo()
    assert status_of(hub, planned.id) == DisbursementStatus.REQUESTED

    manager.refresh()
    click_row(qtbot, manager.table, 0)
    click(qtbot, manager.approve_button)
    assert status_of(hub, planned.id) == DisbursementStatus.APPROVED
    manager.context.ops.stack.undo()
    assert status_of(hub, planned.id) == DisbursementStatus.REQUESTED
    manager.context.ops.stack.redo()
    assert status_of(hub, planned.id) == DisbursementStatus.APPROVED

    clerk.refresh()
    click_row(qtbot, clerk.table, 0)
    assert "cannot be undone" in clerk.pay_button.toolTip()
    steps = stack.count()
    click(qtbot, clerk.pay_button)
    pay = opened(qtbot, clerk, PayDialog)
    assert "cannot be undone" in pay.findChild(type(pay.problem), "noUndo").text()
    set_day(pay.paid_on, date(2026, 4, 15))
    click(qtbot, pay.ok_button())
    paid = DisbursementService(hub.db, hub.admin).disbursement(planned.id)
    assert (paid.status, paid.paid_on) == (DisbursementStatus.PAID, date(2026, 4, 15))
    assert stack.count() == steps  # a payment has no undo step
    assert GrantService(hub.db, hub.admin).agreement(agreement.id).status == (
        AgreementStatus.IN_PROGRESS
    )
    assert "paid 5,000,000 won of 9,000,000 won" in clerk.summary.text()
    assert clerk.bar.value() == 555
    assert errors == []


def test_reject_and_reverse_with_their_undo(
    qtbot: QtBot, hub: Hub, agreement: AgreementRecord, errors: list[str]
) -> None:
    first = paid_disbursement(hub, agreement.id, 4_000_000)
    clerk_service = DisbursementService(hub.db, hub.clerk)
    second = clerk_service.plan(agreement.id, 2_000_000, note="중도금")
    clerk_service.request(second.id)
    manager = panel_of(qtbot, hub, hub.manager, errors, agreement.id)
    click_row(qtbot, manager.table, 1)
    click(qtbot, manager.reject_button)
    dialog = opened(qtbot, manager, RejectDisbursementDialog)
    assert not dialog.ok_button().isEnabled()
    type_text(dialog.reason, "증빙 부족")
    click(qtbot, dialog.ok_button())
    rejected = clerk_service.disbursement(second.id)
    assert (rejected.status, rejected.note) == (DisbursementStatus.REJECTED, "증빙 부족")
    manager.context.ops.stack.undo()
    back = clerk_service.disbursement(second.id)
    assert (back.status, back.note) == (DisbursementStatus.REQUESTED, "중도금")

    clerk = panel_of(qtbot, hub, hub.clerk, errors, agreement.id)
    click_row(qtbot, clerk.table, 0)
    click(qtbot, clerk.reverse_button)
    reverse = opened(qtbot, clerk, ReverseDialog)
    type_text(reverse.reason, "계좌 오류")
    click(qtbot, reverse.ok_button())
    rows = clerk_service.of_agreement(agreement.id)
    assert [(r.label, r.amount, r.status) for r in rows][-1] == (
        "1차 취소",
        -4_000_000,
        DisbursementStatus.REQUESTED,
    )
    texts = clerk.model.texts()
    assert texts[0][3] == "Paid, reversed" and texts[2][:4] == [
        "1차 취소",
        "",
        "-4,000,000",
        "Requested",
    ]
    click_row(qtbot, clerk.table, 0)
    assert not clerk.reverse_button.isEnabled()  # reversed once already
    clerk.context.ops.stack.undo()
    assert [r.id for r in clerk_service.of_agreement(agreement.id)] == [first, second.id]
    assert errors == []


def test_buttons_follow_the_state(
    qtbot: QtBot, hub: Hub, agreement: AgreementRecord, errors: list[str]
) -> None:
    panel = panel_of(qtbot, hub, hub.manager, errors, None)
    buttons = (
        panel.plan_button,
        panel.request_button,
        panel.approve_button,
        panel.reject_button,
        panel.pay_button,
        panel.reverse_button,
    )
    assert not any(b.isEnabled() for b in buttons)
    assert panel.model.rowCount() == 0 and "Choose an agreement" in panel.summary.text()
    paid_disbursement(hub, agreement.id, 9_000_000)
    panel.show_agreement(agreement.id)
    assert not panel.plan_button.isEnabled()  # nothing left of the grant
    click_row(qtbot, panel.table, 0)
    enabled = [b.text() for b in buttons if b.isEnabled()]
    assert enabled == ["Reverse…"]
    assert not panel.tabs.tabBar().isVisible()  # no wage lines for development costs


def test_wage_lines_capped_live_then_requested_and_undone(
    qtbot: QtBot, hub: Hub, errors: list[str]
) -> None:
    record = signed_staff_agreement(hub)
    panel = panel_of(qtbot, hub, hub.clerk, errors, record.id)
    assert panel.tabs.isTabVisible(1)
    panel.tabs.setCurrentIndex(1)
    wages = panel.wages
    wages.set_month(date(2026, 3, 1))
    type_text(wages.employee, "정하늘")
    type_won(wages.gross, 3_000_000)
    type_won(wages.support, 2_000_001)
    assert not wages.add_button.isEnabled()
    assert "color: #b00020" in wages.cap.styleSheet()
    assert wages.cap.text() == "Monthly cap: 2,000,000 won"
    type_won(wages.support, 2_000_000)
    click(qtbot, wages.add_button)
    assert wages.model.texts() == [["정하늘", "3,000,000", "2,000,000", ""]]
    service = DisbursementService(hub.db, hub.clerk)
    (line,) = service.wage_lines(record.id)
    panel.context.ops.stack.undo()
    assert service.wage_lines(record.id) == []
    panel.context.ops.stack.redo()
    assert wages.request_button.text() == "Request wages for 2026-03"
    click(qtbot, wages.request_button)
    (request,) = service.of_agreement(record.id)
    assert (request.label, request.amount, request.status, request.wage_lines) == (
        "2026-03 인건비",
        2_000_000,
        DisbursementStatus.REQUESTED,
        1,
    )
    assert wages.model.texts()[0][3] == "2026-03 인건비"
    assert not wages.request_button.isEnabled()
    panel.context.ops.stack.undo()
    assert service.of_agreement(record.id) == []
    assert [w.disbursement_id for w in service.wage_lines(record.id)] == [None]
    assert errors == []
