"""One of two writers at once: ``python rival.py DB GO_FILE USER_ID USERNAME MODE ARGS...``.

It opens the file, prints ``ready``, waits until ``GO_FILE`` exists (so both start
together), then writes through the real services and prints a JSON tally:

- ``team TEAM_ID TIMES``: read the team, raise its employee count by one and save with
  the version read (``TeamService.update``); a ``RecordChanged`` refusal is counted.
- ``seats SPACE_ID TEAM_ID...``: give each team one seat of the space from 2026-12-01
  (``SpaceService.allocate``); a ``SeatsExceeded`` refusal is counted.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from hubdesk.domain.enums import StaffRole
from hubdesk.domain.errors import RecordChanged, SeatsExceeded
from hubdesk.domain.records import Actor
from hubdesk.services.people.teams import TeamService, draft_of
from hubdesk.services.spaces.spaces import SpaceService, TenancyDraft
from hubdesk.storage import Database

START = date(2026, 12, 1)


def _edit_team(db: Database, actor: Actor, team_id: int, times: int) -> dict[str, int]:
    teams = TeamService(db, actor)
    tally = {"applied": 0, "refused": 0}
    for _ in range(times):
        record = teams.get(team_id)
        draft = replace(draft_of(record), employees=record.employees + 1)
        try:
            teams.update(team_id, draft, version=record.version)
            tally["applied"] += 1
        except RecordChanged:
            tally["refused"] += 1
    return tally


def _take_seats(db: Database, actor: Actor, space_id: int, team_ids: list[int]) -> dict[str, int]:
    spaces = SpaceService(db, actor)
    tally = {"applied": 0, "refused": 0}
    for team_id in team_ids:
        try:
            spaces.allocate(TenancyDraft(team_id, space_id, 1, START))
            tally["applied"] += 1
        except SeatsExceeded:
            tally["refused"] += 1
    return tally


def main() -> None:
    path, go, user_id, username, mode, *numbers = sys.argv[1:]
    ids = [int(n) for n in numbers]
    actor = Actor(int(user_id), username, StaffRole.STAFF, username)
    with Database.open(path, create=False) as db:
        print("ready", flush=True)
        while not Path(go).exists():
            time.sleep(0.001)
        if mode == "team":
            tally = _edit_team(db, actor, ids[0], ids[1])
        else:
            tally = _take_seats(db, actor, ids[0], ids[1:])
    print(json.dumps(tally), flush=True)


if __name__ == "__main__":
    main()
