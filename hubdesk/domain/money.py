"""Whole-won money: formatting, the formal Korean amount in words (금 …원정), and
reading an amount as people write it (3,000,000원, 300만, 1억 2,000만)."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from hubdesk.domain.errors import (
    AmountCharacter,
    AmountFraction,
    AmountMissing,
    AmountShape,
    AmountTooLarge,
    AmountTooSmall,
    ValidationError,
)
from hubdesk.domain.text import normalised

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


def grant_amount(city: int, district: int) -> int:
    """The grant (보조금) of an agreement: city plus district money (시비 + 구비). The one
    formula: records call it with won, and ``GrantAgreement.grant`` with its columns, so
    the same sum serves Python and SQL."""
    return city + district


def percent_of(amount: int, percent: int) -> int:
    """``percent`` % of ``amount``, rounded up to the won (integer arithmetic)."""
    return -(-amount * percent // 100)


# --- Reading an amount as people write it -----------------------------------------

_SMALL_UNIT_VALUES = {"십": 10, "백": 100, "천": 1000}
_BIG_UNIT_VALUES = {"만": 10**4, "억": 10**8, "조": 10**12}
_NEGATIVE = ("-", "△", "▲")  # △ is how Korean accounts write a minus
_PREFIXES = ("₩", "금")  # ₩3,000,000; 금 3,000,000원
_SUFFIXES = ("원정", "원")
_TOKEN = re.compile(r"\s*(?:(?P<number>[\d,]+(?:\.\d*)?)|(?P<unit>[십백천만억조]))")
_GROUPED = re.compile(r"\d+|\d{1,3}(?:,\d{3})+")
_LIMIT = 10**16  # above every unit: "no unit yet"


def _unwrapped(text: str) -> tuple[str, int]:
    """The amount's body without sign, ₩ or 금 before and 원 after, and its sign."""
    body, sign = text, 1
    if body.startswith(_NEGATIVE):
        body, sign = body[1:].lstrip(), -1
    for prefix in _PREFIXES:
        body = body.removeprefix(prefix).lstrip()
    for suffix in _SUFFIXES:
        if body.endswith(suffix):
            body = body.removesuffix(suffix).rstrip()
            break
    return body, sign


def _tokens(text: str, body: str) -> list[Decimal | int]:
    """The numbers (as ``Decimal``) and units (as their ``int`` value) of ``body``."""
    tokens: list[Decimal | int] = []
    position = 0
    while position < len(body):
        match = _TOKEN.match(body, position)
        if match is None or match.end() == position:
            character = body[position:].strip()[:1] or body[position]
            raise AmountCharacter(text=text, character=character)
        position = match.end()
        if match["unit"]:
            unit = match["unit"]
            tokens.append(_SMALL_UNIT_VALUES.get(unit) or _BIG_UNIT_VALUES[unit])
        else:
            tokens.append(_number(text, match["number"]))
    return tokens


def _number(text: str, written: str) -> Decimal:
    """``3,000,000`` or ``1.5``; commas only as thousands separators."""
    whole, _dot, fraction = written.partition(".")
    if not _GROUPED.fullmatch(whole) or not fraction.isdigit() and fraction:
        raise AmountShape(text=text)
    try:
        return Decimal(whole.replace(",", "") + ("." + fraction if fraction else ""))
    except InvalidOperation:  # pragma: no cover - the pattern lets only digits through
        raise AmountShape(text=text) from None


def _section_end(text: str, section: Decimal, pending: Decimal | None, last_small: int) -> Decimal:
    """The value of a group below a big unit: ``2천500`` → 2500 (``2천5000`` is refused)."""
    if pending is None:
        return section
    if section and pending >= last_small:
        raise AmountShape(text=text)
    return section + pending


def _evaluate(text: str, tokens: list[Decimal | int]) -> Decimal:
    """Korean place-value reading: units fall from the largest, as 1억 2천500만 3백."""
    total, section = Decimal(0), Decimal(0)
    pending: Decimal | None = None
    last_big, last_small = _LIMIT, _LIMIT
    for token in tokens:
        if isinstance(token, Decimal):
            if pending is not None:
                raise AmountShape(text=text)  # two numbers in a row: 300 400
            pending = token
        elif token in _SMALL_UNIT_VALUES.values():
            coefficient = Decimal(1) if pending is None else pending
            if token >= last_small or coefficient >= 10:
                raise AmountShape(text=text)
            section, pending, last_small = section + coefficient * token, None, token
        else:
            if token >= last_big:
                raise AmountShape(text=text)  # 만 after 만, 억 after 만
            group = _section_end(text, section, pending, last_small)
            if pending is None and not section:
                group = Decimal(1)  # 만 원 is 10,000
            if last_big < _LIMIT and group * token >= last_big:
                raise AmountShape(text=text)  # 1억 12,000만
            total += group * token
            section, pending, last_big, last_small = Decimal(0), None, token, _LIMIT
    rest = _section_end(text, section, pending, last_small)
    if last_big < _LIMIT and rest >= last_big:
        raise AmountShape(text=text)  # 1만 20000
    return total + rest


def parse_won(text: str) -> int:
    """The whole-won amount ``text`` names: ``3,000,000원``, ``300만``, ``1억 2,000만``,
    ``2천500만원``, ``1.5억``, ``△50,000`` (negative); raise saying why not."""
    cleaned = normalised(text).strip()
    if not cleaned:
        raise AmountMissing()
    body, sign = _unwrapped(cleaned)
    if not body:
        raise AmountShape(text=text)
    value = _evaluate(text, _tokens(text, body))
    if value != value.to_integral_value():
        raise AmountFraction(text=text)
    amount = sign * int(value)
    if abs(amount) > MAX_AMOUNT:
        raise AmountTooLarge(amount=amount, maximum=MAX_AMOUNT)
    return amount


def check_won_range(amount: int, minimum: int | None, maximum: int | None) -> int:
    """``amount`` when it lies within ``minimum``–``maximum`` (either may be open)."""
    if minimum is not None and amount < minimum:
        raise AmountTooSmall(amount=amount, minimum=minimum)
    if maximum is not None and amount > maximum:
        raise AmountTooLarge(amount=amount, maximum=maximum)
    return amount


def plain_won(amount: int) -> str:
    """``3000000`` → ``3,000,000``: how an amount field shows what it holds."""
    return f"{amount:,}"
