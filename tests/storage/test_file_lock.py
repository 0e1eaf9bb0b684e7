"""The lock file: one HubDesk has a file; others learn who; a crash's lock is taken over."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from hubdesk.storage.lock import STALE_AFTER, FileLock, lock_path

NOW = datetime(2026, 11, 25, 9, 0)


def test_the_first_gets_the_lock_and_the_second_learns_who(tmp_path: Path) -> None:
    database = tmp_path / "hub.sqlite"
    first, second = FileLock(database, "김민지"), FileLock(database, "박준호")
    assert first.acquire() is None and first.held
    owner = second.acquire()
    assert owner is not None and not second.held
    assert (owner.user, owner.pid) == ("김민지", first.mine.pid)
    first.refresh(user="김민지 (staff1)")
    assert second.owner() is not None and second.owner().user == "김민지 (staff1)"  # type: ignore[union-attr]
    first.release()
    assert not lock_path(database).exists()
    assert second.acquire() is None


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_a_lock_left_by_a_dead_process_on_this_pc_is_taken_over(tmp_path: Path) -> None:
    database = tmp_path / "hub.sqlite"
    crashed = FileLock(database, "김민지")
    crashed.mine = replace(crashed.mine, pid=_dead_pid())
    crashed._write(crashed.mine)
    newcomer = FileLock(database, "박준호")
    assert newcomer.acquire() is None
    assert newcomer.owner() == newcomer.mine


def _foreign_lock(database: Path, refreshed: datetime) -> None:
    lock_path(database).write_text(
        json.dumps(
            {
                "user": "이팀장",
                "host": "another-pc",
                "pid": 1,
                "since": (refreshed - timedelta(hours=1)).isoformat(),
                "refreshed": refreshed.isoformat(),
                "token": "x",
            }
        ),
        encoding="utf-8",
    )


def test_another_pcs_lock_holds_while_it_is_refreshed(tmp_path: Path) -> None:
    database = tmp_path / "hub.sqlite"
    _foreign_lock(database, NOW - STALE_AFTER + timedelta(minutes=1))
    owner = FileLock(database, "박준호").acquire(now=NOW)
    assert owner is not None and owner.host == "another-pc"
    assert "이팀장 (another-pc" in owner.describe()


def test_another_pcs_lock_not_refreshed_for_long_is_stale(tmp_path: Path) -> None:
    database = tmp_path / "hub.sqlite"
    _foreign_lock(database, NOW - STALE_AFTER - timedelta(minutes=1))
    newcomer = FileLock(database, "박준호")
    assert newcomer.acquire(now=NOW) is None and newcomer.held


def test_an_unreadable_lock_file_is_taken_over(tmp_path: Path) -> None:
    database = tmp_path / "hub.sqlite"
    lock_path(database).write_text("not json", encoding="utf-8")
    assert FileLock(database, "박준호").acquire() is None


def test_release_leaves_someone_elses_lock_alone(tmp_path: Path) -> None:
    database = tmp_path / "hub.sqlite"
    mine = FileLock(database, "김민지")
    assert mine.acquire() is None
    _foreign_lock(database, datetime.now())  # taken over meanwhile (we looked stale)
    mine.release()
    assert lock_path(database).exists()
