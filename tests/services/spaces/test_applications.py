"""Applications for space: review, the waiting list, allocation in one transaction."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event, select
from support.hub import Hub, refused, snapshot

import hubdesk.services.spaces.applications as applications_module
from hubdesk.domain.enums import ApplicationStatus, SpaceKind, TenancyStatus
from hubdesk.domain.errors import InvalidTransition, PrivateOfficeTaken, ValidationError
from hubdesk.domain.records import ApplicationRecord
from hubdesk.services.spaces.applications import ApplicationService
from hubdesk.services.spaces.spaces import SpaceService, TenancyDraft
from hubdesk.storage.models import Application, Tenancy

START = date(2026, 12, 1)


def service(hub: Hub) -> ApplicationService:
    return ApplicationService(hub.db, hub.clerk)


def waitlisted(
    hub: Hub, team: str, score: int, submitted_on: date, kind: SpaceKind = SpaceKind.OPEN_DESK
) -> ApplicationRecord:
    apps = service(hub)
    app = apps.submit(hub.teams[team], kind, 2, submitted_on)
    return apps.review(app.id, score, ApplicationStatus.WAITLISTED, date(2026, 11, 20))


def tenancies(hub: Hub) -> list[tuple[int, int, date]]:
    with hub.db.read() as session:
        return [
            (t.team_id, t.space_id, t.start_date)
            for t in session.scalars(select(Tenancy).order_by(Tenancy.id))
        ]


def test_submit_an_application(hub: Hub) -> None:
    app = service(hub).submit(
        hub.teams["startup"], SpaceKind.OPEN_DESK, 2, date(2026, 11, 2), "2인 좌석 희망"
    )
    assert app.status == ApplicationStatus.SUBMITTED
    assert (app.team_name, app.seats, app.submitted_on) == ("청년창업팀 온기", 2, date(2026, 11, 2))
    assert app.review_score is None and app.tenancy_id is None


@pytest.mark.parametrize("seats", [0, -1])
def test_an_application_needs_a_seat(hub: Hub, seats: int) -> None:
    apps = service(hub)
    refused(
        hub.db, ValidationError, apps.submit, hub.teams["coop"], SpaceKind.OPEN_DESK, seats, START
    )


def test_review_records_score_and_decision(hub: Hub) -> None:
    apps = service(hub)
    app = apps.submit(hub.teams["coop"], SpaceKind.PRIVATE_OFFICE, 3, date(2026, 11, 2))
    reviewed = apps.review(app.id, 85, ApplicationStatus.SELECTED, date(2026, 11, 10))
    assert (reviewed.status, reviewed.review_score) == (ApplicationStatus.SELECTED, 85)
    with hub.db.read() as session:
        assert session.get_one(Application, app.id).reviewed_on == date(2026, 11, 10)


@pytest.mark.parametrize("score", [101, -1])
def test_score_outside_0_to_100_is_refused(hub: Hub, score: int) -> None:
    apps = service(hub)
    app = apps.submit(hub.teams["coop"], SpaceKind.OPEN_DESK, 1, date(2026, 11, 2))
    refused(hub.db, ValidationError, apps.review, app.id, score, ApplicationStatus.SELECTED, START)


def test_a_review_decides_select_waitlist_or_reject_only(hub: Hub) -> None:
    apps = service(hub)
    app = apps.submit(hub.teams["coop"], SpaceKind.OPEN_DESK, 1, date(2026, 11, 2))
    refused(hub.db, ValidationError, apps.review, app.id, 80, ApplicationStatus.ALLOCATED, START)


def test_waiting_list_by_score_then_date(hub: Hub) -> None:
    late_70 = waitlisted(hub, "coop", 70, date(2026, 10, 20))
    best = waitlisted(hub, "social", 90, date(2026, 10, 25))
    early_70 = waitlisted(hub, "village", 70, date(2026, 10, 1))
    office = waitlisted(hub, "startup", 95, date(2026, 10, 2), SpaceKind.PRIVATE_OFFICE)
    apps = service(hub)
    rejected = apps.submit(hub.teams["startup"], SpaceKind.OPEN_DESK, 1, date(2026, 9, 1))
    apps.review(rejected.id, 99, ApplicationStatus.REJECTED, START)

    assert [a.id for a in apps.waiting_list()] == [office.id, best.id, early_70.id, late_70.id]
    desk_list = apps.waiting_list(SpaceKind.OPEN_DESK)
    assert [a.id for a in desk_list] == [best.id, early_70.id, late_70.id]


def test_allocate_from_the_waiting_list(hub: Hub) -> None:
    app = waitlisted(hub, "coop", 80, date(2026, 10, 20))
    apps = service(hub)
    tenancy = apps.allocate(app.id, hub.spaces["2F-OD1"], START)
    assert (tenancy.team_id, tenancy.seats, tenancy.status) == (
        hub.teams["coop"],
        2,
        TenancyStatus.ACTIVE,
    )
    assert (tenancy.start_date, tenancy.end_date) == (START, date(2027, 11, 30))
    assert apps.waiting_list() == []
    with hub.db.read() as session:
        row = session.get_one(Application, app.id)
        assert (row.status, row.tenancy_id) == (ApplicationStatus.ALLOCATED, tenancy.id)
    assert len(SpaceService(hub.db, hub.clerk).checklist(tenancy.id)) == 3


@pytest.fixture
def commits(hub: Hub) -> Iterator[list[object]]:
    """Every COMMIT the database engine sends while the test runs."""
    seen: list[object] = []

    def count(connection: Any) -> None:
        seen.append(connection)

    event.listen(hub.db.engine, "commit", count)
    yield seen
    event.remove(hub.db.engine, "commit", count)


def test_allocation_commits_tenancy_and_application_together(
    hub: Hub, commits: list[object]
) -> None:
    app = waitlisted(hub, "coop", 80, date(2026, 10, 20))
    commits.clear()
    service(hub).allocate(app.id, hub.spaces["2F-OD1"], START)
    assert len(commits) == 1


def test_a_failure_after_the_tenancy_rolls_back_both(
    hub: Hub, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tenancy is flushed before the application is marked: one rollback undoes both."""
    app = waitlisted(hub, "coop", 80, date(2026, 10, 20))

    def broken(*_args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(applications_module, "tenancy_record", broken)
    before = snapshot(hub.db)
    with pytest.raises(RuntimeError):
        service(hub).allocate(app.id, hub.spaces["2F-OD1"], START)
    assert snapshot(hub.db) == before


def test_allocating_into_a_taken_private_office_is_refused(hub: Hub) -> None:
    office = hub.spaces["3F-301"]
    SpaceService(hub.db, hub.admin).allocate(
        TenancyDraft(hub.teams["social"], office, 2, date(2026, 3, 1))
    )
    app = waitlisted(hub, "coop", 90, date(2026, 10, 20), SpaceKind.PRIVATE_OFFICE)
    held = tenancies(hub)

    error = refused(hub.db, PrivateOfficeTaken, service(hub).allocate, app.id, office, START)
    assert error.values["space_code"] == "3F-301"
    assert "(주)함께일하는세상" in error.values["clashes"]
    assert tenancies(hub) == held
    still = service(hub).waiting_list()
    assert [(a.id, a.status, a.tenancy_id) for a in still] == [
        (app.id, ApplicationStatus.WAITLISTED, None)
    ]
    # Once the office is free again the same application can move in.
    later = service(hub).allocate(app.id, office, date(2027, 3, 1))
    assert later.space_code == "3F-301"


def test_a_rejected_application_cannot_be_allocated(hub: Hub) -> None:
    apps = service(hub)
    app = apps.submit(hub.teams["coop"], SpaceKind.OPEN_DESK, 1, date(2026, 11, 2))
    apps.review(app.id, 30, ApplicationStatus.REJECTED, date(2026, 11, 10))
    error = refused(hub.db, InvalidTransition, apps.allocate, app.id, hub.spaces["2F-OD1"], START)
    assert error.values["current"] == ApplicationStatus.REJECTED


def test_an_unreviewed_application_cannot_be_allocated(hub: Hub) -> None:
    apps = service(hub)
    app = apps.submit(hub.teams["coop"], SpaceKind.OPEN_DESK, 1, date(2026, 11, 2))
    refused(hub.db, InvalidTransition, apps.allocate, app.id, hub.spaces["2F-OD1"], START)


def test_an_allocated_application_is_not_allocated_or_reviewed_again(hub: Hub) -> None:
    app = waitlisted(hub, "coop", 80, date(2026, 10, 20))
    apps = service(hub)
    apps.allocate(app.id, hub.spaces["2F-OD1"], START)
    refused(
        hub.db, InvalidTransition, apps.allocate, app.id, hub.spaces["2F-OD1"], date(2027, 12, 1)
    )
    refused(hub.db, InvalidTransition, apps.review, app.id, 10, ApplicationStatus.REJECTED, START)
