"""Consulting edits and their reverse steps: reschedule, unschedule/restore, reopen,
the MOU and consultants with stale-edit refusal. Every refusal leaves the database as it was."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

import pytest
from sqlalchemy import select
from support.consulting import SESSION_DAY, session_draft
from support.hub import Hub, refused, snapshot

from hubdesk.domain.enums import ConsultingField, SessionStatus
from hubdesk.domain.errors import (
    ConsultantDoubleBooked,
    InvalidTransition,
    OutsideMouPeriod,
    RecordChanged,
    TeamDoubleBooked,
    ValidationError,
)
from hubdesk.services.consulting.consultants import ConsultantDraft, ConsultantService, MouDraft
from hubdesk.services.consulting.sessions import ConsultingService, SessionDraft, draft_of
from hubdesk.services.consulting.views import ConsultingViewService
from hubdesk.storage.models import AuditEntry, ConsultantField, ConsultingSession, Mou

DAY = SESSION_DAY


def service(hub: Hub) -> ConsultingService:
    return ConsultingService(hub.db, hub.clerk)


def consultants(hub: Hub) -> ConsultantService:
    return ConsultantService(hub.db, hub.clerk)


def views(hub: Hub) -> ConsultingViewService:
    return ConsultingViewService(hub.db, hub.clerk)


def draft(hub: Hub, **changes: object) -> SessionDraft:
    return session_draft(hub, **changes)


def stored(hub: Hub, session_id: int) -> tuple[object, ...] | None:
    with hub.db.read() as session:
        row = session.get(ConsultingSession, session_id)
        if row is None:
            return None
        return (row.status, row.starts_at, row.ends_at, row.team_id, row.summary, row.version)


def audit_count(hub: Hub) -> int:
    with hub.db.read() as session:
        return len(session.scalars(select(AuditEntry.id)).all())


def test_reschedule_moves_the_session_and_checks_the_rules(hub: Hub) -> None:
    consulting = service(hub)
    first = consulting.schedule(draft(hub)).session
    other = consulting.schedule(draft(hub, team_id=hub.teams["social"], start=time(14, 0))).session
    version = views(hub).detail(first.id).version
    moved = consulting.reschedule(first.id, draft(hub, start=time(10, 30)), version=version)
    assert (moved.starts_at, moved.ends_at) == (
        datetime(2026, 11, 2, 10, 30),
        datetime(2026, 11, 2, 11, 30),
    )
    assert views(hub).detail(first.id).version == version + 1

    # Onto the other session's slot: the consultant is taken.
    refused(
        hub.db,
        ConsultantDoubleBooked,
        consulting.reschedule,
        first.id,
        draft(hub, start=time(14, 30)),
    )
    # Outside the MOU.
    refused(
        hub.db, OutsideMouPeriod, consulting.reschedule, first.id, draft(hub, day=date(2028, 2, 1))
    )
    # Another team with the same team's other session at that time.
    refused(
        hub.db,
        TeamDoubleBooked,
        consulting.reschedule,
        other.id,
        draft(
            hub,
            consultant_id=hub.consultants["yoon"],
            field=ConsultingField.ACCOUNTING_TAX,
            start=time(11, 0),
        ),
    )


def test_a_stale_reschedule_is_refused(hub: Hub) -> None:
    consulting = service(hub)
    first = consulting.schedule(draft(hub)).session
    read = views(hub).detail(first.id).version
    consulting.reschedule(first.id, draft(hub, start=time(11, 0)), version=read)
    refused(
        hub.db,
        RecordChanged,
        consulting.reschedule,
        first.id,
        draft(hub, start=time(15, 0)),
        version=read,
    )


def test_only_a_scheduled_session_is_rescheduled(hub: Hub) -> None:
    consulting = service(hub)
    first = consulting.schedule(draft(hub)).session
    consulting.complete(first.id, "요약", "", "", 4)
    refused(
        hub.db, InvalidTransition, consulting.reschedule, first.id, draft(hub, start=time(15, 0))
    )


def test_unschedule_deletes_and_restore_brings_it_back_under_its_id(hub: Hub) -> None:
    consulting = service(hub)
    before = snapshot(hub.db)["consulting_sessions"]
    booked = consulting.schedule(draft(hub)).session
    gone = consulting.unschedule(booked.id)
    assert gone == booked and stored(hub, booked.id) is None
    assert snapshot(hub.db)["consulting_sessions"] == before
    again = consulting.restore_session(gone).session
    assert again == booked
    assert stored(hub, booked.id) == (
        SessionStatus.SCHEDULED,
        booked.starts_at,
        booked.ends_at,
        hub.teams["coop"],
        "",
        1,
    )


def test_restore_is_refused_when_the_slot_was_taken_meanwhile(hub: Hub) -> None:
    consulting = service(hub)
    booked = consulting.schedule(draft(hub)).session
    consulting.schedule(draft(hub, start=time(15, 0)))  # SQLite would reuse the last id
    consulting.unschedule(booked.id)
    consulting.schedule(draft(hub, team_id=hub.teams["social"]))
    refused(hub.db, ConsultantDoubleBooked, consulting.restore_session, booked)


def test_restore_is_refused_when_the_id_was_taken_meanwhile(hub: Hub) -> None:
    consulting = service(hub)
    booked = consulting.schedule(draft(hub)).session
    consulting.unschedule(booked.id)
    taken = consulting.schedule(draft(hub, start=time(15, 0))).session
    assert taken.id == booked.id  # SQLite hands out the freed id again
    refused(hub.db, RecordChanged, consulting.restore_session, booked)


def test_unschedule_refuses_a_session_that_moved_on(hub: Hub) -> None:
    consulting = service(hub)
    booked = consulting.schedule(draft(hub)).session
    consulting.mark_no_show(booked.id)
    refused(hub.db, InvalidTransition, consulting.unschedule, booked.id)


@pytest.mark.parametrize("step", ["complete", "cancel", "no_show"])
def test_reopen_undoes_an_outcome(hub: Hub, step: str) -> None:
    consulting = service(hub)
    booked = consulting.schedule(draft(hub)).session
    if step == "complete":
        consulting.complete(booked.id, "요약", "조언", "후속", 5)
    elif step == "cancel":
        consulting.cancel(booked.id, "대표 일정 변경")
    else:
        consulting.mark_no_show(booked.id)
    reopened = consulting.reopen(booked.id)
    assert reopened.status == SessionStatus.SCHEDULED and reopened.satisfaction is None
    detail = views(hub).detail(booked.id)
    assert (detail.summary, detail.advice, detail.follow_up, detail.cancel_reason) == (
        "",
        "",
        "",
        "",
    )


def test_reopen_of_a_cancelled_session_checks_the_slot(hub: Hub) -> None:
    consulting = service(hub)
    booked = consulting.schedule(draft(hub)).session
    consulting.cancel(booked.id, "취소")
    consulting.schedule(draft(hub, team_id=hub.teams["social"], start=time(10, 30)))
    refused(hub.db, ConsultantDoubleBooked, consulting.reopen, booked.id)


def test_reopen_of_a_scheduled_session_is_refused(hub: Hub) -> None:
    consulting = service(hub)
    booked = consulting.schedule(draft(hub)).session
    refused(hub.db, InvalidTransition, consulting.reopen, booked.id)


def test_draft_of_a_record_books_the_same_slot(hub: Hub) -> None:
    original = draft(hub, start=time(9, 30), minutes=90)
    record = service(hub).schedule(original).session
    assert draft_of(record) == original


# --- the MOU ----------------------------------------------------------------------


def mou_id(hub: Hub) -> int:
    with hub.db.read() as session:
        return session.scalars(select(Mou.id)).one()


def test_update_the_mou_period_and_quota(hub: Hub) -> None:
    consulting, editor = service(hub), consultants(hub)
    mou = views(hub).mou(DAY)
    assert mou is not None
    read = MouDraft(mou.partner, mou.title, mou.start_date, mou.end_date, mou.yearly_quota_hours)
    changed = replace(read, end=date(2028, 12, 31), yearly_quota_hours=60)
    saved = editor.update_mou(mou.id, changed, expected=read)
    assert (saved.end_date, saved.yearly_quota_hours) == (date(2028, 12, 31), 60)
    assert consulting.quota_usage(2026).quota_hours == 60
    # The editor's values are now stale.
    refused(hub.db, RecordChanged, editor.update_mou, mou.id, read, expected=read)


def test_the_mou_period_cannot_leave_booked_sessions_outside(hub: Hub) -> None:
    consulting, editor = service(hub), consultants(hub)
    consulting.schedule(draft(hub, day=date(2025, 3, 4)))
    mou = views(hub).mou(DAY)
    assert mou is not None
    shorter = MouDraft(mou.partner, mou.title, date(2025, 6, 1), mou.end_date, 40)
    error = refused(hub.db, OutsideMouPeriod, editor.update_mou, mou.id, shorter)
    assert error.values["on"] == date(2025, 3, 4)
    refused(
        hub.db,
        ValidationError,
        editor.update_mou,
        mou.id,
        replace(shorter, start=mou.start_date, yearly_quota_hours=0),
    )


def test_a_cancelled_session_does_not_hold_the_mou_period(hub: Hub) -> None:
    consulting, editor = service(hub), consultants(hub)
    early = consulting.schedule(draft(hub, day=date(2025, 3, 4))).session
    consulting.cancel(early.id, "취소")
    mou = views(hub).mou(DAY)
    assert mou is not None
    shorter = MouDraft(mou.partner, mou.title, date(2025, 6, 1), mou.end_date, 40)
    assert editor.update_mou(mou.id, shorter).start_date == date(2025, 6, 1)


# --- consultants ---------------------------------------------------------------------


def consultant_fields(hub: Hub, consultant_id: int) -> set[ConsultingField]:
    with hub.db.read() as session:
        query = select(ConsultantField.field).where(ConsultantField.consultant_id == consultant_id)
        return set(session.scalars(query))


def test_update_a_consultant_and_its_fields(hub: Hub) -> None:
    editor = consultants(hub)
    (kang,) = [c for c in views(hub).consultants() if c.id == hub.consultants["kang"]]
    edited = replace(
        kang.draft,
        position="교수",
        fields=(ConsultingField.STRATEGY, ConsultingField.SOCIAL_VALUE),
        phone="010-1234-5678",
        active=False,
    )
    entries = audit_count(hub)
    saved = editor.update_consultant(kang.id, edited, version=kang.version)
    assert saved.draft == edited and saved.version == kang.version + 1
    assert consultant_fields(hub, kang.id) == {
        ConsultingField.STRATEGY,
        ConsultingField.SOCIAL_VALUE,
    }
    assert audit_count(hub) > entries
    assert [c.id for c in views(hub).consultants(active_only=True)] == [hub.consultants["yoon"]]

    # A field-only change moves the version on as well; the old version is then stale.
    only_fields = replace(edited, fields=(ConsultingField.STRATEGY,))
    again = editor.update_consultant(kang.id, only_fields, version=saved.version)
    assert again.version == saved.version + 1
    refused(hub.db, RecordChanged, editor.update_consultant, kang.id, edited, version=saved.version)


def test_a_consultant_needs_a_name_and_a_field(hub: Hub) -> None:
    editor = consultants(hub)
    (kang,) = [c for c in views(hub).consultants() if c.id == hub.consultants["kang"]]
    for bad in (replace(kang.draft, fields=()), replace(kang.draft, name=" ")):
        refused(hub.db, ValidationError, editor.update_consultant, kang.id, bad)


def test_remove_and_restore_a_new_consultant(hub: Hub) -> None:
    editor = consultants(hub)
    before = snapshot(hub.db)["consultants"]
    added = editor.add_consultant("한노무사", "노무법인 한결", [ConsultingField.LABOR_HR])
    gone = editor.remove_consultant(added.id)
    assert snapshot(hub.db)["consultants"] == before
    back = editor.restore_consultant(gone)
    assert back.id == added.id and back.draft == gone.draft
    assert consultant_fields(hub, added.id) == {ConsultingField.LABOR_HR}


def test_a_consultant_with_sessions_is_not_removed(hub: Hub) -> None:
    consulting, editor = service(hub), consultants(hub)
    consulting.schedule(draft(hub))
    refused(hub.db, InvalidTransition, editor.remove_consultant, hub.consultants["kang"])


def test_draft_consultant_defaults() -> None:
    assert ConsultantDraft("a", "b", (ConsultingField.IT,)).active is True
