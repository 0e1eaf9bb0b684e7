"""One rule for masking personal data in exports: 김*용, 010-1234-****, 110-***-***456."""

from __future__ import annotations

import re

# YYMMDD, an optional dash or space, then the 7-digit back part starting 1–8.
_RESIDENT_NUMBER = re.compile(
    r"(?<!\d)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\s*-?\s*[1-8]\d{6}(?!\d)"
)


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
    """01012345678 → 010-1234-5678; 0212345678 → 02-1234-5678; 15881234 → 1588-1234."""
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
    """True when ``text`` holds something shaped like a 주민등록번호 (never stored)."""
    return bool(_RESIDENT_NUMBER.search(text))
