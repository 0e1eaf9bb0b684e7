"""The hash chain of the append-only logs: each row's hash covers the row before.

``chain_hash`` of row n = SHA-256(hash of row n−1 ‖ canonical(row n)), the first row
chaining from a fixed start per table: the way certificate-transparency logs and
git's commits link their entries. A row edited, removed, inserted or moved in the
middle breaks the chain there, even when the append-only triggers were dropped to do
it. Whoever recomputes every later hash is not detected (there is no secret in a
local file): see the README.

This module is the one place for the canonical form, the writing and the checking:
the audit writer (``audit``), the migration that backfilled older files (0004) and
``hubdesk check`` all use it. It hashes in Python and reads with SQLAlchemy Core, so
it does not depend on SQLite.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    DateTime,
    Integer,
    String,
    TableClause,
    Text,
    column,
    insert,
    select,
    table,
)
from sqlalchemy.types import TypeEngine

HASH_COLUMN = "chain_hash"
HASH_LENGTH = 64
# What each row's hash covers, in this order (id first). Changing it is a new chain version.
CONTENT: dict[str, tuple[str, ...]] = {
    "audit_log": ("id", "at", "username", "action", "table_name", "record_id", "changes"),
    "export_log": (
        "id",
        "at",
        "username",
        "kind",
        "target",
        "parameters",
        "masked",
        "reason",
        "row_count",
    ),
}
CHAINED_TABLES = tuple(CONTENT)
_TYPES: dict[str, TypeEngine[Any]] = {
    "id": Integer(),
    "at": DateTime(),
    "changes": JSON(),
    "parameters": JSON(),
    "masked": Boolean(),
    "row_count": Integer(),
}
_WELL_FORMED = re.compile(r"[0-9a-f]{64}")
_ENCODE = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode
_DECODE = json.JSONDecoder().decode

Entry = tuple[Any, ...]  # a stored row: its CONTENT values in order, then its hash


def _table(name: str, *, raw: bool = False) -> TableClause:
    """The columns the chain reads; ``raw`` leaves JSON and times as SQLite stores them."""
    types = {
        key: Text() if raw and key in ("at", "changes", "parameters") else kind
        for key, kind in _TYPES.items()
    }
    columns = [column(key, types.get(key, Text())) for key in CONTENT[name]]
    return table(name, *columns, column(HASH_COLUMN, String(HASH_LENGTH)))


TABLES: dict[str, TableClause] = {name: _table(name) for name in CONTENT}
_RAW_TABLES: dict[str, TableClause] = {name: _table(name, raw=True) for name in CONTENT}


def _moment(value: Any) -> str:
    """A time as SQLAlchemy stores it in SQLite, ``2026-11-25 09:00:00.000000``; read
    raw from SQLite it is already that text (parsing it took a third of a check)."""
    if isinstance(value, str):
        return value
    return str(value.isoformat(sep=" ", timespec="microseconds"))


def _json(value: Any) -> Any:
    """Stored JSON text as its value; text that is not JSON stays as it is (the hash
    then fails, as it should)."""
    if not isinstance(value, str):
        return value
    try:
        return _DECODE(value)
    except ValueError:
        return value


# Per table: (position, conversion) for the values whose Python type the hash fixes.
_CONVERSIONS: dict[str, Callable[[Any], Any]] = {
    "at": _moment,
    "id": int,
    "masked": bool,
    "row_count": int,
}
_PLAIN: dict[str, tuple[tuple[int, Callable[[Any], Any]], ...]] = {
    name: tuple((index, _CONVERSIONS[key]) for index, key in enumerate(keys) if key in _CONVERSIONS)
    for name, keys in CONTENT.items()
}
# Per table: the positions of raw JSON text (SQLite) to parse when reading.
_JSON_AT: dict[str, tuple[int, ...]] = {
    name: tuple(i for i, key in enumerate(keys) if key in ("changes", "parameters"))
    for name, keys in CONTENT.items()
}


def start(table_name: str) -> str:
    """The hash the first row of a table chains from."""
    return hashlib.sha256(f"hubdesk {table_name} chain v1".encode()).hexdigest()


def _canonical(table_name: str, values: Sequence[Any]) -> bytes:
    """JSON with sorted keys and no spaces: the same bytes wherever the row is read."""
    plain = list(values)
    for index, convert in _PLAIN[table_name]:
        if plain[index] is not None:
            plain[index] = convert(plain[index])
    return _ENCODE(plain).encode()


def canonical(table_name: str, row: Mapping[str, Any]) -> bytes:
    """The bytes a row's hash covers: its content columns, id included."""
    return _canonical(table_name, [row[key] for key in CONTENT[table_name]])


def _link(previous: str, table_name: str, values: Sequence[Any]) -> str:
    return hashlib.sha256(previous.encode() + _canonical(table_name, values)).hexdigest()


def link(previous: str, table_name: str, row: Mapping[str, Any]) -> str:
    """The hash of ``row`` chained to the hash of the row before it."""
    return _link(previous, table_name, [row[key] for key in CONTENT[table_name]])


def head(connection: Connection, table_name: str) -> tuple[int, str]:
    """The id and hash of the newest row (0 and the start hash for an empty table)."""
    clause = TABLES[table_name]
    newest = connection.execute(
        select(clause.c.id, clause.c[HASH_COLUMN]).order_by(clause.c.id.desc()).limit(1)
    ).first()
    return (0, start(table_name)) if newest is None else (int(newest[0]), str(newest[1]))


def chained(
    connection: Connection, table_name: str, rows: Sequence[Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """``rows`` with the next ids and their hashes, chained after the newest stored row.

    Call it inside the write transaction that inserts them (SQLite: BEGIN IMMEDIATE),
    so no other writer appends between reading the newest hash and inserting.
    """
    last_id, last_hash = head(connection, table_name)
    result = []
    for row in rows:
        last_id += 1
        values = {**row, "id": last_id}
        last_hash = link(last_hash, table_name, values)
        result.append({**values, HASH_COLUMN: last_hash})
    return result


def append(connection: Connection, table_name: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` at the end of the chain (one statement for all of them)."""
    if rows:
        connection.execute(insert(TABLES[table_name]), chained(connection, table_name, rows))


def entries(connection: Connection, table_name: str) -> Iterator[Entry]:
    """Every stored row of a chained table in id order, as the chain reads it.

    On SQLite, JSON and times are read as stored text and parsed here: SQLAlchemy's
    type processors took two thirds of a check of 100,000 rows.
    """
    if connection.dialect.name != "sqlite":
        clause = TABLES[table_name]
        for row in connection.execute(select(clause).order_by(clause.c.id)):
            yield tuple(row)
        return
    clause, positions = _RAW_TABLES[table_name], _JSON_AT[table_name]
    for row in connection.execute(select(clause).order_by(clause.c.id)):
        values = list(row)
        for index in positions:
            values[index] = _json(values[index])
        yield tuple(values)


def recomputed(connection: Connection, table_name: str) -> list[tuple[int, str]]:
    """(id, hash) of every stored row chained afresh from the start in id order, as
    the writer would have chained them (migration 0004 backfilled older files so)."""
    previous, result = start(table_name), []
    for entry in entries(connection, table_name):
        previous = _link(previous, table_name, entry[:-1])
        result.append((int(entry[0]), previous))
    return result


@dataclass(frozen=True, slots=True)
class ChainBreak:
    """Where a table's chain breaks, and what was most likely done there."""

    table: str
    row_id: int
    kind: str  # edited | removed | inserted | reordered | rewritten
    detail: str

    def __str__(self) -> str:
        return f"{self.table} row #{self.row_id} {self.detail}"


def verify(connection: Connection, table_name: str) -> Iterator[ChainBreak]:
    """Walk the chain in id order and yield every break (none: the chain is intact)."""
    walk = _Walk(table_name)
    rows = entries(connection, table_name)
    current = next(rows, None)
    while current is not None:
        following = next(rows, None)
        found, consumed = walk.step(current, following)
        if found is not None:
            yield found
        current = next(rows, None) if consumed else following


class _Walk:
    """The state of a walk along one chain: the hash the next row must follow, the id
    the last good row was written with, and by how much later ids were renumbered."""

    def __init__(self, table_name: str) -> None:
        self.table = table_name
        self.parent = start(table_name)
        self.last_id = 0
        self.shift = 0

    def follows(self, parent: str, entry: Entry, shift: int) -> bool:
        """True when ``entry``, written with id ``id − shift``, chains from ``parent``."""
        stored: str = entry[-1]
        if not _well_formed(stored):
            return False
        values = entry[:-1] if shift == 0 else (entry[0] - shift, *entry[1:-1])
        return _link(parent, self.table, values) == stored

    def step(self, current: Entry, following: Entry | None) -> tuple[ChainBreak | None, bool]:
        """Check one row; on a break, say what happened and resume the walk after it.
        Returns the break (or None) and whether ``following`` was used up too."""
        if self.follows(self.parent, current, self.shift):
            self._accept(current)
            return None, False
        if following is not None and self._swapped(current, following):
            self._accept(current)
            self.last_id = following[0] - self.shift
            return self._break(current, "reordered", f"changed places with #{following[0]}"), True
        return self._broken(current, following), False

    def _swapped(self, current: Entry, following: Entry) -> bool:
        """The two rows follow each other in the opposite order, each at the other's id."""
        gap = following[0] - current[0]
        return self.follows(self.parent, following, self.shift + gap) and self.follows(
            following[-1], current, self.shift - gap
        )

    def _broken(self, current: Entry, following: Entry | None) -> ChainBreak:
        """Name what was done at a row that does not follow the one before it."""
        row_id, shift = current[0], self.shift
        if following is not None and self.follows(self.parent, following, shift):
            return self._break(current, "inserted", "was inserted: the chain runs around it")
        if following is not None and self.follows(self.parent, following, shift + 1):
            self.shift += 1
            return self._break(
                current, "inserted", "was inserted; the rows after it were renumbered"
            )
        first_missing, last_missing = self.last_id + 1, row_id - shift - 1
        continues = following is None or self.follows(current[-1], following, shift)
        renumbered = (
            following is not None
            and not continues
            and self.follows(current[-1], following, shift - 1)
        )
        self.shift -= renumbered
        self._accept(current)  # resume from this row's own hash
        if not _well_formed(current[-1]):
            return self._break(current, "inserted", "was inserted: it has no valid chain hash")
        if last_missing >= first_missing:
            missing = _span(first_missing, last_missing)
            return self._break(current, "removed", f"follows a gap: {missing} removed")
        if renumbered:
            return self._break(
                current, "removed", "follows a removed row; the rows after it were renumbered"
            )
        if following is None:
            return self._break(current, "edited", "was edited or added by another program")
        if continues:
            return self._break(current, "edited", "was edited: it no longer matches its hash")
        return self._break(current, "rewritten", "does not follow the row before it")

    def _accept(self, entry: Entry) -> None:
        self.parent = entry[-1]
        self.last_id = entry[0] - self.shift

    def _break(self, entry: Entry, kind: str, detail: str) -> ChainBreak:
        return ChainBreak(self.table, entry[0], kind, detail)


def _well_formed(stored: object) -> bool:
    return isinstance(stored, str) and _WELL_FORMED.fullmatch(stored) is not None


def _span(first: int, last: int) -> str:
    return f"row #{first} was" if first == last else f"rows #{first}–#{last} were"
