"""The annual report's figures on the demo hub, against independent SQL queries."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

import pytest
from support.hub import TODAY

from hubdesk.domain.enums import TargetMetric, TrainingCategory
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.goals import AnnualReport
from hubdesk.services.core.settings import SettingsService
from hubdesk.services.goals.annual import AnnualReportService, quarter_days
from hubdesk.services.people.staff import actor_for
from hubdesk.storage import Database

YEAR = TODAY.year
STATUS_ON = """
SELECT t.kind, h.status FROM teams t JOIN team_status_changes h ON h.team_id = t.id
WHERE t.kind <> 'startup_team' AND h.status <> 'archived' AND h.id = (
    SELECT h2.id FROM team_status_changes h2
    WHERE h2.team_id = t.id AND h2.changed_on <= :day
    ORDER BY h2.changed_on DESC, h2.id DESC LIMIT 1)
"""
PAID_IN = """
SELECT coalesce(sum(amount), 0), coalesce(sum(amount * city / (city + district)), 0) FROM (
  SELECT a.id, a.city_amount AS city, a.district_amount AS district, sum(m.amount) AS amount
  FROM (SELECT agreement_id, amount FROM disbursements
        WHERE status = 'paid' AND paid_on BETWEEN :f AND :l
        UNION ALL SELECT agreement_id, -returned_amount FROM settlements
        WHERE status = 'closed' AND closed_on BETWEEN :f AND :l
        UNION ALL SELECT id, -clawback_amount FROM grant_agreements
        WHERE status = 'cancelled' AND cancelled_on BETWEEN :f AND :l) m
  JOIN grant_agreements a ON a.id = m.agreement_id
  JOIN grant_programs p ON p.id = a.program_id AND p.fiscal_year = :y
  GROUP BY a.id)
"""


@pytest.fixture(scope="module")
def report(module_demo: Database) -> AnnualReport:
    return AnnualReportService(module_demo, actor_for(module_demo, "manager")).report(YEAR, TODAY)


def sql(db: Database, query: str, **values: Any) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(db.path)
    try:
        params = {k: v.isoformat() if isinstance(v, date) else v for k, v in values.items()}
        return connection.execute(query, params).fetchall()
    finally:
        connection.close()


def test_the_heading_comes_from_the_hub_settings(
    module_demo: Database, report: AnnualReport
) -> None:
    settings = SettingsService(module_demo, actor_for(module_demo, "manager")).settings()
    assert (report.year, report.made_on) == (YEAR, TODAY)
    assert (report.hub_name, report.approval_titles) == (
        settings.hub_name,
        tuple(settings.approval_titles),
    )
    assert [g.metric for g in report.goals] == list(TargetMetric)


def test_each_quarter_against_plain_sql(module_demo: Database, report: AnnualReport) -> None:
    assert [q.quarter for q in report.quarters] == [1, 2, 3, 4]
    trained = bought = budget = 0
    for q in report.quarters:
        first, last = quarter_days(YEAR, q.quarter)
        statuses = [s for _, s in sql(module_demo, STATUS_ON, day=min(last, TODAY))]
        assert (q.operating, q.registered) == (statuses.count("operating"), len(statuses))
        completed = sql(
            module_demo,
            "SELECT coalesce(sum(completed), 0) FROM training_courses"
            " WHERE start_date BETWEEN :f AND :l",
            f=first,
            l=last,
        )[0][0]
        spent = sql(
            module_demo,
            "SELECT coalesce(sum(amount), 0) FROM purchases WHERE purchased_on BETWEEN :f AND :l",
            f=first,
            l=last,
        )[0][0]
        paid_from = "0001-01-01" if q.quarter == 1 else first  # what came before the year
        paid_to = "9999-12-31" if q.quarter == 4 else last  # returns closed after it
        total, city = sql(module_demo, PAID_IN, f=paid_from, l=paid_to, y=YEAR)[0]
        trained, bought, budget = trained + completed, bought + spent, budget + total
        assert (q.trained, q.trained_to_date) == (completed, trained)
        assert (q.procurement, q.procurement_to_date) == (spent, bought)
        assert (q.budget_city, q.budget_district, q.budget_to_date) == (city, total - city, budget)
    assert report.quarters[-1].trained_to_date == report.goals[1].actual  # the year's total
    assert report.quarters[-1].procurement_to_date > 0 and budget > 0


def test_the_quarters_add_up_to_the_years_budget(module_demo: Database) -> None:
    """A 2025 program's returns close in early 2026: they still belong to 2025's sum."""
    past = AnnualReportService(module_demo, actor_for(module_demo, "manager")).report(
        YEAR - 1, TODAY
    )
    budget = next(g for g in past.goals if g.metric is TargetMetric.BUDGET_EXECUTION)
    assert past.quarters[-1].budget_to_date == budget.actual
    city = next(g.actual for g in past.goals if g.metric is TargetMetric.BUDGET_CITY)
    agreements = sql(module_demo, "SELECT count(*) FROM grant_agreements")[0][0]
    # The city's share is rounded down per agreement and movement: within a won of each.
    assert abs(sum(q.budget_city for q in past.quarters) - city) <= 2 * agreements
    assert quarter_days(YEAR, 1) == (date(YEAR, 1, 1), date(YEAR, 3, 31))
    assert quarter_days(YEAR, 4) == (date(YEAR, 10, 1), date(YEAR, 12, 31))


def test_a_past_years_quarters_are_read_on_their_last_days(module_demo: Database) -> None:
    past = AnnualReportService(module_demo, actor_for(module_demo, "manager")).report(
        YEAR - 1, TODAY
    )
    for q in past.quarters:
        day = quarter_days(YEAR - 1, q.quarter)[1]
        statuses = [s for _, s in sql(module_demo, STATUS_ON, day=day)]
        assert (q.operating, q.registered) == (statuses.count("operating"), len(statuses))


def test_trained_and_teams_by_kind(module_demo: Database, report: AnnualReport) -> None:
    by_category = dict(
        sql(
            module_demo,
            "SELECT category, sum(completed) FROM training_courses"
            " WHERE start_date BETWEEN :f AND :l GROUP BY category",
            f=date(YEAR, 1, 1),
            l=date(YEAR, 12, 31),
        )
    )
    assert [c for c, _ in report.trained_by_category] == list(TrainingCategory)
    assert {c.value: n for c, n in report.trained_by_category if n} == by_category
    kinds: dict[str, list[int]] = {}
    for kind, status in sql(module_demo, STATUS_ON, day=TODAY):
        counts = kinds.setdefault(kind, [0, 0])
        counts[0] += status == "operating"
        counts[1] += 1
    assert {k.value: [on, of] for k, on, of in report.teams_by_kind} == kinds


def test_procurement_by_department_and_kind(module_demo: Database, report: AnnualReport) -> None:
    first, last = date(YEAR, 1, 1), date(YEAR, 12, 31)
    bought = dict(
        sql(
            module_demo,
            "SELECT department, sum(amount) FROM purchases WHERE purchased_on BETWEEN :f AND :l"
            " GROUP BY department",
            f=first,
            l=last,
        )
    )
    targets = dict(
        sql(
            module_demo,
            "SELECT department, target_amount FROM procurement_targets WHERE year = :y",
            y=YEAR,
        )
    )
    following = dict(
        sql(
            module_demo,
            "SELECT department, target_amount FROM procurement_targets WHERE year = :y",
            y=YEAR + 1,
        )
    )
    rows = {d.department: d for d in report.procurement_by_department}
    assert set(rows) == set(bought) | set(targets)
    for name, row in rows.items():
        assert (row.actual, row.target) == (bought.get(name, 0), targets.get(name, 0))
        assert row.next_year_target == following.get(name)
    by_kind = dict(
        sql(
            module_demo,
            "SELECT enterprise_kind, sum(amount) FROM purchases"
            " WHERE purchased_on BETWEEN :f AND :l GROUP BY enterprise_kind",
            f=first,
            l=last,
        )
    )
    assert {k.value: a for k, a in report.procurement_by_kind} == by_kind


@pytest.mark.parametrize("year", [0, 1999, 2101, 10**9])
def test_a_year_outside_the_plan_is_a_typed_error(module_demo: Database, year: int) -> None:
    service = AnnualReportService(module_demo, actor_for(module_demo, "manager"))
    with pytest.raises(ValidationError) as caught:
        service.report(year, TODAY)
    assert caught.value.values["field"] == "year"
