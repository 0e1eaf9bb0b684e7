"""Reverse steps of tenancy edits (undo/redo): each restores the record or refuses unchanged."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from support.hub import Hub, refused, snapshot

from hubdesk.domain.enums import ChecklistKind, TeamKind, TenancyStatus
from hubdesk.domain.errors import (
    InvalidTransition,
    NotFound,
    PrivateOfficeTaken,
    RecordChanged,
    SeatsExceeded,
    ValidationError,
)
from hubdesk.services.people.teams import TeamDraft, TeamService
from hubdesk.services.spaces.spaces import SpaceService, TenancyDraft
from hubdesk.storage.models import AuditEntry, TenancyRenewal

START = date(2026, 3, 1)


@pytest.fixture
def spaces(hub: Hub) -> SpaceService:
    return SpaceService(hub.db, hub.clerk)


def audit_since(hub: Hub, after: int) -> list[tuple[str, str, str, dict[str, object]]]:
    """Audit rows written after row ``after``: who, what, which table, old → new."""
    query = select(AuditEntry).where(AuditEntry.id > after).order_by(AuditEntry.id)
    with hub.db.read() as session:
        return [(a.username, a.action, a.table_name, a.changes) for a in session.scalars(query)]


def last_audit_id(hub: Hub) -> int:
    with hub.db.read() as session:
        return max(session.scalars(select(AuditEntry.id)), default=0)


def test_a_draft_carries_deposit_fee_and_notes(hub: Hub, spaces: SpaceService) -> None:
    draft = TenancyDraft(
        hub.teams["coop"], hub.spaces["3F-301"], 4, START, deposit=1_000_000, notes="열쇠 2개"
    )
    tenancy = spaces.allocate(draft)
    assert (tenancy.start_date, tenancy.end_date) == (START, date(2027, 2, 28))
    (inserted,) = [row for row in audit_since(hub, 0) if row[2] == "tenancies"]
    changes = inserted[3]
    assert changes["deposit"] == [None, 1_000_000]
    assert changes["monthly_fee"] == [None, 300_000]  # the space's fee by default
    assert changes["notes"] == [None, "열쇠 2개"]


def test_cancel_undoes_an_allocation_and_keeps_the_record(hub: Hub, spaces: SpaceService) -> None:
    desk = hub.spaces["2F-OD1"]
    tenancy = spaces.allocate(TenancyDraft(hub.teams["coop"], desk, 6, START))
    mark = last_audit_id(hub)
    cancelled = spaces.cancel_tenancy(tenancy.id)
    assert cancelled.status == TenancyStatus.CANCELLED
    assert spaces.tenancy(tenancy.id).status == TenancyStatus.CANCELLED
    assert spaces.occupancy(date(2026, 5, 1)).seats_taken == 0
    assert audit_since(hub, mark) == [
        ("kim", "update", "tenancies", {"status": ["active", "cancelled"]})
    ]
    # The seats are free again for someone else.
    spaces.allocate(TenancyDraft(hub.teams["social"], desk, 6, START))


def test_reinstate_redoes_the_allocation_with_the_same_id(hub: Hub, spaces: SpaceService) -> None:
    tenancy = spaces.allocate(TenancyDraft(hub.teams["coop"], hub.spaces["3F-301"], 4, START))
    spaces.cancel_tenancy(tenancy.id)
    again = spaces.reinstate_tenancy(tenancy.id)
    assert (again.id, again.status) == (tenancy.id, TenancyStatus.ACTIVE)
    assert len(spaces.checklist(tenancy.id)) == 3  # the move-in list was kept, not doubled


def test_reinstate_checks_the_rules_again(hub: Hub, spaces: SpaceService) -> None:
    office = hub.spaces["3F-301"]
    tenancy = spaces.allocate(TenancyDraft(hub.teams["coop"], office, 4, START))
    spaces.cancel_tenancy(tenancy.id)
    spaces.allocate(TenancyDraft(hub.teams["social"], office, 4, date(2026, 6, 1)))
    refused(hub.db, PrivateOfficeTaken, spaces.reinstate_tenancy, tenancy.id)


def test_reinstate_refuses_a_team_closed_meanwhile(hub: Hub, spaces: SpaceService) -> None:
    tenancy = spaces.allocate(TenancyDraft(hub.teams["village"], hub.spaces["2F-OD1"], 1, START))
    spaces.cancel_tenancy(tenancy.id)
    TeamService(hub.db, hub.clerk).close(hub.teams["village"], date(2026, 4, 1))
    refused(hub.db, ValidationError, spaces.reinstate_tenancy, tenancy.id)


def test_reinstate_only_a_cancelled_tenancy(hub: Hub, spaces: SpaceService) -> None:
    tenancy = spaces.allocate(TenancyDraft(hub.teams["coop"], hub.spaces["2F-OD1"], 1, START))
    refused(hub.db, InvalidTransition, spaces.reinstate_tenancy, tenancy.id)


def test_cancel_refuses_once_something_happened(hub: Hub, spaces: SpaceService) -> None:
    draft = TenancyDraft(hub.teams["coop"], hub.spaces["2F-OD1"], 1, START)
    ticked = spaces.allocate(draft)
    spaces.tick(spaces.checklist(ticked.id)[0].id, START)
    refused(hub.db, RecordChanged, spaces.cancel_tenancy, ticked.id)

    renewed = spaces.allocate(TenancyDraft(hub.teams["social"], hub.spaces["2F-OD1"], 1, START))
    spaces.renew(renewed.id, date(2027, 1, 15))
    refused(hub.db, RecordChanged, spaces.cancel_tenancy, renewed.id)

    ended = spaces.allocate(TenancyDraft(hub.teams["village"], hub.spaces["2F-OD1"], 1, START))
    spaces.move_out(ended.id, date(2026, 9, 30))
    refused(hub.db, InvalidTransition, spaces.cancel_tenancy, ended.id)
    refused(hub.db, NotFound, spaces.cancel_tenancy, 999)


def test_undo_renewal_restores_the_previous_end(hub: Hub, spaces: SpaceService) -> None:
    tenancy = spaces.allocate(TenancyDraft(hub.teams["coop"], hub.spaces["3F-301"], 4, START))
    renewed = spaces.renew(tenancy.id, date(2027, 1, 20), review_note="연간 심사 통과")
    assert (renewed.end_date, renewed.renewals) == (date(2028, 2, 29), 1)
    undone = spaces.undo_renewal(tenancy.id, expected_end=renewed.end_date)
    assert (undone.end_date, undone.renewals) == (date(2027, 2, 28), 0)
    with hub.db.read() as session:
        assert list(session.scalars(select(TenancyRenewal))) == []


def test_undo_renewal_removes_only_the_latest(hub: Hub, spaces: SpaceService) -> None:
    tenancy = spaces.allocate(TenancyDraft(hub.teams["coop"], hub.spaces["3F-301"], 4, START))
    spaces.renew(tenancy.id, date(2027, 1, 20))
    second = spaces.renew(tenancy.id, date(2028, 1, 20))
    undone = spaces.undo_renewal(tenancy.id)
    assert (undone.end_date, undone.renewals) == (date(2028, 2, 29), 1)
    # Undo of the first renewal, expecting the end it set, is refused now.
    refused(hub.db, RecordChanged, spaces.undo_renewal, tenancy.id, expected_end=second.end_date)


def test_undo_renewal_refusals(hub: Hub, spaces: SpaceService) -> None:
    tenancy = spaces.allocate(TenancyDraft(hub.teams["coop"], hub.spaces["3F-301"], 4, START))
    refused(hub.db, NotFound, spaces.undo_renewal, tenancy.id)
    renewed = spaces.renew(tenancy.id, date(2027, 1, 20))
    spaces.move_out(tenancy.id, date(2027, 6, 30))
    refused(hub.db, RecordChanged, spaces.undo_renewal, tenancy.id, renewed.end_date)


def test_undo_move_out_makes_the_tenancy_active_again(hub: Hub, spaces: SpaceService) -> None:
    tenancy = spaces.allocate(TenancyDraft(hub.teams["coop"], hub.spaces["3F-301"], 4, START))
    spaces.move_out(tenancy.id, date(2026, 8, 31), "사무실 확장 이전")
    before = snapshot(hub.db)["checklist_items"]
    back = spaces.undo_move_out(tenancy.id)
    assert (back.status, back.ended_early_on, back.last_day) == (
        TenancyStatus.ACTIVE,
        None,
        date(2027, 2, 28),
    )
    kinds = {item.kind for item in spaces.checklist(tenancy.id)}
    assert kinds == {ChecklistKind.MOVE_IN}
    assert len(snapshot(hub.db)["checklist_items"]) == len(before) - 3
    # Redo: the move-out runs again and opens a fresh list.
    again = spaces.move_out(tenancy.id, date(2026, 8, 31), "사무실 확장 이전")
    assert again.status == TenancyStatus.ENDED


def test_undo_move_out_refuses_once_a_box_was_ticked(hub: Hub, spaces: SpaceService) -> None:
    tenancy = spaces.allocate(TenancyDraft(hub.teams["coop"], hub.spaces["3F-301"], 4, START))
    spaces.move_out(tenancy.id, date(2026, 8, 31))
    keys = next(i for i in spaces.checklist(tenancy.id) if i.item_key == "keys_returned")
    spaces.tick(keys.id, date(2026, 8, 31))
    refused(hub.db, RecordChanged, spaces.undo_move_out, tenancy.id)


def test_undo_move_out_refuses_when_the_freed_seats_were_let(
    hub: Hub, spaces: SpaceService
) -> None:
    desk = hub.spaces["2F-OD1"]
    tenancy = spaces.allocate(TenancyDraft(hub.teams["coop"], desk, 4, START))
    spaces.move_out(tenancy.id, date(2026, 6, 30))
    spaces.allocate(TenancyDraft(hub.teams["social"], desk, 4, date(2026, 7, 1)))
    refused(hub.db, SeatsExceeded, spaces.undo_move_out, tenancy.id)


def test_undo_move_out_only_of_an_ended_tenancy(hub: Hub, spaces: SpaceService) -> None:
    tenancy = spaces.allocate(TenancyDraft(hub.teams["coop"], hub.spaces["3F-301"], 4, START))
    refused(hub.db, InvalidTransition, spaces.undo_move_out, tenancy.id)


def test_check_renewal_reports_without_writing(hub: Hub, spaces: SpaceService) -> None:
    from hubdesk.domain.errors import MaxStayExceeded

    tenancy = spaces.allocate(TenancyDraft(hub.teams["coop"], hub.spaces["3F-301"], 4, START))
    spaces.check_renewal(tenancy.id, date(2028, 2, 29))
    error = refused(hub.db, MaxStayExceeded, spaces.check_renewal, tenancy.id, date(2029, 12, 31))
    assert error.values["max_months"] == spaces.stay_limit() == 36


def test_tenant_choices_search_open_teams_in_sql(hub: Hub, spaces: SpaceService) -> None:
    teams = TeamService(hub.db, hub.clerk)
    extra = teams.add(TeamDraft("금천도시농업협동조합", TeamKind.COOPERATIVE, "정다은"))
    teams.close(hub.teams["village"], date(2026, 1, 31))
    assert [c.id for c in spaces.tenant_choices("도시농업")] == sorted(
        [hub.teams["coop"], extra.id]
    )
    assert spaces.tenant_choices("가산마을") == []  # closed
    assert spaces.tenant_choices("%") == []  # a wildcard is a plain character
    by_number = spaces.tenant_choices("119-81-1111")
    assert [c.name for c in by_number] == ["(주)함께일하는세상"]
    assert len(spaces.tenant_choices("", limit=2)) == 2


def test_lettable_spaces_leave_out_meeting_rooms(hub: Hub, spaces: SpaceService) -> None:
    assert [s.code for s in spaces.lettable_spaces()] == ["2F-OD1", "3F-301"]
