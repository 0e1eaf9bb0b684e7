"""A file on a network share uses the rollback journal, never WAL; a read-only opener
leaves the journal mode alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from hubdesk.storage import Database, database
from hubdesk.storage.filesystems import mount_type

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
//nas/hub /mnt/hub cifs rw,vers=3.0 0 0
//nas/hub\\040share /mnt/hub\\040share cifs rw 0 0
server:/export /srv/nfs nfs4 rw 0 0
tmpfs /mnt/hub/tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/home/kim/hubdesk.sqlite", "ext4"),
        ("/mnt/hub/hubdesk.sqlite", "cifs"),
        ("/mnt/hub share/hubdesk.sqlite", "cifs"),
        ("/mnt/hubby/hubdesk.sqlite", "ext4"),  # a prefix of a mount point is not inside it
        ("/srv/nfs/a/b.sqlite", "nfs4"),
        ("/mnt/hub/tmp/x.sqlite", "tmpfs"),  # the longest mount point wins
    ],
)
def test_the_file_system_of_a_path(path: str, kind: str) -> None:
    assert mount_type(Path(path), MOUNTS) == kind


def _journal_mode(db: Database) -> str:
    with db.engine.connect() as connection:
        return str(connection.exec_driver_sql("PRAGMA journal_mode").scalar_one())


def test_a_local_file_uses_wal(tmp_path: Path) -> None:
    with Database.open(tmp_path / "local.sqlite") as db:
        assert _journal_mode(db) == "wal"


def test_a_file_on_a_share_uses_the_rollback_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "is_network_path", lambda path: True)
    path = tmp_path / "shared.sqlite"
    with Database.open(path) as db:
        assert _journal_mode(db) == "delete"
        with db.write("kim") as session:
            session.execute(text("SELECT 1"))
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()


def test_a_read_only_opener_leaves_the_journal_mode_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "is_network_path", lambda path: True)
    path = tmp_path / "shared.sqlite"
    with Database.open(path) as holder:
        monkeypatch.setattr(database, "is_network_path", lambda path: False)
        with Database.open(path, create=False, read_only=True) as viewer:
            assert _journal_mode(viewer) == "delete"
        assert _journal_mode(holder) == "delete"
