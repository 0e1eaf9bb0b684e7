"""The main window on a small hub: title, file path, today's figures, it paints."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QPushButton
from support.hub import TODAY, Hub

from hubdesk.gui.main_window import MainWindow
from hubdesk.services.core.settings import SettingsService


def label_texts(widget: object) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]  # type: ignore[attr-defined]


def test_title_names_the_hub(window: MainWindow, hub: Hub) -> None:
    hub_name = SettingsService(hub.db, hub.clerk).settings().hub_name
    assert hub_name == "금천구 사회적경제 허브센터"
    assert hub_name in window.windowTitle()
    assert window.windowTitle().startswith("HubDesk")


def test_status_bar_shows_the_file_and_the_user(window: MainWindow, hub: Hub) -> None:
    texts = label_texts(window.statusBar())
    assert str(hub.db.path) in texts
    # The signed-in staff member, by display name (김담당) or login name (kim).
    assert any("김담당" in text or "kim" in text for text in texts), texts


def test_the_dashboard_shows_the_operating_enterprises(window: MainWindow) -> None:
    texts = label_texts(window.centralWidget())
    # Three registered enterprises operate; the startup-prep team does not count.
    assert "3 / 3 operating" in texts and "100.0%" in texts, texts
    assert "금천구 사회적경제 허브센터" in texts
    # Seats offered: the private office (4) and the open desk (6), not the meeting room.
    buttons = [b.text() for b in window.centralWidget().findChildren(QPushButton)]
    assert "Today: 0 of 10 seats taken (0.0%)" in buttons


def test_demo_flag_is_shown(make_window: Callable[..., MainWindow]) -> None:
    demo = make_window(demo=True)
    assert any("demo" in text.lower() for text in label_texts(demo.statusBar()))


def test_the_window_paints(window: MainWindow) -> None:
    pixmap = window.grab()
    assert not pixmap.isNull()
    assert pixmap.width() > 0 and pixmap.height() > 0


def test_a_hidden_dashboard_catches_up_when_shown(window: MainWindow, hub: Hub) -> None:
    from hubdesk.gui.goals.page import OverviewPage
    from hubdesk.gui.topics import GOALS, TEAMS
    from hubdesk.services.people.teams import TeamService

    dashboard = window.page_of(OverviewPage)
    assert isinstance(dashboard, OverviewPage)
    operation = dashboard.tiles["operation"].detail
    window.show_page(1)
    TeamService(hub.db, hub.clerk).close(hub.teams["coop"], TODAY)
    window.ops.changed.emit(frozenset({TEAMS, GOALS}))
    assert operation.text() == "3 / 3 operating"  # not read while hidden
    window.show_page(0)
    assert operation.text() == "2 / 3 operating"
