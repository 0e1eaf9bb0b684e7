"""Public procurement (공공구매): department targets, purchases, and the views departments
report, checked against plain SQL on the demo database."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date

import pytest
from support.hub import Hub, refused

from hubdesk.domain.enums import PurchaseCategory as Category
from hubdesk.domain.enums import TeamKind
from hubdesk.domain.errors import (
    NotFound,
    PermissionDenied,
    RecordChanged,
    ResidentNumberNotAllowed,
    ValidationError,
)
from hubdesk.domain.goals import DepartmentProcurement, MonthFigure
from hubdesk.services.goals.procurement import ProcurementService, PurchaseDraft
from hubdesk.storage import Database

TODAY = date(2026, 11, 24)


def clerk(hub: Hub) -> ProcurementService:
    return ProcurementService(hub.db, hub.clerk)


def admin(hub: Hub) -> ProcurementService:
    return ProcurementService(hub.db, hub.director)


# --- rules -------------------------------------------------------------------------------


def test_targets_are_set_by_administrators_only(hub: Hub) -> None:
    refused(hub.db, PermissionDenied, clerk(hub).set_target, 2026, "총무과", 50_000_000)
    refused(
        hub.db,
        PermissionDenied,
        ProcurementService(hub.db, hub.manager).set_target,
        2026,
        "총무과",
        1,
    )
    first = admin(hub).set_target(2026, "총무과", 50_000_000)
    again = admin(hub).set_target(2026, " 총무과 ", 60_000_000, version=first.version)
    assert (again.id, again.amount, again.department) == (first.id, 60_000_000, "총무과")
    refused(hub.db, RecordChanged, admin(hub).set_target, 2026, "총무과", 1, version=first.version)
    admin(hub).set_target(2026, "도로과", 0)
    assert [(t.department, t.amount) for t in clerk(hub).targets(2026)] == [
        ("도로과", 0),
        ("총무과", 60_000_000),
    ]
    refused(hub.db, PermissionDenied, clerk(hub).remove_target, again.id, again.version)
    admin(hub).remove_target(again.id, again.version)
    assert [t.department for t in clerk(hub).targets(2026)] == ["도로과"]


def test_a_purchase_from_a_hub_team_takes_its_name_and_kind(hub: Hub) -> None:
    bought = clerk(hub).add_purchase(PurchaseDraft(
        date(2026, 3, 5), "공원녹지과", "", None, Category.SERVICES, 3_300_000,
        "계약번호 2026-123", team_id=hub.teams["coop"],
    ))  # fmt: skip
    assert (bought.enterprise_name, bought.enterprise_kind, bought.team_id) == (
        "금천도시농업협동조합",
        TeamKind.COOPERATIVE,
        hub.teams["coop"],
    )
    named = clerk(hub).add_purchase(PurchaseDraft(
        date(2026, 3, 6), "공원녹지과", "도시농업 본점", TeamKind.SOCIAL_ENTERPRISE,
        Category.GOODS, 10_000, team_id=hub.teams["coop"],
    ))  # fmt: skip
    assert (named.enterprise_name, named.enterprise_kind) == (
        "도시농업 본점",
        TeamKind.SOCIAL_ENTERPRISE,
    )


@pytest.mark.parametrize(
    ("name", "kind", "amount", "team", "error"),
    [
        ("", TeamKind.COOPERATIVE, 1_000, None, ValidationError),  # no enterprise
        ("(주)나눔", None, 1_000, None, ValidationError),  # no kind without a team
        ("(주)나눔", TeamKind.COOPERATIVE, 0, None, ValidationError),
        ("(주)나눔", TeamKind.COOPERATIVE, -5, None, ValidationError),
        ("", None, 1_000, 9999, NotFound),
        ("대표 900101-1234567", TeamKind.OTHER, 1_000, None, ResidentNumberNotAllowed),
    ],
)
def test_bad_purchases_are_refused(
    hub: Hub, name: str, kind: TeamKind | None, amount: int, team: int | None, error: type
) -> None:
    refused(
        hub.db, error, clerk(hub).add_purchase,
        PurchaseDraft(date(2026, 3, 5), "총무과", name, kind, Category.GOODS, amount, "", team),
    )  # fmt: skip


def test_a_target_saved_meanwhile_is_not_overwritten(hub: Hub) -> None:
    boss = admin(hub)
    refused(hub.db, RecordChanged, boss.set_target, 2026, "총무과", 10, version=3)  # gone
    boss.set_target(2026, "총무과", 1_000_000)  # another administrator, since the editor read
    refused(hub.db, RecordChanged, boss.set_target, 2026, "총무과", 2_000_000, version=0)
    read = boss.targets(2026)[0]
    boss.set_target(2026, "총무과", 1_200_000, version=read.version)
    refused(hub.db, RecordChanged, boss.set_target, 2026, "총무과", 9, version=read.version)
    assert [t.amount for t in boss.targets(2026)] == [1_200_000]


def test_a_stale_purchase_edit_is_refused(hub: Hub) -> None:
    service = clerk(hub)
    bought = service.add_purchase(PurchaseDraft(
        date(2026, 3, 5), "총무과", "(주)나눔", TeamKind.SOCIAL_ENTERPRISE, Category.GOODS, 500_000
    ))  # fmt: skip
    edited = service.update_purchase(bought.id, bought.version, PurchaseDraft(
        date(2026, 3, 6), "총무과", "(주)나눔",
        TeamKind.SOCIAL_ENTERPRISE, Category.WORKS, 700_000, "검수조서",
    ))  # fmt: skip
    assert (edited.amount, edited.category, edited.evidence) == (
        700_000,
        Category.WORKS,
        "검수조서",
    )
    assert edited.version == bought.version + 1
    refused(
        hub.db, RecordChanged, service.update_purchase,
        bought.id, bought.version, PurchaseDraft(date(2026, 3, 6), "총무과", "(주)나눔",
        TeamKind.SOCIAL_ENTERPRISE, Category.WORKS, 1, ""),
    )  # fmt: skip
    refused(hub.db, RecordChanged, service.remove_purchase, bought.id, bought.version)
    service.remove_purchase(edited.id, edited.version)
    assert service.purchases(2026) == []


def test_views_of_a_small_year(hub: Hub) -> None:
    boss, service = admin(hub), clerk(hub)
    boss.set_target(2026, "총무과", 1_000_000)
    boss.set_target(2027, "총무과", 1_500_000)
    boss.set_target(2026, "도로과", 2_000_000)
    boss.set_target(2027, "신설과", 700_000)  # new in the plan: in the plan's sheet too
    for day, department, kind, category, amount in (
        (date(2026, 1, 31), "총무과", TeamKind.COOPERATIVE, Category.GOODS, 300_000),
        (date(2026, 3, 1), "총무과", TeamKind.SOCIAL_ENTERPRISE, Category.SERVICES, 200_000),
        (date(2026, 12, 31), "청소행정과", TeamKind.COOPERATIVE, Category.GOODS, 50_000),
        (date(2025, 12, 31), "총무과", TeamKind.COOPERATIVE, Category.GOODS, 9_999),
    ):
        service.add_purchase(PurchaseDraft(day, department, "기업", kind, category, amount))
    g, s, w = Category.GOODS, Category.SERVICES, Category.WORKS
    assert service.by_department(2026) == [
        DepartmentProcurement("도로과", 2_000_000, 0, None, ((g, 0), (s, 0), (w, 0))),
        DepartmentProcurement("신설과", 0, 0, 700_000, ((g, 0), (s, 0), (w, 0))),
        DepartmentProcurement("청소행정과", 0, 50_000, None, ((g, 50_000), (s, 0), (w, 0))),
        DepartmentProcurement(
            "총무과", 1_000_000, 500_000, 1_500_000, ((g, 300_000), (s, 200_000), (w, 0))
        ),
    ]
    running = service.monthly_running(2026)
    assert running[0] == MonthFigure(1, 300_000, 3_000_000)
    assert running[1] == MonthFigure(2, 300_000, 3_000_000)
    assert running[2] == MonthFigure(3, 500_000, 3_000_000)
    assert running[11] == MonthFigure(12, 550_000, 3_000_000)
    assert service.monthly_running(2024)[11] == MonthFigure(12, 0, None)
    assert service.by_kind(2026) == [
        (TeamKind.COOPERATIVE, 350_000),
        (TeamKind.SOCIAL_ENTERPRISE, 200_000),
    ]
    assert service.by_category(2026) == [
        (Category.GOODS, 350_000),
        (Category.SERVICES, 200_000),
        (Category.WORKS, 0),
    ]
    assert [p.amount for p in service.purchases(2026, "총무과")] == [300_000, 200_000]
    assert [p.department for p in service.purchases(2026, search="청소")] == ["청소행정과"]


# --- the demo database, against plain SQL ------------------------------------------------


@pytest.fixture(scope="module")
def demo(module_demo: Database) -> ProcurementService:
    from hubdesk.services.people.staff import system_actor

    return ProcurementService(module_demo, system_actor(module_demo))


@pytest.fixture(scope="module")
def sql(module_demo: Database) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(module_demo.path)
    yield connection
    connection.close()


YEARS = (2025, 2026)


@pytest.mark.parametrize("year", YEARS)
def test_by_department_matches_sql(
    demo: ProcurementService, sql: sqlite3.Connection, year: int
) -> None:
    rows = sql.execute(
        "SELECT d.department,"
        " COALESCE((SELECT target_amount FROM procurement_targets t"
        "   WHERE t.year = :y AND t.department = d.department), 0),"
        " COALESCE((SELECT SUM(amount) FROM purchases p WHERE p.department = d.department"
        "   AND p.purchased_on BETWEEN :first AND :last), 0),"
        " (SELECT target_amount FROM procurement_targets t"
        "   WHERE t.year = :y + 1 AND t.department = d.department)"
        " FROM (SELECT department FROM procurement_targets WHERE year = :y"
        "   UNION SELECT department FROM purchases"
        "   WHERE purchased_on BETWEEN :first AND :last) d",
        {"y": year, "first": f"{year}-01-01", "last": f"{year}-12-31"},
    ).fetchall()
    categories = {
        (d, c): a
        for d, c, a in sql.execute(
            "SELECT department, category, SUM(amount) FROM purchases"
            " WHERE purchased_on BETWEEN ? AND ? GROUP BY department, category",
            (f"{year}-01-01", f"{year}-12-31"),
        )
    }
    expected = sorted(
        (
            DepartmentProcurement(
                *row, tuple((c, categories.get((row[0], c.value), 0)) for c in Category)
            )
            for row in rows
        ),
        key=lambda d: d.department,
    )
    got = demo.by_department(year)
    assert got == expected
    assert len(got) >= 10 and all(d.actual > 0 and d.target > 0 for d in got)
    assert all(d.next_year_target for d in got)  # the plan names next year's target


@pytest.mark.parametrize("year", YEARS)
def test_monthly_running_matches_sql(
    demo: ProcurementService, sql: sqlite3.Connection, year: int
) -> None:
    (target,) = sql.execute(
        "SELECT SUM(target_amount) FROM procurement_targets WHERE year = ?", (year,)
    ).fetchone()
    expected = [
        MonthFigure(
            month,
            sql.execute(
                "SELECT COALESCE(SUM(amount), 0) FROM purchases"
                " WHERE purchased_on >= ? AND purchased_on < ?",
                (f"{year}-01-01", date(year + month // 12, month % 12 + 1, 1).isoformat()),
            ).fetchone()[0],
            target,
        )
        for month in range(1, 13)
    ]
    assert demo.monthly_running(year) == expected
    assert expected[-1].value > 0


@pytest.mark.parametrize("year", YEARS)
def test_by_kind_and_category_match_sql(
    demo: ProcurementService, sql: sqlite3.Connection, year: int
) -> None:
    span = (f"{year}-01-01", f"{year}-12-31")
    kinds = dict(
        sql.execute(
            "SELECT enterprise_kind, SUM(amount) FROM purchases"
            " WHERE purchased_on BETWEEN ? AND ? GROUP BY enterprise_kind",
            span,
        ).fetchall()
    )
    got = demo.by_kind(year)
    assert {k.value: a for k, a in got} == kinds
    assert [a for _, a in got] == sorted(kinds.values(), reverse=True)
    categories = dict(
        sql.execute(
            "SELECT category, SUM(amount) FROM purchases"
            " WHERE purchased_on BETWEEN ? AND ? GROUP BY category",
            span,
        ).fetchall()
    )
    assert {c.value: a for c, a in demo.by_category(year)} == {
        c: categories.get(c, 0) for c in ("goods", "services", "works")
    }
    assert len(categories) == 3


def test_purchases_list_matches_sql(demo: ProcurementService, sql: sqlite3.Connection) -> None:
    (department,) = sql.execute(
        "SELECT department FROM purchases GROUP BY department ORDER BY COUNT(*) DESC LIMIT 1"
    ).fetchone()
    ids = [
        i
        for (i,) in sql.execute(
            "SELECT id FROM purchases WHERE department = ? AND purchased_on LIKE '2026-%'"
            " ORDER BY purchased_on, id",
            (department,),
        )
    ]
    assert [p.id for p in demo.purchases(2026, department)] == ids and ids
    linked = sql.execute(
        "SELECT COUNT(*) FROM purchases p JOIN teams t ON t.id = p.team_id"
        " WHERE p.enterprise_name = t.name AND p.enterprise_kind = t.kind"
    ).fetchone()[0]
    outside = sql.execute("SELECT COUNT(*) FROM purchases WHERE team_id IS NULL").fetchone()[0]
    total = sql.execute("SELECT COUNT(*) FROM purchases").fetchone()[0]
    assert linked > 0 and outside > 0 and linked + outside == total
    (future,) = sql.execute(
        "SELECT COUNT(*) FROM purchases WHERE purchased_on > ?", (TODAY.isoformat(),)
    ).fetchone()
    assert future == 0


@pytest.mark.parametrize("year", [0, 1999, 2101, 10**6, -5])
@pytest.mark.parametrize(
    "view",
    ["targets", "purchases", "by_department", "total_target", "monthly_running", "by_kind",
     "by_category"],
)  # fmt: skip
def test_a_year_outside_the_plan_is_a_typed_error_in_every_view(
    hub: Hub, view: str, year: int
) -> None:
    error = refused(hub.db, ValidationError, getattr(clerk(hub), view), year)
    assert error.values["field"] == "year"
    refused(hub.db, ValidationError, admin(hub).set_target, year, "총무과", 1_000)


@pytest.mark.parametrize("day", [date(1999, 12, 31), date(2101, 1, 1), date(2199, 12, 31)])
def test_a_purchase_outside_the_plans_years_is_refused(hub: Hub, day: date) -> None:
    error = refused(
        hub.db, ValidationError, clerk(hub).add_purchase,
        PurchaseDraft(day, "총무과", "함께카페", TeamKind.COOPERATIVE, Category.GOODS, 1_000),
    )  # fmt: skip
    assert error.values["field"] == "purchased_on"
