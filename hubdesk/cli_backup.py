"""``hubdesk backup`` and ``hubdesk restore``: the backups of a file, without the window.

Imported only when one of them runs (their options are in cli.py): the storage layer it
needs pulls in SQLAlchemy and alembic, which ``hubdesk --version`` and ``--help`` do not."""

from __future__ import annotations

import argparse
from pathlib import Path

from hubdesk.domain.errors import DatabaseFileError
from hubdesk.storage.backup import (
    BackupInfo,
    BackupReason,
    backup_folder,
    check_integrity,
    list_backups,
    take_backup,
)
from hubdesk.storage.file_checks import refuse_foreign_file, resolved
from hubdesk.storage.lock import FileLock
from hubdesk.storage.restore import restore_backup

EXIT_OK = 0


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
    path = resolved(path)
    if not path.is_file():
        raise DatabaseFileError(path=str(path), reason="no such file")
    refuse_foreign_file(path)  # the header and the tables; integrity is checked where needed
    return path
