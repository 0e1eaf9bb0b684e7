"""Alembic migrations, run programmatically: no alembic.ini, the scripts ship in the package."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from hubdesk.domain.errors import DatabaseFileError
from hubdesk.storage import schema_version
from hubdesk.storage.backup import BackupReason, take_backup

SCRIPT_LOCATION = Path(__file__).parent


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = _scripts(SCRIPT_LOCATION).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {script.revision for script in _scripts(SCRIPT_LOCATION).walk_revisions()}


@cache
def _scripts(location: Path) -> ScriptDirectory:
    """The migration scripts at ``location``, read once a run: compiling them again for
    every open took about half of ``Database.open`` on a small file."""
    config = Config()
    config.set_main_option("script_location", str(location))
    return ScriptDirectory.from_config(config)


def current_revision(connection: Connection) -> str | None:
    """The file's revision, read as opening reads it (``schema_version``)."""
    return schema_version.current_revision(connection)


def upgrade_to_head(engine: Engine, path: Path, *, back_up: bool = True) -> None:
    """Create a new file's schema, or back up an older file and then upgrade it
    (the backup goes to the file's backup folder, kept 90 days).

    A file from a newer HubDesk (a revision this version does not know) is refused
    before anything is written. ``back_up=False`` is for temporary copies only.
    """
    with engine.connect() as connection:
        current = current_revision(connection)
    head = head_revision()
    if current == head:
        return
    if current is not None:
        if current not in known_revisions():
            raise DatabaseFileError(
                path=str(path),
                reason=f"the file was made by a newer HubDesk (schema {current}); "
                "update HubDesk to open it",
            )
        if back_up:
            take_backup(path, BackupReason.UPGRADE, engine=engine)
    with engine.connect() as connection:
        # SQLite's batch migrations copy and drop tables; with foreign keys on, dropping
        # a parent table that has child rows fails. Switch them off (only possible
        # outside a transaction) and check every link before committing instead.
        _set_foreign_keys(connection, on=False)
        try:
            with connection.begin():
                command.upgrade(alembic_config(connection), "head")
                _check_foreign_keys(connection, path)
        finally:
            _set_foreign_keys(connection, on=True)


def _set_foreign_keys(connection: Connection, *, on: bool) -> None:
    driver = connection.connection.driver_connection
    assert driver is not None
    driver.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


def _check_foreign_keys(connection: Connection, path: Path) -> None:
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = ", ".join(sorted({str(row[0]) for row in broken}))
        raise DatabaseFileError(
            path=str(path),
            reason=f"the upgrade would break links between records in {tables}; "
            "the file was not changed",
        )
