"""The team list in SQL (search, filters, order, pages), the detail view, undo helpers."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

import pytest
from sqlalchemy import text
from support.hub import TODAY, Hub, refused, snapshot
from support.sql import counted_statements

from hubdesk.domain.brn import make_valid_brn
from hubdesk.domain.enums import (
    AgreementStatus,
    ConsultingField,
    SessionMode,
    SpaceKind,
    TeamKind,
    TeamStatus,
    TenancyStatus,
)
from hubdesk.domain.errors import DuplicateBusinessNumber, RecordChanged, TeamHasRecords
from hubdesk.services.consulting.sessions import ConsultingService, SessionDraft
from hubdesk.services.grants.agreements import AgreementDraft, GrantService
from hubdesk.services.hub.team_views import TeamColumn, TeamQuery, TeamViewService
from hubdesk.services.people.teams import TeamDraft, TeamService
from hubdesk.services.spaces.spaces import SpaceService
from hubdesk.storage import Database
from hubdesk.storage.models import Tenancy

SURNAMES = "김이박최정강조윤장임"
WORDS = ("돌봄", "협동조합", "마을", "카페", "공방", "Green", "green", "나눔", "100%", "a_b")


@dataclass(frozen=True)
class Expected:
    """A team as plain SQL reads it, with the spaces it uses today."""

    id: int
    name: str
    kind: TeamKind
    status: TeamStatus
    brn: str | None
    representative: str
    codes: tuple[str, ...]


@pytest.fixture
def many(hub: Hub) -> Hub:
    """The small hub plus 45 teams of every kind and status, some housed today."""
    rng = random.Random(7)
    teams = TeamService(hub.db, hub.clerk)
    for index in range(45):
        words = rng.sample(WORDS, 2)
        nine = f"{rng.randint(100, 999)}{rng.choice(['81', '82', '86', '01'])}{index:04d}"
        team = teams.add(
            TeamDraft(
                name=f"{words[0]} {words[1]} {index % 7}",
                kind=rng.choice(list(TeamKind)),
                representative=rng.choice(SURNAMES) + rng.choice(["민수", "지우", "영희"]),
                brn=make_valid_brn(nine).formatted if index % 5 else None,
            )
        )
        hub.teams[f"t{index}"] = team.id
        if index % 6 == 1:
            teams.close(team.id, TODAY, archive=index % 12 == 1)
    _house(hub)
    return hub


def _house(hub: Hub) -> None:
    spaces = SpaceService(hub.db, hub.admin)
    shared = spaces.add_space("4F-S1", "공유오피스", 4, SpaceKind.SHARED_OFFICE, 30, 90.0, 0).id
    other = spaces.add_space("1F-S0", "공유오피스 0", 1, SpaceKind.SHARED_OFFICE, 30, 90.0, 0).id
    for index in range(0, 45, 3):  # now: housed
        let(hub.db, hub.teams[f"t{index}"], shared, date(2026, 3, 1), date(2027, 2, 28))
    for index in range(1, 45, 9):  # last year: not housed
        let(hub.db, hub.teams[f"t{index}"], other, date(2024, 1, 1), date(2024, 12, 31))
    for index in range(2, 45, 9):  # next year: not housed yet
        let(hub.db, hub.teams[f"t{index}"], other, date(2027, 1, 1), date(2027, 12, 31))
    year = (date(2026, 1, 1), date(2026, 12, 31))
    for index in range(4, 45, 9):  # left early last month: not housed
        let(hub.db, hub.teams[f"t{index}"], other, *year, left_on=date(2026, 10, 31))
    for index in range(5, 45, 9):  # cancelled: never housed
        let(hub.db, hub.teams[f"t{index}"], other, *year, cancelled=True)
    let(hub.db, hub.teams["t7"], other, *year, left_on=TODAY)  # leaves today
    let(hub.db, hub.teams["t3"], other, date(2026, 6, 1), date(2027, 5, 31))  # two spaces
    let(hub.db, hub.teams["coop"], hub.spaces["3F-301"], date(2026, 1, 1), date(2026, 12, 31))


def let(
    db: Database,
    team_id: int,
    space_id: int,
    start: date,
    end: date,
    *,
    left_on: date | None = None,
    cancelled: bool = False,
) -> int:
    """A tenancy as a row (the search reads rows; the letting rules are tested elsewhere)."""
    status = TenancyStatus.ACTIVE
    if cancelled or left_on:
        status = TenancyStatus.CANCELLED if cancelled else TenancyStatus.ENDED
    with db.write("system") as session:
        tenancy = Tenancy(
            team_id=team_id,
            space_id=space_id,
            seats=1,
            start_date=start,
            end_date=end,
            status=status,
            ended_early_on=left_on,
        )
        session.add(tenancy)
        session.flush()
        return tenancy.id


def expected_teams(db: Database, today: date) -> list[Expected]:
    """Every team and its spaces today, read with plain SQL and sorted out in Python."""
    with db.read() as session:
        teams = session.execute(
            text("SELECT id, name, kind, status, brn, representative FROM teams")
        ).all()
        tenancies = session.execute(
            text(
                "SELECT t.team_id, s.code, t.start_date, t.end_date, t.ended_early_on, t.status"
                " FROM tenancies t JOIN spaces s ON s.id = t.space_id"
            )
        ).all()
    codes: dict[int, list[str]] = {}
    for team_id, code, start, end, early, status in tenancies:
        last = date.fromisoformat(early or end)
        if status != "cancelled" and date.fromisoformat(start) <= today <= last:
            codes.setdefault(team_id, []).append(code)
    return [
        Expected(i, n, TeamKind(k), TeamStatus(s), b, r, tuple(sorted(codes.get(i, []))))
        for i, n, k, s, b, r in teams
    ]


def matches(team: Expected, query: TeamQuery) -> bool:
    if query.kind is not None and team.kind != query.kind:
        return False
    if query.status is not None and team.status != query.status:
        return False
    if query.housed is not None and bool(team.codes) != query.housed:
        return False
    words = query.text.split()
    digits = query.text.replace("-", "").replace(" ", "")
    if words and digits.isdigit():
        return digits in (team.brn or "") or query.text.strip() in team.name
    return all(
        word.lower() in team.name.lower() or word.lower() in team.representative.lower()
        for word in words
    )


def sort_value(team: Expected, column: TeamColumn) -> Any:
    values: dict[TeamColumn, Any] = {
        TeamColumn.NAME: team.name,
        TeamColumn.KIND: list(TeamKind).index(team.kind),
        TeamColumn.STATUS: list(TeamStatus).index(team.status),
        TeamColumn.BRN: team.brn,
        TeamColumn.REPRESENTATIVE: team.representative,
        TeamColumn.SPACES: team.codes[0] if team.codes else None,
    }
    return values[column]


def expected_ids(db: Database, query: TeamQuery, today: date = TODAY) -> list[int]:
    found = [team for team in expected_teams(db, today) if matches(team, query)]
    present = [t for t in found if sort_value(t, query.sort) is not None]
    empty = [t for t in found if sort_value(t, query.sort) is None]
    present.sort(key=lambda t: (sort_value(t, query.sort), t.id), reverse=query.descending)
    empty.sort(key=lambda t: t.id, reverse=query.descending)
    return [t.id for t in present + empty]


def all_pages(service: TeamService, query: TeamQuery, size: int) -> Iterator[int]:
    offset = 0
    while page := service.search(query, TODAY, offset, size):
        assert len(page) <= size
        yield from (row.id for row in page)
        offset += size


QUERIES = [
    TeamQuery(),
    TeamQuery(text="돌봄"),
    TeamQuery(text="GREEN"),  # case-insensitive for Latin letters
    TeamQuery(text="돌봄 카페"),  # every word must match
    TeamQuery(text="김"),  # representatives
    TeamQuery(text="100%"),  # LIKE wildcards are taken literally
    TeamQuery(text="a_b"),
    TeamQuery(kind=TeamKind.COOPERATIVE),
    TeamQuery(status=TeamStatus.CLOSED),
    TeamQuery(housed=True),
    TeamQuery(housed=False, sort=TeamColumn.KIND),
    TeamQuery(text="마을", housed=True, status=TeamStatus.OPERATING),
    *[TeamQuery(sort=column) for column in TeamColumn],
    *[TeamQuery(sort=column, descending=True) for column in TeamColumn],
]


@pytest.mark.parametrize("query", QUERIES, ids=repr)
def test_search_agrees_with_plain_sql_and_python(many: Hub, query: TeamQuery) -> None:
    service = TeamViewService(many.db, many.clerk)
    expected = expected_ids(many.db, query)
    assert service.count(query, TODAY) == len(expected)
    assert [row.id for row in service.search(query, TODAY, 0, 1000)] == expected


@pytest.mark.parametrize("size", [1, 7, 200])
def test_pages_join_up_without_gaps_or_repeats(many: Hub, size: int) -> None:
    service = TeamViewService(many.db, many.clerk)
    query = TeamQuery(sort=TeamColumn.STATUS, descending=True)
    assert list(all_pages(service, query, size)) == expected_ids(many.db, query)


def keyset_pages(service: TeamViewService, query: TeamQuery, size: int) -> Iterator[int]:
    """Every page, each asked for as the rows after the last row of the one before."""
    after = None
    while page := service.search(query, TODAY, 0, size, after=after):
        assert len(page) <= size
        yield from (row.id for row in page)
        after = page[-1]


@pytest.mark.parametrize("query", QUERIES, ids=repr)
def test_keyset_pages_follow_the_full_sort_across_ties(many: Hub, query: TeamQuery) -> None:
    service = TeamViewService(many.db, many.clerk)
    assert list(keyset_pages(service, query, 3)) == expected_ids(many.db, query)


def test_business_number_is_found_with_or_without_hyphens(many: Hub) -> None:
    service = TeamViewService(many.db, many.clerk)
    brn = TeamService(many.db, many.clerk).get(many.teams["coop"]).brn
    assert brn is not None
    for typed in (brn, f"{brn[:3]}-{brn[3:5]}-{brn[5:]}", f" {brn[:3]} {brn[3:5]} {brn[5:]} "):
        rows = service.search(TeamQuery(text=typed), TODAY)
        assert [row.id for row in rows] == [many.teams["coop"]], typed
    partial = service.search(TeamQuery(text=f"{brn[3:5]}-{brn[5:8]}"), TODAY, 0, 1000)
    assert many.teams["coop"] in {row.id for row in partial}


def test_rows_show_todays_spaces_and_plain_values(many: Hub) -> None:
    service = TeamViewService(many.db, many.clerk)
    rows = {row.id: row for row in service.search(TeamQuery(), TODAY, 0, 1000)}
    assert rows[many.teams["t3"]].spaces == "1F-S0, 4F-S1"
    assert rows[many.teams["coop"]].spaces == "3F-301"
    assert rows[many.teams["t1"]].spaces == ""  # last year's tenancy only
    assert rows[many.teams["t4"]].spaces == ""  # left last month
    assert rows[many.teams["t5"]].spaces == ""  # cancelled
    assert rows[many.teams["t7"]].spaces == "1F-S0"  # leaves today: still there
    assert rows[many.teams["t1"]].status == TeamStatus.ARCHIVED
    assert rows[many.teams["t1"]].closed_on == TODAY
    # On a day in 2024 the old tenancy houses it.
    old = service.search(TeamQuery(housed=True), date(2024, 6, 1), 0, 1000)
    assert many.teams["t1"] in {row.id for row in old}


def test_search_is_a_handful_of_queries(many: Hub) -> None:
    service = TeamViewService(many.db, many.clerk)
    with counted_statements(many.db) as statements:
        service.search(TeamQuery(housed=True, sort=TeamColumn.SPACES), TODAY, 0, 200)
        service.count(TeamQuery(housed=True), TODAY)
    assert len(statements) <= 4, statements


def _give_history(hub: Hub) -> None:
    team = hub.teams["social"]
    let(hub.db, team, hub.spaces["2F-OD1"], date(2026, 3, 1), date(2027, 2, 28))
    consulting = ConsultingService(hub.db, hub.clerk)
    for day, consultant in ((date(2026, 9, 1), "kang"), (date(2026, 10, 6), "yoon")):
        consulting.schedule(
            SessionDraft(
                team,
                hub.consultants[consultant],
                ConsultingField.STRATEGY
                if consultant == "kang"
                else ConsultingField.ACCOUNTING_TAX,
                day,
                time(10),
                60,
                SessionMode.IN_PERSON,
                "판로 점검",
            )
        )
    grants = GrantService(hub.db, hub.admin)
    agreement = grants.create_agreement(
        AgreementDraft(
            team,
            hub.programs["dev"],
            "홍보물 제작",
            date(2026, 4, 1),
            date(2026, 10, 31),
            5_000_000,
            3_000_000,
            1_000_000,
        )
    )
    grants.advance(agreement.id, AgreementStatus.SIGNED, date(2026, 3, 25))


def test_detail_gathers_the_history_in_few_queries(hub: Hub) -> None:
    _give_history(hub)
    service = TeamViewService(hub.db, hub.clerk)
    with counted_statements(hub.db) as statements:
        detail = service.detail(hub.teams["social"], TODAY)
    assert len(statements) <= 8, statements
    assert detail.team.name == "(주)함께일하는세상"
    assert [t.space_code for t in detail.tenancies] == ["2F-OD1"]
    assert [s.starts_at for s in detail.sessions] == [
        datetime(2026, 10, 6, 10),
        datetime(2026, 9, 1, 10),
    ]
    assert [s.consultant_name for s in detail.sessions] == ["윤세무사", "강교수"]
    assert [(a.purpose, a.grant) for a in detail.agreements] == [("홍보물 제작", 8_000_000)]
    assert [(y.year, y.amount) for y in detail.subsidies][-1] == (2026, 8_000_000)
    assert len(detail.subsidies) == 5


def test_undo_of_add_then_redo_brings_the_same_team_back(hub: Hub) -> None:
    service = TeamService(hub.db, hub.clerk)
    wrong = make_valid_brn("220861234").digits
    wrong = wrong[:9] + str((int(wrong[9]) + 3) % 10)
    added = service.add(
        TeamDraft("시흥동 수리공방", TeamKind.OTHER, "한수리", brn=wrong, employees=3),
        confirm_check_digit=True,
    )
    edited = service.update(
        added.id,
        TeamDraft("시흥동 수리협동조합", TeamKind.COOPERATIVE, "한수리", brn=wrong),
        version=added.version,
        confirm_check_digit=True,
    )
    removed = service.delete(added.id)
    assert removed == edited
    restored = service.restore(removed)
    assert restored == edited  # same id, same values, same version
    # A later undo step that remembers the version still applies.
    back = service.update(
        added.id,
        TeamDraft("시흥동 수리공방", TeamKind.OTHER, "한수리", brn=wrong, employees=3),
        version=edited.version,
        confirm_check_digit=True,
    )
    assert back.name == "시흥동 수리공방" and back.version == edited.version + 1
    with hub.db.read() as session:
        confirmed = session.execute(
            text("SELECT brn_check_confirmed FROM teams WHERE id = :id"), {"id": added.id}
        ).scalar_one()
    assert confirmed


def test_restore_refuses_a_taken_number_or_id(hub: Hub) -> None:
    service = TeamService(hub.db, hub.clerk)
    added = service.add(TeamDraft("독산 협동조합", TeamKind.COOPERATIVE, "오독산"))
    removed = service.delete(added.id)
    coop_brn = service.get(hub.teams["coop"]).brn
    taken_number = type(removed)(**{**_fields(removed), "brn": coop_brn})
    refused(hub.db, DuplicateBusinessNumber, service.restore, taken_number)
    taken_id = type(removed)(**{**_fields(removed), "id": hub.teams["coop"], "brn": None})
    refused(hub.db, RecordChanged, service.restore, taken_id)


def _fields(record: Any) -> dict[str, Any]:
    return {name: getattr(record, name) for name in record.__slots__}


def test_delete_still_refuses_a_team_with_history(hub: Hub) -> None:
    _give_history(hub)
    service = TeamService(hub.db, hub.clerk)
    refused(hub.db, TeamHasRecords, service.delete, hub.teams["social"])


def test_revert_status_undoes_an_archive_of_a_closed_team(hub: Hub) -> None:
    service = TeamService(hub.db, hub.clerk)
    team_id = hub.teams["village"]
    closed = service.close(team_id, date(2026, 6, 30))
    archived = service.close(team_id, TODAY, archive=True)
    assert archived.status == TeamStatus.ARCHIVED
    back = service.revert_status(team_id, closed.status, closed.closed_on)
    assert (back.status, back.closed_on) == (TeamStatus.CLOSED, date(2026, 6, 30))


def test_a_closed_team_can_be_edited_and_stays_closed(hub: Hub) -> None:
    service = TeamService(hub.db, hub.clerk)
    closed = service.close(hub.teams["village"], TODAY)
    before = snapshot(hub.db)
    edited = service.update(
        closed.id,
        TeamDraft("가산마을부엌", TeamKind.VILLAGE_ENTERPRISE, "박민수", status=TeamStatus.CLOSED),
        version=closed.version,
    )
    assert snapshot(hub.db) != before
    assert (edited.status, edited.closed_on) == (TeamStatus.CLOSED, TODAY)
