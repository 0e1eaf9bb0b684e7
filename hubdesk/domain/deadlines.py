"""Deadlines that skip weekends, Korean public holidays and the hub's extra days off."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from functools import cache, lru_cache

from hubdesk.domain import korean_holidays
from hubdesk.domain.periods import add_months

TABLE_LANGUAGES = ("ko", "en_US")  # the names the table holds, in its order


@cache
def _table() -> dict[int, tuple[tuple[date, str, str], ...]]:
    """The holidays of the table's years: (day, Korean name, English name) by year."""
    years: dict[int, list[tuple[date, str, str]]] = defaultdict(list)
    for line in korean_holidays.TABLE.splitlines():
        day, korean, english = line.split("|")
        holiday = date.fromisoformat(day)
        years[holiday.year].append((holiday, korean, english))
    return {year: tuple(found) for year, found in years.items()}


def _in_table(year: int) -> bool:
    return korean_holidays.FIRST_YEAR <= year <= korean_holidays.LAST_YEAR


def _package_holidays(year: int, language: str | None = None) -> dict[date, str]:
    """The ``holidays`` package's list, for a year or a language the table does not hold:
    imported then (0.3 s to import it and load Korea's calendar)."""
    import holidays

    return dict(holidays.country_holidays("KR", years=year, language=language))


@lru_cache(maxsize=64)
def _korean_holidays(year: int) -> frozenset[date]:
    if _in_table(year):
        return frozenset(day for day, _korean, _english in _table().get(year, ()))
    return frozenset(_package_holidays(year))


@lru_cache(maxsize=64)
def _holiday_names(year: int, language: str) -> tuple[tuple[date, str], ...]:
    if _in_table(year) and language in TABLE_LANGUAGES:
        column = 1 + TABLE_LANGUAGES.index(language)
        return tuple((row[0], str(row[column])) for row in _table().get(year, ()))
    return tuple(sorted(_package_holidays(year, language).items()))


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
