"""Online backups, their rotation, the list with record counts, and restore."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hubdesk.domain.errors import DatabaseFileError
from hubdesk.storage import Database
from hubdesk.storage.backup import (
    KEEP_DAILY,
    KEEP_RECENT,
    BackupInfo,
    BackupReason,
    backup_folder,
    kept_by_rotation,
    list_backups,
    newest_intact,
    take_backup,
)
from hubdesk.storage.models import Team
from hubdesk.storage.restore import restore_backup

from .conftest import MakeTeam

NOW = datetime(2026, 11, 25, 9, 0)


def _add_team(db: Database, make_team: MakeTeam, name: str) -> None:
    with db.write("kim") as session:
        session.add(make_team(name))


def _teams(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Team)) or 0)


def test_a_backup_of_an_open_file_holds_its_committed_rows(
    db: Database, make_team: MakeTeam
) -> None:
    _add_team(db, make_team, "함께카페")
    info = take_backup(db.path, BackupReason.MANUAL, engine=db.engine, now=NOW)
    assert info.path.parent == backup_folder(db.path) == db.path.with_name("hub-backups")
    assert info.path.name == "hub-20261125-090000-manual.sqlite"
    assert info.is_intact() and info.counts() == {
        "teams": 1,
        "tenancies": 0,
        "consulting_sessions": 0,
        "grant_agreements": 0,
        "disbursements": 0,
        "audit_log": 1,
    }
    assert list_backups(info.path.parent) == [info]
    assert not list(info.path.parent.glob("*.part"))


def test_two_backups_in_one_second_get_two_names(db: Database) -> None:
    first = take_backup(db.path, BackupReason.TIMER, engine=db.engine, now=NOW)
    second = take_backup(db.path, BackupReason.TIMER, engine=db.engine, now=NOW)
    assert first.path != second.path and second.path.exists() and first.path.exists()


def _info(moment: datetime, reason: BackupReason = BackupReason.TIMER) -> BackupInfo:
    return BackupInfo(Path(f"{moment:%Y%m%d-%H%M%S}-{reason}"), moment, reason, 1)


def test_the_rotation_keeps_recent_daily_weekly_and_safety_copies() -> None:
    # Every six hours for 90 days, plus an upgrade copy 80 days ago.
    backups = [_info(NOW - timedelta(hours=6 * i)) for i in range(4 * 90)]
    safety = _info(NOW - timedelta(days=80), BackupReason.UPGRADE)
    kept = kept_by_rotation([*backups, safety], NOW)
    assert {info.path for info in backups[:KEEP_RECENT]} <= kept
    days = {info.taken_at.date() for info in backups if info.path in kept}
    assert {(NOW - timedelta(days=d)).date() for d in range(KEEP_DAILY)} <= days
    assert safety.path in kept
    assert len(kept) <= KEEP_RECENT + KEEP_DAILY + 8 + 1
    old_safety = _info(NOW - timedelta(days=91), BackupReason.RESTORE)
    assert old_safety.path not in kept_by_rotation([old_safety, *backups], NOW)


def test_rotation_deletes_files_it_no_longer_keeps(db: Database) -> None:
    # Every three hours from 09:00 on the 25th to 03:00 on the 27th.
    moments = [NOW + timedelta(hours=3 * i) for i in range(KEEP_RECENT + 5)]
    for moment in moments:
        take_backup(db.path, BackupReason.TIMER, engine=db.engine, now=moment)
    kept = [info.taken_at for info in list_backups(backup_folder(db.path))]
    # The newest ten, plus 21:00 on the 25th: the newest of that day.
    assert kept == sorted([*moments[-KEEP_RECENT:], datetime(2026, 11, 25, 21)], reverse=True)


def test_restore_puts_the_backup_back_after_a_safety_copy(
    db: Database, make_team: MakeTeam
) -> None:
    _add_team(db, make_team, "함께카페")
    backup = take_backup(db.path, BackupReason.MANUAL, engine=db.engine, now=NOW)
    _add_team(db, make_team, "두번째카페")
    path = db.path
    db.close()
    safety = restore_backup(backup.path, path, now=NOW + timedelta(minutes=5))
    assert safety.reason == BackupReason.RESTORE and safety.counts()["teams"] == 2  # type: ignore[index]
    with Database.open(path, create=False) as reopened:
        assert _teams(reopened) == 1
    assert newest_intact(backup_folder(path)) == safety


def test_a_damaged_backup_is_not_restored(db: Database, make_team: MakeTeam) -> None:
    _add_team(db, make_team, "함께카페")
    backup = take_backup(db.path, BackupReason.MANUAL, engine=db.engine, now=NOW)
    data = bytearray(backup.path.read_bytes())
    data[100:400] = b"\xff" * 300  # scribble over the schema page
    backup.path.write_bytes(bytes(data))
    db.close()
    with pytest.raises(DatabaseFileError, match="the backup is damaged"):
        restore_backup(backup.path, db.path)
    assert len(list_backups(backup_folder(db.path))) == 1  # no safety copy either
    with sqlite3.connect(db.path) as connection:
        assert connection.execute("SELECT count(*) FROM teams").fetchone() == (1,)
    connection.close()
