"""Which schema a file has, read without Alembic.

Opening a file at the current schema needs only its revision: importing Alembic's
migration machinery for that (it pulls in the DDL code of four other databases, Mako and
Pygments) cost a quarter of a second on every start. The revisions are listed here; a
test keeps them equal to the migration scripts, and only an upgrade imports Alembic.
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect, text

REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006")  # oldest first; the last is the head
HEAD_REVISION = REVISIONS[-1]
VERSION_TABLE = "alembic_version"


def current_revision(connection: Connection) -> str | None:
    """The file's revision, or None for a file with no schema yet (Alembic's own table)."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def is_known(revision: str | None) -> bool:
    return revision in REVISIONS
