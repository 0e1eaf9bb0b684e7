"""The database itself refuses to rewrite the audit trail and the export log."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError

from hubdesk.storage import Database, chain
from hubdesk.storage.models import AuditEntry, ExportLogEntry


def _one_audit_row(db: Database) -> int:
    row = {
        "at": datetime(2026, 11, 25, 9),
        "username": "kim",
        "action": "insert",
        "table_name": "teams",
        "record_id": "1",
        "changes": {"name": [None, "함께카페"]},
    }
    with db.write("kim") as session:
        chain.append(session.connection(), "audit_log", [row])
        return int(session.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc())) or 0)


def test_an_update_of_the_audit_trail_is_refused_by_sqlite_itself(db: Database) -> None:
    """Plain sqlite3, no HubDesk code in between: the trigger is in the file."""
    entry = _one_audit_row(db)
    connection = sqlite3.connect(db.path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="audit_log is append-only: UPDATE"):
            connection.execute("UPDATE audit_log SET username = 'mallory' WHERE id = ?", (entry,))
        with pytest.raises(sqlite3.IntegrityError, match="audit_log is append-only: DELETE"):
            connection.execute("DELETE FROM audit_log")
    finally:
        connection.close()
    with db.read() as session:
        assert session.scalar(select(AuditEntry.username).where(AuditEntry.id == entry)) == "kim"


def test_sqlalchemy_core_cannot_bypass_it_either(db: Database) -> None:
    entry = _one_audit_row(db)
    with pytest.raises(IntegrityError, match="append-only"), db.write("kim") as session:
        session.execute(update(AuditEntry).where(AuditEntry.id == entry).values(action="delete"))
    with pytest.raises(IntegrityError, match="append-only"), db.write("kim") as session:
        session.execute(delete(AuditEntry))


def test_the_export_log_is_append_only(db: Database) -> None:
    with db.write("kim") as session:
        session.add(
            ExportLogEntry(
                at=datetime(2026, 11, 25, 9),
                username="kim",
                kind="consultations",
                target="/tmp/log.xlsx",
                parameters={"quarter": "2026Q3"},
                masked=True,
                reason="",
                row_count=12,
            )
        )
    with pytest.raises(IntegrityError, match="export_log is append-only"), db.write("x") as s:
        s.execute(update(ExportLogEntry).values(reason="숨김"))
    with pytest.raises(IntegrityError, match="export_log is append-only"), db.write("x") as s:
        s.execute(delete(ExportLogEntry))
    with db.read() as session:
        assert session.scalar(select(ExportLogEntry.reason)) == ""
