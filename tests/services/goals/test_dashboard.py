"""The first page on the demo hub: every figure against an independent SQL query, and
each drill-down's records exactly those its figure counts."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from typing import Any

import pytest
from support.hub import TODAY

from hubdesk.domain.enums import ConsultingField, TargetMetric
from hubdesk.domain.goals import Dashboard, Drill, DrillRows, elapsed_share
from hubdesk.services.goals.dashboard import DashboardService
from hubdesk.services.people.staff import actor_for
from hubdesk.storage import Database

YEAR = TODAY.year
MONDAY = TODAY - timedelta(days=TODAY.weekday())
SUNDAY = MONDAY + timedelta(days=6)

STATUS_ON = """
SELECT t.id, h.status FROM teams t JOIN team_status_changes h ON h.team_id = t.id
WHERE t.kind <> 'startup_team' AND h.status <> 'archived' AND h.id = (
    SELECT h2.id FROM team_status_changes h2
    WHERE h2.team_id = t.id AND h2.changed_on <= :day
    ORDER BY h2.changed_on DESC, h2.id DESC LIMIT 1)
"""
BUDGET = """
SELECT coalesce(sum(paid - ret), 0),
       coalesce(sum(paid * city / (city + district) - ret * city / (city + district)), 0)
FROM (SELECT a.city_amount AS city, a.district_amount AS district,
        (SELECT coalesce(sum(d.amount), 0) FROM disbursements d
         WHERE d.agreement_id = a.id AND d.status = 'paid') AS paid,
        (SELECT coalesce(sum(s.returned_amount), 0) FROM settlements s
         WHERE s.agreement_id = a.id)
        + CASE WHEN a.status = 'cancelled' THEN a.clawback_amount ELSE 0 END AS ret
      FROM grant_agreements a JOIN grant_programs p ON p.id = a.program_id
      WHERE p.fiscal_year BETWEEN :first AND :last)
"""
PEOPLE = """
SELECT (SELECT count(*) FROM (SELECT DISTINCT p.name, p.phone,
            CASE WHEN p.phone IS NULL THEN p.affiliation ELSE '' END
        FROM training_participants p JOIN training_courses c ON c.id = p.course_id
        WHERE p.status = 'completed' AND c.named = 1 AND c.start_date BETWEEN :first AND :last))
     + (SELECT coalesce(sum(completed), 0) FROM training_courses
        WHERE named = 0 AND start_date BETWEEN :first AND :last)
"""
TAKEN = """
SELECT coalesce(sum(seats), 0) FROM tenancies WHERE status <> 'cancelled'
AND start_date <= :day AND coalesce(ended_early_on, end_date) >= :day
"""
MINUTES = """
SELECT field, round(sum((julianday(ends_at) - julianday(starts_at)) * 1440)), count(*)
FROM consulting_sessions WHERE status = 'completed'
AND starts_at >= :first AND starts_at < :after GROUP BY field
"""


@pytest.fixture(scope="module")
def service(module_demo: Database) -> DashboardService:
    return DashboardService(module_demo, actor_for(module_demo, "manager"))


@pytest.fixture(scope="module")
def page(service: DashboardService) -> Dashboard:
    return service.dashboard(YEAR, TODAY)


def sql(db: Database, query: str, **values: Any) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(db.path)
    try:
        params = {k: v.isoformat() if isinstance(v, date) else v for k, v in values.items()}
        return connection.execute(query, params).fetchall()
    finally:
        connection.close()


def one(db: Database, query: str, **values: Any) -> Any:
    return sql(db, query, **values)[0][0]


def number(cell: str) -> int:
    return int(cell.replace(",", ""))


def column(rows: DrillRows, header: str) -> list[str]:
    index = rows.headers.index(header)
    return [row[index] for row in rows.rows]


def test_the_goal_tiles_are_those_of_plain_sql(module_demo: Database, page: Dashboard) -> None:
    first, last = date(YEAR, 1, 1), date(YEAR, 12, 31)
    statuses = [s for _, s in sql(module_demo, STATUS_ON, day=TODAY)]
    assert (page.operation.actual, page.operation.of) == (statuses.count("operating"), 148)
    trained = one(
        module_demo,
        "SELECT sum(completed) FROM training_courses WHERE start_date BETWEEN :f AND :l",
        f=first,
        l=last,
    )
    assert page.trained.actual == trained > 0
    total, city = sql(module_demo, BUDGET, first=YEAR, last=YEAR)[0]
    assert (page.budget.actual, page.budget_city.actual) == (total, city)
    assert page.budget_district.actual == total - city and total > 0
    bought = one(
        module_demo,
        "SELECT sum(amount) FROM purchases WHERE purchased_on BETWEEN :f AND :l",
        f=first,
        l=last,
    )
    assert page.procurement.actual == bought > 0
    term = page.term
    people = one(module_demo, PEOPLE, first=date(term[0], 1, 1), last=last)
    assert page.trained_term.actual == people > 0


def test_targets_and_pace_are_the_yearly_targets(module_demo: Database, page: Dashboard) -> None:
    targets = dict(
        sql(module_demo, "SELECT metric, target_value FROM yearly_targets WHERE year = :y", y=YEAR)
    )
    share = elapsed_share(YEAR, TODAY)
    for figure in (page.trained, page.budget, page.procurement, page.budget_city):
        assert figure.target == targets.get(figure.metric.value)
        if figure.target is not None:
            assert figure.pace == pytest.approx(figure.target * share)
            assert figure.behind_pace == (figure.actual < figure.target * share)
    assert page.operation.target == targets.get("operation_rate")
    assert page.operation.pace == page.operation.target
    last_year = one(
        module_demo, "SELECT max(year) FROM yearly_targets WHERE metric = 'people_trained'"
    )
    term_target = sql(
        module_demo,
        "SELECT target_value FROM yearly_targets WHERE metric = 'people_trained_term'"
        " AND year = :y",
        y=last_year,
    )
    assert page.trained_term.target == (term_target[0][0] if term_target else None)


def test_a_past_year_is_read_on_its_31_december(
    service: DashboardService, module_demo: Database
) -> None:
    past = service.dashboard(YEAR - 1, TODAY)
    statuses = [s for _, s in sql(module_demo, STATUS_ON, day=date(YEAR - 1, 12, 31))]
    assert (past.operation.actual, past.operation.of) == (statuses.count("operating"), 148)
    assert past.trained.pace == past.trained.target  # a whole year has passed
    assert len(past.occupancy_by_month) == 12


def test_the_term_sums_its_years(service: DashboardService, module_demo: Database) -> None:
    whole = service.dashboard(None, TODAY)
    first, last = whole.term
    total, city = sql(module_demo, BUDGET, first=first, last=last)[0]
    assert (whole.year, whole.budget.actual, whole.budget_city.actual) == (None, total, city)
    targets = one(
        module_demo,
        "SELECT sum(target_value) FROM yearly_targets WHERE metric = 'people_trained'"
        " AND year BETWEEN :f AND :l",
        f=first,
        l=last,
    )
    assert whole.trained.target == targets


def test_the_office_and_consulting(module_demo: Database, page: Dashboard) -> None:
    offered = one(
        module_demo,
        "SELECT sum(seats) FROM spaces WHERE active = 1"
        " AND kind IN ('private_office', 'shared_office', 'open_desk')",
    )
    assert page.occupancy_today == (one(module_demo, TAKEN, day=TODAY), offered)
    assert [m.month for m in page.occupancy_by_month] == list(range(1, TODAY.month + 1))
    for month in page.occupancy_by_month:
        assert (month.value, month.of) == (
            one(module_demo, TAKEN, day=date(YEAR, month.month, 1)),
            offered,
        )
    expected = {
        f: (int(m), n)
        for f, m, n in sql(
            module_demo, MINUTES, first=f"{YEAR}-01-01 00:00:00", after=f"{YEAR + 1}-01-01 00:00:00"
        )
    }
    found = {f.field.value: (f.minutes, f.sessions) for f in page.consulting_by_field if f.sessions}
    assert found == expected
    quota = one(
        module_demo,
        "SELECT yearly_quota_hours FROM mous WHERE start_date <= :d AND end_date >= :d",
        d=date(YEAR, 12, 31),
    )
    assert page.consulting_quota_minutes == quota * 60


def test_this_weeks_work(module_demo: Database, page: Dashboard) -> None:
    by_drill: dict[Drill, list[int]] = {}
    for item in page.week:
        by_drill.setdefault(item.drill, []).append(item.record_id)
    assert [i.day for i in page.week] == sorted(i.day for i in page.week)
    ending = sql(
        module_demo,
        "SELECT id FROM tenancies WHERE status = 'active' AND ended_early_on IS NULL"
        " AND end_date BETWEEN :m AND :s ORDER BY end_date, id",
        m=MONDAY,
        s=SUNDAY,
    )
    assert by_drill.get(Drill.ENDING_TENANCIES, []) == [k for (k,) in ending]
    sessions = sql(
        module_demo,
        "SELECT id FROM consulting_sessions WHERE status IN ('scheduled', 'completed')"
        " AND starts_at >= :m AND starts_at < :after ORDER BY starts_at, id",
        m=f"{MONDAY} 00:00:00",
        after=f"{SUNDAY + timedelta(days=1)} 00:00:00",
    )
    assert by_drill.get(Drill.WEEK_SESSIONS, []) == [k for (k,) in sessions]
    manager = one(module_demo, "SELECT id FROM staff_users WHERE username = 'manager'")
    waiting = sql(
        module_demo,
        "SELECT id FROM disbursements WHERE status = 'requested'"
        " AND (requested_by IS NULL OR requested_by <> :me)",
        me=manager,
    )
    assert sorted(by_drill.get(Drill.MY_APPROVALS, [])) == sorted(k for (k,) in waiting)
    opened_due = sql(
        module_demo,
        "SELECT s.agreement_id FROM settlements s JOIN grant_agreements a"
        " ON a.id = s.agreement_id WHERE s.status <> 'closed' AND a.status <> 'cancelled'"
        " AND s.due_date <= :h",
        h=TODAY + timedelta(days=14),
    )
    assert {k for (k,) in opened_due} <= set(by_drill.get(Drill.SETTLEMENTS_DUE, []))
    assert all(by_drill.get(d) for d in (Drill.WEEK_SESSIONS, Drill.MY_APPROVALS))
    assert by_drill.get(Drill.SETTLEMENTS_DUE)


def test_staff_wait_for_no_approval(module_demo: Database) -> None:
    page = DashboardService(module_demo, actor_for(module_demo, "staff1")).dashboard(YEAR, TODAY)
    assert not [i for i in page.week if i.drill is Drill.MY_APPROVALS]


def test_operating_drills_split_the_register(service: DashboardService, page: Dashboard) -> None:
    operating = service.drill(Drill.OPERATING, YEAR, TODAY)
    others = service.drill(Drill.NOT_OPERATING, YEAR, TODAY)
    assert len(operating.ids) == page.operation.actual
    assert len(others.ids) == page.operation.of - page.operation.actual
    assert set(column(operating, "Status")) == {"operating"}
    assert not set(operating.ids) & set(others.ids)
    assert operating.headers == ("Team", "Kind", "Status", "Since")


def test_figure_drills_add_up_to_their_figures(
    service: DashboardService, module_demo: Database, page: Dashboard
) -> None:
    completions = service.drill(Drill.COMPLETIONS, YEAR, TODAY)
    assert sum(map(number, column(completions, "Completed"))) == page.trained.actual
    courses = sql(
        module_demo,
        "SELECT id FROM training_courses WHERE start_date BETWEEN :f AND :l"
        " ORDER BY start_date, id",
        f=date(YEAR, 1, 1),
        l=date(YEAR, 12, 31),
    )
    assert list(completions.ids) == [k for (k,) in courses]
    people = service.drill(Drill.PEOPLE_TERM, YEAR, TODAY)
    assert sum(map(number, column(people, "People"))) == page.trained_term.actual
    assert all("*" in name for name in column(people, "Name")[:10])  # names masked
    payments = service.drill(Drill.PAYMENTS, YEAR, TODAY)
    assert sum(map(number, column(payments, "Amount"))) == page.budget.actual
    purchases = service.drill(Drill.PURCHASES, YEAR, TODAY)
    assert sum(map(number, column(purchases, "Amount"))) == page.procurement.actual
    bought = sql(
        module_demo,
        "SELECT id FROM purchases WHERE purchased_on BETWEEN :f AND :l",
        f=date(YEAR, 1, 1),
        l=date(YEAR, 12, 31),
    )
    assert sorted(purchases.ids) == sorted(k for (k,) in bought)
    seats = service.drill(Drill.OCCUPIED_SEATS, YEAR, TODAY)
    assert sum(map(number, column(seats, "Seats"))) == page.occupancy_today[0]


def test_a_consulting_bar_opens_its_sessions(service: DashboardService, page: Dashboard) -> None:
    for bar in page.consulting_by_field:
        rows = service.drill(Drill.CONSULTING_FIELD, YEAR, TODAY, bar.field)
        assert len(rows.ids) == bar.sessions
        assert sum(map(number, column(rows, "Minutes"))) == bar.minutes
        assert set(column(rows, "Field")) <= {bar.field.value}
    every = service.drill(Drill.CONSULTING_FIELD, YEAR, TODAY)
    assert len(every.ids) == sum(bar.sessions for bar in page.consulting_by_field)
    assert ConsultingField.STRATEGY in {bar.field for bar in page.consulting_by_field}


@pytest.mark.parametrize(
    "drill",
    [Drill.ENDING_TENANCIES, Drill.WEEK_SESSIONS, Drill.MY_APPROVALS, Drill.SETTLEMENTS_DUE],
)
def test_week_drills_list_the_weeks_items(
    service: DashboardService, page: Dashboard, drill: Drill
) -> None:
    rows = service.drill(drill, YEAR, TODAY)
    assert sorted(rows.ids) == sorted(i.record_id for i in page.week if i.drill is drill)
    assert all(len(row) == len(rows.headers) for row in rows.rows)


def test_every_metric_has_a_tile(page: Dashboard) -> None:
    tiles = {
        page.operation.metric,
        page.trained.metric,
        page.trained_term.metric,
        page.budget.metric,
        page.budget_city.metric,
        page.budget_district.metric,
        page.procurement.metric,
    }
    assert tiles == set(TargetMetric)
