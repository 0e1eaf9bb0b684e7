"""Hypothesis strategies for any service parameter, read from its type hints.

Every value strategy mixes plausible values (so calls get past the first check and reach
deeper rules) with bad ones: None, wrong types, floats for money, empty, blank, huge and
resident-number texts (in every disguise), texts with control, direction, invisible or
broken characters or in compatibility forms, negative and huge numbers, dates at the
ends of the calendar and dates as text, unknown ids and enum values that do not exist.
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import operator
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from datetime import date, time
from enum import Enum
from typing import Any

from hypothesis import strategies as st

RESIDENT_NUMBER = "900101-1234567"
WRONG_TYPES = st.sampled_from([None, 1.5, float("nan"), "12", b"12", [], {}, 3j])
BAD_INTS = st.sampled_from([-1, -(2**63) - 1, 2**63, 10**20, 10**16, True, 1.0, 2.5])
BAD_TEXTS = st.sampled_from(
    ["", "   ", "\t\n", "가" * 5000, f"대표 {RESIDENT_NUMBER}", RESIDENT_NUMBER, 42, None]
)
# Issue 12.6, "input that gets through": each a class of bad text, not one case.
RESIDENT_DISGUISES = [
    "900101.1234567",
    "900101\u20131234567",  # en dash
    "900101\u22121234567",  # minus sign
    "900101\uff0d1234567",  # full-width hyphen-minus
    "９００１０１－１２３４５６７",  # full-width digits
    "٩٠٠١٠١-١٢٣٤٥٦٧",  # Arabic-Indic digits
    "9001\u200b01-12345\u200d67",  # zero-width characters inside
    "900101\u31611234567",  # the Hangul ㅡ for a dash
]
SNEAKY_TEXTS = st.one_of(
    st.sampled_from(
        [
            "ＡＢＣ협동조합",  # NFKC: full-width latin
            "㈜함께１２３",  # NFKC: compatibility forms
            "\u200b",  # zero-width only
            "\u200b\u200d\ufeff",
            "\u3164",  # Hangul filler only
            " \u2060\u3000 ",
            "함께\u202e카페",  # bidi override
            "\u2066카페\u2069",  # bidi isolates
            "카페\u200f",  # right-to-left mark
            "\ud800",  # lone surrogates
            "카페\udfff",
            "카페\x00",  # NUL
            "\x07\x1b[31m",  # control characters
            "김철\n용",  # a line break inside a one-line field
            "000-00-00000",  # a business number never issued
            "010-1234-567O",  # not a phone number
            "+1 212 555 1234",
        ]
    ),
    st.sampled_from(RESIDENT_DISGUISES),
    st.sampled_from(RESIDENT_DISGUISES).map(lambda number: f"대표 {number} 면담"),
)
BAD_DATES = st.sampled_from(
    [date.min, date.max, date(9999, 12, 1), "2026-13-01", "2026-11-24", 20261124, None]
)
GOOD_TEXTS = st.sampled_from(["함께카페", "재료비", "인건비", "김민용", "a@b.kr", "110-1", "x"])
GOOD_DATES = st.dates(date(2024, 1, 1), date(2028, 12, 31))
GOOD_YEARS = st.integers(2024, 2028)
# A whole number by these names is a year: plausible ones, so calls get past the year.
YEAR_PARAMETERS = frozenset({"year", "first", "last"})


def ints() -> st.SearchStrategy[Any]:
    """Small numbers hit existing ids and counts; the rest are bad."""
    return st.one_of(st.integers(0, 12), st.integers(-(10**9), 10**17), BAD_INTS, WRONG_TYPES)


def texts() -> st.SearchStrategy[Any]:
    return st.one_of(GOOD_TEXTS, st.text(max_size=30), BAD_TEXTS, SNEAKY_TEXTS, WRONG_TYPES)


def dates() -> st.SearchStrategy[Any]:
    return st.one_of(GOOD_DATES, BAD_DATES, WRONG_TYPES)


def times() -> st.SearchStrategy[Any]:
    return st.one_of(st.times(), st.sampled_from(["10:00", None, 10, time(23, 59)]))


def enums(kind: type[Enum]) -> st.SearchStrategy[Any]:
    return st.one_of(st.sampled_from(list(kind)), st.sampled_from(["없는값", "", None, 3]))


def _hints(target: Any) -> dict[str, Any]:
    return typing.get_type_hints(target)


def _unwrap_optional(hint: Any) -> tuple[Any, bool]:
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (typing.Union, types.UnionType) and type(None) in args:
        rest = [a for a in args if a is not type(None)]
        return (rest[0] if len(rest) == 1 else functools.reduce(operator.or_, rest)), True
    return hint, False


def for_hint(hint: Any, name: str = "") -> st.SearchStrategy[Any]:
    """Plausible and bad values for a parameter ``name`` annotated ``hint``."""
    inner, optional = _unwrap_optional(hint)
    strategy = _for_plain(inner)
    if _is_year(name, inner):
        strategy = st.one_of(GOOD_YEARS, strategy)
    return st.one_of(st.none(), strategy) if optional else strategy


def _is_year(name: str, hint: Any) -> bool:
    return name in YEAR_PARAMETERS and hint is int


def _fixed_items(hint: Any) -> tuple[Any, ...] | None:
    """The item hints of a fixed-length tuple hint (``tuple[int, TargetMetric]``), else None."""
    items = typing.get_args(hint)
    if typing.get_origin(hint) is tuple and len(items) > 1 and Ellipsis not in items:
        return items
    return None


def _table(pairs: list[tuple[Any, Any]]) -> dict[Any, Any]:
    """A dict of the pairs whose key can be one (a list, or a tuple holding one, cannot)."""
    return {key: value for key, value in pairs if _hashable(key)}


def _hashable(value: Any) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def _for_plain(hint: Any) -> st.SearchStrategy[Any]:
    origin = typing.get_origin(hint)
    fixed = _fixed_items(hint)
    if fixed is not None:  # the right items, one missing or one too many, or a list
        right = st.tuples(*(for_hint(item) for item in fixed))
        return st.one_of(
            right,
            right.map(lambda values: values[:-1]),
            right.map(lambda values: (*values, values[0])),
            right.map(list),
            WRONG_TYPES,
        )
    if origin in (dict, Mapping) or hint in (dict, Mapping):
        key, value = typing.get_args(hint) or (Any, Any)
        return st.one_of(
            st.lists(st.tuples(for_hint(key), for_hint(value)), max_size=4).map(_table),
            st.lists(st.tuples(for_hint(key), for_hint(value)), max_size=2),  # pairs, no dict
            WRONG_TYPES,
        )
    if origin in (tuple, list, Sequence) or hint in (tuple, list):
        items = typing.get_args(hint)[:1] or (str,)
        return st.one_of(
            st.lists(for_hint(items[0]), max_size=4).map(tuple), st.lists(for_hint(items[0]))
        )
    if origin in (typing.Union, types.UnionType):
        return st.one_of(*(for_hint(arg) for arg in typing.get_args(hint)))
    if inspect.isclass(hint):
        return _for_class(hint)
    return st.one_of(ints(), texts(), WRONG_TYPES)


def _for_class(hint: type) -> st.SearchStrategy[Any]:
    simple: dict[type, Callable[[], st.SearchStrategy[Any]]] = {
        bool: lambda: st.one_of(st.booleans(), st.sampled_from([None, "yes", 2])),
        int: ints,
        float: lambda: st.one_of(
            st.floats(allow_nan=True, allow_infinity=True), st.integers(-5, 10**6), WRONG_TYPES
        ),
        str: texts,
        date: dates,
        time: times,
    }
    if hint in simple:
        return simple[hint]()
    if issubclass(hint, Enum):
        return enums(hint)
    if dataclasses.is_dataclass(hint):
        return dataclass_values(hint)
    return st.one_of(ints(), texts(), WRONG_TYPES)


def dataclass_values(kind: type) -> st.SearchStrategy[Any]:
    """Instances of a draft dataclass with every field drawn from ``for_hint``."""
    hints = _hints(kind)
    fields = {f.name: for_hint(hints[f.name]) for f in dataclasses.fields(kind)}
    return st.fixed_dictionaries(fields).map(lambda values: kind(**values))


def public_methods(service: type, only: Sequence[str] | None = None) -> list[str]:
    names = [
        name
        for name, member in inspect.getmembers(service, inspect.isfunction)
        if not name.startswith("_") and member.__qualname__.startswith(service.__name__ + ".")
    ]
    return [name for name in names if only is None or name in only]


def calls(service: type, names: Sequence[str]) -> st.SearchStrategy[tuple[str, dict[str, Any]]]:
    """(method name, keyword arguments) for any of ``names`` of ``service``."""

    def arguments(name: str) -> st.SearchStrategy[tuple[str, dict[str, Any]]]:
        method = getattr(service, name)
        hints = _hints(method)
        parameters = [p for p in inspect.signature(method).parameters.values() if p.name != "self"]
        values = {p.name: for_hint(hints.get(p.name, Any), p.name) for p in parameters}
        return st.tuples(st.just(name), st.fixed_dictionaries(values))

    return st.sampled_from(list(names)).flatmap(arguments)


# --- plausible calls with one sneaky text -------------------------------------------------

_GOOD_SIMPLE: dict[type, st.SearchStrategy[Any]] = {
    bool: st.booleans(),
    int: st.integers(0, 6),
    float: st.sampled_from([1.0, 20.0]),
    str: GOOD_TEXTS,
    date: GOOD_DATES,
    time: st.sampled_from([time(10), time(14, 30)]),
}


def good_for_hint(hint: Any, name: str = "") -> st.SearchStrategy[Any]:
    """Only plausible values for ``hint`` (None for an optional half the time)."""
    inner, optional = _unwrap_optional(hint)
    strategy = GOOD_YEARS if _is_year(name, inner) else _good_plain(inner)
    return st.one_of(st.none(), strategy) if optional else strategy


def _good_plain(hint: Any) -> st.SearchStrategy[Any]:
    origin = typing.get_origin(hint)
    fixed = _fixed_items(hint)
    if fixed is not None:
        if fixed[0] is int:  # (year, …) keys, as the goal targets have
            return st.tuples(GOOD_YEARS, *(good_for_hint(item) for item in fixed[1:]))
        return st.tuples(*(good_for_hint(item) for item in fixed))
    if origin in (dict, Mapping) or hint in (dict, Mapping):
        key, value = typing.get_args(hint) or (str, str)
        return st.dictionaries(good_for_hint(key), good_for_hint(value), min_size=1, max_size=3)
    if origin in (tuple, list, Sequence) or hint in (tuple, list):
        items = typing.get_args(hint)[:1] or (str,)
        return st.lists(good_for_hint(items[0]), min_size=1, max_size=3).map(tuple)
    if origin in (typing.Union, types.UnionType):
        return st.one_of(*(good_for_hint(arg) for arg in typing.get_args(hint)))
    if inspect.isclass(hint) and hint in _GOOD_SIMPLE:
        return _GOOD_SIMPLE[hint]
    if inspect.isclass(hint) and issubclass(hint, Enum):
        return st.sampled_from(list(hint))
    if dataclasses.is_dataclass(hint):
        hints = _hints(hint)
        fields = {f.name: good_for_hint(hints[f.name]) for f in dataclasses.fields(hint)}
        return st.fixed_dictionaries(fields).map(lambda values: hint(**values))
    return st.integers(0, 6)


def _is_text(hint: Any) -> bool:
    return _unwrap_optional(hint)[0] is str


def _text_slots(method: Any) -> list[tuple[str, str | None]]:
    """(parameter, field or None) of every text a call of ``method`` carries."""
    hints = _hints(method)
    slots: list[tuple[str, str | None]] = []
    for name in list(inspect.signature(method).parameters)[1:]:
        hint = _unwrap_optional(hints.get(name, Any))[0]
        if _is_text(hint):
            slots.append((name, None))
        elif dataclasses.is_dataclass(hint):
            inner = _hints(hint)
            slots += [(name, f.name) for f in dataclasses.fields(hint) if _is_text(inner[f.name])]
    return slots


def takes_text(service: type, names: Sequence[str]) -> bool:
    """Whether any of ``names`` carries a text a sneaky value can ride in."""
    return any(_text_slots(getattr(service, name)) for name in names)


def sneaky_calls(service: type, names: Sequence[str]) -> st.SearchStrategy[Any]:
    """(method name, keyword arguments): plausible values, one text of SNEAKY_TEXTS."""
    with_texts = [name for name in names if _text_slots(getattr(service, name))]

    def arguments(name: str, slot: tuple[str, str | None]) -> st.SearchStrategy[Any]:
        method = getattr(service, name)
        hints = _hints(method)
        parameter, field = slot
        values = {}
        for p in list(inspect.signature(method).parameters)[1:]:
            hint = hints.get(p, Any)
            sneaky = p == parameter and field is None
            values[p] = SNEAKY_TEXTS if sneaky else good_for_hint(hint, p)
            if p == parameter and field is not None:
                values[p] = _with_sneaky_field(_unwrap_optional(hint)[0], field)
        return st.tuples(st.just(name), st.fixed_dictionaries(values))

    def slots(name: str) -> st.SearchStrategy[Any]:
        choices = _text_slots(getattr(service, name))
        return st.sampled_from(choices).flatmap(lambda slot: arguments(name, slot))

    return st.sampled_from(with_texts).flatmap(slots)


def _with_sneaky_field(kind: Any, field: str) -> st.SearchStrategy[Any]:
    hints = _hints(kind)
    fields = {
        f.name: SNEAKY_TEXTS if f.name == field else good_for_hint(hints[f.name])
        for f in dataclasses.fields(kind)
    }
    return st.fixed_dictionaries(fields).map(lambda values: kind(**values))
