"""A small bar chart of percentages (occupancy over the months), painted by hand."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

BAR = QColor("#4a86c8")
HIGHLIGHT = QColor("#2f5f94")
GRID = QColor("#dddddd")
TEXT = QColor("#333333")
TICKS = (0.0, 0.5, 1.0)


@dataclass(frozen=True, slots=True)
class ChartBar:
    label: str
    fraction: float  # 0.0–1.0 of the axis
    tooltip: str = ""
    highlight: bool = False  # drawn darker (e.g. today)


class BarChart(QWidget):
    """Bars from 0 to 100 %, a label under each and the value above it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[ChartBar] = []
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(self.font().pointSizeF() - 1.5, 7))
        self.setMinimumSize(QSize(220, 84))

    def set_bars(self, bars: Sequence[ChartBar]) -> None:
        self.bars = list(bars)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(420, 130)

    def _plot(self) -> QRectF:
        metrics = QFontMetrics(self._small)
        left = metrics.horizontalAdvance("100%") + 8
        top = metrics.height() + 2
        bottom = metrics.height() + 4
        return QRectF(left, top, self.width() - left - 4, self.height() - top - bottom)

    def bar_rect(self, index: int) -> QRectF:
        """The full-height slot of a bar (its column) in widget coordinates."""
        plot = self._plot()
        slot = plot.width() / max(len(self.bars), 1)
        return QRectF(plot.left() + index * slot, plot.top(), slot, plot.height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setFont(self._small)
        metrics = QFontMetrics(self._small)
        plot = self._plot()
        for tick in TICKS:
            y = plot.bottom() - tick * plot.height()
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(round(plot.left()), round(y), round(plot.right()), round(y))
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, plot.left() - 4, metrics.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                f"{tick * 100:.0f}%",
            )
        for index, bar in enumerate(self.bars):
            self._paint_bar(painter, metrics, index, bar)
        painter.end()

    def _paint_bar(
        self, painter: QPainter, metrics: QFontMetrics, index: int, bar: ChartBar
    ) -> None:
        slot = self.bar_rect(index)
        width = max(slot.width() * 0.64, 2)
        fraction = min(max(bar.fraction, 0.0), 1.0)
        height = fraction * slot.height()
        rect = QRectF(slot.center().x() - width / 2, slot.bottom() - height, width, height)
        painter.fillRect(rect, HIGHLIGHT if bar.highlight else BAR)
        painter.setPen(TEXT)
        value = f"{bar.fraction * 100:.0f}%"
        if metrics.horizontalAdvance(value) <= slot.width() + 2:
            painter.drawText(
                QRectF(
                    slot.left() - 2,
                    rect.top() - metrics.height(),
                    slot.width() + 4,
                    metrics.height(),
                ),
                int(Qt.AlignmentFlag.AlignCenter),
                value,
            )
        text = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, round(slot.width()) + 2)
        painter.drawText(
            QRectF(slot.left() - 1, slot.bottom() + 2, slot.width() + 2, metrics.height()),
            int(Qt.AlignmentFlag.AlignCenter),
            text,
        )

    def bar_index_at(self, position: QPoint) -> int | None:
        for index in range(len(self.bars)):
            if self.bar_rect(index).adjusted(0, -20, 0, 20).contains(position.toPointF()):
                return index
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.bar_index_at(event.pos())
            if index is None or not self.bars[index].tooltip:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.bars[index].tooltip, self)
            return True
        return super().event(event)
