"""Calendar periods, quarters, months arithmetic and overlap checks."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from hubdesk.domain.errors import InvalidPeriod, ValidationError

_QUARTER = re.compile(r"^\s*(\d{4})\s*-?\s*[Qq]([1-4])\s*$")


def add_months(day: date, months: int) -> date:
    """Same day ``months`` later, clamped to the month's end (Jan 31 + 1 → Feb 28)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def months_between(start: date, end_inclusive: date) -> int:
    """Whole months a period covers, counting a started month as a whole one."""
    months = (end_inclusive.year - start.year) * 12 + end_inclusive.month - start.month
    # The period reaches into month ``months + 1`` once that month has begun,
    # i.e. once ``start`` moved on by ``months`` months is not after the end.
    if add_months(start, months) <= end_inclusive:
        months += 1
    return max(months, 0)


def one_year_from(start: date) -> date:
    """The inclusive end of a one-year term: 2026-03-01 → 2027-02-28."""
    return add_months(start, 12) - timedelta(days=1)


@dataclass(frozen=True, slots=True, order=True)
class DateRange:
    """A period of whole days, both ends included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidPeriod(field="period", start=self.start, end=self.end)

    def overlaps(self, other: DateRange) -> bool:
        return self.start <= other.end and other.start <= self.end

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def covers(self, other: DateRange) -> bool:
        return self.start <= other.start and other.end <= self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True, slots=True, order=True)
class TimeSlot:
    """A half-open interval of wall-clock time: a session ending at 10:00 and one
    starting at 10:00 do not overlap."""

    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise InvalidPeriod(field="time", start=self.start, end=self.end)

    def overlaps(self, other: TimeSlot) -> bool:
        return self.start < other.end and other.start < self.end

    @classmethod
    def from_hours(cls, day: date, start: time, minutes: int) -> TimeSlot:
        begin = datetime.combine(day, start)
        return cls(begin, begin + timedelta(minutes=minutes))


@dataclass(frozen=True, slots=True, order=True)
class Quarter:
    year: int
    number: int

    def __post_init__(self) -> None:
        if not 1 <= self.number <= 4:
            raise ValidationError(field="quarter", reason=f"{self.number} is not 1–4")

    @classmethod
    def parse(cls, text: str) -> Quarter:
        """``2026Q3``, ``2026-Q3`` or ``2026q3``."""
        match = _QUARTER.match(text)
        if not match:
            raise ValidationError(field="quarter", reason=f"{text!r} is not like 2026Q3")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, day: date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    @property
    def first_day(self) -> date:
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def last_day(self) -> date:
        month = 3 * self.number
        return date(self.year, month, calendar.monthrange(self.year, month)[1])

    @property
    def period(self) -> DateRange:
        return DateRange(self.first_day, self.last_day)

    def next(self) -> Quarter:
        return Quarter.of(add_months(self.first_day, 3))

    def __str__(self) -> str:
        return f"{self.year}Q{self.number}"

    @property
    def korean(self) -> str:
        return f"{self.year}년 {self.number}분기"


def month_starts(start: date, end: date) -> Iterable[date]:
    """First day of every month that ``start``..``end`` touches."""
    current = start.replace(day=1)
    while current <= end:
        yield current
        current = add_months(current, 1)
