"""Public procurement (부서별 공공구매 목표제) of 금천구: each department's targets of last
year, this year and next year (the plan), and its purchases from social-economy
enterprises over last year and this year up to today: most from the hub's own teams,
some from enterprises outside it."""

from __future__ import annotations

import math
import random
from datetime import date

from hubdesk.domain.enums import PurchaseCategory, TeamKind
from hubdesk.domain.goals import elapsed_share
from hubdesk.services.demo import names
from hubdesk.services.demo.context import Demo, random_day, stamp

DEPARTMENTS = (
    "기획예산과",
    "총무과",
    "일자리경제과",
    "복지정책과",
    "가족정책과",
    "어르신복지과",
    "문화체육과",
    "교육협력과",
    "환경과",
    "공원녹지과",
    "도로과",
    "치수과",
    "청소행정과",
    "건축과",
    "주택과",
    "보건소",
)
# (weight, lowest, highest won) of a purchase of each category.
AMOUNTS = {
    PurchaseCategory.GOODS: (4, 30_000, 8_000_000),
    PurchaseCategory.SERVICES: (4, 1_000_000, 30_000_000),
    PurchaseCategory.WORKS: (2, 5_000_000, 60_000_000),
}
OUTSIDE_KINDS = (
    TeamKind.SOCIAL_ENTERPRISE,
    TeamKind.COOPERATIVE,
    TeamKind.SOCIAL_COOPERATIVE,
    TeamKind.VILLAGE_ENTERPRISE,
    TeamKind.SELF_SUFFICIENCY,
)
FROM_HUB_TEAMS = 0.7  # the share of purchases from the hub's own teams
METHODS = ("수의계약", "수의계약", "카드결제", "나라장터", "지출결의")

Enterprise = tuple[str, TeamKind, int | None]  # name, kind, team id


def add_procurement(demo: Demo) -> None:
    """Targets (× the scale) from their own stream, so a larger scale only repeats the
    purchases; each copy buys toward the unscaled target."""
    plans, rng = demo.rng("procurement-plan"), demo.rng("procurement")
    teams: list[Enterprise] = [
        (t.name, t.kind, t.id)
        for t in demo.operating_teams()
        if t.kind is not TeamKind.STARTUP_TEAM
    ]
    outside = [_outside(rng) for _ in range(24)]
    for department in DEPARTMENTS:
        plan = _plan(demo, plans, department)
        for year in (demo.today.year - 1, demo.today.year):
            reached = elapsed_share(year, demo.today) * plans.uniform(0.75, 1.15)
            for _ in range(demo.scale):
                _add_purchases(
                    demo, rng, (department, year), plan[year] * reached, (teams, outside)
                )


def _plan(demo: Demo, rng: random.Random, department: str) -> dict[int, int]:
    """A department's targets of last year, this year and next year; unscaled."""
    this_year, target = demo.today.year, rng.randint(2, 12) * 10_000_000
    plan = {
        this_year - 1: _million(target / rng.uniform(1.03, 1.1)),
        this_year: target,
        this_year + 1: _million(target * rng.uniform(1.03, 1.12)),
    }
    for year, amount in plan.items():
        demo.add(
            "procurement_targets",
            {
                "year": year,
                "department": department,
                "target_amount": amount * demo.scale,
                "version": 1,
            },
        )
    return plan


def _million(amount: float) -> int:
    return round(amount / 1_000_000) * 1_000_000


def _outside(rng: random.Random) -> Enterprise:
    kind = rng.choice(OUTSIDE_KINDS)
    business, _ = rng.choice(names.BUSINESSES)
    return names.enterprise_name(rng, kind, business), kind, None


def _add_purchases(
    demo: Demo,
    rng: random.Random,
    where: tuple[str, int],
    goal: float,
    sellers: tuple[list[Enterprise], list[Enterprise]],
) -> None:
    """Purchases of a department in a year until they reach ``goal`` won."""
    department, year = where
    teams, outside = sellers
    last = min(date(year, 12, 31), demo.today)
    total = 0
    while total < goal:
        category = rng.choices(list(AMOUNTS), [w for w, _, _ in AMOUNTS.values()])[0]
        _, low, high = AMOUNTS[category]
        amount = round(math.exp(rng.uniform(math.log(low), math.log(high))), -2)
        amount = min(amount, max(round(goal - total, -2), low))  # the year's last one fits
        name, kind, team_id = rng.choice(
            teams if teams and rng.random() < FROM_HUB_TEAMS else outside
        )
        day = random_day(rng, min(date(year, 1, 2), last), last)
        number = len(demo.table("purchases")) + 1
        demo.add(
            "purchases",
            {
                "purchased_on": day,
                "department": department,
                "enterprise_name": name,
                "team_id": team_id,
                "enterprise_kind": kind,
                "category": category,
                "amount": int(amount),
                "evidence": f"{rng.choice(METHODS)} · 지출결의서 제{year}-{number:05d}호",
                "created_at": stamp(day, 14),
                "version": 1,
            },
        )
        total += int(amount)
