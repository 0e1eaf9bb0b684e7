"""Save a chart's or a table's numbers as an XLSX workbook: "Save as Excel…".

The workbook is ``reports.table_xlsx``'s. The file goes through the protected target
check and is written under a temporary name, so nothing lands on the database, its side
files or its backups, and an error leaves no half file behind.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from hubdesk.gui.common.desktop import offer_to_open
from hubdesk.reports.files import save_bytes
from hubdesk.reports.table_xlsx import Cell, table_bytes
from hubdesk.storage.outputs import atomic_file

if TYPE_CHECKING:
    from hubdesk.gui.operations import Operations

TableMaker = Callable[[], tuple[Sequence[str], Sequence[Sequence[Cell]]]]


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
