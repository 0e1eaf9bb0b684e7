"""The dashboard's words and numbers: goal names, drill titles and headers, days, money."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from hubdesk.domain.goals import Drill, GoalFigure, GoalUnit
from hubdesk.gui.text.noop import QT_TRANSLATE_NOOP

CONTEXT = "Dashboard"
HEADERS = "DrillHeaders"

DRILL_TITLES: dict[Drill, str] = {
    Drill.OPERATING: QT_TRANSLATE_NOOP("Dashboard", "Enterprises operating"),
    Drill.NOT_OPERATING: QT_TRANSLATE_NOOP("Dashboard", "Enterprises not operating"),
    Drill.COMPLETIONS: QT_TRANSLATE_NOOP("Dashboard", "Completions of the year"),
    Drill.PEOPLE_TERM: QT_TRANSLATE_NOOP("Dashboard", "Distinct people over the term"),
    Drill.PAYMENTS: QT_TRANSLATE_NOOP("Dashboard", "Grant payments"),
    Drill.PURCHASES: QT_TRANSLATE_NOOP("Dashboard", "Public procurement purchases"),
    Drill.OCCUPIED_SEATS: QT_TRANSLATE_NOOP("Dashboard", "Tenancies on the day"),
    Drill.CONSULTING_FIELD: QT_TRANSLATE_NOOP("Dashboard", "Consulting sessions"),
    Drill.ENDING_TENANCIES: QT_TRANSLATE_NOOP("Dashboard", "Tenancies ending"),
    Drill.WEEK_SESSIONS: QT_TRANSLATE_NOOP("Dashboard", "Sessions this week"),
    Drill.MY_APPROVALS: QT_TRANSLATE_NOOP("Dashboard", "Waiting for my approval"),
    Drill.SETTLEMENTS_DUE: QT_TRANSLATE_NOOP("Dashboard", "Settlements due or overdue"),
}

# The drill tables' column names (the service writes them in English).
_HEADER_NAMES = (
    QT_TRANSLATE_NOOP("DrillHeaders", "Team"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Kind"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Status"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Since"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Date"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Day"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Course"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Category"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Start"),
    QT_TRANSLATE_NOOP("DrillHeaders", "End"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Participants"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Completed"),
    QT_TRANSLATE_NOOP("DrillHeaders", "People"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Name"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Affiliation"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Program"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Agreement"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Tranche"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Source"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Amount"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Paid"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Returned"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Department"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Enterprise"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Goods/services"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Evidence"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Space"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Seats"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Consultant"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Field"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Hours"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Minutes"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Time"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Topic"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Requested by"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Due"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Overdue"),
    QT_TRANSLATE_NOOP("DrillHeaders", "Days"),
)
KNOWN_HEADERS = frozenset(_HEADER_NAMES)


def tr(text: str, disambiguation: str | None = None, count: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, disambiguation, count)


def header(text: str) -> str:
    """A drill column's name translated (as written when it is not in the table)."""
    return QCoreApplication.translate(HEADERS, text) if text in KNOWN_HEADERS else text


def drill_title(drill: Drill) -> str:
    return tr(DRILL_TITLES[drill])


# Names of the window's language, not of the system's locale (an English Windows may
# run HubDesk in Korean): translated like every other word.
WEEKDAYS = (
    QT_TRANSLATE_NOOP("Dashboard", "Mon"),
    QT_TRANSLATE_NOOP("Dashboard", "Tue"),
    QT_TRANSLATE_NOOP("Dashboard", "Wed"),
    QT_TRANSLATE_NOOP("Dashboard", "Thu"),
    QT_TRANSLATE_NOOP("Dashboard", "Fri"),
    QT_TRANSLATE_NOOP("Dashboard", "Sat"),
    QT_TRANSLATE_NOOP("Dashboard", "Sun"),
)
MONTHS = (
    QT_TRANSLATE_NOOP("Dashboard", "Jan"),
    QT_TRANSLATE_NOOP("Dashboard", "Feb"),
    QT_TRANSLATE_NOOP("Dashboard", "Mar"),
    QT_TRANSLATE_NOOP("Dashboard", "Apr"),
    QT_TRANSLATE_NOOP("Dashboard", "May"),
    QT_TRANSLATE_NOOP("Dashboard", "Jun"),
    QT_TRANSLATE_NOOP("Dashboard", "Jul"),
    QT_TRANSLATE_NOOP("Dashboard", "Aug"),
    QT_TRANSLATE_NOOP("Dashboard", "Sep"),
    QT_TRANSLATE_NOOP("Dashboard", "Oct"),
    QT_TRANSLATE_NOOP("Dashboard", "Nov"),
    QT_TRANSLATE_NOOP("Dashboard", "Dec"),
)


def weekday_name(day: date) -> str:
    return QCoreApplication.translate("Dashboard", WEEKDAYS[day.weekday()])


def day_text(day: date) -> str:
    """2026. 11. 24. (화) in Korean; Tue, 24 Nov 2026 in English."""
    return QCoreApplication.translate("Dashboard", "{weekday}, {day} {month} {year}").format(
        weekday=weekday_name(day),
        day=day.day,
        month=month_name(day.month),
        month_number=day.month,
        year=day.year,
    )


def short_day(day: date, today: date | None = None) -> str:
    """11. 26. (목) in Korean, Thu 26 Nov in English; with the year when it is not
    ``today``'s."""
    if today is not None and day.year != today.year:
        return day_text(day)
    return QCoreApplication.translate("Dashboard", "{weekday} {day} {month}").format(
        weekday=weekday_name(day),
        day=day.day,
        month=month_name(day.month),
        month_number=day.month,
    )


def month_name(month: int) -> str:
    """1월 in Korean, Jan in English."""
    return QCoreApplication.translate("Dashboard", MONTHS[month - 1])


def won(amount: int | float) -> str:
    return QCoreApplication.translate("Dashboard", "{0} won").format(f"{round(amount):,}")


def hours(minutes: int) -> str:
    """Hours with one decimal where needed: 12시간, 12.5시간."""
    value = minutes / 60
    text = f"{value:,.0f}" if minutes % 60 == 0 else f"{value:,.1f}"
    return QCoreApplication.translate("Dashboard", "{0} h").format(text)


def people(count: int | float) -> str:
    return QCoreApplication.translate("Dashboard", "{0} people").format(f"{round(count):,}")


def percent(value: float) -> str:
    return f"{value:.1f}%"


def figure_value(figure: GoalFigure) -> str:
    """The figure's actual as the tile shows it big: 76.4%, 812명, 312,000,000원."""
    if figure.unit is GoalUnit.PERCENT:
        return percent(figure.value)
    if figure.unit is GoalUnit.WON:
        return won(figure.actual)
    return people(figure.actual)


def target_text(figure: GoalFigure, value: float | None = None) -> str:
    """A target (or a pace) in the figure's unit."""
    amount = figure.target if value is None else value
    if amount is None:
        return ""
    if figure.unit is GoalUnit.PERCENT:
        return f"{amount:.0f}%" if value is None else f"{amount:.1f}%"
    if figure.unit is GoalUnit.WON:
        return won(round(amount))
    return people(amount)
