"""Watching the database from tests: the SQL statements a call runs, room positions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event, update

from hubdesk.services.spaces.views import PlanRect
from hubdesk.storage import Database
from hubdesk.storage.models import Space

DML = ("SELECT", "INSERT", "UPDATE", "DELETE")


@contextmanager
def counted_statements(db: Database) -> Iterator[list[str]]:
    """The SELECT/INSERT/UPDATE/DELETE statements run inside the ``with`` block."""
    statements: list[str] = []

    def seen(*args: Any) -> None:
        if args[2].lstrip().upper().startswith(DML):
            statements.append(args[2])

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)


def place(db: Database, space_id: int, rect: PlanRect) -> None:
    """Draw a space at ``rect`` on its floor's plan."""
    with db.write("system") as session:
        session.execute(
            update(Space)
            .where(Space.id == space_id)
            .values(plan_x=rect.x, plan_y=rect.y, plan_width=rect.width, plan_height=rect.height)
        )


def export_log_rows(path: Path, columns: str) -> list[tuple[Any, ...]]:
    """``columns`` of every export-log row, read with plain sqlite3 (as another program would)."""
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"SELECT {columns} FROM export_log ORDER BY id").fetchall()
    finally:
        connection.close()
