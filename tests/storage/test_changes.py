"""The write path says what it changed: rows flushed, bulk statements, nothing on rollback."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import insert, update

from hubdesk.domain.enums import TeamKind, TeamStatus
from hubdesk.storage import Database
from hubdesk.storage.changes import ALL_ROWS
from hubdesk.storage.models import DayOff, Team


def _team(name: str) -> Team:
    return Team(
        name=name, kind=TeamKind.COOPERATIVE, status=TeamStatus.OPERATING, representative="김민용"
    )


def test_flushed_rows_are_reported_once_committed(db: Database) -> None:
    db.changes.take()
    with db.write("test") as tx:
        team = _team("함께카페")
        tx.add(team)
        tx.flush()
        assert not db.changes.take()  # not before the commit
        team.name = "함께카페 협동조합"
    changes = db.changes.take()
    assert changes.rows == {("teams", str(team.id))}
    assert not db.changes.take()  # taken once


def test_bulk_statements_report_their_table(db: Database) -> None:
    db.changes.take()
    with db.write("test") as tx:
        tx.execute(insert(DayOff), [{"day": date(2026, 5, 1), "name": "근로자의 날"}])
        tx.execute(update(Team).values(employees=1))
    assert db.changes.take().tables == {"days_off", "teams"}
    with db.write("test") as tx:
        tx.execute(update(Team).values(employees=2))
    assert db.changes.take().rows == {("teams", ALL_ROWS)}


def test_a_rolled_back_write_reports_nothing(db: Database) -> None:
    db.changes.take()
    with pytest.raises(RuntimeError), db.write("test") as tx:
        tx.add(_team("없던팀"))
        tx.flush()
        raise RuntimeError("refused")
    assert not db.changes.take()
