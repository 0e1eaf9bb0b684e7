"""Print a PDF (a ``QPdfDocument``) on a ``QPrinter``: page range, copies, progress, Cancel.

QtPdf only rasterises, so each page is rendered to an image and painted onto the
printer's paper, scaled to fit and centred. The image is rendered at the printer's
resolution up to ``MAX_DPI``: a 1200 dpi A4 page would be a 550 MB image, while 300
dpi prints text as crisply as a laser printer's own fonts at reading distance.

A printer that writes a PDF file (``QPrinter.OutputFormat.PdfFormat``) writes to a
temporary file next to the target that replaces it only when every page is done, so
a cancelled print leaves no file behind.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressDialog, QWidget

MAX_DPI = 300
POINTS_PER_INCH = 72


class PrintOutcome(Enum):
    PRINTED = "printed"
    CANCELLED = "cancelled"
    FAILED = "failed"


def pages_to_print(printer: QPrinter, page_count: int) -> list[int]:
    """The pages (from 0) the print dialog asked for, each repeated for the copies the
    printer cannot make itself (collated: 1 2 3 1 2 3)."""
    first, last = 1, page_count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(printer.fromPage(), 1)
        last = min(printer.toPage() or page_count, page_count)
    pages = list(range(first - 1, last))
    copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
    if printer.collateCopies():
        return pages * copies
    return [page for page in pages for _ in range(copies)]


def render_dpi(printer: QPrinter) -> int:
    return min(printer.resolution(), MAX_DPI)


def print_pdf(
    document: QPdfDocument,
    printer: QPrinter,
    parent: QWidget | None = None,
    *,
    cancelled: Callable[[], bool] | None = None,
) -> PrintOutcome:
    """Print the pages the printer's settings ask for, showing progress with Cancel."""
    pages = pages_to_print(printer, document.pageCount())
    if not pages:
        return PrintOutcome.FAILED
    target = _file_target(printer)
    progress = _progress_dialog(len(pages), parent)
    stop = cancelled or progress.wasCanceled
    try:
        outcome = _paint_pages(document, printer, pages, progress, stop)
    finally:
        progress.reset()
        progress.deleteLater()
    _settle_file(printer, target, outcome)
    return outcome


def _paint_pages(
    document: QPdfDocument,
    printer: QPrinter,
    pages: list[int],
    progress: QProgressDialog,
    stop: Callable[[], bool],
) -> PrintOutcome:
    printer.setFullPage(True)  # the PDF carries its own margins: paper maps onto paper
    painter = QPainter()
    if not painter.begin(printer):
        return PrintOutcome.FAILED
    try:
        for done, page in enumerate(pages):
            if stop():
                printer.abort()
                return PrintOutcome.CANCELLED
            if done and not printer.newPage():
                return PrintOutcome.FAILED
            _paint_page(document, page, printer, painter)
            progress.setValue(done + 1)
        return PrintOutcome.PRINTED
    finally:
        painter.end()


def _paint_page(document: QPdfDocument, page: int, printer: QPrinter, painter: QPainter) -> None:
    """Render ``page`` and draw it scaled to fit the paper, centred, aspect kept."""
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    points = document.pagePointSize(page)
    if points.isEmpty():
        return
    scale = min(paper.width() / points.width(), paper.height() / points.height())
    width, height = points.width() * scale, points.height() * scale
    box = QRectF(
        paper.left() + (paper.width() - width) / 2,
        paper.top() + (paper.height() - height) / 2,
        width,
        height,
    )
    dpi = render_dpi(printer)
    pixels = QSize(
        round(points.width() * dpi / POINTS_PER_INCH),
        round(points.height() * dpi / POINTS_PER_INCH),
    )
    image = document.render(page, pixels)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(box, image)


def _progress_dialog(total: int, parent: QWidget | None) -> QProgressDialog:
    progress = QProgressDialog(
        QCoreApplication.translate("Printing", "Printing…"),
        QCoreApplication.translate("Printing", "Cancel"),
        0,
        total,
        parent,
    )
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setValue(0)
    return progress


def _file_target(printer: QPrinter) -> Path | None:
    """For a printer that writes a PDF file: point it at a temporary file, return the
    file the user chose."""
    if printer.outputFormat() != QPrinter.OutputFormat.PdfFormat:
        return None
    name = printer.outputFileName()
    if not name:
        return None
    target = Path(name)
    printer.setOutputFileName(str(_partial(target)))
    return target


def _settle_file(printer: QPrinter, target: Path | None, outcome: PrintOutcome) -> None:
    if target is None:
        return
    partial = _partial(target)
    printer.setOutputFileName(str(target))
    if outcome is PrintOutcome.PRINTED and partial.exists():
        os.replace(partial, target)
    else:
        partial.unlink(missing_ok=True)


def _partial(target: Path) -> Path:
    return target.with_name(f".{target.name}.printing")
