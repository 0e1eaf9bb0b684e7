"""Every list's actions follow the row the person chose, however it was chosen.

On the Teams page a mouse click left 수정 / 폐업 처리 / 보관 disabled while ↓ enabled
them: Qt moves the current index before it selects the row, and the page asked whether
the current row was selected at that moment. These tests choose rows with the mouse,
the arrow keys, a search and from code, on each page with a list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot
from support.hub import Hub
from support.keyboard import show_active, type_text
from support.panels import click_row

from hubdesk.gui.audit.page import AuditPage
from hubdesk.gui.main_window import MainWindow
from hubdesk.gui.teams.page import TeamsPage


def _shown(window: MainWindow, qtbot: QtBot, kind: type) -> object:
    page = window.page_of(kind)
    window.show_page(window.pages.index(page))
    show_active(qtbot, window)
    return page


def _down(qtbot: QtBot, view: QTableView) -> None:
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)


def test_a_click_on_a_team_enables_its_actions(window: MainWindow, qtbot: QtBot) -> None:
    page = _shown(window, qtbot, TeamsPage)
    assert isinstance(page, TeamsPage)
    assert not page.edit_button.isEnabled()
    click_row(qtbot, page.table, 1)
    assert page.selected_id() == page.model.team_id(1)
    assert page.edit_button.isEnabled() and page.close_button.isEnabled()
    assert page.detail_title.text() == page.model.team_row(1).name
    _down(qtbot, page.table)
    assert page.selected_id() == page.model.team_id(2) and page.edit_button.isEnabled()


def test_a_search_that_hides_the_chosen_team_disables_its_actions(
    window: MainWindow, qtbot: QtBot, hub: Hub
) -> None:
    page = _shown(window, qtbot, TeamsPage)
    assert isinstance(page, TeamsPage)
    click_row(qtbot, page.table, 0)
    assert page.edit_button.isEnabled()
    qtbot.mouseClick(page.search, Qt.MouseButton.LeftButton)
    type_text(page.search, "없는이름")  # QTest.keyClicks types ASCII only
    page.apply_filters()
    assert page.model.rowCount() == 0
    assert page.selected_id() is None and not page.edit_button.isEnabled()
    page.search.clear()
    page.apply_filters()
    assert page.select_team(hub.teams["coop"])  # chosen from code
    assert page.edit_button.isEnabled() and page.selected_id() == hub.teams["coop"]


def test_a_click_on_a_change_enables_its_history(
    make_window: Callable[..., MainWindow], hub: Hub, qtbot: QtBot
) -> None:
    page = _shown(make_window(hub.manager), qtbot, AuditPage)  # the trail is for managers
    assert isinstance(page, AuditPage)
    panel = page.changes
    qtbot.waitUntil(lambda: panel.model.rowCount() > 1)
    assert not panel.history_button.isEnabled()
    row = next(r for r in range(panel.model.rowCount()) if not panel.model.row_at(r).bulk)
    click_row(qtbot, panel.table, row)
    assert panel.selected_row() == panel.model.row_at(row)
    assert panel.history_button.isEnabled()


def test_a_click_on_an_agreement_shows_it_and_enables_its_actions(
    window: MainWindow, qtbot: QtBot, hub: Hub
) -> None:
    from support.grants import dev_draft

    from hubdesk.gui.grants.page import AGREEMENTS, GrantsPage
    from hubdesk.services.grants.agreements import GrantService

    draft = GrantService(hub.db, hub.clerk).create_agreement(dev_draft(hub))
    page = _shown(window, qtbot, GrantsPage)
    assert isinstance(page, GrantsPage)
    page.tabs.setCurrentIndex(AGREEMENTS)
    tab = page.agreements
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.table.clearSelection()
    click_row(qtbot, tab.table, 0)
    assert tab.selected_id() == draft.id and tab.selected_ids() == [draft.id]
    assert tab.sign_button.isEnabled() and tab.print_button.isEnabled()


def test_a_click_in_the_session_list_chooses_the_session(
    window: MainWindow, qtbot: QtBot, hub: Hub
) -> None:
    from support.consulting import session_draft

    from hubdesk.gui.consulting.page import LIST, ConsultingPage
    from hubdesk.services.consulting.sessions import ConsultingService

    booked = ConsultingService(hub.db, hub.clerk).schedule(session_draft(hub)).session
    page = _shown(window, qtbot, ConsultingPage)
    assert isinstance(page, ConsultingPage)
    page.tabs.setCurrentIndex(LIST)
    page.refresh(frozenset())
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    click_row(qtbot, page.table, 0)
    assert page.selected_id == booked.id
    assert page.session_panel.change_button.isEnabled()
