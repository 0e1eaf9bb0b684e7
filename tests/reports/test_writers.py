"""The writers alone: page set-up, the approval box, fonts, progress, cancellation,
formula neutralisation and encodings."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from reports.readback import csv_rows, pdf_pages
from reports.samples import sample_log, sample_session

from hubdesk.domain.exports import (
    CsvEncoding,
    ExportCancelled,
    Tracker,
    UnencodableText,
    neutralise,
)
from hubdesk.reports.consultation_csv import write_consultation_csv
from hubdesk.reports.consultation_pdf import write_consultation_pdf
from hubdesk.reports.consultation_rows import LOG_HEADER
from hubdesk.reports.consultation_xlsx import LOG_WIDTHS, write_consultation_xlsx
from hubdesk.reports.pdf_fonts import register_korean_fonts, text_width, wrap_lines

WRITERS: dict[str, Callable[..., None]] = {
    "xlsx": write_consultation_xlsx,
    "csv": write_consultation_csv,
    "pdf": write_consultation_pdf,
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+82 10", "'+82 10"),
        ("-3", "'-3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("a=1", "a=1"),
        ("사업계획", "사업계획"),
        ("", ""),
    ],
)
def test_neutralise(text: str, expected: str) -> None:
    assert neutralise(text) == expected


def test_wrap_lines_fit_the_width_and_keep_every_character() -> None:
    font = register_korean_fonts()[0]
    text = "구성원 2명이 참석하여 크라우드펀딩 설계 관련 질의응답을 진행함. averyverylongmail@x.kr"
    lines = wrap_lines(text, 60, font, 7)
    assert len(lines) > 3
    assert all(text_width(line, font, 7) <= 60 for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def test_xlsx_is_ready_to_print(tmp_path: Path) -> None:
    path = tmp_path / "log.xlsx"
    write_consultation_xlsx(sample_log(), path)
    book = load_workbook(path)
    for sheet in book:
        setup = sheet.page_setup
        assert (setup.orientation, setup.paperSize) == ("landscape", 9), sheet.title
        # One page wide, any pages high: fitToWidth is left out when it is 1, the
        # default of SpreadsheetML's pageSetup (ECMA-376 Part 1, 18.3.1.63).
        assert (setup.fitToWidth or 1, setup.fitToHeight) == (1, 0)
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.oddFooter.center.text == "&P / &N"
    log = book["컨설팅 일지"]
    assert log.freeze_panes == "A2"
    assert log.print_title_rows == "$1:$1"
    by_column = {  # a run of columns of one width may be stored as one <col> range
        index: dimension.width
        for dimension in log.column_dimensions.values()
        for index in range(dimension.min, dimension.max + 1)
    }
    widths = [by_column[index + 1] for index in range(len(LOG_WIDTHS))]
    # The file stores a width with Excel's cell padding added (about 0.71 of a character
    # in the default font); Excel shows the width asked for.
    assert all(want <= got <= want + 1 for want, got in zip(LOG_WIDTHS, widths, strict=True))
    assert log["B2"].number_format == "yyyy-mm-dd"
    assert log["D2"].number_format == "#,##0.0#"
    assert log["O2"].alignment.wrap_text
    assert log.row_dimensions[2].height > 12  # wrapped summary: taller than one line
    assert book["분야별"]["C2"].number_format == "#,##0.0#"
    assert book["컨설턴트별"].print_title_rows == "$1:$1"


def test_xlsx_cover_draws_the_approval_box(tmp_path: Path) -> None:
    path = tmp_path / "log.xlsx"
    titles = ("담당", "과장", "팀장", "센터장")
    write_consultation_xlsx(sample_log(approval_titles=titles), path)
    cover = load_workbook(path)["표지"]
    assert cover["A1"].value == "2026년 3분기 컨설팅 일지"
    assert "F1:F2" in {str(r) for r in cover.merged_cells.ranges}
    assert cover["F1"].value == "결재"
    assert tuple(cover.cell(1, 7 + i).value for i in range(4)) == titles
    for row, column in [(1, 6)] + [(r, c) for r in (1, 2) for c in range(7, 11)]:
        if True:
            border = cover.cell(row, column).border
            sides = (border.left, border.right, border.top, border.bottom)
            assert all(side.style == "thin" for side in sides), (row, column)
    assert cover.row_dimensions[2].height >= 40  # room to sign


def test_pdf_embeds_nanum_gothic_and_repeats_the_header(tmp_path: Path) -> None:
    path = tmp_path / "log.pdf"
    write_consultation_pdf(sample_log(rows=120), path)
    reader = PdfReader(path)
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    assert fonts and all("NanumGothic" in name for name in fonts)
    for font in fonts.values():
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor  # the TrueType program is in the file
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape
    pages = [" ".join(p.split()) for p in pdf_pages(path)]
    log_pages = [p for p in pages if "사업계획 점검과 판로 개척" in p]
    assert len(log_pages) > 3
    assert all("내용 요약" in p and "컨설턴트 / 소속" in p for p in log_pages)
    assert all(f"{n} / {len(pages)}" in p for n, p in enumerate(pages, 1))


def test_pdf_prints_custom_approval_titles(tmp_path: Path) -> None:
    path = tmp_path / "log.pdf"
    write_consultation_pdf(sample_log(approval_titles=("담당", "과장", "센터장")), path)
    assert "과장" in pdf_pages(path)[0]


@pytest.mark.parametrize("kind", list(WRITERS))
def test_progress_runs_up_to_the_total(tmp_path: Path, kind: str) -> None:
    calls: list[tuple[int, int]] = []
    WRITERS[kind](
        sample_log(rows=600), tmp_path / f"log.{kind}", progress=lambda *a: calls.append(a)
    )
    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1] > 0
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert len(calls) > 2


@pytest.mark.parametrize("kind", list(WRITERS))
@pytest.mark.parametrize("after", [0, 1, 2, 5])
def test_cancelling_leaves_no_file(tmp_path: Path, kind: str, after: int) -> None:
    target = tmp_path / f"log.{kind}"
    checks = iter(range(after + 1))
    with pytest.raises(ExportCancelled):
        WRITERS[kind](
            sample_log(rows=1500), target, cancelled=lambda: next(checks, after + 1) >= after
        )
    assert list(tmp_path.iterdir()) == []


def test_tracker_reports_every_step_and_at_the_end() -> None:
    calls: list[tuple[int, int]] = []
    tracker = Tracker(10, lambda *a: calls.append(a), step=4)
    for _ in range(10):
        tracker.advance()
    tracker.finish()
    assert calls == [(1, 10), (5, 10), (9, 10), (10, 10)]


def test_cp949_refuses_what_it_cannot_write(tmp_path: Path) -> None:
    target = tmp_path / "log.csv"
    sessions = (sample_session(1), sample_session(2, topic="판로 개척 🙂"))
    with pytest.raises(UnencodableText) as caught:
        write_consultation_csv(sample_log(sessions=sessions), target, encoding=CsvEncoding.CP949)
    assert caught.value.values["row"] == 2
    assert caught.value.values["column"] == "주제"
    assert caught.value.values["character"] == "🙂"
    assert not target.exists() and list(tmp_path.iterdir()) == []
    write_consultation_csv(sample_log(sessions=sessions), target)  # UTF-8 writes it
    assert csv_rows(target)[2][LOG_HEADER.index("주제")] == "판로 개척 🙂"


def test_cp949_names_the_failing_row_among_many(tmp_path: Path) -> None:
    """Rows are handed to csv.writer in one stream: the row named is the one whose
    write failed, not the last one made."""
    sessions = tuple(
        sample_session(n, place="강당 ₩" if n == 37 else "회의실") for n in range(1, 201)
    )
    with pytest.raises(UnencodableText) as caught:
        write_consultation_csv(
            sample_log(sessions=sessions), tmp_path / "log.csv", encoding=CsvEncoding.CP949
        )
    assert caught.value.values["row"] == 37
    assert caught.value.values["character"] == "₩"
    assert list(tmp_path.iterdir()) == []


def test_csv_and_xlsx_write_an_empty_quarter(tmp_path: Path) -> None:
    for kind, writer in WRITERS.items():
        writer(sample_log(rows=0), tmp_path / f"empty.{kind}")
    assert csv_rows(tmp_path / "empty.csv") == [list(LOG_HEADER)]
    assert load_workbook(tmp_path / "empty.xlsx")["컨설팅 일지"].max_row == 1
    assert "완료 컨설팅 0건" in " ".join(pdf_pages(tmp_path / "empty.pdf")[0].split())


def test_the_xlsx_writer_gives_the_collector_back_however_it_ends(tmp_path: Path) -> None:
    """The workbook is built with the cyclic collector off; it is on again afterwards,
    after a cancel too, and left off when it was off before."""
    write_consultation_xlsx(sample_log(rows=30), tmp_path / "done.xlsx")
    assert gc.isenabled()
    with pytest.raises(ExportCancelled):
        write_consultation_xlsx(sample_log(rows=30), tmp_path / "x.xlsx", cancelled=lambda: True)
    assert gc.isenabled()
    gc.disable()
    try:
        write_consultation_xlsx(sample_log(rows=3), tmp_path / "off.xlsx")
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert load_workbook(tmp_path / "done.xlsx")["컨설팅 일지"].max_row == 31
