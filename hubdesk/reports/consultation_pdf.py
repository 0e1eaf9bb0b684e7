"""The consultation log as a PDF: A4 landscape, NanumGothic embedded, "n / N" pages.

Page 1 is the cover (title, the approval box, the quarter's facts, totals by
field); then the log with its header row on every page; then totals by field,
consultant and team. The writer wraps the text and cuts the tables into pages
itself: ReportLab's own table splitting re-measures every remaining row at each
page break, which grows with the square of the rows at a large hub. The pages of
the log and the totals are drawn straight onto the canvas, one text object per
cell, as a bare ReportLab canvas would: a platypus Table draws every line of every
cell as a text object of its own and re-applies its style to every cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table
from reportlab.platypus import TableStyle as TS

from hubdesk.domain.consultation_log import FIELD_NAMES, MODE_NAMES, ConsultationLog, LogSession
from hubdesk.domain.exports import CancelCheck, Progress, Tracker
from hubdesk.reports.consultation_rows import (
    TotalsTable,
    cover_lines,
    cover_text,
    hours_text,
    totals_tables,
)
from hubdesk.reports.files import written_or_removed
from hubdesk.reports.pdf_fonts import Fonts, draw_lines, register_korean_fonts, wrap_lines
from hubdesk.reports.pdf_pages import HeldPagesCanvas

PAGE = landscape(A4)
MARGIN, TOP, BOTTOM = 20.0, 36.0, 30.0
FRAME_HEIGHT = PAGE[1] - TOP - BOTTOM - 12  # the frame's own padding
SIZE, LEADING, PAD = 7.0, 8.6, 2.0
HEADING_HEIGHT = 24.0
GRID = colors.HexColor("#808080")
HEAD_FILL = colors.HexColor("#DCE6F1")

LOG_COLUMNS: tuple[tuple[str, float], ...] = (
    ("번호", 24), ("일시", 56), ("시간(h)", 28), ("기업·팀 / 대표자", 92), ("연락처", 74),
    ("컨설턴트 / 소속", 90), ("분야 / 방식", 50), ("장소", 52), ("주제", 72), ("내용 요약", 86),
    ("자문 내용", 86), ("후속 조치", 68), ("만족도", 24),
)  # fmt: skip
NUMERIC_LOG_COLUMNS = (0, 2, 12)


def write_consultation_pdf(
    log: ConsultationLog,
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> None:
    """Write the PDF; ``progress`` counts rows laid out, then rows drawn."""
    fonts = Fonts(*register_korean_fonts())
    tracker = Tracker(2 * len(log.sessions), progress, cancelled)
    tracker.report()
    story = _cover(log, fonts)
    story += _log_pages(log, fonts, tracker)
    for table in totals_tables(log):
        story += [PageBreak(), *_totals(table, fonts)]
    with written_or_removed(path):
        document = _Document(str(path), log, fonts, tracker)
        document.build(story, canvasmaker=_NumberedCanvas)
    tracker.finish()


class _Document(SimpleDocTemplate):  # type: ignore[misc]
    """A4 landscape with the title line on top; checks for Cancel after every page."""

    def __init__(self, name: str, log: ConsultationLog, fonts: Fonts, tracker: Tracker) -> None:
        super().__init__(
            name,
            pagesize=PAGE,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            title=log.title,
            author=log.hub_name,
            subject=str(log.quarter),
            initialFontName=fonts.regular,  # else an unembedded Helvetica is referenced
        )
        self.log, self.fonts, self.tracker = log, fonts, tracker

    def handle_pageBegin(self) -> None:  # noqa: N802 (ReportLab name)
        self.tracker.check()
        super().handle_pageBegin()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (ReportLab name)
        rows = getattr(flowable, "log_rows", 0)
        if rows:
            self.tracker.advance(rows)

    def afterPage(self) -> None:  # noqa: N802 (ReportLab name)
        canvas = self.canv
        canvas.saveState()
        canvas.setFont(self.fonts.regular, 8)
        canvas.setFillColor(colors.HexColor("#404040"))
        top = PAGE[1] - 22
        canvas.drawString(MARGIN, top, f"{self.log.hub_name} · {self.log.title}")
        masked = "개인정보 마스킹" if self.log.masked else "개인정보 마스킹 해제"
        made = f"{self.log.made_at:%Y-%m-%d %H:%M} 작성 · {masked}"
        canvas.drawRightString(PAGE[0] - MARGIN, top, made)
        canvas.restoreState()


class _NumberedCanvas(HeldPagesCanvas):
    def footer(self, number: int, total: int) -> None:
        self.setFont(register_korean_fonts()[0], 8)
        self.drawCentredString(PAGE[0] / 2, BOTTOM / 2, f"{number} / {total}")


def _style(fonts: Fonts, size: float, bold: bool = False) -> ParagraphStyle:
    name = fonts.bold if bold else fonts.regular
    return ParagraphStyle(f"{name}-{size}", fontName=name, fontSize=size, leading=size * 1.3)


def _heading(text: str, fonts: Fonts) -> Paragraph:
    style = _style(fonts, 12, bold=True)
    style.spaceAfter = HEADING_HEIGHT - style.leading
    return Paragraph(text, style)


def _cover(log: ConsultationLog, fonts: Fonts) -> list[Flowable]:
    title = Paragraph(log.title, _style(fonts, 18, bold=True))
    top = Table([[title, _approval_box(log.approval_titles, fonts)]], colWidths=[None, 260])
    top.setStyle(
        TS(
            [
                ("FONT", (0, 0), (-1, -1), fonts.regular, 9),  # else Helvetica is referenced
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ]
        )
    )
    facts = Table(
        [[line.label, cover_text(line)] for line in cover_lines(log)],
        colWidths=[170, 420],
        hAlign="LEFT",
    )
    facts.setStyle(_grid(fonts, size=9, head_column=True))
    field_totals = totals_tables(log)[0]
    return [
        top,
        Spacer(1, 12),
        facts,
        Spacer(1, 14),
        _heading("분야별 현황", fonts),
        _simple_table(field_totals, fonts),
        PageBreak(),
    ]


def _approval_box(titles: Sequence[str], fonts: Fonts) -> Table:
    """결재 | 담당 | 팀장 | 센터장 over empty signature boxes."""
    data = [["결\n재", *titles], ["", *([""] * len(titles))]]
    box = Table(data, colWidths=[20, *([56] * len(titles))], rowHeights=[18, 44], hAlign="RIGHT")
    box.setStyle(
        TS(
            [
                ("SPAN", (0, 0), (0, 1)),
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("FONT", (0, 0), (-1, -1), fonts.regular, 9),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (1, 0), (-1, 0), HEAD_FILL),
            ]
        )
    )
    return box


def _grid(fonts: Fonts, size: float = SIZE, head_column: bool = False) -> TS:
    head = ((0, 0), (0, -1)) if head_column else ((0, 0), (-1, 0))
    return TS(
        [
            ("FONT", (0, 0), (-1, -1), fonts.regular, size, size * 1.23),
            ("FONT", *head, fonts.bold, size, size * 1.23),
            ("BACKGROUND", *head, HEAD_FILL),
            ("GRID", (0, 0), (-1, -1), 0.25, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), PAD),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ]
    )


def _log_cells(session: LogSession) -> list[str]:
    contact = "\n".join(part for part in (session.phone, session.email) if part)
    return [
        str(session.number),
        f"{session.day}\n{session.time_text}",
        hours_text(session.hours),
        f"{session.team}\n{session.representative}",
        contact,
        f"{session.consultant}\n{session.affiliation}",
        f"{FIELD_NAMES[session.field]}\n{MODE_NAMES[session.mode]}",
        session.place,
        session.topic,
        session.summary,
        session.advice,
        session.follow_up,
        "" if session.satisfaction is None else str(session.satisfaction),
    ]


_Row = tuple[tuple[tuple[str, ...], ...], float]  # wrapped cells and the row's height


class _TablePage(Flowable):  # type: ignore[misc]
    """One page of a long table, header row first, drawn straight onto the canvas: one
    text object per cell, the rules in one path. ``log_rows`` tells the progress how
    many log rows it holds."""

    def __init__(self, paged: _Paged, rows: list[_Row], counts: bool, bold_last: bool) -> None:
        super().__init__()
        self.paged, self.rows, self.bold_last = paged, rows, bold_last
        self.log_rows = len(rows) - 1 if counts else 0
        self.width = sum(paged.widths)
        self.height = sum(height for _, height in rows)
        self.hAlign = "CENTER"  # as a Table: the log is wider than the frame's padding

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas, fonts = self.canv, self.paged.fonts
        head_height = self.rows[0][1]
        canvas.setFillColor(HEAD_FILL)
        canvas.rect(0, self.height - head_height, self.width, head_height, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        top, last = self.height, len(self.rows) - 1
        for index, (cells, height) in enumerate(self.rows):
            bold = index == 0 or (self.bold_last and index == last)
            self._draw_row(cells, top, fonts.bold if bold else fonts.regular, index == 0)
            top -= height
        self._draw_rules()

    def _draw_row(self, cells: Sequence[Sequence[str]], top: float, font: str, head: bool) -> None:
        x, baseline = 0.0, top - PAD - SIZE
        numeric = self.paged.numeric
        for column, (lines, width) in enumerate(zip(cells, self.paged.widths, strict=True)):
            if any(lines):
                align = TA_CENTER if head else TA_RIGHT if column in numeric else TA_LEFT
                draw_lines(self.canv, x + PAD, baseline, lines, font, SIZE, LEADING, align,
                           width - 2 * PAD)  # fmt: skip
            x += width

    def _draw_rules(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.25)
        rules, y = [], self.height
        for _, height in self.rows:
            rules.append((0.0, y, self.width, y))
            y -= height
        rules.append((0.0, 0.0, self.width, 0.0))
        x = 0.0
        for width in (0.0, *self.paged.widths):
            x += width
            rules.append((x, 0.0, x, self.height))
        canvas.lines(rules)


@dataclass
class _Paged:
    """Rows wrapped to their columns and cut into page-sized tables."""

    header: list[str]
    widths: list[float]
    numeric: tuple[int, ...]
    fonts: Fonts

    def wrapped(self, cells: Sequence[str]) -> _Row:
        lines = tuple(
            wrap_lines(text, width - 2 * PAD, self.fonts.regular, SIZE)
            for text, width in zip(cells, self.widths, strict=True)
        )
        return lines, max(len(cell) for cell in lines) * LEADING + 2 * PAD

    def pages(
        self, rows: list[_Row], first: float, counts: bool, bold_last: bool = False
    ) -> list[Flowable]:
        head = self.wrapped(self.header)
        story: list[Flowable] = []
        room, chunk = first - head[1], [head]
        for row in rows:
            if row[1] > room and len(chunk) > 1:
                story += [_TablePage(self, chunk, counts, False), PageBreak()]
                room, chunk = FRAME_HEIGHT - head[1], [head]
            chunk.append(row)
            room -= row[1]
        story.append(_TablePage(self, chunk, counts, bold_last))
        return story


def _log_pages(log: ConsultationLog, fonts: Fonts, tracker: Tracker) -> list[Flowable]:
    paged = _Paged(
        [name for name, _ in LOG_COLUMNS], [w for _, w in LOG_COLUMNS], NUMERIC_LOG_COLUMNS, fonts
    )
    rows: list[_Row] = []
    for session in log.sessions:
        rows.append(paged.wrapped(_log_cells(session)))
        tracker.advance()
    return [_heading("컨설팅 일지", fonts), *paged.pages(rows, FRAME_HEIGHT - HEADING_HEIGHT, True)]


def _totals_paged(table: TotalsTable, fonts: Fonts) -> _Paged:
    widths = [220.0, 260.0, 70.0, 80.0] if table.with_detail else [300.0, 80.0, 90.0]
    numeric = (2, 3) if table.with_detail else (1, 2)
    return _Paged(list(table.header), widths, numeric, fonts)


def _total_cells(values: Sequence[object]) -> list[str]:
    return [
        hours_text(v) if isinstance(v, float) else f"{v:,}" if isinstance(v, int) else str(v)
        for v in values
    ]


def _simple_table(table: TotalsTable, fonts: Fonts) -> Flowable:
    """A short totals table on the cover (one page at most)."""
    paged = _totals_paged(table, fonts)
    return paged.pages(_total_rows(table, paged), FRAME_HEIGHT, False)[0]


def _totals(table: TotalsTable, fonts: Fonts) -> list[Flowable]:
    """Totals on pages of their own, the 합계 line in bold."""
    paged = _totals_paged(table, fonts)
    story = paged.pages(_total_rows(table, paged), FRAME_HEIGHT - HEADING_HEIGHT, False, True)
    return [_heading(f"{table.name} 현황", fonts), *story]


def _total_rows(table: TotalsTable, paged: _Paged) -> list[_Row]:
    rows = [paged.wrapped(_total_cells(table.values(row))) for row in table.rows]
    rows.append(paged.wrapped(_total_cells(table.sum_values())))
    return rows
