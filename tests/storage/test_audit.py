"""Every change written through ``Database.write`` leaves an audit row in the same
transaction: who, when, what, old → new. No actor, no write; no commit, no audit row."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import select

from hubdesk.domain.enums import TeamKind, TeamStatus
from hubdesk.storage import Database
from hubdesk.storage.audit import ACTOR_KEY
from hubdesk.storage.models import AuditEntry, Team

if TYPE_CHECKING:
    from .conftest import MakeTeam, TableRows


@dataclass(frozen=True)
class Row:
    at: datetime
    username: str
    action: str
    table_name: str
    record_id: str
    changes: dict[str, Any]


def _audit(db: Database) -> list[Row]:
    """The audit trail as plain values (a read session expires its objects at the end)."""
    with db.read() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        return [
            Row(e.at, e.username, e.action, e.table_name, e.record_id, dict(e.changes))
            for e in entries
        ]


def _add_team(db: Database, actor: str = "kim", name: str = "함께카페", **values: Any) -> int:
    with db.write(actor) as session:
        team = Team(
            name=name,
            kind=TeamKind.COOPERATIVE,
            status=TeamStatus.OPERATING,
            representative="김민용",
            **values,
        )
        session.add(team)
        session.flush()
        return team.id


def test_insert_is_recorded_with_who_when_and_new_values(db: Database) -> None:
    before = datetime.now().replace(microsecond=0)
    team_id = _add_team(db, name="함께카페")
    [entry] = _audit(db)
    assert (entry.username, entry.action, entry.table_name) == ("kim", "insert", "teams")
    assert entry.record_id == str(team_id)
    assert before <= entry.at <= datetime.now() + timedelta(seconds=1)
    assert entry.changes["name"] == [None, "함께카페"]
    assert entry.changes["kind"] == [None, "cooperative"]
    assert not {"version", "created_at", "updated_at"} & entry.changes.keys()


def test_update_records_only_what_changed_old_to_new(db: Database) -> None:
    team_id = _add_team(db, name="함께카페")
    with db.write("lee") as session:
        team = session.get_one(Team, team_id)
        team.name = "함께카페 사회적협동조합"
        team.kind = TeamKind.SOCIAL_COOPERATIVE
        team.representative = team.representative  # no change: not recorded
    entry = _audit(db)[-1]
    assert (entry.username, entry.action, entry.record_id) == ("lee", "update", str(team_id))
    assert entry.changes == {
        "name": ["함께카페", "함께카페 사회적협동조합"],
        "kind": ["cooperative", "social_cooperative"],
    }


def test_an_update_without_a_real_change_leaves_no_row(db: Database) -> None:
    team_id = _add_team(db)
    with db.write("lee") as session:
        team = session.get_one(Team, team_id)
        team.name = team.name
    assert [entry.action for entry in _audit(db)] == ["insert"]


def test_old_value_of_an_expired_attribute_is_the_stored_one(db: Database) -> None:
    """Setting an attribute that was never loaded must not log ``None`` as its old value."""
    team_id = _add_team(db, name="함께카페", phone="02-123-4567")
    with db.write("lee") as session:
        team = session.get_one(Team, team_id)
        session.expire(team)
        team.name = "새 이름"
        team.phone = None
    assert _audit(db)[-1].changes == {
        "name": ["함께카페", "새 이름"],
        "phone": ["02-123-4567", None],
    }


def test_delete_records_the_old_values(db: Database) -> None:
    team_id = _add_team(db, name="지울 팀")
    with db.write("park") as session:
        team = session.get_one(Team, team_id)
        session.expire(team)
        session.delete(team)
    entry = _audit(db)[-1]
    assert (entry.username, entry.action, entry.record_id) == ("park", "delete", str(team_id))
    assert entry.changes["name"] == ["지울 팀", None]
    assert entry.changes["kind"] == ["cooperative", None]


def test_a_write_needs_an_actor(db: Database, table_rows: TableRows) -> None:
    with pytest.raises(ValueError, match="username"):
        _add_team(db, actor="  ")
    assert table_rows("teams") == [] and table_rows("audit_log") == []


def test_a_flush_without_an_actor_raises(
    db: Database, table_rows: TableRows, make_team: MakeTeam
) -> None:
    with pytest.raises(RuntimeError, match="without an actor"), db.write("kim") as session:
        del session.info[ACTOR_KEY]
        session.add(make_team())
        session.flush()
    assert table_rows("teams") == [] and table_rows("audit_log") == []


def test_a_read_session_cannot_write(
    db: Database, table_rows: TableRows, make_team: MakeTeam
) -> None:
    with pytest.raises(RuntimeError, match="read session"), db.read() as session:
        session.add(make_team())
        session.commit()
    assert table_rows("teams") == [] and table_rows("audit_log") == []


def test_a_failed_transaction_writes_no_audit_row(
    db: Database, table_rows: TableRows, make_team: MakeTeam
) -> None:
    with pytest.raises(LookupError), db.write("kim") as session:
        session.add(make_team())
        session.flush()  # the audit row is written here, in the same transaction
        assert len(session.scalars(select(AuditEntry)).all()) == 1
        raise LookupError("the operation fails after the flush")
    assert table_rows("teams") == [] and table_rows("audit_log") == []


def test_the_audit_trail_is_append_only(db: Database, table_rows: TableRows) -> None:
    _add_team(db)
    before = table_rows("audit_log")
    with pytest.raises(RuntimeError, match="append-only"), db.write("kim") as session:
        entry = session.scalars(select(AuditEntry)).one()
        entry.username = "someone else"
    with pytest.raises(RuntimeError, match="append-only"), db.write("kim") as session:
        session.delete(session.scalars(select(AuditEntry)).one())
    assert table_rows("audit_log") == before
