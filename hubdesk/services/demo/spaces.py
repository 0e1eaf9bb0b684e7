"""The hub building (floors 2–4 per wing) and three years of tenancies in it."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from hubdesk.domain.enums import ChecklistKind, SpaceKind, TenancyStatus
from hubdesk.domain.periods import add_months, one_year_from
from hubdesk.services.demo import texts
from hubdesk.services.demo.context import (
    CLERKS,
    Demo,
    Row,
    clamp,
    month_start,
    random_day,
    round_to,
    stamp,
    take,
)

OPEN, SHARED = SpaceKind.OPEN_DESK, SpaceKind.SHARED_OFFICE
PRIVATE, MEETING = SpaceKind.PRIVATE_OFFICE, SpaceKind.MEETING_ROOM
TOP, BOTTOM = 0, 6  # plan rows: rooms 4 units deep, the corridor between them (y 4–6)
ROOM_DEPTH = 4
WING_WIDTH = 26  # 24 units of rooms and 2 of stairs between wings
# Per floor, left to right: (plan row, kind, width, fewest seats, most seats).
Room = tuple[int, SpaceKind, int, int, int]
FLOORS: dict[int, tuple[Room, ...]] = {
    2: (
        (TOP, OPEN, 8, 12, 16),
        (TOP, OPEN, 8, 10, 14),
        (TOP, MEETING, 4, 8, 8),
        (TOP, MEETING, 4, 6, 6),
        (BOTTOM, SHARED, 6, 8, 8),
        (BOTTOM, SHARED, 6, 6, 6),
        *((BOTTOM, PRIVATE, 4, 2, 4),) * 3,
    ),
    3: (
        *((TOP, PRIVATE, 4, 2, 4),) * 6,
        (BOTTOM, OPEN, 8, 10, 12),
        *((BOTTOM, PRIVATE, 4, 2, 4),) * 3,
        (BOTTOM, MEETING, 4, 8, 8),
    ),
    4: (
        *((TOP, PRIVATE, 4, 2, 4),) * 6,
        *((BOTTOM, PRIVATE, 4, 2, 4),) * 4,
        (BOTTOM, MEETING, 8, 20, 20),
    ),
}
SEAT_FEE = {OPEN: 60_000, SHARED: 80_000}  # won per seat and month
PRIVATE_FEE_PER_M2 = 12_000
MAX_RENEWALS = 2  # a one-year term renewed twice: the 36-month maximum stay
MAX_LEAD_DAYS = 45  # tenancies signed ahead start at most this far after today


@dataclass
class _Term:
    """One tenancy as simulated: dates first, then the team that fits them."""

    start: date
    end: date
    renewals: list[tuple[date, date, date]] = field(default_factory=list)
    ended_early_on: date | None = None
    end_reason: str = ""
    active: bool = True

    @property
    def last_day(self) -> date:
        return self.ended_early_on or self.end


def add_spaces(demo: Demo) -> None:
    rng = demo.rng("spaces")
    for wing in range(demo.scale):
        for floor, rooms in FLOORS.items():
            _add_floor(demo, rng, wing, floor, rooms)


def _add_floor(
    demo: Demo, rng: random.Random, wing: int, floor: int, rooms: tuple[Room, ...]
) -> None:
    prefix = f"B{wing + 1}-" if wing else ""
    cursor = {TOP: 0, BOTTOM: 0}
    counts: dict[SpaceKind, int] = {}
    for number, (row, kind, width, low, high) in enumerate(rooms, start=1):
        counts[kind] = counts.get(kind, 0) + 1
        room_no = f"{floor}{number:02d}"
        seats = rng.randint(low, high)
        area = round(width * ROOM_DEPTH * 1.2 + rng.uniform(-0.8, 0.8), 1)
        demo.add(
            "spaces",
            {
                "code": f"{prefix}{floor}F-{room_no}",
                "name": prefix.replace("-", " ") + _room_name(kind, room_no, counts[kind], seats),
                "floor": floor,
                "kind": kind,
                "seats": seats,
                "area_m2": area,
                "monthly_fee": _space_fee(kind, seats, area),
                "active": True,
                "plan_x": wing * WING_WIDTH + cursor[row],
                "plan_y": row,
                "plan_width": width,
                "plan_height": ROOM_DEPTH,
            },
        )
        cursor[row] += width


def _room_name(kind: SpaceKind, room_no: str, ordinal: int, seats: int) -> str:
    if kind is OPEN:
        return f"오픈데스크 {'ABCDEFGH'[ordinal - 1]}"
    if kind is SHARED:
        return f"공유오피스 {ordinal}"
    if kind is PRIVATE:
        return f"독립사무실 {room_no}"
    return "세미나실" if seats >= 20 else f"회의실 {room_no}"


def _space_fee(kind: SpaceKind, seats: int, area: float) -> int:
    if kind is PRIVATE:
        return round_to(area * PRIVATE_FEE_PER_M2, 10_000)
    return SEAT_FEE.get(kind, 0) * seats


def _lanes(rng: random.Random, space: Row) -> list[int]:
    """Split a space's seats into groups that tenancies take one after another."""
    kind, seats = space["kind"], space["seats"]
    if kind is MEETING:
        return []
    if kind is PRIVATE:
        return [seats]
    sizes = (1, 1, 1, 2, 2, 3) if kind is OPEN else (1, 2, 2, 3)
    lanes: list[int] = []
    while sum(lanes) < seats:
        lanes.append(min(rng.choice(sizes), seats - sum(lanes)))
    return lanes


def add_tenancies(demo: Demo) -> None:
    rng = demo.rng("tenancies")
    operating = [team.id for team in demo.operating_teams()]
    resting = [team.id for team in demo.teams if team.status.value == "dormant"]
    for space in list(demo.table("spaces")):
        for seats in _lanes(rng, space):
            _fill_lane(demo, rng, space, seats, operating, resting)


def _fill_lane(
    demo: Demo,
    rng: random.Random,
    space: Row,
    seats: int,
    operating: list[int],
    resting: list[int],
) -> None:
    start = add_months(month_start(demo.today), -rng.randint(18, 40))
    while start <= demo.today + timedelta(days=MAX_LEAD_DAYS):
        term = _simulate(demo, rng, start)
        # Teams that stopped operating may have been tenants in the past only.
        pool = operating if term.active or not resting or rng.random() < 0.8 else resting
        team_id = take(rng, pool)
        if team_id is None:
            return
        _add_tenancy(demo, rng, space, seats, team_id, term)
        start = add_months(term.end + timedelta(days=1), rng.choice((0, 0, 1, 1, 2, 3, 4)))


def _simulate(demo: Demo, rng: random.Random, start: date) -> _Term:
    """Yearly terms from ``start``: renewed after review, or ended (early sometimes)."""
    today = demo.today
    term = _Term(start, one_year_from(start))
    while True:
        term_start = add_months(term.end + timedelta(days=1), -12)
        if term.end >= today:
            if term_start + timedelta(days=60) < today and rng.random() < 0.04:
                _end_early(rng, term, term_start + timedelta(days=60), today - timedelta(days=1))
            return term
        if len(term.renewals) < MAX_RENEWALS and rng.random() < 0.6:
            renewed_on = demo.calendar.next_working_day(term.end - timedelta(rng.randint(20, 45)))
            new_end = one_year_from(term.end + timedelta(days=1))
            term.renewals.append((term.end, new_end, renewed_on))
            term.end = new_end
            continue
        term.active = False
        term.end_reason = (
            texts.END_REASON_MAX_STAY if term.renewals[1:] else texts.END_REASON_EXPIRED
        )
        if rng.random() < 0.15:
            _end_early(rng, term, term_start + timedelta(days=30), term.end - timedelta(days=20))
        return term


def _end_early(rng: random.Random, term: _Term, low: date, high: date) -> None:
    term.active = False
    term.ended_early_on = random_day(rng, low, max(low, high))
    term.end_reason = rng.choice(texts.EARLY_END_REASONS)


def _add_tenancy(
    demo: Demo, rng: random.Random, space: Row, seats: int, team_id: int, term: _Term
) -> None:
    today = demo.today
    fee = space["monthly_fee"] if space["kind"] is PRIVATE else SEAT_FEE[space["kind"]] * seats
    created = stamp(min(term.start - timedelta(days=rng.randint(14, 30)), today))
    events = [created.date()] + [renewed for _, _, renewed in term.renewals]
    if not term.active:
        events.append(min(term.last_day, today))
    tenancy_id = demo.add(
        "tenancies",
        {
            "team_id": team_id,
            "space_id": space["id"],
            "seats": seats,
            "start_date": term.start,
            "end_date": term.end,
            "status": TenancyStatus.ACTIVE if term.active else TenancyStatus.ENDED,
            "deposit": fee * 2,
            "monthly_fee": fee,
            "ended_early_on": term.ended_early_on,
            "end_reason": "" if term.active else term.end_reason,
            "notes": "",
            "created_at": created,
            "updated_at": stamp(max(events)),
        },
    )
    for previous_end, new_end, renewed_on in term.renewals:
        demo.add(
            "tenancy_renewals",
            {
                "tenancy_id": tenancy_id,
                "previous_end": previous_end,
                "new_end": new_end,
                "renewed_on": renewed_on,
                "review_note": rng.choice(texts.RENEWAL_NOTES),
            },
        )
    _add_checklists(demo, rng, tenancy_id, term)
    if term.active and term.start <= today:
        demo.active_tenants.append(team_id)


def _add_checklists(demo: Demo, rng: random.Random, tenancy_id: int, term: _Term) -> None:
    start = term.start
    # (kind, key, due date, day it would be done, how likely staff ticked it)
    items: list[tuple[ChecklistKind, str, date, date, float]] = [
        (ChecklistKind.MOVE_IN, "keys_handed", start, start, 1.0),
        (
            ChecklistKind.MOVE_IN,
            "deposit_received",
            start,
            start - timedelta(rng.randint(0, 7)),
            0.98,
        ),
        (
            ChecklistKind.MOVE_IN,
            "address_moved",
            add_months(start, 3),  # enterprises: 3 months (startup teams would get 6)
            start + timedelta(days=rng.randint(7, 100)),
            0.9,
        ),
    ]
    if not term.active:
        out = term.last_day
        returned = demo.calendar.add_working_days(out, 10)
        items.append((ChecklistKind.MOVE_OUT, "keys_returned", out, out, 0.97))
        items.append((ChecklistKind.MOVE_OUT, "space_inspected", out, out, 0.97))
        items.append((ChecklistKind.MOVE_OUT, "deposit_returned", returned, returned, 0.95))
    for kind, key, due, done_on, chance in items:
        done = done_on <= demo.today and rng.random() < chance
        demo.add(
            "checklist_items",
            {
                "tenancy_id": tenancy_id,
                "kind": kind,
                "item_key": key,
                "due_date": due,
                "done_on": clamp(done_on, done_on, demo.today) if done else None,
                "done_by": rng.choice(CLERKS) if done else None,
                "note": "",
            },
        )
