"""Calendar periods: months arithmetic, date ranges, time slots and quarters."""

from __future__ import annotations

import calendar
from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from hubdesk.domain.errors import InvalidPeriod, ValidationError
from hubdesk.domain.periods import (
    DateRange,
    Quarter,
    TimeSlot,
    add_months,
    month_starts,
    months_between,
    one_year_from,
)

# Dates far enough from date.min/date.max that ±20 years of months stay valid.
days = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))
month_counts = st.integers(min_value=-240, max_value=240)
near_dates = st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 4, 30))


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def _last_day_of_month(day: date) -> int:
    return calendar.monthrange(day.year, day.month)[1]


# --- add_months -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap year
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 5, 31), -1, date(2026, 4, 30)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2026, 1, 15), -1, date(2025, 12, 15)),
        (date(2026, 8, 9), 2, date(2026, 10, 9)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2026, 3, 1), 0, date(2026, 3, 1)),
        (date(2026, 3, 1), -27, date(2023, 12, 1)),
        (date(2026, 3, 1), 36, date(2029, 3, 1)),
    ],
)
def test_add_months_examples(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


@settings(max_examples=200)
@given(days, month_counts)
def test_add_months_moves_the_month_and_clamps_the_day(day: date, months: int) -> None:
    result = add_months(day, months)
    assert _month_index(result) == _month_index(day) + months
    assert result.day == min(day.day, _last_day_of_month(result))


@settings(max_examples=200)
@given(days, month_counts)
def test_add_months_back_and_forth(day: date, months: int) -> None:
    there = add_months(day, months)
    back = add_months(there, -months)
    if there.day == day.day:  # no clamping happened: the way back is exact
        assert back == day
    else:  # clamped to a month's end: back lands on or before the start, same month
        assert back <= day
        assert _month_index(back) == _month_index(day)
    # Clamping never happens for days that every month has.
    if day.day <= 28:
        assert back == day


@settings(max_examples=200)
@given(days, st.integers(-120, 120), st.integers(-120, 120))
def test_add_months_composes_for_days_every_month_has(day: date, a: int, b: int) -> None:
    assume(day.day <= 28)
    assert add_months(add_months(day, a), b) == add_months(day, a + b)


@settings(max_examples=200)
@given(days, days, month_counts)
def test_add_months_keeps_order(first: date, second: date, months: int) -> None:
    early, late = sorted((first, second))
    assert add_months(early, months) <= add_months(late, months)


# --- one_year_from and months_between ------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (date(2026, 3, 1), date(2027, 2, 28)),
        (date(2027, 3, 1), date(2028, 2, 29)),
        (date(2026, 1, 1), date(2026, 12, 31)),
        (date(2026, 1, 15), date(2027, 1, 14)),
        (date(2026, 12, 31), date(2027, 12, 30)),
    ],
)
def test_one_year_from(start: date, end: date) -> None:
    assert one_year_from(start) == end
    assert months_between(start, end) == 12


@settings(max_examples=200)
@given(days)
def test_one_year_term_is_followed_by_the_next_term(start: date) -> None:
    end = one_year_from(start)
    assert end + timedelta(days=1) == add_months(start, 12)
    assert 364 <= (end - start).days + 1 <= 366
    assert months_between(start, end) == 12


@pytest.mark.parametrize(
    ("start", "end", "months"),
    [
        (date(2026, 3, 1), date(2026, 3, 1), 1),
        (date(2026, 1, 1), date(2026, 1, 31), 1),
        (date(2026, 1, 1), date(2026, 2, 1), 2),
        (date(2026, 1, 15), date(2026, 2, 14), 1),
        (date(2026, 1, 15), date(2026, 2, 15), 2),
        (date(2026, 1, 31), date(2026, 2, 27), 1),  # Jan 31 + 1 month = Feb 28
        (date(2026, 1, 31), date(2026, 2, 28), 2),
        (date(2026, 3, 1), date(2027, 2, 28), 12),
        (date(2026, 3, 1), date(2029, 2, 28), 36),  # the default maximum stay
        (date(2026, 1, 15), date(2029, 1, 14), 36),
        (date(2026, 1, 15), date(2029, 1, 15), 37),
        (date(2026, 3, 2), date(2026, 3, 1), 0),  # end before start
        (date(2026, 3, 1), date(2025, 3, 1), 0),
    ],
)
def test_months_between_examples(start: date, end: date, months: int) -> None:
    assert months_between(start, end) == months


def _reference_months_between(start: date, end: date) -> int:
    """The number of month-long steps from ``start`` that begin on or before ``end``."""
    count = 0
    while add_months(start, count) <= end:
        count += 1
    return count


@settings(max_examples=200)
@given(days, st.integers(min_value=-40, max_value=4_000))
@example(date(2026, 1, 15), 364)
@example(date(2026, 1, 31), 27)
@example(date(2024, 2, 29), 365)
def test_months_between_counts_started_months(start: date, length: int) -> None:
    end = start + timedelta(days=length)
    assert months_between(start, end) == _reference_months_between(start, end)


@settings(max_examples=200)
@given(days, st.integers(min_value=1, max_value=120))
def test_months_between_of_n_month_terms(start: date, months: int) -> None:
    end = add_months(start, months) - timedelta(days=1)
    assert months_between(start, end) == months
    assert months_between(start, end + timedelta(days=1)) == months + 1


@settings(max_examples=200)
@given(days, st.integers(0, 2_000), st.integers(0, 60))
def test_months_between_grows_with_the_end(start: date, length: int, more: int) -> None:
    end = start + timedelta(days=length)
    later = end + timedelta(days=more)
    assert 1 <= months_between(start, end) <= months_between(start, later)
    # A month is at least 28 days and started months count whole.
    assert months_between(start, end) <= length // 28 + 1


# --- DateRange ------------------------------------------------------------------------------


def test_date_range_rejects_end_before_start() -> None:
    with pytest.raises(InvalidPeriod) as info:
        DateRange(date(2026, 3, 2), date(2026, 3, 1))
    assert isinstance(info.value, ValidationError)
    assert info.value.values["start"] == date(2026, 3, 2)
    assert info.value.values["end"] == date(2026, 3, 1)


@settings(max_examples=200)
@given(days, days)
def test_date_range_exists_exactly_when_end_not_before_start(start: date, end: date) -> None:
    if end < start:
        with pytest.raises(InvalidPeriod):
            DateRange(start, end)
    else:
        period = DateRange(start, end)
        assert period.days == (end - start).days + 1
        assert period.contains(start) and period.contains(end)


def test_single_day_range() -> None:
    day = DateRange(date(2026, 3, 1), date(2026, 3, 1))
    assert day.days == 1
    assert day.overlaps(day)


def test_touching_ranges_overlap_both_ends_included() -> None:
    first = DateRange(date(2026, 1, 1), date(2026, 3, 1))
    second = DateRange(date(2026, 3, 1), date(2026, 6, 30))
    third = DateRange(date(2026, 3, 2), date(2026, 6, 30))
    assert first.overlaps(second) and second.overlaps(first)
    assert not first.overlaps(third) and not third.overlaps(first)


date_ranges = st.tuples(near_dates, st.integers(0, 60)).map(
    lambda pair: DateRange(pair[0], pair[0] + timedelta(days=pair[1]))
)


def _days_of(period: DateRange) -> set[date]:
    return {period.start + timedelta(days=i) for i in range(period.days)}


@settings(max_examples=200)
@given(date_ranges, date_ranges)
def test_overlap_is_symmetric_and_means_a_shared_day(a: DateRange, b: DateRange) -> None:
    assert a.overlaps(b) == b.overlaps(a)
    assert a.overlaps(b) == bool(_days_of(a) & _days_of(b))
    assert a.overlaps(b) == (max(a.start, b.start) <= min(a.end, b.end))


@settings(max_examples=200)
@given(date_ranges, date_ranges, near_dates)
def test_contains_and_covers_agree_with_the_days(a: DateRange, b: DateRange, day: date) -> None:
    assert a.contains(day) == (day in _days_of(a))
    assert a.covers(b) == (_days_of(b) <= _days_of(a))
    assert a.covers(a)
    assert a.days == len(_days_of(a))


# --- TimeSlot -------------------------------------------------------------------------------


def _slot(start: str, end: str) -> TimeSlot:
    day = date(2026, 3, 10)
    return TimeSlot(
        datetime.combine(day, time.fromisoformat(start)),
        datetime.combine(day, time.fromisoformat(end)),
    )


def test_time_slots_are_half_open() -> None:
    morning = _slot("10:00", "11:00")
    next_hour = _slot("11:00", "12:00")
    assert not morning.overlaps(next_hour)
    assert not next_hour.overlaps(morning)
    assert morning.overlaps(_slot("10:30", "11:30"))
    assert morning.overlaps(_slot("09:00", "12:00"))
    assert morning.overlaps(_slot("10:00", "11:00"))
    assert not morning.overlaps(_slot("09:00", "10:00"))


@pytest.mark.parametrize(("start", "end"), [("11:00", "10:00"), ("10:00", "10:00")])
def test_time_slot_needs_a_positive_length(start: str, end: str) -> None:
    with pytest.raises(InvalidPeriod):
        _slot(start, end)


def test_time_slot_from_hours() -> None:
    slot = TimeSlot.from_hours(date(2026, 3, 10), time(10, 0), 90)
    assert slot == _slot("10:00", "11:30")
    late = TimeSlot.from_hours(date(2026, 3, 10), time(23, 30), 60)
    assert late.end == datetime(2026, 3, 11, 0, 30)
    with pytest.raises(InvalidPeriod):
        TimeSlot.from_hours(date(2026, 3, 10), time(10, 0), 0)


minute_slots = st.tuples(st.integers(0, 600), st.integers(1, 180))


@settings(max_examples=200)
@given(minute_slots, minute_slots)
def test_time_slot_overlap_means_a_shared_minute(a: tuple[int, int], b: tuple[int, int]) -> None:
    base = datetime(2026, 3, 10, 8, 0)
    first = TimeSlot(base + timedelta(minutes=a[0]), base + timedelta(minutes=a[0] + a[1]))
    second = TimeSlot(base + timedelta(minutes=b[0]), base + timedelta(minutes=b[0] + b[1]))
    shared = set(range(a[0], a[0] + a[1])) & set(range(b[0], b[0] + b[1]))
    assert first.overlaps(second) == second.overlaps(first) == bool(shared)


# --- Quarter --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["2026Q3", "2026-Q3", "2026q3", "2026-q3", " 2026Q3 "])
def test_quarter_parse_variants(text: str) -> None:
    assert Quarter.parse(text) == Quarter(2026, 3)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "2026",
        "Q3",
        "2026Q",
        "2026Q0",
        "2026Q5",
        "2026Q12",
        "26Q3",
        "20260Q3",
        "Q3 2026",
        "2026/Q3",
        "2026--Q3",
        "2026QQ3",
        "2026 3",
        "2026년 3분기",
    ],
)
def test_quarter_parse_rejects(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        Quarter.parse(text)
    assert info.value.values["field"] == "quarter"


@pytest.mark.parametrize("number", [0, 5, -1])
def test_quarter_number_is_one_to_four(number: int) -> None:
    with pytest.raises(ValidationError):
        Quarter(2026, number)


quarters = st.builds(Quarter, st.integers(1000, 9999), st.integers(1, 4))


@settings(max_examples=200)
@given(quarters)
def test_quarter_text_round_trips(quarter: Quarter) -> None:
    assert Quarter.parse(str(quarter)) == quarter
    assert Quarter.parse(str(quarter).lower()) == quarter
    assert quarter.korean == f"{quarter.year}년 {quarter.number}분기"


def test_quarter_text() -> None:
    assert str(Quarter(2026, 3)) == "2026Q3"
    assert Quarter(2026, 3).korean == "2026년 3분기"


@pytest.mark.parametrize(
    ("number", "first", "last"),
    [
        (1, date(2026, 1, 1), date(2026, 3, 31)),
        (2, date(2026, 4, 1), date(2026, 6, 30)),
        (3, date(2026, 7, 1), date(2026, 9, 30)),
        (4, date(2026, 10, 1), date(2026, 12, 31)),
    ],
)
def test_quarter_bounds(number: int, first: date, last: date) -> None:
    quarter = Quarter(2026, number)
    assert quarter.first_day == first
    assert quarter.last_day == last
    assert quarter.period == DateRange(first, last)


@settings(max_examples=200)
@given(st.dates())
@example(date.min)
@example(date.max)
@example(date(2024, 2, 29))
def test_quarter_of_a_day_contains_it(day: date) -> None:
    quarter = Quarter.of(day)
    assert quarter.year == day.year
    assert quarter.period.contains(day)


@settings(max_examples=200)
@given(st.integers(1, 9998), st.integers(1, 4))
def test_next_quarter_follows_without_gap(year: int, number: int) -> None:
    quarter = Quarter(year, number)
    following = quarter.next()
    assert following > quarter
    assert following.first_day == quarter.last_day + timedelta(days=1)
    chain = quarter
    for _ in range(4):
        chain = chain.next()
    assert chain == Quarter(year + 1, number)


def test_next_wraps_the_year() -> None:
    assert Quarter(2026, 4).next() == Quarter(2027, 1)
    assert Quarter(2026, 1).next() == Quarter(2026, 2)


@settings(max_examples=200)
@given(st.integers(1, 9999))
@example(2024)
@example(2100)
def test_quarters_tile_the_year(year: int) -> None:
    periods = [Quarter(year, n).period for n in range(1, 5)]
    assert periods[0].start == date(year, 1, 1)
    assert periods[-1].end == date(year, 12, 31)
    for before, after in zip(periods, periods[1:], strict=False):
        assert after.start == before.end + timedelta(days=1)
        assert not before.overlaps(after)
    assert sum(p.days for p in periods) == (366 if calendar.isleap(year) else 365)


# --- month_starts ---------------------------------------------------------------------------


def test_month_starts_example() -> None:
    assert list(month_starts(date(2026, 1, 15), date(2026, 3, 10))) == [
        date(2026, 1, 1),
        date(2026, 2, 1),
        date(2026, 3, 1),
    ]
    assert list(month_starts(date(2026, 3, 10), date(2026, 3, 1))) == [date(2026, 3, 1)]
    assert list(month_starts(date(2026, 3, 10), date(2026, 2, 1))) == []


@settings(max_examples=200)
@given(days, st.integers(0, 2_000))
def test_month_starts_touches_every_month_once(start: date, length: int) -> None:
    end = start + timedelta(days=length)
    starts = list(month_starts(start, end))
    assert len(starts) == _month_index(end) - _month_index(start) + 1
    assert all(first.day == 1 for first in starts)
    assert starts == sorted(set(starts))
