"""내 결재 대기 through the window: the status bar's count, the Overview's button and the
toolbar open the inbox; a double-click opens the agreement on the Grants page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QToolButton
from pytestqt.qtbot import QtBot
from support.grants import paid_disbursement, signed_dev_agreement
from support.hub import Hub
from support.keyboard import show_active
from support.panels import opened

from hubdesk.gui.grants.approvals_dialog import ApprovalsDialog
from hubdesk.gui.grants.page import AGREEMENTS, GrantsPage
from hubdesk.gui.main_window import MainWindow
from hubdesk.services.grants.disbursements import DisbursementService


def _requested(hub: Hub) -> tuple[int, int]:
    """An agreement with one request by the clerk; (agreement id, disbursement id)."""
    agreement = signed_dev_agreement(hub)
    clerk = DisbursementService(hub.db, hub.clerk)
    request = clerk.request(clerk.plan(agreement.id, 3_000_000).id)
    return agreement.id, request.id


def test_the_status_bar_counts_and_a_double_click_opens_the_agreement(
    make_window: Callable[..., MainWindow], hub: Hub, qtbot: QtBot
) -> None:
    agreement_id, _request = _requested(hub)
    window = make_window(hub.manager)
    button = window.findChild(QToolButton, "approvalsButton")
    assert button is not None and button.isVisible()
    assert button.text() == "1 waiting for approval"
    show_active(qtbot, window)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = opened(qtbot, window, ApprovalsDialog)
    assert [(i.agreement_id, i.amount, i.requester) for i in dialog.items()] == [
        (agreement_id, 3_000_000, "김담당")
    ]
    assert dialog.model.texts()[0][0] == "Payment"
    rect = dialog.table.visualRect(dialog.model.index(0, 1))
    # A double-click starts with a press, which QTest.mouseDClick leaves out.
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not dialog.isVisible())
    page = window.current_page()
    assert isinstance(page, GrantsPage)
    assert page.tabs.currentIndex() == AGREEMENTS
    assert page.agreements.selected_id() == agreement_id


def test_the_count_follows_an_approval_made_in_the_window(
    make_window: Callable[..., MainWindow], hub: Hub, qtbot: QtBot
) -> None:
    _agreement, request = _requested(hub)
    window = make_window(hub.manager)
    assert window.update_approvals() == 1
    window.ops.run(
        "Approve 1차",
        lambda: DisbursementService(hub.db, hub.manager).approve(request),
        undo=lambda _r: DisbursementService(hub.db, hub.manager).unapprove(request),
    )
    button = window.findChild(QToolButton, "approvalsButton")
    assert button is not None and button.text() == "0 waiting for approval"
    window.undo_stack.undo()
    assert button.text() == "1 waiting for approval"


def test_the_overview_opens_the_inbox_with_a_settlement(
    make_window: Callable[..., MainWindow], hub: Hub, qtbot: QtBot
) -> None:
    from datetime import date

    from hubdesk.services.grants.settlements import SettlementService

    agreement = signed_dev_agreement(hub, end_date=date(2026, 8, 9))
    paid_disbursement(hub, agreement.id, 9_000_000)
    service = SettlementService(hub.db, hub.clerk)
    settlement = service.open(agreement.id)
    service.add_expense(settlement.id, "재료비", "원자재", date(2026, 5, 2), 4_000_000)
    window = make_window(hub.director)
    show_active(qtbot, window)
    button = window.findChild(QPushButton, "openApprovals")
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = opened(qtbot, window, ApprovalsDialog)
    (row,) = dialog.model.texts()
    assert row[0] == "Settlement expenses" and row[3] == "1 expense(s) undecided"
    assert row[4] == "4,000,000"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # the first row is chosen on opening
    qtbot.waitUntil(lambda: not dialog.isVisible())
    page = window.current_page()
    assert isinstance(page, GrantsPage) and page.agreements.selected_id() == agreement.id


def test_staff_have_no_inbox(make_window: Callable[..., MainWindow], hub: Hub) -> None:
    _requested(hub)
    window = make_window(hub.clerk)
    button = window.findChild(QToolButton, "approvalsButton")
    assert button is not None and not button.isVisible()
    assert not window.approvals_action.isEnabled()
    assert window.open_approvals() is None
