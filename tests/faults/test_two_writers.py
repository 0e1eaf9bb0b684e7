"""Two processes write at once through the services: no update is lost.

Both edit the same team with the version they read (``TeamService.update``), and both
let seats of the same open desk (``SpaceService.allocate``). Every edit is applied in
sequence or refused (``RecordChanged``, ``SeatsExceeded``); the final state agrees with
the tallies and with the audit trail.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import select
from support.hub import Hub

from faults.figures import FIGURES, rounds
from hubdesk.domain.enums import TeamKind
from hubdesk.services.hub.checks import check_database
from hubdesk.services.people.teams import TeamDraft, TeamService
from hubdesk.services.spaces.spaces import SpaceService
from hubdesk.storage.models import AuditEntry, Tenancy

ROOT = Path(__file__).resolve().parents[2]
RIVAL = Path(__file__).with_name("rival.py")
EDITS = 40  # per process


def race(hub: Hub, tmp_path: Path, *commands: list[str]) -> list[dict[str, int]]:
    """Start one rival per command, let them go at once, return their tallies."""
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    people = (hub.clerk, hub.manager)
    processes = [
        subprocess.Popen(
            [sys.executable, str(RIVAL), str(hub.db.path), str(go)]
            + [str(person.user_id), person.username, *command],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        for person, command in zip(people, commands, strict=True)
    ]
    for process in processes:
        assert process.stdout is not None and process.stdout.readline() == "ready\n"
    go.touch()
    tallies = []
    for process in processes:
        out, _ = process.communicate(timeout=120)
        assert process.returncode == 0, out
        tallies.append(json.loads(out))
    return tallies


def audited(hub: Hub, table: str, action: str) -> list[AuditEntry]:
    with hub.db.read() as session:
        query = (
            select(AuditEntry)
            .where(AuditEntry.table_name == table, AuditEntry.action == action)
            .order_by(AuditEntry.id)
        )
        return list(session.scalars(query))


def test_two_processes_editing_one_team_lose_no_update(hub: Hub, tmp_path: Path) -> None:
    team_id = hub.teams["coop"]
    before = TeamService(hub.db, hub.clerk).get(team_id)
    edits = EDITS * rounds()
    tallies = race(
        hub, tmp_path, ["team", str(team_id), str(edits)], ["team", str(team_id), str(edits)]
    )
    applied = sum(t["applied"] for t in tallies)
    refused = sum(t["refused"] for t in tallies)
    assert applied + refused == 2 * edits
    after = TeamService(hub.db, hub.clerk).get(team_id)
    assert after.employees == before.employees + applied, "an update was lost"
    assert after.version == before.version + applied
    changes = [
        entry.changes["employees"]
        for entry in audited(hub, "teams", "update")
        if entry.record_id == str(team_id)
    ]
    expected = [[n, n + 1] for n in range(before.employees, after.employees)]
    assert changes == expected, "the audit trail does not show one edit after the other"
    assert {entry.username for entry in audited(hub, "teams", "update")} <= {"kim", "lee"}
    assert all(t["applied"] > 0 for t in tallies)
    FIGURES["two writers: team edits applied"] += applied
    FIGURES["two writers: team edits refused (RecordChanged)"] += refused


def test_two_processes_letting_one_desk_never_overfill_it(hub: Hub, tmp_path: Path) -> None:
    space_id = hub.spaces["2F-OD1"]
    capacity = next(s.seats for s in SpaceService(hub.db, hub.admin).spaces() if s.id == space_id)
    teams = TeamService(hub.db, hub.clerk)
    wanting = [
        teams.add(TeamDraft(f"좌석 희망 {n:02d}", TeamKind.COOPERATIVE, "김희망")).id
        for n in range(2 * capacity)
    ]
    half = len(wanting) // 2
    tallies = race(
        hub,
        tmp_path,
        ["seats", str(space_id), *map(str, wanting[:half])],
        ["seats", str(space_id), *map(str, wanting[half:])],
    )
    assert sum(t["applied"] for t in tallies) == capacity
    assert sum(t["refused"] for t in tallies) == len(wanting) - capacity
    with hub.db.read() as session:
        let: list[Any] = list(
            session.scalars(select(Tenancy.id).where(Tenancy.space_id == space_id))
        )
    assert len(let) == capacity
    inserted = {entry.record_id for entry in audited(hub, "tenancies", "insert")}
    assert {str(key) for key in let} == inserted
    assert check_database(hub.db) == []
    FIGURES["two writers: seats let"] += capacity
    FIGURES["two writers: seats refused (SeatsExceeded)"] += len(wanting) - capacity
