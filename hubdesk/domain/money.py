"""Whole-won money: formatting and the formal Korean amount in words (금 …원정)."""

from __future__ import annotations

from hubdesk.domain.errors import ValidationError

MAX_AMOUNT = 10**16 - 1  # 9,999조 9,999억 9,999만 9,999원

_DIGITS = "영일이삼사오육칠팔구"
_SMALL_UNITS = ("", "십", "백", "천")
_BIG_UNITS = ("", "만", "억", "조")


def format_krw(amount: int) -> str:
    """``12345000`` → ``12,345,000원``."""
    return f"{amount:,}원"


def format_won_sign(amount: int) -> str:
    """``12345000`` → ``₩12,345,000``."""
    sign = "-" if amount < 0 else ""
    return f"{sign}₩{abs(amount):,}"


def _four_digits_in_words(group: int) -> str:
    """0–9999 in formal words, every digit spelled (일천, 일백, 일십)."""
    words = []
    for position in range(3, -1, -1):
        digit = group // 10**position % 10
        if digit:
            words.append(_DIGITS[digit] + _SMALL_UNITS[position])
    return "".join(words)


def korean_number_words(amount: int) -> str:
    """``12345000`` → ``일천이백삼십사만오천``; ``0`` → ``영``."""
    check_amount(amount, "amount")
    if amount == 0:
        return _DIGITS[0]
    parts = []
    for index in range(len(_BIG_UNITS) - 1, -1, -1):
        group = amount // 10 ** (4 * index) % 10**4
        if group:
            parts.append(_four_digits_in_words(group) + _BIG_UNITS[index])
    return "".join(parts)


def amount_in_words(amount: int) -> str:
    """``12345000`` → ``금 일천이백삼십사만오천원정``."""
    return f"금 {korean_number_words(amount)}원정"


def amount_for_document(amount: int) -> str:
    """``12345000`` → ``금 일천이백삼십사만오천원정 (₩12,345,000)``."""
    return f"{amount_in_words(amount)} ({format_won_sign(amount)})"


def check_amount(amount: object, field: str, *, allow_zero: bool = True) -> int:
    """Return ``amount`` if it is a whole won amount in range, else raise."""
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise ValidationError(field=field, reason=f"{amount!r} is not a whole won amount")
    if amount < 0 or (amount == 0 and not allow_zero):
        raise ValidationError(field=field, reason=f"{amount:,} won must be positive")
    if amount > MAX_AMOUNT:
        raise ValidationError(field=field, reason=f"{amount:,} won is too large")
    return amount


def percent_of(amount: int, percent: int) -> int:
    """``percent`` % of ``amount``, rounded up to the won (integer arithmetic)."""
    return -(-amount * percent // 100)
