"""Business registration numbers (사업자등록번호): ``123-45-67890``.

The number is a tax office code (3 digits), a type code (2), a serial number (4) and a
check digit. No tax office, type or serial is numbered 0: a number with any of these
parts all zeros (``000-00-00000``, ``123-00-45678``, ``123-45-00003``) was never issued
and is refused as a number that cannot exist, unlike a wrong check digit, which staff
may confirm (the algorithm is not officially published).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from hubdesk.domain.errors import BusinessNumberNotIssued, InvalidBusinessNumber

_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)
_SEPARATORS = re.compile(r"[\s\-]")
# (part, start, end) of the digits that are never all zeros in an issued number.
_NUMBERED_PARTS = (("tax office code", 0, 3), ("type code", 3, 5), ("serial number", 5, 9))


class EntityType(StrEnum):
    COMPANY = "company"  # 법인 (81, 86, 87, 88)
    NON_PROFIT = "non_profit"  # 비영리법인 (82)
    INDIVIDUAL = "individual"  # 개인 (01–79, 90–99)
    OTHER = "other"  # 80, 83–85, 89: other bodies


@dataclass(frozen=True, slots=True)
class BusinessNumber:
    digits: str

    @property
    def formatted(self) -> str:
        return f"{self.digits[:3]}-{self.digits[3:5]}-{self.digits[5:]}"

    @property
    def expected_check_digit(self) -> int:
        return check_digit(self.digits[:9])

    @property
    def check_digit_ok(self) -> bool:
        return int(self.digits[9]) == self.expected_check_digit

    @property
    def entity_type(self) -> EntityType:
        return entity_type(self.digits)

    def __str__(self) -> str:
        return self.formatted


def check_digit(first_nine: str) -> int:
    """The check digit the published algorithm gives for the first nine digits."""
    digits = [int(c) for c in first_nine]
    total = sum(d * w for d, w in zip(digits, _WEIGHTS, strict=True))
    total += digits[8] * 5 // 10
    return (10 - total % 10) % 10


def entity_type(digits: str) -> EntityType:
    code = int(digits[3:5])
    if code in (81, 86, 87, 88):
        return EntityType.COMPANY
    if code == 82:
        return EntityType.NON_PROFIT
    if 1 <= code <= 79 or 90 <= code <= 99:
        return EntityType.INDIVIDUAL
    return EntityType.OTHER


def parse_brn(text: str) -> BusinessNumber:
    """Accept ``1234567890`` or ``123-45-67890``; raise when not 10 digits.

    The check digit is not enforced here: a mismatch is a warning the staff confirm.
    """
    digits = _SEPARATORS.sub("", text)
    if len(digits) != 10 or not digits.isascii() or not digits.isdigit():
        raise InvalidBusinessNumber(value=text)
    return BusinessNumber(digits)


def checked_brn(text: str) -> BusinessNumber:
    """``parse_brn``, refusing a number that cannot have been issued (a part all zeros)."""
    number = parse_brn(text)
    for part, start, end in _NUMBERED_PARTS:
        if not int(number.digits[start:end]):
            raise BusinessNumberNotIssued(value=number.formatted, part=part)
    return number


def formatted_brn(digits: str | None) -> str:
    """``1234567890`` as ``123-45-67890``; "" for a team not yet registered, and a stored
    value that is not ten digits as it is."""
    if not digits:
        return ""
    try:
        return parse_brn(digits).formatted
    except InvalidBusinessNumber:
        return digits


def make_valid_brn(first_nine: str) -> BusinessNumber:
    """Complete nine digits with their check digit (demo data and tests)."""
    return BusinessNumber(first_nine + str(check_digit(first_nine)))
