"""The quarterly log's XLSX writer beside xlsxwriter writing the same rows, in one run.

    uv run python benchmarks/exports.py [--scale 100] [--runs 5]

A demo file of ``--scale`` is written, its 2026Q3 log gathered once, then, alternated and
``--runs`` times each (medians):

- HubDesk: ``write_consultation_xlsx`` (cover, log, three totals sheets, print set-up);
- floor, same file: xlsxwriter alone writing the log sheet as HubDesk does (a shared
  format per column, the row heights, the header), without HubDesk's code around it;
- floor, values: xlsxwriter writing the bare values, no formats.

The ratio is taken against the same-file floor, as the issue asks ("the library that
writes the same file on the same rows"); the bare floor shows what formats cost.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
from datetime import date
from pathlib import Path

import xlsxwriter
from timing import alternated

from hubdesk.domain.consultation_log import ConsultationLog
from hubdesk.domain.periods import Quarter
from hubdesk.reports.consultation_rows import LOG_HEADER, log_values
from hubdesk.reports.consultation_xlsx import LOG_STYLES, LOG_WIDTHS, write_consultation_xlsx
from hubdesk.services.consulting.log import ConsultationLogService
from hubdesk.services.demo import generate_demo
from hubdesk.services.people.staff import system_actor
from hubdesk.storage import Database

TODAY = date(2026, 11, 24)


def gathered(folder: Path, scale: int) -> ConsultationLog:
    path = folder / "demo.sqlite"
    generate_demo(path, scale=scale, today=TODAY)
    with Database.open(path, create=False) as db:
        service = ConsultationLogService(db, system_actor(db))
        return service.gather(Quarter(2026, 3), masked=True, reason="")


def floor_values(log: ConsultationLog, path: Path) -> None:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet("log")
    for row, session in enumerate(log.sessions):
        for column, value in enumerate(log_values(session)):
            if isinstance(value, str):
                sheet.write_string(row, column, value)
            elif isinstance(value, int | float):
                sheet.write_number(row, column, value)
            elif value is not None:
                sheet.write_datetime(row, column, value)
    book.close()
    path.write_bytes(buffer.getvalue())


def floor_same_file(log: ConsultationLog, path: Path) -> None:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_urls": False})
    formats = {
        "top": book.add_format({"font_size": 9, "valign": "top"}),
        "wrap": book.add_format({"font_size": 9, "valign": "top", "text_wrap": True}),
        "date": book.add_format({"font_size": 9, "valign": "top", "num_format": "yyyy-mm-dd"}),
        "hours": book.add_format({"font_size": 9, "valign": "top", "num_format": "#,##0.0#"}),
    }
    head = book.add_format({"bold": True, "border": 1, "bg_color": "#DCE6F1"})
    sheet = book.add_worksheet("log")
    for column, width in enumerate(LOG_WIDTHS):
        sheet.set_column(column, column, width)
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(0)
    sheet.freeze_panes(1, 0)
    for column, name in enumerate(LOG_HEADER):
        sheet.write_string(0, column, name, head)
    shapes = [formats[name] for name in LOG_STYLES]
    for row, session in enumerate(log.sessions, 1):
        sheet.set_row(row, 15)
        for column, value in enumerate(log_values(session)):
            shape = shapes[column]
            if isinstance(value, str):
                sheet.write_string(row, column, value, shape)
            elif isinstance(value, int | float):
                sheet.write_number(row, column, value, shape)
            elif value is not None:
                sheet.write_datetime(row, column, value, shape)
            else:
                sheet.write_blank(row, column, None, shape)
    book.close()
    path.write_bytes(buffer.getvalue())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hubdesk-exports-") as name:
        folder = Path(name)
        log = gathered(folder, args.scale)
        ours, same, values = alternated(
            [
                lambda: write_consultation_xlsx(log, folder / "hubdesk.xlsx"),
                lambda: floor_same_file(log, folder / "same.xlsx"),
                lambda: floor_values(log, folder / "values.xlsx"),
            ],
            args.runs,
        )
        times = {"hubdesk": ours, "same": same, "values": values}
    rows = len(log.sessions)
    print(f"XLSX of 2026Q3 at scale {args.scale} ({rows:,} sessions), medians of {args.runs}:")
    print(f"  HubDesk writer              {times['hubdesk']:6.2f} s")
    same = times["same"]
    print(f"  xlsxwriter, the same sheet  {same:6.2f} s   ratio {times['hubdesk'] / same:4.2f}×")
    print(f"  xlsxwriter, bare values     {times['values']:6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
