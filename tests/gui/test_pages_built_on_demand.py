"""The window paints after building only its first page; the others are built once it is
on screen, or at once when a person opens one first."""

from __future__ import annotations

import gc

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support.hub import TODAY, Hub

from hubdesk.domain.enums import TeamKind
from hubdesk.gui.context import as_widget
from hubdesk.gui.main_window import MainWindow
from hubdesk.gui.teams.page import TeamsPage
from hubdesk.gui.ui_settings import UiSettings
from hubdesk.services.people.teams import TeamDraft, TeamService


def built(window: MainWindow) -> list[str]:
    return [type(window.page_at(i)).__name__ for i in sorted(window._built)]


def unshown(hub: Hub, ui: UiSettings, qtbot: QtBot) -> MainWindow:
    window = MainWindow(hub.db, hub.clerk, ui=ui, today=lambda: TODAY)
    qtbot.addWidget(window)
    return window


def test_before_it_is_shown_only_the_first_page_is_built(
    hub: Hub, ui: UiSettings, qtbot: QtBot
) -> None:
    window = unshown(hub, ui, qtbot)
    assert built(window) == ["OverviewPage"]
    # The navigation and the View menu name every page all the same.
    names = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert names == [
        "Dashboard",
        "Teams",
        "Spaces",
        "Consulting",
        "Grants",
        "Training",
        "Procurement",
    ]
    assert [a.text() for a in window.view_menu.actions()][: len(names)] == names


def test_the_other_pages_are_built_one_per_pass_of_the_event_loop(
    hub: Hub, ui: UiSettings, qtbot: QtBot
) -> None:
    window = unshown(hub, ui, qtbot)
    window.build_remaining_pages()
    assert built(window) == ["OverviewPage", "TeamsPage"]  # one now, the next one later
    QApplication.processEvents()
    assert built(window) == ["OverviewPage", "TeamsPage", "SpacesPage"]


def test_once_on_screen_the_other_pages_are_built(hub: Hub, ui: UiSettings, qtbot: QtBot) -> None:
    window = unshown(hub, ui, qtbot)
    window.show()
    qtbot.waitUntil(lambda: len(window._built) == len(window.kinds))
    assert built(window) == [
        "OverviewPage",
        "TeamsPage",
        "SpacesPage",
        "ConsultingPage",
        "GrantsPage",
        "TrainingPage",
        "ProcurementPage",
    ]
    for index in range(len(window.kinds)):  # each in its place in the stack
        assert window.stack.widget(index) is as_widget(window.page_at(index))
    assert window.stack.count() == len(window.kinds)
    assert window.stack.currentIndex() == 0


def test_a_click_on_a_page_not_yet_built_opens_it(hub: Hub, ui: UiSettings, qtbot: QtBot) -> None:
    window = unshown(hub, ui, qtbot)
    row = window.index_of(TeamsPage)
    window.navigation.resize(150, 300)  # the window is never shown: no idle build runs
    rect = window.navigation.visualItemRect(window.navigation.item(row))
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.navigation.currentRow() == row
    teams = window.stack.currentWidget()
    assert isinstance(teams, TeamsPage) and teams is window.page_of(TeamsPage)
    assert built(window) == ["OverviewPage", "TeamsPage"]
    assert teams.model.rowCount() == len(hub.teams)


def test_a_page_built_late_reads_the_file_as_it_is_then(
    hub: Hub, ui: UiSettings, qtbot: QtBot
) -> None:
    window = unshown(hub, ui, qtbot)
    TeamService(hub.db, hub.clerk).add(TeamDraft("늦게 온 팀", TeamKind.STARTUP_TEAM, "홍길동"))
    teams = window.page_of(TeamsPage)
    assert isinstance(teams, TeamsPage)
    names = [teams.model.team_row(row).name for row in range(teams.model.rowCount())]
    assert "늦게 온 팀" in names and len(names) == len(hub.teams) + 1


def test_a_window_remembers_the_place_of_pages_it_never_built(
    hub: Hub, ui: UiSettings, qtbot: QtBot
) -> None:
    first = unshown(hub, ui, qtbot)
    first.show_page(first.index_of(TeamsPage))
    place = first.place()
    assert place.page == "TeamsPage"
    assert set(place.pages) == {"OverviewPage", "TeamsPage"}  # nothing to keep of the rest
    second = unshown(hub, ui, qtbot)
    second.restore_place(place)
    assert isinstance(second.current_page(), TeamsPage)
    assert built(second) == ["OverviewPage", "TeamsPage"]


def test_once_every_page_is_built_the_window_is_frozen_out_of_the_collector(
    hub: Hub, ui: UiSettings, qtbot: QtBot
) -> None:
    window = unshown(hub, ui, qtbot)
    window.build_remaining_pages()
    assert gc.get_freeze_count() == 0  # pages still to build
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0)
    assert len(window._built) == len(window.kinds)
    unshown(hub, ui, qtbot)  # a new window: the old one's cycles may be collected
    assert gc.get_freeze_count() == 0
