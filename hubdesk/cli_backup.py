"""``hubdesk backup`` and ``hubdesk restore``: the backups of a file, without the window."""

from __future__ import annotations

import argparse
from pathlib import Path

from .domain.errors import DatabaseFileError
from .storage.backup import (
    BackupInfo,
    BackupReason,
    backup_folder,
    check_integrity,
    list_backups,
    restore_backup,
    take_backup,
)
from .storage.database import refuse_foreign_file
from .storage.lock import FileLock

EXIT_OK = 0


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = commands.add_parser("backup", help="back up a file (SQLite online backup)")
    backup.add_argument(
        "--db", type=Path, required=True, dest="backup_db", metavar="PATH", help="the HubDesk file"
    )
    backup.add_argument(
        "-o", "--output", type=Path, default=None, help="folder (default: <file>-backups)"
    )
    restore = commands.add_parser("restore", help="list the backups of a file, or restore one")
    restore.add_argument(
        "--db", type=Path, required=True, dest="restore_db", metavar="PATH", help="the HubDesk file"
    )
    restore.add_argument("backup", type=Path, nargs="?", help="the backup to restore")
    restore.add_argument("--list", action="store_true", help="list the backups and stop")


def run_backup(args: argparse.Namespace) -> int:
    database = _existing(args.backup_db)
    info = take_backup(database, BackupReason.MANUAL, folder=args.output)
    print(f"{info.path}: backup written ({_summary(info)})")
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    database = _existing(args.restore_db)
    if args.list or args.backup is None:
        return _list(database)
    backup = _existing(args.backup)
    lock = FileLock(database, "hubdesk restore")
    holder = lock.acquire()
    if holder is not None:
        raise DatabaseFileError(
            path=str(database), reason=f"{holder.describe()} has it open; close HubDesk first"
        )
    try:
        safety = restore_backup(backup, database)
    finally:
        lock.release()
    print(f"{database}: restored from {backup}; the previous contents are in {safety.path}")
    return EXIT_OK


def _list(database: Path) -> int:
    backups = list_backups(backup_folder(database))
    if not backups:
        print(f"{database}: no backups in {backup_folder(database)}")
    for info in backups:
        state = "ok" if check_integrity(info.path) is None else "DAMAGED"
        print(f"{info.taken_at:%Y-%m-%d %H:%M:%S}  {info.reason:<14} {state:<7} {_summary(info)}")
        print(f"    {info.path}")
    return EXIT_OK


def _summary(info: BackupInfo) -> str:
    counts = info.counts()
    if counts is None:
        return "unreadable"
    return ", ".join(f"{name} {count:,}" for name, count in counts.items())


def _existing(path: Path) -> Path:
    path = path.expanduser().resolve()
    if not path.is_file():
        raise DatabaseFileError(path=str(path), reason="no such file")
    refuse_foreign_file(path)  # the header and the tables; integrity is checked where needed
    return path
