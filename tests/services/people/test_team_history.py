"""Every status a team takes is kept with its day (team_status_changes), in the same
transaction as the change: add, edit, close, archive, reopen, undo, delete and redo."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import text
from support.hub import TODAY, Hub

from hubdesk.domain.enums import TeamKind, TeamStatus
from hubdesk.services.people.teams import TeamDraft, TeamService, draft_of

FOUNDED = date(2019, 3, 1)


def history(hub: Hub, team_id: int) -> list[tuple[str, str]]:
    """(status, day) rows of a team, as written (id order), read with plain SQL."""
    with hub.db.read() as tx:
        rows = tx.execute(
            text(
                "SELECT status, changed_on FROM team_status_changes"
                " WHERE team_id = :team ORDER BY id"
            ),
            {"team": team_id},
        ).all()
    return [(status, str(day)) for status, day in rows]


def audited_inserts(hub: Hub) -> int:
    with hub.db.read() as tx:
        return int(
            tx.execute(
                text(
                    "SELECT count(*) FROM audit_log WHERE table_name = 'team_status_changes'"
                    " AND action = 'insert'"
                )
            ).scalar_one()
        )


def service(hub: Hub) -> TeamService:
    return TeamService(hub.db, hub.clerk)


def founded_team(hub: Hub) -> int:
    """A cooperative operating since 2019 (the fixture's teams start on the real today)."""
    draft = TeamDraft("독산 나눔협동조합", TeamKind.COOPERATIVE, "서지우", founded_on=FOUNDED)
    return service(hub).add(draft, today=TODAY).id


def test_a_new_team_starts_its_history_on_its_founding_day(hub: Hub) -> None:
    teams = service(hub)
    founded = teams.add(
        TeamDraft("독산동 돌봄협동조합", TeamKind.COOPERATIVE, "정수민", founded_on=FOUNDED),
        today=TODAY,
    )
    unknown = teams.add(
        TeamDraft("가산 수리협동조합", TeamKind.COOPERATIVE, "오하늘", status=TeamStatus.DORMANT),
        today=TODAY,
    )
    future = teams.add(
        TeamDraft("시흥 공방", TeamKind.OTHER, "유다인", founded_on=date(2027, 1, 1)), today=TODAY
    )
    assert history(hub, founded.id) == [("operating", "2019-03-01")]
    assert history(hub, unknown.id) == [("dormant", str(TODAY))]
    assert history(hub, future.id) == [("operating", str(TODAY))]  # not founded yet: today


def test_an_edit_records_a_changed_status_only(hub: Hub) -> None:
    teams = service(hub)
    team_id = hub.teams["coop"]
    before = history(hub, team_id)
    record = teams.get(team_id)
    same = teams.update(
        team_id, replace(draft_of(record), employees=7), version=record.version, today=TODAY
    )
    assert history(hub, team_id) == before
    teams.update(
        team_id,
        replace(draft_of(same), status=TeamStatus.DORMANT),
        version=same.version,
        today=TODAY,
    )
    assert history(hub, team_id) == [*before, ("dormant", str(TODAY))]


def test_close_archive_and_reopen_are_kept_with_their_days(hub: Hub) -> None:
    teams = service(hub)
    team_id = founded_team(hub)
    first = history(hub, team_id)
    teams.close(team_id, date(2026, 6, 30))
    teams.reopen(team_id, today=TODAY)
    teams.close(team_id, TODAY, archive=True)
    assert history(hub, team_id) == [
        *first,
        ("closed", "2026-06-30"),
        ("operating", str(TODAY)),
        ("archived", str(TODAY)),
    ]


def test_a_closing_day_supersedes_changes_recorded_after_it(hub: Hub) -> None:
    """Closed on 30 June: an edit recorded in November no longer says it operated."""
    teams = service(hub)
    team_id = teams.add(
        TeamDraft("늦게 등록한 조합", TeamKind.COOPERATIVE, "남궁민", founded_on=FOUNDED),
        today=date(2026, 1, 1),
    ).id
    record = teams.get(team_id)
    teams.update(
        team_id,
        replace(draft_of(record), status=TeamStatus.DORMANT),
        version=record.version,
        today=TODAY,
    )
    teams.close(team_id, date(2026, 6, 30))
    assert history(hub, team_id) == [("operating", "2019-03-01"), ("closed", "2026-06-30")]


def test_undoing_a_close_or_a_reopen_removes_that_change(hub: Hub) -> None:
    teams = service(hub)
    team_id = founded_team(hub)
    first = history(hub, team_id)
    teams.close(team_id, date(2026, 10, 1))
    teams.revert_status(team_id, TeamStatus.OPERATING, None, today=TODAY)  # undo close
    assert history(hub, team_id) == first
    teams.close(team_id, date(2026, 10, 1))
    teams.reopen(team_id, today=TODAY)
    teams.revert_status(team_id, TeamStatus.CLOSED, date(2026, 10, 1), today=TODAY)  # undo
    assert history(hub, team_id) == [*first, ("closed", "2026-10-01")]
    assert teams.get(team_id).status is TeamStatus.CLOSED


def test_reverting_to_a_status_the_history_does_not_end_with_appends_it(hub: Hub) -> None:
    teams = service(hub)
    team_id = hub.teams["coop"]
    first = history(hub, team_id)
    teams.revert_status(team_id, TeamStatus.DORMANT, None, today=TODAY)
    assert history(hub, team_id) == [*first, ("dormant", str(TODAY))]


def test_delete_and_redo_take_the_history_with_the_team(hub: Hub) -> None:
    teams = service(hub)
    added = teams.add(
        TeamDraft("잘못 입력한 팀", TeamKind.OTHER, "신동엽", founded_on=FOUNDED), today=TODAY
    )
    removed = teams.delete(added.id)
    assert history(hub, added.id) == []
    teams.restore(removed, today=TODAY)
    assert history(hub, added.id) == [("operating", "2019-03-01")]


def test_a_refused_change_writes_no_history(hub: Hub) -> None:
    teams = service(hub)
    team_id = hub.teams["coop"]
    teams.close(team_id, TODAY)
    before = history(hub, team_id)
    try:
        teams.close(team_id, TODAY)  # already closed: refused
    except Exception:  # noqa: BLE001 (the refusal itself is TeamService's test)
        pass
    assert history(hub, team_id) == before


def test_history_rows_are_audited(hub: Hub) -> None:
    before = audited_inserts(hub)
    service(hub).close(hub.teams["coop"], TODAY)
    assert audited_inserts(hub) == before + 1
