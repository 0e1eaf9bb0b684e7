"""The settlement panel driven as users, and the whole money path by clicking: request a
tranche as one person, approve it as another, pay, settle and close with the money owed."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QSpinBox
from pytestqt.qtbot import QtBot
from support.grants import dev_draft, paid_disbursement
from support.hub import Hub
from support.keyboard import set_day, type_text
from support.panels import click, click_row, opened, page_context, shown

from hubdesk.domain.enums import AgreementStatus, DisbursementStatus, ExpenseDecision
from hubdesk.domain.records import Actor, AgreementRecord, SettlementRecord
from hubdesk.gui.grants.agreement_panel import AgreementPanel
from hubdesk.gui.grants.disbursement_dialogs import PayDialog, PlanDisbursementDialog
from hubdesk.gui.grants.disbursement_panel import DisbursementPanel
from hubdesk.gui.grants.settlement_dialogs import (
    CloseSettlementDialog,
    DecisionDialog,
    ExpenseDialog,
)
from hubdesk.gui.grants.settlement_panel import SettlementPanel
from hubdesk.services.grants.agreements import GrantService
from hubdesk.services.grants.disbursements import DisbursementService
from hubdesk.services.grants.settlements import SettlementService

P = TypeVar("P", bound=AgreementPanel)

RED = "color: #b00020;"


def type_amount(spin: QSpinBox, amount: int) -> None:
    spin.selectAll()
    type_text(spin, str(amount))
    assert spin.value() == amount


def settlement_panel(
    qtbot: QtBot, hub: Hub, actor: Actor, errors: list[str], agreement_id: int
) -> SettlementPanel:
    panel = refreshed(shown(qtbot, SettlementPanel(page_context(qtbot, hub.db, actor, errors))))
    panel.show_agreement(agreement_id)
    return panel


def refreshed(panel: P) -> P:
    """The panel refreshed after every edit, as the grants page does."""
    panel.context.ops.changed.connect(lambda _topics: panel.refresh())
    return panel


def settlement_of(hub: Hub, agreement_id: int) -> SettlementRecord:
    record = SettlementService(hub.db, hub.admin).settlement_of(agreement_id)
    assert record is not None
    return record


def agreement_status(hub: Hub, agreement_id: int) -> AgreementStatus:
    return GrantService(hub.db, hub.admin).agreement(agreement_id).status


def add_expense(
    qtbot: QtBot,
    panel: SettlementPanel,
    category: str,
    description: str,
    spent_on: date,
    claimed: int,
    evidence: str,
) -> None:
    click(qtbot, panel.add_button)
    dialog = opened(qtbot, panel, ExpenseDialog)
    assert not dialog.ok_button().isEnabled()
    dialog.category.setCurrentIndex(dialog.category.findText(category))
    type_text(dialog.description, description)
    set_day(dialog.spent_on, spent_on)
    type_amount(dialog.claimed, claimed)
    type_text(dialog.evidence, evidence)
    click(qtbot, dialog.ok_button())


def test_request_approve_pay_and_settle_by_clicking(
    qtbot: QtBot, hub: Hub, errors: list[str]
) -> None:
    grants = GrantService(hub.db, hub.clerk)
    created = grants.create_agreement(dev_draft(hub))
    agreement = grants.advance(created.id, AgreementStatus.SIGNED, date(2026, 3, 25))
    service = DisbursementService(hub.db, hub.admin)

    # staff1 plans and requests the tranche in their window.
    staff = refreshed(
        shown(qtbot, DisbursementPanel(page_context(qtbot, hub.db, hub.clerk, errors)))
    )
    staff.show_agreement(agreement.id)
    click(qtbot, staff.plan_button)
    plan = opened(qtbot, staff, PlanDisbursementDialog)
    type_amount(plan.amount, 9_000_000)
    click(qtbot, plan.ok_button())
    (disbursement,) = service.of_agreement(agreement.id)
    assert disbursement.status == DisbursementStatus.PLANNED
    click_row(qtbot, staff.table, 0)
    click(qtbot, staff.request_button)
    assert service.disbursement(disbursement.id).requester == "김담당"
    assert not staff.approve_button.isEnabled()

    # A manager approves in another window.
    manager = refreshed(
        shown(qtbot, DisbursementPanel(page_context(qtbot, hub.db, hub.manager, errors)))
    )
    manager.show_agreement(agreement.id)
    click_row(qtbot, manager.table, 0)
    click(qtbot, manager.approve_button)
    approved = service.disbursement(disbursement.id)
    assert (approved.status, approved.approver) == (DisbursementStatus.APPROVED, "이팀장")

    # staff1 books the payment.
    staff.refresh()
    click_row(qtbot, staff.table, 0)
    click(qtbot, staff.pay_button)
    pay = opened(qtbot, staff, PayDialog)
    set_day(pay.paid_on, date(2026, 4, 15))
    click(qtbot, pay.ok_button())
    assert service.disbursement(disbursement.id).status == DisbursementStatus.PAID
    assert agreement_status(hub, agreement.id) == AgreementStatus.IN_PROGRESS

    # staff1 settles: open, three expenses, three decisions, close.
    panel = settlement_panel(qtbot, hub, hub.clerk, errors, agreement.id)
    assert panel.deadline.text() == (
        "Settlement not opened yet; due 2027-02-01, 69 days left."
    )  # 2027-01-30 is a Saturday
    click(qtbot, panel.open_button)
    assert settlement_of(hub, agreement.id).due_date == date(2027, 2, 1)
    assert agreement_status(hub, agreement.id) == AgreementStatus.SETTLEMENT_DUE
    assert not panel.open_button.isVisible()
    add_expense(qtbot, panel, "재료비", "키트 원자재", date(2026, 5, 2), 4_000_000, "세금계산서")
    add_expense(qtbot, panel, "홍보비", "박람회 부스", date(2026, 6, 1), 3_000_000, "카드전표")
    add_expense(qtbot, panel, "외주용역비", "디자인 용역", date(2026, 7, 1), 1_500_000, "")
    record = settlement_of(hub, agreement.id)
    assert [(e.category, e.claimed, e.spent_on, e.evidence) for e in record.expenses] == [
        ("재료비", 4_000_000, date(2026, 5, 2), "세금계산서"),
        ("홍보비", 3_000_000, date(2026, 6, 1), "카드전표"),
        ("외주용역비", 1_500_000, date(2026, 7, 1), ""),
    ]
    assert panel.model.texts()[1] == [
        "홍보비",
        "박람회 부스",
        "2026-06-01",
        "3,000,000",
        "",
        "Pending",
        "카드전표",
    ]

    # Until every expense is decided, what is owed back is only a figure so far.
    assert "owed back so far 9,000,000 won; 3 expense(s) still undecided" in panel.totals.text()
    click_row(qtbot, panel.table, 0)
    click(qtbot, panel.approve_button)
    assert settlement_of(hub, agreement.id).expenses[0].decision == ExpenseDecision.APPROVED

    click_row(qtbot, panel.table, 1)
    click(qtbot, panel.part_button)
    part = opened(qtbot, panel, DecisionDialog)
    type_amount(part.approved, 2_000_000)
    type_text(part.note, "증빙 일부 누락")
    click(qtbot, part.ok_button())
    partly = settlement_of(hub, agreement.id).expenses[1]
    assert (partly.decision, partly.approved, partly.decision_note) == (
        ExpenseDecision.PARTLY_APPROVED,
        2_000_000,
        "증빙 일부 누락",
    )

    click_row(qtbot, panel.table, 2)
    click(qtbot, panel.reject_button)
    reject = opened(qtbot, panel, DecisionDialog)
    assert not reject.ok_button().isEnabled()  # a rejection says why
    type_text(reject.note, "사업 목적 외 사용")
    click(qtbot, reject.ok_button())
    record = settlement_of(hub, agreement.id)
    assert (record.approved_spending, record.unspent, record.owed, record.pending) == (
        6_000_000,
        3_000_000,
        3_000_000,
        0,
    )
    assert panel.totals.text() == (
        "Paid 9,000,000 won · approved spending 6,000,000 won · unspent 3,000,000 won · "
        "<b>owed back 3,000,000 won</b>"
    )

    click(qtbot, panel.close_button)
    close = opened(qtbot, panel, CloseSettlementDialog)
    assert close.returned.value() == 3_000_000  # filled in
    type_amount(close.returned, 2_999_999)
    assert not close.ok_button().isEnabled()
    assert "owes 3,000,000 won back" in close.problem_text()
    type_amount(close.returned, 3_000_000)
    click(qtbot, close.ok_button())
    closed = settlement_of(hub, agreement.id)
    assert (closed.closed, closed.returned_amount, closed.closed_on) == (
        True,
        3_000_000,
        date(2026, 11, 24),
    )
    assert agreement_status(hub, agreement.id) == AgreementStatus.CLOSED
    assert panel.deadline.text() == "Settled on 2026-11-24; 3,000,000 won returned."
    assert not any(
        b.isEnabled()
        for b in (panel.add_button, panel.approve_button, panel.part_button, panel.close_button)
    )
    assert errors == []


@pytest.fixture
def ended(hub: Hub) -> AgreementRecord:
    """Ended 2026-08-09 with 9,000,000 won paid: due 2026-10-12, late on 2026-11-24."""
    grants = GrantService(hub.db, hub.clerk)
    record = grants.create_agreement(dev_draft(hub, end_date=date(2026, 8, 9)))
    grants.advance(record.id, AgreementStatus.SIGNED, date(2026, 3, 25))
    paid_disbursement(hub, record.id, 9_000_000)
    return grants.agreement(record.id)


def test_a_late_settlement_is_red(
    qtbot: QtBot, hub: Hub, ended: AgreementRecord, errors: list[str]
) -> None:
    panel = settlement_panel(qtbot, hub, hub.clerk, errors, ended.id)
    assert panel.deadline.text() == (
        "Settlement not opened yet; due 2026-10-12, overdue by 43 days."
    )
    assert panel.deadline.styleSheet() == RED
    click(qtbot, panel.open_button)
    assert panel.deadline.text() == "Settlement due 2026-10-12, overdue by 43 days."
    panel.show_agreement(None)
    assert panel.deadline.styleSheet() == "" and panel.model.rowCount() == 0
    assert not panel.open_button.isVisible()


def test_open_add_and_decide_are_undone(
    qtbot: QtBot, hub: Hub, ended: AgreementRecord, errors: list[str]
) -> None:
    panel = settlement_panel(qtbot, hub, hub.clerk, errors, ended.id)
    stack = panel.context.ops.stack
    click(qtbot, panel.open_button)
    stack.undo()
    assert SettlementService(hub.db, hub.admin).settlement_of(ended.id) is None
    assert agreement_status(hub, ended.id) == AgreementStatus.IN_PROGRESS
    assert panel.open_button.isEnabled()
    stack.redo()
    add_expense(qtbot, panel, "재료비", "원자재", date(2026, 5, 2), 9_000_000, "세금계산서")
    stack.undo()
    assert settlement_of(hub, ended.id).expenses == ()
    stack.redo()
    click_row(qtbot, panel.table, 0)
    click(qtbot, panel.approve_button)
    assert not panel.approve_button.isEnabled()
    click(qtbot, panel.part_button)
    part = opened(qtbot, panel, DecisionDialog)
    type_amount(part.approved, 5_000_000)
    click(qtbot, part.ok_button())
    assert settlement_of(hub, ended.id).expenses[0].approved == 5_000_000
    stack.undo()  # back to the full approval, not to pending
    assert settlement_of(hub, ended.id).expenses[0].decision == ExpenseDecision.APPROVED
    stack.undo()
    assert settlement_of(hub, ended.id).expenses[0].decision == ExpenseDecision.PENDING
    assert panel.model.texts()[0][5] == "Pending"
    assert errors == []


def test_close_waits_for_every_decision(
    qtbot: QtBot, hub: Hub, ended: AgreementRecord, errors: list[str]
) -> None:
    service = SettlementService(hub.db, hub.clerk)
    settlement = service.open(ended.id)
    service.add_expense(settlement.id, "재료비", "원자재", date(2026, 5, 2), 1_000_000)
    panel = settlement_panel(qtbot, hub, hub.clerk, errors, ended.id)
    click(qtbot, panel.close_button)
    close = opened(qtbot, panel, CloseSettlementDialog)
    assert close.problem_text() == "1 expense(s) not decided yet."
    assert not close.ok_button().isEnabled()
    close.reject()
    assert not settlement_of(hub, ended.id).closed
