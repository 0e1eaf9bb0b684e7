"""Files HubDesk writes for people: exports, saved agreements, demo files.

Three promises, kept here for every writer:

- **Never onto the database.** ``refuse_protected_target`` refuses, before anything is
  written, a target that is the open database, its ``-wal``/``-shm``/``-journal``/
  ``.lock`` files, anything in its backups folder, or any SQLite file at all.
- **All or nothing.** A file is written under a temporary name beside its target
  (``.NAME~HOST~PID~TOKEN.part``) and renamed when complete; the host and process in
  the name tell what a crash left behind, which ``remove_stale_parts`` deletes.
- **Logged together.** ``journaled_output`` keeps a file and its export-log row
  together across a crash through the ``pending_outputs`` journal: the file gets its
  name only after the log row is committed, and ``recover_outputs`` on the next open
  finishes a logged output or removes an unlogged one.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from hubdesk.domain.exports import ExportFileError, os_error_reason
from hubdesk.storage.file_checks import UNFOLLOWABLE
from hubdesk.storage.models import ExportLogEntry, PendingOutput
from hubdesk.storage.processes import process_alive, this_host

if TYPE_CHECKING:
    from hubdesk.storage.database import Database

PART_SUFFIX = ".part"
OTHER_HOST_STALE_AFTER = timedelta(days=1)
SQLITE_HEADER = b"SQLite format 3\x00"
_WAL_MAGIC = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
SIDE_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")
PROTECTED = "this is a HubDesk database or one of its working files; choose another file name"
IN_BACKUPS = "this is the database's backup folder; choose another folder"
A_DATABASE = "this file is a database; choose another file name"
A_FOLDER = "is a folder; choose a file name"

# --- the targets no writer may touch ---------------------------------------------


def refuse_protected_target(target: Path, database: Path | None = None) -> Path:
    """``target`` made absolute, or ``ExportFileError`` when writing it could destroy a
    database: the open one (``database``), its side files or backups, or any SQLite file."""
    path = _resolved(target)
    if path.is_dir():
        raise ExportFileError(path=str(path), reason=A_FOLDER)
    if not path.parent.is_dir():
        raise ExportFileError(path=str(path), reason="the folder does not exist")
    if database is not None:
        _refuse_database_files(path, _resolved(database))
    if _is_sqlite_or_journal(path):
        raise ExportFileError(path=str(path), reason=A_DATABASE)
    for suffix in SIDE_SUFFIXES:
        if path.name.endswith(suffix):
            main = path.with_name(path.name[: -len(suffix)])
            if main.exists() and _is_sqlite_or_journal(main):
                raise ExportFileError(path=str(path), reason=PROTECTED)
    return path


def _refuse_database_files(path: Path, database: Path) -> None:
    protected = [database, *(database.with_name(database.name + s) for s in SIDE_SUFFIXES)]
    for candidate in protected:
        if path == candidate or _same_file(path, candidate):
            raise ExportFileError(path=str(path), reason=PROTECTED)
    backups = database.with_name(f"{database.stem}-backups")
    if path.parent == backups or backups in path.parents:
        raise ExportFileError(path=str(path), reason=IN_BACKUPS)


def _resolved(path: Path) -> Path:
    """The absolute path with every link followed; a link loop is refused in words."""
    try:
        return Path(path).expanduser().resolve()
    except (RuntimeError, OSError) as error:  # "Symlink loop" and the like
        raise ExportFileError(path=str(path), reason=UNFOLLOWABLE) from error


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.exists() and other.exists() and os.path.samefile(one, other)
    except OSError:
        return False


def _is_sqlite_or_journal(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            head = file.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return head == SQLITE_HEADER or head[:4] in _WAL_MAGIC


# --- temporary files and what crashes leave behind -----------------------------------


def part_path(target: Path) -> Path:
    """A new temporary name beside ``target`` that says which process writes it."""
    token = uuid.uuid4().hex[:12]
    return target.with_name(f".{target.name}~{this_host()}~{os.getpid()}~{token}{PART_SUFFIX}")


def part_is_stale(part: Path, *, now: datetime | None = None) -> bool:
    """True when the process named in ``part``'s name is gone: it will never finish."""
    owner = _part_owner(part)
    if owner is None:
        return False  # not one of ours
    host, pid = owner
    if host == this_host():
        return not process_alive(pid)
    try:
        modified = datetime.fromtimestamp(part.stat().st_mtime)
    except OSError:  # only its side files are left: judge by the folder's clock
        modified = datetime.fromtimestamp(part.parent.stat().st_mtime)
    return (now or datetime.now()) - modified > OTHER_HOST_STALE_AFTER


def _part_owner(part: Path) -> tuple[str, int] | None:
    """The host and process id ``part_path`` wrote into a temporary file's name."""
    if not part.name.endswith(PART_SUFFIX):
        return None
    fields = part.name[: -len(PART_SUFFIX)].rsplit("~", 3)
    if len(fields) != 4 or not fields[2].isdigit():
        return None
    return fields[1], int(fields[2])


def remove_stale_parts(folder: Path, name: str | None = None) -> list[Path]:
    """Delete the temporary files that crashed writers left in ``folder`` (only those
    for ``name`` when given), with the journals SQLite keeps beside them."""
    pattern = f".{name}~*{PART_SUFFIX}*" if name else f".*~*{PART_SUFFIX}*"
    removed = []
    with suppress(OSError):
        for leftover in folder.glob(pattern):
            part = leftover.with_name(
                leftover.name[: leftover.name.rindex(PART_SUFFIX)] + PART_SUFFIX
            )
            if part_is_stale(part):
                with suppress(OSError):
                    leftover.unlink()
                removed.append(leftover)
    return removed


@contextmanager
def atomic_file(target: Path, database: Path | None = None) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; once the block ends without an error it
    replaces ``target``; on an error it is removed. ``target`` is checked first."""
    target = refuse_protected_target(target, database)
    part = part_path(target)
    try:
        yield part
        _replace(part, target)
    finally:
        _remove_part(part)


# --- exports and their log rows, across a crash ------------------------------------


@contextmanager
def journaled_output(
    db: Database, actor: str, target: Path, entry: ExportLogEntry
) -> Iterator[Path]:
    """Yield the temporary path to write ``target``'s content to; when the block ends,
    add ``entry`` to the export log and give the file its name.

    The file appears with its log row or not at all: the journal row is made before
    the temporary file, the log row and the journal's link to it commit together, and
    a crash between that commit and the rename is finished by ``recover_outputs``.
    """
    target = refuse_protected_target(target, db.path)
    remove_stale_parts(target.parent)
    part = part_path(target)
    with db.write(actor) as tx:
        journal = {"target": str(target), "part": str(part), "started_at": datetime.now()}
        made = tx.execute(insert(PendingOutput).returning(PendingOutput.id), journal)
        journal_id = made.scalar_one()
    try:
        try:
            yield part
            _flush_to_disk(part)
        except ExportFileError as error:  # the person chose the target, not the part
            if error.values.get("path") != str(part):
                raise
            raise ExportFileError(path=str(target), reason=error.values["reason"]) from error
        except OSError as error:
            raise ExportFileError(path=str(target), reason=os_error_reason(error)) from error
        with db.write(actor) as tx:
            tx.add(entry)
            tx.flush()
            _link(tx, journal_id, entry.id)
        _replace(part, target)
    except BaseException:
        _remove_part(part)
        with suppress(Exception):  # the next open's recovery removes it otherwise
            _forget(db, actor, journal_id)
        raise
    with suppress(Exception):
        _forget(db, actor, journal_id)


@dataclass(frozen=True, slots=True)
class RecoveredOutput:
    """An output a crash interrupted, and what the next open did with it."""

    target: Path
    outcome: str  # REMOVED, COMPLETED or LOST

    def __str__(self) -> str:
        return f"{self.target}: {OUTCOMES[self.outcome]}"


REMOVED, COMPLETED, LOST = "removed", "completed", "lost"
OUTCOMES = {
    REMOVED: "an export interrupted before it was logged was removed",
    COMPLETED: "a logged export interrupted by a crash was completed",
    LOST: "a logged export could not be completed",
}


def recover_outputs(db: Database, actor: str = "system") -> list[RecoveredOutput]:
    """Finish or undo the outputs a crash interrupted (see ``journaled_output``).
    Outputs of a process still running are left to it."""
    with db.read() as tx:
        pending = tx.execute(select(PendingOutput)).scalars().all()
    done = []
    for row in pending:
        part, target = Path(row.part), Path(row.target)
        if _writer_running(part, row.started_at):
            continue
        if row.export_log_id is None:
            _remove_part(part)
            done.append(RecoveredOutput(target, REMOVED))
        elif part.exists():
            try:
                _replace(part, target)
                done.append(RecoveredOutput(target, COMPLETED))
            except ExportFileError:
                _remove_part(part)
                done.append(RecoveredOutput(target, LOST))
        _forget(db, actor, row.id)
    return done


def _writer_running(part: Path, started_at: datetime) -> bool:
    """Whether the process writing ``part`` may still be at work."""
    owner = _part_owner(part)
    if owner is None:
        return False
    host, pid = owner
    if host == this_host():
        return process_alive(pid)
    return datetime.now() - started_at <= OTHER_HOST_STALE_AFTER


def _link(tx: Session, journal_id: int, log_id: int) -> None:
    tx.execute(
        update(PendingOutput).where(PendingOutput.id == journal_id).values(export_log_id=log_id)
    )


def _forget(db: Database, actor: str, journal_id: int) -> None:
    with db.write(actor) as tx:
        tx.execute(delete(PendingOutput).where(PendingOutput.id == journal_id))


def _flush_to_disk(part: Path) -> None:
    """The content is on disk before the log says it exists."""
    descriptor = os.open(part, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _replace(part: Path, target: Path) -> None:
    try:
        os.replace(part, target)
    except OSError as error:
        raise ExportFileError(path=str(target), reason=os_error_reason(error)) from error


def _remove_part(part: Path) -> None:
    with suppress(OSError):
        part.unlink()
