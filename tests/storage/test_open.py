"""Opening a file that HubDesk cannot use fails with one plain sentence and changes nothing."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from hubdesk.domain.errors import DatabaseFileError
from hubdesk.storage import Database


def _refused(path: Path, **options: bool) -> DatabaseFileError:
    with pytest.raises(DatabaseFileError) as refused:
        Database.open(path, **options)
    error = refused.value
    assert error.code == "database_file"
    reason = error.values["reason"]
    assert "\n" not in reason and "sqlite3" not in reason and "Error" not in reason
    assert str(error) == f"{path.resolve()}: {reason}"
    return error


def _files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_random_bytes_are_not_a_hubdesk_file(tmp_path: Path) -> None:
    path = tmp_path / "noise.sqlite"
    noise = os.urandom(8192)
    path.write_bytes(noise)
    error = _refused(path)
    assert error.values["reason"] == "this is not a HubDesk file (not an SQLite database)"
    assert path.read_bytes() == noise
    assert _files(tmp_path) == ["noise.sqlite"], "no -wal, -shm or backup left behind"


def test_a_short_text_file_is_not_a_hubdesk_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("회의록\n", encoding="utf-8")
    assert "not an SQLite database" in _refused(path).values["reason"]


def test_a_folder_is_not_a_hubdesk_file(tmp_path: Path) -> None:
    folder = tmp_path / "hub.sqlite"
    folder.mkdir()
    assert _refused(folder).values["reason"] == "is a folder, not a HubDesk file"


def test_a_missing_parent_folder(tmp_path: Path) -> None:
    path = tmp_path / "no such folder" / "hub.sqlite"
    assert _refused(path).values["reason"] == "the folder does not exist"
    assert not path.parent.exists()


def test_a_missing_file_when_creating_is_not_allowed(tmp_path: Path) -> None:
    path = tmp_path / "hub.sqlite"
    assert _refused(path, create=False).values["reason"] == "no such file"
    assert not path.exists()


def test_another_programs_sqlite_file_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "accounts.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE ledger (id INTEGER PRIMARY KEY, amount INTEGER)")
        connection.execute("INSERT INTO ledger (amount) VALUES (1000)")
    connection.close()
    content = path.read_bytes()
    assert "another program" in _refused(path).values["reason"]
    assert path.read_bytes() == content, "no HubDesk tables, no WAL switch"
    assert _files(tmp_path) == ["accounts.db"]


def test_a_file_from_a_newer_hubdesk_is_refused_before_any_backup(
    template_db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "hub.sqlite"
    path.write_bytes(template_db.read_bytes())
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    error = _refused(path)
    assert "newer HubDesk" in error.values["reason"] and "9999" in error.values["reason"]
    assert not [name for name in _files(tmp_path) if ".before-" in name]


def test_an_empty_file_becomes_a_new_hubdesk_file(tmp_path: Path) -> None:
    path = tmp_path / "hub.sqlite"
    path.touch()
    Database.open(path).close()
    assert path.stat().st_size > 0


def test_reopening_a_current_file_makes_no_backup(template_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "hub.sqlite"
    path.write_bytes(template_db.read_bytes())
    Database.open(path).close()
    assert not [name for name in _files(tmp_path) if ".before-" in name]
