"""The models and the migrations describe the same schema."""

from __future__ import annotations

import re
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CreateTable

from hubdesk.storage import Database
from hubdesk.storage.migrations import current_revision, head_revision
from hubdesk.storage.models import Base


def test_a_new_file_is_at_the_newest_revision(tmp_path: Path) -> None:
    with Database.open(tmp_path / "new.sqlite") as db, db.engine.connect() as connection:
        assert current_revision(connection) == head_revision()


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    with Database.open(tmp_path / "new.sqlite") as db, db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def _constraint_lines(ddl: str) -> set[str]:
    """The CONSTRAINT clauses of a CREATE TABLE, whitespace-normalised."""
    lines = (" ".join(line.split()).rstrip(",") for line in ddl.splitlines())
    return {line for line in lines if line.startswith("CONSTRAINT ")}


def test_migrated_constraints_match_the_models(tmp_path: Path) -> None:
    """Autogenerate does not compare CHECK constraints: compare the DDL clauses instead,
    so a migration that drops or changes a CHECK (SQLite batch mode can) is caught."""
    with Database.open(tmp_path / "new.sqlite") as db, db.engine.connect() as connection:
        result = connection.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
        )
        stored = {name: sql for name, sql in result}
    for table in Base.metadata.sorted_tables:
        expected = _constraint_lines(str(CreateTable(table).compile(dialect=sqlite.dialect())))
        assert _constraint_lines(stored[table.name]) == expected, table.name
        assert any(re.match(r"CONSTRAINT pk_", line) for line in expected), table.name
