"""The consultation log as an XLSX workbook, ready to print.

Sheets: 표지 (hub, quarter, facts, totals by field, the approval box), 컨설팅 일지
(one row per completed session), and totals by field, consultant and team. Every
sheet is A4 landscape, fitted to the page width, with page numbers in the footer;
the log repeats its header row on every printed page and keeps it frozen on screen.
The workbook is written in openpyxl's write-only mode: rows stream to the file.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from copy import copy
from math import ceil
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.cell.cell import Cell as OpenpyxlCell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange

from hubdesk.domain.consultation_log import ConsultationLog
from hubdesk.domain.exports import CancelCheck, Progress, Tracker, neutralise
from hubdesk.reports.consultation_rows import (
    LOG_HEADER,
    Cell,
    TotalsTable,
    cover_lines,
    log_values,
    totals_tables,
)
from hubdesk.reports.files import save_bytes, written_or_removed

FONT = "맑은 고딕"  # Excel's Korean UI font; LibreOffice falls back to a Korean face
PAPER_A4 = "9"  # the paperSize code of A4 in SpreadsheetML
LINE_POINTS = 12.0  # one line of 9 pt text
HOURS_FORMAT = "#,##0.0#"
COUNT_FORMAT = "#,##0"
LOG_WIDTHS = (5, 10.5, 11.5, 6.5, 16, 7, 13, 14, 7, 14, 9, 6, 11, 14, 22, 22, 18, 5.5)
# Each log column's style: long texts wrap, every cell aligns to the top of its row.
LOG_STYLES = (
    "top", "date", "top", "hours", "wrap", "top", "top", "wrap", "top",
    "wrap", "wrap", "top", "wrap", "wrap", "wrap", "wrap", "wrap", "top",
)  # fmt: skip
_THIN = Side(style="thin", color="808080")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="DCE6F1")
_UNITS = {"건": '#,##0"건"', "곳": '#,##0"곳"', "명": '#,##0"명"', "시간": '#,##0.0#"시간"'}


def _styles() -> dict[str, NamedStyle]:
    def style(name: str, **kwargs: Any) -> NamedStyle:
        named = NamedStyle(name=name, **kwargs)
        named.font = kwargs.get("font", Font(name=FONT, size=10))
        return named

    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    top, wrap = Alignment(vertical="top"), Alignment(vertical="top", wrap_text=True)
    small = Font(name=FONT, size=9)
    return {
        "title": style("hd_title", font=Font(name=FONT, size=16, bold=True)),
        "head": style(
            "hd_head",
            font=Font(name=FONT, size=10, bold=True),
            fill=_HEAD_FILL,
            border=_BOX,
            alignment=center,
        ),
        "label": style(
            "hd_label", font=Font(name=FONT, size=10, bold=True), fill=_HEAD_FILL, border=_BOX
        ),
        "box": style("hd_box", border=_BOX, alignment=Alignment(vertical="center")),
        "sign": style("hd_sign", border=_BOX, alignment=center),
        "top": style("hd_top", font=small, alignment=top),
        "wrap": style("hd_wrap", font=small, alignment=wrap),
        "date": style("hd_date", font=small, alignment=top, number_format="yyyy-mm-dd"),
        "hours": style("hd_hours", font=small, alignment=top, number_format=HOURS_FORMAT),
        "sum": style("hd_sum", font=Font(name=FONT, size=10, bold=True), border=Border(top=_THIN)),
    }


def write_consultation_xlsx(
    log: ConsultationLog,
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> None:
    tracker = Tracker(len(log.sessions), progress, cancelled)
    tracker.report()
    book = Workbook(write_only=True)
    styles = _styles()
    for style in styles.values():
        book.add_named_style(style)
    try:
        _cover_sheet(book, log, styles)
        _log_sheet(book, log, styles, tracker)
        for table in totals_tables(log):
            _totals_sheet(book, table, styles)
        tracker.check()
    except BaseException:
        _discard(book)
        raise
    buffer = io.BytesIO()
    book.save(buffer)
    with written_or_removed(path):
        save_bytes(buffer, path)
    tracker.finish()


def _discard(book: Workbook) -> None:
    """Close the sheets streamed so far and delete openpyxl's temporary files."""
    for sheet in book.worksheets:
        if sheet._writer is not None and not sheet.closed:
            sheet.close()
            sheet._writer.cleanup()


def _sheet(book: Workbook, title: str, widths: Sequence[float]) -> Any:
    sheet = book.create_sheet(title)
    for index, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = PAPER_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.print_options.horizontalCentered = True
    sheet.oddFooter.center.text = "&P / &N"
    return sheet


def _cell(sheet: Any, value: Cell, style: NamedStyle | None = None, fmt: str = "") -> Any:
    cell = WriteOnlyCell(sheet, value=_text(value))
    if style is not None:
        cell.style = style.name
    if fmt:
        cell.number_format = fmt
    return cell


def _text(value: Cell) -> Cell:
    if isinstance(value, str):
        return neutralise(ILLEGAL_CHARACTERS_RE.sub("", value))
    return value


def _cover_sheet(book: Workbook, log: ConsultationLog, styles: dict[str, NamedStyle]) -> None:
    """A: labels, B:D: values (merged), then the approval box from column F."""
    titles = log.approval_titles
    sheet = _sheet(book, "표지", (26, 12, 12, 30, 3, 5, *([11] * len(titles))))
    sheet.row_dimensions[2].height = 42
    sheet.merged_cells.add(CellRange("F1:F2"))
    sign, head = styles["sign"], styles["head"]
    sheet.append(
        [_cell(sheet, log.title, styles["title"]), None, None, None, None]
        + [_cell(sheet, "결재", sign)]
        + [_cell(sheet, title, head) for title in titles]
    )
    sheet.append(
        [_cell(sheet, log.hub_name), None, None, None, None]
        + [_cell(sheet, None, sign) for _ in range(len(titles) + 1)]
    )
    sheet.append([])
    for row, line in enumerate(cover_lines(log), 4):
        sheet.merged_cells.add(CellRange(f"B{row}:D{row}"))
        value = _cell(sheet, line.value, styles["box"], _UNITS.get(line.unit, ""))
        frame = [_cell(sheet, None, styles["box"]) for _ in range(2)]
        sheet.append([_cell(sheet, line.label, styles["label"]), value, *frame])
    sheet.append([])
    sheet.append([_cell(sheet, "분야별 현황", styles["title"])])
    _table(sheet, totals_tables(log)[0], styles)


def _log_sheet(
    book: Workbook, log: ConsultationLog, styles: dict[str, NamedStyle], tracker: Tracker
) -> None:
    sheet = _sheet(book, "컨설팅 일지", LOG_WIDTHS)
    sheet.freeze_panes = "A2"
    sheet.print_title_rows = "1:1"
    last = get_column_letter(len(LOG_HEADER))
    sheet.auto_filter.ref = f"A1:{last}{len(log.sessions) + 1}"
    sheet.append([_cell(sheet, name, styles["head"]) for name in LOG_HEADER])
    shapes = [_cell(sheet, None, styles[name]) for name in LOG_STYLES]
    for row, session in enumerate(log.sessions, 2):
        values = log_values(session)
        sheet.row_dimensions[row].height = _row_height(values)
        sheet.append(
            [_like(sheet, shape, _text(v)) for shape, v in zip(shapes, values, strict=True)]
        )
        tracker.advance()


def _row_height(values: Sequence[Cell]) -> float:
    """Points for the wrapped texts of a row. Set explicitly: LibreOffice does not grow
    rows for wrapped text when it opens a file, and Excel does so only on editing."""
    lines = 1
    for value, width, style in zip(values, LOG_WIDTHS, LOG_STYLES, strict=True):
        if style == "wrap" and isinstance(value, str):
            lines = max(lines, ceil(_text_units(value) * 1.05 / (width - 1)))
    return LINE_POINTS * lines + 3


def _text_units(text: str) -> float:
    """Width in Excel's column units at 9 pt: Hangul and other wide glyphs take ~1.8."""
    return sum(1.8 if ord(ch) >= 0x1100 else 1.0 for ch in text)


def _like(sheet: Any, shape: Any, value: Cell) -> Any:
    """A cell holding ``value`` styled as ``shape``. Copying the style array is what
    openpyxl does when it copies cells; assigning a named style per cell is ~3× slower."""
    return OpenpyxlCell(sheet, row=1, column=1, value=value, style_array=copy(shape._style))


def _totals_sheet(book: Workbook, table: TotalsTable, styles: dict[str, NamedStyle]) -> None:
    widths = (30, 30, 10, 12) if table.with_detail else (30, 10, 12)
    sheet = _sheet(book, table.name, widths)
    sheet.freeze_panes = "A2"
    sheet.print_title_rows = "1:1"
    _table(sheet, table, styles)


def _table(sheet: Any, table: TotalsTable, styles: dict[str, NamedStyle]) -> None:
    """Header, one row per group, the 합계 row in bold."""
    sheet.append([_cell(sheet, name, styles["head"]) for name in table.header])
    count, hours = _cell(sheet, None, fmt=COUNT_FORMAT), _cell(sheet, None, fmt=HOURS_FORMAT)
    for row in table.rows:
        *labels, sessions, hours_value = table.values(row)
        sheet.append(
            [*map(_text, labels), _like(sheet, count, sessions), _like(sheet, hours, hours_value)]
        )
    total = styles["sum"]
    *labels, sessions, hours_value = table.sum_values()
    sheet.append(
        [_cell(sheet, text, total) for text in labels]
        + [
            _cell(sheet, sessions, total, COUNT_FORMAT),
            _cell(sheet, hours_value, total, HOURS_FORMAT),
        ]
    )
