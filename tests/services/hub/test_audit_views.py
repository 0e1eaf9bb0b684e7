"""The audit page's queries: changes made through the services, read back from the trail."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import text
from support.hub import TODAY, Hub, snapshot
from support.sql import counted_statements

from hubdesk.domain.audit import AuditAction, AuditQuery, ExportQuery, FieldChange
from hubdesk.domain.enums import TeamKind, TeamStatus
from hubdesk.services.hub.audit_views import AuditViewService
from hubdesk.services.people.teams import TeamDraft, TeamService, draft_of
from hubdesk.services.spaces.spaces import SpaceService, TenancyDraft
from hubdesk.storage import Database, chain
from hubdesk.storage.models import ExportLogEntry


@pytest.fixture
def audit(hub: Hub) -> AuditViewService:
    return AuditViewService(hub.db, hub.manager)


def sql_count(db: Database, where: str = "1 = 1", **values: object) -> int:
    with db.read() as session:
        return int(session.scalar(text(f"SELECT count(*) FROM audit_log WHERE {where}"), values))


def edit_team(hub: Hub, key: str, **changes: object) -> None:
    service = TeamService(hub.db, hub.clerk)
    team = service.get(hub.teams[key])
    service.update(team.id, replace(draft_of(team), **changes), version=team.version)


def add_entries(db: Database, *entries: dict[str, object]) -> None:
    """Audit rows at chosen times (the trail stamps real time; date filters need others)."""
    with db.write("system") as session:
        chain.append(session.connection(), "audit_log", list(entries))


def entry(at: datetime, username: str = "kim", record_id: str = "1") -> dict[str, object]:
    return {
        "at": at,
        "username": username,
        "action": "update",
        "table_name": "teams",
        "record_id": record_id,
        "changes": {"employees": [1, 2]},
    }


def test_an_edit_shows_who_and_old_to_new(hub: Hub, audit: AuditViewService) -> None:
    edit_team(hub, "coop", representative="홍길동", employees=7)
    query = AuditQuery(table="teams", record_id=str(hub.teams["coop"]))
    newest = audit.search(query)[0]
    assert newest.action == AuditAction.UPDATE
    assert (newest.username, newest.staff_name) == ("kim", "김담당")
    assert newest.record_label == "금천도시농업협동조합"
    assert set(newest.changes) == {
        FieldChange("representative", "김철용", "홍길동"),
        FieldChange("employees", 0, 7),
    }
    inserted = audit.search(query)[-1]
    assert inserted.action == AuditAction.INSERT
    assert FieldChange("name", None, "금천도시농업협동조합") in inserted.changes
    assert audit.count(query) == sql_count(
        hub.db, "table_name = 'teams' AND record_id = :id", id=str(hub.teams["coop"])
    )


def test_newest_first_and_pages_cover_the_trail_once(hub: Hub, audit: AuditViewService) -> None:
    for employees in range(1, 8):
        edit_team(hub, "social", employees=employees)
    total = audit.count(AuditQuery())
    assert total == sql_count(hub.db)
    pages = [audit.search(AuditQuery(), offset, 5) for offset in range(0, total + 5, 5)]
    rows = [row for page in pages for row in page]
    assert len(rows) == total and len({row.id for row in rows}) == total
    assert [(r.at, r.id) for r in rows] == sorted(((r.at, r.id) for r in rows), reverse=True)
    assert audit.search(AuditQuery(), total, 5) == []


def test_filter_by_staff_member_action_and_table(hub: Hub, audit: AuditViewService) -> None:
    edit_team(hub, "village", phone="02-123-4567")
    TeamService(hub.db, hub.manager).close(hub.teams["startup"], TODAY)
    for username in ("kim", "lee", "system", "nobody"):
        query = AuditQuery(username=username)
        assert audit.count(query) == sql_count(hub.db, "username = :u", u=username)
        assert all(row.username == username for row in audit.search(query))
    closed = audit.search(AuditQuery(username="lee", action=AuditAction.UPDATE))
    assert [row.record_label for row in closed] == ["청년창업팀 온기"]
    assert FieldChange("status", "operating", TeamStatus.CLOSED.value) in closed[0].changes
    for action in AuditAction:
        assert audit.count(AuditQuery(action=action)) == sql_count(
            hub.db, "action = :a", a=action.value
        )
    spaces = audit.search(AuditQuery(table="spaces"))
    assert {row.record_label for row in spaces} == {
        "3F-301 · 301호",
        "2F-OD1 · 오픈데스크 A",
        "2F-MR1 · 회의실 1",
    }


def test_date_range_includes_both_days(hub: Hub, audit: AuditViewService) -> None:
    day = date(2026, 3, 10)
    add_entries(
        hub.db,
        entry(datetime(2026, 3, 9, 23, 59, 59), record_id="901"),
        entry(datetime(2026, 3, 10, 0, 0), record_id="902"),
        entry(datetime(2026, 3, 11, 23, 59, 59), record_id="903"),
        entry(datetime(2026, 3, 12, 0, 0), record_id="904"),
    )
    query = AuditQuery(start=day, end=day + timedelta(days=1))
    assert [row.record_id for row in audit.search(query)] == ["903", "902"]
    assert audit.count(query) == sql_count(hub.db, "date(at) BETWEEN '2026-03-10' AND '2026-03-11'")
    assert audit.count(AuditQuery(end=day)) == sql_count(hub.db, "date(at) <= '2026-03-10'") == 2
    since = AuditQuery(start=day)
    assert audit.count(since) == sql_count(hub.db, "date(at) >= '2026-03-10'")


def test_search_finds_values_record_ids_and_record_names(hub: Hub, audit: AuditViewService) -> None:
    edit_team(hub, "coop", representative="홍길동")
    TeamService(hub.db, hub.manager).close(hub.teams["coop"], TODAY)
    found = audit.search(AuditQuery(text="홍길"))
    assert [(r.table_name, r.record_id) for r in found] == [("teams", str(hub.teams["coop"]))]
    # The team's name finds its close, whose changes do not hold the name.
    named = audit.search(AuditQuery(text="도시농업", table="teams"))
    assert [row.action for row in named] == [
        AuditAction.UPDATE,
        AuditAction.UPDATE,
        AuditAction.INSERT,
    ]
    assert audit.count(AuditQuery(text="3F-301")) >= 1
    assert audit.count(AuditQuery(text="100%")) == 0  # % and _ are plain characters
    assert audit.count(AuditQuery(text="   ")) == audit.count(AuditQuery())


def test_tenancy_labels_name_team_and_space(hub: Hub, audit: AuditViewService) -> None:
    spaces = SpaceService(hub.db, hub.clerk)
    spaces.allocate(TenancyDraft(hub.teams["social"], hub.spaces["3F-301"], 2, date(2026, 12, 1)))
    rows = audit.search(AuditQuery(table="tenancies"))
    assert [row.record_label for row in rows] == ["(주)함께일하는세상 · 3F-301"]
    team = hub.teams["social"]
    assert audit.count(AuditQuery(text="함께일하는")) == sql_count(
        hub.db,
        "(table_name = 'teams' AND record_id = :id) OR (table_name = 'tenancies'"
        " AND record_id IN (SELECT CAST(id AS TEXT) FROM tenancies WHERE team_id = :team))",
        id=str(team),
        team=team,
    )


def test_a_deleted_record_keeps_its_name(hub: Hub, audit: AuditViewService) -> None:
    service = TeamService(hub.db, hub.clerk)
    team = service.add(TeamDraft("잠깐팀", TeamKind.OTHER, "김잠깐"))
    service.delete(team.id)
    rows = audit.search(AuditQuery(table="teams", record_id=str(team.id)))
    assert [(row.action, row.record_label) for row in rows] == [
        (AuditAction.DELETE, "잠깐팀"),
        (AuditAction.INSERT, "잠깐팀"),
    ]
    assert FieldChange("name", "잠깐팀", None) in rows[0].changes


def test_names_are_looked_up_per_table_not_per_row(hub: Hub, audit: AuditViewService) -> None:
    for employees in range(1, 30):
        edit_team(hub, "coop", employees=employees)
    with counted_statements(hub.db) as statements:
        rows = audit.search(AuditQuery(), 0, 200)
    tables = {row.table_name for row in rows}
    assert len(rows) > 40
    assert len(statements) <= 2 + len(tables)  # page, staff names, one per labelled table


def test_bulk_rows_carry_their_summary(hub: Hub, audit: AuditViewService) -> None:
    add_entries(
        hub.db,
        {
            "at": datetime(2026, 1, 2, 9, 0),
            "username": "demo",
            "action": "insert",
            "table_name": "teams",
            "record_id": "*",
            "changes": {"rows": 148, "seed": 2026},
        },
    )
    row = audit.search(AuditQuery(username="demo"))[0]
    assert row.bulk and row.staff_name == "demo" and row.record_label == ""
    assert row.changes == (
        FieldChange("rows", None, 148, paired=False),
        FieldChange("seed", None, 2026, paired=False),
    )
    assert [s.username for s in audit.staff()][-1] == "demo"


def test_staff_and_tables(hub: Hub, audit: AuditViewService) -> None:
    staff = audit.staff()
    assert {(s.username, s.display_name) for s in staff} >= {
        ("kim", "김담당"),
        ("lee", "이팀장"),
        ("park", "박센터장"),
    }
    assert "teams" in audit.tables() and "audit_log" not in audit.tables()


def log_export(db: Database, username: str, at: datetime, *, masked: bool = True) -> None:
    with db.write(username) as session:
        session.add(
            ExportLogEntry(
                at=at,
                username=username,
                kind="consultation_log_xlsx",
                target=f"C:/exports/{username}-{at:%m%d}.xlsx",
                parameters={"quarter": "2026-Q3", "rows": 12},
                masked=masked,
                reason="" if masked else "구청 제출",
                row_count=12,
            )
        )


def test_export_log_filters_by_day_and_staff(hub: Hub, audit: AuditViewService) -> None:
    log_export(hub.db, "kim", datetime(2026, 11, 1, 10, 0))
    log_export(hub.db, "lee", datetime(2026, 11, 2, 11, 0), masked=False)
    log_export(hub.db, "kim", datetime(2026, 11, 3, 12, 0))
    rows = audit.exports(ExportQuery())
    assert [(r.username, r.at.day) for r in rows] == [("kim", 3), ("lee", 2), ("kim", 1)]
    unmasked = rows[1]
    assert (unmasked.staff_name, unmasked.masked, unmasked.reason) == ("이팀장", False, "구청 제출")
    assert unmasked.parameters == (("quarter", "2026-Q3"), ("rows", "12"))
    assert unmasked.row_count == 12 and unmasked.target.endswith(".xlsx")
    assert audit.export_count(ExportQuery(username="kim")) == 2
    day = ExportQuery(start=date(2026, 11, 2), end=date(2026, 11, 2))
    assert [r.username for r in audit.exports(day)] == ["lee"]
    assert audit.export_count(ExportQuery(start=date(2026, 11, 2))) == 2
    assert [r.at.day for r in audit.exports(ExportQuery(), 1, 1)] == [2]


def test_reading_changes_nothing(hub: Hub, audit: AuditViewService) -> None:
    before = snapshot(hub.db)
    audit.search(AuditQuery(text="김"))
    audit.count(AuditQuery(username="kim"))
    audit.exports(ExportQuery())
    audit.staff()
    assert snapshot(hub.db) == before


def test_an_empty_trail(db: Database) -> None:
    from hubdesk.services.people.staff import system_actor

    actor = system_actor(db)  # adding the account is itself the first change
    audit = AuditViewService(db, actor)
    assert audit.count(AuditQuery(username="kim")) == 0
    assert audit.search(AuditQuery(username="kim")) == []
    assert audit.exports(ExportQuery()) == [] and audit.export_count(ExportQuery()) == 0
    assert audit.count(AuditQuery()) == sql_count(db) == 1


def test_a_staff_member_in_a_change_is_named_not_numbered(hub: Hub) -> None:
    """The trail showed "승인자: 1" — the approver's id — instead of the approver."""
    from support.grants import signed_dev_agreement

    from hubdesk.services.grants.disbursements import DisbursementService

    agreement = signed_dev_agreement(hub)
    clerk = DisbursementService(hub.db, hub.clerk)
    planned = clerk.plan(agreement.id, 1_000_000, date(2026, 4, 10))
    clerk.request(planned.id)
    DisbursementService(hub.db, hub.manager).approve(planned.id)
    rows = AuditViewService(hub.db, hub.manager).search(AuditQuery(table="disbursements"))
    approved = [c for row in rows for c in row.changes if c.field == "approved_by" and c.new]
    requested = [c for row in rows for c in row.changes if c.field == "requested_by" and c.new]
    assert [c.new for c in approved] == [hub.manager.display_name]
    assert [c.new for c in requested] == [hub.clerk.display_name]
