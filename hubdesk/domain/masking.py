"""One rule for masking personal data in exports: 김*용, 010-1234-****, 110-***-***456."""

from __future__ import annotations

import functools
import re
import unicodedata

from hubdesk.domain.phones import split_phone
from hubdesk.domain.text import BIDI_CONTROLS, INVISIBLE

# On the folded text (see _folded): YYMMDD, up to ten separators, then the 7-digit
# back part starting 1–8 (the century and sex digit of people alive today).
_RESIDENT_NUMBER = re.compile(
    r"(?<!\d)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-{0,10}[1-8]\d{6}(?!\d)"
)
# Written between the halves of a resident number: ASCII dashes, dots, slashes, commas
# and spaces; the Korean ㅡ (compatibility and conjoining jamo, NFKC turns one into the
# other) and the Japanese ー typed for a dash; and any character whose
# Unicode name says it is a dash, minus, hyphen, horizontal line, dot, bullet or stop.
_SEPARATORS = frozenset("-./\\_,\u3161\u1173\u30fc")
_SEPARATOR_WORDS = (
    "HYPHEN",
    "DASH",
    "MINUS",
    "HORIZONTAL",
    "DOT",
    "BULLET",
    "FULL STOP",
    "SOLIDUS",
    "LOW LINE",
    "COMMA",
)
_MASKED_RESIDENT_NUMBER = "******-*******"
# The digits of one resident number. Only characters whose ``str.isdigit`` is true fold
# into digits (exactly those ``unicodedata.digit`` knows), so text with fewer has none.
RESIDENT_NUMBER_DIGITS = 13


def mask_name(name: str) -> str:
    """Keep the first and last character: 김철용 → 김*용, 김철 → 김*, 남궁민수 → 남**수."""
    name = name.strip()
    if len(name) <= 1:
        return name
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]


def mask_phone(phone: str) -> str:
    """Hide the last group of digits: 010-1234-5678 → 010-1234-****."""
    digits = re.sub(r"\D", "", phone)
    if len(digits) < 4:
        return "*" * len(phone)
    if "-" not in phone:
        phone = format_phone(digits)
    head, _, tail = phone.rpartition("-")
    return f"{head}-{'*' * len(tail)}" if head else "*" * len(phone)


def format_phone(digits: str) -> str:
    """01012345678 → 010-1234-5678; 0212345678 → 02-1234-5678; 15881234 → 1588-1234;
    05051234567 → 0505-123-4567. Digits of no Korean plan are grouped as before."""
    parts = split_phone(digits)
    if parts is not None:
        return "-".join(part for part in parts if part)
    if len(digits) <= 8:  # no area code: local number or 1588-style number
        return f"{digits[:-4]}-{digits[-4:]}" if len(digits) > 4 else digits
    if digits.startswith("02"):
        return f"{digits[:2]}-{digits[2:-4]}-{digits[-4:]}"
    return f"{digits[:3]}-{digits[3:-4]}-{digits[-4:]}"


def mask_account(account: str) -> str:
    """Keep the first group and the last three digits: 110-123-456456 → 110-***-***456."""
    groups = account.split("-")
    if len(groups) == 1:
        text = groups[0]
        return (
            text[:3] + "*" * max(len(text) - 6, 0) + text[-3:] if len(text) > 6 else "*" * len(text)
        )
    masked = [groups[0]]
    for group in groups[1:-1]:
        masked.append("*" * len(group))
    last = groups[-1]
    masked.append("*" * max(len(last) - 3, 0) + last[-3:])
    return "-".join(masked)


def mask_email(email: str) -> str:
    """Keep the first two characters of the local part: hong@x.kr → ho**@x.kr."""
    local, at, domain = email.partition("@")
    if not at:
        return mask_name(email)
    keep = local[:2] if len(local) > 2 else local[:1]
    return keep + "*" * (len(local) - len(keep)) + "@" + domain


def mask_address(address: str) -> str:
    """Keep the city and district: 서울특별시 금천구 가산로 1 → 서울특별시 금천구 ***."""
    words = address.split()
    if len(words) <= 2:
        return address
    return " ".join(words[:2]) + " ***"


def contains_resident_number(text: str) -> bool:
    """True when ``text`` holds a 주민등록번호 (never stored), however it is written."""
    return bool(resident_number_spans(text))


def resident_number_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds resident numbers: (start, end) of each in ``text`` itself.

    Recognised in every disguise DOMAIN.md names: any dash or minus sign, dots, spaces
    or slashes between the halves, full-width or other Unicode digits, zero-width and
    other invisible characters anywhere. Digits split elsewhere are another number
    (a 13-digit bank account ``301-0123-4567-81`` is not one).
    """
    if sum(map(str.isdigit, text)) < RESIDENT_NUMBER_DIGITS:
        return []  # most text: too few digits to hold one, decided without folding
    folded, origin = _folded(text)
    return [
        (origin[match.start()], origin[match.end() - 1] + 1)
        for match in _RESIDENT_NUMBER.finditer(folded)
    ]


def mask_resident_numbers(text: str) -> str:
    """Every resident number in ``text`` replaced by ``******-*******``."""
    for start, end in reversed(resident_number_spans(text)):
        text = text[:start] + _MASKED_RESIDENT_NUMBER + text[end:]
    return text


def _folded(text: str) -> tuple[str, list[int]]:
    """``text`` with digits as ASCII digits, separators as ``-`` and invisible and
    direction characters left out; and for each folded character its index in ``text``."""
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char in INVISIBLE or char in BIDI_CONTROLS:
            continue
        folded.append(_folded_char(char))
        origin.append(index)
    return "".join(folded), origin


@functools.cache  # a few thousand distinct characters across a quarter's texts
def _folded_char(char: str) -> str:
    """A digit as its ASCII digit, a separator as ``-``, anything else as one character
    that is neither (a character that folds into several, like ㈜, as ``*``)."""
    digit = unicodedata.digit(char, None)
    if digit is not None:
        return str(digit)
    if char in _SEPARATORS or char.isspace():
        return "-"
    if char.isascii():
        return char
    name = unicodedata.name(char, "")
    if unicodedata.category(char) == "Pd" or any(word in name for word in _SEPARATOR_WORDS):
        return "-"
    plain = unicodedata.normalize("NFKC", char)
    return plain if len(plain) == 1 and not plain.isdigit() else "*"
