"""Training courses of the last two years and this one, their named participants, and
the plan's yearly targets."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from hubdesk.domain.enums import (
    ParticipantKind,
    ParticipationStatus,
    TargetMetric,
    TeamKind,
    TrainingCategory,
)
from hubdesk.services.demo import names
from hubdesk.services.demo.context import Demo, random_day
from hubdesk.services.demo.procurement import DEPARTMENTS
from hubdesk.services.goals.training import judged_status

C = TrainingCategory
K = ParticipantKind
HUB = "금천구 사회적경제 허브센터"
# People trained in the base year of the plan, by category (631 in all).
BASE_YEAR = {C.ACADEMY: 61, C.PROCUREMENT: 51, C.SCHOOL: 500, C.CAMPUS_TOWN: 19}
# Growth over the base year, by how many years before today's year.
GROWTH = {2: 1.02, 1: 1.12, 0: 1.3}
# Courses a year: (category, title, first month, days, provider); school visits repeat.
COURSES = (
    (C.ACADEMY, "사회적경제 아카데미 기초과정", 4, 28, HUB),
    (C.ACADEMY, "사회적경제 아카데미 심화과정", 6, 21, "성공회대학교 사회적경제대학원"),
    (C.ACADEMY, "사회적경제 아카데미 기초과정", 9, 28, HUB),
    (C.PROCUREMENT, "공공구매 담당 공무원 사회적경제 이해 교육", 3, 0, "금천구청 일자리경제과"),
    (C.PROCUREMENT, "사회적경제 기업 제품 공공구매 실무 교육", 10, 0, "금천구청 일자리경제과"),
    (C.CAMPUS_TOWN, "캠퍼스타운 연계 사회적경제 창업 교육", 7, 14, "성공회대학교 산학협력단"),
)
SCHOOLS = (
    "가산초등학교",
    "독산초등학교",
    "시흥초등학교",
    "문백초등학교",
    "백산초등학교",
    "한울중학교",
    "문일중학교",
    "가산중학교",
    "독산고등학교",
    "문일고등학교",
)
# (place, hours, sessions, completion percent) of each category; a school visit's place
# is its school.
FORMAT = {
    C.ACADEMY: ("금천구 사회적경제 허브센터 3층 교육장", 16, 8, 80),
    C.PROCUREMENT: ("금천구청 대회의실", 3, 1, 100),
    C.SCHOOL: ("", 2, 1, 80),
    C.CAMPUS_TOWN: ("성공회대학교 캠퍼스타운 창업공간", 15, 5, 80),
    C.OTHER: (HUB, 2, 1, 80),
}
# Categories whose courses keep a participant list; school visits keep headcounts.
NAMED = (C.ACADEMY, C.PROCUREMENT, C.CAMPUS_TOWN)
# Who takes each kind of course: (kind, weight).
KINDS = {
    C.ACADEMY: ((K.RESIDENT, 6), (K.ENTERPRISE_WORKER, 3), (K.STUDENT, 1)),
    C.PROCUREMENT: ((K.OFFICIAL, 1),),
    C.CAMPUS_TOWN: ((K.STUDENT, 7), (K.RESIDENT, 3)),
}
MAJORS = ("사회복지학과", "경영학부", "사회학과", "신문방송학과", "디지털컨텐츠학과")
RETURNING = 0.15  # a participant who took an earlier course
M = TargetMetric
# The plan's yearly targets over its five years; money in million won. City and district
# money add up to the budget (2,138 million in all).
TARGETS = {
    M.OPERATION_RATE: (76, 77, 78, 79, 80),  # percent
    M.PEOPLE_TRAINED: (600, 800, 1000, 1000, 1200),
    M.BUDGET_EXECUTION: (470, 417, 417, 417, 417),
    M.BUDGET_CITY: (320, 250, 0, 0, 0),
    M.BUDGET_DISTRICT: (150, 167, 417, 417, 417),
}
MILLIONS = (M.BUDGET_EXECUTION, M.BUDGET_CITY, M.BUDGET_DISTRICT)
TERM_PEOPLE = 4_600  # distinct residents over the term: the row of its last year


@dataclass
class People:
    """Everyone the demo's courses listed so far, by kind: some come back for another
    course (the same name and phone), so the term's distinct people are fewer than its
    completions."""

    rng: random.Random
    teams: list[str]
    seen: dict[ParticipantKind, list[tuple[str, str, str]]] = field(default_factory=dict)

    def person(self, kind: ParticipantKind, taken: set[str]) -> tuple[str, str, str]:
        """(name, affiliation, phone) of a participant not yet in the course (``taken``
        holds the phones listed)."""
        pool = self.seen.setdefault(kind, [])
        if pool and self.rng.random() < RETURNING:
            old = self.rng.choice(pool)
            if old[2] not in taken:
                return old
        new = (names.person_name(self.rng), self._affiliation(kind), names.mobile_phone(self.rng))
        pool.append(new)
        return new

    def _affiliation(self, kind: ParticipantKind) -> str:
        if kind is K.OFFICIAL:
            return f"금천구청 {self.rng.choice(DEPARTMENTS)}"
        if kind is K.ENTERPRISE_WORKER and self.teams:
            return self.rng.choice(self.teams)
        if kind is K.STUDENT:
            return f"성공회대학교 {self.rng.choice(MAJORS)}"
        return f"{self.rng.choice(names.DONGS)} 주민"


def add_training(demo: Demo) -> None:
    rng = demo.rng("training")
    teams = [t.name for t in demo.operating_teams() if t.kind is not TeamKind.STARTUP_TEAM]
    people = People(demo.rng("training-people"), teams)
    for back in (2, 1, 0):
        year = demo.today.year - back
        for copy in range(demo.scale):
            _add_year(demo, (rng, people), year, GROWTH[back], copy)


def _add_year(
    demo: Demo, streams: tuple[random.Random, People], year: int, growth: float, copy: int
) -> None:
    rng, people = streams
    per_year = Counter(title for _, title, *_ in COURSES)
    cohort = Counter({title: copy * count for title, count in per_year.items()})
    counts = Counter(category for category, *_ in COURSES)
    for category, title, month, days, provider in COURSES:
        cohort[title] += 1
        share = BASE_YEAR[category] * growth / counts[category]
        start = random_day(rng, date(year, month, 1), date(year, month, 20))
        name = f"{year}년 {title}"
        if category is not C.PROCUREMENT:
            name += f" {cohort[title]}기"
        headcount = round(share * rng.uniform(0.9, 1.1))
        _add_course(demo, streams, (name, category, provider), (start, days), headcount)
    for index, school in enumerate(SCHOOLS):
        start = random_day(rng, date(year, 4 + index % 7, 1), date(year, 4 + index % 7, 25))
        share = BASE_YEAR[C.SCHOOL] * growth / len(SCHOOLS)
        name = f"{year}년 찾아가는 사회적경제 교실({school})"
        headcount = round(share * rng.uniform(0.85, 1.15))
        _add_course(demo, streams, (name, C.SCHOOL, HUB), (start, 0), headcount, school)


def _add_course(
    demo: Demo,
    streams: tuple[random.Random, People],
    course: tuple[str, TrainingCategory, str],
    period: tuple[date, int],
    headcount: int,
    place: str = "",
) -> None:
    rng, people = streams
    title, category, provider = course
    start, days = period
    end = start + timedelta(days=days)
    if start > demo.today:
        headcount = round(headcount * rng.uniform(0.6, 0.9))  # enrolled so far
    default_place, hours, sessions, percent = FORMAT[category]
    row = {
        "title": title,
        "category": category,
        "start_date": start,
        "end_date": end,
        "participants": headcount,
        "completed": headcount if end < demo.today else 0,
        "provider": provider,
        "place": place or default_place,
        "hours": hours,
        "sessions": sessions,
        "completion_percent": percent,
        "named": category in NAMED,
    }
    course_id = demo.add("training_courses", row)
    if category in NAMED:
        stored = demo.table("training_courses")[course_id - 1]
        stored["completed"] = _add_participants(demo, people, course_id, stored)


def _add_participants(demo: Demo, people: People, course_id: int, course: dict[str, Any]) -> int:
    """The course's list; statuses keep the completion rule. Returns the completed."""
    rng = people.rng
    kinds, weights = zip(*KINDS[course["category"]], strict=True)
    taken: set[str] = set()
    completed = 0
    for _ in range(course["participants"]):
        kind = rng.choices(kinds, weights)[0]
        name, affiliation, phone = people.person(kind, taken)
        taken.add(phone)
        attended, status = _attendance(demo.today, rng, course)
        completed += status is ParticipationStatus.COMPLETED
        demo.add(
            "training_participants",
            {
                "course_id": course_id,
                "name": name,
                "affiliation": affiliation,
                "phone": phone,
                "kind": kind,
                "status": status,
                "sessions_attended": attended,
                "version": 1,
            },
        )
    return completed


def _attendance(
    today: date, rng: random.Random, course: dict[str, Any]
) -> tuple[int, ParticipationStatus]:
    """Sessions attended and the status: judged by the rule once the course ended, attended
    (or applied) while it runs, applied before it starts."""
    sessions, start, end = course["sessions"], course["start_date"], course["end_date"]
    if start > today:
        return 0, ParticipationStatus.APPLIED
    draw = rng.random()
    attended = sessions if draw < 0.6 else rng.randint(0, sessions) if draw < 0.85 else sessions - 1
    if end < today:
        return attended, judged_status(attended, sessions, course["completion_percent"])
    held = max(1, sessions * ((today - start).days + 1) // ((end - start).days + 1))
    attended = min(attended, held)
    return attended, ParticipationStatus.ATTENDED if attended else ParticipationStatus.APPLIED


def add_targets(demo: Demo) -> None:
    """Five plan years from today.year − 1; counts and money grow with the scale (the
    rate does not). Public procurement's target of a year is the sum of the departments'
    targets (``add_procurement`` runs before), for the years that have them."""
    first = demo.today.year - 1
    for metric, values in TARGETS.items():
        factor = 1 if metric is M.OPERATION_RATE else demo.scale
        unit = 1_000_000 if metric in MILLIONS else 1
        for offset, value in enumerate(values):
            _target(demo, first + offset, metric, value * unit * factor)
    procurement: Counter[int] = Counter()
    for row in demo.table("procurement_targets"):
        procurement[row["year"]] += row["target_amount"]
    for year in sorted(procurement):
        _target(demo, year, M.PUBLIC_PROCUREMENT, procurement[year])
    _target(demo, first + len(TARGETS[M.PEOPLE_TRAINED]) - 1, M.PEOPLE_TRAINED_TERM,
            TERM_PEOPLE * demo.scale)  # fmt: skip


def _target(demo: Demo, year: int, metric: TargetMetric, value: int) -> None:
    demo.add("yearly_targets", {"year": year, "metric": metric, "target_value": value})
