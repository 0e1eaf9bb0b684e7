"""Amounts as people write them: digits with separators and 원, the units 만, 억, 조
and 천 (300만, 1억 2,000만, 2천500만원), refused with the reason when they are not
an amount; every amount written any way reads back to itself."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from hubdesk.domain.errors import (
    AmountCharacter,
    AmountFraction,
    AmountMissing,
    AmountShape,
    AmountTooLarge,
    AmountTooSmall,
    ValidationError,
)
from hubdesk.domain.money import (
    MAX_AMOUNT,
    check_won_range,
    format_krw,
    format_won_sign,
    parse_won,
    plain_won,
)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("3000000", 3_000_000),
        ("3,000,000", 3_000_000),
        ("3,000,000원", 3_000_000),
        ("3,000,000 원", 3_000_000),
        ("  3,000,000원 ", 3_000_000),
        ("₩3,000,000", 3_000_000),
        ("￦3,000,000", 3_000_000),  # full-width won sign
        ("금 3,000,000원정", 3_000_000),
        ("３，０００，０００원", 3_000_000),  # full-width digits and comma
        ("300만", 3_000_000),
        ("300만원", 3_000_000),
        ("300만 원", 3_000_000),
        ("만 원", 10_000),
        ("1억", 100_000_000),
        ("억", 100_000_000),
        ("1억 2,000만", 120_000_000),
        ("1억2000만원", 120_000_000),
        ("1억 2,345만 6,789원", 123_456_789),
        ("2천만", 20_000_000),
        ("천만 원", 10_000_000),
        ("2천500만원", 25_000_000),
        ("3천5백만", 35_000_000),
        ("5천", 5_000),
        ("5천원", 5_000),
        ("1.5억", 150_000_000),
        ("2.5만", 25_000),
        ("3,000.00", 3_000),
        ("1조 5,000만", 1_000_050_000_000),
        ("12,000만", 120_000_000),
        ("0", 0),
        ("0원", 0),
        ("△50,000", -50_000),
        ("-50,000원", -50_000),
        ("△ 1억", -100_000_000),
    ],
)
def test_amounts_as_people_write_them(text: str, amount: int) -> None:
    assert parse_won(text) == amount


def test_letters_are_refused_naming_the_first_one() -> None:
    """The issue's "abc24만원" became 24: it is refused, and says which character."""
    with pytest.raises(AmountCharacter) as refused:
        parse_won("abc24만원")
    assert refused.value.values == {"text": "abc24만원", "character": "a"}
    with pytest.raises(AmountCharacter) as refused:
        parse_won("300만원 정도")
    assert refused.value.values["character"] == "원"
    with pytest.raises(AmountCharacter):
        parse_won("삼백만원")  # words are for documents, not for typing


@pytest.mark.parametrize(
    "text",
    [
        "3,00,000",  # commas that are not thousands separators
        ",300",
        "300,",
        "300 400",  # two numbers
        "만억",  # units must fall
        "300만 200만",
        "1억 12,000만",  # a group below 억 stops at 9,999만
        "1만 20000",
        "2천5000",
        "25백",
        "원",
        "-",
    ],
)
def test_malformed_amounts_are_refused(text: str) -> None:
    with pytest.raises(AmountShape) as refused:
        parse_won(text)
    assert refused.value.values == {"text": text}


def test_fractions_of_a_won_are_refused() -> None:
    with pytest.raises(AmountFraction):
        parse_won("1.5")
    with pytest.raises(AmountFraction):
        parse_won("0.00001만")


def test_empty_is_missing_and_too_much_is_too_large() -> None:
    for text in ("", "  ", "\u200b"):
        with pytest.raises(AmountMissing):
            parse_won(text)
    with pytest.raises(AmountTooLarge):
        parse_won("10,000조")  # past the largest amount, 9,999조 9,999억 9,999만 9,999원
    with pytest.raises(AmountCharacter):
        parse_won("1경")  # not a unit anyone types for a grant


def test_range() -> None:
    assert check_won_range(3_000_000, 0, 3_000_000) == 3_000_000
    assert check_won_range(-5, None, None) == -5
    with pytest.raises(AmountTooSmall) as small:
        check_won_range(-1, 0, None)
    assert small.value.values == {"amount": -1, "minimum": 0}
    with pytest.raises(AmountTooLarge) as large:
        check_won_range(9_000_000, 0, 3_000_000)
    assert str(large.value) == "9,000,000 won is above the maximum of 3,000,000 won"
    with pytest.raises(AmountTooLarge):
        parse_won(f"{MAX_AMOUNT + 1:,}")


# --- Round trips --------------------------------------------------------------------

amounts = st.integers(min_value=0, max_value=MAX_AMOUNT)


def korean_units(amount: int, *, spaced: bool = True, grouped: bool = True) -> str:
    """``123456789`` → ``1억 2,345만 6,789원``, the way news and memos write amounts."""
    parts = []
    for unit, name in ((10**12, "조"), (10**8, "억"), (10**4, "만")):
        group = amount // unit % 10**4
        if group:
            parts.append(f"{group:,}{name}" if grouped else f"{group}{name}")
    if amount % 10**4 or not parts:
        rest = amount % 10**4
        parts.append(f"{rest:,}" if grouped else str(rest))
    return (" " if spaced else "").join(parts) + "원"


@settings(max_examples=300)
@given(amounts)
@example(0)
@example(MAX_AMOUNT)
@example(10**8)
@example(10**12 + 1)
def test_every_amount_reads_back_however_it_is_written(amount: int) -> None:
    for written in (
        str(amount),
        plain_won(amount),
        format_krw(amount),
        format_won_sign(amount),
        korean_units(amount),
        korean_units(amount, spaced=False, grouped=False),
    ):
        assert parse_won(written) == amount, written


@settings(max_examples=200)
@given(st.integers(min_value=-(10**12), max_value=-1))
def test_negative_amounts_read_back(amount: int) -> None:
    assert parse_won(f"△{-amount:,}") == amount
    assert parse_won(format_won_sign(amount)) == amount


@settings(max_examples=300)
@given(st.text(max_size=16))
def test_any_text_is_an_amount_or_a_refusal(text: str) -> None:
    try:
        amount = parse_won(text)
    except ValidationError:
        return
    assert isinstance(amount, int) and abs(amount) <= MAX_AMOUNT


@given(st.text(alphabet="abcxyzABC가나다!?#", min_size=1, max_size=4), amounts)
def test_letters_anywhere_are_refused(letters: str, amount: int) -> None:
    written = plain_won(amount)
    for text in (letters + written, written + letters):
        with pytest.raises((AmountCharacter, AmountShape)):
            parse_won(text)
