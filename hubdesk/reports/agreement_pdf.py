"""The grant agreement (보조금 지원 협약서) as a PDF: A4 portrait, NanumGothic embedded."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from ..domain.agreement_document import AgreementDocument
from ..domain.exports import Tracker
from .files import atomic_target
from .pdf_fonts import register_korean_fonts


def write_agreements_pdf(
    documents: Sequence[AgreementDocument],
    target: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Several agreements in one file, each from a new page; all or nothing."""
    tracker = Tracker(len(documents), progress, cancelled, step=1)
    tracker.report()
    with atomic_target(target) as temporary:
        _build(documents, str(temporary), tracker)
    tracker.finish()


def agreements_pdf_bytes(documents: Sequence[AgreementDocument]) -> bytes:
    buffer = io.BytesIO()
    _build(documents, buffer, Tracker(len(documents)))
    return buffer.getvalue()


def _build(documents: Sequence[AgreementDocument], target: object, tracker: Tracker) -> None:
    regular, _bold = register_korean_fonts()
    style = ParagraphStyle("body", fontName=regular, fontSize=10, leading=14)
    story: list[object] = []
    for index, document in enumerate(documents):
        if index:
            story.append(PageBreak())
        story.append(Paragraph(f"{document.title} {document.number}", style))
        for article in document.articles:
            story.append(Paragraph(f"{article.title}: {article.text}", style))
        tracker.advance()
    SimpleDocTemplate(target, pagesize=A4, initialFontName=regular).build(story)
