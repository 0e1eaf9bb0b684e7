"""The grant budget by fiscal year and source, painted by hand.

Each year is a group of two columns, city and district. A column's outline is its
budget; inside it stand two filled bars, committed in agreements (light) and paid
(dark), and above it the execution rate, (paid − returned) / budget. The axis counts
in million won (백만원) or, from one billion won up, in 100 million won (억원).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from hubdesk.gui.common.legend import Legend, Swatch
from hubdesk.gui.text.labels import label, won
from hubdesk.services.grants.views import BudgetTotal

BUDGET_FILL = QColor("#ffffff")
BUDGET_BORDER = QColor("#555555")
COMMITTED = QColor("#a9c6ea")
PAID = QColor("#2f5f94")
OVER = QColor("#c0392b")
GRID = QColor("#e2e2e2")
TEXT = QColor("#333333")
MILLION, HUNDRED_MILLION = 1_000_000, 100_000_000
STEPS = (1.0, 2.0, 2.5, 5.0)


def axis_unit(largest: int) -> int:
    """Won per axis unit: 백만원 below one billion won, 억원 from there."""
    return HUNDRED_MILLION if largest >= 10 * HUNDRED_MILLION else MILLION


def nice_step(top: float, ticks: int = 4) -> float:
    """A round step (1, 2, 2.5 or 5 × 10ⁿ) that covers ``top`` in about ``ticks`` steps."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    power = 10.0 ** math.floor(math.log10(raw))
    return next((s * power for s in STEPS if s * power >= raw), 10 * power)


def tick_text(value: float) -> str:
    return f"{value:,.1f}".removesuffix(".0")


@dataclass(frozen=True, slots=True)
class Column:
    """Where one year-and-source column is drawn."""

    total: BudgetTotal
    slot: QRectF  # the whole column, from the plot's top to its bottom
    budget: QRectF
    committed: QRectF
    paid: QRectF


class BudgetChart(QWidget):
    """Budget, committed and paid money by year and source; tooltips tell the numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.totals: list[BudgetTotal] = []
        self.selected_year: int | None = None
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(self.font().pointSizeF() - 1, 7))
        self._bold = QFont(self._small)
        self._bold.setBold(True)
        self.setMinimumSize(QSize(260, 160))
        self.setMouseTracking(True)

    def set_totals(self, totals: Sequence[BudgetTotal], selected_year: int | None) -> None:
        self.totals = list(totals)
        self.selected_year = selected_year
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(520, 240)

    # --- geometry ----------------------------------------------------------------

    def unit(self) -> int:
        largest = max((max(t.budget, t.committed, t.paid) for t in self.totals), default=0)
        return axis_unit(largest)

    def _scale(self) -> tuple[float, float]:
        """(step, top) of the axis in units."""
        largest = max((max(t.budget, t.committed, t.paid) for t in self.totals), default=0)
        top = largest / self.unit()
        step = nice_step(top)
        return step, max(math.ceil(top / step - 1e-9), 1) * step

    def _plot(self) -> QRectF:
        metrics = QFontMetrics(self._small)
        step, top = self._scale()
        left = metrics.horizontalAdvance(tick_text(top)) + 10
        header = metrics.height() * 2 + 4  # the unit, then the execution labels
        footer = metrics.height() * 2 + 6  # source, then year
        return QRectF(left, header, self.width() - left - 6, self.height() - header - footer)

    def columns(self) -> list[Column]:
        """The columns in drawing order (years left to right, city before district)."""
        plot = self._plot()
        years = sorted({t.fiscal_year for t in self.totals})
        if not years:
            return []
        group = plot.width() / len(years)
        step, top = self._scale()
        per_won = plot.height() / (top * self.unit())
        result = []
        for total in self.totals:
            index = years.index(total.fiscal_year)
            sources = [t for t in self.totals if t.fiscal_year == total.fiscal_year]
            width = group * 0.84 / max(len(sources), 1)
            left = plot.left() + index * group + group * 0.08 + sources.index(total) * width
            slot = QRectF(left + width * 0.08, plot.top(), width * 0.84, plot.height())
            result.append(self._column(total, slot, per_won))
        return result

    def _column(self, total: BudgetTotal, slot: QRectF, per_won: float) -> Column:
        def bar(x: float, width: float, amount: int) -> QRectF:
            height = min(max(amount, 0) * per_won, slot.height())
            return QRectF(x, slot.bottom() - height, width, height)

        inner = slot.width() * 0.3
        middle = slot.center().x()
        return Column(
            total,
            slot,
            bar(slot.left(), slot.width(), total.budget),
            bar(middle - inner - 1, inner, total.committed),
            bar(middle + 1, inner, total.paid),
        )

    # --- painting ------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.setFont(self._small)
        if not self.totals:
            painter.setPen(TEXT)
            painter.drawText(
                self.rect(), int(Qt.AlignmentFlag.AlignCenter), self.tr("No grant programs yet")
            )
            painter.end()
            return
        self._paint_axis(painter)
        columns = self.columns()
        for column in columns:
            self._paint_column(painter, column)
        self._paint_years(painter, columns)
        painter.end()

    def _paint_axis(self, painter: QPainter) -> None:
        metrics = QFontMetrics(self._small)
        plot = self._plot()
        step, top = self._scale()
        unit_text = (
            self.tr("(unit: 100 million won)")
            if self.unit() == HUNDRED_MILLION
            else self.tr("(unit: million won)")
        )
        painter.setPen(TEXT)
        painter.drawText(
            QRectF(0, 0, self.width(), metrics.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            unit_text,
        )
        painter.drawText(
            QRectF(0, 0, self.width() - 4, metrics.height()),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            self.tr("% = execution rate: (paid − returned) ÷ budget"),
        )
        for index in range(round(top / step) + 1):
            value = index * step
            y = plot.bottom() - value / top * plot.height()
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(round(plot.left()), round(y), round(plot.right()), round(y))
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, plot.left() - 5, metrics.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                tick_text(value),
            )

    def _paint_column(self, painter: QPainter, column: Column) -> None:
        metrics = QFontMetrics(self._small)
        total = column.total
        painter.setPen(QPen(BUDGET_BORDER, 1))
        painter.setBrush(BUDGET_FILL)
        painter.drawRect(column.budget)
        painter.fillRect(column.committed, OVER if total.committed > total.budget else COMMITTED)
        painter.fillRect(column.paid, PAID)
        painter.setPen(TEXT)
        rate = self.tr("{0}%").format(f"{total.execution_rate * 100:.0f}")
        top = min(column.budget.top(), column.committed.top(), column.paid.top())
        painter.drawText(
            QRectF(
                column.slot.left() - 8,
                top - metrics.height() - 1,
                column.slot.width() + 16,
                metrics.height(),
            ),
            int(Qt.AlignmentFlag.AlignCenter),
            rate,
        )
        caption = metrics.elidedText(
            label(total.source), Qt.TextElideMode.ElideRight, round(column.slot.width()) + 8
        )
        painter.drawText(
            QRectF(
                column.slot.left() - 4,
                column.slot.bottom() + 2,
                column.slot.width() + 8,
                metrics.height(),
            ),
            int(Qt.AlignmentFlag.AlignCenter),
            caption,
        )

    def _paint_years(self, painter: QPainter, columns: list[Column]) -> None:
        metrics = QFontMetrics(self._small)
        for year in sorted({c.total.fiscal_year for c in columns}):
            slots = [c.slot for c in columns if c.total.fiscal_year == year]
            left, right = slots[0].left(), slots[-1].right()
            y = slots[0].bottom() + metrics.height() + 4
            painter.setFont(self._bold if year == self.selected_year else self._small)
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(left - 10, y, right - left + 20, metrics.height()),
                int(Qt.AlignmentFlag.AlignCenter),
                str(year),
            )
        painter.setFont(self._small)

    # --- tooltips --------------------------------------------------------------------

    def column_at(self, position: QPoint) -> Column | None:
        point = position.toPointF()
        return next(
            (c for c in self.columns() if c.slot.adjusted(-4, -20, 4, 30).contains(point)), None
        )

    def tooltip(self, total: BudgetTotal) -> str:
        return self.tr(
            "{0} {1}\nBudget: {2}\nCommitted: {3}\nPaid: {4}\nSettled: {5}\nReturned: {6}\n"
            "Execution: {7}%"
        ).format(
            total.fiscal_year,
            label(total.source),
            won(total.budget),
            won(total.committed),
            won(total.paid),
            won(total.settled),
            won(total.returned),
            f"{total.execution_rate * 100:.1f}",
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            column = self.column_at(event.pos())
            if column is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip(column.total), self)
            return True
        return super().event(event)


class BudgetLegend(Legend):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_entry(Swatch(BUDGET_FILL, BUDGET_BORDER), self.tr("Budget"))
        self.add_entry(Swatch(COMMITTED, COMMITTED), self.tr("Committed"))
        self.add_entry(Swatch(PAID, PAID), self.tr("Paid"))
