"""The output journal and the temporary files: what a crash leaves is finished or removed.

The kill tests (tests/faults/test_kill_outputs.py) reach these states by SIGKILL at
random moments; here each state is made directly, so each branch is tested on purpose.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from hubdesk.domain.exports import ExportFileError
from hubdesk.storage import Database
from hubdesk.storage.models import ExportLogEntry, PendingOutput
from hubdesk.storage.outputs import (
    COMPLETED,
    REMOVED,
    atomic_file,
    journaled_output,
    part_path,
    recover_outputs,
    remove_stale_parts,
)


def _dead_pid() -> int:
    """The id of a process that has ended."""
    process = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                             capture_output=True, text=True, check=True)  # fmt: skip
    return int(process.stdout)


def _part_of_dead_writer(target: Path, host: str | None = None) -> Path:
    own = part_path(target)
    _, own_host, _pid, token = own.name[: -len(".part")].rsplit("~", 3)
    return target.with_name(f".{target.name}~{host or own_host}~{_dead_pid()}~{token}.part")


def _journal(db: Database, target: Path, part: Path, *, logged: bool) -> None:
    with db.write("test") as session:
        log_id = None
        if logged:
            entry = ExportLogEntry(
                at=datetime.now(), username="test", kind="consultation_log",
                target=str(target), parameters={}, masked=True, row_count=1,
            )  # fmt: skip
            session.add(entry)
            session.flush()
            log_id = entry.id
        session.execute(
            insert(PendingOutput),
            {"target": str(target), "part": str(part), "started_at": datetime.now(),
             "export_log_id": log_id},
        )  # fmt: skip


def _pending(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(PendingOutput)) or 0)


def test_an_unlogged_output_of_a_dead_writer_is_removed(db: Database, tmp_path: Path) -> None:
    target = tmp_path / "log.xlsx"
    part = _part_of_dead_writer(target)
    part.write_bytes(b"half a workbook")
    _journal(db, target, part, logged=False)
    assert [str(r.outcome) for r in recover_outputs(db)] == [REMOVED]
    assert not part.exists() and not target.exists() and _pending(db) == 0


def test_a_logged_output_of_a_dead_writer_gets_its_name(db: Database, tmp_path: Path) -> None:
    target = tmp_path / "log.xlsx"
    part = _part_of_dead_writer(target)
    part.write_bytes(b"a whole workbook")
    _journal(db, target, part, logged=True)
    outcomes = recover_outputs(db)
    assert [o.outcome for o in outcomes] == [
        COMPLETED
    ] and target.read_bytes() == b"a whole workbook"
    assert _pending(db) == 0


def test_the_output_of_a_running_writer_is_left_alone(db: Database, tmp_path: Path) -> None:
    target = tmp_path / "log.xlsx"
    part = part_path(target)  # this process: running
    part.write_bytes(b"being written")
    _journal(db, target, part, logged=False)
    assert recover_outputs(db) == []
    assert part.exists() and _pending(db) == 1


def test_opening_a_file_recovers_and_says_so(db: Database, tmp_path: Path) -> None:
    target = tmp_path / "log.csv"
    part = _part_of_dead_writer(target)
    part.write_text("세션,시간\n", encoding="utf-8")
    _journal(db, target, part, logged=True)
    path = db.path
    db.close()
    with Database.open(path, create=False) as reopened:
        assert [str(n) for n in reopened.notices] == [
            f"{target}: a logged export interrupted by a crash was completed"
        ]
    assert target.exists()


def test_stale_parts_go_and_live_or_foreign_fresh_ones_stay(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    dead = _part_of_dead_writer(target)
    journal = dead.with_name(dead.name + "-journal")
    live = part_path(target)
    foreign_fresh = _part_of_dead_writer(target, host="other-pc")
    foreign_old = _part_of_dead_writer(tmp_path / "old.pdf", host="other-pc")
    for path in (dead, journal, live, foreign_fresh, foreign_old):
        path.write_bytes(b"x")
    day_old = (datetime.now() - timedelta(days=2)).timestamp()
    os.utime(foreign_old, (day_old, day_old))
    removed = remove_stale_parts(tmp_path)
    assert sorted(removed) == sorted([dead, journal, foreign_old])
    assert live.exists() and foreign_fresh.exists()


def test_a_failed_write_leaves_the_old_file_and_no_part(db: Database, tmp_path: Path) -> None:
    target = tmp_path / "out" / "log.pdf"
    target.parent.mkdir()
    target.write_bytes(b"last quarter's log")
    with pytest.raises(RuntimeError), journaled_output(db, "test", target, _entry(target)) as part:
        part.write_bytes(b"half")
        raise RuntimeError("stopped")
    assert target.read_bytes() == b"last quarter's log"
    assert sorted(p.name for p in target.parent.iterdir()) == ["log.pdf"] and _pending(db) == 0
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(ExportLogEntry)) == 0


def _entry(target: Path) -> ExportLogEntry:
    return ExportLogEntry(
        at=datetime.now(), username="test", kind="consultation_log", target=str(target),
        parameters={}, masked=True, row_count=1,
    )  # fmt: skip


def test_an_atomic_file_refuses_a_database_before_writing(db: Database) -> None:
    before = db.path.read_bytes()
    with pytest.raises(ExportFileError), atomic_file(db.path, db.path) as part:
        part.write_bytes(b"never")
    assert db.path.read_bytes() == before
