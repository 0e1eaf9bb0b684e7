"""Settlements (정산) of the agreements whose period has ended, with their expenses."""

from __future__ import annotations

import random
from datetime import date, timedelta

from hubdesk.domain.enums import (
    AgreementStatus,
    DisbursementStatus,
    ExpenseDecision,
    SettlementStatus,
)
from hubdesk.domain.periods import add_months
from hubdesk.services.demo import texts
from hubdesk.services.demo.context import Demo, random_day, round_to
from hubdesk.services.demo.grants import CATEGORIES, DEV, STAFF, Plan
from hubdesk.services.grants.deadlines import settlement_deadline

E = ExpenseDecision
OVERDUE_SHARE = 0.12  # of the settlements past their deadline, this many are still open
Claim = tuple[str, str, date, int]  # category, description, spent on, claimed won


def add_settlements(demo: Demo, plans: list[Plan]) -> None:
    rng = demo.rng("settlements")
    ended = [p for p in plans if p.row["status"] is AgreementStatus.SETTLEMENT_DUE]
    dues = {p.row["id"]: settlement_deadline(demo.calendar, p.row["end_date"]) for p in ended}
    overdue = [p.row["id"] for p in ended if dues[p.row["id"]] < demo.today]
    still_open = (
        set(rng.sample(overdue, max(1, round(len(overdue) * OVERDUE_SHARE)))) if overdue else set()
    )
    for plan in ended:
        due = dues[plan.row["id"]]
        if due < demo.today:
            status = (
                SettlementStatus.OPEN if plan.row["id"] in still_open else SettlementStatus.CLOSED
            )
        else:
            status = rng.choice(
                (SettlementStatus.OPEN, SettlementStatus.OPEN, SettlementStatus.SUBMITTED)
            )
        _add_settlement(demo, rng, plan, status, due)


def _add_settlement(
    demo: Demo, rng: random.Random, plan: Plan, status: SettlementStatus, due: date
) -> None:
    end: date = plan.row["end_date"]
    submitted = closed = None
    if status is SettlementStatus.CLOSED:
        submitted = min(random_day(rng, end + timedelta(days=15), due), demo.today - timedelta(2))
        closed = min(submitted + timedelta(days=rng.randint(14, 45)), demo.today - timedelta(1))
    elif status is SettlementStatus.SUBMITTED:
        submitted = random_day(rng, min(end + timedelta(days=10), demo.today), demo.today)
    settlement_id = demo.add(
        "settlements",
        {
            "agreement_id": plan.row["id"],
            "status": status,
            "due_date": due,
            "submitted_on": submitted,
            "closed_on": closed,
            "returned_amount": 0,
            "note": "",
        },
    )
    approved = 0
    for category, description, spent_on, claimed in _claims(rng, plan):
        decision, amount = _decide(rng, status, claimed)
        approved += amount or 0
        demo.add(
            "settlement_expenses",
            {
                "settlement_id": settlement_id,
                "category": category,
                "description": description,
                "evidence": texts.EVIDENCE.get(category, texts.EVIDENCE_DEFAULT),
                "spent_on": spent_on,
                "claimed": claimed,
                "approved": amount,
                "decision": decision,
                "decision_note": _decision_note(decision),
            },
        )
    row = demo.table("settlements")[settlement_id - 1]
    if status is SettlementStatus.CLOSED:
        row["returned_amount"] = plan.paid - approved
        row["note"] = (
            f"반납 {plan.paid - approved:,}원 납부 완료" if plan.paid > approved else "반납액 없음"
        )
        plan.row["status"] = AgreementStatus.CLOSED
    elif due < demo.today:
        row["note"] = "정산 기한 경과, 서류 제출 독촉"


def _claims(rng: random.Random, plan: Plan) -> list[Claim]:
    """What the team spent of the paid grant: never more than was paid."""
    start, end = plan.row["start_date"], plan.row["end_date"]
    if plan.kind is STAFF:
        return [
            (
                "인건비",
                f"{m.year}년 {m.month}월 전문인력 급여({plan.employee})",
                add_months(m, 1) - timedelta(days=1),
                plan.monthly_support,
            )
            for t in plan.disbursements
            if t.status is DisbursementStatus.PAID
            for m in t.months
        ]
    total = round_to(plan.paid * rng.uniform(0.92, 1.0), 1_000)
    if total <= 0:
        return []
    categories = rng.sample(CATEGORIES[DEV], rng.randint(3, 6))
    weights = [rng.uniform(1.0, 3.0) for _ in categories]
    amounts = [round_to(total * w / sum(weights), 1_000) for w in weights[:-1]]
    amounts.append(total - sum(amounts))
    return [
        (category, rng.choice(texts.EXPENSE_ITEMS[category]), random_day(rng, start, end), amount)
        for category, amount in zip(categories, amounts, strict=True)
        if amount > 0
    ]


def _decide(rng: random.Random, status: SettlementStatus, claimed: int) -> tuple[E, int | None]:
    if status is SettlementStatus.SUBMITTED or (
        status is SettlementStatus.OPEN and rng.random() < 0.5
    ):
        return E.PENDING, None
    roll = rng.random()
    if roll < 0.05:
        return E.REJECTED, 0
    part = round_to(claimed * rng.uniform(0.5, 0.9), 1_000)
    if roll < 0.15 and 0 < part < claimed:
        return E.PARTLY_APPROVED, part
    return E.APPROVED, claimed


def _decision_note(decision: ExpenseDecision) -> str:
    if decision is E.REJECTED:
        return texts.REJECT_NOTE
    return texts.PARTLY_NOTE if decision is E.PARTLY_APPROVED else ""
