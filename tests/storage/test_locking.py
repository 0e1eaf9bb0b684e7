"""Optimistic locking: an update based on an outdated version of a row is refused."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from hubdesk.domain.enums import TeamKind, TeamStatus
from hubdesk.storage import Database
from hubdesk.storage.audit import ACTOR_KEY, install_audit
from hubdesk.storage.models import AuditEntry, Team


def _editing_sessions(db: Database, *actors: str) -> list[Session]:
    """Sessions that live across several short transactions, as an edit form does."""
    factory = sessionmaker(db.engine, expire_on_commit=False)
    install_audit(factory)
    return [factory(info={ACTOR_KEY: actor}) for actor in actors]


def _new_team(db: Database) -> int:
    with db.write("kim") as session:
        team = Team(
            name="함께카페",
            kind=TeamKind.COOPERATIVE,
            status=TeamStatus.OPERATING,
            representative="김민용",
        )
        session.add(team)
        session.flush()
        return team.id


def test_the_second_of_two_edits_of_one_version_is_refused(db: Database) -> None:
    team_id = _new_team(db)
    kim, lee = _editing_sessions(db, "kim", "lee")
    try:
        kims_team, lees_team = kim.get_one(Team, team_id), lee.get_one(Team, team_id)
        kim.commit()  # both loaded version 1; no transaction stays open
        lee.commit()
        assert kims_team.version == lees_team.version == 1

        kims_team.name = "함께카페 (김)"
        kim.commit()
        assert kims_team.version == 2

        lees_team.name = "함께카페 (이)"
        with pytest.raises(StaleDataError):
            lee.commit()
        lee.rollback()
    finally:
        kim.close()
        lee.close()

    with db.read() as session:
        team = session.get_one(Team, team_id)
        assert (team.name, team.version) == ("함께카페 (김)", 2)
        updates = session.scalars(select(AuditEntry).where(AuditEntry.action == "update")).all()
        assert [(entry.username, entry.changes) for entry in updates] == [
            ("kim", {"name": ["함께카페", "함께카페 (김)"]})
        ]


def test_merging_an_outdated_copy_is_refused(db: Database) -> None:
    """The pattern of one short session per operation: load, let someone else save, save."""
    team_id = _new_team(db)
    with db.read() as session:
        outdated = session.get_one(Team, team_id)
        session.expunge(outdated)  # keep its loaded values, version 1
    with db.write("lee") as session:
        session.get_one(Team, team_id).employees = 3
    outdated.name = "늦게 저장한 이름"
    with pytest.raises(StaleDataError), db.write("kim") as session:
        session.merge(outdated)
    with db.read() as session:
        team = session.get_one(Team, team_id)
        assert (team.name, team.employees, team.version) == ("함께카페", 3, 2)


def test_every_update_increments_the_version(db: Database) -> None:
    team_id = _new_team(db)
    for employees in (1, 2, 3):
        with db.write("kim") as session:
            session.get_one(Team, team_id).employees = employees
    with db.read() as session:
        assert session.get_one(Team, team_id).version == 4
