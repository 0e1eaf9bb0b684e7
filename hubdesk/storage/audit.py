"""The audit trail: every flushed change becomes an ``audit_log`` row in the same
transaction, with who, when, what and old → new values."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, sessionmaker

from .models import AuditEntry

ACTOR_KEY = "actor"
_SKIPPED_COLUMNS = frozenset({"version", "created_at", "updated_at"})


def _plain(value: Any) -> Any:
    """A JSON-friendly copy of a column value."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _primary_key(instance: object) -> str:
    key = inspect(instance).mapper.primary_key_from_instance(instance)
    return "/".join(_plain_str(part) for part in key)


def _plain_str(value: Any) -> str:
    return str(_plain(value))


def _changes(instance: object, action: str) -> dict[str, Any]:
    state = inspect(instance)
    changes: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIPPED_COLUMNS:
            continue
        history = state.attrs[attr.key].history
        if action == "insert":
            value = state.attrs[attr.key].value
            if value is not None:
                changes[attr.key] = [None, _plain(value)]
        elif action == "delete":
            old = history.unchanged[0] if history.unchanged else (history.deleted or [None])[0]
            changes[attr.key] = [_plain(old), None]
        elif history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                changes[attr.key] = [_plain(old), _plain(new)]
    return changes


def _after_flush(session: Session, _context: Any) -> None:
    actor = session.info.get(ACTOR_KEY)
    if actor is None:
        raise RuntimeError("a change was flushed without an actor for the audit trail")
    now = datetime.now().replace(microsecond=0)
    rows = []
    for action, instances in (
        ("insert", session.new),
        ("update", session.dirty),
        ("delete", session.deleted),
    ):
        for instance in instances:
            if isinstance(instance, AuditEntry):
                continue
            changes = _changes(instance, action)
            if action == "update" and not changes:
                continue
            rows.append(
                {
                    "at": now,
                    "username": actor,
                    "action": action,
                    "table_name": inspect(instance).mapper.local_table.name,
                    "record_id": _primary_key(instance),
                    "changes": changes,
                }
            )
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


def install_audit(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "after_flush", _after_flush)


def record_bulk_change(session: Session, table: str, summary: dict[str, Any]) -> None:
    """One audit row for a bulk write that bypasses the ORM (demo data, imports)."""
    session.execute(
        insert(AuditEntry),
        [
            {
                "at": datetime.now().replace(microsecond=0),
                "username": session.info.get(ACTOR_KEY, "system"),
                "action": "insert",
                "table_name": table,
                "record_id": "*",
                "changes": summary,
            }
        ],
    )
