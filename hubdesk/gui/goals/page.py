"""The dashboard (현황판), the window's first page: the district's goals for a year or the
whole term, occupancy, consulting hours against the MOU's quota, and this week's work.

Every tile, bar and count opens the records behind it (a drill-down dialog); every chart's
numbers can be saved as XLSX. The page reads one ``Dashboard`` record per year switch.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.enums import ConsultingField
from hubdesk.domain.goals import Dashboard, Drill, FieldHours, GoalFigure, WeekItem
from hubdesk.gui.common import table_xlsx
from hubdesk.gui.common.bar_chart import ChartBar
from hubdesk.gui.common.views import scrolled
from hubdesk.gui.context import PageContext
from hubdesk.gui.goals import dashboard_text as text
from hubdesk.gui.goals.dashboard_charts import ChartPanel, HBar, HBarChart, MonthChart
from hubdesk.gui.goals.dashboard_drill import DrillDialog
from hubdesk.gui.goals.dashboard_tiles import COLOURS, GoalBar, GoalTile, Standing
from hubdesk.gui.goals.dashboard_week import LinkButton, WeekPanel
from hubdesk.gui.icons import icon
from hubdesk.gui.text.labels import label
from hubdesk.gui.topics import GOALS, GRANTS
from hubdesk.reports.table_xlsx import Cell
from hubdesk.services.core.settings import SettingsService
from hubdesk.services.goals.dashboard import DashboardService
from hubdesk.services.goals.goals import GoalService
from hubdesk.services.grants.approvals import ApprovalService

TERM = -1  # the year selector's data for the whole term
WIDE = 1300  # from this page width on, the five tiles stand in one row
TILE_DRILLS = {
    "operation": Drill.OPERATING,
    "trained": Drill.COMPLETIONS,
    "term": Drill.PEOPLE_TERM,
    "budget": Drill.PAYMENTS,
    "procurement": Drill.PURCHASES,
}


class OverviewPage(QWidget):
    """The dashboard: the goals of the chosen year, and what waits this week."""

    icon_name = "layout-dashboard"  # its icon in the navigation
    approvals_requested = Signal()  # the window opens the approval inbox

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.service = DashboardService(context.db, context.actor)
        self.approvals = ApprovalService(context.db, context.actor)
        self.data: Dashboard | None = None
        # Years already read since the last change: switching back to one is instant.
        self._seen: dict[tuple[int | None, date], Dashboard] = {}
        # This week's work as read on a day since the last change: the same for every year.
        self._week: tuple[date, tuple[WeekItem, ...]] | None = None
        self.dialog: DrillDialog | None = None
        self._columns = 0
        self._build_header()
        self._build_tiles()
        self._build_panels()
        self._lay_out()
        self.week.may_approve = self.approvals.may_approve()
        self._fill_years()
        self.year_box.currentIndexChanged.connect(lambda _index: self.reload())
        self.refresh(frozenset())

    @classmethod
    def title(cls) -> str:
        """The page's name in the navigation, known before the page is built."""
        return QCoreApplication.translate("OverviewPage", "Dashboard")

    def new_record(self) -> None:
        """The dashboard has no records of its own."""

    def focus_search(self) -> None:
        """Nothing to search: Ctrl+F puts the focus on the year selector."""
        self.year_box.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- building -------------------------------------------------------------------------

    def _build_header(self) -> None:
        self.hub_title = QLabel()
        self.hub_title.setObjectName("hubTitle")
        self.hub_title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.day_label = QLabel()
        self.day_label.setStyleSheet("color: #555555;")
        self.year_box = QComboBox()
        self.year_box.setObjectName("dashboardYear")
        self.year_label = QLabel(self.tr("&Year"))
        self.year_label.setBuddy(self.year_box)
        self.save_goals = QToolButton()
        self.save_goals.setIcon(icon("file-spreadsheet"))
        self.save_goals.setText(self.tr("Save goals as Excel…"))
        self.save_goals.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.save_goals.setAutoRaise(True)
        self.save_goals.clicked.connect(lambda _checked=False: self.save_goal_table())

    def _build_tiles(self) -> None:
        self.tiles: dict[str, GoalTile] = {
            "operation": GoalTile(self.tr("Enterprise operation rate")),
            "trained": GoalTile(
                self.tr("People trained"), self.tr("Counts course completions in the year")
            ),
            "budget": GoalTile(self.tr("Budget executed")),
            "procurement": GoalTile(self.tr("Public procurement")),
            "term": GoalTile(
                self.tr("People trained over the term"), self.tr("Counts distinct people")
            ),
        }
        for key, tile in self.tiles.items():
            tile.setObjectName(f"tile_{key}")
            tile.activated.connect(lambda key=key: self.open_drill(TILE_DRILLS[key]))
        self.tile_grid = QGridLayout()
        self.tile_grid.setSpacing(8)

    def _build_panels(self) -> None:
        self.occupancy = ChartPanel(self.tr("Office occupancy"), self.save_occupancy)
        self.today_link = LinkButton("")
        self.today_link.setObjectName("occupancyToday")
        self.today_link.clicked.connect(
            lambda _checked=False: self.open_drill(Drill.OCCUPIED_SEATS)
        )
        self.occupancy.body.insertWidget(0, self.today_link)
        self.month_chart = MonthChart()
        self.month_chart.bar_clicked.connect(self._month_clicked)
        self.occupancy.add(self.month_chart, 1)
        self.consulting = ChartPanel(self.tr("Consulting hours by field"), self.save_consulting)
        self.quota_bar = GoalBar()
        self.consulting.add(self.quota_bar)
        self.field_chart = HBarChart()
        self.field_chart.bar_clicked.connect(self._field_clicked)
        self.consulting.add(self.field_chart, 1)
        self.week = WeekPanel()
        self.week.opened.connect(self._week_opened)

    def _lay_out(self) -> None:
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.hub_title)
        titles.addWidget(self.day_label)
        header.addLayout(titles, 1)
        header.addWidget(self.year_label)
        header.addWidget(self.year_box)
        header.addWidget(self.save_goals)
        lower = QHBoxLayout()
        lower.addWidget(self.occupancy, 1)
        lower.addWidget(self.consulting, 1)
        lower.addWidget(self.week, 1)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(header)
        layout.addLayout(self.tile_grid)
        layout.addLayout(lower, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolled(content))
        self._place_tiles(3)
        order = [self.year_box, *self.tiles.values(), self.month_chart, self.field_chart]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _place_tiles(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for tile in self.tiles.values():
            self.tile_grid.removeWidget(tile)
        tiles = list(self.tiles.values())
        for index, tile in enumerate(tiles):
            last = index == len(tiles) - 1
            span = columns - index % columns if last else 1  # no hole after the last one
            self.tile_grid.addWidget(tile, index // columns, index % columns, 1, span)
        for column in range(5):
            self.tile_grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        self._place_tiles(5 if event.size().width() >= WIDE else 3)
        super().resizeEvent(event)

    def _fill_years(self) -> None:
        first, last = GoalService(self.context.db, self.context.actor).term()
        this_year = self.context.today().year
        self.year_box.blockSignals(True)
        for year in range(first, last + 1):
            self.year_box.addItem(self.tr("Year {0}").format(year), year)
        self.year_box.addItem(self.tr("Whole term ({0}–{1})").format(first, last), TERM)
        chosen = min(max(this_year, first), last)
        self.year_box.setCurrentIndex(self.year_box.findData(chosen))
        self.year_box.blockSignals(False)

    # --- reading --------------------------------------------------------------------------

    def year(self) -> int | None:
        """The chosen year; None for the whole term."""
        value = self.year_box.currentData()
        return None if value in (None, TERM) else int(value)

    def refresh(self, topics: frozenset[str]) -> None:
        if not topics or GRANTS in topics:
            self._count_approvals()
        if topics and GOALS not in topics:
            return
        self._seen.clear()  # the file changed: every year is read anew
        self._week = None
        self.reload()

    def reload(self) -> None:
        db, actor, today = self.context.db, self.context.actor, self.context.today()
        self.hub_title.setText(SettingsService(db, actor).settings().hub_name)
        self.day_label.setText(text.day_text(today))
        key = (self.year(), today)
        data = self._seen.get(key)
        if data is None:
            data = self._seen[key] = self._read(*key)
        self.data = data
        self.week.today = today
        self._show_tiles(self.data)
        self._show_occupancy(self.data)
        self._show_consulting(self.data)
        self.week.show_week(self.data.week)

    def _read(self, year: int | None, today: date) -> Dashboard:
        """The dashboard of ``year``; this week's work is read once a day between changes
        (it does not depend on the year: a year switch does not read it again)."""
        if self._week is not None and self._week[0] == today:
            data = self.service.dashboard(year, today, week=False)
            return dataclasses.replace(data, week=self._week[1])
        data = self.service.dashboard(year, today)
        self._week = (today, data.week)
        return data

    def _count_approvals(self) -> None:
        if self.week.may_approve:
            self.week.approvals_waiting = self.approvals.count_waiting()
            if self.data is not None:
                self.week.show_week(self.data.week)

    # --- showing --------------------------------------------------------------------------

    def _show_tiles(self, data: Dashboard) -> None:
        operation = data.operation
        self.tiles["operation"].show_figure(
            operation,
            self.tr("{0} / {1} operating").format(
                f"{operation.actual:,}", f"{operation.of or 0:,}"
            ),
        )
        year_note = (
            self.tr("Counts course completions in {0}").format(data.year)
            if data.year is not None
            else self.tr("Counts course completions over the term")
        )
        self.tiles["trained"].note.setText(year_note)
        self.tiles["trained"].show_figure(data.trained)
        self.tiles["budget"].show_figure(
            data.budget,
            self.tr("City {0}\nDistrict {1}").format(
                text.won(data.budget_city.actual), text.won(data.budget_district.actual)
            ),
        )
        self.tiles["procurement"].show_figure(data.procurement)
        first, last = data.term
        self.tiles["term"].note.setText(
            self.tr("Counts distinct people over the term {0}–{1}").format(first, last)
        )
        self.tiles["term"].show_figure(data.trained_term)

    def _show_occupancy(self, data: Dashboard) -> None:
        taken, offered = data.occupancy_today
        share = 100 * taken / offered if offered else 0.0
        self.today_link.set_full_text(
            self.tr("Today: {0} of {1} seats taken ({2})").format(
                f"{taken:,}", f"{offered:,}", text.percent(share)
            )
        )
        this_month = data.today.month if data.year in (None, data.today.year) else 0
        self.month_chart.set_bars(
            [
                ChartBar(
                    str(m.month),
                    m.value / m.of if m.of else 0.0,
                    self.tr("{0}: {1} of {2} seats").format(
                        text.month_name(m.month), f"{m.value:,}", f"{m.of or 0:,}"
                    ),
                    highlight=m.month == this_month,
                )
                for m in data.occupancy_by_month
            ]
        )
        self.occupancy.summary.setText(self.tr("Seats taken on the first day of each month"))

    def _show_consulting(self, data: Dashboard) -> None:
        used = sum(f.minutes for f in data.consulting_by_field)
        quota = data.consulting_quota_minutes
        if quota:
            share = used / quota
            self.consulting.summary.setText(
                self.tr("{0} used of the MOU's {1} ({2})").format(
                    text.hours(used), text.hours(quota), text.percent(100 * share)
                )
            )
            state = Standing.BEHIND if share > 1 else Standing.ON_PACE
            self.quota_bar.set_progress(share, COLOURS[state])
        else:
            self.consulting.summary.setText(
                self.tr("{0} used; no MOU quota for the year").format(text.hours(used))
            )
            self.quota_bar.set_progress(0.0, COLOURS[Standing.NO_TARGET])
        self.field_chart.set_bars(
            [
                HBar(
                    label(f.field),
                    f.minutes / 60,
                    text.hours(f.minutes),
                    self.tr("%n session(s)", "", f.sessions),
                )
                for f in self._fields(data)
            ]
        )

    @staticmethod
    def _fields(data: Dashboard) -> list[FieldHours]:
        """Every field in its order, those without a session too."""
        found = {f.field: f for f in data.consulting_by_field}
        return [found.get(field, FieldHours(field, 0, 0)) for field in ConsultingField]

    # --- the records behind a figure ------------------------------------------------------

    def open_drill(
        self,
        drill: Drill,
        chosen: int = 0,
        field: ConsultingField | None = None,
        day: date | None = None,
        title: str | None = None,
    ) -> DrillDialog | None:
        """Show the records behind a figure; ``chosen`` is selected when listed."""
        if drill is Drill.MY_APPROVALS:
            self.approvals_requested.emit()
            return None
        today = day or self.context.today()
        ok, rows = self.context.ops.attempt(
            lambda: self.service.drill(drill, self.year(), today, field)
        )
        if not ok or rows is None:
            return None
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = DrillDialog(
            self.context, rows, title or self._drill_title(drill), self, chosen or None
        )
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(lambda *_: self._forget_dialog())
        self.dialog.show()
        return self.dialog

    def _forget_dialog(self) -> None:
        self.dialog = None

    def _drill_title(self, drill: Drill) -> str:
        name = text.drill_title(drill)
        return f"{name} — {self.year_box.currentText()}" if self._by_year(drill) else name

    @staticmethod
    def _by_year(drill: Drill) -> bool:
        return drill in (
            Drill.OPERATING,
            Drill.COMPLETIONS,
            Drill.PAYMENTS,
            Drill.PURCHASES,
            Drill.CONSULTING_FIELD,
        )

    def _month_clicked(self, index: int) -> None:
        if self.data is None or index >= len(self.data.occupancy_by_month):
            return
        month = self.data.occupancy_by_month[index].month
        day = date(self.year() or self.data.today.year, month, 1)
        title = self.tr("Tenancies on {0}").format(text.day_text(day))
        self.open_drill(Drill.OCCUPIED_SEATS, day=day, title=title)

    def _field_clicked(self, index: int) -> None:
        field = list(ConsultingField)[index]
        title = f"{text.drill_title(Drill.CONSULTING_FIELD)}: {label(field)} — "
        self.open_drill(
            Drill.CONSULTING_FIELD, field=field, title=title + self.year_box.currentText()
        )

    def _week_opened(self, drill: Drill, record_id: int) -> None:
        self.open_drill(drill, chosen=record_id)

    # --- saving the charts' numbers -------------------------------------------------------

    def _save(self, title: str, table: table_xlsx.TableMaker) -> None:
        table_xlsx.save_as_excel(self, self.context.ops, self.context.db.path, title, table)

    def save_goal_table(self) -> None:
        self._save(self.tr("Goals {0}").format(self.year_box.currentText()), self.goal_table)

    def save_occupancy(self) -> None:
        self._save(
            self.tr("Office occupancy {0}").format(self.year_box.currentText()),
            self.occupancy_table,
        )

    def save_consulting(self) -> None:
        self._save(
            self.tr("Consulting hours {0}").format(self.year_box.currentText()),
            self.consulting_table,
        )

    def goal_table(self) -> tuple[list[str], list[list[Cell]]]:
        headers = [
            self.tr("Goal"),
            self.tr("Target"),
            self.tr("Actual"),
            self.tr("Of"),
            self.tr("Rate (%)"),
            self.tr("% of target"),
            self.tr("Pace"),
        ]
        if self.data is None:
            return headers, []
        data = self.data
        named: list[tuple[str, GoalFigure]] = [
            (self.tiles["operation"].caption.text() + " (%)", data.operation),
            (self.tiles["trained"].caption.text(), data.trained),
            (self.tiles["term"].caption.text(), data.trained_term),
            (self.tiles["budget"].caption.text(), data.budget),
            (self.tr("Budget executed: city"), data.budget_city),
            (self.tr("Budget executed: district"), data.budget_district),
            (self.tiles["procurement"].caption.text(), data.procurement),
        ]
        return headers, [_goal_row(name, figure) for name, figure in named]

    def occupancy_table(self) -> tuple[list[str], list[list[Cell]]]:
        headers = [self.tr("Month"), self.tr("Seats taken"), self.tr("Seats offered"), "%"]
        months = self.data.occupancy_by_month if self.data else ()
        rows: list[list[Cell]] = [
            [
                text.month_name(m.month),
                m.value,
                m.of,
                round(100 * m.value / m.of, 1) if m.of else None,
            ]
            for m in months
        ]
        return headers, rows

    def consulting_table(self) -> tuple[list[str], list[list[Cell]]]:
        headers = [self.tr("Field"), self.tr("Sessions"), self.tr("Hours")]
        if self.data is None:
            return headers, []
        rows: list[list[Cell]] = [
            [label(f.field), f.sessions, round(f.minutes / 60, 2)] for f in self._fields(self.data)
        ]
        used = sum(f.minutes for f in self.data.consulting_by_field)
        rows.append(
            [
                self.tr("Total"),
                sum(f.sessions for f in self.data.consulting_by_field),
                round(used / 60, 2),
            ]
        )
        quota = self.data.consulting_quota_minutes
        if quota:
            rows.append([self.tr("MOU quota"), None, round(quota / 60, 2)])
        return headers, rows


def _goal_row(name: str, figure: GoalFigure) -> list[Cell]:
    share = figure.percent_of_target
    rate: Cell = round(figure.value, 1) if figure.of is not None else None
    return [
        name,
        figure.target,
        figure.actual,
        figure.of,
        rate,
        round(share, 1) if share is not None else None,
        round(figure.pace, 1) if figure.pace is not None else None,
    ]
