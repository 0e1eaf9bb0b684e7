"""How the timeline shows a tenancy: its kind of bar, colours, lanes, tooltip, legend."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from hubdesk.domain.enums import TenancyStatus
from hubdesk.domain.periods import add_months
from hubdesk.gui.common.legend import Legend, Swatch
from hubdesk.gui.text.labels import day, label
from hubdesk.services.spaces.views import TimelineBar

MONTHS_BACK = MONTHS_AHEAD = 12


class BarKind(StrEnum):
    ACTIVE = "active"
    FUTURE = "future"
    ENDED = "ended"
    ENDING_SOON = "ending_soon"
    ENDED_EARLY = "ended_early"


@dataclass(frozen=True, slots=True)
class BarStyle:
    fill: QColor
    text: QColor
    border: QColor
    border_width: int = 1


STYLES = {
    BarKind.ACTIVE: BarStyle(QColor("#4a86c8"), QColor("white"), QColor("#2f5f94")),
    BarKind.FUTURE: BarStyle(QColor("#b5d3f0"), QColor("#14304f"), QColor("#5b8fc4")),
    BarKind.ENDED: BarStyle(QColor("#c4c4c4"), QColor("#2b2b2b"), QColor("#8a8a8a")),
    BarKind.ENDING_SOON: BarStyle(QColor("#f5a43a"), QColor("#2b1600"), QColor("#a85400"), 2),
    BarKind.ENDED_EARLY: BarStyle(QColor("#c4c4c4"), QColor("#2b2b2b"), QColor("#b3261e")),
}
TODAY_COLOUR = QColor("#d62828")
EARLY_END = QColor("#b3261e")


def bar_kind(bar: TimelineBar, today: date) -> BarKind:
    if bar.ended_early_on is not None:
        return BarKind.ENDED_EARLY
    if bar.ending_soon(today):
        return BarKind.ENDING_SOON
    if bar.status == TenancyStatus.ENDED or bar.last_day < today:
        return BarKind.ENDED
    if bar.start_date > today:
        return BarKind.FUTURE
    return BarKind.ACTIVE


def default_window(today: date) -> tuple[date, date]:
    """12 months back to 12 months ahead, whole months."""
    first = today.replace(day=1)
    return add_months(first, -MONTHS_BACK), add_months(first, MONTHS_AHEAD + 1) - timedelta(1)


def lanes_of(bars: Iterable[TimelineBar]) -> list[list[TimelineBar]]:
    """Bars packed into as few lanes as possible, none overlapping another in its lane."""
    lanes: list[list[TimelineBar]] = []
    ends: list[date] = []
    for bar in sorted(bars, key=lambda b: (b.start_date, b.tenancy_id)):
        for index, end in enumerate(ends):
            if end < bar.start_date:
                lanes[index].append(bar)
                ends[index] = bar.end_date
                break
        else:
            lanes.append([bar])
            ends.append(bar.end_date)
    return lanes


def bar_tooltip(bar: TimelineBar, today: date) -> str:
    period = QCoreApplication.translate("TimelineView", "{0} – {1}, seats: {2}")
    rows = [
        f"<b>{escape(bar.team_name, quote=False)}</b>",
        period.format(day(bar.start_date), day(bar.end_date), bar.seats),
        label(bar.status),
    ]
    if bar.renewals:
        renewals = QCoreApplication.translate("TimelineView", "Renewals: {0}")
        rows.append(renewals.format(bar.renewals))
    if bar.ended_early_on is not None:
        early = QCoreApplication.translate("TimelineView", "Ended early on {0}")
        rows.append(early.format(day(bar.ended_early_on)))
    elif bar.ending_soon(today):
        ends = QCoreApplication.translate(
            "TimelineView", "Ends on {0}, in {1} day(s): renewal review or move-out"
        )
        rows.append(ends.format(day(bar.end_date), (bar.end_date - today).days))
    return "<br>".join(rows)


class TimelineLegend(Legend):
    """What the timeline's colours and marks mean."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for kind, caption in (
            (BarKind.ACTIVE, self.tr("Current")),
            (BarKind.FUTURE, self.tr("Starts later")),
            (BarKind.ENDING_SOON, self.tr("Ends within 60 days")),
            (BarKind.ENDED, self.tr("Ended")),
        ):
            style = STYLES[kind]
            self.add_entry(Swatch(style.fill, style.border, style.border_width), caption)
        self.add_entry(
            Swatch(QColor("white"), EARLY_END, 1, dashed=True),
            self.tr("Ended early (rest of term)"),
        )
        self.add_entry(
            Swatch(
                STYLES[BarKind.ACTIVE].fill, STYLES[BarKind.ACTIVE].border, stripe=QColor("white")
            ),
            self.tr("Renewal"),
        )
        self.add_entry(Swatch(QColor("white"), TODAY_COLOUR, 2), self.tr("Today"))
