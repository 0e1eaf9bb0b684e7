"""Opening safely: a damaged file is refused; a read-only open never writes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hubdesk.domain.errors import DatabaseDamaged, DatabaseFileError, ReadOnlyFile
from hubdesk.storage import Database
from hubdesk.storage.models import Team

from .conftest import MakeTeam


def _saved_team(db: Database, make_team: MakeTeam) -> None:
    with db.write("kim") as session:
        session.add(make_team("함께카페"))


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[100:400] = b"\xff" * 300
    path.write_bytes(bytes(data))


def test_a_damaged_file_is_refused_in_plain_words(db: Database, make_team: MakeTeam) -> None:
    _saved_team(db, make_team)
    db.close()
    _damage(db.path)
    before = db.path.read_bytes()
    with pytest.raises(DatabaseDamaged, match="the file is damaged") as caught:
        Database.open(db.path, create=False)
    assert isinstance(caught.value, DatabaseFileError)
    assert db.path.read_bytes() == before


def test_a_read_only_open_reads_but_refuses_every_write(db: Database, make_team: MakeTeam) -> None:
    _saved_team(db, make_team)
    with Database.open(db.path, create=False, read_only=True) as viewer:
        with viewer.read() as session:
            assert session.scalar(select(func.count()).select_from(Team)) == 1
        with pytest.raises(ReadOnlyFile), viewer.write("lee") as session:
            session.add(make_team("두번째"))
        # Even SQL that bypasses HubDesk's write path is refused by SQLite.
        with viewer.engine.connect() as connection, pytest.raises(Exception, match="readonly"):
            connection.exec_driver_sql("DELETE FROM days_off")
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Team)) == 1


def test_a_read_only_open_does_not_upgrade(db: Database, tmp_path: Path) -> None:
    copy = tmp_path / "old.sqlite"
    db.close()
    shutil.copy(db.path, copy)
    with Database.open(copy) as writer, writer.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0001'")
    with pytest.raises(DatabaseFileError, match="needs an upgrade"):
        Database.open(copy, create=False, read_only=True)
