"""Deadlines that skip weekends, Korean public holidays and the hub's extra days off."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

from hubdesk.domain.periods import add_months

# ``holidays`` (40 ms to import, more to load Korea's calendar) is imported by the first
# date that needs it, not by every window that can show a date.


@lru_cache(maxsize=64)
def _korean_holidays(year: int) -> frozenset[date]:
    import holidays

    return frozenset(holidays.country_holidays("KR", years=year).keys())


@lru_cache(maxsize=64)
def _holiday_names(year: int, language: str) -> tuple[tuple[date, str], ...]:
    import holidays

    found = holidays.country_holidays("KR", years=year, language=language)
    return tuple(sorted(found.items()))


class WorkingCalendar:
    """Working days of the hub: Monday–Friday, minus public holidays and days off."""

    def __init__(self, extra_days_off: Iterable[date] = ()) -> None:
        self.extra_days_off = frozenset(extra_days_off)

    def is_holiday(self, day: date) -> bool:
        return day in _korean_holidays(day.year) or day in self.extra_days_off

    def is_public_holiday(self, day: date) -> bool:
        """A Korean public holiday (substitute holidays included)."""
        return day in _korean_holidays(day.year)

    def is_hub_day_off(self, day: date) -> bool:
        """One of the hub's own days off (staff keep the table)."""
        return day in self.extra_days_off

    def public_holidays(self, year: int, language: str = "ko") -> dict[date, str]:
        """The year's public holidays by name, ``ko`` (설날) or ``en_US`` (Korean New Year)."""
        return dict(_holiday_names(year, language))

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and not self.is_holiday(day)

    def next_working_day(self, day: date) -> date:
        """``day`` itself when it is a working day, else the first one after it."""
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day

    def deadline_after_months(self, day: date, months: int) -> date:
        """The deadline ``months`` after ``day``, moved past days off.

        Settlement is due 2 months after an agreement ends: an agreement ending on
        2026-07-31 is due 2026-09-30; one ending 2026-08-09 lands on Friday
        2026-10-09 (Hangul Day) and moves to Monday 2026-10-12.
        """
        return self.next_working_day(add_months(day, months))

    def add_working_days(self, day: date, count: int) -> date:
        """The ``count``-th working day after ``day``."""
        while count > 0:
            day += timedelta(days=1)
            if self.is_working_day(day):
                count -= 1
        return day
