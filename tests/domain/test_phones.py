"""Korean phone numbers (domain/phones.py): what a phone field takes, in one form."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hubdesk.domain.errors import ValidationError
from hubdesk.domain.masking import format_phone, mask_phone
from hubdesk.domain.phones import checked_phone


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("010-1234-5678", "010-1234-5678"),
        ("01012345678", "010-1234-5678"),
        ("010 1234 5678", "010-1234-5678"),
        ("010.1234.5678", "010-1234-5678"),
        ("+82 10-1234-5678", "010-1234-5678"),
        ("+82 (0)10 1234 5678", "010-1234-5678"),
        ("011-123-4567", "011-123-4567"),
        ("019-1234-5678", "019-1234-5678"),
        ("02-123-4567", "02-123-4567"),
        ("(02) 1234-5678", "02-1234-5678"),
        ("031-123-4567", "031-123-4567"),
        ("064.712.3456", "064-712-3456"),
        ("070-1234-5678", "070-1234-5678"),
        ("0505-123-4567", "0505-123-4567"),
        ("080-123-4567", "080-123-4567"),
        ("1588-1234", "1588-1234"),
        ("1644 0000", "1644-0000"),
        ("18001234", "1800-1234"),
    ],
)
def test_a_korean_number_is_kept_in_one_form(typed: str, kept: str) -> None:
    assert checked_phone(typed) == kept


@pytest.mark.parametrize(
    "typed",
    [
        "abc",
        "010-1234-567O",  # a letter O for a zero
        "010-1234-5678 내선 2",  # an extension
        "010-1234-5678#2",
        "010-1234-567",  # too short
        "010-1234-56789",  # too long
        "010-0000-0000",
        "012-345-6789",  # no such mobile prefix
        "060-123-4567",  # no such area code
        "000-0000-0000",
        "02-000-0000",  # no exchange starts with 0
        "1234-5678",
        "1234567",  # a local number without its area code
        "+1 212 555 1234",  # a foreign number
        "+82",
        "--",
        "900101-1234567",  # a resident number is no phone
    ],
)
def test_anything_else_is_refused_by_field(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        checked_phone(typed, "phone")
    assert caught.value.values["field"] == "phone"
    assert "Korean phone number" in caught.value.values["reason"]


@pytest.mark.parametrize(
    ("digits", "formatted"),
    [("05051234567", "0505-123-4567"), ("050412345678", "0504-1234-5678")],
)
def test_format_phone_knows_four_digit_prefixes(digits: str, formatted: str) -> None:
    assert format_phone(digits) == formatted


@settings(max_examples=200)
@given(
    st.sampled_from(["010", "011", "016", "02", "031", "055", "070", "0505", "080", "1588"]),
    st.text(alphabet="0123456789", min_size=12, max_size=12),
    st.sampled_from(["-", " ", ".", ""]),
)
def test_a_kept_number_is_kept_again_unchanged_and_masks_its_last_four(
    prefix: str, digits: str, separator: str
) -> None:
    for size in (7, 8):
        text = separator.join([prefix, digits[:size]])
        try:
            kept = checked_phone(text)
        except ValidationError:
            continue
        assert checked_phone(kept) == kept
        assert mask_phone(kept) == kept[:-4] + "****"
