"""The logs are hash-chained: every way into them chains, older files are chained on
upgrade, opening a file puts dropped triggers back, and a walk along the chain names
what was done to a row."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from alembic import command
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from support.tamper import TRIGGERS, audit_ids, forged_audit_row, tamper

from hubdesk.storage import Database, append_only, chain
from hubdesk.storage.audit import record_bulk_change
from hubdesk.storage.database import make_engine
from hubdesk.storage.migrations import alembic_config
from hubdesk.storage.models import AuditEntry, ExportLogEntry

if TYPE_CHECKING:
    from .conftest import MakeTeam, Seeded


def _export(username: str = "kim", reason: str | None = None) -> ExportLogEntry:
    entry = ExportLogEntry(
        at=datetime(2026, 11, 25, 9, 30, 15, 123),
        username=username,
        kind="consultations",
        target="/tmp/2026Q3.xlsx",
        parameters={"quarter": "2026Q3", "형식": "xlsx"},
        masked=reason is None,
        row_count=12,
    )
    if reason is not None:
        entry.reason = reason
    return entry


def _breaks(db: Database, table: str = "audit_log") -> list[tuple[int, str, str]]:
    with db.engine.connect() as connection:
        return [(b.row_id, b.kind, b.detail) for b in chain.verify(connection, table)]


def _stored_and_recomputed(db: Database, table: str) -> tuple[list[Any], list[Any]]:
    with db.engine.connect() as connection:
        clause = chain.TABLES[table]
        stored = connection.execute(
            select(clause.c.id, clause.c.chain_hash).order_by(clause.c.id)
        ).all()
        return [tuple(row) for row in stored], chain.recomputed(connection, table)


def test_every_way_into_the_logs_chains(db: Database, seeded: Seeded, make_team: MakeTeam) -> None:
    """ORM flushes (many rows at once), bulk rows, and log rows added through the ORM."""
    with db.write("kim") as session:
        session.add_all(make_team(f"팀 {n}") for n in range(30))
        session.flush()
        record_bulk_change(session, "teams", {"rows": 30})
        session.add_all([_export(), _export("lee", reason="구청 감사 제출")])
    with db.write("lee") as session:
        session.add(_export("lee"))
    for table in chain.CHAINED_TABLES:
        stored, recomputed = _stored_and_recomputed(db, table)
        assert stored == recomputed and len(stored) > 2, table
        assert [row_id for row_id, _ in stored] == list(range(1, len(stored) + 1))
        assert _breaks(db, table) == []
    with db.read() as session:
        reasons = session.scalars(select(ExportLogEntry.reason).order_by(ExportLogEntry.id))
        assert list(reasons) == ["", "구청 감사 제출", ""]  # the default went into the hash


def test_the_hash_covers_every_column_and_the_row_before() -> None:
    row = {
        "id": 7,
        "at": datetime(2026, 11, 25, 9),
        "username": "kim",
        "action": "update",
        "table_name": "teams",
        "record_id": "3",
        "changes": {"name": ["가", "나"], "seats": [1, 2]},
    }
    start = chain.start("audit_log")
    original = chain.link(start, "audit_log", row)
    assert len(original) == 64 and original != chain.start("export_log")
    for key, other in (
        ("id", 8),
        ("at", datetime(2026, 11, 25, 9, 0, 1)),
        ("username", "lee"),
        ("action", "delete"),
        ("table_name", "spaces"),
        ("record_id", "4"),
        ("changes", {"name": ["가", "다"], "seats": [1, 2]}),
    ):
        assert chain.link(start, "audit_log", {**row, key: other}) != original, key
    assert chain.link(original, "audit_log", row) != original
    # Key order and JSON spelling do not matter: the hash covers the values.
    reordered = {**row, "changes": {"seats": [1, 2], "name": ["가", "나"]}}
    assert chain.link(start, "audit_log", reordered) == original


def test_a_plain_insert_without_the_chain_is_refused(db: Database) -> None:
    with pytest.raises(IntegrityError, match="chain_hash"), db.write("kim") as session:
        session.execute(
            AuditEntry.__table__.insert().values(
                at=datetime(2026, 11, 25),
                username="x",
                action="insert",
                table_name="teams",
                record_id="1",
                changes={},
            )
        )


def _file_at_revision_0003(path: Path) -> None:
    """A file from before the chains, its JSON written the way SQLAlchemy writes it."""
    engine = make_engine(path)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0003")
            for n in range(1, 6):
                connection.exec_driver_sql(
                    "INSERT INTO audit_log (at, username, action, table_name, record_id, changes)"
                    " VALUES (?, 'kim', 'update', 'teams', ?, ?)",
                    (f"2026-11-2{n} 10:00:00.000000", str(n), json.dumps({"name": ["함께", n]})),
                )
            connection.exec_driver_sql(
                "INSERT INTO export_log (at, username, kind, target, parameters, masked, reason,"
                " row_count) VALUES ('2026-11-25 10:00:00.000000', 'kim', 'consultations',"
                " '/tmp/q3.csv', ?, 0, '감사', 3)",
                (json.dumps({"quarter": "2026Q3"}),),
            )
    finally:
        engine.dispose()


def test_an_older_file_is_chained_on_upgrade_with_its_triggers_back(tmp_path: Path) -> None:
    path = tmp_path / "older.sqlite"
    _file_at_revision_0003(path)
    with Database.open(path, create=False) as db:
        for table in chain.CHAINED_TABLES:
            stored, recomputed = _stored_and_recomputed(db, table)
            assert stored == recomputed and stored, table
        with db.engine.connect() as connection:
            assert append_only.trigger_problems(connection) == {}
        assert db.repairs == ()  # the migration put its triggers back itself
        with db.write("lee") as session:  # the writer goes on from the backfilled head
            session.add(_export("lee"))
        assert _breaks(db, "audit_log") == [] and _breaks(db, "export_log") == []
    connection = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            connection.execute("UPDATE audit_log SET username = 'x'")
    finally:
        connection.close()


@pytest.mark.parametrize("dropped", [TRIGGERS, ("audit_log_no_delete",)])
def test_opening_a_file_puts_dropped_triggers_back_and_says_so(
    db: Database, seeded: Seeded, dropped: tuple[str, ...]
) -> None:
    db.close()
    connection = sqlite3.connect(db.path)
    for name in dropped:
        connection.execute(f"DROP TRIGGER {name}")
    connection.commit()
    connection.close()
    with Database.open(db.path, create=False) as reopened:
        assert [(r.trigger, r.problem) for r in reopened.repairs] == [
            (name, "missing") for name in dropped
        ]
        with reopened.engine.connect() as check:
            assert append_only.trigger_problems(check) == {}
        with reopened.read() as session:
            entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None and entry.id == reopened.repairs[0].audit_id
        assert (entry.username, entry.table_name) == ("system", "triggers")
        assert entry.changes == {"restored": [None, ", ".join(dropped)]}
        assert _breaks(reopened) == []
        assert "was missing: recreated on open" in str(reopened.repairs[0])
    with Database.open(db.path, create=False) as again:
        assert again.repairs == ()


def test_a_trigger_made_harmless_is_replaced(db: Database) -> None:
    db.close()
    tamper(
        db.path,
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT 1; END",
        put_triggers_back=False,
    )
    with Database.open(db.path, create=False) as reopened:
        repaired = {r.trigger: r.problem for r in reopened.repairs}
        assert repaired == {
            "audit_log_no_update": "altered",
            **dict.fromkeys(TRIGGERS[1:], "missing"),
        }
    connection = sqlite3.connect(db.path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            connection.execute("UPDATE audit_log SET username = 'x'")
    finally:
        connection.close()


def test_a_read_only_open_repairs_nothing(db: Database) -> None:
    db.close()
    tamper(db.path, put_triggers_back=False)
    with Database.open(db.path, create=False, read_only=True) as viewer:
        assert viewer.repairs == ()
        with viewer.engine.connect() as connection:
            assert set(append_only.trigger_problems(connection)) == set(TRIGGERS)


# --- what a walk along the chain names ------------------------------------------------


NEWEST = 15  # the trail fixture's newest audit row


@pytest.fixture
def trail(db: Database, seeded: Seeded, make_team: MakeTeam) -> Path:
    """A file with fifteen audit rows, closed so that plain sqlite3 can rewrite it."""
    for n in range(5):
        with db.write("kim") as session:
            session.add(make_team(f"팀 {n}"))
    db.close()
    assert audit_ids(db.path) == list(range(1, NEWEST + 1))
    return db.path


def _walk(path: Path, table: str = "audit_log") -> list[tuple[int, str]]:
    with Database.open(path, create=False) as db, db.engine.connect() as connection:
        return [(b.row_id, b.kind) for b in chain.verify(connection, table)]


@pytest.mark.parametrize(
    ("statements", "found"),
    [
        (["UPDATE audit_log SET username = 'mallory' WHERE id = 6"], [(6, "edited")]),
        ([f"UPDATE audit_log SET changes = '{{}}' WHERE id = {NEWEST}"], [(NEWEST, "edited")]),
        (["DELETE FROM audit_log WHERE id = 6"], [(7, "removed")]),
        (["DELETE FROM audit_log WHERE id IN (1, 2)"], [(3, "removed")]),
        (
            [
                "DELETE FROM audit_log WHERE id = 6",
                "UPDATE audit_log SET id = id + 100 WHERE id > 6",
                "UPDATE audit_log SET id = id - 101 WHERE id > 100",
            ],
            [(6, "removed")],
        ),
        ([forged_audit_row(None, "forged")], [(NEWEST + 1, "inserted")]),
        ([forged_audit_row(0, "0" * 64)], [(0, "inserted")]),
        (
            [
                "UPDATE audit_log SET id = id + 100 WHERE id >= 6",
                "UPDATE audit_log SET id = id - 99 WHERE id > 100",
                forged_audit_row(6, "0" * 64),
            ],
            [(6, "inserted")],
        ),
        (
            [
                "UPDATE audit_log SET id = -1 WHERE id = 6",
                "UPDATE audit_log SET id = 6 WHERE id = 7",
                "UPDATE audit_log SET id = 7 WHERE id = -1",
            ],
            [(6, "reordered")],
        ),
        (
            ["UPDATE audit_log SET at = '2026-01-01 09:00:00.000000'"],
            [*((n, "rewritten") for n in range(1, NEWEST)), (NEWEST, "edited")],
        ),
    ],
    ids=[
        "edited",
        "newest-edited",
        "middle-removed",
        "first-removed",
        "removed-renumbered",
        "appended-without-hash",
        "inserted-before-first",
        "inserted-renumbered",
        "swapped",
        "every-time-changed",
    ],
)
def test_a_walk_names_what_was_done(
    trail: Path, statements: list[str], found: list[tuple[int, str]]
) -> None:
    assert _walk(trail) == []
    tamper(trail, *statements)
    assert _walk(trail) == found


def test_an_edited_export_log_row_is_named(trail: Path) -> None:
    with Database.open(trail, create=False) as db, db.write("kim") as session:
        session.add_all([_export(), _export("lee", reason="구청 감사 제출"), _export()])
    tamper(trail, "UPDATE export_log SET reason = '', masked = 1 WHERE id = 2")
    assert _walk(trail, "export_log") == [(2, "edited")]
    assert _walk(trail) == []
