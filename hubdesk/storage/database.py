"""The one SQLite file: engine with pragmas, migrations on open, one session per operation."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError as SqlDatabaseError
from sqlalchemy.orm import Session, sessionmaker

from ..domain.errors import DatabaseFileError
from .audit import ACTOR_KEY, install_audit
from .migrations import upgrade_to_head

BUSY_TIMEOUT_MS = 10_000
_WRITE_OPTION = "hubdesk_write"


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's own is unreliable).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _begin(connection: Any) -> None:
    # Writers take the write lock at BEGIN, so two writers queue instead of deadlocking.
    immediate = connection.get_execution_options().get(_WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


class Database:
    """An open HubDesk file. Services take one and open a short session per operation."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._reads = sessionmaker(engine, expire_on_commit=False)
        self._writes = sessionmaker(
            engine.execution_options(**{_WRITE_OPTION: True}), expire_on_commit=False
        )
        install_audit(self._writes)

    @classmethod
    def open(cls, path: Path | str, *, create: bool = True) -> Database:
        """Open (or create) a file and bring its schema to the newest version."""
        path = Path(path).expanduser().resolve()
        if not path.exists() and not create:
            raise DatabaseFileError(path=str(path), reason="no such file")
        if path.exists() and path.is_dir():
            raise DatabaseFileError(path=str(path), reason="is a folder, not a HubDesk file")
        if not path.parent.is_dir():
            raise DatabaseFileError(path=str(path), reason="the folder does not exist")
        engine = make_engine(path)
        try:
            upgrade_to_head(engine, path)
        except SqlDatabaseError as error:
            engine.dispose()
            raise DatabaseFileError(path=str(path), reason=_plain_reason(error)) from error
        return cls(path, engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session; nothing it does is committed."""
        with self._reads() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self, actor: str) -> Iterator[Session]:
        """One transaction: commits once at the end, rolls everything back on error."""
        with self._writes() as session:
            session.info[ACTOR_KEY] = actor
            with session.begin():
                yield session


def _plain_reason(error: SqlDatabaseError) -> str:
    text = str(error.orig) if error.orig is not None else str(error)
    if "not a database" in text:
        return "this is not a HubDesk file (not an SQLite database)"
    if "malformed" in text:
        return "the file is damaged"
    if "readonly" in text or "read-only" in text:
        return "the file or its folder is read-only"
    return text
