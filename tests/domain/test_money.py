"""Whole-won money: formatting, Korean amount in words, amount checks, percentages."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from hubdesk.domain.errors import ValidationError
from hubdesk.domain.money import (
    MAX_AMOUNT,
    amount_for_document,
    amount_in_words,
    check_amount,
    format_krw,
    format_won_sign,
    korean_number_words,
    percent_of,
)

# --- An independent parser: formal Korean number words back to an int ----------

_DIGIT_VALUES = dict(zip("일이삼사오육칠팔구", range(1, 10), strict=True))
_SMALL_UNIT_VALUES = {"십": 10, "백": 100, "천": 1000}
_BIG_UNIT_VALUES = {"만": 10**4, "억": 10**8, "조": 10**12}


def parse_korean_number(words: str) -> int:
    """Read formal number words (every digit spelled: 일천, 일백, 일십) back to an int.

    Strict: rejects anything that is not the canonical form, so a round trip also
    proves the words are well formed (units in falling order, no dangling digit).
    """
    if words == "영":
        return 0
    assert words, "empty words"
    total = 0
    section = 0  # the value below 10,000 being read
    digit: int | None = None
    last_small = 10**4  # small units must fall within a section
    last_big = 10**16  # big units must fall over the whole number
    for char in words:
        if char in _DIGIT_VALUES:
            assert digit is None, f"two digits in a row in {words!r}"
            digit = _DIGIT_VALUES[char]
        elif char in _SMALL_UNIT_VALUES:
            unit = _SMALL_UNIT_VALUES[char]
            assert digit is not None, f"unit {char} without its digit in {words!r}"
            assert unit < last_small, f"small units out of order in {words!r}"
            section += digit * unit
            last_small = unit
            digit = None
        elif char in _BIG_UNIT_VALUES:
            unit = _BIG_UNIT_VALUES[char]
            if digit is not None:
                section += digit
                digit = None
            assert section > 0, f"empty group before {char} in {words!r}"
            assert unit < last_big, f"big units out of order in {words!r}"
            total += section * unit
            section = 0
            last_big = unit
            last_small = 10**4
        else:
            raise AssertionError(f"unexpected character {char!r} in {words!r}")
    if digit is not None:
        section += digit
    return total + section


def test_parser_reads_hand_written_words() -> None:
    # The test parser itself is checked against words written by hand.
    assert parse_korean_number("영") == 0
    assert parse_korean_number("일천이백삼십사만오천") == 12_345_000
    assert parse_korean_number("일조일") == 1_000_000_000_001
    assert parse_korean_number("구천구백구십구조") == 9_999 * 10**12
    with pytest.raises(AssertionError):
        parse_korean_number("천")  # formal words spell every digit
    with pytest.raises(AssertionError):
        parse_korean_number("일십일백")  # out of order


# --- Amount in words --------------------------------------------------------------


def test_domain_example_amount_in_words() -> None:
    assert amount_in_words(12_345_000) == "금 일천이백삼십사만오천원정"


def test_amount_for_document_carries_words_and_figures() -> None:
    assert amount_for_document(12_345_000) == "금 일천이백삼십사만오천원정 (₩12,345,000)"


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        (0, "영"),
        (1, "일"),
        (9, "구"),
        (10, "일십"),
        (11, "일십일"),
        (20, "이십"),
        (100, "일백"),
        (101, "일백일"),
        (1_000, "일천"),
        (1_010, "일천일십"),
        (10_000, "일만"),
        (10_001, "일만일"),
        (100_000, "일십만"),
        (2_000_000, "이백만"),
        (100_000_000, "일억"),
        (100_010_000, "일억일만"),
        (417_000_000, "사억일천칠백만"),
        (2_138_000_000, "이십일억삼천팔백만"),
        (10**12, "일조"),
        (10**12 + 1, "일조일"),
        (300_000_000, "삼억"),
        (1_000_000_000, "일십억"),
        (
            MAX_AMOUNT,
            "구천구백구십구조구천구백구십구억구천구백구십구만구천구백구십구",
        ),
    ],
)
def test_korean_number_words_examples(amount: int, words: str) -> None:
    assert korean_number_words(amount) == words
    assert amount_in_words(amount) == f"금 {words}원정"


@settings(max_examples=200)
@given(st.integers(min_value=0, max_value=10**15 - 1))
@example(0)
@example(10**15 - 1)
@example(10**4)
@example(10**8)
@example(10**12)
@example(10**12 + 10**4)
def test_words_round_trip_up_to_999_jo(amount: int) -> None:
    assert parse_korean_number(korean_number_words(amount)) == amount


@settings(max_examples=200)
@given(st.integers(min_value=0, max_value=MAX_AMOUNT))
@example(MAX_AMOUNT)
@example(10**15)
@example(MAX_AMOUNT - 9_999)
def test_words_round_trip_up_to_max_amount(amount: int) -> None:
    words = korean_number_words(amount)
    assert parse_korean_number(words) == amount
    assert ("영" in words) == (amount == 0)


@settings(max_examples=200)
@given(st.integers(min_value=0, max_value=MAX_AMOUNT))
def test_amount_in_words_wraps_the_number_words(amount: int) -> None:
    text = amount_in_words(amount)
    assert text.startswith("금 ") and text.endswith("원정")
    assert parse_korean_number(text[2:-2]) == amount


@pytest.mark.parametrize("bad", [-1, MAX_AMOUNT + 1, 1.0, True, "1000"])
def test_korean_number_words_refuses_what_is_not_an_amount(bad: object) -> None:
    with pytest.raises(ValidationError):
        korean_number_words(bad)  # type: ignore[arg-type]


# --- Formatting -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (0, "0원"),
        (999, "999원"),
        (1_000, "1,000원"),
        (12_345_000, "12,345,000원"),
        (2_138_000_000, "2,138,000,000원"),
    ],
)
def test_format_krw(amount: int, text: str) -> None:
    assert format_krw(amount) == text


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (0, "₩0"),
        (1_000, "₩1,000"),
        (12_345_000, "₩12,345,000"),
        (-1_234, "-₩1,234"),
    ],
)
def test_format_won_sign(amount: int, text: str) -> None:
    assert format_won_sign(amount) == text


@settings(max_examples=200)
@given(st.integers(min_value=-MAX_AMOUNT, max_value=MAX_AMOUNT))
def test_formats_read_back_to_the_amount(amount: int) -> None:
    krw = format_krw(amount)
    assert krw.endswith("원")
    assert int(krw[:-1].replace(",", "")) == amount
    sign = format_won_sign(amount)
    assert int(sign.replace("₩", "").replace(",", "")) == amount
    assert sign.startswith("-₩") == (amount < 0)
    # Thousands are grouped by three.
    for group in krw[:-1].lstrip("-").split(",")[1:]:
        assert len(group) == 3


# --- check_amount -------------------------------------------------------------------


@settings(max_examples=200)
@given(st.integers(min_value=0, max_value=MAX_AMOUNT))
def test_check_amount_returns_whole_won_amounts(amount: int) -> None:
    assert check_amount(amount, "grant") == amount


@pytest.mark.parametrize(
    "bad",
    [
        1.0,
        1000.0,
        0.5,
        float("nan"),
        float("inf"),
        True,
        False,
        -1,
        -1_000,
        MAX_AMOUNT + 1,
        10**16,
        10**20,
        "1000",
        Decimal("1000"),
        None,
    ],
)
def test_check_amount_refuses(bad: object) -> None:
    with pytest.raises(ValidationError) as info:
        check_amount(bad, "grant")
    assert info.value.code == "invalid_value"
    assert info.value.values["field"] == "grant"
    assert str(info.value).startswith("grant: ")


@settings(max_examples=200)
@given(st.floats(allow_nan=True, allow_infinity=True))
def test_check_amount_refuses_every_float(value: float) -> None:
    with pytest.raises(ValidationError):
        check_amount(value, "amount")


@settings(max_examples=200)
@given(st.integers(max_value=-1))
def test_check_amount_refuses_every_negative(value: int) -> None:
    with pytest.raises(ValidationError):
        check_amount(value, "amount")


def test_check_amount_zero_only_when_allowed() -> None:
    assert check_amount(0, "amount") == 0
    with pytest.raises(ValidationError):
        check_amount(0, "amount", allow_zero=False)
    assert check_amount(1, "amount", allow_zero=False) == 1


def test_check_amount_boundary() -> None:
    assert check_amount(MAX_AMOUNT, "amount") == MAX_AMOUNT


# --- percent_of -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "percent", "result"),
    [
        (1_000_000, 10, 100_000),
        (12_345, 10, 1_235),  # 1,234.5 → 1,235
        (101, 1, 2),  # 1.01 → 2
        (100, 1, 1),
        (0, 30, 0),
        (5_000_000, 0, 0),
        (5_000_000, 100, 5_000_000),
        (33_333_333, 30, 10_000_000),  # 9,999,999.9 → 10,000,000
    ],
)
def test_percent_of_examples(amount: int, percent: int, result: int) -> None:
    assert percent_of(amount, percent) == result


@settings(max_examples=200)
@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=100))
def test_percent_of_equals_math_ceil(amount: int, percent: int) -> None:
    # amount * percent stays below 2**53, where float division is exact enough.
    assert percent_of(amount, percent) == math.ceil(amount * percent / 100)


@settings(max_examples=200)
@given(st.integers(min_value=0, max_value=MAX_AMOUNT), st.integers(min_value=0, max_value=100))
def test_percent_of_rounds_up_exactly_for_any_amount(amount: int, percent: int) -> None:
    result = percent_of(amount, percent)
    assert isinstance(result, int)
    assert result == math.ceil(Fraction(amount * percent, 100))
    # Rounded up, by less than one won.
    assert result * 100 >= amount * percent > (result - 1) * 100 or result == 0
