"""The one date field of the window: type a day as a Korean office writes it.

``2027-01-01``, ``2027.1.1``, ``2027. 1. 1.``, ``20270101``, ``27.1.1``, ``2027/1/1`` and
``2027년 1월 1일`` all give 2027-01-01 (``hubdesk.domain.dates`` reads them). A click
or Tab selects the whole date so that typing replaces it; the weekday shows inside the
field; an impossible day (2027-02-30) or anything else is refused visibly, and
``date()`` is then None rather than the old day. The button at the right (or Alt+Down,
F4) opens a calendar with Sundays, public holidays and the hub's days off marked.
Up and Down move a day (a month in a month field).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QStyle, QToolButton, QWidget

from hubdesk.domain.dates import check_day_range, parse_date, parse_month
from hubdesk.domain.deadlines import WorkingCalendar
from hubdesk.domain.errors import (
    DateMissing,
    DateUnreadable,
    HubDeskError,
    MonthUnreadable,
    NoSuchDay,
    NoSuchMonth,
)
from hubdesk.domain.periods import add_months
from hubdesk.gui.common.calendar_popup import CalendarPopup
from hubdesk.gui.common.typed_edit import TypedEdit
from hubdesk.gui.text.noop import QT_TRANSLATE_NOOP

FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2099, 12, 31)
DATE_CHARACTERS = frozenset("0123456789.-/ 년월일()")
WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("DateEdit", "Mon"),
    QT_TRANSLATE_NOOP("DateEdit", "Tue"),
    QT_TRANSLATE_NOOP("DateEdit", "Wed"),
    QT_TRANSLATE_NOOP("DateEdit", "Thu"),
    QT_TRANSLATE_NOOP("DateEdit", "Fri"),
    QT_TRANSLATE_NOOP("DateEdit", "Sat"),
    QT_TRANSLATE_NOOP("DateEdit", "Sun"),
)
CalendarSource = WorkingCalendar | Callable[[], WorkingCalendar]


def weekday_name(day: date) -> str:
    """``금`` in Korean, ``Fri`` in English."""
    return QCoreApplication.translate("DateEdit", WEEKDAY_NAMES[day.weekday()])


def calendar_icon(color: QColor, size: int = 16) -> QIcon:
    """A small wall calendar: a frame, a header bar and a grid of days."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(color)
    painter.drawRect(1, 2, size - 3, size - 4)
    painter.fillRect(1, 2, size - 2, 4, color)
    for row in range(2):
        for column in range(3):
            painter.fillRect(4 + column * 3, 8 + row * 3, 2, 2, color)
    painter.end()
    return QIcon(pixmap)


def _zero_part(refusal: HubDeskError) -> bool:
    """A month or day of 0 is half-typed (``2027-1-0`` on the way to ``2027-1-05``)."""
    return (isinstance(refusal, NoSuchDay) and refusal.values.get("day") == 0) or (
        isinstance(refusal, NoSuchMonth) and refusal.values.get("month") == 0
    )


class DateEdit(TypedEdit[dt.date]):
    """A day (or, with ``months=True``, a month: its first day). ``dateChanged`` carries
    ``date()``, also when it becomes None (emptied, refused or half-typed)."""

    dateChanged = Signal(object)

    def __init__(
        self,
        day: dt.date | None = None,
        parent: QWidget | None = None,
        *,
        calendar: CalendarSource | None = None,
        optional: bool = False,
        months: bool = False,
    ) -> None:
        super().__init__(parent)
        self._first, self._last = FIRST_DAY, LAST_DAY
        self._optional, self._months = optional, months
        self._calendar: CalendarSource = calendar or WorkingCalendar()
        self.popup: CalendarPopup | None = None
        self.weekday = QLabel(self)
        self.weekday.setObjectName("weekday")
        self.weekday.setStyleSheet("color: palette(mid);")
        self.weekday.setVisible(not months)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setObjectName("calendarButton")
        self.calendar_button.setIcon(calendar_icon(self.palette().text().color()))
        self.calendar_button.setCursor(Qt.CursorShape.ArrowCursor)
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.setAutoRaise(True)
        self.calendar_button.setToolTip(self.tr("Calendar (Alt+Down)"))
        self.calendar_button.clicked.connect(lambda _checked=False: self.show_calendar())
        if optional:
            self.setPlaceholderText(self.tr("No date"))
        self.set_hint(
            self.tr("Type a month: 2027-01, 2027.1 or 202701.")
            if months
            else self.tr("Type a date: 2027-01-01, 2027.1.1, 20270101 or 27.1.1.")
        )
        self._place_inside()
        self.setDate(day)

    # --- the value ---------------------------------------------------------------------

    def date(self) -> dt.date | None:
        """The day typed; None when empty, refused or not typed in full."""
        return self.current()

    def setDate(self, day: dt.date | None) -> None:
        self._set_current(day.replace(day=1) if day and self._months else day)

    def setDateRange(self, first: dt.date, last: dt.date) -> None:
        self._first, self._last = first, last
        self._evaluate(finished=True)

    def setMinimumDate(self, first: dt.date) -> None:
        self.setDateRange(first, max(first, self._last))

    def setMaximumDate(self, last: dt.date) -> None:
        self.setDateRange(min(self._first, last), last)

    def minimumDate(self) -> dt.date:
        return self._first

    def maximumDate(self) -> dt.date:
        return self._last

    def set_calendar(self, calendar: CalendarSource) -> None:
        """The holidays and days off the pop-up marks (a callable is asked on opening)."""
        self._calendar = calendar

    def _read(self, text: str) -> dt.date | None:
        if not text.strip() and self._optional:
            return None
        day = parse_month(text) if self._months else parse_date(text)
        first = self._first.replace(day=1) if self._months else self._first
        return check_day_range(day, first, self._last)

    def _written(self, value: dt.date) -> str:
        return f"{value:%Y-%m}" if self._months else value.isoformat()

    def _still_typing(self, text: str, refusal: HubDeskError) -> bool:
        if not self.hasFocus() or not set(text) <= DATE_CHARACTERS:
            return False
        unread = isinstance(refusal, DateUnreadable | MonthUnreadable | DateMissing)
        return unread or _zero_part(refusal)

    def _value_changed(self, value: dt.date | None) -> None:
        self.dateChanged.emit(value)

    def _state_shown(self) -> None:
        day = self.current()
        self.weekday.setText(f"({weekday_name(day)})" if day and not self._months else "")

    # --- layout: the weekday and the calendar button sit inside the field --------------

    def _place_inside(self) -> None:
        metrics = self.fontMetrics()
        self._weekday_width = max(metrics.horizontalAdvance(f"({name})") for name in ("수", "Wed"))
        button = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 6
        self.calendar_button.setFixedSize(QSize(button, button))
        inside = button + (self._weekday_width + 4 if not self._months else 0)
        self.setTextMargins(0, 0, inside, 0)
        width = metrics.horizontalAdvance("2027-12-31") + inside + 16
        self.setMinimumWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        frame = self.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
        button = self.calendar_button.width()
        right = self.width() - frame - 1
        self.calendar_button.move(right - button, (self.height() - button) // 2)
        label = QRect(
            right - button - self._weekday_width - 2, 0, self._weekday_width, self.height()
        )
        self.weekday.setGeometry(label)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.minimumWidth()), hint.height())

    # --- keys and the calendar pop-up ----------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, alt = event.key(), event.modifiers() & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
            self.show_calendar()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.date() is not None:
            self._step(1 if key == Qt.Key.Key_Up else -1)
        else:
            super().keyPressEvent(event)

    def _step(self, steps: int) -> None:
        day = self.date()
        assert day is not None
        moved = add_months(day, steps) if self._months else day + timedelta(days=steps)
        if self._first <= moved <= self._last:
            self.setDate(moved)
            self.selectAll()

    def working_calendar(self) -> WorkingCalendar:
        source = self._calendar
        return source if isinstance(source, WorkingCalendar) else source()

    def show_calendar(self) -> CalendarPopup:
        """Open the calendar under the field at the day typed (or today)."""
        if self.popup is None:
            self.popup = CalendarPopup(self, optional=self._optional)
            self.popup.picked.connect(self._picked)
        self.popup.set_working_calendar(self.working_calendar())
        self.popup.open_below(self, self.date(), self._first, self._last)
        return self.popup

    def _picked(self, day: dt.date | None) -> None:
        self.setDate(day)
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.selectAll()
