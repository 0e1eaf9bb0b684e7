"""What every service shares: the database, the acting staff member, lookups, text checks."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar, TypeVarTuple

from sqlalchemy import ColumnElement, Row, Select, or_
from sqlalchemy.orm import Session

from hubdesk.domain.enums import StaffRole
from hubdesk.domain.errors import (
    NotFound,
    PermissionDenied,
    ResidentNumberNotAllowed,
    ValidationError,
)
from hubdesk.domain.masking import contains_resident_number
from hubdesk.domain.phones import checked_phone
from hubdesk.domain.records import Actor
from hubdesk.domain.text import door_text
from hubdesk.storage import Database

ModelT = TypeVar("ModelT")
Ts = TypeVarTuple("Ts")


class Service:
    """Base of the use-case services: one short transaction per public method."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    @contextmanager
    def _write(self) -> Iterator[Session]:
        with self.db.write(self.actor.username) as tx:
            yield tx

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with self.db.read() as tx:
            yield tx

    def _require_role(self, roles: Collection[StaffRole], action: str) -> None:
        """Refuse ``action`` unless the acting staff member has one of ``roles``."""
        if self.actor.role not in roles:
            raise PermissionDenied(
                user=self.actor.display_name, role=self.actor.role, action=action
            )

    def _require_administrator(self, action: str) -> None:
        self._require_role((StaffRole.ADMINISTRATOR,), action)


def plain_rows(tx: Session, query: Select[*Ts]) -> Sequence[Row[*Ts]]:
    """The rows of a column query, read through the session's connection: the ORM's
    wrapping of each row doubles the cost of thousands (the timeline's 30,000 spans)."""
    return tx.connection().execute(query).all()


def containing(text: str, *columns: Any) -> ColumnElement[bool] | None:
    """A list's search: any of ``columns`` contains ``text`` (case-insensitive); None
    for an empty search (no condition)."""
    text = text.strip()
    if not text:
        return None
    return or_(*(column.ilike(f"%{text}%") for column in columns))


def get_or_raise(tx: Session, model: type[ModelT], key: int, entity: str) -> ModelT:
    row = tx.get(model, key)
    if row is None:
        raise NotFound(entity=entity, key=key)
    return row


def clean_text(
    value: str | None,
    field: str,
    *,
    required: bool = True,
    max_length: int = 200,
    multiline: bool = False,
) -> str:
    """``value`` through the text door (domain/text.py: control and direction characters
    refused, NFKC, invisible characters dropped, stripped); then refuse empty required
    text, over-long text and resident numbers. ``multiline`` allows tabs and line breaks.
    """
    if value is not None and not isinstance(value, str):
        raise ValidationError(field=field, reason=f"{value!r} is not text")
    text = door_text(value or "", field, multiline=multiline)
    if required and not text:
        raise ValidationError(field=field, reason="must not be empty")
    if len(text) > max_length:
        raise ValidationError(field=field, reason=f"is longer than {max_length} characters")
    if contains_resident_number(text):
        raise ResidentNumberNotAllowed(field=field)
    return text


def optional_text(
    value: str | None, field: str, *, max_length: int = 200, multiline: bool = False
) -> str | None:
    """``clean_text`` of an optional one-line value; None when nothing is left."""
    text = clean_text(value, field, required=False, max_length=max_length, multiline=multiline)
    return text or None


def optional_phone(value: str | None, field: str = "phone") -> str | None:
    """A Korean phone number written in its one form (010-1234-5678), or None if blank."""
    text = optional_text(value, field, max_length=32)
    return None if text is None else checked_phone(text, field)


def check_count(value: object, field: str, *, minimum: int = 0, maximum: int = 10**9) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field=field, reason=f"{value!r} is not a whole number")
    if not minimum <= value <= maximum:
        raise ValidationError(field=field, reason=f"{value} is not between {minimum} and {maximum}")
    return value
