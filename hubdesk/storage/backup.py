"""Backups through SQLite's online backup API, kept by a rotation (restore: restore.py).

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

import errno
import glob
import os
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path

from sqlalchemy import Engine

from hubdesk.domain.errors import DatabaseDamaged, DatabaseFileError
from hubdesk.domain.exports import os_error_reason
from hubdesk.storage.file_checks import integrity_problem, read_only_connection, short_detail
from hubdesk.storage.outputs import part_path, remove_stale_parts

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
SIDES = ("-wal", "-shm", "-journal")


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
            with read_only_connection(self.path) as connection:
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
        copy_database(source.driver_connection, target)  # type: ignore[arg-type]
    finally:
        source.close()
    return target


def take_backup(
    database: Path,
    reason: BackupReason,
    *,
    folder: Path | None = None,
    engine: Engine | None = None,
    source: sqlite3.Connection | None = None,
    now: datetime | None = None,
) -> BackupInfo:
    """Back up ``database`` into ``folder`` (default: its backup folder), then rotate.
    It is read through ``engine`` or ``source`` when given, else a read-only connection."""
    folder = folder or backup_folder(database)
    folder.mkdir(parents=True, exist_ok=True)
    remove_stale_parts(folder)  # what a crashed backup left
    moment = (now or datetime.now()).replace(microsecond=0)
    target = free_name(folder, database.stem, moment, reason)
    if engine is not None:
        backup_file(engine, target)
    elif source is not None:
        copy_database(source, target)
    else:
        with read_only_connection(database) as connection:
            copy_database(connection, target)
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
        with read_only_connection(path) as connection:
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
        with read_only_connection(path) as connection:
            return integrity_problem(connection)
    except sqlite3.DatabaseError as error:
        return short_detail(str(error))


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Online backup of ``source`` into ``target`` via a temporary file renamed at the
    end; a full disk or any other failure leaves neither file behind."""
    temporary = part_path(target)
    try:
        destination = sqlite3.connect(temporary)
        try:
            source.backup(destination)
            destination.execute("PRAGMA journal_mode=DELETE")
        finally:
            destination.close()
        os.replace(temporary, target)
    except (sqlite3.Error, OSError) as error:
        raise _copy_error(target, error) from error
    finally:
        for leftover in (temporary, *(temporary.with_name(temporary.name + s) for s in SIDES)):
            leftover.unlink(missing_ok=True)


def _copy_error(target: Path, error: sqlite3.Error | OSError) -> DatabaseFileError:
    """The failure in words; a damaged source is ``DatabaseDamaged``."""
    text = str(error)
    if "malformed" in text or "disk image" in text:
        return DatabaseDamaged(path=str(target.parent), detail=short_detail(text))
    if isinstance(error, OSError):
        reason = os_error_reason(error)
    elif "full" in text:
        reason = os_error_reason(OSError(errno.ENOSPC, text))
    else:
        reason = f"the copy failed ({short_detail(text)})"
    return DatabaseFileError(path=str(target.parent), reason=f"no backup was written: {reason}")


def free_name(folder: Path, stem: str, moment: datetime, reason: BackupReason) -> Path:
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
