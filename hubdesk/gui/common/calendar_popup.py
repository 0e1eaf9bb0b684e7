"""The calendar a date field opens: Sundays and Korean public holidays in red, Saturdays
in blue, the hub's own days off shaded, each holiday named in its tooltip."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.deadlines import WorkingCalendar

HOLIDAY_RED = QColor("#c62828")
SATURDAY_BLUE = QColor("#1565c0")
DAY_OFF_SHADE = QColor("#ffe0b2")
DAY_OFF_TEXT = QColor("#8a4b00")
CALENDAR_SIZE = QSize(300, 220)  # room for a two-digit day and its colour in every cell


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def py_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def holiday_language() -> str:
    """Holiday names in the window's language (the locale i18n sets)."""
    return "ko" if QLocale().language() == QLocale.Language.Korean else "en_US"


class CalendarPopup(QFrame):
    """A month to pick a day from; ``picked`` carries the day (None: "No date")."""

    picked = Signal(object)

    def __init__(self, parent: QWidget, *, optional: bool = False) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.working = WorkingCalendar()
        self._marked: set[int] = set()
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("calendar")
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Sunday)  # as Korean calendars are
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setMinimumSize(CALENDAR_SIZE)
        self.legend = QLabel(self._legend_html())
        self.legend.setObjectName("legend")
        self.no_date = QPushButton(self.tr("No date"))
        self.no_date.setVisible(optional)
        self._build()
        self._mark_weekdays()
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)
        self.calendar.currentPageChanged.connect(lambda year, _month: self._mark_years(year))
        self.no_date.clicked.connect(lambda _checked=False: self._choose(None))

    def _build(self) -> None:
        bottom = QHBoxLayout()
        bottom.addWidget(self.legend, 1)
        bottom.addWidget(self.no_date)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.calendar)
        layout.addLayout(bottom)

    def _legend_html(self) -> str:
        red = f"<span style='color:{HOLIDAY_RED.name()}'>■</span>"
        shade = f"<span style='color:{DAY_OFF_SHADE.darker(115).name()}'>■</span>"
        holidays, days_off = self.tr("Sunday, public holiday"), self.tr("Hub day off")
        return f"{red} {holidays} &nbsp; {shade} {days_off}"

    def _mark_weekdays(self) -> None:
        """Sundays red, Saturdays blue, as on a Korean wall calendar."""
        colors = {Qt.DayOfWeek.Sunday: HOLIDAY_RED, Qt.DayOfWeek.Saturday: SATURDAY_BLUE}
        for day in Qt.DayOfWeek:
            text = QTextCharFormat()
            text.setForeground(QBrush(colors.get(day, self.palette().text().color())))
            self.calendar.setWeekdayTextFormat(day, text)

    def set_working_calendar(self, working: WorkingCalendar) -> None:
        """The public holidays and the hub's days off to mark (marked again from scratch)."""
        self.working = working
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every date
        self._marked.clear()
        self._mark_years(self.calendar.yearShown())

    def _mark_years(self, year: int) -> None:
        """Mark the shown year and its neighbours (a page shows days of the next month)."""
        for each in (year - 1, year, year + 1):
            if each not in self._marked:
                self._marked.add(each)
                self._mark_year(each)

    def _mark_year(self, year: int) -> None:
        holidays = self.working.public_holidays(year, holiday_language())
        days_off = {day for day in self.working.extra_days_off if day.year == year}
        for day in sorted(set(holidays) | days_off):
            self.calendar.setDateTextFormat(qdate(day), self._format(day, holidays.get(day)))

    def _format(self, day: date, holiday: str | None) -> QTextCharFormat:
        mark = QTextCharFormat()
        names = [holiday] if holiday else []
        if holiday:
            mark.setForeground(QBrush(HOLIDAY_RED))
        if day in self.working.extra_days_off:
            mark.setBackground(QBrush(DAY_OFF_SHADE))
            if not holiday:
                mark.setForeground(QBrush(DAY_OFF_TEXT))
            names.append(self.tr("Hub day off"))
        mark.setToolTip(" · ".join(names))
        return mark

    def open_below(self, anchor: QWidget, day: date | None, first: date, last: date) -> None:
        """Show the month of ``day`` (or today) under ``anchor``, kept on its screen."""
        self.calendar.setDateRange(qdate(first), qdate(last))
        shown = min(max(day or date.today(), first), last)
        self.calendar.setSelectedDate(qdate(shown))
        self.calendar.setCurrentPage(shown.year, shown.month)
        self._mark_years(shown.year)
        self.adjustSize()
        spot = anchor.mapToGlobal(QPoint(0, anchor.height()))
        screen = anchor.screen().availableGeometry()
        x = min(max(spot.x(), screen.left()), screen.right() - self.width())
        y = spot.y()
        if y + self.height() > screen.bottom():  # no room below: above the field
            y = spot.y() - anchor.height() - self.height()
        self.move(x, max(y, screen.top()))
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _pick(self, day: QDate) -> None:
        self._choose(py_date(day))

    def _choose(self, day: date | None) -> None:
        self.hide()
        self.picked.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)
