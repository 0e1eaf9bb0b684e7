"""How the PDF writers draw: cells wrapped inside their columns, one text object per
cell, binary page streams, ReportLab's own line breaks and nothing changed by
remembering formatted text."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab import rl_config
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph
from reports.readback import pdf_pages
from reports.samples import sample_log, sample_session
from support.agreement import sample_document

from hubdesk.domain.agreement_articles import DEFAULT_ARTICLES, filled_articles
from hubdesk.domain.agreement_document import DisbursementLine
from hubdesk.reports.agreement_pdf import write_agreements_pdf
from hubdesk.reports.consultation_pdf import LOG_COLUMNS, PAD, PAGE, SIZE, write_consultation_pdf
from hubdesk.reports.pdf_fonts import register_korean_fonts, text_width, words_of, wrap_words
from hubdesk.reports.pdf_pages import HeldPagesCanvas

TOPIC = "사업계획점검과판로개척"  # every sample row's topic, without its spaces
LONG_SUMMARY = "아주 긴 내용 요약 " * 12
LONG_EMAIL = "averyveryverylongaddress@example-cooperative.kr"


def compact(text: str) -> str:
    return "".join(text.split())


def placed_text(path: Path, page: int) -> list[tuple[str, float, float]]:
    """(text, x, y) of every piece of text pypdf finds on ``page``, on the page."""
    pieces: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            pieces.append((text.strip(), x, y))

    PdfReader(path).pages[page].extract_text(visitor_text=visit)
    return pieces


def test_a_long_cell_wraps_inside_its_column(tmp_path: Path) -> None:
    path = tmp_path / "log.pdf"
    long_row = sample_session(2, summary=LONG_SUMMARY, email=LONG_EMAIL)
    write_consultation_pdf(sample_log(sessions=(sample_session(1), long_row)), path)
    widths = [width for _, width in LOG_COLUMNS]
    table_left = (PAGE[0] - sum(widths)) / 2  # centred, as wide as the margins allow
    font = register_korean_fonts()[0]
    for column, text in ((9, LONG_SUMMARY), (4, LONG_EMAIL)):
        left = table_left + sum(widths[:column]) + PAD
        lines = [
            (piece, y)
            for piece, x, y in placed_text(path, 1)
            if abs(x - left) < 0.01 and compact(piece) in compact(text)
        ]
        assert len(lines) >= 3, column  # wrapped, all at the column's left edge
        assert "".join(compact(piece) for piece, _ in lines) == compact(text)
        assert all(text_width(piece, font, SIZE) <= widths[column] - 2 * PAD for piece, _ in lines)
        assert [y for _, y in lines] == sorted((y for _, y in lines), reverse=True)


def test_each_cell_of_the_log_is_one_text_object(tmp_path: Path) -> None:
    path = tmp_path / "log.pdf"
    write_consultation_pdf(sample_log(rows=40), path)
    page = PdfReader(path).pages[2]
    content = page.get_contents()
    assert content is not None
    operators = re.findall(rb"\b(BT|Tj|T\*)\b", content.get_data())
    text_objects, lines = operators.count(b"BT"), operators.count(b"Tj")
    rows = compact(page.extract_text()).count(TOPIC)
    cells = len(LOG_COLUMNS) * (rows + 1)  # every sample cell has text; the header row
    assert rows > 5
    assert text_objects <= cells + 3  # the title line's two strings and the page number
    assert lines > text_objects * 1.5  # many cells hold several lines


@pytest.mark.parametrize("kind", ["log", "agreement"])
def test_page_streams_are_flate_compressed_without_ascii85(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    monkeypatch.setattr(rl_config, "useA85", 1)  # ReportLab's default
    path = tmp_path / f"{kind}.pdf"
    if kind == "log":
        write_consultation_pdf(sample_log(rows=40), path)
    else:
        write_agreements_pdf([sample_document()], path)
    data = path.read_bytes()
    assert b"/ASCII85Decode" not in data
    assert data.count(b"/FlateDecode") >= len(PdfReader(path).pages)


def test_remembered_text_writes_the_same_bytes_as_reportlab(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The canvas formats each string once per document; the file must not change."""
    monkeypatch.setattr(rl_config, "invariant", 1)  # no time stamp, a fixed file id
    documents = [sample_document(), sample_document(number="2026-사업개발-008")]
    log = sample_log(rows=80)
    write_agreements_pdf(documents, tmp_path / "remembered.pdf")
    write_consultation_pdf(log, tmp_path / "remembered-log.pdf")
    monkeypatch.setattr(HeldPagesCanvas, "beginText", Canvas.beginText)
    write_agreements_pdf(documents, tmp_path / "plain.pdf")
    write_consultation_pdf(log, tmp_path / "plain-log.pdf")
    for remembered, plain in (("remembered", "plain"), ("remembered-log", "plain-log")):
        data = (tmp_path / f"{remembered}.pdf").read_bytes()
        assert data == (tmp_path / f"{plain}.pdf").read_bytes()


@pytest.mark.parametrize(
    ("text", "first", "indent"),
    [
        ("※ 사업 내용(전문): " + "나라 " * 150, 0.0, 0.0),  # spaces shrink to take a word
        ("① 을은 보조사업을 성실히 수행하여야 하며 관계 법령을 준수한다. " * 6, 0.0, 0.0),
        ("1. 보조금을 보조사업의 목적 외의 용도에 사용한 경우 그 금액 전부 " * 4, 12.0, 24.0),
        ("가나 " + "다" * 120 + " 라마바 사아", 0.0, 0.0),  # a word longer than a line
    ],
)
def test_paragraphs_break_where_reportlab_breaks_them(
    text: str, first: float, indent: float
) -> None:
    font = register_korean_fonts()[0]
    width = 471.3
    style = ParagraphStyle(
        "body",
        fontName=font,
        fontSize=10,
        leading=16,
        alignment=TA_JUSTIFY,
        leftIndent=indent,
        firstLineIndent=first - indent,
    )
    paragraph = Paragraph(text, style)
    paragraph.wrap(width, 10_000)
    theirs = ["".join(str(word) for word in line[1]) for line in paragraph.blPara.lines]
    lines = wrap_words(words_of(text, font, 10), 10, width, first_indent=first, indent=indent)
    mine = ["".join(run for _, run in line.runs).replace(" ", "") for line in lines]
    assert mine == theirs


def test_an_overview_taller_than_the_page_goes_on_on_the_next(tmp_path: Path) -> None:
    base = sample_document(
        purpose="나라 " * 150,
        team=replace(sample_document().team, name="다" * 120),
        disbursements=tuple(
            DisbursementLine(f"{n}차", date(2026, 4, 1), 100_000 * n) for n in range(1, 25)
        ),
    )
    document = replace(base, articles=filled_articles(base, DEFAULT_ARTICLES))
    path = tmp_path / "tall.pdf"
    write_agreements_pdf([document], path)
    pages = [compact(page) for page in pdf_pages(path)]
    assert "사업비내역" in pages[0] and "교부계획" not in pages[0]
    assert "교부계획" in pages[1] and "정산기한" in pages[1]
    text = "".join(pages)
    for n in range(1, 25):
        assert text.count(f"₩{100_000 * n:,}") == 1, n
    assert pages[-1].count("(인)") == 2
