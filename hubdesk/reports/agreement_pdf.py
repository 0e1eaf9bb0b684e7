"""The grant agreement (보조금 지원 협약서) as a PDF: A4 portrait, NanumGothic embedded.

Each agreement starts on a new page: title and number, an overview table (사업명,
parties, period, the money in words and figures, payment plan, dedicated account),
the preamble, the articles, then the date and both parties' signature blocks kept
together on the last page. Every page carries "협약번호 …" and "- n / N -", counted
per agreement, so a batch file is a stack of separate agreements.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, SimpleDocTemplate, Spacer

from hubdesk.domain.agreement_document import AgreementDocument
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.exports import Tracker
from hubdesk.reports.agreement_parts import agreement_story
from hubdesk.reports.files import written_or_removed
from hubdesk.reports.pdf_fonts import Fonts, register_korean_fonts
from hubdesk.reports.pdf_pages import HeldPagesCanvas

PAGE = A4
MARGIN_X, TOP, BOTTOM = 56.0, 50.0, 56.0
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
    story: list[Flowable] = []
    for index, document in enumerate(documents):
        if index:
            story.append(PageBreak())
        story.append(_Start(index, document))
        story += agreement_story(document, fonts, PAGE[0] - 2 * MARGIN_X)
        story.append(_Done())
    first = documents[0]
    template = _Document(target, first, fonts, tracker)
    template.build(story, canvasmaker=_canvas_maker(fonts))


class _Document(SimpleDocTemplate):  # type: ignore[misc]
    """A4 portrait; checks for Cancel after every flowable and counts finished agreements."""

    def __init__(
        self, target: str | IO[bytes], first: AgreementDocument, fonts: Fonts, tracker: Tracker
    ) -> None:
        super().__init__(
            target,
            pagesize=PAGE,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            title=first.title,
            author=first.hub.name,
            subject=first.number,
            initialFontName=fonts.regular,  # else an unembedded Helvetica is referenced
        )
        self.tracker = tracker

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (ReportLab name)
        # Not in handle_pageBegin: ReportLab re-raises errors of page actions with a
        # message argument our typed errors do not take.
        self.tracker.check()
        if isinstance(flowable, _Done):
            self.tracker.advance()


class _Start(Flowable):  # type: ignore[misc]
    """Invisible mark: the pages from here on belong to ``document`` (for the footer)."""

    def __init__(self, index: int, document: AgreementDocument) -> None:
        super().__init__()
        self.index, self.document = index, document

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.agreement = (self.index, self.document)


class _Done(Spacer):  # type: ignore[misc]
    """Invisible mark after an agreement's last flowable (progress)."""

    def __init__(self) -> None:
        super().__init__(0, 0)


def _canvas_maker(fonts: Fonts) -> Callable[..., Canvas]:
    def make(*args: Any, **kwargs: Any) -> Canvas:
        return _NumberedCanvas(fonts, *args, **kwargs)

    return make


class _NumberedCanvas(HeldPagesCanvas):
    """Each page says "n / N" of its own agreement."""

    def __init__(self, fonts: Fonts, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fonts = fonts
        self.agreement: tuple[int, AgreementDocument] | None = None

    def owner(self, page: dict[str, Any]) -> object:
        return page["agreement"][0]

    def footer(self, number: int, total: int) -> None:
        assert self.agreement is not None  # _Start is the first flowable of every agreement
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
