"""Reverse steps of application edits (undo/redo), the list by status, the next in line."""

from __future__ import annotations

from datetime import date

import pytest
from support.hub import Hub, refused

from hubdesk.domain.enums import ApplicationStatus, SpaceKind, TenancyStatus
from hubdesk.domain.errors import (
    InvalidTransition,
    PrivateOfficeTaken,
    RecordChanged,
    ValidationError,
)
from hubdesk.domain.records import ApplicationRecord
from hubdesk.services.spaces.applications import ApplicationService
from hubdesk.services.spaces.spaces import SpaceService, TenancyDraft

START = date(2026, 12, 1)
REVIEWED = date(2026, 11, 20)


@pytest.fixture
def apps(hub: Hub) -> ApplicationService:
    return ApplicationService(hub.db, hub.clerk)


def waitlisted(
    hub: Hub,
    team: str,
    score: int,
    seats: int = 2,
    kind: SpaceKind = SpaceKind.OPEN_DESK,
) -> ApplicationRecord:
    apps = ApplicationService(hub.db, hub.clerk)
    app = apps.submit(hub.teams[team], kind, seats, date(2026, 10, 1))
    return apps.review(app.id, score, ApplicationStatus.WAITLISTED, REVIEWED)


def test_withdraw_and_take_it_back(hub: Hub, apps: ApplicationService) -> None:
    app = waitlisted(hub, "coop", 70)
    assert apps.withdraw(app.id).status == ApplicationStatus.WITHDRAWN
    assert apps.waiting_list() == []
    back = apps.unwithdraw(app.id, ApplicationStatus.WAITLISTED)
    assert (back.status, back.review_score) == (ApplicationStatus.WAITLISTED, 70)


def test_withdraw_refusals(hub: Hub, apps: ApplicationService) -> None:
    app = apps.submit(hub.teams["coop"], SpaceKind.OPEN_DESK, 1, date(2026, 11, 2))
    apps.review(app.id, 20, ApplicationStatus.REJECTED, REVIEWED)
    refused(hub.db, InvalidTransition, apps.withdraw, app.id)
    refused(hub.db, InvalidTransition, apps.unwithdraw, app.id, ApplicationStatus.SUBMITTED)
    allocated = waitlisted(hub, "social", 80)
    apps.allocate(allocated.id, hub.spaces["2F-OD1"], START)
    refused(hub.db, InvalidTransition, apps.withdraw, allocated.id)
    withdrawn = waitlisted(hub, "village", 60)
    apps.withdraw(withdrawn.id)
    refused(hub.db, ValidationError, apps.unwithdraw, withdrawn.id, ApplicationStatus.ALLOCATED)


def test_reset_review_puts_back_what_the_review_replaced(
    hub: Hub, apps: ApplicationService
) -> None:
    app = apps.submit(hub.teams["coop"], SpaceKind.OPEN_DESK, 1, date(2026, 11, 2), "2인 희망")
    reviewed = apps.review(app.id, 85, ApplicationStatus.SELECTED, REVIEWED)
    assert (reviewed.reviewed_on, reviewed.note) == (REVIEWED, "2인 희망")
    reset = apps.reset_review(app.id, ApplicationStatus.SUBMITTED, None, None)
    assert (reset.status, reset.review_score, reset.reviewed_on) == (
        ApplicationStatus.SUBMITTED,
        None,
        None,
    )
    # A second review over a first one is undone to the first.
    apps.review(app.id, 60, ApplicationStatus.WAITLISTED, REVIEWED)
    apps.review(app.id, 90, ApplicationStatus.SELECTED, date(2026, 11, 23))
    back = apps.reset_review(app.id, ApplicationStatus.WAITLISTED, 60, REVIEWED)
    assert (back.status, back.review_score, back.reviewed_on) == (
        ApplicationStatus.WAITLISTED,
        60,
        REVIEWED,
    )


def test_reset_review_refusals(hub: Hub, apps: ApplicationService) -> None:
    app = apps.submit(hub.teams["coop"], SpaceKind.OPEN_DESK, 1, date(2026, 11, 2))
    status = ApplicationStatus.SUBMITTED
    refused(hub.db, InvalidTransition, apps.reset_review, app.id, status, None, None)
    apps.review(app.id, 85, ApplicationStatus.SELECTED, REVIEWED)
    refused(hub.db, ValidationError, apps.reset_review, app.id, status, 101, None)
    allocated = ApplicationStatus.ALLOCATED
    refused(hub.db, ValidationError, apps.reset_review, app.id, allocated, None, None)
    apps.allocate(app.id, hub.spaces["2F-OD1"], START)
    refused(hub.db, InvalidTransition, apps.reset_review, app.id, status, None, None)


def test_unallocate_cancels_the_tenancy_and_restores_the_application(
    hub: Hub, apps: ApplicationService
) -> None:
    app = waitlisted(hub, "coop", 80)
    tenancy = apps.allocate(app.id, hub.spaces["2F-OD1"], START)
    back = apps.unallocate(app.id, ApplicationStatus.WAITLISTED)
    assert (back.status, back.tenancy_id) == (ApplicationStatus.WAITLISTED, None)
    spaces = SpaceService(hub.db, hub.clerk)
    assert spaces.tenancy(tenancy.id).status == TenancyStatus.CANCELLED
    assert [a.id for a in apps.waiting_list()] == [app.id]
    # Redo: the same tenancy is active again and the application allocated.
    again = apps.reallocate(app.id, tenancy.id)
    assert (again.id, again.status) == (tenancy.id, TenancyStatus.ACTIVE)
    assert apps.application(app.id).tenancy_id == tenancy.id


def test_a_tenancy_from_an_application_is_undone_through_the_application(
    hub: Hub, apps: ApplicationService
) -> None:
    app = waitlisted(hub, "coop", 80)
    tenancy = apps.allocate(app.id, hub.spaces["2F-OD1"], START)
    spaces = SpaceService(hub.db, hub.clerk)
    refused(hub.db, InvalidTransition, spaces.cancel_tenancy, tenancy.id)


def test_unallocate_refusals(hub: Hub, apps: ApplicationService) -> None:
    app = waitlisted(hub, "coop", 80)
    refused(hub.db, InvalidTransition, apps.unallocate, app.id, ApplicationStatus.WAITLISTED)
    tenancy = apps.allocate(app.id, hub.spaces["2F-OD1"], START)
    refused(hub.db, ValidationError, apps.unallocate, app.id, ApplicationStatus.REJECTED)
    spaces = SpaceService(hub.db, hub.clerk)
    spaces.tick(spaces.checklist(tenancy.id)[0].id, START)
    refused(hub.db, RecordChanged, apps.unallocate, app.id, ApplicationStatus.WAITLISTED)


def test_reallocate_checks_the_rules_again(hub: Hub, apps: ApplicationService) -> None:
    office = hub.spaces["3F-301"]
    app = waitlisted(hub, "coop", 90, kind=SpaceKind.PRIVATE_OFFICE)
    tenancy = apps.allocate(app.id, office, START)
    apps.unallocate(app.id, ApplicationStatus.WAITLISTED)
    SpaceService(hub.db, hub.clerk).allocate(TenancyDraft(hub.teams["social"], office, 2, START))
    refused(hub.db, PrivateOfficeTaken, apps.reallocate, app.id, tenancy.id)
    other = waitlisted(hub, "village", 50)
    refused(hub.db, RecordChanged, apps.reallocate, other.id, tenancy.id)


def test_applications_by_status(hub: Hub, apps: ApplicationService) -> None:
    first = waitlisted(hub, "coop", 70)
    second = apps.submit(hub.teams["social"], SpaceKind.OPEN_DESK, 1, date(2026, 11, 2))
    assert [a.id for a in apps.applications()] == [second.id, first.id]  # the newest first
    submitted = apps.applications(ApplicationStatus.SUBMITTED)
    assert [(a.id, a.team_name) for a in submitted] == [(second.id, "(주)함께일하는세상")]


def test_next_waiting_is_the_best_that_fits(hub: Hub, apps: ApplicationService) -> None:
    desk = hub.spaces["2F-OD1"]  # 6 seats
    SpaceService(hub.db, hub.clerk).allocate(TenancyDraft(hub.teams["startup"], desk, 3, START))
    too_big = waitlisted(hub, "coop", 95, seats=4)
    fits = waitlisted(hub, "social", 80, seats=3)
    waitlisted(hub, "village", 60, seats=1)
    waitlisted(hub, "village", 99, seats=1, kind=SpaceKind.PRIVATE_OFFICE)
    chosen = apps.next_waiting(desk, START)
    assert chosen is not None and chosen.id == fits.id
    # After the other tenancy ends, the best-scored one fits.
    later = apps.next_waiting(desk, date(2028, 1, 1))
    assert later is not None and later.id == too_big.id
    assert apps.next_waiting(hub.spaces["3F-301"], START) is not None
    assert apps.next_waiting(hub.spaces["2F-MR1"], START) is None
