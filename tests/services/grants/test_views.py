"""The grants page's read views: budget lines by program and source against plain SQL,
the pro-rata split of paid, settled and returned money, the agreement list, the detail."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest
from support.grants import dev_draft, paid_disbursement, signed_dev_agreement
from support.hub import TODAY, Hub, snapshot
from support.sql import counted_statements

from hubdesk.domain.brn import make_valid_brn
from hubdesk.domain.enums import AgreementStatus, FundingSource, GrantKind
from hubdesk.services.goals.goals import GoalService
from hubdesk.services.grants.agreements import GrantService, ProgramDraft
from hubdesk.services.grants.disbursements import DisbursementService
from hubdesk.services.grants.settlements import SettlementService
from hubdesk.services.grants.views import (
    AgreementColumn,
    AgreementFilter,
    AgreementQuery,
    BudgetLine,
    GrantViewService,
    budget_totals,
    summed,
)

CITY, DISTRICT = FundingSource.CITY, FundingSource.DISTRICT


@pytest.fixture
def views(hub: Hub) -> GrantViewService:
    return GrantViewService(hub.db, hub.clerk)


def signed(hub: Hub, team: str = "coop", **changes: object) -> int:
    return signed_dev_agreement(hub, team, **changes).id


def settle(hub: Hub, agreement_id: int, claimed: int, approved: int) -> None:
    """Run a paid (so in-progress) agreement to a closed settlement, one expense."""
    settlements = SettlementService(hub.db, hub.manager)
    opened = settlements.open(agreement_id)
    expense = settlements.add_expense(opened.id, "재료비", "키트 재료", date(2026, 5, 2), claimed)
    settlements.decide(expense, approved)
    owed = settlements.settlement(opened.id).unspent
    settlements.close(opened.id, max(owed, 0), TODAY)


@pytest.fixture
def scenario(hub: Hub) -> dict[str, int]:
    """Four dev agreements: one paid in part, one settled, one cancelled with a clawback,
    one draft; the staff program has none."""
    coop = signed(hub, "coop")  # city 5,000,000 + district 4,000,000
    paid_disbursement(hub, coop, 3_333_333)
    social = signed(hub, "social", city_amount=2_000_000, district_amount=1_000_001)
    paid_disbursement(hub, social, 3_000_001)
    settle(hub, social, claimed=2_600_000, approved=2_500_000)  # 500,001 returned
    village = signed(hub, "village", city_amount=1_000_000, district_amount=2_000_000)
    paid_disbursement(hub, village, 1_000_000)
    GrantService(hub.db, hub.clerk).cancel(village, TODAY, "허위 청구", 700_000)
    GrantService(hub.db, hub.clerk).create_agreement(
        dev_draft(hub, "startup", city_amount=1_000_000, district_amount=1_000_000)
    )
    return {"coop": coop, "social": social, "village": village}


def expected_lines(path: str) -> list[tuple[object, ...]]:
    """The budget lines from plain SQL and the documented floor split, nothing shared."""
    con = sqlite3.connect(path)
    try:
        programs = con.execute(
            "SELECT id, fiscal_year, city_budget, district_budget FROM grant_programs ORDER BY id"
        ).fetchall()
        agreements = con.execute(
            """
            SELECT a.program_id, a.status, a.city_amount, a.district_amount, a.clawback_amount,
              (SELECT COALESCE(SUM(amount), 0) FROM disbursements d
                WHERE d.agreement_id = a.id AND d.status = 'paid'),
              (SELECT COALESCE(SUM(e.approved), 0) FROM settlements s
                JOIN settlement_expenses e ON e.settlement_id = s.id
                WHERE s.agreement_id = a.id AND s.status = 'closed'),
              (SELECT COALESCE(SUM(returned_amount), 0) FROM settlements s
                WHERE s.agreement_id = a.id)
            FROM grant_agreements a
            """
        ).fetchall()
    finally:
        con.close()
    lines = []
    for program_id, year, city_budget, district_budget in programs:
        sums = {"city": [0, 0, 0, 0], "district": [0, 0, 0, 0]}
        for pid, status, city, district, clawback, paid, settled, returned in agreements:
            if pid != program_id:
                continue
            if status == "cancelled":
                returned += clawback
            else:
                sums["city"][0] += city
                sums["district"][0] += district
            for index, amount in enumerate((paid, settled, returned), start=1):
                city_part = amount * city // (city + district)
                sums["city"][index] += city_part
                sums["district"][index] += amount - city_part
        lines.append((year, program_id, "city", city_budget, *sums["city"]))
        lines.append((year, program_id, "district", district_budget, *sums["district"]))
    return lines


def as_tuple(line: BudgetLine) -> tuple[object, ...]:
    money = (line.budget, line.committed, line.paid, line.settled, line.returned)
    return (line.fiscal_year, line.program_id, line.source.value, *money)


def test_budget_lines_match_plain_sql(
    hub: Hub, views: GrantViewService, scenario: dict[str, int]
) -> None:
    lines = views.budget()
    assert [as_tuple(line) for line in lines] == expected_lines(str(hub.db.path))
    assert {(line.program_id, line.source) for line in lines} == {
        (program, source) for program in hub.programs.values() for source in (CITY, DISTRICT)
    }


def test_paid_settled_and_returned_split_pro_rata_city_floor(
    hub: Hub, views: GrantViewService, scenario: dict[str, int]
) -> None:
    dev = {
        line.source: line for line in views.budget(2026) if line.kind == GrantKind.DEVELOPMENT_COST
    }
    # coop 3,333,333 × 5/9 = 1,851,851.7 → 1,851,851 city; social 3,000,001 × 2,000,000 /
    # 3,000,001 = 2,000,000 city; village (cancelled) 1,000,000 × 1/3 → 333,333 city.
    assert dev[CITY].paid == 1_851_851 + 2_000_000 + 333_333
    assert dev[DISTRICT].paid == 1_481_482 + 1_000_001 + 666_667
    # social settled 2,500,000 → city 2,500,000 × 2,000,000 / 3,000,001 = 1,666,666.1
    assert (dev[CITY].settled, dev[DISTRICT].settled) == (1_666_666, 833_334)
    # returned: social's 500,001 (→ 333,333 city) and village's clawback 700,000 (→ 233,333)
    assert dev[CITY].returned == 333_333 + 233_333
    assert dev[CITY].returned + dev[DISTRICT].returned == 500_001 + 700_000


def test_cancelled_agreements_are_not_committed(
    hub: Hub, views: GrantViewService, scenario: dict[str, int]
) -> None:
    dev = {
        line.source: line for line in views.budget(2026) if line.kind == GrantKind.DEVELOPMENT_COST
    }
    # coop 5M/4M, social 2M/1,000,001, draft 1M/1M; the cancelled village 1M/2M is not.
    assert (dev[CITY].committed, dev[DISTRICT].committed) == (8_000_000, 6_000_001)
    assert (dev[CITY].left, dev[DISTRICT].left) == (22_000_000, 13_999_999)


def test_execution_rate_is_paid_less_returned_over_budget(
    hub: Hub, views: GrantViewService, scenario: dict[str, int]
) -> None:
    lines = views.budget(2026)
    for line in lines:
        assert line.execution_rate == pytest.approx((line.paid - line.returned) / line.budget)
    executed = sum(line.executed for line in lines)
    assert executed == GoalService(hub.db, hub.clerk).budget_executed(2026)
    assert executed == 3_333_333 + 3_000_001 + 1_000_000 - 500_001 - 700_000


def test_a_program_without_budget_from_a_source_has_rate_zero(
    hub: Hub, views: GrantViewService
) -> None:
    GrantService(hub.db, hub.admin).add_program(
        ProgramDraft(2027, GrantKind.DEVELOPMENT_COST, "구비 전액", 0, 5_000_000, 1_000_000)
    )
    city = next(line for line in views.budget(2027) if line.source == CITY)
    assert (city.budget, city.paid, city.execution_rate) == (0, 0, 0.0)
    assert views.budget_years() == [2026, 2027]


def test_budget_totals_sum_programs_by_year_and_source(
    hub: Hub, views: GrantViewService, scenario: dict[str, int]
) -> None:
    lines = views.budget()
    totals = budget_totals(lines)
    assert [(t.fiscal_year, t.source) for t in totals] == [(2026, CITY), (2026, DISTRICT)]
    assert totals[0].budget == 30_000_000 + 20_000_000
    assert totals[1].paid == sum(x.paid for x in lines if x.source == DISTRICT)


def test_lines_summed_keep_their_execution_rate(
    hub: Hub, views: GrantViewService, scenario: dict[str, int]
) -> None:
    lines = views.budget(2026)
    total = summed(lines)
    assert total.budget == sum(x.budget for x in lines)
    assert total.executed == sum(x.paid - x.returned for x in lines)
    assert total.execution_rate == total.executed / total.budget
    assert summed([]).execution_rate == 0.0


def test_budget_runs_a_fixed_number_of_queries(
    hub: Hub, views: GrantViewService, scenario: dict[str, int]
) -> None:
    with counted_statements(hub.db) as few:
        views.budget()
    for team in ("coop", "social", "village"):  # more agreements, same statements
        GrantService(hub.db, hub.clerk).create_agreement(
            dev_draft(hub, team, city_amount=100_000, district_amount=100_000)
        )
    with counted_statements(hub.db) as more:
        views.budget()
    assert len(more) == len(few) <= 3


def test_agreement_list_filters_by_year_program_status_and_text(
    hub: Hub, views: GrantViewService, scenario: dict[str, int]
) -> None:
    everything = views.agreements(AgreementFilter())
    assert [row.number for row in everything] == [
        "2026-사업개발-004",
        "2026-사업개발-003",
        "2026-사업개발-002",
        "2026-사업개발-001",
    ]
    coop = next(row for row in everything if row.id == scenario["coop"])
    assert (coop.team_name, coop.grant, coop.copayment, coop.paid) == (
        "금천도시농업협동조합",
        9_000_000,
        1_000_000,
        3_333_333,
    )
    assert coop.settlement_due is None
    social = next(row for row in everything if row.id == scenario["social"])
    assert social.settlement_due is not None and social.status == AgreementStatus.CLOSED
    cancelled = views.agreements(AgreementFilter(status=AgreementStatus.CANCELLED))
    assert [row.id for row in cancelled] == [scenario["village"]]
    assert views.agreements(AgreementFilter(program_id=hub.programs["staff"])) == []
    assert views.agreements(AgreementFilter(fiscal_year=2025)) == []
    assert [r.id for r in views.agreements(AgreementFilter(text="함께"))] == [scenario["social"]]
    assert [r.number for r in views.agreements(AgreementFilter(text="-002"))] == [
        "2026-사업개발-002"
    ]


def test_agreement_list_pages_counts_and_sorts(
    hub: Hub, views: GrantViewService, scenario: dict[str, int]
) -> None:
    query = AgreementQuery(AgreementFilter(), AgreementColumn.PAID, descending=True)
    assert views.count(query) == 4
    assert views.count(replace(query, filter=AgreementFilter(text="마을"))) == 1
    first, second = views.search(query, 0, 2), views.search(query, 2, 2)
    assert [row.paid for row in first + second] == [3_333_333, 3_000_001, 1_000_000, 0]
    by_paid = {row.id: row for row in first + second}
    for column in AgreementColumn:  # sorted by anything else, the page's paid money is read apart
        rows = views.search(replace(query, sort=column), 0, 10)
        assert {row.id: row for row in rows} == by_paid, column


def test_agreement_numbers_sort_numerically(hub: Hub, views: GrantViewService) -> None:
    with hub.db.write("system") as session:
        session.execute(sqlite_insert_agreements(hub, ("2026-사업개발-999", "2026-사업개발-1000")))
    rows = views.agreements(AgreementFilter())
    assert [row.number for row in rows] == ["2026-사업개발-1000", "2026-사업개발-999"]


def sqlite_insert_agreements(hub: Hub, numbers: tuple[str, ...]) -> object:
    from sqlalchemy import insert

    from hubdesk.storage.models import GrantAgreement

    return insert(GrantAgreement).values(
        [
            {
                "number": number,
                "program_id": hub.programs["dev"],
                "team_id": hub.teams["coop"],
                "status": AgreementStatus.DRAFT,
                "purpose": "정렬 확인",
                "start_date": date(2026, 4, 1),
                "end_date": date(2026, 5, 1),
                "city_amount": 10_000,
                "district_amount": 0,
                "copayment": 10_000,
                "support_number": 1,
            }
            for number in numbers
        ]
    )


def test_agreement_detail_has_parties_payee_and_dates(
    hub: Hub, views: GrantViewService, scenario: dict[str, int]
) -> None:
    coop = views.agreement_detail(scenario["coop"])
    brn = make_valid_brn("119861234").formatted.replace("-", "")
    assert (coop.representative, coop.business_number) == ("김철용", brn)
    assert coop.program.id == hub.programs["dev"]
    assert (coop.payee_bank, coop.payee_account, coop.payee_holder) == (
        "신한은행",
        "110-123-456456",
        "금천도시농업협동조합",
    )
    assert coop.signed_on == date(2026, 3, 25) and coop.cancelled_on is None
    village = views.agreement_detail(scenario["village"])
    assert (village.cancelled_on, village.cancel_reason) == (TODAY, "허위 청구")
    assert village.agreement.clawback_amount == 700_000
    assert views.agreement_detail(scenario["social"]).settlement_due is not None


def test_reading_changes_nothing(
    hub: Hub, views: GrantViewService, scenario: dict[str, int]
) -> None:
    before = snapshot(hub.db)
    views.budget()
    views.budget_years()
    views.agreements(AgreementFilter(text="협동"))
    views.agreement_detail(scenario["coop"])
    assert snapshot(hub.db) == before


def test_a_reversed_payment_nets_out(hub: Hub, views: GrantViewService) -> None:
    agreement = signed(hub)
    disbursement = paid_disbursement(hub, agreement, 900_000)
    clerk = DisbursementService(hub.db, hub.clerk)
    reversal = clerk.reverse(disbursement, "계좌 오류").id
    DisbursementService(hub.db, hub.manager).approve(reversal)
    clerk.pay(reversal, date(2026, 4, 20))
    dev = [line for line in views.budget(2026) if line.kind == GrantKind.DEVELOPMENT_COST]
    assert [line.paid for line in dev] == [0, 0]
    assert views.agreements(AgreementFilter())[0].paid == 0
