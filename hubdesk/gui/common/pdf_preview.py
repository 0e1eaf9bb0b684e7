"""A PDF shown in the window: every page scrolled in one view, zoom, and "page n / N".

``PdfPreview.load(data)`` takes the bytes of a PDF (as the report writers make them).
``pdf_document(data)`` makes the ``QPdfDocument`` alone (for printing without a view);
the buffer it reads from is the document's child, so it lives as long as the document.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QPointF
from PySide6.QtGui import QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 4.0


def pdf_document(data: bytes, parent: QObject | None = None) -> QPdfDocument:
    """A document over the PDF in ``data``; check ``status()`` for Ready."""
    document = QPdfDocument(parent)  # type: ignore[arg-type]  # the stub forgets None
    buffer = QBuffer(document)  # QPdfDocument reads from the device lazily: keep it
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)  # a buffer holding the whole file loads at once
    return document


class PdfPreview(QWidget):
    """A tool row (zoom out, zoom in, fit width, page n / N) over a multi-page view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setDocument(self.document)
        self.page_label = QLabel()
        self.page_label.setObjectName("pageLabel")
        self._build_tools()
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)
        self._show_page()

    def _build_tools(self) -> None:
        self.zoom_out = self._tool("−", self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut)
        self.zoom_in = self._tool("+", self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn)
        self.fit_width = self._tool(self.tr("Fit width"), self.tr("Fit the page to the width"))
        self.fit_width.setCheckable(True)
        self.fit_width.setChecked(True)
        self.zoom_out.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.zoom_in.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.fit_width.clicked.connect(self.fit_to_width)
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        for button in (self.zoom_out, self.zoom_in, self.fit_width):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.page_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)

    def _tool(
        self, text: str, tip: str, keys: QKeySequence.StandardKey | None = None
    ) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        if keys is not None:
            button.setShortcut(QKeySequence(keys))
        return button

    # --- content ------------------------------------------------------------

    def load(self, data: bytes) -> int:
        """Show the PDF in ``data``; its page count (0 when Qt cannot read it)."""
        old, self.document = self.document, pdf_document(data, self)
        self.view.setDocument(self.document)
        old.deleteLater()
        self.go_to_page(0)
        self._show_page()
        return self.page_count()

    def page_count(self) -> int:
        return self.document.pageCount() if self.is_ready() else 0

    def is_ready(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready

    def current_page(self) -> int:
        """The page at the top of the view, counted from 0."""
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        if 0 <= page < self.page_count():
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    # --- zoom ---------------------------------------------------------------

    def zoom_by(self, factor: float) -> None:
        """Zoom from what the view shows now (fit width included) by ``factor``."""
        now = self.zoom_factor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(now * factor, ZOOM_MIN), ZOOM_MAX))
        self.fit_width.setChecked(False)

    def fit_to_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.fit_width.setChecked(True)

    def zoom_factor(self) -> float:
        """The zoom the pages are drawn at: in fit-width mode the view's width decides."""
        if self.view.zoomMode() != QPdfView.ZoomMode.FitToWidth or not self.page_count():
            return self.view.zoomFactor()
        page_points = self.document.pagePointSize(0).width()
        margins = self.view.documentMargins()
        usable = self.view.viewport().width() - margins.left() - margins.right()
        pixels_per_point = self.logicalDpiX() / 72
        return max(usable, 1) / (page_points * pixels_per_point) if page_points else 1.0

    def _show_page(self) -> None:
        count = self.page_count()
        current = min(self.current_page() + 1, count) if count else 0
        self.page_label.setText(self.tr("Page {0} / {1}").format(current, count))
