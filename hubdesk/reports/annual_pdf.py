"""The annual report (사회적경제 활성화 추진실적) as a PDF: A4 portrait, NanumGothic
embedded, "- n -" page numbers.

Page 1: title, hub and date, the 결재란, the goals against their targets and a chart of
the goals' 달성률. Then the quarters with running totals and a chart of the totals as a
share of the year's targets, training by category, public procurement by department
and by enterprise kind, and the enterprises by kind. Each heading is kept with what
follows it; the tables are short, so platypus lays them out.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
)
from reportlab.platypus import TableStyle as TS

from hubdesk.domain.goals import AnnualReport
from hubdesk.reports.annual_rows import (
    NO_GOAL_CHART,
    NO_RUNNING_CHART,
    NOTHING,
    SECTION_TITLES,
    SHORT_NAMES,
    GoalLine,
    cell_text,
    department_table,
    document_title,
    goal_lines,
    goal_value_text,
    has_figures,
    kind_amount_table,
    korean_date,
    quarter_table,
    rate_text,
    running_percent,
    teams_table,
    training_table,
)
from hubdesk.reports.annual_rows import Table as RowTable
from hubdesk.reports.files import written_or_removed
from hubdesk.reports.pdf_fonts import Fonts, register_korean_fonts
from hubdesk.reports.pdf_pages import HeldPagesCanvas

PAGE = A4
MARGIN, TOP, BOTTOM = 48.0, 48.0, 48.0
WIDTH = PAGE[0] - 2 * MARGIN - 12  # the frame's own padding
SIZE = 8.5
BOX_LABEL, BOX_CELL = 20.0, 52.0  # the 결재란's columns
GRID = colors.HexColor("#808080")
HEAD_FILL = colors.HexColor("#DCE6F1")
TOTAL_FILL = colors.HexColor("#F2F2F2")
TARGET_COLOUR = colors.HexColor("#A6A6A6")
ACTUAL_COLOUR = colors.HexColor("#2F5597")
SERIES_COLOURS = (
    colors.HexColor("#2F5597"),
    colors.HexColor("#C55A11"),
    colors.HexColor("#548235"),
)


def write_annual_pdf(report: AnnualReport, path: Path) -> None:
    """Write the report to ``path``; an error leaves no file there."""
    fonts = Fonts(*register_korean_fonts())
    story = _story(report, fonts)
    with written_or_removed(path):
        document = SimpleDocTemplate(
            str(path),
            pagesize=PAGE,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            title=document_title(report.year),
            author=report.hub_name,
            initialFontName=fonts.regular,  # else an unembedded Helvetica is referenced
        )
        document.build(story, canvasmaker=_NumberedCanvas)


class _NumberedCanvas(HeldPagesCanvas):
    def footer(self, number: int, total: int) -> None:
        self.setFont(register_korean_fonts()[0], 9)
        self.drawCentredString(PAGE[0] / 2, BOTTOM / 2, f"- {number} -")


def _story(report: AnnualReport, fonts: Fonts) -> list[Flowable]:
    """Every section; one without figures (a small hub's first year) says so in a line
    instead of a grid of zeros or an empty chart."""
    tables = _tables(report)
    lines = goal_lines(report)
    story = [*_head(report, fonts), Spacer(1, 16)]
    goals = [_goal_table(lines, fonts)] if lines else [_nothing(NOTHING, fonts)]
    story += _section(SECTION_TITLES[0], goals, fonts)
    if any(line.percent is not None for line in lines):
        story += [Spacer(1, 10), _goal_chart(lines, fonts)]
    elif lines:
        story += [Spacer(1, 6), _nothing(NO_GOAL_CHART, fonts)]
    story += [PageBreak()]
    story += _section(SECTION_TITLES[1], _table(tables[0], fonts), fonts)
    if has_figures(tables[0]):
        running = running_percent(report)
        chart = _running_chart(report, fonts) if running else _nothing(NO_RUNNING_CHART, fonts)
        story += [Spacer(1, 10), chart]
    story += [Spacer(1, 14)]
    story += _section(SECTION_TITLES[2], _table(tables[1], fonts), fonts)
    story += [Spacer(1, 14)]
    procurement = [*_sub(tables[2], fonts), Spacer(1, 8), *_sub(tables[3], fonts)]
    story += _section(SECTION_TITLES[3], procurement, fonts)
    story += [Spacer(1, 14)]
    story += _section(SECTION_TITLES[4], _table(tables[4], fonts), fonts)
    return story


def _style(fonts: Fonts, size: float, bold: bool = False, align: int = 0) -> ParagraphStyle:
    name = fonts.bold if bold else fonts.regular
    return ParagraphStyle(
        f"{name}-{size}-{align}", fontName=name, fontSize=size, leading=size * 1.35, alignment=align
    )


def _head(report: AnnualReport, fonts: Fonts) -> list[Flowable]:
    title = Paragraph(document_title(report.year), _style(fonts, 17, bold=True))
    facts = Paragraph(
        f"{escape(report.hub_name)}<br/>작성일: {korean_date(report.made_on)}", _style(fonts, 10)
    )
    box = _approval_box(report.approval_titles, fonts)
    width = BOX_LABEL + BOX_CELL * len(report.approval_titles)
    top = Table([[[title, Spacer(1, 8), facts], box]], colWidths=[WIDTH - width, width])
    top.setStyle(TS([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0),
                     ("RIGHTPADDING", (1, 0), (1, 0), 0),
                     ("FONT", (0, 0), (-1, -1), fonts.regular, 9)]))  # fmt: skip
    return [top]


def _approval_box(titles: Sequence[str], fonts: Fonts) -> Table:
    """결재 | 담당 | 팀장 | 센터장 over empty signature boxes (as the consultation log's)."""
    data = [["결\n재", *titles], ["", *([""] * len(titles))]]
    widths = [BOX_LABEL, *([BOX_CELL] * len(titles))]
    box = Table(data, colWidths=widths, rowHeights=[18, 42], hAlign="RIGHT")
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


def _section(title: str, parts: list[Flowable], fonts: Fonts) -> list[Flowable]:
    """A numbered heading kept on the page of what it heads."""
    heading = Paragraph(title, _style(fonts, 12.5, bold=True))
    return [KeepTogether([heading, Spacer(1, 6), *parts])]


def _sub(table: RowTable, fonts: Fonts) -> list[Flowable]:
    heading = Paragraph(f"□ {table.name}", _style(fonts, 10, bold=True))
    return [heading, Spacer(1, 3), *_table(table, fonts)]


def _grid(fonts: Fonts, head_rows: int, total: bool) -> list[tuple[object, ...]]:
    last = (-1, -1)
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), last, fonts.regular, SIZE, SIZE * 1.25),
        ("FONT", (0, 0), (-1, head_rows - 1), fonts.bold, SIZE, SIZE * 1.25),
        ("BACKGROUND", (0, 0), (-1, head_rows - 1), HEAD_FILL),
        ("GRID", (0, 0), last, 0.4, GRID),
        ("VALIGN", (0, 0), last, "MIDDLE"),
        ("ALIGN", (0, 0), (-1, head_rows - 1), "CENTER"),
        ("ALIGN", (1, head_rows), last, "RIGHT"),
        ("TOPPADDING", (0, 0), last, 3),
        ("BOTTOMPADDING", (0, 0), last, 3),
    ]
    if total:
        commands += [
            ("FONT", (0, -1), last, fonts.bold, SIZE, SIZE * 1.25),
            ("BACKGROUND", (0, -1), last, TOTAL_FILL),
        ]
    return commands


def _goal_table(lines: Sequence[GoalLine], fonts: Fonts) -> Table:
    data = [["구분", "목표", "실적", "달성률", "비고"]]
    for line in lines:
        target, actual = goal_value_text(line, line.target), goal_value_text(line, line.actual)
        data.append([line.label, target, actual, rate_text(line.percent), line.note])
    widths = [112.0, 82.0, 82.0, 46.0, WIDTH - 322.0]
    table = Table(data, colWidths=widths, repeatRows=1)
    style = _grid(fonts, 1, False)
    style += [("ALIGN", (4, 1), (4, -1), "LEFT"), ("FONTSIZE", (4, 1), (4, -1), 7.5)]
    table.setStyle(TS(style))
    return table


def _nothing(text: str, fonts: Fonts) -> Paragraph:
    return Paragraph(escape(text), _style(fonts, 9.5))


def _table(spec: RowTable, fonts: Fonts) -> list[Flowable]:
    """A section's table across the column, its unit noted above it on the right; a line
    saying there is nothing to show when it holds no figure."""
    if not has_figures(spec):
        return [_nothing(spec.empty_note, fonts)]
    data, head_rows, spans = _cells(spec)
    count = len(spec.columns)
    first = 64.0 if count > 5 else 150.0
    rest = (WIDTH - first) / (count - 1)
    table = Table(data, colWidths=[first, *([rest] * (count - 1))], repeatRows=head_rows)
    table.setStyle(TS(_grid(fonts, head_rows, spec.total) + spans))
    note = Paragraph(spec.unit_note, _style(fonts, 7.5, align=TA_RIGHT))
    return [note, Spacer(1, 2), table]


def _cells(spec: RowTable) -> tuple[list[list[str]], int, list[tuple[object, ...]]]:
    """Header rows (a second one under the group names, when columns are grouped), the
    body as text, and the spans that join the header cells."""
    body = [[cell_text(v, c.kind) for v, c in zip(row, spec.columns, strict=True)]
            for row in spec.rows]  # fmt: skip
    if not any(column.group for column in spec.columns):
        return [[column.name for column in spec.columns], *body], 1, []
    top: list[str] = []
    bottom: list[str] = []
    spans: list[tuple[object, ...]] = []
    for index, column in enumerate(spec.columns):
        bottom.append(column.name if column.group else "")
        first_of_group = index == 0 or spec.columns[index - 1].group != column.group
        top.append((column.group or column.name) if first_of_group or not column.group else "")
        if not column.group:
            spans.append(("SPAN", (index, 0), (index, 1)))
        elif first_of_group:
            width = sum(1 for c in spec.columns[index:] if c.group == column.group)
            spans.append(("SPAN", (index, 0), (index + width - 1, 0)))
    return [top, bottom, *body], 2, spans


def _tables(report: AnnualReport) -> list[RowTable]:
    return [
        quarter_table(report, "million"),
        training_table(report),
        department_table(report.procurement_by_department, "million", report.year),
        kind_amount_table(report.procurement_by_kind, "million"),
        teams_table(report),
    ]


# --- charts (ReportLab graphics) ------------------------------------------------------


def _goal_chart(lines: Sequence[GoalLine], fonts: Fonts) -> Drawing:
    """달성률 per goal: the target as 100 %, the actual as its percent of the target (at
    least one goal has a target: ReportLab cannot label the bars of an empty chart)."""
    shown = [line for line in lines if line.percent is not None]
    height = 52 + 26 * max(len(shown), 1)
    drawing = Drawing(WIDTH, height, initialFontName=fonts.regular, initialFontSize=8)
    drawing.add(String(0, height - 12, "목표 대비 달성률 (%)", fontName=fonts.bold, fontSize=9))
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 80, 20, WIDTH - 130, height - 52
    chart.data = [[100.0] * len(shown), [line.percent or 0.0 for line in shown]]
    chart.categoryAxis.categoryNames = [SHORT_NAMES[line.metric] for line in shown]
    chart.categoryAxis.reverseDirection = True  # the table's order, top down
    _axis_fonts(chart, fonts)
    top = max([120.0, *(line.percent or 0.0 for line in shown)])
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, _round_up(top)
    chart.valueAxis.valueStep = 20 if top <= 160 else 50
    chart.bars[0].fillColor, chart.bars[1].fillColor = TARGET_COLOUR, ACTUAL_COLOUR
    chart.bars.strokeColor = None
    chart.barLabelFormat = "values"  # the actual's bars only: the target is 100 % each
    chart.barLabelArray = [[""] * len(shown), [rate_text(line.percent) for line in shown]]
    chart.barLabels.fontName, chart.barLabels.fontSize = fonts.regular, 6.5
    chart.barLabels.boxAnchor, chart.barLabels.dx = "w", 3
    drawing.add(chart)
    items = [(TARGET_COLOUR, "목표 (100%)"), (ACTUAL_COLOUR, "실적 (달성률)")]
    drawing.add(_legend(fonts, WIDTH - 190, height - 22, items))
    return drawing


def _running_chart(report: AnnualReport, fonts: Fonts) -> Drawing:
    """The quarters' running totals as a percent of the year's targets (at least one)."""
    series = running_percent(report)
    height = 190.0
    drawing = Drawing(WIDTH, height, initialFontName=fonts.regular, initialFontSize=8)
    drawing.add(String(0, height - 12, "분기별 누계 실적 (연간 목표 대비 %)",
                       fontName=fonts.bold, fontSize=9))  # fmt: skip
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 20, WIDTH - 60, height - 52
    chart.data = [values for _, values in series]
    chart.categoryAxis.categoryNames = [f"{q.quarter}분기" for q in report.quarters]
    _axis_fonts(chart, fonts)
    top = max([100.0, *(v for _, values in series for v in values)])
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, _round_up(top)
    chart.valueAxis.valueStep = 20 if top <= 160 else 50
    for index, colour in enumerate(SERIES_COLOURS[: len(series)]):
        chart.bars[index].fillColor = colour
    chart.bars.strokeColor = None
    chart.barLabelFormat = lambda value: f"{value:,.0f}"
    chart.barLabels.fontName, chart.barLabels.fontSize, chart.barLabels.dy = fonts.regular, 6, 5
    drawing.add(chart)
    y100 = chart.y + chart.height * 100 / chart.valueAxis.valueMax
    drawing.add(Line(chart.x, y100, chart.x + chart.width, y100, strokeColor=colors.red,
                     strokeDashArray=[3, 2], strokeWidth=0.6))  # fmt: skip
    items = [(SERIES_COLOURS[i], name) for i, (name, _) in enumerate(series)]
    drawing.add(_legend(fonts, WIDTH - 280, height - 22, items))
    return drawing


def _axis_fonts(chart: HorizontalBarChart | VerticalBarChart, fonts: Fonts) -> None:
    for labels in (chart.categoryAxis.labels, chart.valueAxis.labels):
        labels.fontName, labels.fontSize = fonts.regular, 7.5
    chart.valueAxis.gridStrokeColor = colors.HexColor("#D9D9D9")
    chart.valueAxis.visibleGrid = True


def _legend(fonts: Fonts, x: float, y: float, items: list[tuple[colors.Color, str]]) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.fontName, legend.fontSize = fonts.regular, 7.5
    legend.boxAnchor = "sw"
    legend.dx, legend.dy, legend.deltax = 8, 8, 90
    legend.colorNamePairs = items
    return legend


def _round_up(value: float) -> float:
    step = 20 if value <= 160 else 50
    return float(step * -(-int(value + 0.999) // step))
