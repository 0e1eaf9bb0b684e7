"""Every connection gets the pragmas; writers take the write lock at BEGIN."""

from __future__ import annotations

import sqlite3
from contextlib import ExitStack
from typing import Any

import pytest
from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from hubdesk.storage import Database


def _pragmas(connection: Connection | Session) -> dict[str, Any]:
    return {
        name: connection.execute(text(f"PRAGMA {name}")).scalar_one()
        for name in ("foreign_keys", "journal_mode", "busy_timeout")
    }


def _assert_pragmas(values: dict[str, Any]) -> None:
    assert values["foreign_keys"] == 1
    assert values["journal_mode"] == "wal"
    assert values["busy_timeout"] > 0


def test_pragmas_on_several_pooled_connections(db: Database) -> None:
    with ExitStack() as stack:
        connections = [stack.enter_context(db.engine.connect()) for _ in range(3)]
        drivers = {id(c.connection.driver_connection) for c in connections}
        assert len(drivers) == 3, "three distinct SQLite connections"
        for connection in connections:
            _assert_pragmas(_pragmas(connection))


def test_pragmas_in_read_and_write_sessions(db: Database) -> None:
    with db.read() as session:
        _assert_pragmas(_pragmas(session))
    with db.write("kim") as session:
        _assert_pragmas(_pragmas(session))


def test_pragmas_after_the_pool_is_emptied(db: Database) -> None:
    db.engine.dispose()
    with db.engine.connect() as connection:
        _assert_pragmas(_pragmas(connection))


def test_a_write_session_holds_the_write_lock_from_its_first_statement(db: Database) -> None:
    other = sqlite3.connect(db.path, timeout=0, isolation_level=None)
    try:
        with db.write("kim") as session:
            session.execute(text("SELECT 1"))
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_a_read_session_takes_no_write_lock(db: Database) -> None:
    other = sqlite3.connect(db.path, timeout=0, isolation_level=None)
    try:
        with db.read() as session:
            session.execute(text("SELECT count(*) FROM teams"))
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
    finally:
        other.close()
