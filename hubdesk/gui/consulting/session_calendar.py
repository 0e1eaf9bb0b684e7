"""Week and month calendars of consulting sessions, painted by hand.

Sessions are blocks coloured by status with the time, team and consultant. A click
selects a session, a double-click opens it; a double-click on an empty slot asks to
schedule there. Layout (lanes, rectangles) is computed once per data or size change,
so a repaint only draws.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from hubdesk.domain.enums import SessionStatus
from hubdesk.domain.records import SessionRecord
from hubdesk.gui.common.legend import Legend, Swatch
from hubdesk.gui.text.labels import label

FIRST_HOUR, LAST_HOUR = 8, 20  # the week view's rows; sessions outside are clipped to them
GRID = QColor("#d9d9d9")
HEADER_TEXT = QColor("#333333")
TODAY_FILL = QColor("#fff8d6")
WEEKEND_FILL = QColor("#f6f6f6")
SELECTED = QColor("#1d3f73")
CROWDED_WIDTH = 8  # px: a session block thinner than this shows no text


@dataclass(frozen=True, slots=True)
class StatusStyle:
    fill: QColor
    border: QColor
    text: QColor


STYLES = {
    SessionStatus.SCHEDULED: StatusStyle(QColor("#cfe0f5"), QColor("#3b73b9"), QColor("#10294a")),
    SessionStatus.COMPLETED: StatusStyle(QColor("#d3ecd4"), QColor("#3c8d40"), QColor("#173d19")),
    SessionStatus.CANCELLED: StatusStyle(QColor("#ececec"), QColor("#a0a0a0"), QColor("#6b6b6b")),
    SessionStatus.NO_SHOW: StatusStyle(QColor("#fbdcc0"), QColor("#c66a1c"), QColor("#4a2300")),
}


def weekday_name(day: date) -> str:
    names = (
        QCoreApplication.translate("SessionCalendar", "Mon"),
        QCoreApplication.translate("SessionCalendar", "Tue"),
        QCoreApplication.translate("SessionCalendar", "Wed"),
        QCoreApplication.translate("SessionCalendar", "Thu"),
        QCoreApplication.translate("SessionCalendar", "Fri"),
        QCoreApplication.translate("SessionCalendar", "Sat"),
        QCoreApplication.translate("SessionCalendar", "Sun"),
    )
    return names[day.weekday()]


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def month_grid_start(day: date) -> date:
    """The Monday on or before the first of ``day``'s month: the month grid's first cell."""
    return week_start(day.replace(day=1))


def session_tooltip(row: SessionRecord) -> str:
    when = f"{row.starts_at:%Y-%m-%d %H:%M}–{row.ends_at:%H:%M}"
    lines = [
        f"<b>{escape(row.team_name, quote=False)}</b>",
        when,
        f"{row.consultant_name} · {label(row.field)}",
        f"{label(row.mode)} · {row.place}" if row.place else label(row.mode),
        row.topic,
        label(row.status),
    ]
    return "<br>".join(escape(line, quote=False) if i else line for i, line in enumerate(lines))


def lanes(rows: Sequence[SessionRecord]) -> list[tuple[int, int]]:
    """(lane, lanes in its cluster) for each row of one day, rows sorted by start."""
    result: list[tuple[int, int]] = []
    cluster: list[int] = []  # indexes of the rows in the open cluster
    ends: list[datetime] = []  # the end of each lane in the open cluster
    for index, row in enumerate(rows):
        if cluster and row.starts_at >= max(ends):
            _close(result, cluster, len(ends))
            cluster, ends = [], []
        free = next((i for i, end in enumerate(ends) if end <= row.starts_at), None)
        if free is None:
            ends.append(row.ends_at)
            free = len(ends) - 1
        else:
            ends[free] = row.ends_at
        result.append((free, 0))
        cluster.append(index)
    if cluster:
        _close(result, cluster, len(ends))
    return result


def _close(result: list[tuple[int, int]], cluster: list[int], count: int) -> None:
    for index in cluster:
        result[index] = (result[index][0], count)


class CalendarView(QWidget):
    """What the week and month views share: sessions, selection, hits, signals."""

    session_clicked = Signal(int)
    session_activated = Signal(int)  # double-click on a session
    slot_activated = Signal(object, object)  # double-click on free time: date, time

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = week_start(date.today())
        self.today = date.today()
        self.rows: list[SessionRecord] = []
        self.selected: int | None = None
        self._hits: list[tuple[QRectF, SessionRecord]] = []
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(self.font().pointSizeF() - 1, 7))
        self.setMouseTracking(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(QSize(420, 300))

    def set_sessions(self, first: date, rows: Sequence[SessionRecord], today: date) -> None:
        self.first, self.rows, self.today = first, list(rows), today
        self._layout()
        self.update()

    def select(self, session_id: int | None) -> None:
        self.selected = session_id
        self.update()

    def session_rect(self, session_id: int) -> QRectF | None:
        """Where a session is drawn (the first place), or None when it is not shown."""
        return next((rect for rect, row in self._hits if row.id == session_id), None)

    def session_at(self, point: QPointF) -> SessionRecord | None:
        for rect, row in reversed(self._hits):
            if rect.contains(point):
                return row
        return None

    def slot_at(self, point: QPointF) -> tuple[date, time] | None:
        raise NotImplementedError

    def _layout(self) -> None:
        raise NotImplementedError

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._layout()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        if event.button() == Qt.MouseButton.LeftButton:
            row = self.session_at(event.position())
            if row is not None:
                self.select(row.id)
                self.session_clicked.emit(row.id)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        row = self.session_at(event.position())
        if row is not None:
            self.session_activated.emit(row.id)
            return
        slot = self.slot_at(event.position())
        if slot is not None:
            self.slot_activated.emit(*slot)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self.session_at(QPointF(event.pos()))
            if row is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), session_tooltip(row), self)
            return True
        return super().event(event)

    def _block_fonts(self) -> dict[bool, tuple[QFont, QFontMetrics]]:
        """The blocks' font and its metrics, struck out (cancelled) or not: made once a paint."""
        fonts = {}
        for struck in (False, True):
            font = QFont(self._small)
            font.setStrikeOut(struck)
            fonts[struck] = (font, QFontMetrics(font))
        return fonts

    def _paint_block(
        self,
        painter: QPainter,
        rect: QRectF,
        row: SessionRecord,
        lines: list[str],
        fonts: dict[bool, tuple[QFont, QFontMetrics]],
    ) -> None:
        style = STYLES[row.status]
        chosen = row.id == self.selected
        painter.setPen(QPen(SELECTED if chosen else style.border, 2 if chosen else 1))
        painter.setBrush(style.fill)
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        if rect.width() < 24 or rect.height() < 10:
            return
        font, metrics = fonts[row.status == SessionStatus.CANCELLED]
        painter.setFont(font)
        painter.setPen(style.text)
        inner = rect.adjusted(4, 1, -3, -1)
        y = inner.top()
        for line in lines:
            if y + metrics.height() > inner.bottom() + 2:
                break
            text = metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(inner.width()))
            painter.drawText(QRectF(inner.left(), y, inner.width(), metrics.height()), 0, text)
            y += metrics.height()


class WeekView(CalendarView):
    """Seven day columns, hours down the side; overlapping sessions share a column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(QSize(420, 420))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(900, 620)

    def _gutter(self) -> float:
        return QFontMetrics(self._small).horizontalAdvance("00:00") + 12

    def _header(self) -> float:
        return QFontMetrics(self.font()).height() * 2 + 6

    def column(self, index: int) -> QRectF:
        """Day ``index`` (0 = Monday) of the week, the hour rows only."""
        left, top = self._gutter(), self._header()
        width = (self.width() - left - 1) / 7
        return QRectF(left + index * width, top, width, self.height() - top - 1)

    def _y(self, when: time, column: QRectF | None = None) -> float:
        """Where ``when`` falls down a day column (``column``: any day's, when known)."""
        column = column if column is not None else self.column(0)
        hours = min(max(when.hour + when.minute / 60, FIRST_HOUR), LAST_HOUR) - FIRST_HOUR
        return column.top() + hours * column.height() / (LAST_HOUR - FIRST_HOUR)

    def slot_at(self, point: QPointF) -> tuple[date, time] | None:
        for index in range(7):
            column = self.column(index)
            if column.contains(point):
                hours = (point.y() - column.top()) / column.height() * (LAST_HOUR - FIRST_HOUR)
                half_hours = int(hours * 2)
                minutes = FIRST_HOUR * 60 + half_hours * 30
                return self.first + timedelta(days=index), time(minutes // 60, minutes % 60)
        return None

    def _layout(self) -> None:
        self._hits = []
        by_day: dict[int, list[SessionRecord]] = {}
        for row in self.rows:
            offset = (row.starts_at.date() - self.first).days
            if 0 <= offset < 7:
                by_day.setdefault(offset, []).append(row)
        for offset, rows in by_day.items():
            day = self.column(offset)  # its top and height are every day's
            column = day.adjusted(1, 0, -2, 0)
            for row, (lane, count) in zip(rows, lanes(rows), strict=True):
                width = column.width() / max(count, 1)
                top = self._y(row.starts_at.time(), day)
                bottom = (
                    self._y(row.ends_at.time(), day)
                    if row.ends_at.date() == row.starts_at.date()
                    else self._y(time(23, 59), day)
                )
                rect = QRectF(column.left() + lane * width, top, width, max(bottom - top, 6))
                self._hits.append((rect, row))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        self._paint_grid(painter)
        wide = QFontMetrics(self._small).horizontalAdvance("00:00 ") * 2
        fonts = self._block_fonts()
        for rect, row in self._hits:
            if rect.width() >= wide:
                lines = [f"{row.starts_at:%H:%M} {row.team_name}", row.consultant_name]
            else:  # a narrow lane: the team tells the blocks apart better than the time
                lines = [row.team_name, row.consultant_name]
            self._paint_block(painter, rect, row, [*lines, label(row.field)], fonts)
        if self.crowded():
            self._paint_crowded_note(painter)
        painter.end()

    def crowded(self) -> bool:
        """Some sessions are too thin to tell apart (a busy hub at a glance)."""
        return any(rect.width() < CROWDED_WIDTH for rect, _row in self._hits)

    def _paint_crowded_note(self, painter: QPainter) -> None:
        text = self.tr("Too many sessions to tell apart: choose a consultant or a team above.")
        metrics = QFontMetrics(self.font())
        width = min(metrics.horizontalAdvance(text) + 24, self.width() - 8)
        box = QRectF(
            (self.width() - width) / 2,
            self.height() - metrics.height() - 20,
            width,
            metrics.height() + 12,
        )
        painter.setPen(QPen(QColor("#a35200"), 1))
        painter.setBrush(QColor("#fff4e0"))
        painter.drawRoundedRect(box, 4, 4)
        painter.setFont(self.font())
        painter.setPen(QColor("#4a2300"))
        painter.drawText(
            box,
            int(Qt.AlignmentFlag.AlignCenter),
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width) - 12),
        )

    def _paint_grid(self, painter: QPainter) -> None:
        metrics = QFontMetrics(self.font())
        header = self._header()
        for index in range(7):
            day = self.first + timedelta(days=index)
            column = self.column(index)
            if day == self.today:
                painter.fillRect(column.adjusted(0, -header, 0, 0), TODAY_FILL)
            elif index >= 5:
                painter.fillRect(column, WEEKEND_FILL)
            painter.setPen(HEADER_TEXT)
            font = QFont(self.font())
            font.setBold(day == self.today)
            painter.setFont(font)
            caption = f"{day.month}/{day.day} ({weekday_name(day)})"
            painter.drawText(
                QRectF(column.left(), 2, column.width(), header - 4),
                int(Qt.AlignmentFlag.AlignCenter),
                metrics.elidedText(caption, Qt.TextElideMode.ElideRight, int(column.width())),
            )
        painter.setFont(self._small)
        small = QFontMetrics(self._small)
        left = self._gutter()
        for hour in range(FIRST_HOUR, LAST_HOUR + 1):
            y = round(self._y(time(hour, 0)) if hour < 24 else self.height() - 1)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(round(left), y, self.width(), y)
            if hour < LAST_HOUR:
                painter.setPen(HEADER_TEXT)
                painter.drawText(
                    QRectF(0, y, left - 6, small.height()),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                    f"{hour:02d}:00",
                )
        painter.setPen(QPen(GRID, 1))
        for index in range(8):
            x = round(left + index * (self.width() - left - 1) / 7)
            painter.drawLine(x, round(header), x, self.height())


class MonthView(CalendarView):
    """Six weeks of day cells; each lists its sessions, and how many more do not fit."""

    day_activated = Signal(object)  # double-click on "+N more": show that day's week

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month = date.today().replace(day=1)
        self._more: list[tuple[QRectF, date, int]] = []  # where, which day, how many

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(900, 620)

    def set_month(self, month: date, rows: Sequence[SessionRecord], today: date) -> None:
        self.month = month.replace(day=1)
        self.set_sessions(month_grid_start(month), rows, today)

    def _header(self) -> float:
        return QFontMetrics(self.font()).height() + 8

    def cell(self, index: int) -> QRectF:
        """Cell ``index`` (0–41) of the six-week grid."""
        top = self._header()
        width = (self.width() - 1) / 7
        height = (self.height() - top - 1) / 6
        return QRectF((index % 7) * width, top + (index // 7) * height, width, height)

    def slot_at(self, point: QPointF) -> tuple[date, time] | None:
        for index in range(42):
            if self.cell(index).contains(point):
                return self.first + timedelta(days=index), time(10, 0)
        return None

    def _layout(self) -> None:
        self._hits, self._more = [], []
        by_day: dict[int, list[SessionRecord]] = {}
        for row in self.rows:
            offset = (row.starts_at.date() - self.first).days
            if 0 <= offset < 42:
                by_day.setdefault(offset, []).append(row)
        for offset, rows in by_day.items():
            self._layout_day(offset, rows)

    def _layout_day(self, offset: int, rows: list[SessionRecord]) -> None:
        """As many lines as fit in the cell; the last one says how many more there are."""
        line = QFontMetrics(self._small).height() + 2
        day_line = QFontMetrics(self.font()).height() + 2
        cell = self.cell(offset)
        room = max(int((cell.height() - day_line - 2) // line), 0)
        shown = rows if len(rows) <= room else rows[: max(room - 1, 0)]
        for index, row in enumerate(shown):
            top = cell.top() + day_line + index * line
            self._hits.append((QRectF(cell.left() + 2, top, cell.width() - 4, line - 1), row))
        if len(shown) < len(rows):
            top = cell.top() + day_line + len(shown) * line
            rect = QRectF(cell.left() + 2, top, cell.width() - 4, line)
            self._more.append((rect, self.first + timedelta(days=offset), len(rows) - len(shown)))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        for rect, day, _count in self._more:
            if rect.contains(event.position()):
                self.day_activated.emit(day)
                return
        super().mouseDoubleClickEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        self._paint_grid(painter)
        fonts = self._block_fonts()
        for rect, row in self._hits:
            line = f"{row.starts_at:%H:%M} {row.team_name}"
            self._paint_block(painter, rect, row, [line], fonts)
        painter.setFont(self._small)
        painter.setPen(HEADER_TEXT)
        more = QCoreApplication.translate("SessionCalendar", "+{0} more")
        for rect, _day, count in self._more:
            painter.drawText(rect.adjusted(4, 0, 0, 0), 0, more.format(count))
        painter.end()

    def _paint_grid(self, painter: QPainter) -> None:
        header = self._header()
        width = (self.width() - 1) / 7
        painter.setPen(HEADER_TEXT)
        for index in range(7):
            caption = weekday_name(self.first + timedelta(days=index))
            painter.drawText(
                QRectF(index * width, 0, width, header), int(Qt.AlignmentFlag.AlignCenter), caption
            )
        for index in range(42):
            day = self.first + timedelta(days=index)
            cell = self.cell(index)
            if day == self.today:
                painter.fillRect(cell, TODAY_FILL)
            elif day.month != self.month.month:
                painter.fillRect(cell, WEEKEND_FILL)
            painter.setPen(QPen(GRID, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(cell)
            font = QFont(self.font())
            font.setBold(day == self.today)
            painter.setFont(font)
            painter.setPen(HEADER_TEXT if day.month == self.month.month else GRID.darker(160))
            painter.drawText(
                cell.adjusted(4, 1, -4, 0),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                str(day.day),
            )


class StatusLegend(Legend):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for status, style in STYLES.items():
            self.add_entry(Swatch(style.fill, style.border), label(status))
