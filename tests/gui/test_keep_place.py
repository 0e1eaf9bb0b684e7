"""Switching the language or the person keeps the page, the filters, the chosen record;
the undo history stays with its person and the status bar says when it was cleared."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from support.desk import make_desk
from support.hub import Hub
from support.keyboard import show_active, type_text
from support.panels import click_row

from hubdesk.domain.enums import TeamKind
from hubdesk.gui.app import Desk
from hubdesk.gui.i18n import install_translators
from hubdesk.gui.main_window import MainWindow
from hubdesk.gui.teams.page import TeamsPage
from hubdesk.gui.ui_settings import UiSettings
from hubdesk.services.people.staff import actor_for
from hubdesk.services.people.teams import TeamDraft, TeamService


@pytest.fixture
def desk(qtbot: QtBot, hub: Hub, ui: UiSettings) -> Iterator[Desk]:
    desk = make_desk(ui)
    assert desk.open(hub.db.path, create=False)
    assert desk.window is not None
    qtbot.addWidget(desk.window)
    yield desk
    install_translators("en")
    desk.close()


def _teams_filtered_and_chosen(qtbot: QtBot, window: MainWindow) -> tuple[TeamsPage, int]:
    """Teams page by a click in the navigation, kind 협동조합, a search, a row clicked."""
    index = window.pages.index(window.page_of(TeamsPage))
    item = window.navigation.visualItemRect(window.navigation.item(index))
    show_active(qtbot, window)
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=item.center())
    page = window.current_page()
    assert isinstance(page, TeamsPage)
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(TeamKind.COOPERATIVE))
    qtbot.mouseClick(page.search, Qt.MouseButton.LeftButton)
    type_text(page.search, "협동")
    page.apply_filters()
    assert page.model.rowCount() >= 1
    click_row(qtbot, page.table, 0)
    chosen = page.selected_id()
    assert chosen is not None
    return page, chosen


NEW_TEAM = "되돌리기 시험 마을"


def _new_team(window: MainWindow) -> None:
    """One undoable edit through the window's edit path (a team outside the filter)."""
    teams = TeamService(window.db, window.actor)
    window.ops.run(
        "Add a team",
        lambda: teams.add(TeamDraft(NEW_TEAM, TeamKind.VILLAGE_ENTERPRISE, "김대표")),
        undo=lambda added: teams.delete(added.id),
    )


def _team_names(window: MainWindow) -> set[str]:
    with window.db.engine.connect() as connection:
        return set(connection.scalars(text("SELECT name FROM teams")))


def _same_place(window: MainWindow, chosen: int) -> TeamsPage:
    page = window.current_page()
    assert isinstance(page, TeamsPage)
    assert page.kind_filter.currentData() == TeamKind.COOPERATIVE
    assert page.search.text() == "협동"
    assert page.model.query.text == "협동"
    assert page.selected_id() == chosen
    assert page.edit_button.isEnabled()
    return page


def test_another_language_keeps_the_place_and_the_undo_history(
    qtbot: QtBot, desk: Desk, ui: UiSettings
) -> None:
    assert desk.window is not None
    _page, chosen = _teams_filtered_and_chosen(qtbot, desk.window)
    _new_team(desk.window)
    assert desk.window.undo_stack.count() == 1
    assert "Add a team" in desk.window.statusBar().currentMessage()
    desk.window.resize(720, 540)  # the rebuilt window keeps the size it has now

    ui.language = "ko"
    desk.window.language_requested.emit("ko")
    window = desk.window
    qtbot.addWidget(window)
    assert window.file_menu.title() == "파일(&F)"
    assert (window.width(), window.height()) == (720, 540)
    _same_place(window, chosen)
    assert window.undo_stack.count() == 1
    assert NEW_TEAM in _team_names(window)
    window.undo_stack.undo()  # the step made in the English window undoes here
    assert NEW_TEAM not in _team_names(window)
    assert "되돌렸습니다" in window.statusBar().currentMessage()


def test_another_person_keeps_the_place_but_not_the_undo_history(
    qtbot: QtBot, desk: Desk, hub: Hub
) -> None:
    assert desk.window is not None
    _page, chosen = _teams_filtered_and_chosen(qtbot, desk.window)
    _new_team(desk.window)
    before = desk.window.actor
    desk.sign_in = lambda db: actor_for(db, hub.manager.username)
    desk.window.switch_user_requested.emit()
    window = desk.window
    qtbot.addWidget(window)
    assert window.actor.username == hub.manager.username
    _same_place(window, chosen)
    assert window.undo_stack.count() == 0
    message = window.statusBar().currentMessage()
    assert hub.manager.display_name in message and before.display_name in message
    assert "undo history" in message


def test_the_place_names_the_page_by_its_kind(
    make_window: Callable[..., MainWindow], hub: Hub
) -> None:
    """Pages a role may see differ (the audit page), so a position would land elsewhere
    for another person: the place keeps the page's kind."""
    from hubdesk.gui.main_window import WindowPlace

    manager = make_window(hub.manager)
    manager.show_page(manager.pages.index(manager.page_of(TeamsPage)))
    place = manager.place()
    assert place.page == "TeamsPage"
    clerk = make_window(hub.clerk)
    clerk.restore_place(WindowPlace("TeamsPage", place.pages))
    assert isinstance(clerk.current_page(), TeamsPage)
    clerk.restore_place(WindowPlace("NoSuchPage", {}))  # gone for this person: stays put
    assert isinstance(clerk.current_page(), TeamsPage)
