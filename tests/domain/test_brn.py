"""Business registration numbers (사업자등록번호): parsing, check digit, entity type."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from hubdesk.domain.brn import (
    BusinessNumber,
    EntityType,
    check_digit,
    checked_brn,
    entity_type,
    make_valid_brn,
    parse_brn,
)
from hubdesk.domain.errors import (
    BusinessNumberNotIssued,
    InvalidBusinessNumber,
    ValidationError,
)

nine_digits = st.text(alphabet="0123456789", min_size=9, max_size=9)
ten_digits = st.text(alphabet="0123456789", min_size=10, max_size=10)


def reference_check_digit(first_nine: str) -> int:
    """DOMAIN.md, written out again: weights 1,3,7,1,3,7,1,3,5 on the first nine
    digits, plus floor(digit9 × 5 / 10); check = (10 − sum mod 10) mod 10."""
    weights = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    total = 0
    for position in range(9):
        total += int(first_nine[position]) * weights[position]
    ninth = int(first_nine[8])
    total += (ninth * 5 - (ninth * 5) % 10) // 10
    return (10 - total % 10) % 10


# --- Check digit --------------------------------------------------------------------


@settings(max_examples=200)
@given(nine_digits)
def test_check_digit_matches_the_domain_algorithm(prefix: str) -> None:
    assert check_digit(prefix) == reference_check_digit(prefix)
    assert 0 <= check_digit(prefix) <= 9


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        # worked by hand: 1+6+28+8+3+0+0+27+45 = 118, + floor(45/10) = 122 → 8
        ("124810099", 8),
        # 2+6+0+8+3+42+2+15+5 = 83, + floor(5/10) = 83 → 7
        ("220816251", 7),
        # 1+6+21+4+15+42+7+24+45 = 165, + 4 = 169 → 1
        ("123456789", 1),
        ("000000000", 0),
    ],
)
def test_check_digit_hand_worked_examples(prefix: str, expected: int) -> None:
    assert check_digit(prefix) == expected
    assert reference_check_digit(prefix) == expected


@settings(max_examples=200)
@given(nine_digits)
def test_make_valid_brn_always_passes_the_check(prefix: str) -> None:
    number = make_valid_brn(prefix)
    assert number.digits[:9] == prefix
    assert len(number.digits) == 10
    assert number.check_digit_ok
    assert number.expected_check_digit == reference_check_digit(prefix)
    # It also survives a round trip through the formatted text.
    assert parse_brn(number.formatted) == number


@settings(max_examples=200)
@given(nine_digits)
def test_exactly_one_check_digit_is_right(prefix: str) -> None:
    good = [d for d in "0123456789" if BusinessNumber(prefix + d).check_digit_ok]
    assert good == [str(reference_check_digit(prefix))]


def test_check_digit_mismatch_is_reported_not_refused() -> None:
    number = parse_brn("123-45-67890")  # the check digit should be 1
    assert not number.check_digit_ok
    assert number.expected_check_digit == 1
    assert parse_brn("123-45-67891").check_digit_ok


# --- Parsing ------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["123-45-67890", "1234567890", " 123-45-67890 ", "123 45 67890"])
def test_parse_brn_accepts(text: str) -> None:
    number = parse_brn(text)
    assert number.digits == "1234567890"
    assert number.formatted == "123-45-67890"
    assert str(number) == "123-45-67890"


@settings(max_examples=200)
@given(ten_digits)
def test_parse_brn_accepts_any_ten_digits_either_way(digits: str) -> None:
    dashed = f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"
    assert parse_brn(digits) == parse_brn(dashed) == BusinessNumber(digits)
    assert parse_brn(digits).formatted == dashed


@pytest.mark.parametrize(
    "text",
    [
        "",
        "---",
        "123-45-6789",  # 9 digits
        "123456789",
        "123-45-678901",  # 11 digits
        "12345678901",
        "12a-45-67890",  # letters
        "ABC-DE-FGHIJ",
        "123-45-6789O",  # letter O for zero
        "１２３-４５-６７８９０",  # full-width digits
        "１２３４５６７８９０",
        "١٢٣٤٥٦٧٨٩٠",  # Arabic-Indic digits
        "123.45.67890",
        "123_45_67890",
        "+123-45-6789",
        "123-45-6789²",  # superscript two
    ],
)
def test_parse_brn_rejects(text: str) -> None:
    with pytest.raises(InvalidBusinessNumber) as info:
        parse_brn(text)
    assert isinstance(info.value, ValidationError)
    assert info.value.code == "brn_invalid"
    assert info.value.values["value"] == text


@settings(max_examples=200)
@given(st.text(alphabet="0123456789", max_size=20).filter(lambda s: len(s) != 10))
def test_parse_brn_rejects_wrong_lengths(digits: str) -> None:
    with pytest.raises(InvalidBusinessNumber):
        parse_brn(digits)


@settings(max_examples=200)
@given(ten_digits, st.integers(min_value=0, max_value=9), st.characters())
def test_parse_brn_rejects_any_foreign_character(digits: str, position: int, char: str) -> None:
    # Even a separator in place of a digit leaves nine digits: always refused.
    assume(char not in "0123456789")
    text = digits[:position] + char + digits[position + 1 :]
    with pytest.raises(InvalidBusinessNumber):
        parse_brn(text)


# --- Entity type --------------------------------------------------------------------


def _expected_entity(code: int) -> EntityType:
    if code in (81, 86, 87, 88):
        return EntityType.COMPANY
    if code == 82:
        return EntityType.NON_PROFIT
    if 1 <= code <= 79 or 90 <= code <= 99:
        return EntityType.INDIVIDUAL
    return EntityType.OTHER


@pytest.mark.parametrize("code", [81, 86, 87, 88])
def test_company_codes(code: int) -> None:
    assert parse_brn(f"123-{code:02d}-67890").entity_type is EntityType.COMPANY


def test_non_profit_code() -> None:
    assert parse_brn("123-82-67890").entity_type is EntityType.NON_PROFIT


@pytest.mark.parametrize("code", [*range(1, 80), *range(90, 100)])
def test_individual_codes(code: int) -> None:
    assert parse_brn(f"123-{code:02d}-67890").entity_type is EntityType.INDIVIDUAL


@pytest.mark.parametrize("code", [0, 80, 83, 84, 85, 89])
def test_other_codes(code: int) -> None:
    assert parse_brn(f"123-{code:02d}-67890").entity_type is EntityType.OTHER


@settings(max_examples=200)
@given(ten_digits)
def test_entity_type_reads_digits_four_and_five(digits: str) -> None:
    expected = _expected_entity(int(digits[3:5]))
    assert entity_type(digits) is expected
    assert BusinessNumber(digits).entity_type is expected


def test_company_number_with_right_check_digit() -> None:
    number = parse_brn("124-81-00998")
    assert number.check_digit_ok
    assert number.entity_type is EntityType.COMPANY


# --- Numbers that cannot have been issued ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("000-00-00000", "tax office code"),
        ("0000000000", "tax office code"),
        ("000-86-12345", "tax office code"),
        ("119-00-12345", "type code"),
        ("119-86-00005", "serial number"),
        ("119-86-00000", "serial number"),
    ],
)
def test_a_number_with_a_part_all_zeros_was_never_issued(text: str, part: str) -> None:
    with pytest.raises(BusinessNumberNotIssued) as caught:
        checked_brn(text)
    assert caught.value.values["part"] == part
    assert isinstance(caught.value, InvalidBusinessNumber)  # the dialog shows it as such


@settings(max_examples=200)
@given(nine_digits)
def test_a_number_with_no_part_all_zeros_is_accepted_whatever_its_check_digit(
    prefix: str,
) -> None:
    assume(int(prefix[:3]) and int(prefix[3:5]) and int(prefix[5:9]))
    for last in "0123456789":
        assert checked_brn(prefix + last).digits == prefix + last


def test_a_stored_number_is_still_read_as_it_is() -> None:
    """parse_brn reads what an older file holds; only new input is checked for issue."""
    assert parse_brn("0000000000").formatted == "000-00-00000"
