"""Deadlines skip weekends, Korean public holidays and the hub's extra days off."""

from __future__ import annotations

from datetime import date, timedelta

import holidays
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from hubdesk.domain.deadlines import WorkingCalendar
from hubdesk.domain.periods import add_months

_KR_HOLIDAYS = holidays.country_holidays("KR", years=range(2019, 2033))


def _off(day: date, extra: frozenset[date] = frozenset()) -> bool:
    """Independent check: weekend, public holiday (holidays package) or extra day off."""
    return day.weekday() >= 5 or day in _KR_HOLIDAYS or day in extra


dates_2020s = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))
workdays = WorkingCalendar()


# --- Working days -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2026, 10, 9), False),  # Hangul Day, a Friday
        (date(2026, 10, 10), False),  # Saturday
        (date(2026, 10, 11), False),  # Sunday
        (date(2026, 10, 12), True),
        (date(2026, 1, 1), False),  # New Year's Day
        (date(2026, 3, 2), False),  # substitute holiday for 3·1 on a Sunday
        (date(2026, 9, 25), False),  # Chuseok
        (date(2026, 3, 3), True),
    ],
)
def test_is_working_day(day: date, working: bool) -> None:
    assert workdays.is_working_day(day) is working


# --- Settlement and other month deadlines ---------------------------------------------------


@pytest.mark.parametrize(
    ("end", "due"),
    [
        # 2026-10-09 is Hangul Day, a Friday: the weekend follows, so Monday.
        (date(2026, 8, 9), date(2026, 10, 12)),
        (date(2026, 7, 31), date(2026, 9, 30)),  # clamped to September's end
        # 2027-02-28 is a Sunday and 2027-03-01 is Independence Movement Day.
        (date(2026, 12, 31), date(2027, 3, 2)),
    ],
)
def test_settlement_deadline_examples(end: date, due: date) -> None:
    assert workdays.deadline_after_months(end, 2) == due


def test_deadline_moves_past_weekend_then_holiday() -> None:
    # 2026-02-28 (Sat) + 1 month = 2026-03-28 (Sat) → Monday 2026-03-30.
    assert workdays.deadline_after_months(date(2026, 2, 28), 1) == date(2026, 3, 30)
    # 2025-12-01 + 3 months = 2026-03-01 (Sunday, 3·1) → 2 Mar is its substitute → 3 Mar.
    assert workdays.deadline_after_months(date(2025, 12, 1), 3) == date(2026, 3, 3)


def test_extra_days_off_are_skipped() -> None:
    hub = WorkingCalendar(extra_days_off=[date(2026, 10, 12), date(2026, 10, 13)])
    assert hub.is_holiday(date(2026, 10, 12))
    assert not hub.is_working_day(date(2026, 10, 13))
    assert hub.deadline_after_months(date(2026, 8, 9), 2) == date(2026, 10, 14)
    # The plain workdays is not affected.
    assert workdays.deadline_after_months(date(2026, 8, 9), 2) == date(2026, 10, 12)


def test_extra_day_off_on_the_due_date_itself() -> None:
    hub = WorkingCalendar(extra_days_off={date(2026, 9, 30)})
    assert hub.deadline_after_months(date(2026, 7, 31), 2) == date(2026, 10, 1)


@settings(max_examples=200)
@given(dates_2020s, st.integers(min_value=0, max_value=24))
@example(date(2026, 8, 9), 2)
@example(date(2025, 8, 3), 2)  # 2025-10-03 … 10-09: the long Chuseok break
def test_deadline_is_the_first_working_day_on_or_after(day: date, months: int) -> None:
    target = add_months(day, months)
    due = workdays.deadline_after_months(day, months)
    assert due.weekday() < 5
    assert due not in _KR_HOLIDAYS
    assert due >= target
    assert (due - target).days <= 10
    # Nothing was skipped that was a working day.
    skipped = [target + timedelta(days=i) for i in range((due - target).days)]
    assert all(_off(d) for d in skipped)


@settings(max_examples=200)
@given(
    dates_2020s,
    st.integers(min_value=1, max_value=3),
    st.sets(st.integers(min_value=0, max_value=8), max_size=4),
)
def test_deadline_skips_extra_days_off(day: date, months: int, offsets: set[int]) -> None:
    target = add_months(day, months)
    extra = frozenset(target + timedelta(days=i) for i in offsets)
    due = WorkingCalendar(extra_days_off=extra).deadline_after_months(day, months)
    assert not _off(due, extra)
    assert due >= target
    assert all(_off(target + timedelta(days=i), extra) for i in range((due - target).days))


# --- Working-day counts ---------------------------------------------------------------------


def test_add_working_days_skips_weekends() -> None:
    friday = date(2026, 3, 6)
    assert workdays.add_working_days(friday, 1) == date(2026, 3, 9)  # Monday
    assert workdays.add_working_days(friday, 5) == date(2026, 3, 13)
    assert workdays.add_working_days(friday, 0) == friday


def test_add_working_days_skips_holidays() -> None:
    # Thursday 2026-10-08 + 1: Friday is Hangul Day, then the weekend.
    assert workdays.add_working_days(date(2026, 10, 8), 1) == date(2026, 10, 12)


@settings(max_examples=200)
@given(dates_2020s, st.integers(min_value=1, max_value=30))
def test_add_working_days_counts_working_days(day: date, count: int) -> None:
    result = workdays.add_working_days(day, count)
    assert not _off(result)
    between = [day + timedelta(days=i) for i in range(1, (result - day).days + 1)]
    assert sum(not _off(d) for d in between) == count


@settings(max_examples=200)
@given(dates_2020s)
def test_next_working_day(day: date) -> None:
    result = workdays.next_working_day(day)
    assert result >= day and not _off(result)
    if not _off(day):
        assert result == day
    assert all(_off(day + timedelta(days=i)) for i in range((result - day).days))


def test_public_holidays_and_hub_days_off_are_told_apart() -> None:
    """The calendar pop-up marks them differently: it asks which is which."""
    hub = WorkingCalendar([date(2026, 12, 31)])
    assert hub.is_public_holiday(date(2026, 12, 25)) and not hub.is_hub_day_off(date(2026, 12, 25))
    assert hub.is_hub_day_off(date(2026, 12, 31)) and not hub.is_public_holiday(date(2026, 12, 31))
    names = hub.public_holidays(2027)
    assert names[date(2027, 2, 7)] == "설날"
    assert hub.public_holidays(2027, "en_US")[date(2027, 10, 9)] == "Hangul Day"
    assert set(names) == {day for day in _KR_HOLIDAYS if day.year == 2027}
