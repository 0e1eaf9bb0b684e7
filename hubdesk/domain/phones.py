"""Korean phone numbers: what a phone field takes, and how it is written.

A phone field takes what a Korean number can be, written with digits and optional
dashes, spaces, dots or parentheses, or with ``+82`` for the leading 0:

- mobile 010 (010-XXXX-XXXX) and the old 011, 016–019 (3 or 4 digits, then 4);
- Seoul 02 and the area codes 031–033, 041–044, 051–055, 061–064, an exchange of
  3 or 4 digits that does not start with 0, then 4 digits;
- 070 internet phones (070-XXXX-XXXX), 050X personal numbers (0502–0508), 080 free calls;
- the 8-digit company numbers 15XX-XXXX, 16XX-XXXX, 18XX-XXXX.

Anything else (letters, an extension, a foreign number, too few or too many digits)
is refused with a ``ValidationError`` on the field; a kept number is written in one
form: 010-1234-5678, 02-123-4567, 0505-123-4567, 1588-1234.
"""

from __future__ import annotations

import re

from hubdesk.domain.errors import ValidationError

_WRITTEN = re.compile(r"^\s*\+?[0-9 .\-()]+$")
# (prefix pattern, rest pattern): the rest follows the prefix; the last 4 digits of the
# rest are the line number, what comes before them the exchange.
_PLANS: tuple[tuple[str, str], ...] = (
    (r"010", r"[1-9]\d{7}"),
    (r"01[16789]", r"[1-9]\d{6,7}"),
    (r"02", r"[1-9]\d{6,7}"),
    (r"0(?:3[1-3]|4[1-4]|5[1-5]|6[1-4])", r"[1-9]\d{6,7}"),
    (r"070", r"[1-9]\d{7}"),
    (r"050[2-8]", r"[1-9]\d{6,7}"),
    (r"080", r"[1-9]\d{6}"),
    (r"1[568]\d{2}", r"\d{4}"),
)
_NUMBERS = [
    re.compile(f"^(?P<prefix>{prefix})(?P<rest>{rest})$", re.ASCII) for prefix, rest in _PLANS
]


def phone_digits(text: str) -> str:
    """The digits of a written number, ``+82`` read as the leading 0 (``+82 (0)10`` too)."""
    digits = re.sub(r"[^0-9]", "", text)
    if text.lstrip().startswith("+"):
        if not digits.startswith("82"):
            return "+" + digits  # a foreign number: no Korean plan matches it
        digits = digits[2:]
        digits = digits if digits.startswith("0") else "0" + digits
    return digits


def split_phone(digits: str) -> tuple[str, str, str] | None:
    """(prefix, exchange, line) of a Korean number's digits; None for anything else."""
    for number in _NUMBERS:
        match = number.match(digits)
        if match:
            rest = match["rest"]
            return match["prefix"], rest[:-4], rest[-4:]
    return None


def checked_phone(text: str, field: str = "phone") -> str:
    """A Korean phone number in its one written form, or ``ValidationError(field=...)``."""
    parts = split_phone(phone_digits(text)) if _WRITTEN.match(text) else None
    if parts is None:
        raise ValidationError(field=field, reason=f"{text!r} is not a Korean phone number")
    return "-".join(part for part in parts if part)
