"""Training courses of the last two years and this one, and the plan's yearly targets."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta

from hubdesk.domain.enums import TargetMetric, TrainingCategory
from hubdesk.services.demo.context import Demo, random_day

C = TrainingCategory
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
    (C.PROCUREMENT, "공공구매 담당 공무원 사회적경제 이해 교육", 3, 0, "금천구청 지역경제과"),
    (C.PROCUREMENT, "사회적경제 기업 제품 공공구매 실무 교육", 10, 0, "금천구청 지역경제과"),
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
TARGETS = {
    TargetMetric.OPERATION_RATE: (76, 77, 78, 79, 80),  # percent
    TargetMetric.PEOPLE_TRAINED: (600, 800, 1000, 1000, 1200),
    TargetMetric.BUDGET_EXECUTION: (470, 417, 417, 417, 417),  # million won
}


def add_training(demo: Demo) -> None:
    rng = demo.rng("training")
    for back in (2, 1, 0):
        year = demo.today.year - back
        for copy in range(demo.scale):
            _add_year(demo, rng, year, GROWTH[back], copy)


def _add_year(demo: Demo, rng: random.Random, year: int, growth: float, copy: int) -> None:
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
        _add_course(
            demo, rng, name, category, (start, days), round(share * rng.uniform(0.9, 1.1)), provider
        )
    for index, school in enumerate(SCHOOLS):
        start = random_day(rng, date(year, 4 + index % 7, 1), date(year, 4 + index % 7, 25))
        share = BASE_YEAR[C.SCHOOL] * growth / len(SCHOOLS)
        name = f"{year}년 찾아가는 사회적경제 교실({school})"
        _add_course(
            demo, rng, name, C.SCHOOL, (start, 0), round(share * rng.uniform(0.85, 1.15)), HUB
        )


def _add_course(
    demo: Demo,
    rng: random.Random,
    title: str,
    category: TrainingCategory,
    period: tuple[date, int],
    participants: int,
    provider: str,
) -> None:
    start, days = period
    end = start + timedelta(days=days)
    finished = end < demo.today
    if start > demo.today:
        participants = round(participants * rng.uniform(0.6, 0.9))  # enrolled so far
    completed = (
        participants if category is C.SCHOOL else round(participants * rng.uniform(0.8, 1.0))
    )
    demo.add(
        "training_courses",
        {
            "title": title,
            "category": category,
            "start_date": start,
            "end_date": end,
            "participants": participants,
            "completed": completed if finished else 0,
            "provider": provider,
        },
    )


def add_targets(demo: Demo) -> None:
    """Five plan years from today.year − 1; counts and money grow with the scale."""
    first = demo.today.year - 1
    for metric, values in TARGETS.items():
        factor = 1 if metric is TargetMetric.OPERATION_RATE else demo.scale
        unit = 1_000_000 if metric is TargetMetric.BUDGET_EXECUTION else 1
        for offset, value in enumerate(values):
            demo.add(
                "yearly_targets",
                {"year": first + offset, "metric": metric, "target_value": value * unit * factor},
            )
