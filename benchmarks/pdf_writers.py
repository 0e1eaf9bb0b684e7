"""HubDesk's PDF writers beside bare ReportLab writing the same pages, alternated.

    uv run python -m compileall -q -j 0 .venv/lib hubdesk   # bytecode first
    uv run python benchmarks/pdf_writers.py [--scale 100] [--runs 5]

A demo file of ``--scale`` is written, its 2026Q3 consultation log gathered once and
500 agreements read once; then, alternated, medians of ``--runs`` each:

- the quarterly log: ``write_consultation_pdf`` beside the floor, a bare ReportLab
  canvas drawing the same tables (the log with its header on every page, the three
  totals tables) in the same font and size, columns, page size and margins: cells
  wrapped with ReportLab's ``simpleSplit`` (remembered, as HubDesk remembers its line
  breaks), one text object per cell, the rules, "n / N";
- one agreement, in process (median of ``--runs`` × 20): ``write_agreements_pdf`` of one
  agreement beside a bare canvas drawing its texts (number, title, the overview's
  lines, preamble, articles, date and parties) wrapped to the same width in the same
  faces and sizes, one text object per paragraph, with the "- n / N -" footer;
- a batch of 500 agreements in one file beside the same bare drawing of the 500.

Both sides run with ReportLab's C accelerator (package ``rl_accel``) when it is
installed and page streams without ASCII85. ``figures(path, scale, runs)`` returns the rows
for another script: (label, HubDesk seconds, floor seconds, target).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from itertools import cycle, islice
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from timing import alternated

from hubdesk.domain.agreement_document import AgreementDocument, korean_date
from hubdesk.domain.consultation_log import FIELD_NAMES, MODE_NAMES, ConsultationLog, LogSession
from hubdesk.domain.money import amount_for_document
from hubdesk.domain.periods import Quarter
from hubdesk.reports import consultation_pdf as log_pdf
from hubdesk.reports.agreement_parts import preamble
from hubdesk.reports.agreement_pdf import write_agreements_pdf
from hubdesk.reports.consultation_pdf import write_consultation_pdf
from hubdesk.reports.consultation_rows import hours_text, totals_tables
from hubdesk.reports.pdf_fonts import register_korean_fonts
from hubdesk.services.consulting.log import ConsultationLogService
from hubdesk.services.demo import generate_demo
from hubdesk.services.grants.document import AgreementDocumentService
from hubdesk.services.grants.views import AgreementFilter, AgreementQuery, GrantViewService
from hubdesk.services.people.staff import system_actor
from hubdesk.storage import Database

TODAY = date(2026, 11, 24)
QUARTER = Quarter(2026, 3)
BATCH = 500
ONE_REPEAT = 20  # single agreements per run: a median of many
Figure = tuple[str, float, float, str]  # label, HubDesk seconds, floor seconds, target


def gathered(path: Path) -> tuple[ConsultationLog, list[AgreementDocument]]:
    """The 2026Q3 log (masked) and ``BATCH`` agreement documents of a demo file."""
    with Database.open(path, create=False) as db:
        actor = system_actor(db)
        log = ConsultationLogService(db, actor).gather(QUARTER, masked=True, reason="")
        views = GrantViewService(db, actor)
        ids = [row.id for row in views.search(AgreementQuery(AgreementFilter()), 0, BATCH)]
        documents = AgreementDocumentService(db, actor).documents(ids)
    return log, list(islice(cycle(documents), BATCH))  # a small demo repeats its own


# --- the floor of the log: the same tables on a bare canvas ---------------------------

Row = tuple[list[list[str]], float]  # wrapped cells, height


@lru_cache(maxsize=65_536)
def split(text: str, font: str, size: float, width: float) -> list[str]:
    """ReportLab's own line breaking, remembered as HubDesk's is: texts recur."""
    return simpleSplit(text, font, size, width)  # type: ignore[no-any-return]


def _log_cells(session: LogSession) -> list[str]:
    """The 13 cells of the PDF log, as HubDesk's writer fills them."""
    contact = "\n".join(part for part in (session.phone, session.email) if part)
    return [
        str(session.number), f"{session.day}\n{session.time_text}", hours_text(session.hours),
        f"{session.team}\n{session.representative}", contact,
        f"{session.consultant}\n{session.affiliation}",
        f"{FIELD_NAMES[session.field]}\n{MODE_NAMES[session.mode]}", session.place,
        session.topic, session.summary, session.advice, session.follow_up,
        "" if session.satisfaction is None else str(session.satisfaction),
    ]  # fmt: skip


def _wrapped(cells: Sequence[str], widths: Sequence[float], font: str) -> Row:
    pad, size = log_pdf.PAD, log_pdf.SIZE
    lines = [
        [line for part in text.split("\n") for line in split(part, font, size, w - 2 * pad)]
        for text, w in zip(cells, widths, strict=True)
    ]
    return lines, max(len(cell) or 1 for cell in lines) * log_pdf.LEADING + 2 * pad


def _table_pages(header: Sequence[str], widths: Sequence[float], rows: list[Row]) -> list[Page]:
    head = _wrapped(header, widths, register_korean_fonts()[1])
    pages: list[Page] = []
    room = 0.0
    for row in rows:
        if not pages or row[1] > room:
            pages.append(Page(widths, [head]))
            room = log_pdf.FRAME_HEIGHT - head[1]
        pages[-1].rows.append(row)
        room -= row[1]
    return pages


class Page:
    """One page of a table: its columns and rows, header first."""

    def __init__(self, widths: Sequence[float], rows: list[Row]) -> None:
        self.widths, self.rows = widths, rows

    def draw(self, canvas: Canvas, numeric: Sequence[int]) -> None:
        regular, bold = register_korean_fonts()
        width = sum(self.widths)
        left = (log_pdf.PAGE[0] - width) / 2
        top = log_pdf.PAGE[1] - log_pdf.TOP - 6
        canvas.setFillColor(log_pdf.HEAD_FILL)
        canvas.rect(left, top - self.rows[0][1], width, self.rows[0][1], stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        y = top
        for index, (cells, height) in enumerate(self.rows):
            x = left
            for column, (lines, w) in enumerate(zip(cells, self.widths, strict=True)):
                if lines:
                    start = x + log_pdf.PAD
                    if index and column in numeric:  # figures, right-aligned on one line
                        width_ = canvas.stringWidth(lines[0], regular, log_pdf.SIZE)
                        start = x + w - log_pdf.PAD - width_
                    text = canvas.beginText(start, y - log_pdf.PAD - log_pdf.SIZE)
                    text.setFont(bold if index == 0 else regular, log_pdf.SIZE, log_pdf.LEADING)
                    text.textLines(lines)
                    canvas.drawText(text)
                x += w
            y -= height
        rules = [(left, y, left + width, y) for y in self._boundaries(top)]
        x = left
        for w in (0.0, *self.widths):
            x += w
            rules.append((x, top, x, y))
        canvas.setStrokeColor(log_pdf.GRID)
        canvas.setLineWidth(0.25)
        canvas.lines(rules)

    def _boundaries(self, top: float) -> list[float]:
        ys = [top]
        for _, height in self.rows:
            ys.append(ys[-1] - height)
        return ys


def floor_log(log: ConsultationLog, path: Path) -> None:
    """The log and the totals tables as a bare ReportLab canvas draws them."""
    rl_config.useA85 = 0
    regular, _bold = register_korean_fonts()
    widths = [w for _, w in log_pdf.LOG_COLUMNS]
    rows = [_wrapped(_log_cells(s), widths, regular) for s in log.sessions]
    header = [name for name, _ in log_pdf.LOG_COLUMNS]
    numeric: tuple[int, ...] = log_pdf.NUMERIC_LOG_COLUMNS
    pages = [(page, numeric) for page in _table_pages(header, widths, rows)]
    for table in totals_tables(log):
        table_widths = [220.0, 260.0, 70.0, 80.0] if table.with_detail else [300.0, 80.0, 90.0]
        numeric = (2, 3) if table.with_detail else (1, 2)
        values = [table.values(row) for row in table.rows] + [table.sum_values()]
        cells = [[_figure(v) for v in row] for row in values]
        table_rows = [_wrapped(row, table_widths, regular) for row in cells]
        pages += [(p, numeric) for p in _table_pages(table.header, table_widths, table_rows)]
    canvas = Canvas(str(path), pagesize=log_pdf.PAGE, initialFontName=regular)
    for number, (page, numeric) in enumerate(pages, 1):
        page.draw(canvas, numeric)
        canvas.setFont(regular, 8)
        canvas.drawCentredString(
            log_pdf.PAGE[0] / 2, log_pdf.BOTTOM / 2, f"{number} / {len(pages)}"
        )
        canvas.showPage()
    canvas.save()


def _figure(value: object) -> str:
    if isinstance(value, float):
        return hours_text(value)
    return f"{value:,}" if isinstance(value, int) else str(value)


# --- the floor of an agreement: its texts on a bare canvas ----------------------------

Para = tuple[str, float, str]  # font, size, text
LEFT, TOP, BOTTOM = 62.0, A4[1] - 56.0, 62.0
WIDTH = A4[0] - 2 * LEFT


def _agreement_texts(document: AgreementDocument) -> list[Para]:
    regular, bold = register_korean_fonts()
    d = document
    overview = [
        f"사업명 {d.program_name}", f"사업 내용 {d.purpose[:300]}",
        f"협약 당사자 갑 {d.hub.name} {d.hub.signer_title} {d.hub.signer_name}",
        f"을 {d.team.name} {d.team.signer_title} {d.team.signer_name} {d.team.business_number}",
        f"사업 기간 {korean_date(d.start_date)} ~ {korean_date(d.end_date)}",
        f"총사업비 {amount_for_document(d.total_cost)}",
        f"보조금 {amount_for_document(d.grant)}", f"시비 {amount_for_document(d.city_amount)}",
        f"구비 {amount_for_document(d.district_amount)}",
        f"자부담 {amount_for_document(d.copayment)}",
        *(f"{line.label} {line.planned_on} {line.amount:,}" for line in d.disbursements[:24]),
        f"보조금 전용계좌 {d.payee_bank} {d.payee_account}",
        f"정산 기한 {korean_date(d.settlement_due)}",
    ]  # fmt: skip
    texts: list[Para] = [(regular, 9, f"협약번호: {d.number}"), (bold, 22, d.title)]
    texts += [(regular, 9.5, line) for line in overview]
    texts.append((regular, 10, preamble(d)))
    for number, article in enumerate(d.articles, 1):
        texts.append((bold, 10, f"제{number}조({article.title})"))
        texts += [(regular, 10, line) for line in article.text.split("\n") if line.strip()]
    texts.append((regular, 12, korean_date(d.signed_on) if d.signed_on else "년 월 일"))
    for party in (d.hub, d.team):
        texts += [(regular, 9.5, f"{party.name} {party.address}"),
                  (regular, 9.5, f"{party.signer_title} {party.signer_name} (인)")]  # fmt: skip
    return texts


def _agreement_pages(texts: list[Para]) -> list[list[tuple[float, Para, list[str]]]]:
    """The texts wrapped and cut into pages: (top, text, lines) on each."""
    pages: list[list[tuple[float, Para, list[str]]]] = [[]]
    y = TOP
    for para in texts:
        font, size, text = para
        lines = split(text, font, size, WIDTH)
        height = len(lines) * size * 1.45
        if y - height < BOTTOM:
            pages.append([])
            y = TOP
        pages[-1].append((y, para, lines))
        y -= height
    return pages


def floor_agreements(documents: Sequence[AgreementDocument], target: Path) -> None:
    """Each agreement's texts as a bare ReportLab canvas draws them, from a new page."""
    rl_config.useA85 = 0
    regular, _bold = register_korean_fonts()
    canvas = Canvas(str(target), pagesize=A4, initialFontName=regular)
    for document in documents:
        pages = _agreement_pages(_agreement_texts(document))
        for number, page in enumerate(pages, 1):
            for top, (font, size, _text), lines in page:
                text = canvas.beginText(LEFT, top - size)
                text.setFont(font, size, size * 1.45)
                text.textLines(lines)
                canvas.drawText(text)
            canvas.setFont(regular, 8)
            canvas.drawString(56, 28, f"협약번호 {document.number}")
            canvas.drawCentredString(A4[0] / 2, 28, f"- {number} / {len(pages)} -")
            canvas.showPage()
    canvas.save()


def figures(path: Path, scale: int, runs: int, keep: Path | None = None) -> list[Figure]:
    """(label, HubDesk seconds, floor seconds, target) of each writer on the demo file
    ``path`` of ``scale``; the files written are left in ``keep`` if given."""
    with tempfile.TemporaryDirectory(prefix="hubdesk-pdf-") as name:
        folder = keep or Path(name)
        log, documents = gathered(path)
        rows: list[Figure] = []
        ours, floor = alternated(
            [
                lambda: write_consultation_pdf(log, folder / "log.pdf"),
                lambda: floor_log(log, folder / "floor-log.pdf"),
            ],
            runs,
            warm_up=True,
        )
        rows.append(("PDF log writer alone (bare ReportLab canvas)", ours, floor, "≤1.3×"))
        one = documents[:1]
        ours, floor = alternated(
            [
                lambda: write_agreements_pdf(one, folder / "one.pdf"),
                lambda: floor_agreements(one, folder / "floor-one.pdf"),
            ],
            runs * ONE_REPEAT,
            warm_up=True,
        )
        rows.append(("one agreement PDF, in process (bare document)", ours, floor, "≤1.5×"))
        ours, floor = alternated(
            [
                lambda: write_agreements_pdf(documents, folder / "batch.pdf"),
                lambda: floor_agreements(documents, folder / "floor-batch.pdf"),
            ],
            runs,
            warm_up=True,
        )
        rows.append(
            (f"batch of {len(documents)} agreement PDFs (bare documents)", ours, floor, "≤1.5×")
        )
    return rows


def page_counts(folder: Path) -> dict[str, int]:
    """Pages of each PDF in ``folder``, by file name."""
    from pypdf import PdfReader  # a development dependency: only where asked for

    return {path.stem: len(PdfReader(path).pages) for path in sorted(folder.glob("*.pdf"))}


def _seconds(value: float) -> str:
    return f"{value:.2f}s" if value >= 1 else f"{value * 1000:.1f}ms"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    if importlib.util.find_spec("_rl_accel") is None:
        print("warning: rl_accel is not installed; both sides run ReportLab's Python code")
    with tempfile.TemporaryDirectory(prefix="hubdesk-pdf-out-") as name:
        demo = Path(name) / "demo.sqlite"
        generate_demo(demo, scale=args.scale, today=TODAY)
        out = Path(name) / "out"
        out.mkdir()
        for label, ours, floor, target in figures(demo, args.scale, args.runs, out):
            print(
                f"{label:<50} scale {args.scale:<4} HubDesk {_seconds(ours):>8}   "
                f"floor {_seconds(floor):>8}   {ours / floor:.2f}×  (target {target})",
                flush=True,
            )
        pages = page_counts(out)
    print("pages: " + ", ".join(f"{stem} {count:,}" for stem, count in pages.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
