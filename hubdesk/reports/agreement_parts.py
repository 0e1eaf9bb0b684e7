"""The pieces of one printed grant agreement: heading, overview table, preamble,
articles in statute layout (제n조(제목) ① … 1. … 가. …), date and signature blocks."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table
from reportlab.platypus import TableStyle as TS

from hubdesk.domain.agreement_articles import account_text
from hubdesk.domain.agreement_document import AgreementDocument, Party, korean_date
from hubdesk.domain.money import amount_for_document, format_won_sign
from hubdesk.reports.pdf_fonts import Fonts, text_width

SIZE, LEADING = 10.0, 16.0
TABLE_SIZE, TABLE_LEADING = 9.5, 13.0
GRID = colors.HexColor("#404040")
LABEL_FILL = colors.HexColor("#EFEFEF")
SEAL_GREY = colors.HexColor("#808080")
CANCELLED = colors.HexColor("#C00000")
ITEM_INDENT = 12.0
Command = tuple[Any, ...]  # one ReportLab table style command
PARTY_LABEL_WIDTH = 74.0
PURPOSE_IN_TABLE = 300  # characters; a longer purpose follows the table in full
DISBURSEMENTS_IN_TABLE = 24  # tranches; more are only listed in the articles

_CIRCLED = re.compile(r"^[\u2460-\u2473]\s*")  # ① … ⑳
_NUMBERED = re.compile(r"^\d{1,2}\.\s*")  # 1.
_LETTERED = re.compile(r"^[가-하]\.\s*")  # 가.


def agreement_story(document: AgreementDocument, fonts: Fonts, width: float) -> list[Flowable]:
    """Everything of one agreement, from the number at the top to the seals."""
    story: list[Flowable] = _heading(document, fonts)
    story += [_overview(document, fonts, width), Spacer(1, 4)]
    if len(document.purpose) > PURPOSE_IN_TABLE:
        story.append(Paragraph(f"※ 사업 내용(전문): {escape(document.purpose)}", _body(fonts)))
    story.append(Spacer(1, 10))
    story.append(Paragraph(escape(preamble(document)), _body(fonts)))
    story.append(Spacer(1, 8))
    for number, article in enumerate(document.articles, 1):
        story += _article(number, article.title, article.text, fonts)
    story.append(_signatures(document, fonts, width))
    return story


def preamble(document: AgreementDocument) -> str:
    return (
        f'{document.hub.name}(이하 "갑"이라 한다)와 {document.team.name}(이하 "을"이라 '
        f"한다)는 {document.district_name}의 「{document.program_name}」 보조사업의 수행과 "
        "보조금의 지원에 관하여 다음과 같이 협약을 체결한다."
    )


def _style(
    fonts: Fonts,
    size: float = SIZE,
    *,
    bold: bool = False,
    leading: float | None = None,
    **extra: Any,
) -> ParagraphStyle:
    name = fonts.bold if bold else fonts.regular
    return ParagraphStyle(
        f"{name}-{size}", fontName=name, fontSize=size, leading=leading or size * 1.45, **extra
    )


def _body(fonts: Fonts, **extra: Any) -> ParagraphStyle:
    return _style(fonts, SIZE, leading=LEADING, alignment=TA_JUSTIFY, **extra)


def _heading(document: AgreementDocument, fonts: Fonts) -> list[Flowable]:
    number = Paragraph(f"협약번호: {escape(document.number)}", _style(fonts, 9, alignment=TA_RIGHT))
    title = Paragraph(escape(document.title), _style(fonts, 22, bold=True, alignment=TA_CENTER))
    story: list[Flowable] = [number, Spacer(1, 14), title, Spacer(1, 6)]
    note = ""
    if document.cancelled_on is not None:
        note = f"※ 이 협약은 {korean_date(document.cancelled_on)} 해지되었습니다."
    elif document.is_draft:
        note = "※ 이 문서는 협약 체결 전 검토용 안(案)입니다."
    if note:
        colour = CANCELLED if document.is_cancelled else SEAL_GREY
        story.append(Paragraph(note, _style(fonts, 9, alignment=TA_CENTER, textColor=colour)))
    story.append(Spacer(1, 12))
    return story


def _cell(text: str, fonts: Fonts, *, bold: bool = False, align: int = 0) -> Paragraph:
    style = _style(fonts, TABLE_SIZE, bold=bold, leading=TABLE_LEADING, alignment=align)
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _party_text(party: Party) -> str:
    lines = [party.name, f"{party.signer_title} {party.signer_name}"]
    if party.business_number:
        lines[-1] += f"  (사업자등록번호 {party.business_number})"
    return "\n".join(lines)


def _overview(document: AgreementDocument, fonts: Fonts, width: float) -> Table:
    """사업명 … 전용계좌: label | sub-label | value, the money in words and figures."""
    d = document
    rows: list[tuple[str, str, str | Flowable]] = [
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
        ("교부 계획", "", _schedule(document, fonts)),
        ("보조금 전용계좌", "", account_text(document)),
        ("정산 기한", "", f"사업 종료 후 {d.settlement_months}개월 이내 "
                        f"({korean_date(d.settlement_due)}까지)"),
    ]  # fmt: skip
    data: list[list[Flowable | str]] = []
    for label, sub, value in rows:
        shown = value if isinstance(value, Flowable) else _cell(value, fonts)
        head = _cell(label, fonts, bold=True, align=TA_CENTER)
        # a row without a sub-label spans its value over both right-hand columns
        data.append([head, _cell(sub, fonts, align=TA_CENTER), shown] if sub else [head, shown, ""])
    label_width, sub_width = 86.0, 52.0
    widths = [label_width, sub_width, width - label_width - sub_width]
    return _table(data, widths, fonts, _overview_style(rows))


def _table(
    data: Sequence[Sequence[object]],
    widths: Sequence[float],
    fonts: Fonts,
    commands: list[Command],
    **options: Any,
) -> Table:
    """A table whose own font is NanumGothic too (else Helvetica is referenced)."""
    table = Table(data, colWidths=list(widths), **options)
    table.setStyle(TS([("FONT", (0, 0), (-1, -1), fonts.regular, TABLE_SIZE), *commands]))
    return table


def _shortened(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _program(document: AgreementDocument) -> str:
    """The program's name, with its kind unless the name already says it."""
    name, kind = document.program_name, document.program_kind
    return name if kind in name else f"{name} ({kind})"


def _overview_style(rows: list[tuple[str, str, str | Flowable]]) -> list[Command]:
    style: list[Command] = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
        ("BACKGROUND", (0, 0), (0, -1), LABEL_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for index, (label, sub, _value) in enumerate(rows):
        if not sub:
            style.append(("SPAN", (1, index), (2, index)))
            style.append(("LEFTPADDING", (1, index), (1, index), 6))
        else:
            style.append(("BACKGROUND", (1, index), (1, index), LABEL_FILL))
        if not label:  # continues the label above
            start = index
            while not rows[start][0]:
                start -= 1
            style.append(("SPAN", (0, start), (0, index)))
    return style


def _schedule(document: AgreementDocument, fonts: Fonts) -> Flowable:
    """회차 | 교부 예정일 | 금액, or the sentence that it is agreed later."""
    if not document.disbursements:
        return _cell("교부 시기와 금액은 갑과 을이 협의하여 정함", fonts)
    if len(document.disbursements) > DISBURSEMENTS_IN_TABLE:
        total = len(document.disbursements)
        return _cell(f"총 {total}회 분할 교부 (세부 일정은 보조금의 교부에 관한 조항 참조)", fonts)
    data = [
        [
            _cell(line.label, fonts),
            _cell(korean_date(line.planned_on) if line.planned_on else "협의하여 정함", fonts),
            _cell(format_won_sign(line.amount), fonts, align=TA_RIGHT),
        ]
        for line in document.disbursements
    ]
    padding: list[Command] = [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    return _table(data, [40, 120, 100], fonts, padding, hAlign="LEFT")


def _article(number: int, title: str, text: str, fonts: Fonts) -> list[Flowable]:
    """제n조(제목) inline before the first paragraph; ①, 1., 가. hang their lines."""
    lines = [line for line in text.split("\n") if line.strip()] or [""]
    heading = f"<font name='{fonts.bold}'>제{number}조({escape(title)})</font> "
    story: list[Flowable] = []
    for index, line in enumerate(lines):
        marked, style = _line_style(line.strip(), fonts)
        prefix = heading if index == 0 else ""
        if index == 0:
            style = _body(fonts)  # the heading starts the line; no hanging indent
        story.append(Paragraph(prefix + escape(marked), style))
    story.append(Spacer(1, 6))
    return story


def _line_style(line: str, fonts: Fonts) -> tuple[str, ParagraphStyle]:
    """The line and its indent: ① at the margin, 1. one step in, 가. two steps in."""
    for pattern, depth in ((_CIRCLED, 0), (_NUMBERED, 1), (_LETTERED, 2)):
        match = pattern.match(line)
        if match:
            marker = match.group(0).strip() + " "
            hang = text_width(marker, fonts.regular, SIZE)
            indent = depth * ITEM_INDENT
            line = marker + line[match.end() :]
            return line, _body(fonts, leftIndent=indent + hang, firstLineIndent=-hang)
    return line, _body(fonts)


def _signatures(document: AgreementDocument, fonts: Fonts, width: float) -> Flowable:
    """The date line and both parties' blocks side by side, never split across pages."""
    day = document.signed_on
    blank = "&nbsp;" * 6
    date_text = korean_date(day) if day else f"{blank * 2}년{blank}월{blank}일"
    date_line = Paragraph(date_text, _style(fonts, 12, alignment=TA_CENTER))
    half = (width - 16) / 2
    hub, team = document.hub, document.team
    value_width = half - PARTY_LABEL_WIDTH - 8
    left = _party_block(
        "갑",
        [
            ("기관명", hub.name),
            ("주소", hub.address),
            (hub.signer_title, _Signer(hub.signer_name, fonts, value_width)),
        ],
        fonts,
        half,
    )
    team_rows: list[tuple[str, str | Flowable]] = [
        ("상호", team.name),
        ("주소", team.address or " "),
        (team.signer_title, _Signer(team.signer_name, fonts, value_width)),
    ]
    if team.business_number:
        team_rows.append(("사업자등록번호", team.business_number))
    right = _party_block("을", team_rows, fonts, half)
    side_by_side: list[Command] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ]
    blocks = _table([[left, right]], [half + 8, half + 8], fonts, side_by_side)
    return KeepTogether([Spacer(1, 16), date_line, Spacer(1, 20), blocks])


def _party_block(
    side: str, rows: list[tuple[str, str | Flowable]], fonts: Fonts, width: float
) -> Table:
    data: list[list[Flowable | str]] = [[_cell(f"({side})", fonts, bold=True), ""]]
    for label, value in rows:
        shown = value if isinstance(value, Flowable) else _cell(value, fonts)
        data.append([_cell(label, fonts), shown])
    layout: list[Command] = [
        ("SPAN", (0, 0), (1, 0)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    return _table(data, [PARTY_LABEL_WIDTH, width - PARTY_LABEL_WIDTH], fonts, layout)


class _Signer(Flowable):  # type: ignore[misc]
    """The signer's name followed by a seal circle marked (인)."""

    DIAMETER = 26.0

    def __init__(self, name: str, fonts: Fonts, width: float) -> None:
        super().__init__()
        self.name, self.fonts, self.width = name, fonts, width
        self.height = self.DIAMETER + 2

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas, radius = self.canv, self.DIAMETER / 2
        middle = self.height / 2
        canvas.setFont(self.fonts.regular, TABLE_SIZE + 0.5)
        canvas.drawString(0, middle - 3.5, self.name)
        centre = min(text_width(self.name, self.fonts.regular, TABLE_SIZE + 0.5) + 18 + radius,
                     self.width - radius - 1)  # fmt: skip
        canvas.setStrokeColor(SEAL_GREY)
        canvas.setFillColor(SEAL_GREY)
        canvas.setLineWidth(0.6)
        canvas.circle(centre, middle, radius, stroke=1, fill=0)
        canvas.setFont(self.fonts.regular, 8)
        canvas.drawCentredString(centre, middle - 3, "(인)")
