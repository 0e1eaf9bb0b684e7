"""Consulting rules: no double booking, sessions inside the MOU, the quota warns, idle teams."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from sqlalchemy import select
from support.consulting import SESSION_DAY, session_draft
from support.hub import TODAY, Hub, refused, snapshot

from hubdesk.domain.enums import ConsultingField, SessionStatus
from hubdesk.domain.errors import (
    ConsultantDoubleBooked,
    InvalidTransition,
    OutsideMouPeriod,
    TeamDoubleBooked,
    ValidationError,
)
from hubdesk.services.consulting.sessions import ConsultingService, SessionDraft
from hubdesk.services.spaces.spaces import SpaceService, TenancyDraft
from hubdesk.storage.models import ConsultingSession

DAY = SESSION_DAY  # a Monday inside the MOU (2025-01-01 – 2027-12-31)


def service(hub: Hub) -> ConsultingService:
    return ConsultingService(hub.db, hub.clerk)


def draft(hub: Hub, **changes: object) -> SessionDraft:
    """Kang advises the cooperative on strategy, 10:00–11:00 on ``DAY``."""
    return session_draft(hub, **changes)


def test_schedule_returns_the_session_and_the_quota(hub: Hub) -> None:
    booked = service(hub).schedule(draft(hub))
    record = booked.session
    assert record.status == SessionStatus.SCHEDULED
    assert record.team_name == "금천도시농업협동조합"
    assert record.consultant_name == "강교수"
    assert (record.starts_at.hour, record.ends_at.hour, record.minutes) == (10, 11, 60)
    assert booked.quota_hours == 40
    assert booked.hours_used == 1.0
    assert booked.over_quota is False
    with hub.db.read() as session:
        assert session.get_one(ConsultingSession, record.id).mou_id is not None


def test_consultant_is_never_in_two_sessions_at_once(hub: Hub) -> None:
    first = service(hub).schedule(draft(hub)).session
    other_team = draft(hub, team_id=hub.teams["social"], start=time(10, 30))
    error = refused(hub.db, ConsultantDoubleBooked, service(hub).schedule, other_team)
    assert error.values["clash_id"] == first.id
    assert error.values["consultant"] == "강교수"


def test_team_is_never_in_two_sessions_at_once(hub: Hub) -> None:
    first = service(hub).schedule(draft(hub)).session
    other_consultant = draft(
        hub,
        consultant_id=hub.consultants["yoon"],
        field=ConsultingField.ACCOUNTING_TAX,
        start=time(9, 30),
    )
    error = refused(hub.db, TeamDoubleBooked, service(hub).schedule, other_consultant)
    assert error.values["clash_id"] == first.id


def test_a_session_inside_another_is_a_clash_too(hub: Hub) -> None:
    service(hub).schedule(draft(hub, start=time(9, 0), minutes=180))
    inner = draft(hub, team_id=hub.teams["social"], start=time(10, 0), minutes=30)
    refused(hub.db, ConsultantDoubleBooked, service(hub).schedule, inner)


def test_back_to_back_sessions_are_allowed(hub: Hub) -> None:
    consulting = service(hub)
    consulting.schedule(draft(hub, start=time(10, 0)))
    after = consulting.schedule(draft(hub, start=time(11, 0))).session
    before = consulting.schedule(draft(hub, start=time(9, 0))).session
    assert (after.starts_at.hour, after.ends_at.hour) == (11, 12)
    assert (before.starts_at.hour, before.ends_at.hour) == (9, 10)


def test_a_cancelled_session_frees_the_slot(hub: Hub) -> None:
    consulting = service(hub)
    first = consulting.schedule(draft(hub)).session
    consulting.cancel(first.id, "대표 일정 변경")
    again = consulting.schedule(draft(hub, team_id=hub.teams["social"])).session
    assert again.status == SessionStatus.SCHEDULED


@pytest.mark.parametrize("day", [date(2024, 12, 31), date(2028, 1, 3)])
def test_session_outside_the_mou_period_is_refused(hub: Hub, day: date) -> None:
    error = refused(hub.db, OutsideMouPeriod, service(hub).schedule, draft(hub, day=day))
    assert error.values["on"] == day
    assert (error.values["start"], error.values["end"]) == (date(2025, 1, 1), date(2027, 12, 31))


def test_the_mou_period_includes_its_first_and_last_day(hub: Hub) -> None:
    consulting = service(hub)
    consulting.schedule(draft(hub, day=date(2025, 1, 1)))
    consulting.schedule(draft(hub, day=date(2027, 12, 31)))


def test_a_field_the_consultant_does_not_advise_on_is_refused(hub: Hub) -> None:
    tax_on_strategy = draft(hub, consultant_id=hub.consultants["yoon"])
    error = refused(hub.db, ValidationError, service(hub).schedule, tax_on_strategy)
    assert error.values["field"] == "field"


@pytest.mark.parametrize("minutes", [0, 10, 8 * 60 + 1])
def test_session_length_is_checked(hub: Hub, minutes: int) -> None:
    refused(hub.db, ValidationError, service(hub).schedule, draft(hub, minutes=minutes))


def test_empty_topic_is_refused(hub: Hub) -> None:
    refused(hub.db, ValidationError, service(hub).schedule, draft(hub, topic="  "))


def test_going_over_the_yearly_quota_warns_but_saves(hub: Hub) -> None:
    consulting = service(hub)
    # Five full days of 8 hours use the 40-hour quota exactly: no warning yet.
    for day in range(2, 7):
        booked = consulting.schedule(draft(hub, day=date(2026, 11, day), minutes=8 * 60))
        assert booked.over_quota is False
    assert booked.hours_used == 40.0
    over = consulting.schedule(draft(hub, day=date(2026, 11, 9), start=time(14, 0)))
    assert over.over_quota is True
    assert over.hours_used == 41.0
    assert over.quota_hours == 40
    with hub.db.read() as session:
        saved = session.get_one(ConsultingSession, over.session.id)
        assert saved.status == SessionStatus.SCHEDULED


def test_another_years_hours_do_not_count_against_this_years_quota(hub: Hub) -> None:
    consulting = service(hub)
    for day in range(3, 8):
        consulting.schedule(draft(hub, day=date(2025, 11, day), minutes=8 * 60))
    booked = consulting.schedule(draft(hub))
    assert booked.hours_used == 1.0
    assert booked.over_quota is False


def test_complete_records_the_outcome(hub: Hub) -> None:
    consulting = service(hub)
    planned = consulting.schedule(draft(hub)).session
    done = consulting.complete(planned.id, "판로 검토", "온라인 판로 우선", "3개월 후 점검", 5)
    assert done.status == SessionStatus.COMPLETED
    assert done.satisfaction == 5
    with hub.db.read() as session:
        row = session.get_one(ConsultingSession, planned.id)
        assert (row.summary, row.advice, row.follow_up) == (
            "판로 검토",
            "온라인 판로 우선",
            "3개월 후 점검",
        )


def test_cancel_and_no_show(hub: Hub) -> None:
    consulting = service(hub)
    first = consulting.schedule(draft(hub)).session
    second = consulting.schedule(draft(hub, start=time(14, 0))).session
    assert consulting.cancel(first.id, "컨설턴트 사정").status == SessionStatus.CANCELLED
    assert consulting.mark_no_show(second.id).status == SessionStatus.NO_SHOW
    with hub.db.read() as session:
        assert session.get_one(ConsultingSession, first.id).cancel_reason == "컨설턴트 사정"


def test_a_cancelled_session_cannot_be_completed(hub: Hub) -> None:
    consulting = service(hub)
    planned = consulting.schedule(draft(hub)).session
    consulting.cancel(planned.id, "취소")
    error = refused(hub.db, InvalidTransition, consulting.complete, planned.id, "요약", "", "", 4)
    assert error.values["current"] == SessionStatus.CANCELLED
    assert error.values["target"] == SessionStatus.COMPLETED


@pytest.mark.parametrize(
    ("call", "args"),
    [
        ("complete", ("요약", "", "", 3)),
        ("cancel", ("다시 취소",)),
        ("mark_no_show", ()),
    ],
)
def test_only_a_scheduled_session_moves_on(hub: Hub, call: str, args: tuple[object, ...]) -> None:
    consulting = service(hub)
    planned = consulting.schedule(draft(hub)).session
    consulting.complete(planned.id, "완료", "", "", None)
    refused(hub.db, InvalidTransition, getattr(consulting, call), planned.id, *args)


@pytest.mark.parametrize("satisfaction", [0, 6, -1])
def test_satisfaction_outside_one_to_five_is_refused(hub: Hub, satisfaction: int) -> None:
    consulting = service(hub)
    planned = consulting.schedule(draft(hub)).session
    refused(hub.db, ValidationError, consulting.complete, planned.id, "요약", "", "", satisfaction)
    with hub.db.read() as session:
        assert session.get_one(ConsultingSession, planned.id).status == SessionStatus.SCHEDULED


def test_quota_usage_by_field(hub: Hub) -> None:
    consulting = service(hub)
    consulting.schedule(draft(hub, minutes=60))
    consulting.schedule(draft(hub, field=ConsultingField.MARKETING, start=time(13, 0), minutes=90))
    consulting.schedule(
        draft(
            hub,
            consultant_id=hub.consultants["yoon"],
            field=ConsultingField.ACCOUNTING_TAX,
            team_id=hub.teams["social"],
            minutes=120,
        )
    )
    no_show = consulting.schedule(draft(hub, day=date(2026, 11, 3), minutes=30)).session
    consulting.mark_no_show(no_show.id)  # the consultant's time was spent: it counts
    cancelled = consulting.schedule(draft(hub, day=date(2026, 11, 4), minutes=240)).session
    consulting.cancel(cancelled.id, "취소")
    consulting.schedule(draft(hub, day=date(2025, 6, 2), minutes=180))  # another year

    usage = consulting.quota_usage(2026)
    assert usage.hours_by_field == {
        ConsultingField.STRATEGY: 1.5,
        ConsultingField.MARKETING: 1.5,
        ConsultingField.ACCOUNTING_TAX: 2.0,
    }
    assert usage.quota_hours == 40
    assert usage.hours_used == 5.0
    assert usage.hours_left == 35.0
    assert consulting.quota_usage(2025).hours_by_field == {ConsultingField.STRATEGY: 3.0}


def test_quota_usage_of_a_year_without_mou_is_empty(hub: Hub) -> None:
    usage = service(hub).quota_usage(2030)
    assert (usage.quota_hours, usage.hours_by_field, usage.hours_used) == (0, {}, 0)


def test_idle_teams_are_tenants_without_a_session_in_60_days(hub: Hub) -> None:
    spaces = SpaceService(hub.db, hub.admin)
    for key in ("coop", "social", "village"):
        spaces.allocate(TenancyDraft(hub.teams[key], hub.spaces["2F-OD1"], 1, date(2026, 3, 1)))
    consulting = service(hub)
    consulting.schedule(draft(hub, team_id=hub.teams["social"], day=date(2026, 11, 10)))
    # The cooperative's last session was 70 days ago: too long.
    consulting.schedule(draft(hub, day=date(2026, 9, 15)))
    # The village kitchen's recent session was cancelled: it does not count.
    cancelled = consulting.schedule(
        draft(hub, team_id=hub.teams["village"], day=date(2026, 11, 16))
    ).session
    consulting.cancel(cancelled.id, "취소")

    idle = {team.name for team in consulting.idle_teams(TODAY)}
    assert idle == {"금천도시농업협동조합", "가산마을부엌"}
    # The startup team has no tenancy, so it is not flagged although it never met anyone.
    assert "청년창업팀 온기" not in idle


def test_a_team_whose_tenancy_ended_is_not_idle(hub: Hub) -> None:
    spaces = SpaceService(hub.db, hub.admin)
    tenancy = spaces.allocate(
        TenancyDraft(hub.teams["coop"], hub.spaces["2F-OD1"], 1, date(2026, 3, 1))
    )
    assert [t.name for t in service(hub).idle_teams(TODAY)] == ["금천도시농업협동조합"]
    spaces.move_out(tenancy.id, date(2026, 10, 31), "이전")
    assert service(hub).idle_teams(TODAY) == []


def test_check_schedule_raises_without_writing(hub: Hub) -> None:
    consulting = service(hub)
    first = consulting.schedule(draft(hub)).session
    clash = draft(hub, team_id=hub.teams["social"], start=time(10, 30))
    error = refused(hub.db, ConsultantDoubleBooked, consulting.check_schedule, clash)
    assert error.values["clash_id"] == first.id
    refused(hub.db, OutsideMouPeriod, consulting.check_schedule, draft(hub, day=date(2030, 1, 2)))

    before = snapshot(hub.db)
    consulting.check_schedule(draft(hub, start=time(11, 0)))  # fits: nothing raised
    # Moving the session itself by half an hour does not clash with its old slot.
    consulting.check_schedule(replace(draft(hub), start=time(10, 30)), exclude=first.id)
    assert snapshot(hub.db) == before
    with hub.db.read() as session:
        assert len(session.scalars(select(ConsultingSession)).all()) == 1
