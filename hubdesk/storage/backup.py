"""Backups through SQLite's online backup API, kept by a rotation, and restore.

A backup is never a file copy of a database that may be in the middle of a write:
the backup API copies a consistent snapshot page by page. Each backup is written
under a temporary name and renamed when complete, so a crash never leaves a
half backup in the list.

Backups live in ``<stem>-backups/`` beside the file, named
``<stem>-YYYYMMDD-HHMMSS-<reason>.sqlite``. The rotation keeps the newest
``KEEP_RECENT``, the newest of each of the last ``KEEP_DAILY`` days and of each of
the last ``KEEP_WEEKLY`` ISO weeks; safety copies taken before an upgrade or a
restore are kept ``KEEP_SAFETY_DAYS`` days whatever the rotation says.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path

from sqlalchemy import Engine

from ..domain.errors import DatabaseFileError

KEEP_RECENT, KEEP_DAILY, KEEP_WEEKLY, KEEP_SAFETY_DAYS = 10, 14, 8, 90
COUNTED_TABLES = (
    "teams",
    "tenancies",
    "consulting_sessions",
    "grant_agreements",
    "disbursements",
    "audit_log",
)
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z-]+)\.sqlite$"
)


class BackupReason(StrEnum):
    OPEN = "open"
    TIMER = "timer"
    CLOSE = "close"
    MANUAL = "manual"
    UPGRADE = "before-upgrade"
    RESTORE = "before-restore"


SAFETY_REASONS = frozenset({BackupReason.UPGRADE, BackupReason.RESTORE})


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file: when and why it was taken, and what it holds."""

    path: Path
    taken_at: datetime
    reason: BackupReason
    size: int

    def counts(self) -> dict[str, int] | None:
        """Rows per main table, or None when the backup cannot be read."""
        try:
            with _read_only(self.path) as connection:
                return {
                    table: int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                    for table in COUNTED_TABLES
                }
        except sqlite3.DatabaseError:
            return None

    def is_intact(self) -> bool:
        return check_integrity(self.path) is None


def backup_folder(database: Path) -> Path:
    return database.with_name(f"{database.stem}-backups")


def backup_file(engine: Engine, target: Path) -> Path:
    """Copy the open database to ``target`` page by page through the backup API."""
    source = engine.raw_connection()
    try:
        _copy(source.driver_connection, target)  # type: ignore[arg-type]
    finally:
        source.close()
    return target


def take_backup(
    database: Path,
    reason: BackupReason,
    *,
    folder: Path | None = None,
    engine: Engine | None = None,
    now: datetime | None = None,
) -> BackupInfo:
    """Back up ``database`` into ``folder`` (default: its backup folder), then rotate."""
    folder = folder or backup_folder(database)
    folder.mkdir(parents=True, exist_ok=True)
    moment = (now or datetime.now()).replace(microsecond=0)
    target = _free_name(folder, database.stem, moment, reason)
    if engine is not None:
        backup_file(engine, target)
    else:
        with _read_only(database) as source:
            _copy(source, target)
    rotate(folder, now=moment)
    return BackupInfo(target, moment, reason, target.stat().st_size)


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first (files with other names are ignored)."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.sqlite"):
        match = _NAME.match(path.name)
        if match is None or match["reason"] not in BackupReason._value2member_map_:
            continue
        taken_at = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        info = BackupInfo(path, taken_at, BackupReason(match["reason"]), path.stat().st_size)
        found.append((taken_at, int(match["n"] or 0), info))
    return [info for *_order, info in sorted(found, key=lambda item: item[:2], reverse=True)]


def rotate(folder: Path, *, now: datetime | None = None) -> list[Path]:
    """Delete the backups the rotation no longer keeps; return them."""
    backups = list_backups(folder)
    kept = kept_by_rotation(backups, now or datetime.now())
    removed = [info.path for info in backups if info.path not in kept]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def kept_by_rotation(backups: Iterable[BackupInfo], now: datetime) -> set[Path]:
    newest_first = sorted(backups, key=lambda info: info.taken_at, reverse=True)
    kept = {info.path for info in newest_first[:KEEP_RECENT]}
    kept |= _newest_per(newest_first, lambda t: t.date(), now - timedelta(days=KEEP_DAILY))
    kept |= _newest_per(newest_first, _iso_week, now - timedelta(weeks=KEEP_WEEKLY))
    kept |= {
        info.path
        for info in newest_first
        if info.reason in SAFETY_REASONS and now - info.taken_at <= timedelta(KEEP_SAFETY_DAYS)
    }
    return kept


def newest_intact(folder: Path) -> BackupInfo | None:
    """The newest backup that passes SQLite's integrity check."""
    return next((info for info in list_backups(folder) if info.is_intact()), None)


def chain_anchor(folder: Path) -> BackupInfo | None:
    """The backup the file's hash chains must still contain: the newest one, unless a
    restore came after it (a restore starts the file again from an older backup)."""
    backups = list_backups(folder)
    if not backups or backups[0].reason is BackupReason.RESTORE:
        return None
    return backups[0]


def chain_heads(path: Path, tables: Iterable[str]) -> dict[str, tuple[int, str]]:
    """The newest row id and hash of each chained table a backup holds (none for a
    backup from before the chains, or one that cannot be read)."""
    heads = {}
    try:
        with _read_only(path) as connection:
            for table in tables:
                row = connection.execute(
                    f"SELECT id, chain_hash FROM {table} ORDER BY id DESC LIMIT 1"
                ).fetchone()
                if row is not None:
                    heads[table] = (int(row[0]), str(row[1]))
    except sqlite3.DatabaseError:
        return {}
    return heads


def check_integrity(path: Path) -> str | None:
    """None when SQLite finds ``path`` intact, else the first problem it reports."""
    try:
        with _read_only(path) as connection:
            rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as error:
        return str(error)
    problems = [str(row[0]) for row in rows if row[0] != "ok"]
    return problems[0] if problems else None


def restore_backup(backup: Path, database: Path, *, now: datetime | None = None) -> BackupInfo:
    """Replace the contents of ``database`` with ``backup``; return the safety copy taken first.

    The caller must have closed every connection to ``database`` (HubDesk holds its
    lock file, so no other HubDesk writes meanwhile).
    """
    if (problem := check_integrity(backup)) is not None:
        raise DatabaseFileError(path=str(backup), reason=f"the backup is damaged ({problem})")
    safety = _safety_copy(database, now=now)
    with _read_only(backup) as source:
        _copy(source, database)
    return safety


def _safety_copy(database: Path, *, now: datetime | None) -> BackupInfo:
    """Keep the file about to be replaced; a damaged one cannot go through the backup
    API, so it is copied as it is (nothing writes it: every connection is closed)."""
    try:
        return take_backup(database, BackupReason.RESTORE, now=now)
    except sqlite3.DatabaseError:
        folder = backup_folder(database)
        moment = (now or datetime.now()).replace(microsecond=0)
        target = _free_name(folder, database.stem, moment, BackupReason.RESTORE)
        shutil.copyfile(database, target)
        return BackupInfo(target, moment, BackupReason.RESTORE, target.stat().st_size)


def _copy(source: sqlite3.Connection, target: Path) -> None:
    """Online backup of ``source`` into ``target`` via a temporary file renamed at the end."""
    temporary = target.with_name(target.name + ".part")
    temporary.unlink(missing_ok=True)
    destination = sqlite3.connect(temporary)
    try:
        source.backup(destination)
        destination.execute("PRAGMA journal_mode=DELETE")
    finally:
        destination.close()
    for leftover in (
        target.with_name(target.name + "-wal"),
        target.with_name(target.name + "-shm"),
    ):
        leftover.unlink(missing_ok=True)
    os.replace(temporary, target)


@contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection, closed at the end (sqlite3's own ``with`` does not close)."""
    if not path.is_file():
        raise sqlite3.DatabaseError(f"{path} does not exist")
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        yield connection
    finally:
        connection.close()


def _free_name(folder: Path, stem: str, moment: datetime, reason: BackupReason) -> Path:
    """A new name; backups taken in the same second are numbered in order."""
    stamp = moment.strftime("%Y%m%d-%H%M%S")
    taken = len(list(folder.glob(f"{glob.escape(stem)}-{stamp}-*.sqlite")))
    number = f"-{taken}" if taken else ""
    return folder / f"{stem}-{stamp}{number}-{reason.value}.sqlite"


def _iso_week(moment: datetime) -> tuple[int, int]:
    year, week, _ = moment.isocalendar()
    return year, week


def _newest_per(
    newest_first: list[BackupInfo], period: Callable[[datetime], object], since: datetime
) -> set[Path]:
    seen: set[object] = set()
    kept = set()
    for info in newest_first:
        key = period(info.taken_at)
        if info.taken_at >= since and key not in seen:
            seen.add(key)
            kept.add(info.path)
    return kept
