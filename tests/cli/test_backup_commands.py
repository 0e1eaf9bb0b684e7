"""``hubdesk backup`` and ``hubdesk restore``: a consistent copy, a list, and a restore
that keeps the replaced contents and refuses while someone has the file open."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from hubdesk.cli import EXIT_ERROR, EXIT_OK, main
from hubdesk.storage import Database
from hubdesk.storage.backup import BackupReason, backup_folder, list_backups
from hubdesk.storage.lock import FileLock
from hubdesk.storage.models import Team

from .test_cli import hub_file, one_error_line, random_bytes_file


def _teams(path: Path) -> int:
    with Database.open(path, create=False) as db, db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Team)) or 0)


def _add_team(path: Path) -> None:
    with Database.open(path, create=False) as db, db.write("kim") as session:
        session.add(
            Team(name="나중팀", kind="cooperative", status="operating", representative="김")
        )


def test_backup_list_and_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hub = hub_file(tmp_path / "hub.sqlite")
    teams = _teams(hub)
    assert main(["backup", "--db", str(hub)]) == EXIT_OK
    (backup,) = list_backups(backup_folder(hub))
    assert backup.reason == BackupReason.MANUAL and backup.counts()["teams"] == teams  # type: ignore[index]
    assert f"teams {teams}" in capsys.readouterr().out

    _add_team(hub)
    assert main(["restore", "--db", str(hub), "--list"]) == EXIT_OK
    listing = capsys.readouterr().out
    assert "manual" in listing and "ok" in listing and str(backup.path) in listing

    assert main(["restore", "--db", str(hub), str(backup.path)]) == EXIT_OK
    assert _teams(hub) == teams
    safety = list_backups(backup_folder(hub))[0]
    assert safety.reason == BackupReason.RESTORE and safety.counts()["teams"] == teams + 1  # type: ignore[index]


def test_backup_into_another_folder(tmp_path: Path) -> None:
    hub = hub_file(tmp_path / "hub.sqlite")
    assert main(["backup", "--db", str(hub), "-o", str(tmp_path / "usb")]) == EXIT_OK
    assert len(list_backups(tmp_path / "usb")) == 1
    assert not backup_folder(hub).exists()


def test_restore_is_refused_while_hubdesk_has_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hub = hub_file(tmp_path / "hub.sqlite")
    main(["backup", "--db", str(hub)])
    (backup,) = list_backups(backup_folder(hub))
    _add_team(hub)
    teams = _teams(hub)
    window = FileLock(hub, "김민지")
    assert window.acquire() is None
    capsys.readouterr()
    try:
        assert main(["restore", "--db", str(hub), str(backup.path)]) == EXIT_ERROR
    finally:
        window.release()
    assert "김민지" in one_error_line(capsys.readouterr().err)
    assert _teams(hub) == teams


@pytest.mark.parametrize("command", ["backup", "restore"])
def test_a_missing_or_foreign_file_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    for path in (tmp_path / "missing.sqlite", random_bytes_file(tmp_path / "junk.sqlite")):
        assert main([command, "--db", str(path)]) == EXIT_ERROR
        assert str(path) in one_error_line(capsys.readouterr().err)


def test_a_damaged_backup_is_not_restored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hub = hub_file(tmp_path / "hub.sqlite")
    main(["backup", "--db", str(hub)])
    (backup,) = list_backups(backup_folder(hub))
    data = bytearray(backup.path.read_bytes())
    data[100:400] = b"\xff" * 300
    backup.path.write_bytes(bytes(data))
    teams = _teams(hub)
    capsys.readouterr()
    assert main(["restore", "--db", str(hub), str(backup.path)]) == EXIT_ERROR
    assert "damaged" in one_error_line(capsys.readouterr().err)
    assert _teams(hub) == teams
