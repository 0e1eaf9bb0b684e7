"""The tenancy timeline: today's line, highlighted bars, lanes, clicks, only visible rows."""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from support.hub import TODAY, Hub

from hubdesk.domain.enums import SpaceKind, TenancyStatus
from hubdesk.domain.records import SpaceRecord, TenancyRecord
from hubdesk.gui.spaces.timeline import HEADER_HEIGHT, LABEL_WIDTH, RowsSource, TimelineView
from hubdesk.gui.spaces.timeline_bars import (
    STYLES,
    TODAY_COLOUR,
    BarKind,
    bar_kind,
    bar_tooltip,
    default_window,
    lanes_of,
)
from hubdesk.services.spaces.spaces import SpaceService, TenancyDraft
from hubdesk.services.spaces.views import (
    SpaceViewService,
    TimelineBar,
    TimelineRow,
    lane_count,
)


@pytest.fixture
def view(qtbot: QtBot) -> TimelineView:
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(1100, 420)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def let(hub: Hub) -> dict[str, TenancyRecord]:
    """An office ending in 30 days, a renewed desk tenancy, one ended early, one to come."""
    spaces = SpaceService(hub.db, hub.clerk)
    office, desk = hub.spaces["3F-301"], hub.spaces["2F-OD1"]

    def allocate(team: str, space: int, seats: int, start: date, end: date | None = None) -> int:
        return spaces.allocate(TenancyDraft(hub.teams[team], space, seats, start, end)).id

    soon = allocate("coop", office, 2, TODAY - timedelta(days=300), TODAY + timedelta(days=30))
    renewed = allocate("social", desk, 2, date(2025, 3, 1))
    spaces.renew(renewed, date(2026, 1, 20))
    early = allocate("village", desk, 1, date(2025, 9, 1))
    spaces.move_out(early, date(2026, 5, 15), "closed the shop")
    later = allocate("startup", desk, 1, TODAY + timedelta(days=40))
    return {
        name: spaces.tenancy(i)
        for name, i in {"soon": soon, "renewed": renewed, "early": early, "later": later}.items()
    }


def load(view: TimelineView, hub: Hub) -> None:
    start, end = default_window(TODAY)
    view.set_rows(SpaceViewService(hub.db, hub.clerk).timeline(start, end), start, end, TODAY)


def pixel(view: TimelineView, x: int, y: int) -> str:
    return view.viewport().grab().toImage().pixelColor(x, y).name()


def test_the_default_window_runs_12_months_back_and_ahead() -> None:
    assert default_window(date(2026, 11, 24)) == (date(2025, 11, 1), date(2027, 11, 30))


def test_today_is_marked_with_a_line(view: TimelineView, hub: Hub, let: object) -> None:
    load(view, hub)
    x = view.today_x()
    assert LABEL_WIDTH < x < view.viewport().width()
    # Below the last row nothing else is drawn: the line shows alone.
    bottom = view.viewport().height() - 3
    assert pixel(view, x, bottom) == TODAY_COLOUR.name()
    assert pixel(view, x + 12, bottom) != TODAY_COLOUR.name()


def test_a_tenancy_ending_within_60_days_is_highlighted(
    view: TimelineView, hub: Hub, let: dict[str, TenancyRecord]
) -> None:
    load(view, hub)
    rect = view.bar_rect(let["soon"].id)
    assert rect is not None
    ending = STYLES[BarKind.ENDING_SOON].fill.name()
    assert pixel(view, rect.right() - 4, rect.center().y()) == ending
    current = view.bar_rect(let["renewed"].id)
    assert current is not None
    assert pixel(view, current.right() - 4, current.center().y()) != ending
    tip = bar_tooltip(bar_of(view, let["soon"].id), TODAY)
    assert "금천도시농업협동조합" in tip and "30 day" in tip


def bar_of(view: TimelineView, tenancy_id: int) -> TimelineBar:
    return next(b for row in view.visible_rows() for b in row.bars if b.tenancy_id == tenancy_id)


def test_renewed_ended_early_and_future_bars_look_different(
    view: TimelineView, hub: Hub, let: dict[str, TenancyRecord]
) -> None:
    load(view, hub)
    kinds = {name: bar_kind(bar_of(view, t.id), TODAY) for name, t in let.items()}
    assert kinds == {
        "soon": BarKind.ENDING_SOON,
        "renewed": BarKind.ACTIVE,
        "early": BarKind.ENDED_EARLY,
        "later": BarKind.FUTURE,
    }
    renewed = bar_of(view, let["renewed"].id)
    assert renewed.renewal_ends == (date(2026, 2, 28),)
    assert "Renewals: 1" in bar_tooltip(renewed, TODAY)
    early = bar_of(view, let["early"].id)
    assert "Ended early on 2026-05-15" in bar_tooltip(early, TODAY)
    # The rest of the term after the early end is left unfilled (a dashed outline only).
    rect = view.bar_rect(let["early"].id)
    assert rect is not None
    after = view.x_of(date(2026, 7, 1))
    assert pixel(view, round(after), rect.center().y()) != STYLES[BarKind.ENDED_EARLY].fill.name()
    before = view.x_of(date(2026, 4, 1))
    assert pixel(view, round(before), rect.top() + 2) == STYLES[BarKind.ENDED_EARLY].fill.name()


def test_a_click_on_a_bar_emits_the_tenancy(
    view: TimelineView, hub: Hub, qtbot: QtBot, let: dict[str, TenancyRecord]
) -> None:
    load(view, hub)
    rect = view.bar_rect(let["later"].id)
    assert rect is not None
    with qtbot.waitSignal(view.tenancy_clicked) as clicked:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert clicked.args == [let["later"].id]
    with qtbot.waitSignal(view.space_clicked) as space:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, rect.y()))
    assert space.args == [hub.spaces["2F-OD1"]]


def test_overlapping_tenancies_of_a_shared_space_get_lanes() -> None:
    def bar(key: int, start: date, end: date) -> TimelineBar:
        return TimelineBar(key, 1, "팀", 1, start, end, TenancyStatus.ACTIVE, 0, None, ())

    bars = [
        bar(1, date(2026, 1, 1), date(2026, 6, 30)),
        bar(2, date(2026, 3, 1), date(2026, 9, 30)),
        bar(3, date(2026, 7, 1), date(2026, 12, 31)),  # fits after the first
        bar(4, date(2026, 6, 30), date(2026, 8, 1)),  # touches both: a third lane
    ]
    lanes = [[b.tenancy_id for b in lane] for lane in lanes_of(bars)]
    assert lanes == [[1, 3], [2], [4]]


def synthetic_rows(count: int) -> list[TimelineRow]:
    rows = []
    for number in range(count):
        space = SpaceRecord(
            number, f"B{number}-3F-301", "독립사무실", 3, SpaceKind.PRIVATE_OFFICE, 4, 20.0, 0, True
        )
        bar = TimelineBar(
            number,
            number,
            f"팀 {number}",
            4,
            date(2026, 1, 1),
            date(2026, 12, 31),
            TenancyStatus.ACTIVE,
            0,
            None,
            (),
        )
        rows.append(TimelineRow(space, (bar,)))
    return rows


def test_only_the_rows_in_view_are_painted_and_the_header_stays(view: TimelineView) -> None:
    start, end = default_window(TODAY)
    view.set_rows(synthetic_rows(3100), start, end, TODAY)
    visible = view.visible_rows()
    assert 0 < len(visible) <= view.viewport().height() // 26 + 2
    started = time.perf_counter()
    view.viewport().repaint()
    assert time.perf_counter() - started < 0.5
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert view.visible_rows()[-1].space.id == 3099
    # The month header is painted over the body wherever the body scrolled to.
    assert pixel(view, LABEL_WIDTH + 3, HEADER_HEIGHT // 2) == "#efefec"


def test_the_filter_keeps_matching_spaces_and_teams(view: TimelineView) -> None:
    start, end = default_window(TODAY)
    view.set_rows(synthetic_rows(50), start, end, TODAY)
    view.set_filter("팀 4")
    assert view.row_count == 11  # 팀 4 and 팀 40–49
    view.set_filter("b7-3f")
    assert [row.space.id for row in view.visible_rows()] == [7]
    view.set_filter("")
    assert view.row_count == 50


class RecordingSource(RowsSource):
    """Rows read already, noting which the view asks for."""

    def __init__(self, rows: list[TimelineRow]) -> None:
        super().__init__(rows)
        self.asked: list[int] = []

    def rows(self, space_ids: Sequence[int]) -> list[TimelineRow]:
        self.asked += space_ids
        return super().rows(space_ids)


def test_only_the_rows_drawn_are_read(view: TimelineView) -> None:
    start, end = default_window(TODAY)
    source = RecordingSource(synthetic_rows(3100))
    view.set_source(source, start, end, TODAY)
    view.viewport().repaint()
    drawn = {row.space.id for row in view.visible_rows()}
    assert drawn <= set(source.asked)
    band = 512 // 26 + 1  # rows in one band of the body, drawn at once
    assert len(source.asked) == len(set(source.asked)) <= 2 * band
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    view.viewport().repaint()
    assert 3099 in source.asked
    assert len(source.asked) <= 4 * band  # the top and the bottom, nothing between


def test_filtering_keeps_the_rows_read(view: TimelineView) -> None:
    start, end = default_window(TODAY)
    source = RecordingSource(synthetic_rows(50))
    view.set_source(source, start, end, TODAY)
    view.viewport().repaint()
    asked = list(source.asked)
    view.set_filter("팀 4")
    view.set_filter("")
    view.viewport().repaint()
    assert source.asked[: len(asked)] == asked
    assert len(source.asked) == len(set(source.asked))  # nothing read twice


def test_a_space_gone_since_the_layout_is_left_out(view: TimelineView) -> None:
    start, end = default_window(TODAY)
    rows = synthetic_rows(5)
    source = RowsSource(rows)
    layout = source.layout()
    source = RowsSource(rows[1:])  # the first space was removed after the layout was read
    source.layout = lambda: layout  # type: ignore[method-assign]
    view.set_source(source, start, end, TODAY)
    assert [row.space.id for row in view.visible_rows()] == [1, 2, 3, 4]
    assert view.space_at(QPoint(20, HEADER_HEIGHT + 5)) is None


spans = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 40)).map(
        lambda pair: (date(2026, 1, 1) + timedelta(days=pair[0]), pair[1])
    ),
    max_size=12,
)


@given(spans)
def test_lane_count_packs_as_lanes_of(drawn: list[tuple[date, int]]) -> None:
    bars = [
        TimelineBar(
            key,
            1,
            "팀",
            1,
            start,
            start + timedelta(days=length),
            TenancyStatus.ACTIVE,
            0,
            None,
            (),
        )
        for key, (start, length) in enumerate(drawn)
    ]
    ordered = sorted(bars, key=lambda b: (b.start_date, b.tenancy_id))
    assert lane_count((b.start_date, b.end_date) for b in ordered) == len(lanes_of(bars))
