"""Training (인재양성): courses, named participants, the completion rule, kept counts."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest
from support.hub import Hub, refused

from hubdesk.domain.enums import ParticipantKind as Kind
from hubdesk.domain.enums import ParticipationStatus as Status
from hubdesk.domain.enums import TrainingCategory as Category
from hubdesk.domain.errors import (
    InvalidPeriod,
    InvalidTransition,
    NotFound,
    RecordChanged,
    ResidentNumberNotAllowed,
    ValidationError,
)
from hubdesk.domain.goals import CourseDraft, CourseRecord
from hubdesk.services.goals.training import ParticipantDraft as Person
from hubdesk.services.goals.training import TrainingService, course_draft_of, sessions_needed

START, END = date(2026, 3, 2), date(2026, 4, 27)


def training(hub: Hub) -> TrainingService:
    return TrainingService(hub.db, hub.clerk)


def academy(hub: Hub, sessions: int = 5, percent: int = 80) -> CourseRecord:
    return training(hub).add_course(
        CourseDraft(
            "사회적경제 아카데미 기초과정",
            Category.ACADEMY,
            START,
            END,
            place="허브센터 3층 교육장",
            hours=2 * sessions,
            sessions=sessions,
            completion_percent=percent,
            provider="성공회대학교",
            named=True,
        )
    )


def stored_counts(hub: Hub, course_id: int) -> tuple[int, int, int, int]:
    """(participants, completed) of the course row and (listed, completed) of its list,
    read with plain sqlite3."""
    connection = sqlite3.connect(hub.db.path)
    try:
        row = connection.execute(
            "SELECT c.participants, c.completed,"
            " (SELECT COUNT(*) FROM training_participants p WHERE p.course_id = c.id),"
            " (SELECT COUNT(*) FROM training_participants p"
            "   WHERE p.course_id = c.id AND p.status = 'completed')"
            " FROM training_courses c WHERE c.id = ?",
            (course_id,),
        ).fetchone()
    finally:
        connection.close()
    return tuple(row)


def listed(hub: Hub, course_id: int, *attended: int) -> list[int]:
    """Participants with the given sessions attended; their ids."""
    service = training(hub)
    ids = []
    for number, sessions in enumerate(attended):
        person = service.add_participant(
            course_id, Person(f"김민{number}", "독산동 주민", Kind.RESIDENT, "010-1234-5678")
        )
        if sessions:
            person = service.set_attendance(person.id, person.version, sessions)
        ids.append(person.id)
    return ids


@pytest.mark.parametrize(
    ("sessions", "percent", "needed"),
    [(5, 80, 4), (6, 80, 5), (10, 80, 8), (1, 80, 1), (3, 100, 3), (7, 1, 1), (4, 50, 2)],
)
def test_sessions_needed_rounds_up(sessions: int, percent: int, needed: int) -> None:
    assert sessions_needed(sessions, percent) == needed


def test_judging_applies_the_rule_at_its_edge(hub: Hub) -> None:
    course = academy(hub)  # 80 % of 5 sessions: 4
    ids = listed(hub, course.id, 5, 4, 3, 0)
    judged = training(hub).judge_completion(course.id, END)
    assert [(p.id, p.status) for p in judged] == [
        (ids[0], Status.COMPLETED),
        (ids[1], Status.COMPLETED),
        (ids[2], Status.NOT_COMPLETED),
        (ids[3], Status.NOT_COMPLETED),  # applied, never came
    ]
    assert stored_counts(hub, course.id) == (4, 2, 4, 2)
    assert training(hub).course(course.id).completed == 2


def test_a_corrected_rule_judges_the_judged_again(hub: Hub) -> None:
    course = academy(hub, sessions=10)  # 80 % of 10: 8
    ids = listed(hub, course.id, 7, 9)
    service = training(hub)
    service.judge_completion(course.id, END)
    course = service.course(course.id)
    assert course.completed == 1
    draft = replace(course_draft_of(course), completion_percent=70)  # 70 % of 10: 7
    corrected = service.update_course(course.id, course.version, draft)
    assert [p.status for p in service.participants(course.id)] == [Status.COMPLETED] * 2
    assert corrected.completed == 2 and stored_counts(hub, course.id) == (2, 2, 2, 2)
    assert [p.id for p in service.participants(course.id)] == ids


def test_judging_before_the_course_ends_is_refused(hub: Hub) -> None:
    course = academy(hub)
    listed(hub, course.id, 5)
    service = training(hub)
    error = refused(
        hub.db, InvalidTransition, service.judge_completion, course.id, date(2026, 4, 26)
    )
    assert error.values["current"] == "not ended"
    assert service.judge_completion(course.id, END)[0].status == Status.COMPLETED


def test_a_headcount_course_takes_no_list(hub: Hub) -> None:
    service = training(hub)
    visit = service.add_course(
        CourseDraft(
            "찾아가는 사회적경제 교실(가산초등학교)",
            Category.SCHOOL,
            date(2026, 5, 7),
            date(2026, 5, 7),
            participants=500,
            completed=500,
        )
    )
    assert (visit.named, visit.participants, visit.completed, visit.sessions) == (
        False,
        500,
        500,
        1,
    )
    refused(
        hub.db,
        InvalidTransition,
        service.add_participant,
        visit.id,
        Person("이학생", "", Kind.STUDENT),
    )
    refused(hub.db, InvalidTransition, service.judge_completion, visit.id, date(2026, 12, 1))


def test_counts_follow_every_write_to_the_list(hub: Hub) -> None:
    course = academy(hub)
    service = training(hub)
    first, second, third = listed(hub, course.id, 5, 2, 0)
    assert stored_counts(hub, course.id) == (3, 0, 3, 0)
    service.judge_completion(course.id, END)
    assert stored_counts(hub, course.id) == (3, 1, 3, 1)
    people = {p.id: p for p in service.participants(course.id)}
    # attendance corrected after judgement: judged again by the rule
    service.set_attendance(second, people[second].version, 4)
    assert stored_counts(hub, course.id) == (3, 2, 3, 2)
    service.remove_participant(first, people[first].version)
    assert stored_counts(hub, course.id) == (2, 1, 2, 1)
    people = {p.id: p for p in service.participants(course.id)}
    service.update_participant(
        third, people[third].version, Person("박지훈", "가산동", Kind.OFFICIAL)
    )
    assert stored_counts(hub, course.id) == (2, 1, 2, 1)
    assert [(p.name, p.kind, p.phone) for p in service.participants(course.id)][1] == (
        "박지훈",
        Kind.OFFICIAL,
        None,
    )


def test_attendance_before_judgement_sets_attended_or_applied(hub: Hub) -> None:
    course = academy(hub)
    (person,) = listed(hub, course.id, 3)
    service = training(hub)
    record = service.participants(course.id)[0]
    assert (record.status, record.sessions_attended) == (Status.ATTENDED, 3)
    record = service.set_attendance(person, record.version, 0)
    assert record.status == Status.APPLIED
    refused(hub.db, ValidationError, service.set_attendance, person, record.version, 6)


@pytest.mark.parametrize(
    "name", ["김민지 900101-1234567", "9001011234567", "김민지 ９００１０１－１２３４５６７"]
)
def test_a_resident_number_is_refused_in_a_name(hub: Hub, name: str) -> None:
    course = academy(hub)
    service = training(hub)
    refused(
        hub.db,
        ResidentNumberNotAllowed,
        service.add_participant,
        course.id,
        Person(name, "", Kind.RESIDENT),
    )


def test_a_resident_number_is_refused_in_the_affiliation_and_on_edit(hub: Hub) -> None:
    course = academy(hub)
    (person,) = listed(hub, course.id, 0)
    service = training(hub)
    refused(
        hub.db,
        ResidentNumberNotAllowed,
        service.add_participant,
        course.id,
        Person("김민지", "주민번호 900101-2234567", Kind.RESIDENT),
    )
    version = service.participants(course.id)[0].version
    refused(
        hub.db,
        ResidentNumberNotAllowed,
        service.update_participant,
        person,
        version,
        Person("900101-1234567", "", Kind.RESIDENT),
    )


def test_a_bad_phone_is_refused(hub: Hub) -> None:
    course = academy(hub)
    refused(
        hub.db,
        ValidationError,
        training(hub).add_participant,
        course.id,
        Person("김민지", "", Kind.RESIDENT, "12345"),
    )


def test_stale_participant_edits_are_refused(hub: Hub) -> None:
    course = academy(hub)
    (person,) = listed(hub, course.id, 0)
    service = training(hub)
    read = service.participants(course.id)[0]
    service.set_attendance(person, read.version, 2)
    refused(hub.db, RecordChanged, service.set_attendance, person, read.version, 5)
    refused(hub.db, RecordChanged, service.remove_participant, person, read.version)
    refused(
        hub.db,
        RecordChanged,
        service.update_participant,
        person,
        read.version,
        Person("이", "", Kind.STUDENT),
    )


def test_a_course_edit_on_a_stale_version_is_refused(hub: Hub) -> None:
    course = academy(hub)
    service = training(hub)
    fields = dict(place="구청 대강당", hours=10, sessions=5, provider="허브센터", named=True)
    saved = service.update_course(
        course.id,
        course.version,
        CourseDraft("아카데미 심화", Category.ACADEMY, START, END, **fields),
    )
    again = CourseDraft("다른 제목", Category.ACADEMY, START, END, **fields)
    assert saved.version > course.version and saved.title == "아카데미 심화"
    assert saved.place == "구청 대강당"
    refused(
        hub.db,
        RecordChanged,
        service.update_course,
        course.id,
        course.version,
        again,
    )
    # a participant changes the course's counts: an edit read before is stale too
    listed(hub, course.id, 0)
    refused(
        hub.db,
        RecordChanged,
        service.update_course,
        course.id,
        saved.version,
        again,
    )


def test_a_course_with_a_list_keeps_it_and_its_attended_sessions(hub: Hub) -> None:
    course = academy(hub)
    listed(hub, course.id, 4)
    service = training(hub)
    version = service.course(course.id).version
    draft = CourseDraft(course.title, Category.ACADEMY, START, END)
    unlisted, fewer = replace(draft, sessions=5), replace(draft, named=True, sessions=3)
    refused(hub.db, InvalidTransition, service.update_course, course.id, version, unlisted)
    refused(hub.db, ValidationError, service.update_course, course.id, version, fewer)
    refused(hub.db, InvalidTransition, service.remove_course, course.id)


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"sessions": 0}, ValidationError),
        ({"completion_percent": 0}, ValidationError),
        ({"completion_percent": 101}, ValidationError),
        ({"participants": 10, "completed": 11}, ValidationError),
        ({"named": True, "participants": 3}, ValidationError),
        ({"hours": -1}, ValidationError),
        ({"end_date": date(2026, 3, 1)}, InvalidPeriod),
        ({"title": "  "}, ValidationError),
    ],
)
def test_bad_course_values_are_refused(hub: Hub, changes: dict[str, object], error: type) -> None:
    values: dict[str, object] = {
        "title": "아카데미",
        "category": Category.ACADEMY,
        "start_date": START,
        "end_date": END,
    }
    values.update(changes)
    refused(hub.db, error, training(hub).add_course, CourseDraft(**values))  # type: ignore[arg-type]


def test_remove_course_and_not_found(hub: Hub) -> None:
    service = training(hub)
    course = academy(hub)
    assert service.remove_course(course.id) == course
    refused(hub.db, NotFound, service.course, course.id)
    refused(hub.db, NotFound, service.participants, course.id)


def test_courses_filter_by_year_category_and_text(hub: Hub) -> None:
    service = training(hub)
    first = academy(hub)
    visit = service.add_course(
        CourseDraft(
            "찾아가는 교실",
            Category.SCHOOL,
            date(2026, 5, 7),
            date(2026, 5, 7),
            place="가산초등학교",
            participants=25,
            completed=25,
        )
    )
    old = service.add_course(
        CourseDraft(
            "캠퍼스타운 창업 교육", Category.CAMPUS_TOWN, date(2025, 12, 30), date(2026, 1, 20)
        )
    )
    assert [c.id for c in service.courses(2026)] == [first.id, visit.id]
    assert [c.id for c in service.courses(2025)] == [old.id]
    assert [c.id for c in service.courses()] == [old.id, first.id, visit.id]
    assert [c.id for c in service.courses(2026, Category.SCHOOL)] == [visit.id]
    assert [c.id for c in service.courses(None, search="가산")] == [visit.id]
    assert [c.id for c in service.courses(None, search="성공회")] == [first.id]
    assert service.courses(2024) == []


@pytest.mark.parametrize("year", [0, 1999, 2101, -(10**9)])
def test_courses_of_a_year_outside_the_plan_are_a_typed_error(hub: Hub, year: int) -> None:
    assert refused(hub.db, ValidationError, training(hub).courses, year).values["field"] == "year"


@pytest.mark.parametrize(
    ("start", "end", "field"),
    [
        (date(1999, 12, 31), date(2026, 1, 5), "start_date"),
        (date(2100, 12, 30), date(2101, 1, 2), "end_date"),
        (date(2199, 12, 31), date(2199, 12, 31), "start_date"),
    ],
)
def test_a_course_outside_the_plans_years_is_refused(
    hub: Hub, start: date, end: date, field: str
) -> None:
    draft = CourseDraft("과정", Category.OTHER, start, end)
    error = refused(hub.db, ValidationError, training(hub).add_course, draft)
    assert error.values["field"] == field
