"""No writer ever writes onto a database: the class of targets an outside test found.

``hubdesk export … -o hub.sqlite`` overwrote the open database with a CSV and said it
had worked. Every writer (the log in each format, the agreement) is pointed at every
kind of protected target: the database itself, its side files, its backups folder,
another SQLite file, a hard link and a symbolic link to it, a loop of links and a
folder. Each is refused in one plain line (exit 2) before anything is written: the
database, the target and the export log keep every byte.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from reports.log_data import make_quarter
from support.hub import make_hub
from support.sql import export_log_rows

from faults.figures import FIGURES
from hubdesk.cli import EXIT_ERROR, main
from hubdesk.storage import Database
from hubdesk.storage.backup import BackupReason, take_backup

TECHNICAL = ("Traceback", "sqlite3", "Error:", "SQL")
NUMBER = "2026-사업개발-001"


@pytest.fixture
def hub_path(tmp_path: Path) -> Path:
    path = tmp_path / "hub" / "hub.sqlite"
    path.parent.mkdir()
    with Database.open(path) as db:
        hub = make_hub(db)
        make_quarter(hub)
        from support.grants import signed_dev_agreement

        signed_dev_agreement(hub)
    take_backup(path, BackupReason.MANUAL)
    return path


def _other_sqlite(path: Path) -> Path:
    other = path.with_name("members.db")
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE members (name TEXT)")
    connection.commit()
    connection.close()
    return other


def _side(suffix: str) -> Callable[[Path], Path]:
    def make(path: Path) -> Path:
        side = path.with_name(path.name + suffix)
        if not side.exists():
            side.write_bytes(b"")
        return side

    return make


def _hard_link(path: Path) -> Path:
    link = path.with_name("report.xlsx")
    os.link(path, link)
    return link


def _symbolic_link(path: Path) -> Path:
    link = path.parent.parent / "report.csv"
    link.symlink_to(path)
    return link


def _loop(path: Path) -> Path:
    first, second = path.with_name("a.pdf"), path.with_name("b.pdf")
    first.symlink_to(second)
    second.symlink_to(first)
    return first


TARGETS: dict[str, Callable[[Path], Path]] = {
    "the database": lambda path: path,
    "its -wal": _side("-wal"),
    "its -shm": _side("-shm"),
    "its .lock": _side(".lock"),
    "its -journal": _side("-journal"),
    "a file in its backups folder": lambda path: path.with_name("hub-backups") / "x.xlsx",
    "a backup itself": lambda path: next((path.with_name("hub-backups")).glob("*.sqlite")),
    "another program's SQLite file": _other_sqlite,
    "a hard link to it": _hard_link,
    "a symbolic link to it": _symbolic_link,
    "a loop of links": _loop,
    "a folder": lambda path: path.parent,
}

WRITERS: dict[str, list[str]] = {
    "xlsx": ["export", "consultations", "--quarter", "2026Q3", "--format", "xlsx"],
    "csv": ["export", "consultations", "--quarter", "2026Q3", "--format", "csv"],
    "pdf": ["export", "consultations", "--quarter", "2026Q3", "--format", "pdf"],
    "agreement": ["agreement", NUMBER],
}


def _bytes_of(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink() and not p.name.endswith("-shm")
    }


@pytest.mark.parametrize("writer", sorted(WRITERS))
@pytest.mark.parametrize("kind", list(TARGETS))
def test_no_writer_writes_onto_a_database(
    hub_path: Path, writer: str, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = TARGETS[kind](hub_path)
    Database.open(hub_path, create=False).close()  # a settled file: only the writer may change it
    before, logged = _bytes_of(hub_path.parent.parent), export_log_rows(hub_path, "id")
    args = [*WRITERS[writer][:2], "--db", str(hub_path), *WRITERS[writer][2:]]
    capsys.readouterr()
    assert main([*args, "-o", str(target)]) == EXIT_ERROR
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and err.startswith("hubdesk: error:"), err
    assert not any(word in err for word in TECHNICAL), err
    assert _bytes_of(hub_path.parent.parent) == before
    assert export_log_rows(hub_path, "id") == logged
    FIGURES["output targets: refused before writing"] += 1


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_a_file_the_command_line_never_used_is_left_as_it_was(
    tmp_path: Path, writer: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command line acts as the ``system`` account, made on first use: a refused
    export must not make it (nor its audit row) before refusing."""
    from hubdesk.services.demo import generate_demo

    path = tmp_path / "hub" / "demo.sqlite"
    path.parent.mkdir()
    generate_demo(path, scale=1, today=date(2026, 11, 24))
    Database.open(path, create=False).close()
    with sqlite3.connect(path) as connection:
        accounts = connection.execute("SELECT username FROM staff_users").fetchall()
    assert ("system",) not in accounts
    before = _bytes_of(path.parent)
    args = [*WRITERS[writer][:2], "--db", str(path), *WRITERS[writer][2:]]
    if writer == "agreement":
        args[-1] = "2026-사업개발-001"
    capsys.readouterr()
    assert main([*args, "-o", str(path)]) == EXIT_ERROR
    assert _bytes_of(path.parent) == before
    FIGURES["output targets: refused before writing"] += 1
