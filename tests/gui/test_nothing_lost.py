"""Nothing typed is lost and no money moves by accident.

Escape or Cancel on a dialog with input asks before discarding; approving a
disbursement shows its amount, team and agreement and asks once; a dialog that
cancels something says what its buttons do instead of OK / Cancel.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from support.consulting import session_draft
from support.grants import signed_dev_agreement
from support.hub import Hub
from support.keyboard import show_active, type_text
from support.panels import click, click_row, page_context, shown

from hubdesk.domain.enums import DisbursementStatus
from hubdesk.gui.consulting.page import ConsultingPage
from hubdesk.gui.consulting.session_dialogs import CancelDialog, ScheduleDialog
from hubdesk.gui.grants.disbursement_panel import DisbursementPanel
from hubdesk.gui.main_window import MainWindow
from hubdesk.gui.teams.page import TeamsPage
from hubdesk.gui.teams.team_dialog import TeamDialog
from hubdesk.services.consulting.sessions import ConsultingService
from hubdesk.services.grants.disbursements import DisbursementService

WEDNESDAY = date(2026, 11, 25)


def _schedule_dialog(qtbot: QtBot, window: MainWindow, hub: Hub) -> ScheduleDialog:
    page = window.page_of(ConsultingPage)
    assert isinstance(page, ConsultingPage)
    window.show_page(window.pages.index(page))
    page.schedule(day=WEDNESDAY, start=time(10, 0), team_id=hub.teams["coop"])
    dialog = page.dialog
    assert isinstance(dialog, ScheduleDialog)
    show_active(qtbot, dialog)
    return dialog


def test_escape_asks_before_throwing_away_what_was_typed(
    qtbot: QtBot, window: MainWindow, hub: Hub
) -> None:
    dialog = _schedule_dialog(qtbot, window, hub)
    asked: list[bool] = []
    dialog.confirm_discard = lambda: asked.append(True) or False  # "Keep editing"
    type_text(dialog.topic, "사업계획 점검")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [True] and dialog.isVisible() and dialog.topic.text() == "사업계획 점검"
    dialog.confirm_discard = lambda: asked.append(True) or True  # "Discard"
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and not dialog.isVisible()


def test_a_dialog_left_as_it_opened_closes_without_a_question(
    qtbot: QtBot, window: MainWindow, hub: Hub, discard_questions: list[str]
) -> None:
    dialog = _schedule_dialog(qtbot, window, hub)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and discard_questions == []


def test_approving_shows_the_money_and_asks_once(qtbot: QtBot, hub: Hub, errors: list[str]) -> None:
    agreement = signed_dev_agreement(hub)
    clerk = DisbursementService(hub.db, hub.clerk)
    requested = clerk.plan(agreement.id, 2_000_000, date(2026, 4, 10))
    clerk.request(requested.id)
    panel = shown(qtbot, DisbursementPanel(page_context(qtbot, hub.db, hub.manager, errors)))
    panel.show_agreement(agreement.id)
    questions: list[str] = []
    panel.confirm = lambda text: questions.append(text) or False  # "Close"
    click_row(qtbot, panel.table, 0)
    click(qtbot, panel.approve_button)
    assert len(questions) == 1
    assert "2,000,000 won" in questions[0] and agreement.number in questions[0]
    assert agreement.team_name in questions[0]
    assert clerk.disbursement(requested.id).status == DisbursementStatus.REQUESTED
    panel.confirm = lambda text: questions.append(text) or True  # "Approve"
    click(qtbot, panel.approve_button)
    assert clerk.disbursement(requested.id).status == DisbursementStatus.APPROVED


def test_a_cancel_dialog_says_what_its_buttons_do(
    qtbot: QtBot, window: MainWindow, hub: Hub
) -> None:
    booked = ConsultingService(hub.db, hub.clerk).schedule(session_draft(hub)).session
    dialog = CancelDialog(window.context, booked.id, window)
    qtbot.addWidget(dialog)
    texts = {button.text() for button in dialog.buttons.buttons()}
    assert texts == {"Cancel the session", "Close"}


def test_the_team_dialog_asks_too_before_throwing_away_a_typed_name(
    qtbot: QtBot, window: MainWindow, discard_questions: list[str]
) -> None:
    """Found on a real X display: the team dialog, not an OperationDialog, closed on
    Escape with the name typed into it. Every dialog with input asks now."""
    page = window.page_of(TeamsPage)
    assert isinstance(page, TeamsPage)
    window.show_page(window.pages.index(page))
    show_active(qtbot, window)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(TeamDialog)
    assert dialog is not None
    show_active(qtbot, dialog)
    dialog.confirm_discard = lambda: discard_questions.append("kept") and False  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.name, Qt.MouseButton.LeftButton)
    type_text(dialog.name, "새싹협동조합")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert discard_questions == ["kept"] and dialog.isVisible()
    assert dialog.name.text() == "새싹협동조합"
