"""The dashboard's charts: occupancy by month, consulting hours by field against the MOU's
quota, and the frame that gives each chart its "Save as Excel…" button and menu.

A click on a bar (or Enter on the bar chosen with the arrow keys) asks for the records
behind it (``bar_clicked`` with the bar's index).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPoint,
    QRectF,
    QSize,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from hubdesk.gui.common.bar_chart import BAR, GRID, HIGHLIGHT, TEXT, BarChart
from hubdesk.gui.common.views import click_position
from hubdesk.gui.icons import icon
from hubdesk.reports.table_xlsx import Cell

Table = tuple[Sequence[str], Sequence[Sequence[Cell]]]
OVER = QColor("#e0a000")
QUOTA = QColor("#c62828")
FOCUS = QColor("#2f5f94")


class ClickableBars:
    """Mouse and key handling shared by the charts (put before the Qt class): which bar
    was clicked or chosen with the arrow keys, and asking for it with ``bar_clicked``."""

    chosen: int
    bars: Any  # the chart's own bars (BarChart.bars, HBarChart.bars)
    bar_clicked: SignalInstance
    _pressed: QPoint | None

    def _bar_at(self, position: QPoint) -> int | None:
        raise NotImplementedError

    def _key(self, event: QKeyEvent) -> bool:
        count = len(self.bars)
        if not count:
            return False
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}
        if event.key() in step:
            self.chosen = min(max(self.chosen + step[Qt.Key(event.key())], 0), count - 1)
            cast(QWidget, self).update()
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.bar_clicked.emit(min(self.chosen, count - 1))
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if not self._key(event):
            super().keyPressEvent(event)  # type: ignore[misc]

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        self._pressed = event.position().toPoint()
        super().mousePressEvent(event)  # type: ignore[misc]

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        clicked = click_position(self._pressed, event)
        index = self._bar_at(clicked) if clicked is not None else None
        if index is not None:
            self.chosen = index
            self.bar_clicked.emit(index)
        super().mouseReleaseEvent(event)  # type: ignore[misc]


class MonthChart(ClickableBars, BarChart):
    """Seats taken of seats offered on each month's first day; this month darker."""

    bar_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen = 0
        self._pressed: QPoint | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(300, 140)

    def _bar_at(self, position: QPoint) -> int | None:
        return self.bar_index_at(position)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        super().paintEvent(event)
        if self.hasFocus() and self.bars:
            painter = QPainter(self)
            painter.setPen(QPen(FOCUS, 1, Qt.PenStyle.DotLine))
            painter.drawRect(
                self.bar_rect(min(self.chosen, len(self.bars) - 1)).adjusted(1, 0, -1, 0)
            )
            painter.end()


@dataclass(frozen=True, slots=True)
class HBar:
    label: str
    value: float
    text: str  # the value as written beside the bar
    tooltip: str = ""


class HBarChart(ClickableBars, QWidget):
    """Horizontal bars, one a row, each with its label and value; an optional line (the
    quota) across them, bars past it drawn amber."""

    bar_clicked = Signal(int)
    ROW = 19

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[HBar] = []
        self.limit: float | None = None  # the line, in the bars' unit
        self.limit_text = ""
        self.chosen = 0
        self._pressed: QPoint | None = None
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(self.font().pointSizeF() - 1, 7))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_bars(
        self, bars: Sequence[HBar], limit: float | None = None, limit_text: str = ""
    ) -> None:
        self.bars, self.limit, self.limit_text = list(bars), limit, limit_text
        self.chosen = min(self.chosen, max(len(self.bars) - 1, 0))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(360, self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(200, self.ROW * max(len(self.bars), 1) + 6)

    def _label_width(self) -> int:
        metrics = QFontMetrics(self._small)
        widest = max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0)
        return min(widest + 8, max(self.width() // 3, 60))

    def _value_width(self) -> int:
        metrics = QFontMetrics(self._small)
        return max((metrics.horizontalAdvance(b.text) for b in self.bars), default=0) + 8

    def _scale(self) -> float:
        top = max([b.value for b in self.bars] + [self.limit or 0.0, 0.0])
        return top or 1.0

    def row_rect(self, index: int) -> QRectF:
        return QRectF(0, 3 + index * self.ROW, self.width(), self.ROW)

    def _bar_at(self, position: QPoint) -> int | None:
        index = int((position.y() - 3) // self.ROW)
        return index if 0 <= index < len(self.bars) and position.y() >= 3 else None

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.setFont(self._small)
        left, right = self._label_width(), self._value_width()
        plot = max(self.width() - left - right - 4, 10)
        scale = self._scale()
        for index, bar in enumerate(self.bars):
            self._paint_bar(painter, index, bar, left, plot / scale)
        if self.limit is not None and self.bars:
            x = round(left + self.limit * plot / scale)
            painter.setPen(QPen(QUOTA, 2, Qt.PenStyle.DashLine))
            painter.drawLine(x, 0, x, self.height())
        painter.end()

    def _paint_bar(self, painter: QPainter, index: int, bar: HBar, left: int, per: float) -> None:
        row = self.row_rect(index)
        align_right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        align_left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.setPen(TEXT)
        label = QFontMetrics(self._small).elidedText(
            bar.label, Qt.TextElideMode.ElideRight, left - 8
        )
        painter.drawText(QRectF(0, row.top(), left - 6, row.height()), align_right, label)
        width = max(bar.value * per, 0.0)
        over = self.limit is not None and bar.value > self.limit
        colour = OVER if over else (HIGHLIGHT if self.hasFocus() and index == self.chosen else BAR)
        painter.fillRect(QRectF(left, row.top() + 4, width, row.height() - 8), colour)
        painter.setPen(TEXT)
        painter.drawText(
            QRectF(left + width + 4, row.top(), 200, row.height()), align_left, bar.text
        )
        painter.setPen(QPen(GRID, 1))
        painter.drawLine(left, round(row.top()), left, round(row.bottom()))

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            index = self._bar_at(event.pos())
            if index is None or not self.bars[index].tooltip:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.bars[index].tooltip, self)
            return True
        return super().event(event)


class ChartPanel(QGroupBox):
    """A titled frame around a chart, with "Save as Excel…" as a button and in the
    context menu; ``save`` is called to write the chart's numbers."""

    def __init__(
        self, title: str, save: Callable[[], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self._save = save
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.save_button = QToolButton()
        self.save_button.setIcon(icon("file-spreadsheet"))
        self.save_button.setText(QCoreApplication.translate("Dashboard", "Save as Excel…"))
        self.save_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.save_button.setAutoRaise(True)
        self.save_button.clicked.connect(lambda _checked=False: self._save())
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(8, 6, 8, 6)
        self.body.addLayout(top)

    def add(self, widget: QWidget, stretch: int = 0) -> None:
        self.body.addWidget(widget, stretch)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt name)
        menu = QMenu(self)
        menu.addAction(
            icon("file-spreadsheet"),
            QCoreApplication.translate("Dashboard", "Save as Excel…"),
            self._save,
        )
        menu.exec(event.globalPos())
