"""Putting a backup back in place of a database, all or nothing.

A backup is restored only when it passes what opening a file checks: SQLite's quick
check, HubDesk's schema at a version this build knows, and every table and column
(an older backup is upgraded on a temporary copy first, so the check is of what will
be opened). Otherwise the live file keeps every byte.

The live file is then replaced through SQLite itself, under its own exclusive lock:
the safety copy of the current contents and the restore happen while no other
connection can read or write, so no confirmed change falls between the two. While any
program holds a connection to the file, the restore is refused rather than waited for.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path

from hubdesk.domain.errors import DatabaseDamaged, DatabaseFileError
from hubdesk.storage.backup import (
    BackupInfo,
    BackupReason,
    backup_folder,
    copy_database,
    free_name,
    take_backup,
)
from hubdesk.storage.file_checks import (
    SQLITE_HEADER,
    integrity_problem,
    missing_schema,
    read_only_connection,
    refuse_foreign_file,
    short_detail,
    user_tables,
)
from hubdesk.storage.outputs import part_path, remove_stale_parts

LOCK_WAIT_S = 2.0
IN_USE = "another program has the file open; close HubDesk everywhere and try again"


def restore_backup(backup: Path, database: Path, *, now: datetime | None = None) -> BackupInfo:
    """Replace the contents of ``database`` with ``backup``; return the safety copy of
    the contents it had. Refused, with ``database`` unchanged, when the backup is not a
    HubDesk file this build can open or when another connection has ``database`` open."""
    folder = backup_folder(database)
    folder.mkdir(parents=True, exist_ok=True)
    remove_stale_parts(folder)
    with prepared_copy(backup, folder) as ready:
        try:
            with exclusive(database) as live:
                return _swap(live, ready, database, now)
        except _DamagedLive:
            return _replace_damaged(ready, database, now)


class _DamagedLive(Exception):
    """SQLite cannot lock the live file because it is damaged: replace it as a file."""


@contextmanager
def prepared_copy(backup: Path, folder: Path) -> Iterator[Path]:
    """A temporary copy of ``backup`` at the newest schema, checked as an open checks a
    file; removed at the end. Raises ``DatabaseFileError`` naming what is wrong."""
    refuse_unrestorable(backup)
    copy = part_path(folder / backup.name)
    try:
        with read_only_connection(backup) as source:
            copy_database(source, copy)
        _upgrade(copy)
        with read_only_connection(copy) as connection:
            if (missing := missing_schema(connection)) is not None:
                raise DatabaseFileError(
                    path=str(backup), reason=f"the backup is damaged ({missing})"
                )
        yield copy
    finally:
        for leftover in (
            copy,
            copy.with_name(copy.name + "-wal"),
            copy.with_name(copy.name + "-shm"),
        ):
            with suppress(OSError):
                leftover.unlink()


def refuse_unrestorable(backup: Path) -> None:
    """The checks that need only the backup itself: a HubDesk file, intact, of a
    version this build knows."""
    from hubdesk.storage.schema_version import is_known

    if not backup.is_file():
        raise DatabaseFileError(path=str(backup), reason="no such file")
    if backup.stat().st_size == 0:
        raise DatabaseFileError(path=str(backup), reason="the backup is empty: not a HubDesk file")
    with backup.open("rb") as file:
        if file.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise DatabaseFileError(path=str(backup), reason="the backup is not a HubDesk file")
    try:
        refuse_foreign_file(backup, empty_is_new=False)
        with read_only_connection(backup) as connection:
            if (problem := integrity_problem(connection)) is not None:
                raise DatabaseDamaged(path=str(backup), detail=problem)
            revision = _revision(connection)
    except DatabaseDamaged as error:
        raise _damaged(backup, str(error.values["detail"])) from error
    except sqlite3.DatabaseError as error:
        raise _damaged(backup, short_detail(str(error))) from error
    if not is_known(revision):
        raise DatabaseFileError(
            path=str(backup),
            reason=f"the backup was made by a newer HubDesk (schema {revision}); "
            "update HubDesk first",
        )


def _damaged(backup: Path, detail: str) -> DatabaseFileError:
    return DatabaseFileError(path=str(backup), reason=f"the backup is damaged ({detail})")


def _revision(connection: sqlite3.Connection) -> str | None:
    if "alembic_version" not in user_tables(connection):
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def _upgrade(copy: Path) -> None:
    """Bring the temporary copy to the newest schema (no backup of a temporary file)."""
    from hubdesk.storage.database import make_engine
    from hubdesk.storage.migrations import upgrade_to_head

    engine = make_engine(copy)
    try:
        upgrade_to_head(engine, copy, back_up=False)
    except DatabaseFileError as error:
        raise DatabaseFileError(path=str(copy), reason=str(error.values.get("reason"))) from error
    finally:
        engine.dispose()


@contextmanager
def exclusive(database: Path) -> Iterator[sqlite3.Connection]:
    """A connection holding ``database``'s exclusive lock until the end: no other
    connection reads or writes meanwhile. Refused while another connection is open."""
    live = sqlite3.connect(database, timeout=LOCK_WAIT_S, isolation_level=None)
    try:
        live.execute("PRAGMA locking_mode=EXCLUSIVE")
        try:
            live.execute("BEGIN EXCLUSIVE")
            live.execute("COMMIT")
        except sqlite3.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                raise DatabaseFileError(path=str(database), reason=IN_USE) from error
            raise _DamagedLive() from error
        except sqlite3.DatabaseError as error:
            raise _DamagedLive() from error
        yield live
    finally:
        with suppress(sqlite3.Error):
            live.execute("PRAGMA locking_mode=NORMAL")
            live.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()  # lets the lock go
        live.close()


def _swap(
    live: sqlite3.Connection, ready: Path, database: Path, now: datetime | None
) -> BackupInfo:
    """Safety copy, then the backup's pages into the live file, both under the lock."""
    try:
        safety = take_backup(database, BackupReason.RESTORE, source=live, now=now)
    except (sqlite3.DatabaseError, DatabaseDamaged) as error:
        raise _DamagedLive() from error
    with read_only_connection(ready) as source:
        source.backup(live)
    return safety


def _replace_damaged(ready: Path, database: Path, now: datetime | None) -> BackupInfo:
    """A live file SQLite cannot even lock is kept as it is and replaced as a file:
    nothing can be writing it usefully."""
    folder = backup_folder(database)
    moment = (now or datetime.now()).replace(microsecond=0)
    target = free_name(folder, database.stem, moment, BackupReason.RESTORE)
    with database.open("rb") as source, target.open("wb") as copy:
        copy.write(source.read())
    for side in ("-wal", "-shm"):
        database.with_name(database.name + side).unlink(missing_ok=True)
    staged = part_path(database)
    with read_only_connection(ready) as source:
        copy_database(source, staged)
    os.replace(staged, database)
    return BackupInfo(target, moment, BackupReason.RESTORE, target.stat().st_size)
