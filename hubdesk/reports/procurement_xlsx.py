"""Public procurement (공공구매) as an XLSX workbook in the shape the district's
departments report it (부서별 공공구매 목표제).

Sheets: the year's results per department (부서명, 목표액, 실적액, 달성률, and 물품 /
용역 / 공사 when the purchases are split by kind), next year's plan (부서명, 차년도
목표액), the share by enterprise kind and the monthly running total; each with its
합계 line. Amounts are whole won, shown as #,##0"원". A sheet without a figure (a year
without targets or purchases) says so in a line instead of a grid of zeros.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import xlsxwriter

from hubdesk.domain.enums import PurchaseCategory, TeamKind
from hubdesk.domain.goals import DepartmentProcurement, MonthFigure
from hubdesk.reports.annual_rows import (
    PURCHASE_NAMES,
    Cell,
    Column,
    Table,
    kind_amount_table,
    korean_date,
    share,
)
from hubdesk.reports.annual_xlsx import Formats, section_sheet
from hubdesk.reports.files import save_bytes, written_or_removed


def write_procurement_xlsx(
    year: int,
    departments: Sequence[DepartmentProcurement],
    by_kind: Sequence[tuple[TeamKind, int]],
    monthly: Sequence[MonthFigure],
    path: Path,
    hub_name: str,
    made_on: date | None = None,
) -> None:
    """Write the workbook to ``path``; an error leaves no file there. ``monthly`` holds
    the running total at each month's end (``of``: the year's target, if any);
    ``made_on`` is printed under the hub's name."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_urls": False})
    formats = Formats(book)
    sheets = (
        (f"{year}년 실적", f"{year}년 부서별 공공구매 실적", results_table(departments)),
        (f"{year + 1}년 계획", f"{year + 1}년 부서별 공공구매 목표", plan_table(departments)),
        ("기업 유형별", f"{year}년 기업 유형별 공공구매", kind_amount_table(by_kind)),
        ("월별 누계", f"{year}년 월별 공공구매 누계", monthly_table(monthly)),
    )
    heading = hub_name if made_on is None else f"{hub_name} · 작성일: {korean_date(made_on)}"
    for name, title, table in sheets:
        section_sheet(book, formats, title, [table], heading, sheet_name=name)
    book.close()
    with written_or_removed(path):
        save_bytes(buffer, path)


def results_table(departments: Sequence[DepartmentProcurement]) -> Table:
    """부서명, 목표액, 실적액, 달성률 (+ 물품, 용역, 공사 when known), then 합계."""
    split = [c for c in PurchaseCategory if any(_amount(d, c) for d in departments)]
    rows: list[tuple[Cell, ...]] = [
        (d.department, d.target, d.actual, d.percent, *(_amount(d, c) for c in split))
        for d in departments
    ]
    target = sum(d.target for d in departments)
    actual = sum(d.actual for d in departments)
    kinds = (sum(_amount(d, c) for d in departments) for c in split)
    rows.append(("합계", target, actual, share(actual, target), *kinds))
    columns = (
        Column("부서명", "text"),
        Column("목표액", "won"),
        Column("실적액", "won"),
        Column("달성률", "rate"),
        *(Column(PURCHASE_NAMES[c], "won", "구매 유형별 실적") for c in split),
    )
    empty = "해당 연도 부서별 공공구매 목표와 실적이 없습니다."
    return Table("부서별 실적", columns, tuple(rows), unit_note="단위: 원", empty_note=empty)


def _amount(department: DepartmentProcurement, category: PurchaseCategory) -> int:
    return sum(amount for kind, amount in department.by_category if kind is category)


def plan_table(departments: Sequence[DepartmentProcurement]) -> Table:
    rows: list[tuple[Cell, ...]] = [(d.department, d.next_year_target) for d in departments]
    rows.append(("합계", sum(d.next_year_target or 0 for d in departments)))
    columns = (Column("부서명", "text"), Column("차년도 목표액", "won"))
    empty = "차년도 부서별 공공구매 목표가 없습니다."
    return Table("차년도 계획", columns, tuple(rows), unit_note="단위: 원", empty_note=empty)


def monthly_table(monthly: Sequence[MonthFigure]) -> Table:
    """Each month's running total, and its share of the year's target when known."""
    rows: list[tuple[Cell, ...]] = [
        (f"{m.month}월", m.value, None if m.of is None else share(m.value, m.of)) for m in monthly
    ]
    columns = (Column("월", "text"), Column("누계 실적액", "won"), Column("목표 대비", "rate"))
    empty = "해당 연도 공공구매 실적이 없습니다."
    return Table(
        "월별 누계", columns, tuple(rows), total=False, unit_note="단위: 원", empty_note=empty
    )
