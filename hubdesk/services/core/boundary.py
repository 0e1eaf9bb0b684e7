"""The services' front door: every argument has the type its hint names, or the call is
refused with a ``ValidationError`` naming the field, before anything is read or written.

Values come from dialogs, imports and the command line; a float for money, a text for a
date, None for a name or an enum value that does not exist must be told to the user,
not crash deep inside SQLAlchemy. ``@typed_boundary`` on a service class checks the
arguments of its public methods against their type hints, draft dataclasses field by field.

Every text argument, in drafts and lists too, also passes the text door here
(domain/text.py): control and direction characters and lone surrogates are refused with
the field's name, and the method receives the text NFKC-normalised without invisible
characters, so no text reaches the file un-normalised, whichever path stores it. A
parameter hinted ``Verbatim`` (a password) is only checked to be storable text.
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import math
import types
import typing
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from enum import Enum
from typing import Annotated, Any, TypeVar

from hubdesk.domain.errors import ValidationError
from hubdesk.domain.text import check_characters, normalised, storable

ClassT = TypeVar("ClassT", bound=type)

VERBATIM = "verbatim"
Verbatim = Annotated[str, VERBATIM]
"""Text taken as typed (a password): refused only when it cannot be encoded."""

# SQLite stores 64-bit integers; the hub's dates lie well inside these years.
INT_RANGE = (-(2**63), 2**63 - 1)
YEARS = (1900, 2199)


def typed_boundary(cls: ClassT) -> ClassT:
    """Guard every public method defined on ``cls`` with ``check_arguments``."""
    for name, member in list(vars(cls).items()):
        if not name.startswith("_") and inspect.isfunction(member):
            setattr(cls, name, _guarded(member))
    return cls


def _guarded(method: Callable[..., Any]) -> Callable[..., Any]:
    signature = inspect.signature(method)

    @functools.wraps(method)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        bound = signature.bind(*args, **kwargs)
        hints = _hints(method)
        for name, value in list(bound.arguments.items())[1:]:  # skip self
            bound.arguments[name] = check_value(value, hints.get(name, Any), name)
        return method(*bound.args, **bound.kwargs)

    return guarded


@functools.cache
def _hints(target: Any) -> dict[str, Any]:
    try:
        return typing.get_type_hints(target, include_extras=True)
    except NameError:  # a hint only known to the type checker: nothing to check
        return {}


def check_value(value: Any, hint: Any, field: str) -> Any:
    """``value`` as the method receives it (texts through the door); raise
    ``ValidationError(field=...)`` unless it fits ``hint``."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is Any or hint is object:
        return value
    if origin is Annotated:
        if VERBATIM in args[1:]:
            _check_verbatim(value, field)
            return value
        return check_value(value, args[0], field)
    if origin in (typing.Union, types.UnionType):
        return _check_union(value, args, field)
    if origin in (tuple, list, Sequence) or hint in (tuple, list):
        return _check_items(value, args, field)
    if inspect.isclass(hint):
        return _check_class(value, hint, field)
    return value


def _refuse(field: str, reason: str) -> ValidationError:
    return ValidationError(field=field, reason=reason)


def _check_union(value: Any, args: tuple[Any, ...], field: str) -> Any:
    if value is None and type(None) in args:
        return value
    errors = []
    for arg in (a for a in args if a is not type(None)):
        try:
            return check_value(value, arg, field)
        except ValidationError as error:
            errors.append(error)
    raise errors[0]


def _check_items(value: Any, args: tuple[Any, ...], field: str) -> Any:
    if isinstance(value, str | bytes) or not isinstance(value, tuple | list):
        raise _refuse(field, f"{value!r} is not a list")
    item = args[0] if args else Any
    try:
        items = [check_value(element, item, field) for element in value]
    except ValidationError as error:  # a field inside an item is named by the list
        if error.values.get("field") == field:
            raise
        raise _refuse(field, str(error.values.get("reason", error.message))) from error
    if all(new is old for new, old in zip(items, value, strict=True)):
        return value
    return tuple(items) if isinstance(value, tuple) else items


def _check_class(value: Any, hint: type, field: str) -> Any:
    checks: dict[type, Callable[[Any, str], None]] = {
        bool: _check_bool,
        int: _check_int,
        float: _check_float,
        date: _check_date,
        time: _check_time,
    }
    if hint is str:
        return _door(value, field)
    if hint in checks:
        checks[hint](value, field)
    elif issubclass(hint, Enum):
        _check_enum(value, hint, field)
    elif dataclasses.is_dataclass(hint):
        return _check_dataclass(value, hint, field)
    elif not isinstance(value, hint):
        raise _refuse(field, f"{value!r} is not a {hint.__name__}")
    return value


def _check_bool(value: Any, field: str) -> None:
    if not isinstance(value, bool):
        raise _refuse(field, f"{value!r} is not yes or no")


def _check_int(value: Any, field: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _refuse(field, f"{value!r} is not a whole number")
    low, high = INT_RANGE
    if not low <= value <= high:
        raise _refuse(field, f"{value} is not between {low} and {high}")


def _check_float(value: Any, field: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _refuse(field, f"{value!r} is not a number")
    if isinstance(value, float) and not math.isfinite(value):
        raise _refuse(field, f"{value!r} is not a number")
    if isinstance(value, int):
        _check_int(value, field)


def _check_str(value: Any, field: str) -> None:
    if not isinstance(value, str):
        raise _refuse(field, f"{value!r} is not text")


def _door(value: Any, field: str) -> str:
    """Text without refused characters, NFKC-normalised; tabs and line breaks may stay
    (a one-line field refuses them in ``clean_text``, where its kind is known)."""
    _check_str(value, field)
    check_characters(value, field, multiline=True)
    text = normalised(value)
    return value if text == value else text


def _check_verbatim(value: Any, field: str) -> None:
    """Text that can be encoded (no lone surrogate) and holds no NUL."""
    _check_str(value, field)
    if not storable(value):
        raise _refuse(field, "contains a character that cannot be stored")


def _check_date(value: Any, field: str) -> None:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise _refuse(field, f"{value!r} is not a date")
    first, last = YEARS
    if not first <= value.year <= last:
        raise _refuse(field, f"{value} is outside the years {first}–{last}")


def _check_time(value: Any, field: str) -> None:
    if not isinstance(value, time):
        raise _refuse(field, f"{value!r} is not a time of day")


def _check_enum(value: Any, hint: type[Enum], field: str) -> None:
    if isinstance(value, hint):
        return
    try:
        hint(value)
    except (ValueError, TypeError):
        raise _refuse(field, f"{value!r} is not one of the choices") from None


def _check_dataclass(value: Any, hint: type, field: str) -> Any:
    """The draft with its fields checked; rebuilt (drafts are frozen) if a text changed."""
    if not isinstance(value, hint):
        raise _refuse(field, f"{value!r} is not a {hint.__name__}")
    hints = _hints(hint)
    changed: dict[str, Any] = {}
    for item in dataclasses.fields(hint):
        old = getattr(value, item.name)
        new = check_value(old, hints[item.name], item.name)
        if new is not old and item.init:
            changed[item.name] = new
    return dataclasses.replace(value, **changed) if changed else value  # type: ignore[type-var]
