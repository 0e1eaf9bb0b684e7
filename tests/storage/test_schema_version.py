"""The schema revisions read without Alembic are those of the migration scripts, and a
file at the current schema opens without importing Alembic at all."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic.config import Config
from alembic.script import ScriptDirectory

from hubdesk.storage import Database
from hubdesk.storage.migrations import SCRIPT_LOCATION
from hubdesk.storage.schema_version import HEAD_REVISION, REVISIONS, current_revision


def test_the_listed_revisions_are_the_migration_scripts_in_order() -> None:
    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    scripts = ScriptDirectory.from_config(config)
    walked = [script.revision for script in scripts.walk_revisions()]  # newest first
    assert tuple(reversed(walked)) == REVISIONS
    assert scripts.get_current_head() == HEAD_REVISION


def test_a_new_and_an_opened_file_are_at_the_head(tmp_path: Path) -> None:
    with Database.open(tmp_path / "hub.sqlite") as db, db.engine.connect() as connection:
        assert current_revision(connection) == HEAD_REVISION


def test_opening_a_current_file_imports_no_alembic(db: Database) -> None:
    path = db.path
    db.close()
    probe = (
        "import sys; from pathlib import Path; from hubdesk.storage import Database; "
        f"Database.open(Path({str(path)!r}), create=False).close(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_a_busy_or_locked_file_is_not_called_damaged() -> None:
    """SQLite answering "busy", "locked" or "read-only" to the integrity check says
    nothing about the pages: it is raised, never reported as damage."""
    import sqlite3

    import pytest

    from hubdesk.storage.file_checks import integrity_problem

    class Busy:
        def __init__(self, code: int) -> None:
            self.code = code

        def execute(self, _sql: str) -> None:
            error = sqlite3.OperationalError("database is locked")
            error.sqlite_errorcode = self.code
            raise error

    for code in (5, 6, 8, 14):  # BUSY, LOCKED, READONLY, CANTOPEN
        with pytest.raises(sqlite3.OperationalError):
            integrity_problem(Busy(code))  # type: ignore[arg-type]
    assert integrity_problem(Busy(11)) == "database is locked"  # SQLITE_CORRUPT: damage
