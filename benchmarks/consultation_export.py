"""Time a quarter's consultation log export in each format next to the floor.

A script, not a test:

    uv run python benchmarks/consultation_export.py [--scale 100] [--repeat 3]

It writes a demo database (``--scale 100``: ~6,400 completed sessions in 2026Q3) into
a temporary folder and times, best of ``--repeat``:

- export: ``ConsultationLogService.export`` end to end (read, mask, write, log);
- writer: the report writer alone on the gathered record;
- floor: the library alone writing the same rows, already in memory: csv.writer,
  openpyxl write-only ``append`` of plain values, and ReportLab's canvas drawing
  every cell's text with the same embedded font (no table, no wrapping).
  ``platypus Table`` shows what one big ReportLab table splitting itself costs.
"""

from __future__ import annotations

import argparse
import csv
import tempfile
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, SimpleDocTemplate
from timing import best

from hubdesk.domain.consultation_log import ConsultationLog
from hubdesk.domain.exports import ExportFormat
from hubdesk.domain.periods import Quarter
from hubdesk.reports.consultation_csv import csv_cell, write_consultation_csv
from hubdesk.reports.consultation_pdf import write_consultation_pdf
from hubdesk.reports.consultation_rows import LOG_HEADER, log_values
from hubdesk.reports.consultation_xlsx import write_consultation_xlsx
from hubdesk.reports.pdf_fonts import register_korean_fonts
from hubdesk.services.consulting.log import ConsultationLogService, ExportRequest
from hubdesk.services.demo import generate_demo
from hubdesk.services.people.staff import system_actor
from hubdesk.storage import Database

TODAY = date(2026, 11, 24)
QUARTER = Quarter(2026, 3)
Rows = list[list[str]]


def text_rows(log: ConsultationLog) -> Rows:
    return [[csv_cell(v) for v in log_values(s)] for s in log.sessions]


def csv_floor(rows: Rows, path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(LOG_HEADER)
        writer.writerows(rows)


def openpyxl_floor(log: ConsultationLog, path: Path) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("log")
    sheet.append(LOG_HEADER)
    for session in log.sessions:
        sheet.append(log_values(session))
    book.save(path)


def reportlab_floor(rows: Rows, path: Path) -> None:
    font = register_korean_fonts()[0]
    canvas = Canvas(str(path), pagesize=landscape(A4), initialFontName=font)
    per_page, width = 40, (landscape(A4)[0] - 40) / len(LOG_HEADER)
    for start in range(0, len(rows), per_page):
        canvas.setFont(font, 6)
        y = landscape(A4)[1] - 30
        for row in [list(LOG_HEADER), *rows[start : start + per_page]]:
            for column, text in enumerate(row):
                canvas.drawString(20 + column * width, y, text)
            y -= 13
        canvas.showPage()
    canvas.save()


def platypus_table(rows: Rows, path: Path) -> None:
    font = register_korean_fonts()[0]
    table = LongTable([list(LOG_HEADER), *rows], repeatRows=1)
    table.setStyle([("FONT", (0, 0), (-1, -1), font, 5)])
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build([table])


def measure(folder: Path, scale: int, repeat: int, formats: Sequence[str]) -> None:
    path = folder / f"demo-{scale}.sqlite"
    started = time.perf_counter()
    generate_demo(path, scale=scale, today=TODAY)
    print(f"demo database, scale {scale}: {time.perf_counter() - started:.1f} s", flush=True)
    with Database.open(path) as db:
        service = ConsultationLogService(db, system_actor(db))
        gather = best(repeat, lambda: service.gather(QUARTER))
        log = service.gather(QUARTER)
        rows = text_rows(log)
        print(f"{QUARTER}: {len(log.sessions):,} completed sessions; gather {gather:.2f} s\n")
        print(f"{'format':<7}{'export':>9}{'writer':>9}{'floor':>9}{'writer/floor':>14}  floor is")
        writers = {
            "csv": (write_consultation_csv, lambda p: csv_floor(rows, p), "csv.writer"),
            "xlsx": (write_consultation_xlsx, lambda p: openpyxl_floor(log, p), "openpyxl append"),
            "pdf": (
                write_consultation_pdf,
                lambda p: reportlab_floor(rows, p),
                "canvas.drawString",
            ),
        }
        for name in formats:
            write, floor, what = writers[name]
            target = folder / f"log.{name}"
            request = ExportRequest(QUARTER, ExportFormat(name), target)
            export = best(repeat, lambda r=request: service.export(r))  # type: ignore[misc]
            writer = best(repeat, lambda w=write, t=target: w(log, t))  # type: ignore[misc]
            bottom = best(repeat, lambda f=floor, n=name: f(folder / f"floor.{n}"))  # type: ignore[misc]
            size = target.stat().st_size / 1_000_000
            print(
                f"{name:<7}{export:>8.2f}s{writer:>8.2f}s{bottom:>8.2f}s{writer / bottom:>13.1f}×"
                f"  {what}  ({size:.1f} MB)",
                flush=True,
            )
        if "pdf" in formats:
            sample = rows[:1500]
            seconds = best(1, lambda: platypus_table(sample, folder / "table.pdf"))
            print(f"\none platypus LongTable of the first {len(sample):,} rows: {seconds:.2f} s")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--formats", nargs="*", default=["csv", "xlsx", "pdf"])
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="hubdesk-bench-") as folder:
        measure(Path(folder), args.scale, args.repeat, args.formats)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
