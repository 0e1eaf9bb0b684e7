"""The demo's goals data: named course participants, public procurement and the plan's
targets, read back with plain SQL."""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from hubdesk.services.demo import build_demo, generate_demo
from hubdesk.services.demo.context import Demo

TODAY = date(2026, 11, 24)


@pytest.fixture(scope="module")
def sql(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    path: Path = tmp_path_factory.mktemp("demo_goals") / "demo.sqlite"
    generate_demo(path, today=TODAY)
    connection = sqlite3.connect(path)
    yield connection
    connection.close()


def one(sql: sqlite3.Connection, query: str, *args: object) -> int:
    return int(sql.execute(query, args).fetchone()[0])


def test_named_courses_count_their_lists(sql: sqlite3.Connection) -> None:
    mismatched = sql.execute(
        "SELECT c.title FROM training_courses c WHERE c.named AND ("
        " c.participants != (SELECT COUNT(*) FROM training_participants p WHERE p.course_id = c.id)"
        " OR c.completed != (SELECT COUNT(*) FROM training_participants p"
        "   WHERE p.course_id = c.id AND p.status = 'completed'))"
    ).fetchall()
    assert mismatched == []
    named = dict(sql.execute("SELECT category, MIN(named) FROM training_courses GROUP BY category"))
    assert named == {"academy": 1, "procurement": 1, "campus_town": 1, "school": 0}
    assert one(sql, "SELECT COUNT(*) FROM training_participants WHERE course_id IN"
                    " (SELECT id FROM training_courses WHERE NOT named)") == 0  # fmt: skip


def check_statuses(rows: list[tuple[str, int, int, int, date, date]], today: date) -> set[str]:
    """Every participant's status as the completion rule and the course's dates say;
    the statuses seen."""
    seen = set()
    for status, attended, sessions, percent, start, end in rows:
        assert 0 <= attended <= sessions
        needed = math.ceil(sessions * percent / 100)
        if end < today:
            assert status == ("completed" if attended >= needed else "not_completed")
        elif start > today:
            assert (status, attended) == ("applied", 0)
        else:
            assert status == ("attended" if attended else "applied")
        seen.add(status)
    return seen


def test_statuses_keep_the_completion_rule(sql: sqlite3.Connection) -> None:
    rows = sql.execute(
        "SELECT p.status, p.sessions_attended, c.sessions, c.completion_percent,"
        " c.start_date, c.end_date FROM training_participants p"
        " JOIN training_courses c ON c.id = p.course_id"
    ).fetchall()
    dated = [(*row[:4], date.fromisoformat(row[4]), date.fromisoformat(row[5])) for row in rows]
    assert check_statuses(dated, TODAY) == {"completed", "not_completed"}


def test_running_and_coming_courses_are_not_judged_yet() -> None:
    today = date(2026, 4, 15)  # the spring academy runs, the autumn one is to come
    demo = build_demo(today=today)
    courses = {c["id"]: c for c in demo.table("training_courses")}
    rows = [
        (p["status"].value, p["sessions_attended"], *(
            courses[p["course_id"]][k]
            for k in ("sessions", "completion_percent", "start_date", "end_date")
        ))
        for p in demo.table("training_participants")
    ]  # fmt: skip
    assert check_statuses(rows, today) == {"completed", "not_completed", "attended", "applied"}


def test_some_people_come_back_so_distinct_people_are_fewer(sql: sqlite3.Connection) -> None:
    completions = one(sql, "SELECT COUNT(*) FROM training_participants WHERE status = 'completed'")
    people = one(
        sql,
        "SELECT COUNT(*) FROM (SELECT DISTINCT name, phone FROM training_participants"
        " WHERE status = 'completed')",
    )
    assert 0.7 * completions < people < completions
    kinds = {k for (k,) in sql.execute("SELECT DISTINCT kind FROM training_participants")}
    assert kinds == {"resident", "enterprise_worker", "official", "student"}
    assert one(sql, "SELECT COUNT(*) FROM training_participants WHERE phone IS NULL") == 0


def test_courses_have_their_format(sql: sqlite3.Connection) -> None:
    assert one(sql, "SELECT COUNT(*) FROM training_courses WHERE place = '' OR hours = 0") == 0
    schools = sql.execute(
        "SELECT title, place FROM training_courses WHERE category = 'school'"
    ).fetchall()
    assert all(place in title for title, place in schools)


def test_procurement_targets_sum_to_the_yearly_target(sql: sqlite3.Connection) -> None:
    by_year = dict(
        sql.execute(
            "SELECT year, SUM(target_amount) FROM procurement_targets GROUP BY year"
        ).fetchall()
    )
    yearly = dict(
        sql.execute(
            "SELECT year, target_value FROM yearly_targets WHERE metric = 'public_procurement'"
        ).fetchall()
    )
    assert yearly == by_year and sorted(yearly) == [2025, 2026, 2027]
    assert one(sql, "SELECT COUNT(DISTINCT department) FROM procurement_targets") >= 10


def test_budget_by_source_adds_up_to_the_plan(sql: sqlite3.Connection) -> None:
    targets: dict[str, dict[int, int]] = {}
    for year, metric, value in sql.execute("SELECT year, metric, target_value FROM yearly_targets"):
        targets.setdefault(metric, {})[year] = value
    total, city, district = (
        targets[m] for m in ("budget_execution", "budget_city", "budget_district")
    )
    assert all(city[y] + district[y] == total[y] for y in total)
    assert sum(total.values()) == 2_138_000_000
    assert [city[y] // 10**6 for y in sorted(city)] == [320, 250, 0, 0, 0]
    assert targets["people_trained_term"] == {2029: 4_600}
    assert [targets["people_trained"][y] for y in range(2025, 2030)] == [600, 800, 1000, 1000, 1200]


def test_purchases_span_last_year_and_this_year_to_today(sql: sqlite3.Connection) -> None:
    first, last = sql.execute(
        "SELECT MIN(purchased_on), MAX(purchased_on) FROM purchases"
    ).fetchone()
    assert first.startswith("2025-01") and last <= TODAY.isoformat()
    months = one(sql, "SELECT COUNT(DISTINCT substr(purchased_on, 1, 7)) FROM purchases")
    assert months == 12 + 11
    low, high = sql.execute("SELECT MIN(amount), MAX(amount) FROM purchases").fetchone()
    assert 10_000 <= low < 100_000 and 10_000_000 <= high <= 60_000_000
    unknown = one(
        sql,
        "SELECT COUNT(*) FROM purchases p JOIN teams t ON t.id = p.team_id"
        " WHERE p.enterprise_name != t.name OR p.enterprise_kind != t.kind"
        " OR t.kind = 'startup_team'",
    )
    assert unknown == 0
    categories = {c for (c,) in sql.execute("SELECT DISTINCT category FROM purchases")}
    assert categories == {"goods", "services", "works"}


def test_last_year_ends_near_the_target(sql: sqlite3.Connection) -> None:
    bought = one(sql, "SELECT SUM(amount) FROM purchases WHERE purchased_on LIKE '2025-%'")
    target = one(sql, "SELECT SUM(target_amount) FROM procurement_targets WHERE year = 2025")
    assert 0.75 * target <= bought <= 1.25 * target


def test_the_scale_multiplies_counts_and_money_not_rates() -> None:
    one_hub = build_demo(today=TODAY)
    two_hubs = build_demo(today=TODAY, scale=2)

    def targets(demo: Demo) -> dict[tuple[int, str], int]:
        rows = demo.table("yearly_targets")
        return {(r["year"], r["metric"].value): r["target_value"] for r in rows}

    small, large = targets(one_hub), targets(two_hubs)
    assert small.keys() == large.keys()
    for key, value in small.items():
        assert large[key] == (value if key[1] == "operation_rate" else 2 * value), key
    people = len(one_hub.table("training_participants"))
    assert 1.8 * people <= len(two_hubs.table("training_participants")) <= 2.2 * people
    purchases = len(one_hub.table("purchases"))
    assert 1.6 * purchases <= len(two_hubs.table("purchases")) <= 2.4 * purchases
