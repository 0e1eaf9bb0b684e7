"""Dates as a Korean office writes them: every common style read, impossible days refused
with what is wrong, and any day written any way read back to itself."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from hubdesk.domain.dates import (
    KOREAN_WEEKDAYS,
    check_day_range,
    korean_weekday,
    parse_date,
    parse_month,
)
from hubdesk.domain.errors import (
    DateMissing,
    DateTooEarly,
    DateTooLate,
    DateUnreadable,
    MonthUnreadable,
    NoSuchDay,
    NoSuchMonth,
    ValidationError,
    WeekdayMismatch,
)

NEW_YEAR_2027 = date(2027, 1, 1)


@pytest.mark.parametrize(
    "text",
    [
        "2027-01-01",
        "2027.1.1",
        "2027. 1. 1.",
        "2027.01.01.",
        "20270101",
        "27.1.1",
        "27-01-01",
        "2027/1/1",
        "2027년 1월 1일",
        "2027년1월1일",
        "27년 1월 1일",
        "  2027-1-1  ",
        "２０２７．１．１",  # full-width, as some input methods type it
        "2027–01–01",  # en dash from a word processor
        "2027-01-01 (금)",
        "2027. 1. 1.(금요일)",
        "2027-01-01 (Fri)",
    ],
)
def test_every_common_way_of_writing_a_day(text: str) -> None:
    assert parse_date(text) == NEW_YEAR_2027


@pytest.mark.parametrize(
    "text",
    ["abc", "2027", "2027.1", "2027-01", "202701", "2027010", "2027-1/1", "1.1", "202.1.1", "금"],
)
def test_what_is_not_a_date_is_refused_as_unreadable(text: str) -> None:
    with pytest.raises(DateUnreadable) as refused:
        parse_date(text)
    assert refused.value.values == {"text": text}


def test_an_impossible_day_names_the_month_and_its_length() -> None:
    with pytest.raises(NoSuchDay) as refused:
        parse_date("2027-02-30")
    assert refused.value.values == {
        "text": "2027-02-30",
        "year": 2027,
        "month": 2,
        "day": 30,
        "last_day": 28,
    }
    assert str(refused.value) == "'2027-02-30' is not a day: 2027-02 has 28 days"
    assert parse_date("2028-02-29") == date(2028, 2, 29)  # a leap year has it
    with pytest.raises(NoSuchDay):
        parse_date("2027.4.31")
    with pytest.raises(NoSuchDay):
        parse_date("2027.4.0")


def test_a_month_that_does_not_exist() -> None:
    with pytest.raises(NoSuchMonth) as refused:
        parse_date("2027.13.1")
    assert refused.value.values == {"text": "2027.13.1", "month": 13}
    with pytest.raises(NoSuchMonth):
        parse_date("20270001")


def test_a_wrong_weekday_is_refused_rather_than_ignored() -> None:
    with pytest.raises(WeekdayMismatch) as refused:
        parse_date("2027-01-01 (목)")
    assert refused.value.values["actual"] == "Friday"
    assert refused.value.values["written"] == "Thursday"


def test_empty_is_missing() -> None:
    for text in ("", "   ", "\u200b"):
        with pytest.raises(DateMissing):
            parse_date(text)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("2027-01", date(2027, 1, 1)),
        ("2027.1", date(2027, 1, 1)),
        ("2027. 1.", date(2027, 1, 1)),
        ("202701", date(2027, 1, 1)),
        ("27.1", date(2027, 1, 1)),
        ("2027년 12월", date(2027, 12, 1)),
        ("2027-12-24", date(2027, 12, 1)),  # a whole date names its month
    ],
)
def test_months(text: str, month: date) -> None:
    assert parse_month(text) == month


def test_months_refused() -> None:
    with pytest.raises(NoSuchMonth):
        parse_month("2027-13")
    with pytest.raises(MonthUnreadable):
        parse_month("next month")
    with pytest.raises(DateMissing):
        parse_month("")


def test_day_range() -> None:
    first, last = date(2026, 4, 1), date(2026, 10, 31)
    assert check_day_range(date(2026, 4, 1), first, last) == date(2026, 4, 1)
    assert check_day_range(date(1999, 1, 1), None, last) == date(1999, 1, 1)
    with pytest.raises(DateTooEarly) as early:
        check_day_range(date(2026, 3, 31), first, last)
    assert early.value.values == {"day": date(2026, 3, 31), "first": first}
    with pytest.raises(DateTooLate):
        check_day_range(date(2026, 11, 1), None, last)


def test_weekday_in_korean() -> None:
    assert korean_weekday(NEW_YEAR_2027) == "금"
    assert korean_weekday(date(2026, 10, 11)) == "일"


# --- Round trips: any day, written any way, reads back to itself ----------------------

days = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))
STYLES = (
    lambda d: d.isoformat(),
    lambda d: f"{d.year}.{d.month}.{d.day}",
    lambda d: f"{d.year}. {d.month}. {d.day}.",
    lambda d: f"{d:%Y%m%d}",
    lambda d: f"{d:%y}.{d.month:02d}.{d.day:02d}",
    lambda d: f"{d.year}/{d.month}/{d.day}",
    lambda d: f"{d.year}년 {d.month}월 {d.day}일",
    lambda d: f"{d.isoformat()} ({KOREAN_WEEKDAYS[d.weekday()]})",
)


@given(days, st.sampled_from(range(len(STYLES))))
@example(date(2028, 2, 29), 3)
def test_any_day_in_any_style_reads_back(day: date, style: int) -> None:
    assert parse_date(STYLES[style](day)) == day


@given(st.integers(2000, 2099), st.integers(1, 12), st.integers(29, 40))
def test_a_day_past_the_month_end_is_refused_never_moved(year: int, month: int, day: int) -> None:
    text = f"{year}-{month:02d}-{day:02d}"
    try:
        parsed = parse_date(text)
    except NoSuchDay as refused:
        assert refused.values["last_day"] < day
    else:
        assert (parsed.year, parsed.month, parsed.day) == (year, month, day)


@given(st.text(max_size=12))
def test_any_text_is_a_day_or_a_refusal(text: str) -> None:
    try:
        parse_date(text)
    except ValidationError:
        pass
