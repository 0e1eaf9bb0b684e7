"""The pieces of one printed grant agreement: heading, overview table, preamble,
articles in statute layout (제n조(제목) ① … 1. … 가. …), date and signature blocks.

They are blocks (pdf_pages) that the writer stacks onto pages, their text wrapped and
drawn by pdf_fonts as one text object per paragraph or cell. The layout is the one
ReportLab's platypus gave (paragraph styles and line breaks, table paddings, spans and
rules), without its markup parser and table machinery, which cost more than the drawing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.pdfgen.canvas import Canvas

from hubdesk.domain.agreement_articles import account_text
from hubdesk.domain.agreement_document import AgreementDocument, Party, korean_date
from hubdesk.domain.money import amount_for_document, format_won_sign
from hubdesk.reports.pdf_fonts import (
    Fonts,
    TextLine,
    draw_paragraph,
    paragraph_lines,
    text_width,
)
from hubdesk.reports.pdf_pages import FUZZ, Block, Gap

SIZE, LEADING = 10.0, 16.0
TABLE_SIZE, TABLE_LEADING = 9.5, 13.0
COLUMN_PAD = 6.0  # text stands this far inside the page's column; tables span it whole
CELL_PAD = 6.0  # left and right inside a table cell
GRID = colors.HexColor("#404040")
LABEL_FILL = colors.HexColor("#EFEFEF")
SEAL_GREY = colors.HexColor("#808080")
CANCELLED = colors.HexColor("#C00000")
ITEM_INDENT = 12.0
PARTY_LABEL_WIDTH = 74.0
PURPOSE_IN_TABLE = 300  # characters; a longer purpose follows the table in full
DISBURSEMENTS_IN_TABLE = 24  # tranches; more are only listed in the articles

_CIRCLED = re.compile(r"^[\u2460-\u2473]\s*")  # ① … ⑳
_NUMBERED = re.compile(r"^\d{1,2}\.\s*")  # 1.
_LETTERED = re.compile(r"^[가-하]\.\s*")  # 가.


@dataclass(frozen=True, slots=True)
class Column:
    """Where the agreement stands on the page: the left edge and width of its tables;
    its paragraphs stand ``COLUMN_PAD`` inside (``inner_left``, ``inner_width``)."""

    left: float
    width: float

    @property
    def inner_left(self) -> float:
        return self.left + COLUMN_PAD

    @property
    def inner_width(self) -> float:
        return self.width - 2 * COLUMN_PAD


def agreement_blocks(document: AgreementDocument, fonts: Fonts, column: Column) -> list[Block]:
    """Everything of one agreement, from the number at the top to the seals."""
    blocks: list[Block] = _heading(document, fonts, column)
    blocks += [_overview(document, fonts, column), Gap(4)]
    if len(document.purpose) > PURPOSE_IN_TABLE:
        blocks.append(_body(f"※ 사업 내용(전문): {document.purpose}", fonts, column))
    blocks += [Gap(10), _body(preamble(document), fonts, column), Gap(8)]
    for number, article in enumerate(document.articles, 1):
        blocks += _article(number, article.title, article.text, fonts, column)
    blocks.append(_signatures(document, fonts, column))
    return blocks


def preamble(document: AgreementDocument) -> str:
    return (
        f'{document.hub.name}(이하 "갑"이라 한다)와 {document.team.name}(이하 "을"이라 '
        f"한다)는 {document.district_name}의 「{document.program_name}」 보조사업의 수행과 "
        "보조금의 지원에 관하여 다음과 같이 협약을 체결한다."
    )


# --- paragraphs ----------------------------------------------------------------------


class _Text(Block):
    """Wrapped lines from ``x``; split between lines, never leaving one line alone at
    the foot of a page (a last line alone at the top is allowed, as in ReportLab)."""

    def __init__(
        self,
        lines: Sequence[TextLine],
        x: float,
        size: float,
        leading: float,
        align: int = TA_LEFT,
        colour: colors.Color | None = None,
    ) -> None:
        self.lines, self.x, self.size, self.leading = list(lines), x, size, leading
        self.align, self.colour = align, colour
        self.height = len(self.lines) * leading

    def draw(self, canvas: Canvas, top: float) -> None:
        if self.colour is not None:
            canvas.setFillColor(self.colour)
        baseline = top - self.size
        draw_paragraph(canvas, self.x, baseline, self.lines, self.size, self.leading, self.align)
        if self.colour is not None:
            canvas.setFillColor(colors.black)

    def split(self, room: float) -> tuple[Block, Block] | None:
        fits = int((room + FUZZ) // self.leading)
        if fits < 2 or fits >= len(self.lines):
            return None
        head, tail = self.lines[:fits], self.lines[fits:]
        return self._with(head), self._with(tail)

    def _with(self, lines: Sequence[TextLine]) -> _Text:
        return _Text(lines, self.x, self.size, self.leading, self.align, self.colour)


def _lines(text: str, font: str, size: float, room: float) -> list[TextLine]:
    """``text`` wrapped to ``room``, each of its own lines (``\\n``) a paragraph."""
    lines: list[TextLine] = []
    for part in text.split("\n"):
        lines += paragraph_lines(part, font, size, room)
    return lines


def _centred(
    text: str, font: str, size: float, column: Column, colour: colors.Color | None = None
) -> _Text:
    lines = _lines(text, font, size, column.inner_width)
    return _Text(lines, column.inner_left, size, size * 1.45, TA_CENTER, colour)


def _body(text: str, fonts: Fonts, column: Column) -> _Text:
    lines = _lines(text, fonts.regular, SIZE, column.inner_width)
    return _Text(lines, column.inner_left, SIZE, LEADING, TA_JUSTIFY)


def _heading(document: AgreementDocument, fonts: Fonts, column: Column) -> list[Block]:
    number = _lines(f"협약번호: {document.number}", fonts.regular, 9, column.inner_width)
    blocks: list[Block] = [
        _Text(number, column.inner_left, 9, 9 * 1.45, TA_RIGHT),
        Gap(14),
        _centred(document.title, fonts.bold, 22, column),
        Gap(6),
    ]
    note = ""
    if document.cancelled_on is not None:
        note = f"※ 이 협약은 {korean_date(document.cancelled_on)} 해지되었습니다."
    elif document.is_draft:
        note = "※ 이 문서는 협약 체결 전 검토용 안(案)입니다."
    if note:
        colour = CANCELLED if document.is_cancelled else SEAL_GREY
        blocks.append(_centred(note, fonts.regular, 9, column, colour=colour))
    blocks.append(Gap(12))
    return blocks


def _article(number: int, title: str, text: str, fonts: Fonts, column: Column) -> list[Block]:
    """제n조(제목) inline before the first paragraph; ①, 1., 가. hang their lines."""
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()] or [""]
    blocks: list[Block] = []
    for index, line in enumerate(paragraphs):
        marked, depth, hang = _marker(line, fonts)
        room = column.inner_width
        if index == 0:  # the heading starts the line; no hanging indent
            heading = f"제{number}조({title})"
            lines = paragraph_lines(marked, fonts.regular, SIZE, room, lead=heading,
                                    lead_font=fonts.bold)  # fmt: skip
        else:
            first, indent = depth * ITEM_INDENT, depth * ITEM_INDENT + hang
            lines = paragraph_lines(marked, fonts.regular, SIZE, room, first_indent=first,
                                    indent=indent)  # fmt: skip
        blocks.append(_Text(lines, column.inner_left, SIZE, LEADING, TA_JUSTIFY))
    blocks.append(Gap(6))
    return blocks


def _marker(line: str, fonts: Fonts) -> tuple[str, int, float]:
    """The line, its depth and the width its first line hangs out: ① at the margin,
    1. one step in, 가. two steps in."""
    for pattern, depth in ((_CIRCLED, 0), (_NUMBERED, 1), (_LETTERED, 2)):
        match = pattern.match(line)
        if match:
            marker = match.group(0).strip() + " "
            return marker + line[match.end() :], depth, text_width(marker, fonts.regular, SIZE)
    return line, 0, 0.0


# --- table cells ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Content:
    """What a table cell holds: ``height`` points drawn by ``draw(canvas, x, top)``."""

    height: float
    draw: Callable[[Canvas, float, float], None]


def _text_cell(text: str, font: str, room: float, align: int = TA_LEFT) -> _Content:
    lines = _lines(text, font, TABLE_SIZE, room)

    def draw(canvas: Canvas, x: float, top: float) -> None:
        draw_paragraph(canvas, x, top - TABLE_SIZE, lines, TABLE_SIZE, TABLE_LEADING, align)

    return _Content(len(lines) * TABLE_LEADING, draw)


def _middle(content: _Content, top: float, height: float) -> float:
    """Where ``content`` starts in a cell ``height`` tall from ``top``, centred (the
    cells here have equal paddings above and below)."""
    return top - (height - content.height) / 2


# --- the overview table --------------------------------------------------------------

LABEL_WIDTH, SUB_WIDTH = 86.0, 52.0
OVERVIEW_PAD = 4.0  # above and below the text of a cell


@dataclass(frozen=True, slots=True)
class _Row:
    """label | sub-label | value; no label continues the label above; no sub-label
    spans the value over both right-hand columns."""

    label: _Content | None
    sub: _Content | None
    value: _Content
    height: float


class _Overview(Block):
    """사업명 … 정산 기한, split only between rows that a label does not join."""

    def __init__(self, rows: Sequence[_Row], column: Column) -> None:
        self.rows, self.column = list(rows), column
        self.height = sum(row.height for row in self.rows)

    def split(self, room: float) -> tuple[Block, Block] | None:
        used, cut = 0.0, 0
        for index, row in enumerate(self.rows):
            if used + row.height > room + FUZZ:
                break
            used += row.height
            if index + 1 < len(self.rows) and self.rows[index + 1].label is not None:
                cut = index + 1
        if cut == 0:
            return None
        return _Overview(self.rows[:cut], self.column), _Overview(self.rows[cut:], self.column)

    def draw(self, canvas: Canvas, top: float) -> None:
        left, width = self.column.left, self.column.width
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.5)
        y = top
        for index, row in enumerate(self.rows):
            if row.label is not None:
                span = self._label_span(index)
                self._cell(canvas, left, y, LABEL_WIDTH, span, row.label, fill=True)
            x = left + LABEL_WIDTH
            if row.sub is not None:
                self._cell(canvas, x, y, SUB_WIDTH, row.height, row.sub, fill=True)
                x += SUB_WIDTH
            self._cell(canvas, x, y, left + width - x, row.height, row.value, fill=False)
            y -= row.height
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(1.0)
        canvas.rect(left, top - self.height, width, self.height, stroke=1, fill=0)

    def _label_span(self, index: int) -> float:
        end = index + 1
        while end < len(self.rows) and self.rows[end].label is None:
            end += 1
        return sum(row.height for row in self.rows[index:end])

    @staticmethod
    def _cell(
        canvas: Canvas, x: float, top: float, width: float, height: float, content: _Content,
        *, fill: bool,
    ) -> None:  # fmt: skip
        if fill:
            canvas.setFillColor(LABEL_FILL)
        canvas.rect(x, top - height, width, height, stroke=1, fill=1 if fill else 0)
        if fill:
            canvas.setFillColor(colors.black)
        content.draw(canvas, x + CELL_PAD, _middle(content, top, height))


def _overview(document: AgreementDocument, fonts: Fonts, column: Column) -> _Overview:
    """사업명 … 전용계좌: label | sub-label | value, the money in words and figures."""
    d = document
    value_room = column.width - LABEL_WIDTH - SUB_WIDTH - 2 * CELL_PAD
    wide_room = value_room + SUB_WIDTH
    entries: list[tuple[str, str, str | None]] = [
        ("사 업 명", "", _program(d)),
        ("사업 내용", "", _shortened(d.purpose, PURPOSE_IN_TABLE)),
        ("협약 당사자", "갑", _party_text(d.hub)),
        ("", "을", _party_text(d.team)),
        ("사업 기간", "", f"{korean_date(d.start_date)} ~ {korean_date(d.end_date)}"),
        ("총사업비", "", amount_for_document(d.total_cost)),
        ("사업비 내역", "보조금", amount_for_document(d.grant)),
        ("", "· 시비", amount_for_document(d.city_amount)),
        ("", "· 구비", amount_for_document(d.district_amount)),
        ("", "자부담", amount_for_document(d.copayment)),
        ("교부 계획", "", None),
        ("보조금 전용계좌", "", account_text(document)),
        ("정산 기한", "", f"사업 종료 후 {d.settlement_months}개월 이내 "
                        f"({korean_date(d.settlement_due)}까지)"),
    ]  # fmt: skip
    rows: list[_Row] = []
    for label, sub, text in entries:
        room = value_room if sub else wide_room
        value = _schedule(d, fonts, room) if text is None else _text_cell(text, fonts.regular, room)
        head = _text_cell(label, fonts.bold, LABEL_WIDTH - 2 * CELL_PAD, TA_CENTER)
        side = _text_cell(sub, fonts.regular, SUB_WIDTH - 2 * CELL_PAD, TA_CENTER) if sub else None
        tallest = max(value.height, side.height if side else 0.0)
        rows.append(_Row(head if label else None, side, value, tallest + 2 * OVERVIEW_PAD))
    return _Overview(rows, column)


def _party_text(party: Party) -> str:
    lines = [party.name, f"{party.signer_title} {party.signer_name}"]
    if party.business_number:
        lines[-1] += f"  (사업자등록번호 {party.business_number})"
    return "\n".join(lines)


def _shortened(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _program(document: AgreementDocument) -> str:
    """The program's name, with its kind unless the name already says it."""
    name, kind = document.program_name, document.program_kind
    return name if kind in name else f"{name} ({kind})"


SCHEDULE_WIDTHS = (40.0, 120.0, 100.0)
SCHEDULE_ROW = TABLE_LEADING + 1  # one line and the padding below it


def _schedule(document: AgreementDocument, fonts: Fonts, room: float) -> _Content:
    """회차 | 교부 예정일 | 금액, or the sentence that it is agreed later."""
    if not document.disbursements:
        return _text_cell("교부 시기와 금액은 갑과 을이 협의하여 정함", fonts.regular, room)
    if len(document.disbursements) > DISBURSEMENTS_IN_TABLE:
        total = len(document.disbursements)
        text = f"총 {total}회 분할 교부 (세부 일정은 보조금의 교부에 관한 조항 참조)"
        return _text_cell(text, fonts.regular, room)
    rows = [
        (
            line.label,
            korean_date(line.planned_on) if line.planned_on else "협의하여 정함",
            format_won_sign(line.amount),
        )
        for line in document.disbursements
    ]
    cells = [
        [
            _text_cell(text, fonts.regular, width - CELL_PAD, TA_RIGHT if index == 2 else TA_LEFT)
            for index, (text, width) in enumerate(zip(row, SCHEDULE_WIDTHS, strict=True))
        ]
        for row in rows
    ]
    heights = [max(cell.height for cell in row) + 1 for row in cells]

    def draw(canvas: Canvas, x: float, top: float) -> None:
        for row, height in zip(cells, heights, strict=True):
            left = x
            for cell, width in zip(row, SCHEDULE_WIDTHS, strict=True):
                cell.draw(canvas, left, top - height + 1 + cell.height)  # bottom-aligned
                left += width
            top -= height

    return _Content(sum(heights), draw)


# --- date and signatures -------------------------------------------------------------

PARTY_PAD = 3.0  # above and below the text of a party's line
SEAL_DIAMETER = 26.0


class _Signatures(Block):
    """The date line and both parties' blocks side by side, never split across pages."""

    def __init__(self, date_line: _Text, left: _Party, right: _Party, column: Column) -> None:
        self.date_line, self.parties, self.column = date_line, (left, right), column
        self.blocks_height = max(left.height, right.height) + 2 * PARTY_PAD
        self.height = 16 + date_line.height + 20 + self.blocks_height

    def draw(self, canvas: Canvas, top: float) -> None:
        self.date_line.draw(canvas, top - 16)
        top -= 16 + self.date_line.height + 20
        half = (self.column.width - 16) / 2
        for index, party in enumerate(self.parties):
            party.draw(canvas, self.column.left + index * (half + 8), top - PARTY_PAD)


@dataclass(frozen=True, slots=True)
class _Party:
    """(갑) or (을) over label | value lines."""

    rows: Sequence[tuple[_Content | None, _Content, float]]  # label, value, row height

    @property
    def height(self) -> float:
        return sum(height for _, _, height in self.rows)

    def draw(self, canvas: Canvas, x: float, top: float) -> None:
        for label, value, height in self.rows:
            if label is not None:
                label.draw(canvas, x + 2, _middle(label, top, height))
                value.draw(canvas, x + PARTY_LABEL_WIDTH + 2, _middle(value, top, height))
            else:
                value.draw(canvas, x + 2, _middle(value, top, height))
            top -= height


def _signatures(document: AgreementDocument, fonts: Fonts, column: Column) -> _Signatures:
    day = document.signed_on
    blank = "\xa0" * 6
    date_text = korean_date(day) if day else f"{blank * 2}년{blank}월{blank}일"
    date_line = _centred(date_text, fonts.regular, 12, column)
    half = (column.width - 16) / 2
    hub, team = document.hub, document.team
    value_width = half - PARTY_LABEL_WIDTH - 8
    left = _party(
        "갑",
        [("기관명", hub.name), ("주소", hub.address),
         (hub.signer_title, _signer(hub.signer_name, fonts, value_width))],
        fonts,
        half,
    )  # fmt: skip
    team_rows: list[tuple[str, str | _Content]] = [
        ("상호", team.name),
        ("주소", team.address or " "),
        (team.signer_title, _signer(team.signer_name, fonts, value_width)),
    ]
    if team.business_number:
        team_rows.append(("사업자등록번호", team.business_number))
    return _Signatures(date_line, left, _party("을", team_rows, fonts, half), column)


def _party(
    side: str, rows: Sequence[tuple[str, str | _Content]], fonts: Fonts, width: float
) -> _Party:
    label_room = PARTY_LABEL_WIDTH - 2 - CELL_PAD
    value_room = width - PARTY_LABEL_WIDTH - 2 - CELL_PAD
    head = _text_cell(f"({side})", fonts.bold, width - 2 - CELL_PAD)
    laid: list[tuple[_Content | None, _Content, float]] = [
        (None, head, head.height + 2 * PARTY_PAD)
    ]
    for label, value in rows:
        if not isinstance(value, _Content):
            value = _text_cell(value, fonts.regular, value_room)
        name = _text_cell(label, fonts.regular, label_room)
        laid.append((name, value, max(name.height, value.height) + 2 * PARTY_PAD))
    return _Party(laid)


def _signer(name: str, fonts: Fonts, width: float) -> _Content:
    """The signer's name followed by a seal circle marked (인)."""
    radius, height = SEAL_DIAMETER / 2, SEAL_DIAMETER + 2
    size = TABLE_SIZE + 0.5
    centre = min(text_width(name, fonts.regular, size) + 18 + radius, width - radius - 1)

    def draw(canvas: Canvas, x: float, top: float) -> None:
        middle = top - height / 2
        canvas.setFont(fonts.regular, size)
        canvas.drawString(x, middle - 3.5, name)
        canvas.saveState()
        canvas.setStrokeColor(SEAL_GREY)
        canvas.setFillColor(SEAL_GREY)
        canvas.setLineWidth(0.6)
        canvas.circle(x + centre, middle, radius, stroke=1, fill=0)
        canvas.setFont(fonts.regular, 8)
        canvas.drawCentredString(x + centre, middle - 3, "(인)")
        canvas.restoreState()

    return _Content(height, draw)
