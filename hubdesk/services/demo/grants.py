"""Grant programs of the last two fiscal years, agreements, disbursements and wage lines.

The budget follows the district plan's "raise the operation rate" line: city 120 +
district 130 million won in plan year 1 (today.year − 1), city 50 + district 150 in
year 2, each year split between development-cost and staff programs.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from hubdesk.domain.enums import AgreementStatus, DisbursementStatus, GrantKind
from hubdesk.domain.money import percent_of
from hubdesk.domain.periods import add_months, month_starts
from hubdesk.services.demo import names, texts
from hubdesk.services.demo.context import APPROVERS, CLERKS, Demo, Row, TeamInfo, round_to, stamp

A, D = AgreementStatus, DisbursementStatus
DEV, STAFF = GrantKind.DEVELOPMENT_COST, GrantKind.STAFF
MILLION = 1_000_000
# Plan year (0 = today.year − 1) → kind → (city, district) in million won.
BUDGETS: dict[int, dict[GrantKind, tuple[int, int]]] = {
    0: {DEV: (70, 60), STAFF: (50, 70)},
    1: {DEV: (30, 70), STAFF: (20, 80)},
}
CODES = {DEV: "사업개발", STAFF: "전문인력"}
TITLES = {DEV: "사회적경제기업 사업개발비 지원사업", STAFF: "사회적경제기업 전문인력 지원사업"}
CAPS = {DEV: 10_000_000, STAFF: 24_000_000}
COPAY_PERCENTS = [10, 20, 30]
WAGE_CAP = 2_000_000
CATEGORIES = {
    DEV: ["재료비", "홍보비", "외주용역비", "장비구입비", "여비", "회의비"],
    STAFF: ["인건비"],
}
PAID_AFTER_DAYS = 7  # a tranche due this long ago has been paid


@dataclass
class PlannedDisbursement:
    amount: int
    planned_on: date
    status: DisbursementStatus = D.PLANNED
    note: str = ""
    months: list[date] = field(default_factory=list)
    reverses: int | None = None  # index of the tranche this one reverses
    row_id: int = 0


@dataclass
class Plan:
    """An agreement while it is being made: rows are written once it is complete."""

    row: Row
    kind: GrantKind
    team: TeamInfo
    disbursements: list[PlannedDisbursement] = field(default_factory=list)
    monthly_support: int = 0
    gross_wage: int = 0
    employee: str = ""

    @property
    def grant(self) -> int:
        return int(self.row["city_amount"] + self.row["district_amount"])

    @property
    def paid(self) -> int:
        return sum(t.amount for t in self.disbursements if t.status is D.PAID)


def required_copayment(grant: int, percent: int) -> int:
    """The smallest co-payment (in 10,000 won) with copay ≥ percent % of grant + copay."""
    copay = -(-grant * percent // (100 - percent))
    copay = -(-copay // 10_000) * 10_000
    while copay < percent_of(grant + copay, percent):
        copay += 10_000
    return copay


def add_grants(demo: Demo) -> list[Plan]:
    """Programs, agreements, disbursements and wage lines; returns the agreement plans."""
    rng = demo.rng("grants")
    plans: list[Plan] = []
    supported: dict[int, int] = {}  # team id → agreements so far
    for offset in (0, 1):
        year = demo.today.year - 1 + offset
        pool = _team_pool(demo, rng, supported, offset)
        for kind in (DEV, STAFF):
            program = _add_program(demo, year, kind, offset)
            plans += _allocate(demo, rng, program, kind, pool, supported)
    _special_cases(demo, rng, plans)
    for plan in plans:
        _plan_disbursements(demo, rng, plan)
    _disbursement_scenarios(demo, plans)
    for index, plan in enumerate(plans, start=1):
        plan.row["id"] = index  # settlements refer to agreements before they are written
    return plans


def _team_pool(
    demo: Demo, rng: random.Random, supported: dict[int, int], offset: int
) -> list[TeamInfo]:
    """Who applies this year: some teams supported last year come back."""
    teams = demo.operating_teams()
    rng.shuffle(teams)
    if offset:
        # The pool is taken from its end: half of last year's teams apply first.
        teams.sort(key=lambda team: team.id in supported and rng.random() < 0.5)
    return teams


def _add_program(demo: Demo, year: int, kind: GrantKind, offset: int) -> Row:
    city, district = BUDGETS[offset][kind]
    program: Row = {
        "fiscal_year": year,
        "kind": kind,
        "code": CODES[kind],
        "name": f"{year}년 {TITLES[kind]}",
        "city_budget": city * MILLION * demo.scale,
        "district_budget": district * MILLION * demo.scale,
        "cap_per_team": CAPS[kind],
        "copay_percents": list(COPAY_PERCENTS),
        "monthly_wage_cap": WAGE_CAP if kind is STAFF else None,
        "eligible_categories": list(CATEGORIES[kind]),
        "description": f"사회적경제 기업 운영률 제고 사업({year}년, 시비·구비)",
    }
    program["id"] = demo.add("grant_programs", program)
    return program


def _allocate(
    demo: Demo,
    rng: random.Random,
    program: Row,
    kind: GrantKind,
    pool: list[TeamInfo],
    supported: dict[int, int],
) -> list[Plan]:
    """Agreements in order until the next one would not fit the program's budget."""
    left = [program["city_budget"], program["district_budget"]]
    share = left[0] / (left[0] + left[1])
    plans: list[Plan] = []
    while pool:
        plan = _new_plan(demo, rng, program, kind, pool[-1])
        grant = plan.grant if kind is STAFF else rng.randint(50, 100) * 100_000
        city = round_to(grant * share, 10_000)
        if city > left[0] or grant - city > left[1]:
            break
        pool.pop()
        left[0] -= city
        left[1] -= grant - city
        number = supported.get(plan.team.id, 0) + 1
        supported[plan.team.id] = number
        percent = COPAY_PERCENTS[min(number, len(COPAY_PERCENTS)) - 1]
        plan.row.update(
            number=f"{program['fiscal_year']}-{CODES[kind]}-{len(plans) + 1:03d}",
            city_amount=city,
            district_amount=grant - city,
            copayment=required_copayment(grant, percent),
            support_number=number,
        )
        plans.append(plan)
    return plans


def _new_plan(
    demo: Demo, rng: random.Random, program: Row, kind: GrantKind, team: TeamInfo
) -> Plan:
    year = program["fiscal_year"]
    start = date(year, rng.randint(3, 6 if kind is DEV else 5), 1)
    if kind is DEV and rng.random() < 0.6:
        end = min(add_months(start, rng.randint(5, 8)) - timedelta(days=1), date(year, 12, 31))
    else:
        end = date(year, 12, 31) if rng.random() < 0.6 else date(year, 11, 30)
    bank, account = names.bank_account(rng)
    purpose = f"{team.business} {rng.choice(texts.DEVELOPMENT_PURPOSES)}"
    if kind is STAFF:
        purpose = texts.STAFF_PURPOSE.format(role=rng.choice(texts.STAFF_ROLES))
    row: Row = {
        "program_id": program["id"],
        "team_id": team.id,
        "purpose": purpose,
        "start_date": start,
        "end_date": end,
        "city_amount": 0,
        "district_amount": 0,
        "payee_bank": bank,
        "payee_account": account,
        "payee_holder": team.name,
        "cancelled_on": None,
        "cancel_reason": "",
        "clawback_amount": 0,
    }
    plan = Plan(row, kind, team)
    if kind is STAFF:
        plan.employee = names.person_name(rng)
        plan.gross_wage = rng.randint(200, 320) * 10_000
        plan.monthly_support = min(WAGE_CAP, round_to(plan.gross_wage * 0.9, 10_000))
        months = len(list(month_starts(start, end)))
        row["district_amount"] = months * plan.monthly_support  # the grant, split later
    return plan


def _special_cases(demo: Demo, rng: random.Random, plans: list[Plan]) -> None:
    """This year: one late-round draft and one signed agreement, one cancelled."""
    this_year = [p for p in plans if p.kind is DEV and p.row["start_date"].year == demo.today.year]
    late = this_year[-2 * demo.scale :]
    for index, plan in enumerate(late):
        start = add_months(demo.today.replace(day=1), 1 + index % 2)
        plan.row.update(start_date=start, end_date=add_months(start, 4) - timedelta(days=1))
        plan.row["status"] = A.DRAFT if index % 2 == 0 else A.SIGNED
    started = [p for p in this_year[: -len(late) or None] if _started_long_ago(demo, p)]
    for plan in started[: demo.scale]:
        plan.row["status"] = A.CANCELLED
        plan.row["cancel_reason"] = "대표자 변경과 사업 포기로 협약 해지"


def _started_long_ago(demo: Demo, plan: Plan) -> bool:
    return bool(plan.row["start_date"] <= demo.today - timedelta(days=90))


def _status(demo: Demo, plan: Plan) -> AgreementStatus:
    forced = plan.row.get("status")
    if isinstance(forced, AgreementStatus):
        return forced
    if plan.row["start_date"] > demo.today:
        return A.SIGNED
    if plan.row["end_date"] >= demo.today:
        return A.IN_PROGRESS
    return A.SETTLEMENT_DUE  # settlements may close it later


def _plan_disbursements(demo: Demo, rng: random.Random, plan: Plan) -> None:
    row = plan.row
    status = _status(demo, plan)
    row["status"] = status
    row["signed_on"] = None
    if status is not A.DRAFT:
        row["signed_on"] = min(row["start_date"] - timedelta(rng.randint(3, 15)), demo.today)
    if status is A.DRAFT:
        return
    start, end = row["start_date"], row["end_date"]
    if plan.kind is STAFF:
        months = list(month_starts(start, end))
        for first in range(0, len(months), 3):
            group = months[first : first + 3]
            due = demo.calendar.add_working_days(add_months(group[-1], 1), 5)
            plan.disbursements.append(
                PlannedDisbursement(len(group) * plan.monthly_support, due, months=group)
            )
    else:
        first = round_to(plan.grant * 0.7, 10_000)
        second_on = max(start + timedelta(days=60), end - timedelta(days=rng.randint(30, 60)))
        plan.disbursements.append(
            PlannedDisbursement(first, demo.calendar.add_working_days(start, 7))
        )
        plan.disbursements.append(
            PlannedDisbursement(plan.grant - first, demo.calendar.next_working_day(second_on))
        )
    for disbursement in plan.disbursements:
        if status is A.SIGNED or disbursement.planned_on > demo.today:
            continue
        paid = disbursement.planned_on <= demo.today - timedelta(days=PAID_AFTER_DAYS)
        disbursement.status = D.PAID if paid else D.REQUESTED
    if status is A.CANCELLED:
        _cancel(demo, plan)


def _cancel(demo: Demo, plan: Plan) -> None:
    """Cancelled after the first payment: the rest is dropped and the payment clawed back."""
    plan.disbursements = plan.disbursements[:1]
    first = plan.disbursements[0]
    first.status = D.PAID
    plan.row["cancelled_on"] = min(first.planned_on + timedelta(days=45), demo.today)
    plan.row["clawback_amount"] = first.amount


def _disbursement_scenarios(demo: Demo, plans: list[Plan]) -> None:
    """Make sure every disbursement state and one reversal appear (scale × each)."""
    running = [p for p in plans if p.row["status"] is A.IN_PROGRESS]
    running.sort(key=lambda p: p.kind is STAFF)  # development-cost agreements first
    # The first unpaid tranche of each running agreement (later ones wait for it).
    open_disbursements = [
        (plan, next(t for t in plan.disbursements if t.status is not D.PAID))
        for plan in running
        if any(t.status is not D.PAID for t in plan.disbursements)
    ]
    wanted = (D.REQUESTED, D.APPROVED, D.REJECTED) * demo.scale
    for (plan, disbursement), status in zip(open_disbursements, wanted, strict=False):
        disbursement.status = status
        if status is D.REJECTED:
            disbursement.note = "증빙서류 미비로 반려"
            again = PlannedDisbursement(
                disbursement.amount, disbursement.planned_on, D.REQUESTED, "보완 후 재신청"
            )
            again.months, disbursement.months = disbursement.months, []
            plan.disbursements.append(again)
    ended = [p for p in plans if p.kind is DEV and p.row["status"] is A.SETTLEMENT_DUE]
    for plan in ended[: demo.scale]:
        original = plan.disbursements[0]
        if original.status is D.PAID:
            back = PlannedDisbursement(
                -original.amount,
                original.planned_on + timedelta(days=3),
                D.PAID,
                "계좌번호 오류로 1차 지급 취소",
                reverses=0,
            )
            again = PlannedDisbursement(
                original.amount,
                original.planned_on + timedelta(days=7),
                D.PAID,
                "1차 교부금 재지급",
            )
            plan.disbursements[1:1] = [back, again]


def write_agreements(demo: Demo, plans: list[Plan]) -> None:
    """Agreement, disbursement and wage-line rows, once settlements have set the status."""
    rng = demo.rng("disbursements")
    for plan in plans:
        events = [plan.row["signed_on"] or plan.row["start_date"], plan.row["cancelled_on"]]
        created = min(plan.row["start_date"] - timedelta(days=20), demo.today)
        plan.row.update(
            created_at=stamp(created),
            updated_at=stamp(max(d for d in (*events, created) if d is not None)),
        )
        row_id = demo.add("grant_agreements", plan.row)
        assert row_id == plan.row["id"]
    for plan in plans:
        for sequence, disbursement in enumerate(plan.disbursements, start=1):
            disbursement.row_id = demo.add(
                "disbursements", _disbursement(demo, rng, plan, sequence)
            )
        if plan.kind is STAFF:
            _wage_lines(demo, plan)


def _disbursement(demo: Demo, rng: random.Random, plan: Plan, sequence: int) -> Row:
    disbursement = plan.disbursements[sequence - 1]
    status = disbursement.status
    acted = min(disbursement.planned_on, demo.today)
    requested = status is not D.PLANNED
    approved = status in (D.APPROVED, D.PAID)
    reverses = (
        None if disbursement.reverses is None else plan.disbursements[disbursement.reverses].row_id
    )
    return {
        "agreement_id": plan.row["id"],
        "sequence": sequence,
        "label": f"{sequence}차",
        "amount": disbursement.amount,
        "planned_on": disbursement.planned_on,
        "status": status,
        "requested_by": rng.choice(CLERKS) if requested else None,
        "requested_at": stamp(acted - timedelta(days=3)) if requested else None,
        "approved_by": rng.choice(APPROVERS) if approved else None,
        "approved_at": stamp(acted - timedelta(days=1), 15) if approved else None,
        "paid_on": disbursement.planned_on if status is D.PAID else None,
        "reverses_id": reverses,
        "note": disbursement.note,
    }


def _wage_lines(demo: Demo, plan: Plan) -> None:
    """One line per month worked so far, linked to the tranche that pays it."""
    for disbursement in plan.disbursements:
        for month in disbursement.months:
            if add_months(month, 1) > demo.today:
                continue
            demo.add(
                "wage_lines",
                {
                    "agreement_id": plan.row["id"],
                    "month": month,
                    "employee_name": plan.employee,
                    "gross_wage": plan.gross_wage,
                    "support_amount": plan.monthly_support,
                    "disbursement_id": disbursement.row_id,
                },
            )
