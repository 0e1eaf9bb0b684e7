"""Consulting views: sessions of a week or month, the filtered list, detail, burn-down, idle
teams, each compared with what was written."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from sqlalchemy import func, select
from support.consulting import session_draft
from support.hub import TODAY, Hub

from hubdesk.domain.enums import ConsultingField, SessionStatus
from hubdesk.services.consulting.sessions import ConsultingService, SessionDraft
from hubdesk.services.consulting.views import (
    ConsultingViewService,
    SessionColumn,
    SessionFilter,
    SessionQuery,
)
from hubdesk.services.spaces.spaces import SpaceService, TenancyDraft
from hubdesk.storage.models import ConsultingSession


def draft(hub: Hub, day: date, hour: int, **changes: object) -> SessionDraft:
    return session_draft(hub, day=day, start=time(hour, 0), **changes)


@pytest.fixture
def booked(hub: Hub) -> dict[str, int]:
    """Four sessions in November 2026, one in 2025; one completed, one cancelled."""
    consulting = ConsultingService(hub.db, hub.clerk)
    yoon = {"consultant_id": hub.consultants["yoon"], "field": ConsultingField.ACCOUNTING_TAX}
    ids = {
        "mon": consulting.schedule(draft(hub, date(2026, 11, 23), 10)).session.id,
        "tue": consulting.schedule(
            draft(hub, date(2026, 11, 24), 14, team_id=hub.teams["social"], topic="판로 개척")
        ).session.id,
        "sun": consulting.schedule(
            draft(hub, date(2026, 11, 29), 9, minutes=120, **yoon)
        ).session.id,
        "early": consulting.schedule(draft(hub, date(2026, 11, 2), 10)).session.id,
        "old": consulting.schedule(draft(hub, date(2025, 5, 2), 10)).session.id,
    }
    consulting.complete(ids["early"], "요약", "조언", "후속 조치", 4)
    consulting.cancel(ids["mon"], "대표 일정 변경")
    return ids


def test_sessions_of_a_week_in_start_order(hub: Hub, booked: dict[str, int]) -> None:
    views = ConsultingViewService(hub.db, hub.clerk)
    week = views.sessions_between(date(2026, 11, 23), date(2026, 11, 29))
    assert [row.id for row in week] == [booked["mon"], booked["tue"], booked["sun"]]
    sunday = week[-1]
    assert (sunday.consultant_name, sunday.team_name, sunday.hours) == (
        "윤세무사",
        "금천도시농업협동조합",
        2.0,
    )
    assert week[0].status == SessionStatus.CANCELLED
    # The last day is included, the day after is not.
    assert views.sessions_between(date(2026, 11, 30), date(2026, 12, 6)) == []


def test_filters_narrow_the_calendar(hub: Hub, booked: dict[str, int]) -> None:
    views = ConsultingViewService(hub.db, hub.clerk)
    first, last = date(2026, 11, 1), date(2026, 11, 30)

    def ids(chosen: SessionFilter) -> list[int]:
        return [row.id for row in views.sessions_between(first, last, chosen)]

    assert ids(SessionFilter(status=SessionStatus.SCHEDULED)) == [booked["tue"], booked["sun"]]
    assert ids(SessionFilter(consultant_id=hub.consultants["yoon"])) == [booked["sun"]]
    assert ids(SessionFilter(team_id=hub.teams["social"])) == [booked["tue"]]
    assert ids(SessionFilter(text="판로")) == [booked["tue"]]  # the topic
    assert ids(SessionFilter(text="윤세")) == [booked["sun"]]  # the consultant
    assert ids(SessionFilter(text="함께")) == [booked["tue"]]  # the team


def test_the_list_counts_sorts_and_pages(hub: Hub, booked: dict[str, int]) -> None:
    views = ConsultingViewService(hub.db, hub.clerk)
    with hub.db.read() as session:
        total = session.scalar(select(func.count(ConsultingSession.id)))
    query = SessionQuery()
    assert views.count(query) == total == 5
    newest_first = [row.id for row in views.search(query, 0, 10)]
    assert newest_first == [booked[k] for k in ("sun", "tue", "mon", "early", "old")]
    assert [row.id for row in views.search(query, 1, 2)] == newest_first[1:3]
    by_team = views.search(SessionQuery(sort=SessionColumn.TEAM, descending=False), 0, 10)
    assert by_team[0].team_name == "(주)함께일하는세상"
    by_hours = views.search(SessionQuery(sort=SessionColumn.HOURS, descending=True), 0, 1)
    assert by_hours[0].id == booked["sun"]
    cancelled = SessionQuery(SessionFilter(status=SessionStatus.CANCELLED))
    assert views.count(cancelled) == 1


def test_detail_carries_the_outcome_and_version(hub: Hub, booked: dict[str, int]) -> None:
    views = ConsultingViewService(hub.db, hub.clerk)
    done = views.detail(booked["early"])
    assert (done.summary, done.advice, done.follow_up, done.satisfaction) == (
        "요약",
        "조언",
        "후속 조치",
        4,
    )
    assert done.row.starts_at == datetime(2026, 11, 2, 10, 0)
    assert views.detail(booked["mon"]).cancel_reason == "대표 일정 변경"
    assert done.version >= 2


def test_burn_down_splits_used_and_planned_hours_by_field(hub: Hub, booked: dict[str, int]) -> None:
    burn = ConsultingViewService(hub.db, hub.clerk).burn_down(2026)
    by_field = {f.field: (f.used, f.planned) for f in burn.fields if f.used or f.planned}
    # Completed early session: used; Tuesday and Sunday: planned; the cancelled one: nothing.
    assert by_field == {
        ConsultingField.STRATEGY: (1.0, 1.0),
        ConsultingField.ACCOUNTING_TAX: (0.0, 2.0),
    }
    assert (burn.quota_hours, burn.used, burn.planned, burn.left) == (40, 1.0, 3.0, 36.0)
    assert len(burn.fields) == len(ConsultingField)  # every field has a bar, used or not
    assert ConsultingViewService(hub.db, hub.clerk).burn_down(2031).quota_hours == 0


def test_idle_teams_show_their_last_session(hub: Hub, booked: dict[str, int]) -> None:
    spaces = SpaceService(hub.db, hub.admin)
    for key in ("coop", "social", "village"):
        spaces.allocate(TenancyDraft(hub.teams[key], hub.spaces["2F-OD1"], 1, date(2026, 3, 1)))
    idle = ConsultingViewService(hub.db, hub.clerk).idle_teams(TODAY)
    # The cooperative met on 11-02 (completed), the social enterprise meets today.
    assert [(team.name, team.last_session) for team in idle] == [("가산마을부엌", None)]
    legacy = {team.name for team in ConsultingService(hub.db, hub.clerk).idle_teams(TODAY)}
    assert legacy == {team.name for team in idle}


def test_consultants_are_read_as_their_rows_say(hub: Hub) -> None:
    from hubdesk.services.consulting.consultants import consultant_detail
    from hubdesk.services.consulting.sessions import consultant_fields
    from hubdesk.storage.models import Consultant

    with hub.db.read() as tx:
        rows = tx.scalars(select(Consultant).order_by(Consultant.name, Consultant.id)).all()
        expected = [consultant_detail(c, consultant_fields(tx, c.id)) for c in rows]
    views = ConsultingViewService(hub.db, hub.clerk)
    assert views.consultants() == expected and expected
    assert views.consultants(active_only=True) == [c for c in expected if c.draft.active]


def test_a_search_finds_team_consultant_topic_or_place(hub: Hub, booked: dict[str, int]) -> None:
    views = ConsultingViewService(hub.db, hub.clerk)
    rows = views.search(SessionQuery(), 0, 1000)
    words = {r.id: " ".join([r.team_name, r.consultant_name, r.topic, r.place]) for r in rows}
    for text in ["협동", rows[0].team_name[:2], rows[-1].consultant_name, "zzz"]:
        expected = [key for key, said in words.items() if text.lower() in said.lower()]
        query = SessionQuery(SessionFilter(text=text))
        assert [r.id for r in views.search(query, 0, 1000)] == expected, text
        assert views.count(query) == len(expected)
