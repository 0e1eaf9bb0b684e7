"""Dates and months as a Korean office writes them, read into ``date``.

``parse_date`` takes ``2027-01-01``, ``2027.1.1``, ``2027. 1. 1.``, ``20270101``,
``27.1.1``, ``2027/1/1`` and ``2027년 1월 1일`` (two-digit years are 20xx), with a
weekday after it if one is written (``2027-01-01 (금)``, which must be right).
``parse_month`` takes ``2027-01``, ``2027.1``, ``202701``, ``27.1``, ``2027년 1월`` or a
whole date. Anything else is refused with a typed error that says what is wrong:
the shape, the month, the day of that month, the weekday. Full-width digits and
other look-alikes are folded first (the text door's NFKC).
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from hubdesk.domain.errors import (
    DateMissing,
    DateTooEarly,
    DateTooLate,
    DateUnreadable,
    MonthUnreadable,
    NoSuchDay,
    NoSuchMonth,
    WeekdayMismatch,
)
from hubdesk.domain.text import normalised

KOREAN_WEEKDAYS = "월화수목금토일"  # Monday first, as date.weekday() counts
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—―−", "-"))

_YEAR = r"(?P<year>\d{4}|\d{2})"
_SEPARATED = re.compile(
    _YEAR + r"\s*(?P<sep>[.\-/])\s*(?P<month>\d{1,2})\s*(?P=sep)\s*(?P<day>\d{1,2})\s*\.?"
)
_SEPARATED_MONTH = re.compile(_YEAR + r"\s*(?P<sep>[.\-/])\s*(?P<month>\d{1,2})\s*\.?")
_KOREAN = re.compile(_YEAR + r"\s*년\s*(?P<month>\d{1,2})\s*월\s*(?P<day>\d{1,2})\s*일")
_KOREAN_MONTH = re.compile(_YEAR + r"\s*년\s*(?P<month>\d{1,2})\s*월")
_COMPACT = re.compile(r"(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})")
_COMPACT_MONTH = re.compile(r"(?P<year>\d{4})(?P<month>\d{2})")
_WEEKDAY = re.compile(
    r"\s*\(\s*(?:(?P<ko>[월화수목금토일])(?:요일)?|(?P<en>[A-Za-z]{3,9})\.?)\s*\)\s*$"
)


def _cleaned(text: str) -> str:
    return normalised(text).translate(_DASHES).strip()


def _full_year(digits: str) -> int:
    """Four digits as they are; two digits are this century's (27 → 2027)."""
    return 2000 + int(digits) if len(digits) == 2 else int(digits)


def _split_weekday(text: str) -> tuple[str, int | None]:
    """``2027-01-01 (금)`` → (``2027-01-01``, 4); a text without a weekday → (text, None)."""
    match = _WEEKDAY.search(text)
    if match is None:
        return text, None
    if match["ko"]:
        return text[: match.start()], KOREAN_WEEKDAYS.index(match["ko"])
    written = match["en"].lower()
    for index, name in enumerate(ENGLISH_WEEKDAYS):
        if len(written) >= 3 and name.lower().startswith(written):
            return text[: match.start()], index
    return text, None  # not a weekday: the shape check refuses it


def _checked_day(text: str, year: int, month: int, day: int) -> date:
    if not 1 <= month <= 12:
        raise NoSuchMonth(text=text, month=month)
    last_day = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last_day:
        raise NoSuchDay(text=text, year=year, month=month, day=day, last_day=last_day)
    return date(year, month, day)


def parse_date(text: str) -> date:
    """The day ``text`` names; raise a ``ValidationError`` subclass saying why not."""
    cleaned = _cleaned(text)
    if not cleaned:
        raise DateMissing()
    body, weekday = _split_weekday(cleaned)
    for pattern in (_SEPARATED, _KOREAN, _COMPACT):
        match = pattern.fullmatch(body.strip())
        if match is not None:
            year = _full_year(match["year"])
            if year < 1:
                break
            day = _checked_day(text, year, int(match["month"]), int(match["day"]))
            if weekday is not None and weekday != day.weekday():
                raise WeekdayMismatch(
                    text=text,
                    day=day,
                    actual=ENGLISH_WEEKDAYS[day.weekday()],
                    written=ENGLISH_WEEKDAYS[weekday],
                )
            return day
    raise DateUnreadable(text=text)


def parse_month(text: str) -> date:
    """The first day of the month ``text`` names (a whole date names its month)."""
    cleaned = _cleaned(text)
    if not cleaned:
        raise DateMissing()
    for pattern in (_SEPARATED_MONTH, _KOREAN_MONTH, _COMPACT_MONTH):
        match = pattern.fullmatch(cleaned)
        if match is not None and _full_year(match["year"]) >= 1:
            return _checked_day(text, _full_year(match["year"]), int(match["month"]), 1)
    try:
        return parse_date(text).replace(day=1)
    except DateUnreadable:
        raise MonthUnreadable(text=text) from None


def check_day_range(day: date, first: date | None, last: date | None) -> date:
    """``day`` when it lies within ``first``–``last`` (either may be open), else raise."""
    if first is not None and day < first:
        raise DateTooEarly(day=day, first=first)
    if last is not None and day > last:
        raise DateTooLate(day=day, last=last)
    return day


def korean_weekday(day: date) -> str:
    """``2027-01-01`` → ``금``."""
    return KOREAN_WEEKDAYS[day.weekday()]
