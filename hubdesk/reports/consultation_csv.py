"""The consultation log as CSV: the session rows under one header line.

UTF-8 with BOM by default so that Korean Excel opens it; CP949 on request for old
Excel versions. CP949 cannot write every character (emoji, some hanja, ₩): rather
than replace them silently in an official log, the export stops with
``UnencodableText`` naming the row, column and character, and writes nothing.
The cover facts and the totals are in the XLSX and PDF, which have room for them.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from hubdesk.domain.consultation_log import ConsultationLog
from hubdesk.domain.exports import (
    FORMULA_MARK,
    FORMULA_STARTS,
    CancelCheck,
    CsvEncoding,
    Progress,
    Tracker,
    UnencodableText,
    neutralise,
)
from hubdesk.reports.consultation_rows import LOG_HEADER, Cell, hours_text, log_values
from hubdesk.reports.files import written_or_removed


def csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, float):
        return hours_text(value).replace(",", "")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def csv_row(values: tuple[Cell, ...]) -> list[str]:
    """``csv_cell`` of each value, with text (most cells) on the short path."""
    return [
        (FORMULA_MARK + value if value.startswith(FORMULA_STARTS) else value)
        if value.__class__ is str
        else csv_cell(value)
        for value in values
    ]


def write_consultation_csv(
    log: ConsultationLog,
    path: Path,
    *,
    encoding: CsvEncoding = CsvEncoding.UTF8_BOM,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> None:
    tracker = Tracker(len(log.sessions), progress, cancelled)
    tracker.report()
    written = _Written(0, list(LOG_HEADER))  # the row being written: named if it fails

    def rows() -> Iterator[list[str]]:
        yield written.row
        for session in log.sessions:
            tracker.advance()
            written.number, written.row = session.number, csv_row(log_values(session))
            yield written.row

    with written_or_removed(path):
        with path.open("w", encoding=encoding.value, newline="") as file:
            try:
                csv.writer(file).writerows(rows())
            except UnicodeEncodeError:  # raised by the write of the row last handed out
                raise _unencodable(encoding, written.number, written.row) from None
        tracker.finish()


@dataclass
class _Written:
    number: int
    row: list[str]


def _unencodable(encoding: CsvEncoding, number: int, row: list[str]) -> UnencodableText:
    for column, text in zip(LOG_HEADER, row, strict=True):
        try:
            text.encode(encoding.value)
        except UnicodeEncodeError as error:
            character = text[error.start]
            return UnencodableText(
                encoding=encoding.value.upper(),
                character=character,
                codepoint=ord(character),
                row=number,
                column=column,
            )
    raise AssertionError("a row failed to encode but none of its cells does")
