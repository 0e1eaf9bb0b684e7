"""Saving the annual report and the procurement workbook: figures checked against plain
SQL on a demo database, the export log, and targets that must never be written."""

from __future__ import annotations

import importlib.util
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from reports.readback import no_leftovers, pdf_text, xlsx_sheets
from support.sql import export_log_rows

from hubdesk.domain.errors import ValidationError
from hubdesk.domain.exports import ExportFileError
from hubdesk.services.goals.report_files import save_annual_report, save_procurement_xlsx
from hubdesk.services.people.staff import system_actor
from hubdesk.storage import Database

TODAY = date(2026, 11, 24)
QUARTERS = (("01-01", "03-31"), ("04-01", "06-30"), ("07-01", "09-30"), ("10-01", "12-31"))
YEAR = 2026
needs_annual = pytest.mark.skipif(
    importlib.util.find_spec("hubdesk.services.goals.annual") is None,
    reason="AnnualReportService (services/goals/annual.py) has not landed yet",
)


def sql(path: Path, query: str, *args: object) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(query, args).fetchall()
    finally:
        connection.close()


def log_rows(db: Database) -> list[tuple[object, ...]]:
    return export_log_rows(db.path, "username, kind, target, masked, row_count")


def test_the_procurement_workbook_matches_the_purchases_and_targets(
    demo: Database, tmp_path: Path
) -> None:
    target = tmp_path / "공공구매.xlsx"
    written = save_procurement_xlsx(demo, system_actor(demo), YEAR, target, TODAY)
    assert written == target.resolve()
    bought = dict(sql(demo.path, "SELECT department, SUM(amount) FROM purchases "
                      "WHERE purchased_on BETWEEN ? AND ? GROUP BY department",
                      f"{YEAR}-01-01", f"{YEAR}-12-31"))  # fmt: skip
    goals = dict(sql(demo.path, "SELECT department, target_amount FROM procurement_targets "
                     "WHERE year = ?", YEAR))  # fmt: skip
    plan = dict(sql(demo.path, "SELECT department, target_amount FROM procurement_targets "
                    "WHERE year = ?", YEAR + 1))  # fmt: skip
    assert bought, "the demo has purchases in the year"
    sheets = xlsx_sheets(target)
    rows = sheets[f"{YEAR}년 실적"]
    header = next(i for i, row in enumerate(rows) if row[0] == "부서명")
    start = header + (2 if rows[header + 1][0] is None else 1)
    lines = [row for row in rows[start:] if row[0] is not None]
    departments = {row[0]: row for row in lines[:-1]}
    assert set(departments) == set(bought) | set(goals)
    for name, row in departments.items():
        assert row[1:3] == (goals.get(name, 0), bought.get(name, 0)), name
    assert lines[-1][:3] == ("합계", sum(goals.values()), sum(bought.values()))
    plan_rows = {row[0]: row[1] for row in sheets[f"{YEAR + 1}년 계획"] if row[0] in departments}
    assert plan_rows == {name: plan.get(name) for name in departments}
    by_category = sql(demo.path, "SELECT category, SUM(amount) FROM purchases WHERE "
                      "purchased_on BETWEEN ? AND ? GROUP BY category",
                      f"{YEAR}-01-01", f"{YEAR}-12-31")  # fmt: skip
    names = {"goods": "물품", "services": "용역", "works": "공사"}
    sub = rows[header + 1]
    for category, amount in by_category:
        column = sub.index(names[str(category).lower()])
        assert lines[-1][column] == amount
    count = len(departments)
    assert log_rows(demo) == [("system", "procurement_report", str(target.resolve()), 1, count)]


@needs_annual
@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_the_annual_report_is_written_and_logged(demo: Database, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"추진실적.{fmt}"
    written = save_annual_report(demo, system_actor(demo), YEAR, fmt, target, TODAY)
    assert written == target.resolve()
    query = "SELECT COALESCE(SUM(amount), 0) FROM purchases WHERE purchased_on BETWEEN ? AND ?"
    bought = sql(demo.path, query, f"{YEAR}-01-01", f"{YEAR}-12-31")[0][0]
    hub = sql(demo.path, "SELECT value FROM hub_settings WHERE key = 'hub_name'")
    if fmt == "pdf":
        text = pdf_text(target)
        assert f"{YEAR}년 사회적경제 활성화 추진실적" in text
        assert f"{bought:,}원" in text  # the 공공구매 goal's actual
        assert "2026. 11. 24." in text
        assert not hub or json.loads(str(hub[0][0])) in text
    else:
        sheets = xlsx_sheets(target)
        row = next(row for row in sheets["요약"] if row[0] == "공공구매")
        assert row[2] == bought
        quarters = {row[0]: row for row in sheets["분기별 실적"] if str(row[0]).endswith("분기")}
        running = 0
        for quarter, (first, last) in enumerate(QUARTERS, 1):
            (amount,) = sql(demo.path, query, f"{YEAR}-{first}", f"{YEAR}-{last}")[0]
            running += amount
            assert quarters[f"{quarter}분기"][8:10] == (amount, running)
    rows = log_rows(demo)
    assert rows[0][:4] == ("system", "annual_report", str(target.resolve()), 1)
    assert no_leftovers(tmp_path) == []


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", ".lock"])
def test_the_database_and_its_files_are_refused_and_nothing_changes(
    demo: Database, suffix: str
) -> None:
    actor = system_actor(demo)
    target = demo.path.with_name(demo.path.name + suffix)
    before = target.read_bytes() if target.exists() else None
    data_before = demo.path.read_bytes()
    for save in (
        lambda: save_annual_report(demo, actor, YEAR, "pdf", target, TODAY),
        lambda: save_procurement_xlsx(demo, actor, YEAR, target, TODAY),
    ):
        with pytest.raises(ExportFileError):
            save()
    assert (target.read_bytes() if target.exists() else None) == before
    assert demo.path.read_bytes() == data_before
    assert log_rows(demo) == []
    assert no_leftovers(demo.path.parent) == []


@pytest.mark.parametrize(
    ("year", "fmt", "field"),
    [(1999, "pdf", "year"), (0, "pdf", "year"), (10**6, "xlsx", "year"),
     (2026, "docx", "format"), (2026, "PDF", "format")],
)  # fmt: skip
def test_a_bad_year_or_format_is_refused_before_anything_is_written(
    demo: Database, tmp_path: Path, year: int, fmt: str, field: str
) -> None:
    target = tmp_path / "out.file"
    with pytest.raises(ValidationError) as caught:
        save_annual_report(demo, system_actor(demo), year, fmt, target, TODAY)
    assert caught.value.values["field"] == field
    assert not target.exists() and log_rows(demo) == []


@pytest.mark.parametrize("year", [0, 1999, 2101])
def test_a_bad_year_writes_no_procurement_workbook(
    demo: Database, tmp_path: Path, year: int
) -> None:
    target = tmp_path / "out.xlsx"
    with pytest.raises(ValidationError) as caught:
        save_procurement_xlsx(demo, system_actor(demo), year, target, TODAY)
    assert caught.value.values["field"] == "year"
    assert not target.exists() and log_rows(demo) == []
