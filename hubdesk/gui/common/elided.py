"""Text that keeps to its room: a line cut with "…" (whole in a tooltip) that never
widens the window, and rich text that wraps and scrolls instead of being cut off."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent, QTextOption
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QTextBrowser, QWidget

MENU_TEXT = 60  # characters of a record's name an undo or menu text may carry


def elided(text: str, characters: int = MENU_TEXT) -> str:
    """``text`` cut to ``characters`` with "…" (a menu or undo text, not a label)."""
    return text if len(text) <= characters else text[: characters - 1] + "…"


class ElidedLabel(QLabel):
    """One line of plain text cut to the label's width; the whole text is its tooltip.
    Its size hint asks for no width, so a record's long name cannot widen the window."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt name)
        self._full = text
        self.setToolTip(text)
        self._fit()

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(0, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(0, super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        metrics = QFontMetrics(self.font())
        shown = metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, max(self.width(), 0))
        super().setText(shown if self.width() > 0 else self._full)


class DetailText(QTextBrowser):
    """A record's facts as rich text that wraps and scrolls within its room: a long
    summary (or a word with no space to break at) is never cut off, as a label's was."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setOpenLinks(False)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("QTextBrowser { background: transparent; }")
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt name)
        self.setHtml(text)

    def text(self) -> str:
        return self.toPlainText()
