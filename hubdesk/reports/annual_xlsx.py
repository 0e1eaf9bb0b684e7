"""The annual report (사회적경제 활성화 추진실적) as an XLSX workbook, ready to print.

Sheets: 요약 (title, hub, date, the 결재란, the goals against their targets and a native
chart of their 달성률), then one sheet per section: 분기별 실적, 인재양성, 공공구매,
기업 유형별 운영. Numbers are numbers, shown with formats (#,##0"원", 0.0%); every text is
written as text, never a formula (the consultation log's ``_text``).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from hubdesk.domain.goals import AnnualReport, GoalUnit
from hubdesk.reports.annual_rows import (
    NO_GOAL_CHART,
    NOTHING,
    SECTION_TITLES,
    Cell,
    GoalLine,
    Table,
    department_table,
    document_title,
    goal_lines,
    has_figures,
    kind_amount_table,
    korean_date,
    quarter_table,
    teams_table,
    training_table,
)
from hubdesk.reports.consultation_xlsx import FONT, PAPER_A4
from hubdesk.reports.files import save_bytes, written_or_removed, xlsx_text

_GREY, _HEAD_FILL, _TOTAL_FILL = "#808080", "#DCE6F1", "#F2F2F2"
NUMBER_FORMATS = {
    "count": "#,##0",
    "won": '#,##0"원"',
    "million": "#,##0.0",
    "rate": "0.0%",
    "people": '#,##0"명"',
    "text": "",
}
GOAL_KINDS = {GoalUnit.PERCENT: "rate", GoalUnit.PEOPLE: "people", GoalUnit.WON: "won"}
GOAL_HEAD_ROW = 5  # the goals' header on 요약, below the title block


class Formats:
    """The workbook's formats, made once: each cell kind plain and on the 합계 line."""

    def __init__(self, book: xlsxwriter.Workbook) -> None:
        self._book = book
        box = {"border": 1, "border_color": _GREY, "valign": "vcenter"}
        self.title = self._add(size=16, bold=True)
        self.plain = self._add()
        self.note = self._add(size=9, align="right")
        self.heading = self._add(size=12, bold=True)
        self.head = self._add(bold=True, bg_color=_HEAD_FILL, align="center", text_wrap=True, **box)
        self.sign = self._add(align="center", text_wrap=True, **box)
        self.cells = {
            kind: self._add(num_format=fmt, **box) for kind, fmt in NUMBER_FORMATS.items()
        }
        self.totals = {
            kind: self._add(num_format=fmt, bold=True, bg_color=_TOTAL_FILL, **box)
            for kind, fmt in NUMBER_FORMATS.items()
        }

    def _add(self, **properties: Any) -> Format:
        return self._book.add_format({"font_name": FONT, "font_size": 10, **properties})


def write_annual_xlsx(report: AnnualReport, path: Path) -> None:
    """Write the workbook to ``path``; an error leaves no file there."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_urls": False})
    formats = Formats(book)
    _summary_sheet(book, report, formats)
    tables = (
        (SECTION_TITLES[1], [quarter_table(report)]),
        (SECTION_TITLES[2], [training_table(report)]),
        (
            SECTION_TITLES[3],
            [
                department_table(report.procurement_by_department, year=report.year),
                kind_amount_table(report.procurement_by_kind),
            ],
        ),
        (SECTION_TITLES[4], [teams_table(report)]),
    )
    for title, section in tables:
        section_sheet(book, formats, title, section, report.hub_name)
    book.close()
    with written_or_removed(path):
        save_bytes(buffer, path)


def new_sheet(book: xlsxwriter.Workbook, name: str, widths: Sequence[float]) -> Worksheet:
    """An A4 portrait sheet fitted to the page width, "- n -" in the footer."""
    sheet = book.add_worksheet(name)
    for index, width in enumerate(widths):
        sheet.set_column(index, index, width)
    sheet.set_paper(PAPER_A4)
    sheet.fit_to_pages(1, 0)
    sheet.set_margins(left=0.5, right=0.5)
    sheet.center_horizontally()
    sheet.set_footer("&C- &P -")
    return sheet


def write_cell(sheet: Worksheet, row: int, column: int, value: Cell, fmt: Format) -> None:
    """Text as text (never a formula or a link), numbers as numbers, None as a blank."""
    if isinstance(value, str):
        sheet.write_string(row, column, xlsx_text(value), fmt)
    elif isinstance(value, int | float):
        sheet.write_number(row, column, value, fmt)
    else:
        sheet.write_blank(row, column, None, fmt)


def _summary_sheet(book: xlsxwriter.Workbook, report: AnnualReport, formats: Formats) -> None:
    sheet = new_sheet(book, "요약", (26, 18, 18, 10, 40))
    _title_block(sheet, formats, document_title(report.year), report)
    write_cell(sheet, 4, 0, SECTION_TITLES[0], formats.heading)
    for column, name in enumerate(("구분", "목표", "실적", "달성률", "비고")):
        write_cell(sheet, GOAL_HEAD_ROW, column, name, formats.head)
    lines = goal_lines(report)
    for row, line in enumerate(lines, GOAL_HEAD_ROW + 1):
        _goal_row(sheet, row, line, formats)
    below = GOAL_HEAD_ROW + len(lines) + 2
    if not lines:
        write_cell(sheet, GOAL_HEAD_ROW + 1, 0, NOTHING, formats.plain)
    elif any(line.percent is not None for line in lines):
        _goal_chart(book, sheet, len(lines))
    else:  # no target to measure against: no empty chart
        write_cell(sheet, below, 0, NO_GOAL_CHART, formats.plain)


def _title_block(sheet: Worksheet, formats: Formats, title: str, report: AnnualReport) -> None:
    """Title, hub and date on the left; 결재 | 담당 | 팀장 | 센터장 from column G."""
    write_cell(sheet, 0, 0, title, formats.title)
    write_cell(sheet, 1, 0, report.hub_name, formats.plain)
    write_cell(sheet, 2, 0, f"작성일: {korean_date(report.made_on)}", formats.plain)
    sheet.set_column(6, 6, 4)
    sheet.set_column(7, 6 + len(report.approval_titles), 9)
    sheet.set_row(1, 36)
    sheet.merge_range(0, 6, 1, 6, "결재", formats.sign)
    for column, name in enumerate(report.approval_titles, 7):
        write_cell(sheet, 0, column, name, formats.head)
        write_cell(sheet, 1, column, None, formats.sign)


def _goal_row(sheet: Worksheet, row: int, line: GoalLine, formats: Formats) -> None:
    kind = GOAL_KINDS[line.unit]
    scale = 0.01 if line.unit is GoalUnit.PERCENT else 1
    target = None if line.target is None else line.target * scale
    actual: float | None = None
    if line.actual is not None:
        actual = line.actual * scale if line.unit is GoalUnit.PERCENT else round(line.actual)
    percent = None if line.percent is None else line.percent / 100
    write_cell(sheet, row, 0, line.label, formats.cells["text"])
    write_cell(sheet, row, 1, target, formats.cells[kind])
    write_cell(sheet, row, 2, actual, formats.cells[kind])
    write_cell(sheet, row, 3, percent, formats.cells["rate"])
    write_cell(sheet, row, 4, line.note, formats.cells["text"])


def _goal_chart(book: xlsxwriter.Workbook, sheet: Worksheet, count: int) -> None:
    """A native bar chart of the goals' 달성률, read from the table's cells."""
    first, last = GOAL_HEAD_ROW + 1, GOAL_HEAD_ROW + count
    chart = book.add_chart({"type": "bar"})
    chart.add_series(
        {
            "name": "달성률",
            "categories": ["요약", first, 0, last, 0],
            "values": ["요약", first, 3, last, 3],
            "data_labels": {"value": True, "num_format": "0.0%"},
            "fill": {"color": "#2F5597"},
        }
    )
    chart.set_title({"name": "목표 대비 달성률", "name_font": {"name": FONT, "size": 11}})
    chart.set_legend({"none": True})
    chart.set_x_axis({"num_format": "0%", "min": 0, "num_font": {"name": FONT}})
    chart.set_y_axis({"reverse": True, "num_font": {"name": FONT}})
    chart.set_size({"width": 640, "height": 60 + 34 * count})
    sheet.insert_chart(last + 2, 0, chart)


def section_sheet(
    book: xlsxwriter.Workbook,
    formats: Formats,
    title: str,
    tables: Sequence[Table],
    hub_name: str,
    sheet_name: str | None = None,
) -> Worksheet:
    """A sheet of one section: its title, then each table under its name."""
    columns = max(len(table.columns) for table in tables)
    widths = (22, *([14] * (columns - 1)))
    name = sheet_name or title.split(". ", 1)[-1][:31]
    sheet = new_sheet(book, name, widths)
    write_cell(sheet, 0, 0, title, formats.heading)
    write_cell(sheet, 1, 0, hub_name, formats.plain)
    row = 3
    for table in tables:
        row = write_table(sheet, row, table, formats, heading=len(tables) > 1) + 2
    return sheet


def write_table(
    sheet: Worksheet, row: int, table: Table, formats: Formats, heading: bool = False
) -> int:
    """The table from ``row`` down (its name when ``heading``, the unit note, the header
    rows, the body, the 합계 line); the row after its last."""
    if heading:
        write_cell(sheet, row, 0, f"□ {table.name}", formats.heading)
        row += 1
    if not has_figures(table):  # a line saying so, not a grid of zeros
        write_cell(sheet, row, 0, table.empty_note, formats.plain)
        return row + 1
    last_column = len(table.columns) - 1
    write_cell(sheet, row, last_column, table.unit_note, formats.note)
    row = _header(sheet, row + 1, table, formats)
    for index, values in enumerate(table.rows):
        total = table.total and index == len(table.rows) - 1
        shapes = formats.totals if total else formats.cells
        for column, (value, spec) in enumerate(zip(values, table.columns, strict=True)):
            number = value / 100 if spec.kind == "rate" and isinstance(value, float) else value
            write_cell(sheet, row, column, number, shapes[spec.kind])
        row += 1
    return row


def _header(sheet: Worksheet, row: int, table: Table, formats: Formats) -> int:
    """One header row, or two when columns share a group name (merged above them; a
    group of one column has its name in a plain cell above it)."""
    columns = table.columns
    if not any(column.group for column in columns):
        for index, spec in enumerate(columns):
            write_cell(sheet, row, index, spec.name, formats.head)
        return row + 1
    index = 0
    while index < len(columns):
        group = columns[index].group
        width = 1
        while group and index + width < len(columns) and columns[index + width].group == group:
            width += 1
        if group and width > 1:  # xlsxwriter cannot merge a single cell
            sheet.merge_range(row, index, row, index + width - 1, "", formats.head)
        if group:
            for offset in range(width):
                write_cell(
                    sheet, row + 1, index + offset, columns[index + offset].name, formats.head
                )
        else:
            sheet.merge_range(row, index, row + 1, index, "", formats.head)
        write_cell(sheet, row, index, group or columns[index].name, formats.head)
        index += width
    return row + 2
