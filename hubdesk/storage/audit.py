"""The audit trail: every flushed change becomes an ``audit_log`` row in the same
transaction, with who, when, what and old → new values, hash-chained to the row
before it (``chain``). Rows added to the logs through the ORM get their place in the
chain when they are flushed."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import InstanceState, Session, sessionmaker
from sqlalchemy.orm.attributes import History, instance_state
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from hubdesk.storage import chain
from hubdesk.storage.models import AuditEntry, Base, ExportLogEntry

ACTOR_KEY = "actor"
_STORED_KEY = "audit_stored_values"
_SKIPPED_COLUMNS = frozenset({"version", "created_at", "updated_at", chain.HASH_COLUMN})
_CHAINED_MODELS: tuple[type[AuditEntry] | type[ExportLogEntry], ...] = (AuditEntry, ExportLogEntry)
# Recorded as changed, never with their value: the trail is append-only for good.
_SECRET_COLUMNS = frozenset({"password_hash"})
HIDDEN = "(hidden)"

StoredValues = dict[InstanceState[Any], dict[str, Any]]


def _shown(key: str, value: Any) -> Any:
    """The value as the trail keeps it: secrets only say whether there is one."""
    if key in _SECRET_COLUMNS:
        return None if value is None else HIDDEN
    return _plain(value)


def _plain(value: Any) -> Any:
    """A JSON-friendly copy of a column value."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _primary_key(instance: object) -> str:
    key = inspect(instance).mapper.primary_key_from_instance(instance)
    return "/".join(str(_plain(part)) for part in key)


def _old_value_unknown(history: History, deleting: bool) -> bool:
    """True when the old value was never loaded (expired), so history cannot tell it."""
    if history.unchanged or history.deleted:
        return False
    return deleting or bool(history.added)


def _stored_values(tx: Session, instance: object, deleting: bool) -> dict[str, Any]:
    """The row as stored, for the changed columns whose old value was not loaded."""
    state = inspect(instance)
    keys = [
        attr.key
        for attr in state.mapper.column_attrs
        if attr.key not in _SKIPPED_COLUMNS
        and _old_value_unknown(state.attrs[attr.key].history, deleting)
    ]
    if not keys or state.identity is None:
        return {}
    mapper = state.mapper
    columns = [mapper.get_property(key).columns[0] for key in keys]
    where = [
        column == value for column, value in zip(mapper.primary_key, state.identity, strict=True)
    ]
    row = tx.connection().execute(select(*columns).where(*where)).one_or_none()
    return dict(zip(keys, row, strict=True)) if row is not None else {}


def _chain_new_rows(tx: Session) -> None:
    """Give log rows added through the ORM the next ids and their chain hashes."""
    for model in _CHAINED_MODELS:
        new = sorted(
            (instance for instance in tx.new if isinstance(instance, model)),
            key=lambda instance: instance_state(instance).insert_order or 0,
        )
        if not new:
            continue
        rows = [_with_defaults(model, instance) for instance in new]
        placed = chain.chained(tx.connection(), model.__tablename__, rows)
        for instance, row in zip(new, placed, strict=True):
            instance.id, instance.chain_hash = row["id"], row[chain.HASH_COLUMN]


def _with_defaults(model: type[Base], instance: object) -> dict[str, Any]:
    """The values the row will be stored with: unset columns take their default now,
    so the hash covers what the database keeps."""
    values = {}
    for key in chain.CONTENT[model.__tablename__]:
        value = getattr(instance, key)
        default = model.__table__.c[key].default
        if value is None and isinstance(default, ScalarElementColumnDefault):
            value = default.arg
            setattr(instance, key, value)
        values[key] = value
    return values


def _before_flush(tx: Session, _context: Any, _instances: Any) -> None:
    if any(isinstance(i, _CHAINED_MODELS) for i in (*tx.dirty, *tx.deleted)):
        raise RuntimeError("the audit trail is append-only: its rows are never changed")
    _chain_new_rows(tx)
    stored: StoredValues = {}
    for instances, deleting in ((tx.dirty, False), (tx.deleted, True)):
        for instance in instances:
            values = _stored_values(tx, instance, deleting)
            if values:
                stored[inspect(instance)] = values
    tx.info[_STORED_KEY] = stored


def _changes(instance: object, action: str, stored: dict[str, Any]) -> dict[str, Any]:
    state = inspect(instance)
    changes: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIPPED_COLUMNS:
            continue
        history = state.attrs[attr.key].history
        if action == "insert":
            value = state.attrs[attr.key].value
            if value is not None:
                changes[attr.key] = [None, _shown(attr.key, value)]
        elif action == "delete":
            if history.unchanged:
                old = history.unchanged[0]
            elif history.deleted:
                old = history.deleted[0]
            else:
                old = stored.get(attr.key)
            changes[attr.key] = [_shown(attr.key, old), None]
        elif history.has_changes():
            old = history.deleted[0] if history.deleted else stored.get(attr.key)
            new = history.added[0] if history.added else None
            if old != new:
                changes[attr.key] = [_shown(attr.key, old), _shown(attr.key, new)]
    return changes


def _after_flush(tx: Session, _context: Any) -> None:
    actor = tx.info.get(ACTOR_KEY)
    if not actor or not str(actor).strip():
        raise RuntimeError("a change was flushed without an actor for the audit trail")
    stored: StoredValues = tx.info.pop(_STORED_KEY, {})
    now = datetime.now().replace(microsecond=0)
    rows = []
    for action, instances in (
        ("insert", tx.new),
        ("update", tx.dirty),
        ("delete", tx.deleted),
    ):
        for instance in instances:
            if isinstance(instance, AuditEntry):
                continue  # a log row added through the ORM is itself the record
            changes = _changes(instance, action, stored.get(inspect(instance), {}))
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
    chain.append(tx.connection(), AuditEntry.__tablename__, rows)


def install_audit(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)


def record_bulk_change(tx: Session, table: str, summary: dict[str, Any]) -> None:
    """One audit row for a bulk write that bypasses the ORM (demo data, imports)."""
    row = {
        "at": datetime.now().replace(microsecond=0),
        "username": tx.info.get(ACTOR_KEY, "system"),
        "action": "insert",
        "table_name": table,
        "record_id": "*",
        "changes": summary,
    }
    chain.append(tx.connection(), AuditEntry.__tablename__, [row])
