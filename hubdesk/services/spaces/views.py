"""Read-only views of the building for the Spaces page: floor plans, timelines, search.

Every method runs a fixed number of queries whatever the size of the building
(scale 100 has ~1,100 rooms per floor and ~10,000 tenancies), and returns frozen
records, never ORM objects.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, String, and_, func, or_, select, type_coerce, union
from sqlalchemy.orm import Session

from hubdesk.domain.enums import SpaceKind, TenancyStatus
from hubdesk.domain.errors import NotFound
from hubdesk.domain.records import SpaceRecord, TenancyRecord
from hubdesk.domain.rules import ends_soon
from hubdesk.services.core.base import Service, plain_rows
from hubdesk.services.core.boundary import typed_boundary
from hubdesk.services.spaces.spaces import (
    LETTABLE_KINDS,
    SPACE_COLUMNS,
    last_day_column,
    tenancy_record_of,
    tenancy_rows,
)
from hubdesk.storage.models import Space, Team, Tenancy, TenancyRenewal

D = TypeVar("D", date, str)  # a day, or a day as ISO text


class RoomState(StrEnum):
    """How taken a room is on a day: the floor plan's colours."""

    FREE = "free"
    PARTLY_TAKEN = "partly_taken"
    FULL = "full"
    NOT_LET = "not_let"  # meeting rooms and closed spaces


@dataclass(frozen=True, slots=True)
class PlanRect:
    """A room's place on its floor, in plan units (the demo: rooms 4 units deep)."""

    x: int
    y: int
    width: int
    height: int


@dataclass(frozen=True, slots=True)
class Occupant:
    """A tenancy that takes seats of a room on the day asked for."""

    tenancy_id: int
    team_id: int
    team_name: str
    seats: int
    start_date: date
    last_day: date
    ending_soon: bool


@dataclass(frozen=True, slots=True)
class RoomView:
    space: SpaceRecord
    plan: PlanRect
    seats_taken: int
    occupants: tuple[Occupant, ...]

    @property
    def lettable(self) -> bool:
        return self.space.active and self.space.kind in LETTABLE_KINDS

    @property
    def ending_soon(self) -> bool:
        """Some tenant's term ends within 60 days: renewal review or move-out due."""
        return any(o.ending_soon for o in self.occupants)

    @property
    def state(self) -> RoomState:
        if not self.lettable:
            return RoomState.NOT_LET
        if not self.occupants:
            return RoomState.FREE
        # A private office holds one team at a time: once let, nobody else fits.
        if self.space.kind == SpaceKind.PRIVATE_OFFICE or self.seats_taken >= self.space.seats:
            return RoomState.FULL
        return RoomState.PARTLY_TAKEN


@dataclass(frozen=True, slots=True)
class TimelineBar:
    """One tenancy on the timeline; ``renewal_ends`` are the ends it had before renewals."""

    tenancy_id: int
    team_id: int
    team_name: str
    seats: int
    start_date: date
    end_date: date
    status: TenancyStatus
    renewals: int
    ended_early_on: date | None
    renewal_ends: tuple[date, ...]

    @property
    def last_day(self) -> date:
        return self.ended_early_on or self.end_date

    def ending_soon(self, today: date) -> bool:
        return ends_soon(self.status, self.end_date, self.ended_early_on, today)


@dataclass(frozen=True, slots=True)
class TimelineRow:
    space: SpaceRecord
    bars: tuple[TimelineBar, ...]


@dataclass(frozen=True, slots=True)
class TimelineSlot:
    """A row of the timeline before its bars are read: its space, the space's floor and
    the lanes its bars take (0: no bars), which set the row's height."""

    space_id: int
    floor: int
    lanes: int


@lru_cache(maxsize=65_536)
def natural_key(code: str) -> tuple[str | int, ...]:
    """``B2-3F-301`` before ``B10-3F-301``: numbers in a code compare as numbers.

    Kept per code: the timeline sorts every space (9,300 at scale 300) when it opens."""
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", code))


def lane_count(spans: Iterable[tuple[D, D]]) -> int:
    """How many lanes bars of these (start, end) spans take, packed as ``lanes_of`` packs
    them: in order of start (then id), each into the first lane free before it starts."""
    ends: list[D] = []
    for start, end in spans:
        for index, last in enumerate(ends):
            if last < start:
                ends[index] = end
                break
        else:
            ends.append(end)
    return len(ends)


def _overlapping(start: date, end: date) -> ColumnElement[bool]:
    """Tenancies that take seats on some day from ``start`` to ``end`` (the timeline's)."""
    return and_(
        Tenancy.status != TenancyStatus.CANCELLED,
        Tenancy.start_date <= end,
        last_day_column() >= start,
    )


def _on_day(on: date) -> ColumnElement[bool]:
    """Tenancies that take their seats on ``on`` (the predicate of SpaceService.occupancy)."""
    return and_(
        Tenancy.status != TenancyStatus.CANCELLED,
        Tenancy.start_date <= on,
        last_day_column() >= on,
    )


@typed_boundary
class SpaceViewService(Service):
    """Queries behind the floor plan, the timeline and the room panel; never writes."""

    def floors(self) -> list[int]:
        with self._read() as tx:
            return list(tx.scalars(select(Space.floor).distinct().order_by(Space.floor)))

    def floor_plan(self, floor: int, on: date) -> list[RoomView]:
        """Every space of ``floor`` with the tenancies that take its seats on ``on``."""
        with self._read() as tx:
            rooms = _rooms(tx, Space.floor == floor, on)
        return sorted(rooms, key=lambda room: natural_key(room.space.code))

    def room(self, space_id: int, on: date) -> RoomView:
        """One space as the floor plan shows it on ``on``."""
        with self._read() as tx:
            rooms = _rooms(tx, Space.id == space_id, on)
        if not rooms:
            raise NotFound(entity="space", key=space_id)
        return rooms[0]

    def timeline(self, start: date, end: date) -> list[TimelineRow]:
        """Lettable spaces (and any other with tenancies then) and their tenancies in the window."""
        with self._read() as tx:
            return _timeline_rows(tx, start, end, None)

    def timeline_layout(self, start: date, end: date) -> list[TimelineSlot]:
        """The rows of ``timeline(start, end)``, in its order, with the lanes each takes:
        two column queries, and no team, renewal or space record read."""
        # Each space's spans as "first/last first/last …", the days as the ISO text SQLite
        # keeps (they compare alike): one row a space, not one a tenancy (30,000 at scale 300).
        span = type_coerce(Tenancy.start_date, String) + "/" + type_coerce(Tenancy.end_date, String)
        spans = (
            select(Tenancy.space_id, func.count(), func.aggregate_strings(span, " "))
            .where(_overlapping(start, end))
            .group_by(Tenancy.space_id)
        )
        spaces = select(Space.id, Space.floor, Space.code, Space.active, Space.kind)
        with self._read() as tx:
            lanes = {key: _lanes(count, text) for key, count, text in plain_rows(tx, spans)}
            rows = [
                (floor, natural_key(code), TimelineSlot(key, floor, lanes.get(key, 0)))
                for key, floor, code, active, kind in plain_rows(tx, spaces)
                if key in lanes or (active and kind in LETTABLE_KINDS)
            ]
        rows.sort(key=lambda row: row[:2])
        return [slot for _floor, _key, slot in rows]

    def timeline_matches(self, start: date, end: date, text: str) -> set[int]:
        """Spaces whose code or name holds ``text``, or with a tenancy in the window of a
        team whose name does (the timeline's filter; letters in any case)."""
        text = text.strip()
        named = select(Space.id).where(
            or_(
                Space.code.icontains(text, autoescape=True),
                Space.name.icontains(text, autoescape=True),
            )
        )
        let = (
            select(Tenancy.space_id)
            .join(Team, Team.id == Tenancy.team_id)
            .where(_overlapping(start, end), Team.name.icontains(text, autoescape=True))
        )
        with self._read() as tx:
            return set(tx.scalars(union(named, let)))

    def timeline_rows(self, start: date, end: date, space_ids: Sequence[int]) -> list[TimelineRow]:
        """The timeline's rows of ``space_ids`` only (the ones on screen), in that order."""
        with self._read() as tx:
            found = {row.space.id: row for row in _timeline_rows(tx, start, end, space_ids)}
        return [found[key] for key in space_ids if key in found]

    def room_tenancies(self, space_id: int) -> list[TenancyRecord]:
        """Every tenancy of one space, newest first (cancelled ones included)."""
        query = (
            tenancy_rows()
            .where(Tenancy.space_id == space_id)
            .order_by(Tenancy.start_date.desc(), Tenancy.id.desc())
        )
        with self._read() as tx:
            return [tenancy_record_of(row) for row in tx.execute(query)]

    def search(self, text: str, on: date) -> list[tuple[int, int]]:
        """(floor, space id) of spaces whose code or name, or a tenant's name on ``on``, match."""
        pattern = f"%{text.strip()}%"
        if pattern == "%%":
            return []
        tenant = (
            select(Tenancy.space_id)
            .join(Team, Team.id == Tenancy.team_id)
            .where(_on_day(on), Team.name.ilike(pattern))
        )
        query = select(Space.floor, Space.id, Space.code).where(
            or_(Space.code.ilike(pattern), Space.name.ilike(pattern), Space.id.in_(tenant))
        )
        with self._read() as tx:
            found = [(floor, space_id, code) for floor, space_id, code in tx.execute(query)]
        found.sort(key=lambda row: (row[0], natural_key(row[2])))
        return [(floor, space_id) for floor, space_id, _code in found]


_SPACE_COLUMNS = SPACE_COLUMNS
_PLAN_COLUMNS = (Space.plan_x, Space.plan_y, Space.plan_width, Space.plan_height)


def _rooms(tx: Session, which: ColumnElement[bool], on: date) -> list[RoomView]:
    """The spaces ``which`` selects and their tenants on ``on``: two column queries in all.

    Plain columns rather than ORM objects: a floor at scale 100 has 1,100 rooms.
    """
    spaces = plain_rows(tx, select(*_SPACE_COLUMNS, *_PLAN_COLUMNS).where(which))
    query = (
        select(
            Tenancy.space_id,
            Tenancy.id,
            Tenancy.team_id,
            Team.name,
            Tenancy.seats,
            Tenancy.start_date,
            Tenancy.end_date,
            Tenancy.ended_early_on,
            Tenancy.status,
        )
        .join(Team, Team.id == Tenancy.team_id)
        .join(Space, Space.id == Tenancy.space_id)
        .where(which, _on_day(on))
        .order_by(Tenancy.start_date, Tenancy.id)
    )
    occupants: dict[int, list[Occupant]] = defaultdict(list)
    for space_id, tid, team_id, name, seats, start, end, early, status in plain_rows(tx, query):
        occupants[space_id].append(
            Occupant(
                tid, team_id, name, seats, start, early or end, ends_soon(status, end, early, on)
            )
        )
    rooms = []
    for row in spaces:
        values: tuple[Any, ...] = tuple(row)
        record = SpaceRecord(*values[: len(_SPACE_COLUMNS)])
        here = tuple(occupants[record.id])
        plan = PlanRect(*values[len(_SPACE_COLUMNS) :])
        rooms.append(RoomView(record, plan, sum(o.seats for o in here), here))
    return rooms


def _timeline_rows(
    tx: Session, start: date, end: date, space_ids: Sequence[int] | None
) -> list[TimelineRow]:
    """Timeline rows of the window, of every space it shows or of ``space_ids`` only:
    three column queries."""
    overlapping = _overlapping(start, end)
    spaces = select(*_SPACE_COLUMNS)
    if space_ids is not None:
        overlapping = and_(overlapping, Tenancy.space_id.in_(space_ids))
        spaces = spaces.where(Space.id.in_(space_ids))
    rows = tx.execute(tenancy_rows().where(overlapping).order_by(Tenancy.start_date))
    tenancies = [tenancy_record_of(row) for row in rows]
    ends = _renewal_ends(
        tx.execute(
            select(TenancyRenewal.tenancy_id, TenancyRenewal.previous_end)
            .join(Tenancy, Tenancy.id == TenancyRenewal.tenancy_id)
            .where(overlapping)
            .order_by(TenancyRenewal.previous_end)
        )
    )
    let = {t.space_id for t in tenancies}
    records = [SpaceRecord(*values) for values in tx.execute(spaces)]
    shown = [s for s in records if s.id in let or (s.active and s.kind in LETTABLE_KINDS)]
    bars: dict[int, list[TimelineBar]] = defaultdict(list)
    for t in tenancies:
        bars[t.space_id].append(_bar(t, ends.get(t.id, ())))
    shown.sort(key=lambda s: (s.floor, natural_key(s.code)))
    return [TimelineRow(space, tuple(bars[space.id])) for space in shown]


def _lanes(count: int, spans: str) -> int:
    """The lanes of a space's ``count`` spans written "first/last first/last …"; packed in
    order of start, ties in any order take as many lanes (the most that share a day)."""
    if count == 1:
        return 1
    days = sorted(
        (first, last) for first, _slash, last in (s.partition("/") for s in spans.split())
    )
    return lane_count(days)


def _renewal_ends(rows: Iterable[tuple[int, date]]) -> dict[int, tuple[date, ...]]:
    ends: dict[int, list[date]] = defaultdict(list)
    for tenancy_id, previous_end in rows:
        ends[tenancy_id].append(previous_end)
    return {key: tuple(value) for key, value in ends.items()}


def _bar(tenancy: TenancyRecord, renewal_ends: tuple[date, ...]) -> TimelineBar:
    return TimelineBar(
        tenancy.id,
        tenancy.team_id,
        tenancy.team_name,
        tenancy.seats,
        tenancy.start_date,
        tenancy.end_date,
        tenancy.status,
        tenancy.renewals,
        tenancy.ended_early_on,
        renewal_ends,
    )
