"""A row of colour swatches with captions, explaining what a drawing's colours mean."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget


@dataclass(frozen=True, slots=True)
class Swatch:
    """How one entry is drawn: a fill, a border, and whether the border is dashed."""

    fill: QColor
    border: QColor
    border_width: int = 1
    dashed: bool = False
    stripe: QColor | None = None  # a thin vertical line across the middle


class SwatchIcon(QWidget):
    def __init__(self, swatch: Swatch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.swatch = swatch
        self.setFixedSize(QSize(22, 14))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        swatch = self.swatch
        pen = QPen(swatch.border, swatch.border_width)
        if swatch.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(swatch.fill)
        inset = swatch.border_width // 2 + 1
        painter.drawRect(self.rect().adjusted(inset, inset, -inset, -inset))
        if swatch.stripe is not None:
            painter.setPen(QPen(swatch.stripe, 2))
            middle, bottom = self.width() // 2, self.height() - 2
            painter.drawLine(middle, 1, middle, 5)
            painter.drawLine(middle, bottom - 4, middle, bottom)


class Legend(QWidget):
    """Swatches and captions in one row; subclasses supply the translated captions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        # A narrow window cuts the legend's end off rather than refusing to shrink.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def add_entry(self, swatch: Swatch, caption: str) -> QLabel:
        if self._layout.count():
            self._layout.takeAt(self._layout.count() - 1)  # the stretch after the last entry
            self._layout.addSpacing(12)
        self._layout.addWidget(SwatchIcon(swatch, self))
        label = QLabel(caption, self)
        self._layout.addWidget(label)
        self._layout.addStretch(1)
        return label
