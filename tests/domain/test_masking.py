"""Masking personal data in exports: 김*용, 010-1234-****, 110-***-***456."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hubdesk.domain.masking import (
    contains_resident_number,
    format_phone,
    mask_account,
    mask_address,
    mask_email,
    mask_name,
    mask_phone,
    mask_resident_numbers,
    resident_number_spans,
)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


# --- Names ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("김철용", "김*용"),  # DOMAIN.md
        ("김철", "김*"),
        ("남궁민수", "남**수"),
        ("김", "김"),
        ("", ""),
        ("  김철용 ", "김*용"),
        ("Hong Gildong", "H**********g"),
    ],
)
def test_mask_name_examples(name: str, masked: str) -> None:
    assert mask_name(name) == masked


hangul_names = st.text(
    alphabet=st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3), min_size=1, max_size=8
)
any_names = st.text(alphabet=st.characters(categories=["L"]), min_size=1, max_size=20)


@settings(max_examples=200)
@given(st.one_of(hangul_names, any_names))
def test_mask_name_keeps_length_and_ends(name: str) -> None:
    masked = mask_name(name)
    assert len(masked) == len(name)
    assert masked[0] == name[0]
    if len(name) >= 3:
        assert masked[-1] == name[-1]
        assert masked[1:-1] == "*" * (len(name) - 2)
    elif len(name) == 2:
        assert masked[1] == "*"


# --- Phones -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("010-1234-5678", "010-1234-****"),  # DOMAIN.md
        ("01012345678", "010-1234-****"),
        ("010 1234 5678", "010-1234-****"),
        ("010.1234.5678", "010-1234-****"),
        ("02-123-4567", "02-123-****"),
        ("0212345678", "02-1234-****"),
        ("031-123-4567", "031-123-****"),
        ("1588-1234", "1588-****"),
        ("15881234", "1588-****"),
        ("1234567", "123-****"),
        ("1234", "****"),
        ("123", "***"),
        ("", ""),
    ],
)
def test_mask_phone_examples(phone: str, masked: str) -> None:
    assert mask_phone(phone) == masked


@pytest.mark.parametrize(
    ("digits", "formatted"),
    [
        ("01012345678", "010-1234-5678"),
        ("0101234567", "010-123-4567"),
        ("0212345678", "02-1234-5678"),
        ("021234567", "02-123-4567"),
        ("0311234567", "031-123-4567"),
        ("15881234", "1588-1234"),
        ("1234567", "123-4567"),
    ],
)
def test_format_phone(digits: str, formatted: str) -> None:
    assert format_phone(digits) == formatted


def _group(size_min: int, size_max: int) -> st.SearchStrategy[str]:
    return st.text(alphabet="0123456789", min_size=size_min, max_size=size_max)


korean_phone_groups = st.tuples(
    st.sampled_from(["010", "011", "016", "019", "02", "031", "032", "051", "064", "070"]),
    _group(3, 4),
    _group(4, 4),
)


@settings(max_examples=200)
@given(korean_phone_groups, st.sampled_from(["-", "", " ", "."]))
def test_masked_phone_hides_the_last_four_digits(
    groups: tuple[str, str, str], separator: str
) -> None:
    phone = separator.join(groups)
    digits = _digits(phone)
    masked = mask_phone(phone)
    assert masked.endswith("-****")
    # Only the leading digits survive, in order; the last four never appear.
    assert _digits(masked) == digits[:-4]
    if separator == "-":
        assert len(masked) == len(phone)
        positions = [i for i, char in enumerate(phone) if char.isdigit()][-4:]
        assert all(masked[i] == "*" for i in positions)
        assert masked[: positions[0]] == phone[: positions[0]]


@settings(max_examples=200)
@given(_group(0, 14))
def test_masked_bare_digits_never_show_the_last_four(digits: str) -> None:
    masked = mask_phone(digits)
    shown = _digits(masked)
    assert digits.startswith(shown)
    assert len(shown) <= max(len(digits) - 4, 0)


@settings(max_examples=200)
@given(st.text(max_size=30))
def test_mask_phone_never_fails(text: str) -> None:
    assert isinstance(mask_phone(text), str)


# --- Bank accounts ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("account", "masked"),
    [
        ("110-123-456456", "110-***-***456"),  # DOMAIN.md
        ("110123456456", "110******456"),
        ("1002-345-678901", "1002-***-***901"),
        ("123-456789", "123-***789"),
        ("123456", "******"),
    ],
)
def test_mask_account_examples(account: str, masked: str) -> None:
    assert mask_account(account) == masked


account_groups = st.lists(_group(2, 6), min_size=2, max_size=4)


@settings(max_examples=200)
@given(account_groups)
def test_mask_account_keeps_first_group_and_last_three(groups: list[str]) -> None:
    account = "-".join(groups)
    masked = mask_account(account)
    assert len(masked) == len(account)
    assert masked.split("-")[0] == groups[0]
    assert masked.count("-") == account.count("-")
    last = groups[-1]
    assert masked.endswith(last[-3:])
    # Every other digit is hidden.
    assert len(_digits(masked)) == len(groups[0]) + min(len(last), 3)


# --- E-mail and address ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("email", "masked"),
    [
        ("hong@x.kr", "ho**@x.kr"),
        ("ab@x.kr", "a*@x.kr"),
        ("a@x.kr", "a@x.kr"),
    ],
)
def test_mask_email_examples(email: str, masked: str) -> None:
    assert mask_email(email) == masked


def test_mask_address_keeps_city_and_district() -> None:
    assert mask_address("서울특별시 금천구 가산로 1") == "서울특별시 금천구 ***"
    assert mask_address("서울특별시 금천구") == "서울특별시 금천구"


# --- Resident registration numbers (never stored) -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "900101-1234567",  # DOMAIN-style example
        "9001011234567",
        "900101 - 2345678",
        "주민번호 900101-1234567 입니다",
        "외국인 010203-5123456",
    ],
)
def test_resident_numbers_are_detected(text: str) -> None:
    assert contains_resident_number(text)


@pytest.mark.parametrize(
    "text",
    [
        "010-1234-5678",
        "01012345678",
        "02-123-4567",
        "123-45-67890",  # a business number
        "1234567890",
        "110-123-456456",  # a bank account
        "900101-1******",  # already masked
        "2026-03-01",
        "12,345,000원",
        "",
    ],
)
def test_other_numbers_are_not_resident_numbers(text: str) -> None:
    assert not contains_resident_number(text)


@settings(max_examples=200)
@given(korean_phone_groups, st.sampled_from(["-", "", " "]))
def test_phones_are_not_resident_numbers(groups: tuple[str, str, str], separator: str) -> None:
    assert not contains_resident_number(separator.join(groups))


@settings(max_examples=200)
@given(_group(10, 10))
def test_business_numbers_are_not_resident_numbers(digits: str) -> None:
    assert not contains_resident_number(digits)
    assert not contains_resident_number(f"{digits[:3]}-{digits[3:5]}-{digits[5:]}")


@settings(max_examples=200)
@given(
    st.dates(),
    st.integers(1, 8),
    _group(6, 6),
    st.sampled_from(["-", "", " - "]),
    st.sampled_from(["", "번호: ", "메모 "]),
)
def test_resident_number_shapes_are_detected(
    day: date, gender: int, rest: str, separator: str, prefix: str
) -> None:
    text = f"{prefix}{day:%y%m%d}{separator}{gender}{rest} 끝"
    assert contains_resident_number(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("880203 2345678", True),  # a space instead of the dash
        ("주민번호 900101 - 1234567", True),
        ("1102345678901", False),  # a 13-digit account: day 34 is no birth date
        ("110-123-456456", False),
    ],
)
def test_resident_number_shapes(text: str, expected: bool) -> None:
    assert contains_resident_number(text) is expected


# --- Resident numbers in disguise (issue 12.6) -------------------------------------------

DASHES = ["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\ufe63"]
DASHES += ["\uff0d", "\u02d7", "\u2796", "\u2500", "\u23af", "\u3161", "\u1173", "\u30fc"]
DOTS_AND_SPACES = [".", "\uff0e", "\u00b7", "\u30fb", "\u2022", "/", "_", " -- ", "\u3000"]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
FULL_WIDTH = str.maketrans("0123456789-", "０１２３４５６７８９－")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@pytest.mark.parametrize("separator", DASHES + DOTS_AND_SPACES, ids=ascii)
def test_a_resident_number_is_recognised_with_any_separator(separator: str) -> None:
    assert contains_resident_number(f"주민번호 900101{separator}1234567 입니다")


@pytest.mark.parametrize("invisible", ZERO_WIDTH, ids=ascii)
def test_zero_width_characters_do_not_hide_a_resident_number(invisible: str) -> None:
    number = invisible.join("900101-1234567")
    assert contains_resident_number(number)
    assert mask_resident_numbers(f"번호 {number} 끝") == "번호 ******-******* 끝"


@pytest.mark.parametrize("digits", [FULL_WIDTH, ARABIC_INDIC], ids=["full-width", "arabic"])
def test_a_resident_number_is_recognised_in_other_digits(digits: dict[int, str]) -> None:
    assert contains_resident_number("900101-1234567".translate(digits))
    assert contains_resident_number("𝟗𝟎𝟎𝟏𝟎𝟏-𝟏𝟐𝟑𝟒𝟓𝟔𝟕")  # mathematical bold


@settings(max_examples=300)
@given(
    st.dates(),
    st.integers(1, 8),
    _group(6, 6),
    st.lists(st.sampled_from(DASHES + DOTS_AND_SPACES + ZERO_WIDTH), max_size=2),
    st.booleans(),
)
def test_every_disguise_is_recognised_and_masked(
    day: date, gender: int, rest: str, separators: list[str], full_width: bool
) -> None:
    number = f"{day:%y%m%d}{''.join(separators)}{gender}{rest}"
    number = number.translate(FULL_WIDTH) if full_width else number
    text = f"메모 {number} 끝"
    assert contains_resident_number(text)
    masked = mask_resident_numbers(text)
    assert masked == "메모 ******-******* 끝"
    assert not contains_resident_number(masked)


@pytest.mark.parametrize(
    "text",
    [
        "301-0123-4567-81",  # a 13-digit 농협 account: split 3-4-4-2, not 6-7
        "301 0123 4567 81",
        "900101-9234567",  # a back part starting 9 belongs to no one alive
        "901301-1234567",  # month 13
        "900101-123456",  # six digits
        "1900101-1234567",  # a longer number
    ],
)
def test_numbers_split_otherwise_are_not_resident_numbers(text: str) -> None:
    assert not contains_resident_number(text)
    assert mask_resident_numbers(text) == text


def test_a_resident_number_in_superscript_or_circled_digits_is_recognised() -> None:
    """Digits that are not decimal digits still fold (² ① ⑨): the quick count of digits
    that spares most text the folding must count them too."""
    superscript = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
    circled = str.maketrans("0123456789", "⓪①②③④⑤⑥⑦⑧⑨")
    for table in (superscript, circled):
        number = "900101-1234567".translate(table)
        assert contains_resident_number(f"메모 {number} 끝"), number
        assert mask_resident_numbers(f"메모 {number} 끝") == "메모 ******-******* 끝"


def _digit_forms(digit: int) -> list[str]:
    """The ways one digit is written: ASCII, full-width, Arabic-Indic, superscript,
    circled and mathematical bold."""
    return [
        str(digit),
        chr(0xFF10 + digit),
        chr(0x0660 + digit),
        "⁰¹²³⁴⁵⁶⁷⁸⁹"[digit],
        "⓪①②③④⑤⑥⑦⑧⑨"[digit],
        chr(0x1D7CE + digit),
    ]


@settings(max_examples=300)
@given(st.data())
def test_a_number_in_mixed_digits_among_other_digits_is_found_where_it_is(
    data: st.DataObject,
) -> None:
    number = "900101-1234567"
    written = "".join(
        data.draw(st.sampled_from(_digit_forms(int(c)))) if c.isdigit() else c for c in number
    )
    before = data.draw(st.text(alphabet="가나 ,.", max_size=8))
    after = data.draw(st.text(alphabet="가나 ,.", max_size=8))
    text = f"{before}{written}{after}"
    assert resident_number_spans(text) == [(len(before), len(before) + len(written))]
