"""Reading the written reports back the way a user's program would."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from pypdf import PdfReader


def xlsx_sheets(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every sheet's rows of values (trailing empty cells kept as None)."""
    book = load_workbook(path)
    try:
        return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book}
    finally:
        book.close()


def csv_rows(path: Path, encoding: str = "utf-8-sig") -> list[list[str]]:
    with path.open(encoding=encoding, newline="") as file:
        return list(csv.reader(file))


def pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def pdf_text(path: Path) -> str:
    return "\n".join(pdf_pages(path))


def cover_value(rows: list[tuple[Any, ...]], label: str) -> Any:
    """The value beside ``label`` in column A of the XLSX cover."""
    for row in rows:
        if row and row[0] == label:
            return row[1]
    raise KeyError(label)


def totals_from_sheet(rows: list[tuple[Any, ...]]) -> dict[str, tuple[int, float]]:
    """``label → (sessions, hours)`` of a totals sheet, the 합계 line included."""
    return {str(row[0]): (int(row[-2]), float(row[-1])) for row in rows[1:] if row[0]}


def no_leftovers(folder: Path) -> list[str]:
    """Files a writer left behind besides finished reports (temporary parts)."""
    return sorted(p.name for p in folder.iterdir() if re.search(r"\.part$", p.name))
