"""Save a chart's or a table's numbers as an XLSX workbook: "Save as Excel…".

One sheet: a title row, the header and the rows as shown. Numbers stay numbers (a chart's
values, a drill table's amounts written with thousands separators); every text is written
as text and neutralised (= + - @ start no formula). The file goes through the protected
target check and is written under a temporary name, so nothing lands on the database,
its side files or its backups, and an error leaves no half file behind.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import xlsxwriter
from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from hubdesk.domain.exports import neutralise
from hubdesk.gui.common.desktop import offer_to_open
from hubdesk.reports.files import save_bytes
from hubdesk.storage.outputs import atomic_file

if TYPE_CHECKING:
    from hubdesk.gui.operations import Operations

Cell = str | int | float | None
TableMaker = Callable[[], tuple[Sequence[str], Sequence[Sequence[Cell]]]]
FONT = "맑은 고딕"
_NUMBER = re.compile(r"-?\d{1,3}(,\d{3})+|-?\d+")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def cell_value(value: Cell) -> Cell:
    """A text that reads as a whole number ("1,234,000") becomes the number."""
    if isinstance(value, str) and _NUMBER.fullmatch(value):
        return int(value.replace(",", ""))
    return value


def table_bytes(title: str, headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> bytes:
    """The workbook of one table, built in memory."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    base = {"font_name": FONT, "font_size": 10}
    bold = book.add_format({**base, "bold": True, "font_size": 12})
    head = book.add_format({**base, "bold": True, "bg_color": "#DCE6F1", "border": 1})
    text = book.add_format(base)
    whole = book.add_format({**base, "num_format": "#,##0"})
    decimal = book.add_format({**base, "num_format": "#,##0.0"})
    sheet = book.add_worksheet(_sheet_name(title))
    sheet.write_string(0, 0, _clean(title), bold)
    widths = [len(h) for h in headers]
    for column, header in enumerate(headers):
        sheet.write_string(2, column, _clean(header), head)
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
                sheet.write_string(3 + number, column, _clean(value), text)
            if column < len(widths):
                shown = value if isinstance(value, str) else f"{value:,}"
                widths[column] = max(widths[column], len(shown))
    for column, width in enumerate(widths):
        sheet.set_column(column, column, min(max(width * 1.6, 8), 60))
    sheet.freeze_panes(3, 0)
    book.close()
    return buffer.getvalue()


def _clean(text: str) -> str:
    return neutralise(_ILLEGAL.sub("", text))


def _sheet_name(title: str) -> str:
    name = re.sub(r"[\[\]:*?/\\']", " ", title).strip() or "Sheet1"
    return name[:31]


def write_table(
    target: Path,
    database: Path | None,
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
) -> Path:
    """Write the table to ``target`` whole or not at all; refused on a database file."""
    content = table_bytes(title, headers, rows)
    with atomic_file(target, database) as part:
        save_bytes(io.BytesIO(content), part)
    return target


def ask_path(parent: QWidget | None, suggested: str) -> Path | None:
    """The save dialog (tests replace this function)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("TableXlsx", "Save as Excel"),
        str(Path(folder) / suggested),
        QCoreApplication.translate("TableXlsx", "Excel workbook (*.xlsx)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


def save_as_excel(
    parent: QWidget | None,
    ops: Operations,
    database: Path | None,
    title: str,
    table: TableMaker,
) -> Path | None:
    """Ask where, write the table, offer to open it; a refusal is shown in words."""
    target = ask_path(parent, f"{_file_stem(title)}.xlsx")
    if target is None:
        return None
    headers, rows = table()
    ok, written = ops.attempt(lambda: write_table(target, database, title, headers, rows))
    if not ok or written is None:
        return None
    offer_to_open(written, parent, ops.report_error)
    return written


def _file_stem(title: str) -> str:
    return re.sub(r'[<>:"/\\|?*\s]+', "_", title).strip("_") or "table"
