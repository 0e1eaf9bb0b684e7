"""The Spaces page in the window: plan, room panel, actions, timeline, search, refresh."""

from __future__ import annotations

import sys
import types
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import update
from support.hub import TODAY, Hub

from hubdesk.domain.records import TenancyRecord
from hubdesk.gui.goals.page import OverviewPage
from hubdesk.gui.main_window import MainWindow
from hubdesk.gui.spaces.floor_plan import FILL
from hubdesk.gui.spaces.page import APPLICATIONS_TAB, PLAN, TIMELINE, SpacesPage
from hubdesk.gui.topics import APPLICATIONS, AUDIT, TENANCIES
from hubdesk.services.spaces.spaces import SpaceService, TenancyDraft
from hubdesk.services.spaces.views import RoomState
from hubdesk.storage.models import Space


def place_rooms(hub: Hub) -> None:
    """Draw the small hub's rooms on their floors' plans."""
    places = {"2F-OD1": (0, 0, 8, 4), "2F-MR1": (8, 0, 4, 4), "3F-301": (0, 0, 4, 4)}
    with hub.db.write("system") as session:
        for code, (x, y, width, height) in places.items():
            session.execute(
                update(Space)
                .where(Space.code == code)
                .values(plan_x=x, plan_y=y, plan_width=width, plan_height=height)
            )


def allocate(hub: Hub, team: str, code: str, seats: int, days_ago: int = 30) -> TenancyRecord:
    draft = TenancyDraft(hub.teams[team], hub.spaces[code], seats, TODAY - timedelta(days=days_ago))
    return SpaceService(hub.db, hub.clerk).allocate(draft)


def open_page(window: MainWindow, qtbot: QtBot) -> SpacesPage:
    page = window.page_of(SpacesPage)
    assert isinstance(page, SpacesPage)
    window.show_page(window.pages.index(page))
    qtbot.waitExposed(page.plan)
    return page


def click_room(page: SpacesPage, qtbot: QtBot, space_id: int) -> None:
    position = page.plan.room_position(space_id)
    qtbot.mouseClick(page.plan.viewport(), Qt.MouseButton.LeftButton, pos=position)


def colour_of(page: SpacesPage, space_id: int) -> str:
    item = page.plan.items_by_id[space_id]
    rect = item.sceneBoundingRect()
    point = page.plan.mapFromScene(rect.bottomLeft()) + QPoint(12, -12)
    return page.plan.viewport().grab().toImage().pixelColor(point).name()


def test_the_page_follows_overview_and_teams(window: MainWindow) -> None:
    kinds = [type(page).__name__ for page in window.pages]
    assert kinds.index("SpacesPage") > kinds.index(OverviewPage.__name__)
    if "TeamsPage" in kinds:
        assert kinds.index("TeamsPage") == kinds.index("SpacesPage") - 1
    assert window.navigation.item(kinds.index("SpacesPage")).text() == "Spaces"


def test_the_plan_shows_each_room_of_the_floor(window: MainWindow, hub: Hub, qtbot: QtBot) -> None:
    place_rooms(hub)
    page = open_page(window, qtbot)
    floors = [page.floor_box.itemText(i) for i in range(page.floor_box.count())]
    assert floors == ["Floor 2", "Floor 3"]
    assert set(page.plan.items_by_id) == {hub.spaces["2F-OD1"], hub.spaces["2F-MR1"]}
    assert page.occupancy_value.text() == "0 / 10 seats (0.0%)"
    assert colour_of(page, hub.spaces["2F-OD1"]) == FILL[RoomState.FREE].name()
    assert colour_of(page, hub.spaces["2F-MR1"]) == FILL[RoomState.NOT_LET].name()
    page.floor_box.setCurrentIndex(1)
    page.floor_box.activated.emit(1)
    assert set(page.plan.items_by_id) == {hub.spaces["3F-301"]}


def test_an_operation_on_tenancies_refreshes_the_page(
    window: MainWindow, hub: Hub, qtbot: QtBot
) -> None:
    place_rooms(hub)
    page = open_page(window, qtbot)
    desk = hub.spaces["2F-OD1"]
    click_room(page, qtbot, desk)
    assert page.room_panel.table.rowCount() == 0
    window.ops.run(
        "Allocate",
        lambda: allocate(hub, "social", "2F-OD1", 6),
    )
    assert page.plan.items_by_id[desk].room.state is RoomState.FULL
    assert colour_of(page, desk) == FILL[RoomState.FULL].name()
    assert page.occupancy_value.text() == "6 / 10 seats (60.0%)"
    assert page.chart.bars[-1].fraction == pytest.approx(0.6)
    # The room panel that was open shows the new tenant.
    assert page.room_panel.table.item(0, 0).text() == "(주)함께일하는세상"
    assert page.plan.selected_id == desk


def test_a_click_on_a_room_shows_its_panel(window: MainWindow, hub: Hub, qtbot: QtBot) -> None:
    place_rooms(hub)
    tenancy = allocate(hub, "coop", "2F-OD1", 2)
    old = allocate(hub, "village", "2F-OD1", 1, days_ago=400)
    SpaceService(hub.db, hub.clerk).move_out(old.id, old.end_date)  # moved out last year
    page = open_page(window, qtbot)
    with qtbot.waitSignal(page.plan.room_clicked):
        click_room(page, qtbot, hub.spaces["2F-OD1"])
    panel = page.room_panel
    assert panel.heading.text().startswith("2F-OD1")
    assert "Taken today: 2 of 6 seats" in panel.facts.text()
    assert panel.table.rowCount() == 2
    assert panel.table.item(0, 0).text() == "금천도시농업협동조합"
    assert panel.selected_id() == tenancy.id  # the current tenant is chosen
    assert panel.table.item(1, 5).text() == "Ended"
    buttons = (panel.allocate_button, panel.renew_button, panel.end_button)
    assert all(button.isEnabled() for button in (*buttons, panel.checklist_button))
    panel.table.selectRow(1)  # the ended one: nothing to renew or end
    assert not panel.renew_button.isEnabled() and not panel.end_button.isEnabled()
    assert panel.checklist_button.isEnabled()
    click_room(page, qtbot, hub.spaces["2F-MR1"])
    assert panel.heading.text().startswith("2F-MR1")
    assert "Not let to teams" in panel.facts.text()
    assert not panel.allocate_button.isEnabled()


class Recorder:
    """Stands in for hubdesk.gui.spaces.tenancy_dialogs: dialogs that record how they were made."""

    def __init__(self) -> None:
        self.made: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []
        self.opened: list[str] = []
        recorder = self

        def dialog(name: str) -> type[QDialog]:
            class Fake(QDialog):
                def __init__(self, *args: Any, **kwargs: Any) -> None:
                    parent = kwargs.get("parent") or next(
                        (a for a in args if isinstance(a, QWidget)), None
                    )
                    super().__init__(parent)
                    recorder.made.append((name, args, kwargs))

                def open(self) -> None:
                    recorder.opened.append(name)
                    super().open()

                def exec(self) -> int:
                    raise AssertionError("the page must not block on exec()")

            return Fake

        self.module = types.ModuleType("hubdesk.gui.spaces.tenancy_dialogs")
        for name in ("AllocateDialog", "RenewDialog", "EndTenancyDialog", "ChecklistDialog"):
            setattr(self.module, name, dialog(name))


def test_the_actions_open_the_tenancy_dialogs_without_blocking(
    window: MainWindow, hub: Hub, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = Recorder()
    monkeypatch.setitem(sys.modules, "hubdesk.gui.spaces.tenancy_dialogs", recorder.module)
    place_rooms(hub)
    tenancy = allocate(hub, "coop", "2F-OD1", 2)
    page = open_page(window, qtbot)
    click_room(page, qtbot, hub.spaces["2F-OD1"])
    panel = page.room_panel
    for button in (
        panel.allocate_button,
        panel.renew_button,
        panel.end_button,
        panel.checklist_button,
    ):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    context = page.context
    assert recorder.made == [
        ("AllocateDialog", (context, page), {"space_id": hub.spaces["2F-OD1"]}),
        ("RenewDialog", (context, tenancy.id, page), {}),
        ("EndTenancyDialog", (context, tenancy.id, page), {}),
        ("ChecklistDialog", (context, tenancy.id, page), {}),
    ]
    assert recorder.opened == [
        "AllocateDialog",
        "RenewDialog",
        "EndTenancyDialog",
        "ChecklistDialog",
    ]
    # Ctrl+N on this page is Allocate, for the room shown.
    new_record = next(
        a for a in window.edit_menu.actions() if a.shortcut() == QKeySequence("Ctrl+N")
    )
    new_record.trigger()
    assert recorder.made[-1][0] == "AllocateDialog"
    assert recorder.made[-1][2] == {"space_id": hub.spaces["2F-OD1"]}


def test_allocate_opens_the_real_dialog_when_it_exists(
    window: MainWindow, hub: Hub, qtbot: QtBot
) -> None:
    pytest.importorskip("hubdesk.gui.spaces.tenancy_dialogs")
    place_rooms(hub)
    page = open_page(window, qtbot)
    click_room(page, qtbot, hub.spaces["2F-OD1"])
    qtbot.mouseClick(page.room_panel.allocate_button, Qt.MouseButton.LeftButton)
    assert isinstance(page.dialog, QDialog)
    assert page.dialog.isVisible()
    page.dialog.reject()


def test_a_bar_on_the_timeline_opens_its_room(window: MainWindow, hub: Hub, qtbot: QtBot) -> None:
    place_rooms(hub)
    tenancy = allocate(hub, "coop", "3F-301", 2)
    page = open_page(window, qtbot)
    page.tabs.setCurrentIndex(TIMELINE)
    assert {row.space.code for row in page.timeline.visible_rows()} == {"2F-OD1", "3F-301"}
    rect = page.timeline.bar_rect(tenancy.id)
    assert rect is not None
    with qtbot.waitSignal(page.timeline.tenancy_clicked):
        qtbot.mouseClick(page.timeline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.room_panel.heading.text().startswith("3F-301")
    assert page.room_panel.selected_id() == tenancy.id
    assert page.timeline.selected_tenancy == tenancy.id
    page.tabs.setCurrentIndex(PLAN)  # the plan followed to the room's floor
    assert page.floor_box.currentText() == "Floor 3"
    assert page.plan.selected_id == hub.spaces["3F-301"]


def test_search_finds_a_tenant_on_another_floor(window: MainWindow, hub: Hub, qtbot: QtBot) -> None:
    place_rooms(hub)
    allocate(hub, "coop", "3F-301", 2)
    page = open_page(window, qtbot)
    assert page.floor_box.currentText() == "Floor 2"
    window.current_page().focus_search()
    assert page.search_box.hasFocus() or not page.isActiveWindow()
    page.search_box.setText("도시농업")  # QTest types ASCII only
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    assert page.floor_box.currentText() == "Floor 3"
    assert page.plan.selected_id == hub.spaces["3F-301"]
    assert page.room_panel.heading.text().startswith("3F-301")
    page.search_box.setText("없는팀")
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    assert page.search_result.text() == "Nothing found"


def test_a_hidden_page_reads_nothing_until_shown(
    window: MainWindow, hub: Hub, qtbot: QtBot
) -> None:
    page = window.page_of(SpacesPage)
    assert isinstance(page, SpacesPage)
    assert not page.plan.items_by_id  # built with the window, not loaded yet
    window.ops.run("Allocate", lambda: allocate(hub, "coop", "3F-301", 2))
    assert not page.plan.items_by_id and PLAN in page.stale
    open_page(window, qtbot)
    assert page.plan.items_by_id and PLAN not in page.stale
    assert page.occupancy_value.text() == "2 / 10 seats (20.0%)"


def test_the_applications_tab_embeds_the_panel_for_the_room_shown(
    window: MainWindow, hub: Hub, qtbot: QtBot
) -> None:
    from hubdesk.gui.spaces.applications_panel import ApplicationsPanel

    place_rooms(hub)
    page = open_page(window, qtbot)
    assert page.applications is None  # made when the tab is first shown
    click_room(page, qtbot, hub.spaces["2F-OD1"])
    page.tabs.setCurrentIndex(2)
    assert isinstance(page.applications, ApplicationsPanel)
    assert page.applications.parent() is page.applications_tab
    assert page.applications.next_space.space_id() == hub.spaces["2F-OD1"]


def test_choosing_a_floor_shows_its_rooms(window: MainWindow, hub: Hub, qtbot: QtBot) -> None:
    place_rooms(hub)
    page = open_page(window, qtbot)
    assert set(page.plan.items_by_id) == {hub.spaces["2F-OD1"], hub.spaces["2F-MR1"]}
    page.floor_box.setCurrentIndex(page.floor_box.findData(3))
    assert set(page.plan.items_by_id) == {hub.spaces["3F-301"]}
    page.refresh(frozenset({TENANCIES}))  # refilling the floors keeps the floor chosen
    assert page.floor_box.currentData() == 3
    assert set(page.plan.items_by_id) == {hub.spaces["3F-301"]}


def test_an_application_alone_leaves_the_plan_and_the_timeline_be(
    window: MainWindow, hub: Hub, qtbot: QtBot
) -> None:
    place_rooms(hub)
    page = open_page(window, qtbot)
    drawn = dict(page.plan.items_by_id)
    page.refresh(frozenset({APPLICATIONS, AUDIT}))
    assert page.stale == {TIMELINE, APPLICATIONS_TAB}  # the timeline waits for its tab anyway
    assert page.plan.items_by_id == drawn
    page.refresh(frozenset({TENANCIES}))
    assert page.stale == {TIMELINE, APPLICATIONS_TAB}
