"""The floor plan: rooms at their plan place and colour, clicks, zoom, a big floor."""

from __future__ import annotations

import time
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support.hub import TODAY, Hub
from support.sql import place

from hubdesk.domain.enums import SpaceKind
from hubdesk.domain.records import SpaceRecord
from hubdesk.gui.spaces.floor_plan import (
    FILL,
    UNIT,
    UNPLACED,
    UNPLACED_SIZE,
    FloorPlanView,
    RoomItem,
    _split_placed,
    arrange,
    room_tooltip,
)
from hubdesk.services.spaces.spaces import SpaceService, TenancyDraft
from hubdesk.services.spaces.views import Occupant, PlanRect, RoomState, RoomView, SpaceViewService


@pytest.fixture
def view(qtbot: QtBot) -> FloorPlanView:
    widget = FloorPlanView()
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def fake_room(space_id: int, rect: PlanRect, names: tuple[str, ...] = ()) -> RoomView:
    space = SpaceRecord(
        space_id, f"3F-{space_id:03d}", "회의실", 3, SpaceKind.SHARED_OFFICE, 12, 30.0, 0, True
    )
    occupants = tuple(
        Occupant(i, i, name, 1, date(2026, 1, 1), date(2026, 12, 31), False)
        for i, name in enumerate(names, start=1)
    )
    return RoomView(space, rect, len(occupants), occupants)


def test_rooms_keep_their_plan_places() -> None:
    rects = {1: PlanRect(0, 0, 8, 4), 2: PlanRect(8, 0, 4, 4), 3: PlanRect(0, 6, 6, 4)}
    assert arrange(rects) == rects


def test_rooms_without_a_place_line_up_below_the_plan() -> None:
    rects = {
        1: PlanRect(2, 1, 8, 4),
        2: PlanRect(0, 0, 1, 1),  # never drawn on the plan
        3: PlanRect(4, 2, 4, 4),  # overlaps room 1
    }
    layout = arrange(rects)
    assert layout[1] == PlanRect(0, 0, 8, 4)  # moved to the origin, same size
    assert layout[2].y >= 4 and layout[3].y >= 4
    assert layout[2].width == layout[3].width == UNPLACED_SIZE
    assert not overlapping(layout)


def cells_of(rect: PlanRect) -> set[tuple[int, int]]:
    if rect.width * rect.height > 2_500:  # a hall: never in the way
        return set()
    return {
        (x, y)
        for x in range(rect.x, rect.x + rect.width)
        for y in range(rect.y, rect.y + rect.height)
    }


def split_by_cells(rects: dict[int, PlanRect]) -> tuple[dict[int, PlanRect], list[int]]:
    """Which rooms keep their place, found square by square (as the plan first did)."""
    placed: dict[int, PlanRect] = {}
    loose: list[int] = []
    taken: set[tuple[int, int]] = set()
    for key, rect in rects.items():
        cells = cells_of(rect)
        if rect == UNPLACED or cells & taken:
            loose.append(key)
            continue
        taken |= cells
        placed[key] = rect
    return placed, loose


plan_rects = (
    st.builds(
        PlanRect, st.integers(-5, 60), st.integers(-5, 30), st.integers(-1, 20), st.integers(-1, 9)
    )
    | st.just(UNPLACED)
    | st.builds(PlanRect, st.integers(0, 9), st.just(0), st.just(60), st.just(50))
)


@given(st.lists(plan_rects, max_size=40))
def test_overlaps_are_found_as_square_by_square(rects: list[PlanRect]) -> None:
    numbered = dict(enumerate(rects))
    assert _split_placed(numbered) == split_by_cells(numbered)


def test_a_long_building_is_wrapped_at_the_gaps_between_wings() -> None:
    wing = [PlanRect(0, 0, 8, 4), PlanRect(8, 0, 16, 4), PlanRect(0, 6, 24, 4)]
    rects = {
        w * 10 + i: PlanRect(r.x + 26 * w, r.y, r.width, r.height)
        for w in range(40)
        for i, r in enumerate(wing)
    }
    layout = arrange(rects)
    assert not overlapping(layout)
    width = max(r.x + r.width for r in layout.values())
    height = max(r.y + r.height for r in layout.values())
    assert 1 <= width / height <= 3, (width, height)  # a block, not a 1,040-unit strip
    for w in range(40):  # each wing keeps its own shape
        first = layout[w * 10]
        for i, r in enumerate(wing):
            moved = layout[w * 10 + i]
            assert (moved.x - first.x, moved.y - first.y) == (r.x, r.y)


def overlapping(layout: dict[int, PlanRect]) -> bool:
    cells: set[tuple[int, int]] = set()
    for r in layout.values():
        mine = {(x, y) for x in range(r.x, r.x + r.width) for y in range(r.y, r.y + r.height)}
        if mine & cells:
            return True
        cells |= mine
    return False


def test_one_item_per_room_at_its_place_and_colour(
    view: FloorPlanView, hub: Hub, qtbot: QtBot
) -> None:
    desk, meeting = hub.spaces["2F-OD1"], hub.spaces["2F-MR1"]
    place(hub.db, desk, PlanRect(0, 0, 8, 4))
    place(hub.db, meeting, PlanRect(8, 0, 4, 4))
    views = SpaceViewService(hub.db, hub.clerk)
    view.set_rooms(views.floor_plan(2, TODAY))
    assert set(view.items_by_id) == {desk, meeting}
    assert view.items_by_id[desk].pos() == QPointF(0, 0)
    assert view.items_by_id[meeting].pos() == QPointF(8 * UNIT, 0)
    assert view.items_by_id[desk].boundingRect().width() >= 8 * UNIT
    assert colour_at(view, desk) == FILL[RoomState.FREE].name()
    assert colour_at(view, meeting) == FILL[RoomState.NOT_LET].name()
    SpaceService(hub.db, hub.clerk).allocate(
        TenancyDraft(hub.teams["coop"], desk, 2, TODAY - timedelta(days=10))
    )
    view.set_rooms(views.floor_plan(2, TODAY), keep_view=True)
    item = view.items_by_id[desk]
    assert item.room.state is RoomState.PARTLY_TAKEN
    assert colour_at(view, desk) == FILL[RoomState.PARTLY_TAKEN].name()
    assert item.lines(3)[0] == ("금천도시농업협동조합", False)
    assert item is view.items_by_id[desk]  # a refresh draws the changed room again, in place
    assert item.toolTip() == ""  # written when the mouse first comes over the room
    hover(view, desk)
    assert "금천도시농업협동조합" in item.toolTip() and "2 of 6" in item.toolTip()


def hover(view: FloorPlanView, space_id: int) -> None:
    """The mouse rests on a room: the viewport is asked for a tooltip there."""
    position = view.room_position(space_id)
    event = QHelpEvent(QEvent.Type.ToolTip, position, view.viewport().mapToGlobal(position))
    QApplication.sendEvent(view.viewport(), event)


def test_a_refresh_keeps_the_rooms_that_did_not_change(view: FloorPlanView) -> None:
    rooms = [fake_room(1, PlanRect(0, 0, 8, 4)), fake_room(2, PlanRect(8, 0, 4, 4))]
    view.set_rooms(rooms)
    hover(view, 2)
    first, second = view.items_by_id[1], view.items_by_id[2]
    changed = fake_room(2, PlanRect(8, 0, 4, 4), ("가온협동조합",))
    view.set_rooms([rooms[0], changed], keep_view=True)
    assert view.items_by_id == {1: first, 2: second}
    assert first.room is rooms[0] and second.room is changed
    assert "가온협동조합" in second.toolTip()  # shown before: written again at once
    moved = fake_room(2, PlanRect(12, 0, 4, 4))
    view.set_rooms([rooms[0], moved], keep_view=True)  # a room moved: drawn anew
    assert view.items_by_id[2].room is moved and view.items_by_id[2].pos() != QPointF(8 * UNIT, 0)


def colour_at(view: FloorPlanView, space_id: int) -> str:
    """The colour painted near a room's lower left corner (clear of its text)."""
    item = view.items_by_id[space_id]
    rect = item.sceneBoundingRect()
    point = view.mapFromScene(QPointF(rect.left() + 12, rect.bottom() - 12))
    return view.viewport().grab().toImage().pixelColor(point).name()


def test_a_click_on_a_room_emits_its_id_and_selects_it(view: FloorPlanView, qtbot: QtBot) -> None:
    rooms = [fake_room(1, PlanRect(0, 0, 8, 4)), fake_room(2, PlanRect(8, 0, 4, 4))]
    view.set_rooms(rooms)
    with qtbot.waitSignal(view.room_clicked) as clicked:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.room_position(2))
    assert clicked.args == [2]
    assert view.selected_id == 2 and view.items_by_id[2].selected
    assert not view.items_by_id[1].selected
    # A click on the floor between rooms picks nothing.
    empty = view.mapFromScene(QPointF(6 * UNIT, 6 * UNIT))
    with qtbot.assertNotEmitted(view.room_clicked):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=empty)


def test_tenants_that_do_not_fit_are_counted(view: FloorPlanView) -> None:
    names = ("가온협동조합", "나래사회적기업", "다온마을기업", "라온협동조합", "마루공방")
    view.set_rooms([fake_room(1, PlanRect(0, 0, 4, 4), names)])
    item = view.items_by_id[1]
    assert [text for text, _ in item.lines(5)] == list(names)
    assert [text for text, _ in item.lines(3)] == ["가온협동조합", "나래사회적기업", "+3"]
    assert item.lines(0) == []
    tip = room_tooltip(item.room)
    assert all(name in tip for name in names)


def test_korean_names_are_drawn_inside_the_room(view: FloorPlanView) -> None:
    view.set_rooms([fake_room(1, PlanRect(0, 0, 4, 4), ("금천도시농업협동조합",))])
    view.actual_size()
    image = view.viewport().grab().toImage()
    rect = view.mapFromScene(view.items_by_id[1].sceneBoundingRect()).boundingRect()
    fill = FILL[RoomState.PARTLY_TAKEN].name()
    # Text pixels (neither the fill nor the border) on the name's line inside the room.
    line_y = rect.top() + 34
    inked = {
        image.pixelColor(x, y).name()
        for x in range(rect.left() + 8, rect.right() - 8)
        for y in range(line_y - 4, line_y + 6)
    }
    assert len(inked - {fill}) > 3


def test_zoom_with_ctrl_wheel_and_the_buttons(view: FloorPlanView) -> None:
    view.set_rooms([fake_room(i, PlanRect(4 * i, 0, 4, 4)) for i in range(1, 60)])
    view.actual_size()
    assert view.zoom == 1.0
    wheel(view, 120, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == pytest.approx(1.15)
    wheel(view, -240, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == pytest.approx(1.15 / 1.15**2)
    before = view.zoom
    wheel(view, -120, Qt.KeyboardModifier.NoModifier)  # a plain wheel scrolls
    assert view.zoom == before
    view.fit_all()
    scene = view.mapFromScene(view.sceneRect()).boundingRect()
    assert scene.width() <= view.viewport().width() and scene.height() <= view.viewport().height()
    view.reset_zoom()  # the default stays legible even when the floor does not fit
    assert view.zoom >= 0.8


def wheel(view: FloorPlanView, delta: int, modifiers: Qt.KeyboardModifier) -> None:
    centre = QPointF(view.viewport().rect().center())
    event = QWheelEvent(
        centre,
        QPointF(view.viewport().mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_a_floor_of_1100_rooms_stays_quick(view: FloorPlanView, qtbot: QtBot) -> None:
    wing = [(0, 8), (8, 8), (16, 4), (20, 4)]
    rooms = [
        fake_room(w * 10 + i + 1, PlanRect(26 * w + x, 0 if i < 2 else 6, width, 4), ("팀",))
        for w in range(275)
        for i, (x, width) in enumerate(wing)
    ]
    assert len(rooms) == 1100
    started = time.perf_counter()
    view.set_rooms(rooms)
    view.viewport().repaint()
    assert time.perf_counter() - started < 2.0
    assert len(view.items_by_id) == 1100
    assert view.zoom >= 0.8  # legible, with scrolling
    with qtbot.waitSignal(view.room_clicked) as clicked:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.room_position(2003))
    assert clicked.args == [2003]
    assert isinstance(view.room_at(view.room_position(2003)), RoomItem)
