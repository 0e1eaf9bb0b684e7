"""One table as an XLSX workbook: a title row, the header and the rows as shown.

The window's "Save as Excel…" of a chart's or a drill-down's numbers. Numbers stay
numbers (a text that reads as a whole number, "1,234,000", is written as the number);
every other text is written as text, neutralised (= + - @ start no formula).
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence

from hubdesk.reports.files import xlsx_text

Cell = str | int | float | None
FONT = "맑은 고딕"
_NUMBER = re.compile(r"-?\d{1,3}(,\d{3})+|-?\d+")


def cell_value(value: Cell) -> Cell:
    """A text that reads as a whole number ("1,234,000") becomes the number."""
    if isinstance(value, str) and _NUMBER.fullmatch(value):
        return int(value.replace(",", ""))
    return value


def table_bytes(title: str, headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> bytes:
    """The workbook of one table, built in memory."""
    import xlsxwriter  # here: the window's first page imports this module

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    base = {"font_name": FONT, "font_size": 10}
    bold = book.add_format({**base, "bold": True, "font_size": 12})
    head = book.add_format({**base, "bold": True, "bg_color": "#DCE6F1", "border": 1})
    text = book.add_format(base)
    whole = book.add_format({**base, "num_format": "#,##0"})
    decimal = book.add_format({**base, "num_format": "#,##0.0"})
    sheet = book.add_worksheet(_sheet_name(title))
    sheet.write_string(0, 0, xlsx_text(title), bold)
    widths = [len(h) for h in headers]
    for column, header in enumerate(headers):
        sheet.write_string(2, column, xlsx_text(header), head)
    for number, row in enumerate(rows):
        for column, raw in enumerate(row):
            value = cell_value(raw)
            if isinstance(value, bool) or value is None:
                continue
            if isinstance(value, int):
                sheet.write_number(3 + number, column, value, whole)
            elif isinstance(value, float):
                sheet.write_number(3 + number, column, value, decimal)
            else:
                sheet.write_string(3 + number, column, xlsx_text(value), text)
            if column < len(widths):
                shown = value if isinstance(value, str) else f"{value:,}"
                widths[column] = max(widths[column], len(shown))
    for column, width in enumerate(widths):
        sheet.set_column(column, column, min(max(width * 1.6, 8), 60))
    sheet.freeze_panes(3, 0)
    book.close()
    return buffer.getvalue()


def _sheet_name(title: str) -> str:
    name = re.sub(r"[\[\]:*?/\\']", " ", title).strip() or "Sheet1"
    return name[:31]
