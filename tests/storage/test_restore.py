"""Restore puts back only what opening would accept, and loses no confirmed change.

The outside test restored a zero-byte file, an empty SQLite file, a file of a newer
schema and one missing a table, each "successfully", and lost 37 of 60 confirmed
inserts of a process writing meanwhile. Every refused backup leaves the live file
byte for byte as it was (and takes no safety copy); a writer between its transactions
loses nothing; a writer holding the file open makes the restore refuse.
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from hubdesk.domain.errors import DatabaseFileError
from hubdesk.storage import Database
from hubdesk.storage.backup import BackupReason, backup_folder, list_backups, take_backup
from hubdesk.storage.migrations import alembic_config
from hubdesk.storage.restore import IN_USE, restore_backup

ROOT = Path(__file__).resolve().parents[2]


def _copy_of(template: Path, folder: Path, name: str) -> Path:
    path = folder / name
    path.write_bytes(template.read_bytes())
    return path


def _sql(path: Path, *statements: str) -> Path:
    connection = sqlite3.connect(path)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()
    return path


BAD_BACKUPS: dict[str, Callable[[Path, Path], Path]] = {
    "zero bytes": lambda _t, f: _write(f / "zero.sqlite", b""),
    "random bytes": lambda _t, f: _write(f / "noise.sqlite", random.Random(3).randbytes(9000)),
    "an empty SQLite file": lambda _t, f: _sql(f / "empty.sqlite", "VACUUM"),
    "another program's file": lambda _t, f: _sql(f / "songs.sqlite", "CREATE TABLE songs (t)"),
    "a newer schema": lambda t, f: _sql(
        _copy_of(t, f, "newer.sqlite"), "UPDATE alembic_version SET version_num = '9999'"
    ),
    "a table missing": lambda t, f: _sql(
        _copy_of(t, f, "no-table.sqlite"), "PRAGMA foreign_keys=OFF", "DROP TABLE days_off"
    ),
    "a column missing": lambda t, f: _sql(
        _copy_of(t, f, "no-column.sqlite"), "ALTER TABLE teams DROP COLUMN email"
    ),
    "a damaged page": lambda t, f: _damaged(_copy_of(t, f, "damaged.sqlite")),
}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _damaged(path: Path) -> Path:
    data = bytearray(path.read_bytes())
    data[100:400] = b"\xff" * 300
    path.write_bytes(bytes(data))
    return path


def _live_bytes(db_path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in db_path.parent.glob(db_path.name + "*")}


@pytest.mark.parametrize("kind", list(BAD_BACKUPS))
def test_a_backup_opening_would_refuse_is_not_restored(
    db: Database, template_db: Path, tmp_path: Path, kind: str
) -> None:
    folder = tmp_path / "offered"
    folder.mkdir()
    backup = BAD_BACKUPS[kind](template_db, folder)
    path = db.path
    db.close()
    before = _live_bytes(path)
    with pytest.raises(DatabaseFileError) as refused:
        restore_backup(backup, path)
    assert str(backup) in str(refused.value)
    assert _live_bytes(path) == before
    assert list_backups(backup_folder(path)) == []  # no safety copy of a refused restore
    assert not [p for p in backup_folder(path).glob(".*")]  # and no temporary copy left


def test_an_older_backup_is_upgraded_and_restored(db: Database, tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{old}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0002")
        connection.exec_driver_sql(
            "INSERT INTO days_off (day, name) VALUES ('2026-05-01', '근로자의 날')"
        )
    engine.dispose()
    path = db.path
    db.close()
    restore_backup(old, path)
    with Database.open(path, create=False) as reopened, reopened.read() as session:
        assert session.connection().exec_driver_sql("SELECT name FROM days_off").all() == [
            ("근로자의 날",)
        ]


WRITER = """
import sqlite3, sys, time
path, count, hold = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "hold"
held = sqlite3.connect(path, timeout=30) if hold else None
print("ready", flush=True)
for n in range(count):
    connection = held or sqlite3.connect(path, timeout=30)
    connection.execute("INSERT INTO days_off (day, name) VALUES (?, ?)",
                       (f"2030-01-01 +{n}", f"writer {n}"))
    connection.commit()
    if held is None:
        connection.close()
    print(n, flush=True)
    time.sleep(0.004)
if held is not None:
    sys.stdin.readline()  # keeps the connection open until the test is done
"""


def _writer(path: Path, count: int, mode: str) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(count), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert process.stdout is not None and process.stdout.readline() == "ready\n"
    return process


def _names(path: Path) -> set[str]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return {name for (name,) in connection.execute("SELECT name FROM days_off")}
    finally:
        connection.close()


def test_a_writer_between_its_transactions_loses_nothing(db: Database) -> None:
    """Every insert the writer saw committed is in the live file or in the safety copy."""
    backup = take_backup(db.path, BackupReason.MANUAL, engine=db.engine).path
    path = db.path
    db.close()
    writer = _writer(path, 60, "reconnect")
    assert writer.stdout is not None
    confirmed = [writer.stdout.readline() for _ in range(20)]
    safety = restore_backup(backup, path)
    out, _ = writer.communicate("", timeout=60)
    confirmed += out.splitlines()
    assert writer.returncode == 0 and len(confirmed) == 60
    kept = _names(path) | _names(safety.path)
    lost = [n for n in range(60) if f"writer {n}" not in kept]
    assert lost == []
    assert _names(safety.path) and _names(path)  # the restore fell between the inserts


def test_a_restore_is_refused_while_a_writer_holds_the_file(db: Database) -> None:
    backup = take_backup(db.path, BackupReason.MANUAL, engine=db.engine).path
    path = db.path
    db.close()
    writer = _writer(path, 60, "hold")
    assert writer.stdout is not None
    assert writer.stdout.readline() == "0\n"  # its connection is open, between two inserts
    with pytest.raises(DatabaseFileError) as refused:
        restore_backup(backup, path)
    assert refused.value.values["reason"] == IN_USE
    writer.communicate("done\n", timeout=60)
    assert len(_names(path)) == 60
