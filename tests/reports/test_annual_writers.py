"""The annual report writers on a hand-built report with known numbers, read back with
pypdf and openpyxl as a user's program would."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reports.readback import no_leftovers, pdf_pages, xlsx_sheets

from hubdesk.domain.enums import PurchaseCategory as P
from hubdesk.domain.enums import TargetMetric as M
from hubdesk.domain.enums import TeamKind as K
from hubdesk.domain.enums import TrainingCategory as C
from hubdesk.domain.exports import ExportFileError
from hubdesk.domain.goals import AnnualReport, DepartmentProcurement, GoalFigure, QuarterFigures
from hubdesk.reports.annual_pdf import write_annual_pdf
from hubdesk.reports.annual_rows import million
from hubdesk.reports.annual_xlsx import write_annual_xlsx

SECTIONS = (
    "1. 추진 목표 대비 실적",
    "2. 분기별 실적",
    "3. 인재양성 실적",
    "4. 공공구매 실적",
    "5. 기업 유형별 운영 현황",
)
SHEETS = ["요약", "분기별 실적", "인재양성 실적", "공공구매 실적", "기업 유형별 운영 현황"]


def sample_report(titles: tuple[str, ...] = ("담당", "팀장", "센터장")) -> AnnualReport:
    """2026: 47 of 60 operating against 76 %, 642 trained against 600, money in won."""
    goals = (
        GoalFigure(M.OPERATION_RATE, 2026, 76, 47, 60, 76.0),
        GoalFigure(M.PEOPLE_TRAINED, 2026, 600, 642, None, 600.0),
        GoalFigure(M.PEOPLE_TRAINED_TERM, None, 4600, 1210),
        GoalFigure(M.BUDGET_EXECUTION, 2026, 427_600_000, 381_250_000),
        GoalFigure(M.BUDGET_CITY, 2026, 213_800_000, 200_000_000),
        GoalFigure(M.BUDGET_DISTRICT, 2026, 213_800_000, 181_250_000),
        GoalFigure(M.PUBLIC_PROCUREMENT, 2026, 1_500_000_000, 1_234_567_890),
    )
    q = QuarterFigures
    quarters = (
        q(1, 44, 58, 120, 120, 40_000_000, 30_000_000, 70_000_000, 200_000_000, 200_000_000),
        q(2, 45, 59, 180, 300, 60_000_000, 50_000_000, 180_000_000, 300_000_000, 500_000_000),
        q(3, 46, 60, 150, 450, 50_000_000, 51_250_000, 281_250_000, 334_567_890, 834_567_890),
        q(4, 47, 60, 192, 642, 50_000_000, 50_000_000, 381_250_000, 400_000_000, 1_234_567_890),
    )
    d = DepartmentProcurement
    return AnnualReport(
        year=2026,
        made_on=date(2026, 12, 8),
        hub_name="금천구 사회적경제 허브센터",
        approval_titles=titles,
        goals=goals,
        quarters=quarters,
        trained_by_category=(
            (C.ACADEMY, 61),
            (C.PROCUREMENT, 51),
            (C.SCHOOL, 500),
            (C.CAMPUS_TOWN, 19),
            (C.OTHER, 11),
        ),  # fmt: skip
        procurement_by_department=(
            d("일자리경제과", 500_000_000, 612_000_000, 550_000_000, ((P.GOODS, 612_000_000),)),
            d("총무과", 700_000_000, 422_567_890, 750_000_000),
            d("사회복지과", 300_000_000, 200_000_000, None),
        ),
        procurement_by_kind=(
            (K.SOCIAL_ENTERPRISE, 800_000_000),
            (K.COOPERATIVE, 300_000_000),
            (K.VILLAGE_ENTERPRISE, 134_567_890),
        ),  # fmt: skip
        teams_by_kind=(
            (K.SOCIAL_ENTERPRISE, 25, 31),
            (K.PRE_SOCIAL_ENTERPRISE, 8, 12),
            (K.COOPERATIVE, 10, 12),
            (K.VILLAGE_ENTERPRISE, 4, 5),
        ),  # fmt: skip
    )


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("annual") / "annual.pdf"
    write_annual_pdf(sample_report(), path)
    return path


@pytest.fixture(scope="module")
def sheets(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[object, ...]]]:
    path = tmp_path_factory.mktemp("annual") / "annual.xlsx"
    write_annual_xlsx(sample_report(), path)
    return xlsx_sheets(path)


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines()]


def test_the_pdf_has_the_title_the_approval_box_and_every_section(pdf: Path) -> None:
    pages = pdf_pages(pdf)
    first = lines(pages[0])
    assert first[:3] == ["2026년 사회적경제 활성화 추진실적", "금천구 사회적경제 허브센터",
                         "작성일: 2026. 12. 8."]  # fmt: skip
    assert first[first.index("재") + 1 : first.index("재") + 4] == ["담당", "팀장", "센터장"]
    text = "\n".join(pages)
    positions = [text.index(title) for title in SECTIONS]
    assert positions == sorted(positions)
    assert [lines(page)[-1] for page in pages] == [f"- {n} -" for n in range(1, len(pages) + 1)]


def test_the_pdf_goal_table_carries_target_actual_and_rate_with_units(pdf: Path) -> None:
    first = lines(pdf_pages(pdf)[0])

    def row(label: str) -> list[str]:
        at = first.index(label)
        return first[at + 1 : at + 4]

    assert row("사회적경제기업 운영률") == ["76.0%", "78.3%", "103.1%"]  # 47/60 = 78.33 %
    assert row("인재양성 (교육 이수)") == ["600명", "642명", "107.0%"]
    assert row("인재양성 (임기 누적 실인원)") == ["4,600명", "1,210명", "26.3%"]
    assert row("예산 집행 (합계)") == ["427,600,000원", "381,250,000원", "89.2%"]
    assert row("공공구매") == ["1,500,000,000원", "1,234,567,890원", "82.3%"]
    assert "백만원: 목표 427.6 / 실적 381.3" in first  # halves rounded up
    assert "운영 47개 / 등록 60개 (2026. 12. 8. 기준)" in first  # the year is not over


def test_the_pdf_quarters_have_their_figures_and_running_totals(pdf: Path) -> None:
    page = lines(pdf_pages(pdf)[1])
    assert "단위: 명, 백만원" in page

    def row(label: str) -> list[str]:
        at = page.index(label)
        return page[at + 1 : at + 10]

    assert row("1분기") == ["75.9%", "44 / 58", "120", "120", "40.0", "30.0", "70.0", "200.0",
                           "200.0"]  # fmt: skip
    assert row("3분기") == ["76.7%", "46 / 60", "150", "450", "50.0", "51.3", "281.3", "334.6",
                           "834.6"]  # fmt: skip
    assert row("계") == ["78.3%", "47 / 60", "642", "642", "200.0", "181.3", "381.3",
                        "1,234.6", "1,234.6"]  # fmt: skip


def test_the_pdf_parts_training_procurement_and_enterprises(pdf: Path) -> None:
    text = lines("\n".join(pdf_pages(pdf)))

    def row(label: str, width: int) -> list[str]:
        at = text.index(label)
        return text[at + 1 : at + 1 + width]

    assert row("학교 교육", 2) == ["500", "77.9%"]
    assert row("일자리경제과", 4) == ["500.0", "612.0", "122.4%", "550.0"]
    assert row("사회복지과", 4) == ["300.0", "200.0", "66.7%", "-"]
    assert row("마을기업", 2) == ["134.6", "10.9%"]
    assert row("예비사회적기업", 3) == ["12", "8", "66.7%"]
    totals = [i for i, line in enumerate(text) if line == "합계"]
    assert [text[i + 1] for i in totals] == ["642", "1,500.0", "1,234.6", "60"]
    assert "2027년 목표" in text


def test_the_pdf_is_a4_with_nanum_gothic_embedded_and_its_charts_drawn(pdf: Path) -> None:
    reader = PdfReader(pdf)
    fonts = {}
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == (595, 842)
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    assert fonts and all("NanumGothic" in name for name in fonts)
    assert all("/FontFile2" in f["/FontDescriptor"].get_object() for f in fonts.values())
    text = "\n".join(pdf_pages(pdf))
    assert "목표 대비 달성률 (%)" in text and "분기별 누계 실적 (연간 목표 대비 %)" in text
    assert (
        reader.metadata is not None and reader.metadata.title == "2026년 사회적경제 활성화 추진실적"
    )


def test_a_report_with_five_approval_titles_keeps_them_all(tmp_path: Path) -> None:
    path = tmp_path / "five.pdf"
    titles = ("담당", "주무관", "팀장", "과장", "센터장")
    write_annual_pdf(sample_report(titles), path)
    first = lines(pdf_pages(path)[0])
    assert first[first.index("재") + 1 : first.index("재") + 6] == list(titles)


def test_the_workbook_has_one_sheet_a_section_and_the_header_block(
    sheets: dict[str, list[tuple[object, ...]]],
) -> None:
    assert list(sheets) == SHEETS
    summary = sheets["요약"]
    assert summary[0][0] == "2026년 사회적경제 활성화 추진실적"
    assert summary[0][6:10] == ("결재", "담당", "팀장", "센터장")
    assert summary[1][0] == "금천구 사회적경제 허브센터"
    assert summary[2][0] == "작성일: 2026. 12. 8."


def test_the_workbook_goals_are_numbers_with_units_and_rates(
    tmp_path: Path, sheets: dict[str, list[tuple[object, ...]]]
) -> None:
    goals = {row[0]: row[1:4] for row in sheets["요약"][6:13]}
    assert goals["사회적경제기업 운영률"] == pytest.approx((0.76, 47 / 60, (47 / 60) / 0.76))
    assert goals["인재양성 (교육 이수)"] == pytest.approx((600, 642, 1.07))
    assert goals["공공구매"] == pytest.approx(
        (1_500_000_000, 1_234_567_890, 1_234_567_890 / 1_500_000_000)
    )
    path = tmp_path / "formats.xlsx"
    write_annual_xlsx(sample_report(), path)
    from openpyxl import load_workbook

    book = load_workbook(path)
    summary = book["요약"]
    assert summary["B7"].number_format == "0.0%" and summary["D7"].number_format == "0.0%"
    assert summary["B8"].number_format == '#,##0"명"'
    assert summary["C13"].number_format == '#,##0"원"'
    assert book["분기별 실적"]["F7"].number_format == '#,##0"원"'
    with zipfile.ZipFile(path) as archive:
        chart = archive.read("xl/charts/chart1.xml").decode()
    assert "<c:barChart>" in chart and "요약!$D$7:$D$13" in chart


def test_the_workbook_totals_add_up(sheets: dict[str, list[tuple[object, ...]]]) -> None:
    quarters = [
        row for row in sheets["분기별 실적"] if row[0] in ("1분기", "2분기", "3분기", "4분기")
    ]
    total = next(row for row in sheets["분기별 실적"] if row[0] == "계")
    assert len(quarters) == 4
    for column in (3, 5, 6, 8):  # the quarters' own figures add up to the year's
        assert total[column] == sum(row[column] for row in quarters)  # type: ignore[misc]
    assert total[4] == quarters[-1][4] == 642
    assert total[9] == 1_234_567_890 and total[5] == 200_000_000
    departments = sheets["공공구매 실적"]
    head = [row[0] for row in departments].index("부서명")
    body = departments[head + 1 : head + 4]
    dept_total = departments[head + 4]
    assert dept_total[0] == "합계" and dept_total[1:3] == (1_500_000_000, 1_234_567_890)
    assert dept_total[4] == 1_300_000_000 and body[2][4] is None
    assert sum(row[2] for row in body) == dept_total[2]  # type: ignore[misc]
    teams = {row[0]: row[1:] for row in sheets["기업 유형별 운영 현황"][5:]}
    assert teams["합계"] == pytest.approx((60, 47, 47 / 60))
    training = {row[0]: row[1:] for row in sheets["인재양성 실적"][5:]}
    assert training["학교 교육"] == pytest.approx((500, 500 / 642)) and training["합계"][0] == 642


def test_million_rounds_halves_up() -> None:
    assert [million(v) for v in (381_250_000, 381_249_999, 0, 50_000, -150_000)] == [
        381.3, 381.2, 0.0, 0.1, -0.2,
    ]  # fmt: skip


def test_a_failing_write_leaves_no_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing" / "annual.pdf"
    with pytest.raises(ExportFileError):
        write_annual_pdf(sample_report(), missing)
    with pytest.raises(ExportFileError):
        write_annual_xlsx(sample_report(), missing.with_suffix(".xlsx"))
    assert not missing.parent.exists() and no_leftovers(tmp_path) == []


def test_a_rate_without_registered_enterprises_is_a_dash_not_zero(tmp_path: Path) -> None:
    report = sample_report()
    none = GoalFigure(M.OPERATION_RATE, 2026, 76, 0, 0, 76.0)
    report = replace(report, goals=(none, *report.goals[1:]))
    write_annual_pdf(report, tmp_path / "a.pdf")
    first = lines(pdf_pages(tmp_path / "a.pdf")[0])
    at = first.index("사회적경제기업 운영률")
    assert first[at + 1 : at + 4] == ["76.0%", "-", "-"]
    write_annual_xlsx(report, tmp_path / "a.xlsx")
    row = xlsx_sheets(tmp_path / "a.xlsx")["요약"][6]
    assert row[:4] == ("사회적경제기업 운영률", 0.76, None, None)


# --- an empty year: a small hub with no targets, purchases or figures yet ------------------


def empty_report(year: int = 2026) -> AnnualReport:
    """What the service makes of a hub with nothing in the year: every goal without a
    target at 0, four quarters of zeros, every category at 0, no department or team."""
    goals = tuple(
        GoalFigure(m, None if m is M.PEOPLE_TRAINED_TERM else year, None, 0,
                   0 if m is M.OPERATION_RATE else None)
        for m in M
    )  # fmt: skip
    return replace(
        sample_report(),
        year=year,
        goals=goals,
        quarters=tuple(QuarterFigures(n, 0, 0, 0, 0, 0, 0, 0, 0, 0) for n in range(1, 5)),
        trained_by_category=tuple((category, 0) for category in C),
        procurement_by_department=(),
        procurement_by_kind=(),
        teams_by_kind=(),
    )


EMPTY_NOTES = (
    "연간 목표가 입력되지 않아 달성률을 그릴 수 없습니다.",
    "해당 연도 실적이 없습니다.",
    "해당 연도 교육 이수 실적이 없습니다.",
    "해당 연도 부서별 공공구매 목표와 실적이 없습니다.",
    "해당 연도 공공구매 실적이 없습니다.",
    "등록된 사회적경제기업이 없습니다.",
)


def test_an_empty_year_prints_every_section_saying_there_is_nothing(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    write_annual_pdf(empty_report(), path)
    pages = pdf_pages(path)
    text = "\n".join(pages)
    positions = [text.index(title) for title in SECTIONS]
    assert positions == sorted(positions)
    assert [text.index(note) for note in EMPTY_NOTES] == sorted(text.index(n) for n in EMPTY_NOTES)
    assert "목표 대비 달성률 (%)" not in text and "분기별 누계" not in text  # no empty chart
    first = lines(pages[0])
    at = first.index("인재양성 (교육 이수)")
    assert first[at + 1 : at + 4] == ["-", "0명", "-"]  # the goals' table is still there
    assert "1분기" not in lines(text) and "합계" not in lines(text)  # no grid of zeros
    assert [lines(page)[-1] for page in pages] == [f"- {n} -" for n in range(1, len(pages) + 1)]


def test_an_empty_year_workbook_says_so_on_each_sheet_without_a_chart(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    write_annual_xlsx(empty_report(), path)
    sheets = xlsx_sheets(path)
    assert list(sheets) == SHEETS
    cells = {sheet: [row[0] for row in rows] for sheet, rows in sheets.items()}
    assert EMPTY_NOTES[0] in cells["요약"] and len(sheets["요약"][6:13]) == 7
    assert EMPTY_NOTES[1] in cells["분기별 실적"] and "1분기" not in cells["분기별 실적"]
    assert EMPTY_NOTES[2] in cells["인재양성 실적"]
    assert EMPTY_NOTES[3] in cells["공공구매 실적"] and EMPTY_NOTES[4] in cells["공공구매 실적"]
    assert EMPTY_NOTES[5] in cells["기업 유형별 운영 현황"]
    with zipfile.ZipFile(path) as archive:
        assert not [name for name in archive.namelist() if name.startswith("xl/charts/")]


def test_a_year_with_targets_and_no_results_still_draws_the_goal_chart(tmp_path: Path) -> None:
    report = empty_report()
    target = GoalFigure(M.PEOPLE_TRAINED, 2026, 600, 0)
    report = replace(report, goals=(report.goals[0], target, *report.goals[2:]))
    write_annual_pdf(report, tmp_path / "t.pdf")
    text = "\n".join(pdf_pages(tmp_path / "t.pdf"))
    assert "목표 대비 달성률 (%)" in text and "0.0%" in text
    assert "분기별 누계" not in text  # the quarters hold nothing to total
    write_annual_xlsx(report, tmp_path / "t.xlsx")
    with zipfile.ZipFile(tmp_path / "t.xlsx") as archive:
        assert "xl/charts/chart1.xml" in archive.namelist()


def test_a_report_with_no_goals_and_no_quarters_is_still_written(tmp_path: Path) -> None:
    bare = replace(empty_report(), goals=(), quarters=(), trained_by_category=())
    write_annual_pdf(bare, tmp_path / "bare.pdf")
    write_annual_xlsx(bare, tmp_path / "bare.xlsx")
    text = "\n".join(pdf_pages(tmp_path / "bare.pdf"))
    assert all(title in text for title in SECTIONS) and "해당 연도 실적이 없습니다." in text
    assert xlsx_sheets(tmp_path / "bare.xlsx")["요약"][6][0] == "해당 연도 실적이 없습니다."
