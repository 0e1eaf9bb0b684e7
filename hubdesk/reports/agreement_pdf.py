"""The grant agreement (보조금 지원 협약서) as a PDF: A4 portrait, NanumGothic embedded.

Each agreement starts on a new page: title and number, an overview table (사업명,
parties, period, the money in words and figures, payment plan, dedicated account),
the preamble, the articles, then the date and both parties' signature blocks kept
together on the last page. Every page carries "협약번호 …" and "- n / N -", counted
per agreement, so a batch file is a stack of separate agreements.

The writer stacks the agreement's blocks (agreement_parts) onto a bare ReportLab canvas;
it checks for Cancel at every page and counts agreements as they are finished.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4

from hubdesk.domain.agreement_document import AgreementDocument
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.exports import Tracker
from hubdesk.reports.agreement_parts import Column, agreement_blocks
from hubdesk.reports.files import written_or_removed
from hubdesk.reports.pdf_fonts import Fonts, register_korean_fonts
from hubdesk.reports.pdf_pages import HeldPagesCanvas, PageFlow

PAGE = A4
MARGIN_X, TOP, BOTTOM = 56.0, 50.0, 56.0
FRAME_PAD = 6.0  # the text column starts this far inside the margins, as platypus frames do
FOOTER_COLOUR = colors.HexColor("#404040")
CANCELLED_COLOUR = colors.HexColor("#C00000")


def write_agreements_pdf(
    documents: Sequence[AgreementDocument],
    target: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Several agreements in one file, each from a new page; all or nothing.

    ``progress(done, total)`` counts agreements laid out; ``cancelled()`` returning True
    raises ``ExportCancelled`` and leaves no file.
    """
    tracker = Tracker(len(documents), progress, cancelled, step=1)
    tracker.report()
    with written_or_removed(Path(target)) as path:
        _build(documents, str(path), tracker)
    tracker.finish()


def agreements_pdf_bytes(documents: Sequence[AgreementDocument]) -> bytes:
    """The same PDF in memory, for the preview."""
    buffer = io.BytesIO()
    _build(documents, buffer, Tracker(len(documents)))
    return buffer.getvalue()


def _build(
    documents: Sequence[AgreementDocument], target: str | IO[bytes], tracker: Tracker
) -> None:
    if not documents:
        raise ValidationError(field="agreements", reason="there is no agreement to print")
    fonts = Fonts(*register_korean_fonts())
    canvas = _NumberedCanvas(fonts, target, pagesize=PAGE, initialFontName=fonts.regular)
    first = documents[0]
    canvas.setTitle(first.title)
    canvas.setAuthor(first.hub.name)
    canvas.setSubject(first.number)
    flow = PageFlow(canvas, PAGE[1] - TOP - FRAME_PAD, BOTTOM + FRAME_PAD, tracker.check)
    column = Column(MARGIN_X, PAGE[0] - 2 * MARGIN_X)
    for index, document in enumerate(documents):
        flow.page_break()
        canvas.agreement = (index, document)
        for block in agreement_blocks(document, fonts, column):
            flow.add(block)
        tracker.advance()
    canvas.showPage()
    canvas.save()


class _NumberedCanvas(HeldPagesCanvas):
    """Each page says "n / N" of its own agreement."""

    def __init__(self, fonts: Fonts, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fonts = fonts
        self.agreement: tuple[int, AgreementDocument] | None = None

    def owner(self, page: dict[str, Any]) -> object:
        return page["agreement"][0]

    def footer(self, number: int, total: int) -> None:
        assert self.agreement is not None  # set before anything of an agreement is drawn
        document = self.agreement[1]
        self.saveState()
        self.setFont(self.fonts.regular, 8)
        self.setFillColor(FOOTER_COLOUR)
        line = BOTTOM / 2
        self.drawString(MARGIN_X, line, f"협약번호 {document.number}")
        self.drawCentredString(PAGE[0] / 2, line, f"- {number} / {total} -")
        self.drawRightString(PAGE[0] - MARGIN_X, line, document.hub.name)
        self.setStrokeColor(colors.HexColor("#A0A0A0"))
        self.setLineWidth(0.4)
        self.line(MARGIN_X, line + 11, PAGE[0] - MARGIN_X, line + 11)
        if document.is_cancelled:
            self.setFillColor(CANCELLED_COLOUR)
            self.setFont(self.fonts.bold, 9)
            self.drawRightString(PAGE[0] - MARGIN_X, PAGE[1] - TOP / 2 - 4, "해지된 협약")
        self.restoreState()
