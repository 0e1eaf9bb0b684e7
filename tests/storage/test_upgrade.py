"""Opening an older file backs it up, then upgrades it.

These tests add a revision after the newest one in a temporary copy of the migration
scripts: it rebuilds ``teams`` the way SQLite batch migrations do (copy, drop,
rename), which fails if foreign keys are left on while teams have tenancies.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from hubdesk.domain.errors import DatabaseFileError
from hubdesk.storage import Database, database, migrations
from hubdesk.storage.backup import BackupReason, backup_folder, list_backups

HEAD = migrations.head_revision()

if TYPE_CHECKING:
    from .conftest import Seeded

REBUILD_TEAMS = """
    with op.batch_alter_table("teams", recreate="always") as batch_op:
        batch_op.create_index("ix_teams_email", ["email"])
"""

ORPHAN_TENANCIES = """
    op.execute("DELETE FROM teams")
"""


NEXT = "9999"


def _with_next_revision(tmp_path: Path, upgrade_body: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A build one revision newer: its scripts, and its head as opening reads it."""
    scripts = _scripts_with_next_revision(tmp_path, upgrade_body)
    monkeypatch.setattr(migrations, "SCRIPT_LOCATION", scripts)
    monkeypatch.setattr(database, "HEAD_REVISION", NEXT)


def _scripts_with_next_revision(tmp_path: Path, upgrade_body: str) -> Path:
    scripts = tmp_path / "scripts"
    shutil.copytree(
        migrations.SCRIPT_LOCATION, scripts, ignore=shutil.ignore_patterns("__pycache__")
    )
    (scripts / "versions" / f"{NEXT}_test.py").write_text(
        "from alembic import op\n\n"
        f'revision = "{NEXT}"\ndown_revision = "{HEAD}"\nbranch_labels = None\n'
        "depends_on = None\n\n\n"
        f"def upgrade() -> None:{upgrade_body}\n\ndef downgrade() -> None:\n    pass\n",
        encoding="utf-8",
    )
    return scripts


def _revision(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    connection.close()
    return str(revision)


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as connection:
        (count,) = connection.execute(f"SELECT count(*) FROM {table}").fetchone()
    connection.close()
    return int(count)


@pytest.fixture
def older_file(db: Database, seeded: Seeded) -> Path:
    """A file at today's newest revision with a team that has a tenancy and an agreement."""
    db.close()
    return db.path


def test_an_older_file_is_backed_up_then_upgraded(
    older_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_next_revision(tmp_path, REBUILD_TEAMS, monkeypatch)
    with Database.open(older_file) as db, db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
    (backup,) = list_backups(backup_folder(older_file))
    assert backup.reason == BackupReason.UPGRADE
    assert _revision(backup.path) == HEAD and _count(backup.path, "teams") == 1
    assert _revision(older_file) == NEXT
    assert _count(older_file, "teams") == 1 and _count(older_file, "tenancies") == 1


def test_an_upgrade_that_breaks_links_is_rolled_back(
    older_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_next_revision(tmp_path, ORPHAN_TENANCIES, monkeypatch)
    with pytest.raises(
        DatabaseFileError, match="break links between records in grant_agreements, tenancies"
    ):
        Database.open(older_file)
    assert _revision(older_file) == HEAD
    assert _count(older_file, "teams") == 1
