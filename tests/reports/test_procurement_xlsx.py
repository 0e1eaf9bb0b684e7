"""The departments' procurement workbook, read back with openpyxl."""

from __future__ import annotations

import warnings
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from reports.readback import xlsx_sheets

from hubdesk.domain.enums import PurchaseCategory as P
from hubdesk.domain.enums import TeamKind as K
from hubdesk.domain.goals import DepartmentProcurement, MonthFigure
from hubdesk.reports.procurement_xlsx import write_procurement_xlsx

D = DepartmentProcurement
DEPARTMENTS = (
    D("일자리경제과", 500_000_000, 612_000_000, 550_000_000,
      ((P.GOODS, 300_000_000), (P.SERVICES, 312_000_000))),
    D("총무과", 700_000_000, 422_567_890, 750_000_000,
      ((P.GOODS, 22_567_890), (P.SERVICES, 300_000_000), (P.WORKS, 100_000_000))),
    D("=HYPERLINK(\"x\")과", 0, 5_000, None, ((P.SERVICES, 5_000),)),
)  # fmt: skip
BY_KIND = ((K.SOCIAL_ENTERPRISE, 800_000_000), (K.COOPERATIVE, 234_572_890))
MONTHLY = tuple(MonthFigure(m, 10_000_000 * m, 1_200_000_000) for m in range(1, 13))
Rows = list[tuple[object, ...]]


def body(rows: Rows, first: str) -> tuple[Rows, tuple[object, ...]]:
    """The rows under the header that starts with ``first``, and the 합계 line."""
    start = next(i for i, row in enumerate(rows) if row[0] == first)
    start += 2 if rows[start + 1][0] is None else 1  # a second header row under groups
    lines = [row for row in rows[start:] if row[0] is not None]
    return lines[:-1], lines[-1]


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "procurement.xlsx"
    write_procurement_xlsx(
        2026, DEPARTMENTS, BY_KIND, MONTHLY, target, "금천구 사회적경제 허브센터", date(2026, 12, 8)
    )
    return target


def test_the_year_sheet_has_each_department_and_its_kinds_with_totals(path: Path) -> None:
    sheets = xlsx_sheets(path)
    assert list(sheets) == ["2026년 실적", "2027년 계획", "기업 유형별", "월별 누계"]
    rows = sheets["2026년 실적"]
    assert rows[0][0] == "2026년 부서별 공공구매 실적"
    assert rows[1][0] == "금천구 사회적경제 허브센터 · 작성일: 2026. 12. 8."
    header = next(row for row in rows if row[0] == "부서명")
    assert header[:5] == ("부서명", "목표액", "실적액", "달성률", "구매 유형별 실적")
    assert rows[rows.index(header) + 1][4:7] == ("물품", "용역", "공사")
    lines, total = body(rows, "부서명")
    assert lines[0] == ("일자리경제과", 500_000_000, 612_000_000, 1.224, 300_000_000,
                        312_000_000, 0)  # fmt: skip
    assert lines[2][0] == '\'=HYPERLINK("x")과' and lines[2][3] is None  # text, no target
    assert total == ("합계", 1_200_000_000, 1_034_572_890, pytest.approx(1_034_572_890 / 1.2e9),
                     322_567_890, 612_005_000, 100_000_000)  # fmt: skip
    for line in [*lines, total]:
        assert line[2] == sum(line[4:7])  # type: ignore[arg-type]


def test_the_plan_sheet_has_next_years_targets_and_their_total(path: Path) -> None:
    lines, total = body(xlsx_sheets(path)["2027년 계획"], "부서명")
    assert [line[:2] for line in lines] == [
        ("일자리경제과", 550_000_000), ("총무과", 750_000_000), ("'=HYPERLINK(\"x\")과", None),
    ]  # fmt: skip
    assert total[:2] == ("합계", 1_300_000_000)


def test_kinds_and_months_are_numbers_with_formats(path: Path) -> None:
    sheets = xlsx_sheets(path)
    kinds, total = body(sheets["기업 유형별"], "기업 유형")
    assert kinds == [("사회적기업", 800_000_000, pytest.approx(800 / 1034.57289)),
                     ("협동조합", 234_572_890, pytest.approx(234.57289 / 1034.57289))]  # fmt: skip
    assert total == ("합계", 1_034_572_890, 1)
    months = [row for row in sheets["월별 누계"] if str(row[0])[:-1].isdigit()]
    assert months[0] == ("1월", 10_000_000, pytest.approx(10 / 1200))
    assert months[-1] == ("12월", 120_000_000, pytest.approx(0.1))
    book = load_workbook(path)
    year = book["2026년 실적"]
    amount = next(row[1] for row in year.iter_rows() if row[0].value == "일자리경제과")
    assert amount.number_format == '#,##0"원"'
    assert (
        next(row[3] for row in year.iter_rows() if row[0].value == "합계").number_format == "0.0%"
    )


def test_without_a_split_by_kind_there_are_no_kind_columns(tmp_path: Path) -> None:
    target = tmp_path / "plain.xlsx"
    plain = [D("총무과", 100, 50, None)]
    write_procurement_xlsx(2026, plain, (), (), target, "허브")
    header = next(row for row in xlsx_sheets(target)["2026년 실적"] if row[0] == "부서명")
    assert [cell for cell in header if cell] == ["부서명", "목표액", "실적액", "달성률"]


def test_an_empty_year_says_so_on_each_sheet(tmp_path: Path) -> None:
    target = tmp_path / "empty.xlsx"
    months = tuple(MonthFigure(m, 0, None) for m in range(1, 13))
    write_procurement_xlsx(2026, (), (), months, target, "허브", date(2026, 12, 8))
    sheets = {name: [row[0] for row in rows] for name, rows in xlsx_sheets(target).items()}
    assert "해당 연도 부서별 공공구매 목표와 실적이 없습니다." in sheets["2026년 실적"]
    assert "차년도 부서별 공공구매 목표가 없습니다." in sheets["2027년 계획"]
    assert "해당 연도 공공구매 실적이 없습니다." in sheets["기업 유형별"]
    assert "해당 연도 공공구매 실적이 없습니다." in sheets["월별 누계"]
    assert not any("합계" in names or "1월" in names for names in sheets.values())


def test_a_department_that_bought_one_kind_gets_no_single_cell_merge(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """xlsxwriter warns "Can't merge single cell" for a group of one column."""
    target = tmp_path / "one.xlsx"
    one = [D("총무과", 100, 50, 120, ((P.GOODS, 50),))]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        write_procurement_xlsx(2026, one, ((K.COOPERATIVE, 50),), MONTHLY, target, "허브")
    assert "merge" not in capfd.readouterr().err
    rows = xlsx_sheets(target)["2026년 실적"]
    header = next(row for row in rows if row[0] == "부서명")
    assert header[4] == "구매 유형별 실적" and rows[rows.index(header) + 1][4] == "물품"
    lines, total = body(rows, "부서명")
    assert lines == [("총무과", 100, 50, 0.5, 50)] and total[4] == 50
