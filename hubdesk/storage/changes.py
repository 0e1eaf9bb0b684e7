"""What each committed transaction changed: the write path says so itself.

A write session notes the table and primary key of every row it flushes, and the
table of every bulk statement it executes; when the transaction commits, the
Database adds them to its ``ChangeLog``. The window takes them after each edit and
maps the tables to the pages that show them (``gui/topics.py``), as Anki's backend
fills ``OpChanges``: no caller lists by hand what its edit touched.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

CHANGED_KEY = "changed_rows"
ALL_ROWS = "*"  # a bulk statement: which rows is not known


@dataclass(frozen=True, slots=True)
class Changes:
    """Rows changed, as (table, primary key); ``ALL_ROWS`` for a bulk statement."""

    rows: frozenset[tuple[str, str]] = frozenset()

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(table for table, _key in self.rows)

    def __bool__(self) -> bool:
        return bool(self.rows)


class ChangeLog:
    """The changes committed through one Database since they were last taken (any
    thread may commit; the window takes them on its own)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rows: set[tuple[str, str]] = set()

    def add(self, rows: Iterable[tuple[str, str]]) -> None:
        with self._lock:
            self._rows.update(rows)

    def take(self) -> Changes:
        with self._lock:
            rows, self._rows = frozenset(self._rows), set()
        return Changes(rows)


def track_changes(factory: sessionmaker[Session]) -> None:
    """Note, in each write session of ``factory``, the rows its flushes and bulk
    statements change (``committed_rows`` reads them once the transaction is over)."""
    event.listen(factory, "after_flush", _flushed)
    event.listen(factory, "do_orm_execute", _executed)


def committed_rows(tx: Session) -> set[tuple[str, str]]:
    rows: set[tuple[str, str]] = tx.info.get(CHANGED_KEY, set())
    return rows


def _noted(tx: Session) -> set[tuple[str, str]]:
    rows: set[tuple[str, str]] = tx.info.setdefault(CHANGED_KEY, set())
    return rows


def _flushed(tx: Session, _context: Any) -> None:
    noted = _noted(tx)
    for instance in (*tx.new, *tx.dirty, *tx.deleted):
        state = inspect(instance)
        key = state.mapper.primary_key_from_instance(instance)
        noted.add((state.mapper.local_table.name, "/".join(str(part) for part in key)))


def _executed(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    if table is not None:
        _noted(state.session).add((str(table.name), ALL_ROWS))
