"""The yearly quota burn-down: one bar for the quota, one per field, painted by hand.

The quota bar runs from 0 to the MOU's yearly hours: hours used (completed and
no-show sessions) dark, hours planned (scheduled) light, the rest is what is left.
The field bars share one scale, the busiest field's hours.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from hubdesk.gui.common.legend import Legend, Swatch
from hubdesk.gui.text.labels import label
from hubdesk.services.consulting.views import BurnDown

USED = QColor("#3b73b9")
PLANNED = QColor("#a9c6ea")
OVER = QColor("#c0392b")
TRACK = QColor("#ececec")
TEXT = QColor("#333333")


def hours_text(hours: float) -> str:
    return f"{hours:,.1f}".rstrip("0").rstrip(".")


class QuotaChart(QWidget):
    """Hours by field for one year of the MOU, and the quota's total."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.burn: BurnDown | None = None
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(self.font().pointSizeF() - 1, 7))
        self.setMinimumWidth(220)

    def set_burn_down(self, burn: BurnDown) -> None:
        self.burn = burn
        self.updateGeometry()
        self.update()

    def _line(self) -> int:
        return QFontMetrics(self._small).height() + 6

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        rows = len(self.burn.fields) if self.burn else 8
        return QSize(300, self._line() * (rows + 1) + 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(200, self.sizeHint().height())

    def _label_width(self) -> int:
        metrics = QFontMetrics(self._small)
        names = [label(f.field) for f in self.burn.fields] if self.burn else []
        widest = max((metrics.horizontalAdvance(name) for name in names), default=40)
        return min(widest + 8, self.width() // 2)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.setFont(self._small)
        if self.burn is None or not self.burn.quota_hours:
            painter.setPen(TEXT)
            painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), self.tr("No MOU"))
            painter.end()
            return
        burn, line = self.burn, self._line()
        value_width = QFontMetrics(self._small).horizontalAdvance(self._hours(1000.5)) + 4
        left = self._label_width()
        track = QRectF(left, 2, self.width() - left - value_width - 2, line - 6)
        quota = float(burn.quota_hours)
        self._row(painter, track, self.tr("Quota"), burn.used / quota, burn.planned / quota)
        painter.setPen(TEXT)
        painter.drawText(
            QRectF(track.right() + 4, track.top() - 2, value_width, line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self._hours(burn.used + burn.planned),
        )
        scale = max((f.used + f.planned for f in burn.fields), default=0) or 1.0
        for index, field in enumerate(burn.fields, start=1):
            rect = track.translated(0, index * line + 4)
            self._row(painter, rect, label(field.field), field.used / scale, field.planned / scale)
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(rect.right() + 4, rect.top() - 2, value_width, line),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self._hours(field.used + field.planned),
            )
        painter.end()

    def _hours(self, hours: float) -> str:
        return self.tr("{0} h").format(hours_text(hours))

    def _row(
        self, painter: QPainter, track: QRectF, caption: str, used: float, planned: float
    ) -> None:
        painter.setPen(TEXT)
        metrics = QFontMetrics(self._small)
        text = metrics.elidedText(caption, Qt.TextElideMode.ElideRight, int(track.left()) - 6)
        painter.drawText(
            QRectF(0, track.top() - 2, track.left() - 6, track.height() + 4),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            text,
        )
        painter.fillRect(track, TRACK)
        over = used + planned > 1.0
        used_width = track.width() * min(used, 1.0)
        planned_width = track.width() * min(planned, max(1.0 - used, 0.0))
        painter.fillRect(QRectF(track.left(), track.top(), used_width, track.height()), USED)
        painter.fillRect(
            QRectF(track.left() + used_width, track.top(), planned_width, track.height()),
            OVER if over else PLANNED,
        )
        painter.setPen(QPen(TRACK.darker(130), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(track)


class QuotaLegend(Legend):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_entry(Swatch(USED, USED), self.tr("Used"))
        self.add_entry(Swatch(PLANNED, PLANNED), self.tr("Planned"))
        self.add_entry(Swatch(TRACK, TRACK.darker(130)), self.tr("Left"))
