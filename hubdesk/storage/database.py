"""The one SQLite file: engine with pragmas, migrations on open, one session per operation."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError as SqlDatabaseError
from sqlalchemy.exc import OperationalError as SqlOperationalError
from sqlalchemy.orm import Session, sessionmaker

from hubdesk.domain.errors import DatabaseDamaged, DatabaseFileError, ReadOnlyFile, StorageFull
from hubdesk.storage.append_only import TriggerRepair, restore_triggers, trigger_problems
from hubdesk.storage.audit import ACTOR_KEY, install_audit
from hubdesk.storage.changes import ChangeLog, committed_rows, track_changes
from hubdesk.storage.file_checks import (
    EMPTY,
    READ_ONLY,
    UNREADABLE_PAGE,
    file_error,
    integrity_problem,
    missing_schema,
    refuse_foreign_file,
    resolved,
)
from hubdesk.storage.filesystems import is_network_path
from hubdesk.storage.outputs import RecoveredOutput, recover_outputs
from hubdesk.storage.schema_version import HEAD_REVISION, current_revision

BUSY_TIMEOUT_MS = 10_000
_WRITE_OPTION = "hubdesk_write"


def _pragmas(journal_mode: str | None) -> Callable[[sqlite3.Connection, Any], None]:
    """The pragmas every connection gets; ``journal_mode`` None leaves the file's own."""

    def set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's own is unreliable).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if journal_mode is not None:
            cursor.execute(f"PRAGMA journal_mode={journal_mode}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    return set_pragmas


def _query_only(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA query_only=ON")


def journal_mode_for(path: Path) -> str:
    """WAL on a local disk; the rollback journal on a network share, where WAL's
    shared-memory index does not work (``filesystems``)."""
    return "DELETE" if is_network_path(path) else "WAL"


def _begin(connection: Any) -> None:
    # Writers take the write lock at BEGIN, so two writers queue instead of deadlocking.
    immediate = connection.get_execution_options().get(_WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(path: Path, *, read_only: bool = False, query_only: bool | None = None) -> Engine:
    """An engine with HubDesk's pragmas. A read-only opener leaves the journal mode as
    the file's holder set it: changing it would write to someone else's file; SQLite
    refuses its writes (``query_only``, unless told otherwise)."""
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _pragmas(None if read_only else journal_mode_for(path)))
    if query_only is None:
        query_only = read_only
    if query_only:
        event.listen(engine, "connect", _query_only)
    event.listen(engine, "begin", _begin)
    return engine


class Database:
    """An open HubDesk file. Services take one and open a short session per operation."""

    def __init__(self, path: Path, engine: Engine, *, read_only: bool = False) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self.notices: list[RecoveredOutput] = []  # outputs a crash interrupted
        # Protective triggers found missing or altered and recreated by ``open``.
        self.repairs: tuple[TriggerRepair, ...] = ()
        self._reads = sessionmaker(engine, expire_on_commit=False)
        self._writes = sessionmaker(
            engine.execution_options(**{_WRITE_OPTION: True}), expire_on_commit=False
        )
        install_audit(self._writes)
        track_changes(self._writes)
        self.changes = ChangeLog()  # what committed writes changed, for the window to take
        event.listen(self._reads, "before_flush", _refuse_writes)
        # For write_through_lock in a read-only file, made when first needed.
        self._lock_engine: Engine | None = None
        self._lock_writes: sessionmaker[Session] | None = None

    @classmethod
    def open(cls, path: Path | str, *, create: bool = True, read_only: bool = False) -> Database:
        """Open (or create) a file, check that SQLite finds it intact, bring its schema
        to the newest version and check that every table and column is there.

        With ``create=False`` a missing, empty or table-less file is refused instead of
        made. A ``read_only`` file (someone else has it open) is neither upgraded nor
        written: SQLite itself refuses writes (``query_only``) and ``write`` raises
        ReadOnlyFile. A writable file gets back the append-only triggers someone dropped
        or altered, with an audit row saying so (``repairs``), and finishes or removes
        the outputs a crash interrupted (``outputs.recover_outputs``, ``notices``).
        """
        path = resolved(path)
        _refuse_unusable_path(path, create=create, read_only=read_only)
        refuse_foreign_file(path, empty_is_new=create)
        engine = make_engine(path, read_only=read_only)
        try:
            _refuse_damaged_file(engine, path)
            repairs: list[TriggerRepair] = []
            if read_only:
                _refuse_outdated_schema(engine, path)
            else:
                _upgrade_if_older(engine, path)
                repairs = _restore_triggers(engine)
            _refuse_incomplete_schema(engine, path)
        except SqlDatabaseError as error:
            engine.dispose()
            raise file_error(path, str(error.orig or error)) from error
        except UnicodeDecodeError as error:  # an error message quoting a damaged page
            engine.dispose()
            raise DatabaseDamaged(path=str(path), detail=UNREADABLE_PAGE) from error
        except BaseException:
            engine.dispose()
            raise
        db = cls(path, engine, read_only=read_only)
        db.repairs = tuple(repairs)
        if not read_only:
            db.notices.extend(recover_outputs(db))
        return db

    def close(self) -> None:
        self.engine.dispose()
        if self._lock_engine is not None:
            self._lock_engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; closing it ends its transaction without committing."""
        with self._reads() as tx:
            yield tx

    @contextmanager
    def write(self, actor: str) -> Iterator[Session]:
        """One transaction: commits once at the end, rolls everything back on error.

        ``actor`` is the staff member's username; the audit trail records it.
        """
        _require_actor(actor)
        if self.read_only:
            raise ReadOnlyFile(path=str(self.path))
        with self._transaction(self._writes, actor) as tx:
            yield tx

    @contextmanager
    def write_through_lock(self, actor: str) -> Iterator[Session]:
        """``write``, but also in a file open read-only: for the sign-in's count of
        wrong passwords only, which must not stop when someone else holds the lock
        file (or forged one). SQLite's own locking keeps the short transaction safe
        beside the holder's; the file's journal mode is left as the holder set it.
        A file the system does not let us write raises DatabaseFileError (read-only)."""
        if not self.read_only:
            with self.write(actor) as tx:
                yield tx
            return
        _require_actor(actor)
        with self._transaction(self._writes_through_lock(), actor) as tx:
            yield tx

    def _writes_through_lock(self) -> sessionmaker[Session]:
        if self._lock_writes is None:
            self._lock_engine = make_engine(self.path, read_only=True, query_only=False)
            writes = self._lock_engine.execution_options(**{_WRITE_OPTION: True})
            self._lock_writes = sessionmaker(writes, expire_on_commit=False)
            install_audit(self._lock_writes)
            track_changes(self._lock_writes)
        return self._lock_writes

    @contextmanager
    def _transaction(self, factory: sessionmaker[Session], actor: str) -> Iterator[Session]:
        """One audited transaction of ``factory``; SQLite's errors said in plain words."""
        try:
            with factory() as tx:
                tx.info[ACTOR_KEY] = actor
                with tx.begin():
                    yield tx
                self.changes.add(committed_rows(tx))  # only once committed
        except SqlOperationalError as error:
            if "full" in str(error.orig):
                raise StorageFull(path=str(self.path)) from error
            if "readonly" in str(error.orig):
                raise DatabaseFileError(path=str(self.path), reason=READ_ONLY) from error
            raise


def _require_actor(actor: str) -> None:
    if not actor.strip():
        raise ValueError("a write needs the staff member's username for the audit trail")


def _refuse_writes(_session: Session, _context: Any, _instances: Any) -> None:
    raise RuntimeError("a read session cannot change records: use Database.write(actor)")


def _refuse_unusable_path(path: Path, *, create: bool, read_only: bool) -> None:
    if not path.exists() and not create:
        raise DatabaseFileError(path=str(path), reason="no such file")
    if path.exists() and path.is_dir():
        raise DatabaseFileError(path=str(path), reason="is a folder, not a HubDesk file")
    if not path.parent.is_dir():
        raise DatabaseFileError(path=str(path), reason="the folder does not exist")
    if path.exists() and not read_only and not os.access(path, os.W_OK):
        raise DatabaseFileError(path=str(path), reason=READ_ONLY)
    if not create and path.stat().st_size == 0:
        raise DatabaseFileError(path=str(path), reason=EMPTY)


def _refuse_damaged_file(engine: Engine, path: Path) -> None:
    """SQLite's quick check over every page; a damaged file is never opened for work.

    It runs on the engine's own connection, read-write where the file is opened for work:
    on a read-only connection SQLite's quick check leaves out the CHECK constraints, and a
    row scribbled over passed it (0.09 s instead of 0.33 s at scale 100, for less checking).
    The window paints its frame before this runs. A new file has nothing to check."""
    if not path.is_file() or path.stat().st_size == 0:
        return
    try:
        problem = _checked_on(engine)
    except sqlite3.OperationalError as error:  # in use or not readable: not damage
        raise file_error(path, str(error)) from error
    if problem is not None:
        raise DatabaseDamaged(path=str(path), detail=problem)


def _checked_on(engine: Engine) -> str | None:
    with engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        factory = driver.text_factory
        driver.text_factory = lambda data: data.decode("utf-8", "replace")
        try:
            return integrity_problem(driver)
        finally:
            driver.text_factory = factory


def _refuse_incomplete_schema(engine: Engine, path: Path) -> None:
    """A dropped table or column is damage too: the pages would fail on it later."""
    with engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        missing = missing_schema(driver)
    if missing is not None:
        raise DatabaseDamaged(path=str(path), detail=missing)


def _restore_triggers(engine: Engine) -> list[TriggerRepair]:
    """Put back missing or altered append-only triggers (a read first: most opens find
    them all, and need no write lock)."""
    with engine.connect() as connection:
        if not trigger_problems(connection):
            return []
    with engine.execution_options(**{_WRITE_OPTION: True}).begin() as connection:
        return restore_triggers(connection)


def _upgrade_if_older(engine: Engine, path: Path) -> None:
    """A file at the current schema opens without Alembic; another is upgraded (or, when
    newer than this build, refused) by the migrations."""
    with engine.connect() as connection:
        if current_revision(connection) == HEAD_REVISION:
            return
    from hubdesk.storage.migrations import upgrade_to_head

    upgrade_to_head(engine, path)


def _refuse_outdated_schema(engine: Engine, path: Path) -> None:
    with engine.connect() as connection:
        current = current_revision(connection)
    if current != HEAD_REVISION:
        raise DatabaseFileError(
            path=str(path),
            reason="the file needs an upgrade, but someone else has it open; try again later",
        )
