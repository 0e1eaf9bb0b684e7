"""The table of Korean holidays says what the ``holidays`` package says, year by year.

After updating the package, run ``uv run python tools/korean_holidays.py`` to write the
table again if this fails.
"""

from __future__ import annotations

import sys
from datetime import date

import holidays

from hubdesk.domain import deadlines, korean_holidays
from hubdesk.domain.deadlines import WorkingCalendar


def test_the_table_is_the_package_for_each_of_its_years() -> None:
    calendar = WorkingCalendar()
    for year in range(korean_holidays.FIRST_YEAR, korean_holidays.LAST_YEAR + 1):
        for language in ("ko", "en_US"):
            expected = dict(holidays.country_holidays("KR", years=year, language=language))
            assert calendar.public_holidays(year, language) == expected, (year, language)


def test_years_beyond_the_table_still_ask_the_package() -> None:
    calendar = WorkingCalendar()
    year = korean_holidays.LAST_YEAR + 1
    assert set(calendar.public_holidays(year)) == set(holidays.country_holidays("KR", years=year))
    assert calendar.is_public_holiday(date(year, 12, 25))
    assert calendar.public_holidays(2026, "th")  # a language the table lacks


def test_a_deadline_inside_the_table_does_not_import_the_package() -> None:
    saved = {name: module for name, module in sys.modules.items() if name == "holidays"}
    sys.modules.pop("holidays", None)
    deadlines._korean_holidays.cache_clear()  # asked anew, as in a new process
    try:
        # Friday 2026-10-09 is Hangul Day: the deadline moves to Monday.
        assert WorkingCalendar().deadline_after_months(date(2026, 8, 9), 2) == date(2026, 10, 12)
        assert "holidays" not in sys.modules
    finally:
        sys.modules.update(saved)
