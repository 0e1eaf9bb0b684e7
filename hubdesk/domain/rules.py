"""Pure rule arithmetic shared by the services (before a write) and the file check (after)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from hubdesk.domain.enums import TenancyStatus
from hubdesk.domain.periods import DateRange

EXTERNAL_VERIFICATION_THRESHOLD = 300_000_000  # 외부 검증: subsidy ≥ 3억 a year
AUDIT_REPORT_THRESHOLD = 1_000_000_000  # 감사보고서: subsidy ≥ 10억 a year
RENEWAL_WINDOW_DAYS = 60
IDLE_CONSULTING_DAYS = 60
ADDRESS_MOVE_MONTHS_ENTERPRISE = 3
ADDRESS_MOVE_MONTHS_STARTUP = 6


@dataclass(frozen=True, slots=True)
class SeatUse:
    """Seats one tenancy takes over its days (both ends included)."""

    key: int
    label: str
    period: DateRange
    seats: int


@dataclass(frozen=True, slots=True)
class SeatPeak:
    taken: int
    on: date
    users: tuple[SeatUse, ...]


def seat_peak(uses: Iterable[SeatUse], window: DateRange) -> SeatPeak | None:
    """The busiest day of ``window``: the most seats that overlapping uses take at once.

    Occupancy only rises at a start, so the peak falls on the window's first day or
    on some use's start day inside the window.
    """
    inside = [use for use in uses if use.period.overlaps(window)]
    if not inside:
        return None
    candidates = {window.start} | {
        u.period.start for u in inside if window.contains(u.period.start)
    }
    best: SeatPeak | None = None
    for day in sorted(candidates):
        users = tuple(u for u in inside if u.period.contains(day))
        taken = sum(u.seats for u in users)
        if best is None or taken > best.taken:
            best = SeatPeak(taken, day, users)
    return best


@dataclass(frozen=True, slots=True)
class FreeSeats:
    """From ``start`` to ``end`` (both included) the same number of seats is free."""

    start: date
    end: date
    free: int


def free_seats(uses: Iterable[SeatUse], window: DateRange, capacity: int) -> list[FreeSeats]:
    """The seats left over ``window``, as runs of days with the same number free.

    The count changes only where a use starts or the day after one ends, so those days
    (inside the window) cut it into runs.
    """
    inside = [use for use in uses if use.period.overlaps(window)]
    cuts = {window.start}
    for use in inside:
        for day in (use.period.start, use.period.end + timedelta(days=1)):
            if window.start < day <= window.end:
                cuts.add(day)
    starts = sorted(cuts)
    runs: list[FreeSeats] = []
    for index, start in enumerate(starts):
        end = starts[index + 1] - timedelta(days=1) if index + 1 < len(starts) else window.end
        free = capacity - sum(u.seats for u in inside if u.period.contains(start))
        if runs and runs[-1].free == free:
            runs[-1] = FreeSeats(runs[-1].start, end, free)
        else:
            runs.append(FreeSeats(start, end, free))
    return runs


def fewest_free(spans: Sequence[tuple[date, date, int]], window: DateRange, capacity: int) -> int:
    """``min(run.free for run in free_seats(...))`` for uses given as (first day, last day,
    seats): the seats left on the busiest day, a start inside ``window`` or its first."""
    inside = [span for span in spans if span[0] <= window.end and window.start <= span[1]]
    days = {window.start} | {first for first, _last, _seats in inside if first > window.start}
    busiest = max(
        (sum(seats for first, last, seats in inside if first <= day <= last) for day in days),
        default=0,
    )
    return capacity - busiest


def tenancy_fee(whole_room: bool, space_fee: int, space_seats: int, seats: int) -> int:
    """A tenancy's monthly fee by default: the space's fee for a room let whole, else its
    fee per seat (the space's fee over its seats, to the won) times the seats let."""
    if whole_room or space_seats <= 0:
        return space_fee
    return (space_fee * seats * 2 + space_seats) // (space_seats * 2)  # rounded half up


def overbooked_days(uses: Sequence[SeatUse], capacity: int) -> SeatPeak | None:
    """The first peak above ``capacity`` among ``uses`` (used by the file check)."""
    for use in sorted(uses, key=lambda u: u.period.start):
        users = tuple(u for u in uses if u.period.contains(use.period.start))
        taken = sum(u.seats for u in users)
        if taken > capacity:
            return SeatPeak(taken, use.period.start, users)
    return None


def required_copayment(grant: int, percent: int) -> int:
    """The least co-payment with copayment ≥ percent × (grant + copayment).

    Solved for the co-payment: c ≥ p·g / (100 − p), rounded up to the won.
    """
    if percent <= 0:
        return 0
    if percent >= 100:
        raise ValueError("a co-payment ratio of 100% leaves nothing to grant")
    return -(-grant * percent // (100 - percent))


def copayment_ok(copayment: int, total_cost: int, percent: int) -> bool:
    """copayment ≥ percent% of the total cost, in exact integer arithmetic."""
    return copayment * 100 >= total_cost * percent


def amount_owed_back(paid: int, approved_spending: int, returned: int = 0) -> int:
    """What a team still has to return at settlement (반납): the unspent money, paid −
    approved spending, less what it ``returned`` already; never below 0."""
    return max(paid - approved_spending - returned, 0)


def renewal_due(end: date, today: date) -> bool:
    """A tenancy ending within 60 days is flagged for renewal or move-out."""
    return today <= end <= today + timedelta(days=RENEWAL_WINDOW_DAYS)


def subsidy_flags(amount_in_year: int) -> tuple[bool, bool]:
    """(needs external verification, needs an audit report) for one year's subsidy."""
    return (
        amount_in_year >= EXTERNAL_VERIFICATION_THRESHOLD,
        amount_in_year >= AUDIT_REPORT_THRESHOLD,
    )


def ends_soon(status: TenancyStatus, end: date, ended_early_on: date | None, today: date) -> bool:
    """A tenancy to renew or move out: active, not ended early, ending within 60 days
    (the rule of ``SpaceService.ending_soon``, the timeline and the labels)."""
    return (
        status == TenancyStatus.ACTIVE
        and ended_early_on is None
        and today <= end <= today + timedelta(days=RENEWAL_WINDOW_DAYS)
    )
