"""Team rules: business numbers, never deleting a team with a history, subsidy flags."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from sqlalchemy import select, text
from support.grants import large_2025_draft
from support.hub import TODAY, Hub, refused, snapshot

from hubdesk.domain.brn import make_valid_brn
from hubdesk.domain.enums import AgreementStatus, TeamKind, TeamStatus
from hubdesk.domain.errors import (
    BusinessNumberChecksum,
    DuplicateBusinessNumber,
    InvalidBusinessNumber,
    InvalidTransition,
    RecordChanged,
    ResidentNumberNotAllowed,
    TeamHasRecords,
    ValidationError,
)
from hubdesk.services.grants.agreements import GrantService
from hubdesk.services.hub.team_views import TeamViewService
from hubdesk.services.people.teams import TeamDraft, TeamService
from hubdesk.services.spaces.spaces import SpaceService, TenancyDraft
from hubdesk.storage.models import AuditEntry, Team


def draft(**changes: object) -> TeamDraft:
    values: dict[str, object] = {
        "name": "독산동 돌봄협동조합",
        "kind": TeamKind.COOPERATIVE,
        "representative": "정수민",
    }
    values.update(changes)
    return TeamDraft(**values)  # type: ignore[arg-type]


def test_add_team_stores_digits_and_writes_the_audit_trail(hub: Hub) -> None:
    team = TeamService(hub.db, hub.clerk).add(draft(brn=make_valid_brn("123863456").formatted))
    assert team.brn == make_valid_brn("123863456").digits
    with hub.db.read() as session:
        entry = session.scalars(
            select(AuditEntry).where(
                AuditEntry.table_name == "teams", AuditEntry.record_id == str(team.id)
            )
        ).one()
    assert entry.username == "kim"
    assert entry.action == "insert"
    assert entry.changes["name"] == [None, "독산동 돌봄협동조합"]


@pytest.mark.parametrize("brn", ["123-45-6789", "12345678901", "123-45-6789O", "abc"])
def test_business_number_must_have_ten_digits(hub: Hub, brn: str) -> None:
    service = TeamService(hub.db, hub.clerk)
    refused(hub.db, InvalidBusinessNumber, service.add, draft(brn=brn))


def test_wrong_check_digit_needs_confirmation(hub: Hub) -> None:
    valid = make_valid_brn("123863456").digits
    wrong = valid[:9] + str((int(valid[9]) + 1) % 10)
    service = TeamService(hub.db, hub.clerk)
    error = refused(hub.db, BusinessNumberChecksum, service.add, draft(brn=wrong))
    assert error.values["expected"] == int(valid[9])
    confirmed = service.add(draft(brn=wrong), confirm_check_digit=True)
    assert confirmed.brn == wrong


def test_business_number_is_unique(hub: Hub) -> None:
    service = TeamService(hub.db, hub.clerk)
    taken = service.get(hub.teams["coop"]).brn
    assert taken is not None
    error = refused(hub.db, DuplicateBusinessNumber, service.add, draft(brn=taken))
    assert error.values["team_name"] == "금천도시농업협동조합"


def test_resident_numbers_are_never_stored(hub: Hub) -> None:
    service = TeamService(hub.db, hub.clerk)
    refused(
        hub.db,
        ResidentNumberNotAllowed,
        service.add,
        draft(description="대표 주민번호 900101-1234567"),
    )


def test_empty_name_is_refused(hub: Hub) -> None:
    refused(hub.db, ValidationError, TeamService(hub.db, hub.clerk).add, draft(name="  "))


def test_team_with_a_tenancy_is_never_deleted(hub: Hub) -> None:
    team_id = hub.teams["coop"]
    SpaceService(hub.db, hub.clerk).allocate(
        TenancyDraft(team_id, hub.spaces["2F-OD1"], 2, date(2026, 3, 1))
    )
    service = TeamService(hub.db, hub.clerk)
    error = refused(hub.db, TeamHasRecords, service.delete, team_id)
    assert error.values["tenancies"] == 1
    closed = service.close(team_id, TODAY)
    assert closed.status == TeamStatus.CLOSED and closed.closed_on == TODAY


def test_team_with_a_public_purchase_is_never_deleted(hub: Hub) -> None:
    from hubdesk.domain.enums import PurchaseCategory
    from hubdesk.services.goals.procurement import ProcurementService, PurchaseDraft

    team_id = hub.teams["social"]
    ProcurementService(hub.db, hub.clerk).add_purchase(
        PurchaseDraft(
            date(2026, 5, 6), "총무과", "", None, PurchaseCategory.GOODS, 120_000, "", team_id
        )
    )
    error = refused(hub.db, TeamHasRecords, TeamService(hub.db, hub.clerk).delete, team_id)
    assert error.values["purchases"] == 1 and error.values["tenancies"] == 0


def test_a_closed_team_can_be_reopened(hub: Hub) -> None:
    service = TeamService(hub.db, hub.clerk)
    service.close(hub.teams["village"], TODAY, archive=True)
    refused(hub.db, InvalidTransition, service.close, hub.teams["village"], TODAY, archive=True)
    reopened = service.reopen(hub.teams["village"])
    assert (reopened.status, reopened.closed_on) == (TeamStatus.OPERATING, None)


def test_team_without_history_can_be_deleted(hub: Hub) -> None:
    service = TeamService(hub.db, hub.clerk)
    team = service.add(draft())
    service.delete(team.id)
    with hub.db.read() as session:
        assert session.get(Team, team.id) is None


def test_edit_of_a_stale_version_is_refused(hub: Hub) -> None:
    service = TeamService(hub.db, hub.clerk)
    team = service.get(hub.teams["village"])
    service.update(team.id, draft(name="가산마을부엌 협동조합"), version=team.version)
    before = snapshot(hub.db)
    with pytest.raises(RecordChanged):
        service.update(team.id, draft(name="덮어쓰기"), version=team.version)
    assert snapshot(hub.db) == before


def test_subsidy_history_covers_five_years(hub: Hub) -> None:
    history = TeamViewService(hub.db, hub.clerk).subsidy_history(hub.teams["coop"], TODAY)
    assert [year.year for year in history] == [2022, 2023, 2024, 2025, 2026]
    assert all(year.amount == 0 and not year.needs_external_verification for year in history)


def test_subsidy_of_three_hundred_million_in_a_year_is_flagged(hub: Hub) -> None:
    agreement = large_2025_draft(hub)
    grants = GrantService(hub.db, hub.admin)
    views = TeamViewService(hub.db, hub.clerk)
    draft_only = {y.year: y for y in views.subsidy_history(hub.teams["social"], TODAY)}
    assert draft_only[2025].amount == 0  # a draft is no subsidy yet
    grants.advance(agreement.id, AgreementStatus.SIGNED, date(2025, 2, 20))
    years = {y.year: y for y in views.subsidy_history(hub.teams["social"], TODAY)}
    assert years[2025].amount == 300_000_000
    assert years[2025].needs_external_verification
    assert not years[2025].needs_audit_report
    assert not years[2026].needs_external_verification


def test_counts_group_teams_by_kind_and_status(hub: Hub) -> None:
    service = TeamService(hub.db, hub.clerk)
    counts = service.counts()
    with hub.db.read() as session:
        rows = session.execute(text("SELECT kind, status FROM teams")).all()
    expected = Counter((TeamKind(k), TeamStatus(s)) for k, s in rows)
    assert counts == dict(expected)
    assert sum(counts.values()) == len(rows) > 0
