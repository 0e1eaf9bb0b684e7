"""The Teams page stays fresh after edits made on other pages of the window.

Each caller used to list by hand the topics its edit touched: the schedule dialog
said "sessions" only, so the Teams page kept showing the team's Consulting tab with
0 rows; the Pay dialog said "grants" only, so the team's paid money stayed stale.
Now the database says what each edit changed. Both edits below go through the
window's own dialogs, clicked as a person would.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from support.grants import signed_dev_agreement
from support.hub import Hub
from support.keyboard import set_day, show_active, type_text
from support.panels import click, opened, shown

from hubdesk.gui.consulting.page import ConsultingPage
from hubdesk.gui.consulting.session_dialogs import ScheduleDialog
from hubdesk.gui.context import PageContext
from hubdesk.gui.grants.disbursement_dialogs import PayDialog
from hubdesk.gui.grants.disbursement_panel import DisbursementPanel
from hubdesk.gui.grants.page import GrantsPage
from hubdesk.gui.main_window import MainWindow
from hubdesk.gui.teams.page import TeamsPage
from hubdesk.services.grants.disbursements import DisbursementService

WEDNESDAY = date(2026, 11, 25)


def teams_page(window: MainWindow, hub: Hub) -> TeamsPage:
    page = window.page_of(TeamsPage)
    assert isinstance(page, TeamsPage) and page.select_team(hub.teams["coop"])
    return page


def test_a_session_scheduled_on_the_consulting_page_shows_in_the_team_detail(
    qtbot: QtBot, window: MainWindow, hub: Hub
) -> None:
    teams = teams_page(window, hub)
    assert teams.sessions.rowCount() == 0
    consulting = window.page_of(ConsultingPage)
    assert isinstance(consulting, ConsultingPage)
    window.show_page(window.pages.index(consulting))
    consulting.schedule(day=WEDNESDAY, start=time(10, 0), team_id=hub.teams["coop"])
    dialog = consulting.dialog
    assert isinstance(dialog, ScheduleDialog)
    show_active(qtbot, dialog)
    dialog.consultant.setCurrentIndex(dialog.consultant.findData(hub.consultants["kang"]))
    type_text(dialog.topic, "사업계획 점검")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    window.show_page(window.pages.index(teams))  # come back to the Teams page
    assert teams.sessions.rowCount() == 1
    assert teams.tabs.tabText(1).endswith("(1)")


def test_a_payment_in_the_pay_dialog_shows_as_paid_money_in_the_team_detail(
    qtbot: QtBot, window: MainWindow, hub: Hub
) -> None:
    agreement = signed_dev_agreement(hub)
    clerk = DisbursementService(hub.db, hub.clerk)
    disbursement = clerk.plan(agreement.id, 2_000_000, date(2026, 4, 10))
    clerk.request(disbursement.id)
    DisbursementService(hub.db, hub.manager).approve(disbursement.id)
    teams = teams_page(window, hub)
    teams.refresh(frozenset())
    assert teams.agreements.item(0, 4).text() == "0 won"
    context = PageContext(hub.db, hub.clerk, window.ops, window.context.today)
    panel = shown(qtbot, DisbursementPanel(context))
    panel.show_agreement(agreement.id)
    panel.table.selectRow(0)
    click(qtbot, panel.pay_button)
    pay = opened(qtbot, panel, PayDialog)
    set_day(pay.paid_on, date(2026, 4, 15))
    click(qtbot, pay.ok_button())
    window.show_page(window.pages.index(grants_page(window)))
    window.show_page(window.pages.index(teams))  # come back to the Teams page
    assert teams.agreements.item(0, 4).text() == "2,000,000 won"


def grants_page(window: MainWindow) -> GrantsPage:
    page = window.page_of(GrantsPage)
    assert isinstance(page, GrantsPage)
    return page
