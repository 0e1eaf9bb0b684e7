"""The rule arithmetic shared by the services and the whole-file check."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from hubdesk.domain.periods import DateRange
from hubdesk.domain.rules import (
    SeatUse,
    copayment_ok,
    overbooked_days,
    renewal_due,
    required_copayment,
    seat_peak,
    subsidy_flags,
)

BASE = date(2026, 1, 1)


@st.composite
def seat_uses(draw: st.DrawFn) -> list[SeatUse]:
    uses = []
    for key in range(draw(st.integers(0, 6))):
        start = BASE + timedelta(days=draw(st.integers(0, 60)))
        end = start + timedelta(days=draw(st.integers(0, 40)))
        uses.append(SeatUse(key, f"team {key}", DateRange(start, end), draw(st.integers(1, 4))))
    return uses


def taken_on(uses: list[SeatUse], day: date) -> int:
    return sum(u.seats for u in uses if u.period.contains(day))


@settings(max_examples=200)
@given(seat_uses(), st.integers(0, 80), st.integers(0, 30))
def test_seat_peak_is_the_busiest_day_of_the_window(
    uses: list[SeatUse], offset: int, length: int
) -> None:
    window = DateRange(BASE + timedelta(days=offset), BASE + timedelta(days=offset + length))
    days = [window.start + timedelta(days=i) for i in range(window.days)]
    busiest = max(taken_on(uses, d) for d in days)
    peak = seat_peak(uses, window)
    if busiest == 0:
        assert peak is None or peak.taken == 0
    else:
        assert peak is not None
        assert peak.taken == busiest == taken_on(uses, peak.on)
        assert window.contains(peak.on)


@settings(max_examples=200)
@given(seat_uses(), st.integers(1, 8))
def test_overbooked_days_finds_a_day_above_capacity_exactly_when_there_is_one(
    uses: list[SeatUse], capacity: int
) -> None:
    days = [BASE + timedelta(days=i) for i in range(110)]
    over = [d for d in days if taken_on(uses, d) > capacity]
    found = overbooked_days(uses, capacity)
    assert (found is not None) == bool(over)
    if found is not None:
        assert taken_on(uses, found.on) == found.taken > capacity


@settings(max_examples=300)
@given(st.integers(1, 10**12), st.integers(0, 99))
def test_required_copayment_is_the_least_that_meets_the_ratio(grant: int, percent: int) -> None:
    least = required_copayment(grant, percent)
    assert copayment_ok(least, grant + least, percent)
    if least > 0:
        assert not copayment_ok(least - 1, grant + least - 1, percent)


def test_copayment_examples() -> None:
    assert required_copayment(9_000_000, 10) == 1_000_000
    assert required_copayment(9_000_000, 20) == 2_250_000
    assert copayment_ok(3_000_000, 10_000_000, 30)
    assert not copayment_ok(2_999_999, 9_999_999, 30)


def test_subsidy_thresholds() -> None:
    assert subsidy_flags(299_999_999) == (False, False)
    assert subsidy_flags(300_000_000) == (True, False)
    assert subsidy_flags(1_000_000_000) == (True, True)


def test_renewal_window_is_sixty_days() -> None:
    today = date(2026, 11, 24)
    assert renewal_due(today + timedelta(days=60), today)
    assert not renewal_due(today + timedelta(days=61), today)
    assert not renewal_due(today - timedelta(days=1), today)


def test_free_seats_run_by_run() -> None:
    from hubdesk.domain.rules import FreeSeats, free_seats

    window = DateRange(date(2027, 1, 1), date(2027, 12, 31))
    uses = [
        SeatUse(1, "가", DateRange(date(2026, 6, 1), date(2027, 2, 28)), 2),
        SeatUse(2, "나", DateRange(date(2026, 1, 1), date(2027, 12, 31)), 2),
        SeatUse(3, "다", DateRange(date(2027, 6, 1), date(2027, 8, 31)), 1),
    ]
    assert free_seats(uses, window, 4) == [
        FreeSeats(date(2027, 1, 1), date(2027, 2, 28), 0),
        FreeSeats(date(2027, 3, 1), date(2027, 5, 31), 2),
        FreeSeats(date(2027, 6, 1), date(2027, 8, 31), 1),
        FreeSeats(date(2027, 9, 1), date(2027, 12, 31), 2),
    ]
    assert free_seats([], window, 4) == [FreeSeats(window.start, window.end, 4)]


@settings(max_examples=200)
@given(seat_uses(), st.integers(0, 80), st.integers(0, 30), st.integers(0, 12))
def test_fewest_free_is_the_smallest_run_of_free_seats(
    uses: list[SeatUse], offset: int, length: int, capacity: int
) -> None:
    from hubdesk.domain.rules import fewest_free, free_seats

    start = BASE + timedelta(days=offset)
    window = DateRange(start, start + timedelta(days=length))
    spans = [(u.period.start, u.period.end, u.seats) for u in uses]
    runs = free_seats(uses, window, capacity)
    assert fewest_free(spans, window, capacity) == min(run.free for run in runs)


def test_tenancy_fee_is_the_seat_fee_times_the_seats_or_the_whole_room() -> None:
    from hubdesk.domain.rules import tenancy_fee

    assert tenancy_fee(False, 960_000, 16, 1) == 60_000
    assert tenancy_fee(False, 960_000, 16, 3) == 180_000
    assert tenancy_fee(False, 100_000, 3, 1) == 33_333
    assert tenancy_fee(False, 100_000, 3, 2) == 66_667
    assert tenancy_fee(True, 220_000, 4, 4) == 220_000
