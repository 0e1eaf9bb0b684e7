"""The operation rate on any day, from the status history, on the demo hub: every figure
against an independent SQL query (a correlated subquery, not the service's window)."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from support.hub import TODAY

from hubdesk.domain.enums import TargetMetric, TeamStatus
from hubdesk.domain.goals import GoalFigure
from hubdesk.services.goals.goals import GoalService
from hubdesk.services.goals.operation import operation_on, rate_day
from hubdesk.services.people.staff import system_actor
from hubdesk.services.people.teams import TeamService
from hubdesk.storage import Database

LAST_YEAR_END = date(TODAY.year - 1, 12, 31)

STATUS_ON = """
SELECT t.id, h.status FROM teams t JOIN team_status_changes h ON h.team_id = t.id
WHERE t.kind <> 'startup_team' AND h.status <> 'archived' AND h.id = (
    SELECT h2.id FROM team_status_changes h2
    WHERE h2.team_id = t.id AND h2.changed_on <= :day
    ORDER BY h2.changed_on DESC, h2.id DESC LIMIT 1)
ORDER BY t.id
"""


def statuses_on(db: Database, day: date) -> dict[int, str]:
    """Registered team id → status on ``day``, by plain SQL."""
    connection = sqlite3.connect(db.path)
    try:
        return dict(connection.execute(STATUS_ON, {"day": day.isoformat()}).fetchall())
    finally:
        connection.close()


def rate(db: Database, year: int, today: date = TODAY) -> GoalFigure:
    figures = GoalService(db, system_actor(db)).figures(year, today)
    return {f.metric: f for f in figures}[TargetMetric.OPERATION_RATE]


@pytest.mark.parametrize("day", [date(2023, 12, 31), LAST_YEAR_END, date(2026, 6, 30), TODAY])
def test_the_teams_operating_on_a_day_are_those_of_plain_sql(demo: Database, day: date) -> None:
    expected = statuses_on(demo, day)
    with demo.read() as tx:
        found = operation_on(tx, day)
    assert found.operating == tuple(k for k, s in expected.items() if s == "operating")
    assert found.not_operating == tuple(k for k, s in expected.items() if s != "operating")
    assert found.registered == len(expected) == 148  # all founded by 2023


def test_a_years_rate_is_taken_on_31_december_and_this_years_today(demo: Database) -> None:
    last_year = statuses_on(demo, LAST_YEAR_END)
    today = statuses_on(demo, TODAY)
    past = rate(demo, TODAY.year - 1)
    assert (past.actual, past.of) == (list(last_year.values()).count("operating"), 148)
    now = rate(demo, TODAY.year)
    assert (now.actual, now.of) == (list(today.values()).count("operating"), 148)
    assert past.actual != now.actual  # the demo's history moved since last year
    assert rate_day(TODAY.year, TODAY) == TODAY
    assert rate_day(TODAY.year - 1, TODAY) == LAST_YEAR_END


def test_the_demo_history_ends_in_each_teams_status_today(demo: Database) -> None:
    connection = sqlite3.connect(demo.path)
    try:
        teams = connection.execute("SELECT id, status, closed_on, founded_on FROM teams").fetchall()
        history: dict[int, list[tuple[str, str]]] = {}
        for team, status, day in connection.execute(
            "SELECT team_id, status, changed_on FROM team_status_changes"
            " ORDER BY team_id, changed_on, id"
        ):
            history.setdefault(team, []).append((status, day))
    finally:
        connection.close()
    changed = 0
    for team, status, closed_on, founded_on in teams:
        rows = history[team]
        assert rows[-1][0] == status
        assert rows[0][1] == founded_on
        assert rows[-1][1] <= TODAY.isoformat()
        if status == "closed":
            assert rows[-1][1] == closed_on
        changed += any(day >= f"{TODAY.year - 1}-01-01" for _, day in rows)
    assert 20 <= changed <= 60  # a share of the teams changed since last year, not all


def test_a_change_this_year_leaves_last_years_rate_alone(demo: Database) -> None:
    actor = system_actor(demo)
    teams = TeamService(demo, actor)
    before_past, before_now = rate(demo, TODAY.year - 1), rate(demo, TODAY.year)
    today = statuses_on(demo, TODAY)
    operating = next(k for k, s in today.items() if s == "operating")
    dormant = [k for k, s in today.items() if s == "dormant"]
    teams.close(operating, date(TODAY.year, 3, 2))
    teams.close(dormant[0], date(TODAY.year, 3, 2), archive=True)  # leaves the register
    record = teams.get(dormant[1])
    teams.reopen(record.id, today=TODAY)

    past, now = rate(demo, TODAY.year - 1), rate(demo, TODAY.year)
    assert (past.actual, past.of) == (before_past.actual, before_past.of)
    assert (now.actual, now.of) == (before_now.actual, before_now.of - 1)  # −1 +1 operating
    assert (now.actual, now.of) == (
        list(statuses_on(demo, TODAY).values()).count("operating"),
        len(statuses_on(demo, TODAY)),
    )
    assert statuses_on(demo, TODAY)[record.id] == TeamStatus.OPERATING
    # A day between: the closed team no longer operates from 2 March.
    march = statuses_on(demo, date(TODAY.year, 3, 2))
    assert march[operating] == "closed" and dormant[0] not in march
