"""Office space: tenancies with seat limits over time, renewals, move-in/out, occupancy."""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    case,
    cast,
    func,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from hubdesk.domain.enums import ChecklistKind, SpaceKind, TeamKind, TeamStatus, TenancyStatus
from hubdesk.domain.errors import (
    InvalidPeriod,
    InvalidTransition,
    MaxStayExceeded,
    NotFound,
    PrivateOfficeTaken,
    RecordChanged,
    SeatsExceeded,
    SpaceNotLettable,
    ValidationError,
)
from hubdesk.domain.periods import DateRange, add_months, months_between, one_year_from
from hubdesk.domain.records import (
    ChecklistItemRecord,
    OccupancyRecord,
    SpaceRecord,
    TeamChoice,
    TenancyRecord,
)
from hubdesk.domain.rules import (
    ADDRESS_MOVE_MONTHS_ENTERPRISE,
    ADDRESS_MOVE_MONTHS_STARTUP,
    RENEWAL_WINDOW_DAYS,
    FreeSeats,
    SeatUse,
    fewest_free,
    free_seats,
    seat_peak,
)
from hubdesk.services.core.base import (
    Service,
    check_count,
    clean_text,
    get_or_raise,
    plain_rows,
)
from hubdesk.services.core.boundary import typed_boundary
from hubdesk.services.core.settings import load_settings, working_calendar
from hubdesk.storage.models import Application, ChecklistItem, Space, Team, Tenancy, TenancyRenewal

MOVE_IN_ITEMS = ("keys_handed", "deposit_received", "address_moved")
MOVE_OUT_ITEMS = ("keys_returned", "deposit_returned", "space_inspected")
LETTABLE_KINDS = (SpaceKind.PRIVATE_OFFICE, SpaceKind.SHARED_OFFICE, SpaceKind.OPEN_DESK)


@dataclass(frozen=True, slots=True)
class SpaceRoom:
    """A space and the seats it has free on every day of a period."""

    space: SpaceRecord
    free: int


CLOSED_TEAM = (TeamStatus.CLOSED, TeamStatus.ARCHIVED)


@dataclass(frozen=True, slots=True)
class TenancyDraft:
    """What a user types into the allocate dialog; ``end`` defaults to one year."""

    team_id: int
    space_id: int
    seats: int
    start: date
    end: date | None = None
    deposit: int = 0
    monthly_fee: int | None = None
    notes: str = ""


def last_day_column() -> ColumnElement[date]:
    return func.coalesce(Tenancy.ended_early_on, Tenancy.end_date)


# A space's columns in ``SpaceRecord`` order: lists of thousands of spaces read no ORM objects.
SPACE_COLUMNS = (
    Space.id,
    Space.code,
    Space.name,
    Space.floor,
    Space.kind,
    Space.seats,
    Space.area_m2,
    Space.monthly_fee,
    Space.active,
)


def space_record(space: Space) -> SpaceRecord:
    return SpaceRecord(
        space.id,
        space.code,
        space.name,
        space.floor,
        space.kind,
        space.seats,
        space.area_m2,
        space.monthly_fee,
        space.active,
    )


def tenancy_rows() -> Select[
    int, int, str, int, str, int, date, date, TenancyStatus, int, date | None
]:
    """Tenancy columns in ``TenancyRecord`` order, with team name, space code and renewal count.

    Plain columns, not ORM objects: lists of thousands of tenancies (the timeline) stay fast.
    """
    renewals = (
        select(func.count())
        .where(TenancyRenewal.tenancy_id == Tenancy.id)
        .correlate(Tenancy)
        .scalar_subquery()
    )
    return (
        select(
            Tenancy.id,
            Tenancy.team_id,
            Team.name,
            Tenancy.space_id,
            Space.code,
            Tenancy.seats,
            Tenancy.start_date,
            Tenancy.end_date,
            Tenancy.status,
            renewals,
            Tenancy.ended_early_on,
        )
        .join(Team, Team.id == Tenancy.team_id)
        .join(Space, Space.id == Tenancy.space_id)
    )


def tenancy_record_of(row: Sequence[Any]) -> TenancyRecord:
    """A row of ``tenancy_rows()`` as a record."""
    values = list(row)
    values[9] = int(values[9])
    return TenancyRecord(*values)


def tenancy_record(tx: Session, tenancy: Tenancy) -> TenancyRecord:
    row = tx.execute(tenancy_rows().where(Tenancy.id == tenancy.id)).one()
    return tenancy_record_of(row)


def seat_uses(tx: Session, space_id: int, exclude_tenancy: int | None = None) -> list[SeatUse]:
    """Every tenancy that takes seats of the space, as (period, seats)."""
    query = (
        select(Tenancy, Team.name)
        .join(Team, Team.id == Tenancy.team_id)
        .where(Tenancy.space_id == space_id, Tenancy.status != TenancyStatus.CANCELLED)
    )
    if exclude_tenancy is not None:
        query = query.where(Tenancy.id != exclude_tenancy)
    return [
        SeatUse(t.id, name, DateRange(t.start_date, t.ended_early_on or t.end_date), t.seats)
        for t, name in tx.execute(query)
    ]


def _taken_spans(period: DateRange) -> Any:
    """Per space, the uses that overlap ``period`` as text, "first/last/seats …" (one row a
    space: the thousands of uses at scale 300 stay in SQL until a space needs them)."""
    use = (
        type_coerce(Tenancy.start_date, String)
        + "/"
        + type_coerce(last_day_column(), String)
        + "/"
        + cast(Tenancy.seats, String)
    )
    return (
        select(Tenancy.space_id, func.aggregate_strings(use, " ").label("uses"))
        .where(
            Tenancy.status != TenancyStatus.CANCELLED,
            Tenancy.start_date <= period.end,
            last_day_column() >= period.start,
        )
        .group_by(Tenancy.space_id)
        .subquery("taken_spans")
    )


def _spans(text: str) -> list[tuple[date, date, int]]:
    """The uses ``_taken_spans`` wrote as text."""
    spans = []
    for use in text.split():
        first, last, seats = use.split("/")
        spans.append((date.fromisoformat(first), date.fromisoformat(last), int(seats)))
    return spans


def check_seats(
    tx: Session, space: Space, seats: int, period: DateRange, exclude: int | None = None
) -> None:
    """Raise when ``seats`` more in ``period`` would overfill the space at any day."""
    if space.kind not in LETTABLE_KINDS or not space.active:
        raise SpaceNotLettable(space_code=space.code, kind=space.kind.value)
    uses = [u for u in seat_uses(tx, space.id, exclude) if u.period.overlaps(period)]
    if space.kind == SpaceKind.PRIVATE_OFFICE and uses:
        raise PrivateOfficeTaken(space_code=space.code, clashes=_describe(uses))
    peak = seat_peak(uses, period)
    taken = peak.taken if peak else 0
    if taken + seats > space.seats:
        raise SeatsExceeded(
            space_code=space.code,
            capacity=space.seats,
            taken=taken,
            on=peak.on if peak else period.start,
            clashes=_describe(peak.users) if peak else "nobody",
            requested=seats,
            clash_ids=[u.key for u in peak.users] if peak else [],
        )


def _describe(uses: tuple[SeatUse, ...] | list[SeatUse]) -> str:
    return ", ".join(f"{u.label} ({u.period.start}–{u.period.end}, {u.seats})" for u in uses)


@typed_boundary
class SpaceService(Service):
    def add_space(
        self,
        code: str,
        name: str,
        floor: int,
        kind: SpaceKind,
        seats: int,
        area_m2: float,
        monthly_fee: int = 0,
    ) -> SpaceRecord:
        code = clean_text(code, "code", max_length=32)
        with self._write() as tx:
            if tx.scalar(select(Space).where(Space.code == code)) is not None:
                raise ValidationError(field="code", reason=f"{code} already exists")
            space = Space(
                code=code,
                name=clean_text(name, "name", max_length=120),
                floor=check_count(floor, "floor", minimum=-5, maximum=100),
                kind=SpaceKind(kind),
                seats=check_count(seats, "seats", minimum=1, maximum=1000),
                area_m2=_positive_area(area_m2),
                monthly_fee=check_count(monthly_fee, "monthly_fee"),
            )
            tx.add(space)
            tx.flush()
            return space_record(space)

    def spaces(self) -> list[SpaceRecord]:
        with self._read() as tx:
            return [space_record(s) for s in tx.scalars(select(Space).order_by(Space.code))]

    def lettable_spaces(self) -> list[SpaceRecord]:
        """Active spaces that are let to teams (no meeting rooms), by code."""
        query = (
            select(*SPACE_COLUMNS)
            .where(Space.active.is_(True), Space.kind.in_(LETTABLE_KINDS))
            .order_by(Space.code)
        )
        with self._read() as tx:
            return [SpaceRecord(*row) for row in plain_rows(tx, query)]

    def tenant_choices(self, search: str = "", limit: int = 50) -> list[TeamChoice]:
        """Teams that may take space (not closed or archived) whose name or number has ``search``.

        The search runs in SQL and returns at most ``limit`` teams, so a picker stays
        quick with tens of thousands of teams.
        """
        text = search.strip()
        query = select(Team).where(Team.status.not_in(CLOSED_TEAM))
        if text:
            digits = text.replace("-", "")
            matches = Team.name.contains(text, autoescape=True)
            if digits.isdigit():
                matches = matches | Team.brn.contains(digits, autoescape=True)
            query = query.where(matches)
        query = query.order_by(Team.name, Team.id).limit(limit)
        with self._read() as tx:
            return [TeamChoice(t.id, t.name, t.kind, t.brn) for t in tx.scalars(query)]

    def check_allocation(
        self, space_id: int, seats: int, start: date, end: date, exclude: int | None = None
    ) -> None:
        """Raise the error an allocation would hit, without writing (inline dialog check)."""
        with self._read() as tx:
            check_new_term(tx, space_id, seats, start, end, exclude)

    def availability(
        self, space_id: int, start: date, end: date, exclude: int | None = None
    ) -> list[FreeSeats]:
        """The space's free seats from ``start`` to ``end``, run by run (what a clash says
        first: how many seats are left, and from when more are)."""
        period = DateRange(start, end) if end >= start else DateRange(start, start)
        with self._read() as tx:
            space = get_or_raise(tx, Space, space_id, "space")
            uses = seat_uses(tx, space_id, exclude)
        if space.kind == SpaceKind.PRIVATE_OFFICE:  # let whole: any tenant takes every seat
            uses = [replace(u, seats=space.seats) for u in uses]
        return free_seats(uses, period, space.seats)

    def spaces_with_room(
        self, seats: int, start: date, end: date, *, limit: int = 5
    ) -> list[SpaceRoom]:
        """Lettable spaces with ``seats`` free on every day from ``start`` to ``end``, the
        closest fit first: the rooms a clash offers instead."""
        period = DateRange(start, end) if end >= start else DateRange(start, start)
        taken = _taken_spans(period)
        query = (
            select(*SPACE_COLUMNS, taken.c.uses)
            .outerjoin(taken, taken.c.space_id == Space.id)
            .where(
                Space.active.is_(True),
                Space.kind.in_(LETTABLE_KINDS),
                Space.seats >= seats,
            )
        )
        if seats > 0:  # a private office is let whole: once used, it has no seat free
            query = query.where(or_(Space.kind != SpaceKind.PRIVATE_OFFICE, taken.c.uses.is_(None)))
        with self._read() as tx:
            spaces = plain_rows(tx, query)
        fitting = []
        for row in spaces:
            code, kind, capacity, uses = row[1], row[4], row[5], row[-1]
            if kind == SpaceKind.PRIVATE_OFFICE:
                free = 0 if uses else capacity
            else:
                free = fewest_free(_spans(uses), period, capacity) if uses else capacity
            if free >= seats:
                fitting.append((free - seats, code, free, row[:-1]))
        closest = heapq.nsmallest(limit, fitting, key=lambda room: room[:2])
        return [SpaceRoom(SpaceRecord(*row), free) for _extra, _code, free, row in closest]

    def allocate(self, draft: TenancyDraft) -> TenancyRecord:
        """Let seats of a space to a team from the draft's start (one year by default)."""
        with self._write() as tx:
            tenancy = create_tenancy(tx, draft)
            return tenancy_record(tx, tenancy)

    def cancel_tenancy(self, tenancy_id: int) -> TenancyRecord:
        """Undo an allocation: the tenancy is cancelled, frees its seats and stays on record.

        Refused once the tenancy was renewed, ended or a checklist box was ticked, and
        for a tenancy given from an application (``ApplicationService.unallocate``).
        """
        with self._write() as tx:
            tenancy = get_or_raise(tx, Tenancy, tenancy_id, "tenancy")
            linked = select(Application.id).where(Application.tenancy_id == tenancy_id)
            if tx.scalar(linked) is not None:
                raise InvalidTransition(
                    entity="tenancy", key=tenancy_id, current="allocated", target="cancelled"
                )
            cancel(tx, tenancy)
            tx.flush()
            return tenancy_record(tx, tenancy)

    def reinstate_tenancy(self, tenancy_id: int) -> TenancyRecord:
        """Redo an allocation: a cancelled tenancy is active again, every rule checked anew."""
        with self._write() as tx:
            tenancy = get_or_raise(tx, Tenancy, tenancy_id, "tenancy")
            reinstate(tx, tenancy)
            tx.flush()
            return tenancy_record(tx, tenancy)

    def check_renewal(self, tenancy_id: int, new_end: date) -> None:
        """Raise the error a renewal to ``new_end`` would hit, without writing."""
        with self._read() as tx:
            check_renewal(tx, get_or_raise(tx, Tenancy, tenancy_id, "tenancy"), new_end)

    def renew(
        self, tenancy_id: int, renewed_on: date, new_end: date | None = None, review_note: str = ""
    ) -> TenancyRecord:
        """Extend a tenancy after its yearly review, up to the hub's maximum stay."""
        with self._write() as tx:
            tenancy = get_or_raise(tx, Tenancy, tenancy_id, "tenancy")
            new_end = new_end or one_year_from(tenancy.end_date + timedelta(days=1))
            check_renewal(tx, tenancy, new_end)
            tx.add(
                TenancyRenewal(
                    tenancy_id=tenancy.id,
                    previous_end=tenancy.end_date,
                    new_end=new_end,
                    renewed_on=renewed_on,
                    review_note=clean_text(
                        review_note, "review_note", required=False, max_length=4000, multiline=True
                    ),
                )
            )
            tenancy.end_date = new_end
            tx.flush()
            return tenancy_record(tx, tenancy)

    def undo_renewal(self, tenancy_id: int, expected_end: date | None = None) -> TenancyRecord:
        """Remove the latest renewal and restore the end it replaced.

        ``expected_end`` is the end the renewal set; when the tenancy's end differs
        (renewed again or changed meanwhile) nothing is removed.
        """
        with self._write() as tx:
            tenancy = get_or_raise(tx, Tenancy, tenancy_id, "tenancy")
            latest = tx.scalars(
                select(TenancyRenewal)
                .where(TenancyRenewal.tenancy_id == tenancy_id)
                .order_by(TenancyRenewal.id.desc())
                .limit(1)
            ).first()
            if latest is None:
                raise NotFound(entity="renewal of tenancy", key=tenancy_id)
            if tenancy.status != TenancyStatus.ACTIVE or tenancy.end_date != latest.new_end:
                raise RecordChanged(entity="tenancy", key=tenancy_id)
            if expected_end is not None and expected_end != tenancy.end_date:
                raise RecordChanged(entity="tenancy", key=tenancy_id)
            tenancy.end_date = latest.previous_end
            tx.delete(latest)
            tx.flush()
            return tenancy_record(tx, tenancy)

    def move_out(self, tenancy_id: int, on: date, reason: str = "") -> TenancyRecord:
        """End a tenancy with ``on`` its last day in the space (early when before its end)
        and open the move-out list."""
        with self._write() as tx:
            tenancy = get_or_raise(tx, Tenancy, tenancy_id, "tenancy")
            if tenancy.status != TenancyStatus.ACTIVE:
                raise InvalidTransition(
                    entity="tenancy", key=tenancy_id, current=tenancy.status, target="ended"
                )
            if not tenancy.start_date <= on <= tenancy.end_date:
                raise ValidationError(
                    field="on",
                    reason=f"{on} is outside the term {tenancy.start_date}–{tenancy.end_date}",
                )
            tenancy.status = TenancyStatus.ENDED
            tenancy.ended_early_on = on if on < tenancy.end_date else None
            tenancy.end_reason = clean_text(
                reason, "reason", required=False, max_length=4000, multiline=True
            )
            team = tx.get_one(Team, tenancy.team_id)
            add_checklist(tx, tenancy, ChecklistKind.MOVE_OUT, team.kind)
            tx.flush()
            return tenancy_record(tx, tenancy)

    def undo_move_out(self, tenancy_id: int) -> TenancyRecord:
        """Make an ended tenancy active again and remove its unticked move-out checklist.

        Refused once a move-out box was ticked, and when the seats an early end freed
        were let to someone else meanwhile.
        """
        with self._write() as tx:
            tenancy = get_or_raise(tx, Tenancy, tenancy_id, "tenancy")
            if tenancy.status != TenancyStatus.ENDED:
                raise InvalidTransition(
                    entity="tenancy",
                    key=tenancy_id,
                    current=tenancy.status,
                    target=TenancyStatus.ACTIVE,
                )
            items = list(tx.scalars(_items_of(tenancy_id, ChecklistKind.MOVE_OUT)))
            if any(item.done_on for item in items):
                raise RecordChanged(entity="tenancy", key=tenancy_id)
            if tenancy.ended_early_on is not None:
                space = tx.get_one(Space, tenancy.space_id)
                rest = DateRange(tenancy.ended_early_on + timedelta(days=1), tenancy.end_date)
                check_seats(tx, space, tenancy.seats, rest, exclude=tenancy.id)
            tenancy.status = TenancyStatus.ACTIVE
            tenancy.ended_early_on = None
            tenancy.end_reason = ""
            for item in items:
                tx.delete(item)
            tx.flush()
            return tenancy_record(tx, tenancy)

    def tick(
        self, item_id: int, done_on: date | None, *, version: int | None = None
    ) -> ChecklistItemRecord:
        """Tick (``done_on``) or untick (None) a checklist box as seen at ``version`` (a
        box someone changed meanwhile is refused; None: undo and redo)."""
        with self._write() as tx:
            item = get_or_raise(tx, ChecklistItem, item_id, "checklist item")
            if version is not None and item.version != version:
                raise RecordChanged(entity="checklist item", key=item_id)
            item.done_on = done_on
            item.done_by = self.actor.user_id if done_on else None
            tx.flush()
            return _item_record(item)

    def checklist(self, tenancy_id: int) -> list[ChecklistItemRecord]:
        with self._read() as tx:
            query = (
                select(ChecklistItem)
                .where(ChecklistItem.tenancy_id == tenancy_id)
                .order_by(ChecklistItem.kind, ChecklistItem.id)
            )
            return [_item_record(i) for i in tx.scalars(query)]

    def deposit_months(self) -> int:
        """How many months of its fee a tenancy's deposit is by default (a hub setting)."""
        with self._read() as tx:
            return load_settings(tx).deposit_months

    def stay_limit(self) -> int:
        """The hub's maximum stay in months (a hub setting, default 36)."""
        with self._read() as tx:
            return load_settings(tx).max_stay_months

    def tenancy(self, tenancy_id: int) -> TenancyRecord:
        with self._read() as tx:
            return tenancy_record(tx, get_or_raise(tx, Tenancy, tenancy_id, "tenancy"))

    def ending_soon(self, today: date) -> list[TenancyRecord]:
        """Active tenancies ending within 60 days: due for renewal or move-out."""
        horizon = today + timedelta(days=RENEWAL_WINDOW_DAYS)
        query = (
            tenancy_rows()
            .where(
                Tenancy.status == TenancyStatus.ACTIVE,
                Tenancy.end_date.between(today, horizon),
                Tenancy.ended_early_on.is_(None),
            )
            .order_by(Tenancy.end_date, Tenancy.id)
        )
        with self._read() as tx:
            return [tenancy_record_of(row) for row in tx.execute(query)]

    def ending_soon_count(self, today: date) -> int:
        """How many tenancies ``ending_soon`` lists, counted in SQL."""
        horizon = today + timedelta(days=RENEWAL_WINDOW_DAYS)
        query = select(func.count(Tenancy.id)).where(
            Tenancy.status == TenancyStatus.ACTIVE,
            Tenancy.end_date.between(today, horizon),
            Tenancy.ended_early_on.is_(None),
        )
        with self._read() as tx:
            return int(tx.scalar(query) or 0)

    def occupancy(self, on: date) -> OccupancyRecord:
        """Seats taken / seats offered on a day (lettable, active spaces only)."""
        with self._read() as tx:
            return OccupancyRecord(on, _taken(tx, on), _offered(tx))

    def occupancy_history(self, today: date, months: int = 12) -> list[OccupancyRecord]:
        """Occupancy on the last day of each of the past months (up to 10 years), and today."""
        check_count(months, "months", minimum=1, maximum=120)
        days = [add_months(today.replace(day=1), -k) - timedelta(days=1) for k in range(months - 1)]
        days = sorted([*days, today])
        with self._read() as tx:
            offered = _offered(tx)  # today's spaces, the same for every day
            taken = _taken_on(tx, days)
        return [OccupancyRecord(d, seats, offered) for d, seats in zip(days, taken, strict=True)]


def _offered(tx: Session) -> int:
    """Seats of the active lettable spaces."""
    offered = tx.scalar(
        select(func.coalesce(func.sum(Space.seats), 0)).where(
            Space.active.is_(True), Space.kind.in_(LETTABLE_KINDS)
        )
    )
    return int(offered or 0)


def _taken(tx: Session, on: date) -> int:
    """Seats of the tenancies running on ``on``."""
    taken = tx.scalar(
        select(func.coalesce(func.sum(Tenancy.seats), 0)).where(
            Tenancy.status != TenancyStatus.CANCELLED,
            Tenancy.start_date <= on,
            last_day_column() >= on,
        )
    )
    return int(taken or 0)


def _taken_on(tx: Session, days: Sequence[date]) -> list[int]:
    """``_taken`` of each of ``days``, summed in one pass over the tenancies."""
    last_day = last_day_column()
    sums = [
        func.coalesce(
            func.sum(
                case((and_(Tenancy.start_date <= day, last_day >= day), Tenancy.seats), else_=0)
            ),
            0,
        )
        for day in days
    ]
    row = tx.execute(
        select(*sums).where(
            Tenancy.status != TenancyStatus.CANCELLED,
            Tenancy.start_date <= max(days),
            last_day >= min(days),
        )
    ).one()
    return [int(seats or 0) for seats in row]


def _item_record(item: ChecklistItem) -> ChecklistItemRecord:
    return ChecklistItemRecord(
        item.id,
        item.tenancy_id,
        item.kind,
        item.item_key,
        item.due_date,
        item.done_on,
        item.version,
    )


def _positive_area(area: float) -> float:
    if isinstance(area, bool) or not isinstance(area, int | float) or not 0 < area < 100_000:
        raise ValidationError(field="area_m2", reason=f"{area!r} is not a positive area")
    return float(area)


def create_tenancy(tx: Session, draft: TenancyDraft) -> Tenancy:
    """Check every rule of a new tenancy and add it with its move-in checklist."""
    end = draft.end or one_year_from(draft.start)
    team = check_team_open(tx, draft.team_id)
    space = check_new_term(tx, draft.space_id, draft.seats, draft.start, end, None)
    fee = space.monthly_fee if draft.monthly_fee is None else draft.monthly_fee
    tenancy = Tenancy(
        team_id=draft.team_id,
        space_id=draft.space_id,
        seats=draft.seats,
        start_date=draft.start,
        end_date=end,
        status=TenancyStatus.ACTIVE,
        deposit=check_count(draft.deposit, "deposit"),
        monthly_fee=check_count(fee, "monthly_fee"),
        notes=clean_text(draft.notes, "notes", required=False, max_length=4000, multiline=True),
    )
    tx.add(tenancy)
    tx.flush()
    add_checklist(tx, tenancy, ChecklistKind.MOVE_IN, team.kind)
    return tenancy


def check_team_open(tx: Session, team_id: int) -> Team:
    """A closed or archived team gets no space."""
    team = get_or_raise(tx, Team, team_id, "team")
    if team.status in CLOSED_TEAM:
        raise ValidationError(field="team", reason=f"{team.name} is {team.status.value}")
    return team


def cancel(tx: Session, tenancy: Tenancy) -> None:
    """Cancel a fresh tenancy: only while nothing has happened to it yet."""
    if tenancy.status != TenancyStatus.ACTIVE:
        raise InvalidTransition(
            entity="tenancy",
            key=tenancy.id,
            current=tenancy.status,
            target=TenancyStatus.CANCELLED,
        )
    renewed = select(TenancyRenewal.id).where(TenancyRenewal.tenancy_id == tenancy.id)
    ticked = _items_of(tenancy.id).where(ChecklistItem.done_on.is_not(None))
    if tx.scalar(renewed.limit(1)) is not None or tx.scalar(ticked.limit(1)):
        raise RecordChanged(entity="tenancy", key=tenancy.id)
    tenancy.status = TenancyStatus.CANCELLED


def reinstate(tx: Session, tenancy: Tenancy) -> None:
    """Make a cancelled tenancy active again if every rule still holds."""
    if tenancy.status != TenancyStatus.CANCELLED:
        raise InvalidTransition(
            entity="tenancy", key=tenancy.id, current=tenancy.status, target=TenancyStatus.ACTIVE
        )
    check_team_open(tx, tenancy.team_id)
    check_new_term(
        tx, tenancy.space_id, tenancy.seats, tenancy.start_date, tenancy.end_date, tenancy.id
    )
    tenancy.status = TenancyStatus.ACTIVE


def check_renewal(tx: Session, tenancy: Tenancy, new_end: date) -> None:
    """An active tenancy may run on to ``new_end`` within the maximum stay and the seats."""
    if tenancy.status != TenancyStatus.ACTIVE or tenancy.ended_early_on:
        raise InvalidTransition(
            entity="tenancy", key=tenancy.id, current=tenancy.status, target="renewed"
        )
    if new_end <= tenancy.end_date:
        raise InvalidPeriod(field="new_end", start=tenancy.end_date, end=new_end)
    check_stay(tx, tenancy.start_date, new_end)
    space = tx.get_one(Space, tenancy.space_id)
    extension = DateRange(tenancy.end_date + timedelta(days=1), new_end)
    check_seats(tx, space, tenancy.seats, extension, exclude=tenancy.id)


def _items_of(tenancy_id: int, kind: ChecklistKind | None = None) -> Select[ChecklistItem]:
    query = select(ChecklistItem).where(ChecklistItem.tenancy_id == tenancy_id)
    return query if kind is None else query.where(ChecklistItem.kind == kind)


def check_new_term(
    tx: Session, space_id: int, seats: int, start: date, end: date, exclude: int | None
) -> Space:
    space = get_or_raise(tx, Space, space_id, "space")
    check_count(seats, "seats", minimum=1, maximum=1000)
    if end <= start:
        raise InvalidPeriod(field="end", start=start, end=end)
    check_stay(tx, start, end)
    check_seats(tx, space, seats, DateRange(start, end), exclude)
    return space


def check_stay(tx: Session, start: date, end: date) -> None:
    """A stay runs at most the hub's maximum (default 36 months) from its start."""
    max_months = load_settings(tx).max_stay_months
    months = months_between(start, end)
    if months > max_months:
        raise MaxStayExceeded(months=months, start=start, end=end, max_months=max_months)


def add_checklist(tx: Session, tenancy: Tenancy, kind: ChecklistKind, team_kind: TeamKind) -> None:
    """The move-in or move-out boxes; the address must move within 3 (startups 6) months."""
    keys = MOVE_IN_ITEMS if kind == ChecklistKind.MOVE_IN else MOVE_OUT_ITEMS
    months = (
        ADDRESS_MOVE_MONTHS_STARTUP
        if team_kind == TeamKind.STARTUP_TEAM
        else ADDRESS_MOVE_MONTHS_ENTERPRISE
    )
    calendar = working_calendar(tx)
    for key in keys:
        due = (
            calendar.deadline_after_months(tenancy.start_date, months)
            if key == "address_moved"
            else None
        )
        tx.add(ChecklistItem(tenancy_id=tenancy.id, kind=kind, item_key=key, due_date=due))
