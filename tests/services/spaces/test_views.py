"""Floor plans, timelines and search, checked against counts made another way."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update
from support.hub import TODAY, Hub
from support.sql import counted_statements, place

from hubdesk.domain.enums import SpaceKind, TenancyStatus
from hubdesk.domain.errors import NotFound
from hubdesk.domain.records import TenancyRecord
from hubdesk.services.demo import generate_demo
from hubdesk.services.people.staff import actor_for
from hubdesk.services.spaces.spaces import SpaceService, TenancyDraft
from hubdesk.services.spaces.views import (
    PlanRect,
    RoomState,
    SpaceViewService,
    TimelineRow,
    natural_key,
)
from hubdesk.storage import Database
from hubdesk.storage.models import Tenancy


def allocate(
    spaces: SpaceService, team: int, space: int, seats: int, start: date, end: date | None = None
) -> TenancyRecord:
    return spaces.allocate(TenancyDraft(team, space, seats, start, end))


@pytest.fixture
def views(hub: Hub) -> SpaceViewService:
    return SpaceViewService(hub.db, hub.clerk)


@pytest.fixture
def spaces(hub: Hub) -> SpaceService:
    return SpaceService(hub.db, hub.clerk)


@pytest.fixture
def let(hub: Hub, spaces: SpaceService) -> dict[str, TenancyRecord]:
    """The private office let today, the open desk shared, one tenancy ending in 30 days."""
    desk = hub.spaces["2F-OD1"]
    ends_soon = TODAY + timedelta(days=30)
    return {
        "office": allocate(
            spaces, hub.teams["coop"], hub.spaces["3F-301"], 2, TODAY - timedelta(days=40)
        ),
        "desk": allocate(spaces, hub.teams["social"], desk, 3, date(2026, 6, 1)),
        "soon": allocate(
            spaces, hub.teams["village"], desk, 1, ends_soon - timedelta(days=200), ends_soon
        ),
        "future": allocate(spaces, hub.teams["startup"], desk, 2, TODAY + timedelta(days=10)),
    }


def taken_by_brute_force(tenancies: list[TenancyRecord], space_id: int, on: date) -> int:
    return sum(
        t.seats
        for t in tenancies
        if t.space_id == space_id
        and t.status != TenancyStatus.CANCELLED
        and t.start_date <= on <= t.last_day
    )


def all_tenancies(views: SpaceViewService, hub: Hub) -> list[TenancyRecord]:
    return [t for space_id in hub.spaces.values() for t in views.room_tenancies(space_id)]


def test_floors_are_the_distinct_floors_in_order(views: SpaceViewService, hub: Hub) -> None:
    expected = sorted({s.floor for s in SpaceService(hub.db, hub.clerk).spaces()})
    assert views.floors() == expected == [2, 3]


def test_floor_plan_places_and_colours_each_room(
    views: SpaceViewService, hub: Hub, let: dict[str, TenancyRecord]
) -> None:
    place(hub.db, hub.spaces["2F-OD1"], PlanRect(0, 0, 8, 4))
    place(hub.db, hub.spaces["2F-MR1"], PlanRect(8, 0, 4, 4))
    rooms = {room.space.code: room for room in views.floor_plan(2, TODAY)}
    assert set(rooms) == {"2F-OD1", "2F-MR1"}
    desk, meeting = rooms["2F-OD1"], rooms["2F-MR1"]
    assert desk.plan == PlanRect(0, 0, 8, 4)
    assert meeting.plan == PlanRect(8, 0, 4, 4)
    # The future tenancy has not started: 3 + 1 of 6 seats are taken.
    assert desk.seats_taken == 4
    assert desk.state is RoomState.PARTLY_TAKEN
    assert [o.team_name for o in desk.occupants] == ["(주)함께일하는세상", "가산마을부엌"]
    assert meeting.state is RoomState.NOT_LET and not meeting.occupants
    (office,) = views.floor_plan(3, TODAY)
    # Two of four seats, but a private office holds one team: it is full.
    assert (office.seats_taken, office.state) == (2, RoomState.FULL)
    assert office.occupants[0].tenancy_id == let["office"].id


def test_a_free_room_and_a_full_shared_room(
    views: SpaceViewService, hub: Hub, spaces: SpaceService
) -> None:
    (office,) = views.floor_plan(3, TODAY)
    assert office.state is RoomState.FREE and office.seats_taken == 0
    desk = hub.spaces["2F-OD1"]
    allocate(spaces, hub.teams["coop"], desk, 4, TODAY)
    allocate(spaces, hub.teams["social"], desk, 2, TODAY)
    room = next(r for r in views.floor_plan(2, TODAY) if r.space.id == desk)
    assert (room.seats_taken, room.state) == (6, RoomState.FULL)


def test_seats_taken_match_a_brute_force_count_on_many_days(
    views: SpaceViewService, hub: Hub, spaces: SpaceService, let: dict[str, TenancyRecord]
) -> None:
    spaces.move_out(let["desk"].id, TODAY - timedelta(days=5))
    tenancies = all_tenancies(views, hub)
    for offset in range(-400, 400, 7):
        on = TODAY + timedelta(days=offset)
        rooms = [room for floor in views.floors() for room in views.floor_plan(floor, on)]
        for room in rooms:
            assert room.seats_taken == taken_by_brute_force(tenancies, room.space.id, on), on
        assert sum(r.seats_taken for r in rooms) == spaces.occupancy(on).seats_taken


def test_ending_soon_follows_the_60_day_rule(
    views: SpaceViewService, hub: Hub, spaces: SpaceService, let: dict[str, TenancyRecord]
) -> None:
    flagged = {
        o.tenancy_id
        for floor in views.floors()
        for room in views.floor_plan(floor, TODAY)
        for o in room.occupants
        if o.ending_soon
    }
    assert flagged == {t.id for t in spaces.ending_soon(TODAY)} == {let["soon"].id}
    desk = next(r for r in views.floor_plan(2, TODAY) if r.space.code == "2F-OD1")
    assert desk.ending_soon
    # Ended early, it is no longer due for renewal.
    spaces.move_out(let["soon"].id, TODAY)
    desk = next(r for r in views.floor_plan(2, TODAY) if r.space.code == "2F-OD1")
    assert not desk.ending_soon


def test_floor_plan_and_timeline_take_a_fixed_number_of_queries(
    views: SpaceViewService, hub: Hub, spaces: SpaceService
) -> None:
    def queries(call: Callable[[], object]) -> int:
        with counted_statements(hub.db) as statements:
            call()
        return len(statements)

    small_plan = queries(lambda: views.floor_plan(3, TODAY))
    small_timeline = queries(lambda: views.timeline(TODAY - timedelta(days=365), TODAY))
    admin_spaces = SpaceService(hub.db, hub.admin)
    for number in range(2, 22):
        space = admin_spaces.add_space(
            f"3F-3{number:02d}", f"{number}호", 3, SpaceKind.PRIVATE_OFFICE, 2, 10.0
        )
        renewed = allocate(spaces, hub.teams["social"], space.id, 1, date(2025, 1, 1))
        spaces.renew(renewed.id, date(2025, 11, 1))
        spaces.move_out(renewed.id, TODAY - timedelta(days=number + 30))
        allocate(spaces, hub.teams["coop"], space.id, 2, TODAY - timedelta(days=number))
    assert 0 < small_plan <= 3 and 0 < small_timeline <= 4
    assert len(views.floor_plan(3, TODAY)) == 21
    assert queries(lambda: views.floor_plan(3, TODAY)) == small_plan
    assert queries(lambda: views.timeline(TODAY - timedelta(days=365), TODAY)) == small_timeline


def test_timeline_lists_each_overlapping_tenancy_once(
    views: SpaceViewService, hub: Hub, let: dict[str, TenancyRecord]
) -> None:
    start, end = date(2026, 1, 1), date(2026, 11, 30)
    rows = views.timeline(start, end)
    # Lettable spaces only: the meeting room has no row.
    assert [row.space.code for row in rows] == ["2F-OD1", "3F-301"]
    tenancies = all_tenancies(views, hub)
    for row in rows:
        expected = {
            t.id
            for t in tenancies
            if t.space_id == row.space.id and t.start_date <= end and t.last_day >= start
        }
        assert {bar.tenancy_id for bar in row.bars} == expected
    assert sum(len(row.bars) for row in rows) == 3  # the future one starts on 2026-12-04
    assert {b.tenancy_id for b in bars_of(views.timeline(start, date(2027, 6, 30)))} == {
        t.id for t in let.values()
    }


def bars_of(rows: list[TimelineRow]) -> list[Any]:
    return [bar for row in rows for bar in row.bars]


def test_timeline_shows_renewals_and_early_ends(
    views: SpaceViewService, hub: Hub, spaces: SpaceService
) -> None:
    office = hub.spaces["3F-301"]
    tenancy = allocate(spaces, hub.teams["coop"], office, 2, date(2024, 3, 1))
    spaces.renew(tenancy.id, date(2025, 1, 20))
    spaces.renew(tenancy.id, date(2026, 1, 20))
    spaces.move_out(tenancy.id, date(2026, 9, 15), "moved to a bigger office")
    (bar,) = bars_of(views.timeline(date(2026, 1, 1), date(2026, 12, 31)))
    assert bar.renewals == 2
    assert bar.renewal_ends == (date(2025, 2, 28), date(2026, 2, 28))
    assert bar.end_date == date(2027, 2, 28)
    assert bar.ended_early_on == bar.last_day == date(2026, 9, 15)
    assert bar.status is TenancyStatus.ENDED
    assert not bar.ending_soon(date(2027, 1, 15))
    # Nothing of it falls into a window after the early end.
    assert not bars_of(views.timeline(date(2026, 9, 16), date(2027, 3, 1)))


def test_bars_flag_ending_soon_like_the_service(
    views: SpaceViewService, spaces: SpaceService, let: dict[str, TenancyRecord]
) -> None:
    bars = bars_of(views.timeline(TODAY - timedelta(days=365), TODAY + timedelta(days=365)))
    assert {b.tenancy_id for b in bars if b.ending_soon(TODAY)} == {
        t.id for t in spaces.ending_soon(TODAY)
    }


def test_room_tenancies_are_newest_first(
    views: SpaceViewService, hub: Hub, let: dict[str, TenancyRecord]
) -> None:
    records = views.room_tenancies(hub.spaces["2F-OD1"])
    assert [t.id for t in records] == [let["future"].id, let["soon"].id, let["desk"].id]
    assert records[0].team_name == "청년창업팀 온기"


def test_search_finds_codes_names_and_todays_tenants(
    views: SpaceViewService, hub: Hub, let: dict[str, TenancyRecord]
) -> None:
    assert views.search("301", TODAY) == [(3, hub.spaces["3F-301"])]
    assert views.search("회의실", TODAY) == [(2, hub.spaces["2F-MR1"])]
    assert views.search("함께일하는", TODAY) == [(2, hub.spaces["2F-OD1"])]
    # The startup team moves in later: not a tenant today.
    assert views.search("온기", TODAY) == []
    assert views.search("  ", TODAY) == []


def test_codes_sort_naturally() -> None:
    codes = ["B10-3F-301", "3F-310", "B2-3F-301", "3F-302"]
    assert sorted(codes, key=natural_key) == ["3F-302", "3F-310", "B2-3F-301", "B10-3F-301"]


def test_demo_hub_floor_plans_add_up_to_the_occupancy(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    generate_demo(path, today=TODAY)
    with Database.open(path, create=False) as db:
        actor = actor_for(db, "manager")
        views, spaces = SpaceViewService(db, actor), SpaceService(db, actor)
        assert views.floors() == [2, 3, 4]
        for on in (TODAY - timedelta(days=300), TODAY, TODAY + timedelta(days=20)):
            rooms = [room for floor in views.floors() for room in views.floor_plan(floor, on)]
            assert len(rooms) == len(spaces.spaces())
            assert sum(r.seats_taken for r in rooms) == spaces.occupancy(on).seats_taken
            assert all(r.seats_taken <= r.space.seats for r in rooms)
        flagged = {
            o.tenancy_id for r in rooms_on(views, TODAY) for o in r.occupants if o.ending_soon
        }
        assert flagged == {t.id for t in spaces.ending_soon(TODAY)}
        assert flagged


def rooms_on(views: SpaceViewService, on: date) -> list[Any]:
    return [room for floor in views.floors() for room in views.floor_plan(floor, on)]


def test_cancelled_tenancies_take_no_seats_and_leave_the_timeline(
    views: SpaceViewService, hub: Hub, let: dict[str, TenancyRecord]
) -> None:
    with hub.db.write("system") as session:
        session.execute(
            update(Tenancy)
            .where(Tenancy.id == let["office"].id)
            .values(status=TenancyStatus.CANCELLED)
        )
    (office,) = views.floor_plan(3, TODAY)
    assert (office.seats_taken, office.state) == (0, RoomState.FREE)
    bars = bars_of(views.timeline(TODAY - timedelta(days=365), TODAY + timedelta(days=365)))
    assert let["office"].id not in {b.tenancy_id for b in bars}
    assert len(bars) == 3


def test_one_room_is_what_the_floor_plan_shows(
    views: SpaceViewService, hub: Hub, let: dict[str, TenancyRecord]
) -> None:
    for floor in views.floors():
        for room in views.floor_plan(floor, TODAY):
            assert views.room(room.space.id, TODAY) == room
    with pytest.raises(NotFound):
        views.room(9999, TODAY)


def most_at_once(bars: tuple[Any, ...]) -> int:
    """The most bars that share a day (counted at each bar's start), counted plainly."""
    return max(
        (sum(b.start_date <= a.start_date <= b.end_date for b in bars) for a in bars), default=0
    )


def test_the_timeline_layout_is_its_rows_without_the_bars(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    generate_demo(path, today=TODAY)
    with Database.open(path, create=False) as db:
        views = SpaceViewService(db, actor_for(db, "manager"))
        for start, end in (
            (date(2025, 11, 1), date(2027, 11, 30)),
            (TODAY, TODAY),
            (date(2020, 1, 1), date(2021, 1, 1)),  # before the hub: lettable spaces, no bars
        ):
            rows = views.timeline(start, end)
            layout = views.timeline_layout(start, end)
            assert [(s.space_id, s.floor) for s in layout] == [
                (r.space.id, r.space.floor) for r in rows
            ]
            assert [s.lanes for s in layout] == [most_at_once(r.bars) for r in rows]
            some = [slot.space_id for slot in layout[::7]]
            assert views.timeline_rows(start, end, some) == [r for r in rows if r.space.id in some]
        assert any(slot.lanes > 1 for slot in views.timeline_layout(date(2025, 11, 1), TODAY))


def test_the_timeline_filter_finds_what_its_rows_say(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    generate_demo(path, today=TODAY)
    with Database.open(path, create=False) as db:
        views = SpaceViewService(db, actor_for(db, "manager"))
        start, end = date(2025, 11, 1), date(2027, 11, 30)
        rows = views.timeline(start, end)
        teams = sorted({bar.team_name for row in rows for bar in row.bars})
        for text in ["2f-", "3F-30", "독립", teams[0], teams[-1][:2], "  협동 ", "없는이름", "%"]:
            words = {
                row.space.id: "\n".join([row.space.code, row.space.name])
                + "".join(f"\n{bar.team_name}" for bar in row.bars)
                for row in rows
            }
            wanted = text.strip().casefold()
            expected = {key for key, said in words.items() if wanted in said.casefold()}
            shown = {row.space.id for row in rows}
            assert views.timeline_matches(start, end, text) & shown == expected, text
