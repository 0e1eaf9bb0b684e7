"""Spaces: the floor plan, the tenancy timeline, applications, and today's occupancy.

A click on a room (or on a bar of the timeline) opens the room panel on the
right: the room's tenancies and the actions on them (allocate, renew, end,
checklist), which open the tenancy dialogs without blocking. The page loads
lazily: only what is on screen is read, and a change marks the rest stale.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.enums import TenancyStatus
from hubdesk.domain.errors import NotFound
from hubdesk.domain.records import OccupancyRecord, TenancyRecord
from hubdesk.domain.rules import ends_soon
from hubdesk.gui.common.bar_chart import BarChart, ChartBar
from hubdesk.gui.common.editing import HoldsDialog, date_edit
from hubdesk.gui.common.views import filling, list_table
from hubdesk.gui.context import PageContext
from hubdesk.gui.icons import icon
from hubdesk.gui.spaces.floor_plan import FloorPlanLegend, FloorPlanView
from hubdesk.gui.spaces.timeline import ServiceSource, TimelineView
from hubdesk.gui.spaces.timeline_bars import TimelineLegend, default_window
from hubdesk.gui.text.labels import day, label, tenancy_state, won
from hubdesk.gui.topics import APPLICATIONS, SPACES, TEAMS, TENANCIES
from hubdesk.services.spaces.spaces import SpaceService
from hubdesk.services.spaces.views import RoomView, SpaceViewService

if TYPE_CHECKING:  # imported when the tab is first shown
    from hubdesk.gui.spaces.applications_panel import ApplicationsPanel

# Team names show on the plan, the timeline and in the panels, so a rename counts too.
SHOWN_TOPICS = frozenset({TENANCIES, SPACES, APPLICATIONS, TEAMS})
BUILDING_TOPICS = frozenset({TENANCIES, SPACES, TEAMS})  # the strip, the plan, the timeline
PLAN, TIMELINE, APPLICATIONS_TAB = 0, 1, 2
ENDING_BACKGROUND = QColor("#fde3c2")


def occupancy_text(record: OccupancyRecord) -> str:
    text = QCoreApplication.translate("SpacesPage", "{0} / {1} seats ({2:.1f}%)")
    return text.format(f"{record.seats_taken:,}", f"{record.seats_offered:,}", record.rate * 100)


def history_bars(history: list[OccupancyRecord], today: date) -> list[ChartBar]:
    """One bar per month end, the last one today."""
    bars = []
    for record in history:
        is_today = record.on == today
        caption = f"{record.on:%y.%m}"
        if is_today:
            caption = QCoreApplication.translate("SpacesPage", "Today")
        tip = f"{day(record.on)}: {occupancy_text(record)}"
        bars.append(ChartBar(caption, record.rate, tip, is_today))
    return bars


class RoomPanel(QWidget):
    """The room picked on the plan or the timeline: facts, tenancies, actions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomPanel")
        self.room: RoomView | None = None
        self.tenancies: list[TenancyRecord] = []
        self.today = date.today()
        self.heading = QLabel(self.tr("No room chosen"))
        self.heading.setObjectName("roomHeading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.facts = QLabel(self.tr("Click a room on the plan or a bar on the timeline."))
        self.facts.setWordWrap(True)
        self.facts.setObjectName("roomFacts")
        self.table = self._table()
        self.allocate_button = QPushButton(icon("plus"), self.tr("Allocate…"))
        self.renew_button = QPushButton(icon("refresh-cw"), self.tr("Renew…"))
        self.end_button = QPushButton(icon("door-open"), self.tr("End early…"))
        self.checklist_button = QPushButton(icon("list-checks"), self.tr("Checklist…"))
        self._build()
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _table(self) -> QTableWidget:
        headers = [
            self.tr("Team"),
            self.tr("Seats"),
            self.tr("Start"),
            self.tr("End"),
            self.tr("Renewals"),
            self.tr("State"),
        ]
        table = QTableWidget(0, len(headers))
        table.setObjectName("roomTenancies")
        table.setHorizontalHeaderLabels(headers)
        list_table(table, stretch_column=0)
        return table

    def _build(self) -> None:
        facts = QVBoxLayout()
        facts.setContentsMargins(0, 0, 0, 0)
        facts.addWidget(self.heading)
        facts.addWidget(self.facts)
        facts.addStretch(1)
        side = QWidget()
        side.setLayout(facts)
        side.setMinimumWidth(180)
        side.setMaximumWidth(320)
        buttons = QVBoxLayout()
        for button in (
            self.allocate_button,
            self.renew_button,
            self.end_button,
            self.checklist_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(side)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def show_room(
        self,
        room: RoomView | None,
        tenancies: list[TenancyRecord],
        today: date,
        select: int | None = None,
    ) -> None:
        """Show a room and its tenancies; select ``select`` (default: a current one)."""
        keep = select if select is not None else self.selected_id()
        self.room, self.today = room, today
        self.tenancies = [t for t in tenancies if t.status != TenancyStatus.CANCELLED]
        if room is None:
            self.heading.setText(self.tr("No room chosen"))
            self.facts.setText(self.tr("Click a room on the plan or a bar on the timeline."))
        else:
            self.heading.setText(f"{room.space.code}  {room.space.name}")
            self.facts.setText(self._facts(room))
        self._fill()
        self._select(keep)
        self._update_buttons()

    def _facts(self, room: RoomView) -> str:
        space = room.space
        seats = self.tr("seats: {0}").format(space.seats)
        parts = [label(space.kind), seats, f"{space.area_m2:g} m²"]
        if space.monthly_fee:
            parts.append(self.tr("{0} a month").format(won(space.monthly_fee)))
        lines = [" · ".join(parts)]
        if room.lettable:
            lines.append(
                self.tr("Taken today: {0} of {1} seats").format(room.seats_taken, space.seats)
            )
        else:
            lines.append(self.tr("Not let to teams"))
        return "\n".join(lines)

    def _fill(self) -> None:
        with filling(self.table):
            self._fill_rows()

    def _fill_rows(self) -> None:
        self.table.setRowCount(len(self.tenancies))
        current = {o.tenancy_id for o in self.room.occupants} if self.room else set()
        for row, tenancy in enumerate(self.tenancies):
            values = (
                tenancy.team_name,
                str(tenancy.seats),
                day(tenancy.start_date),
                day(tenancy.end_date),
                str(tenancy.renewals) if tenancy.renewals else "",
                tenancy_state(tenancy, self.today),
            )
            soon = ends_soon(tenancy.status, tenancy.end_date, tenancy.ended_early_on, self.today)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, tenancy.id)
                if tenancy.id in current:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                if soon:
                    item.setBackground(QBrush(ENDING_BACKGROUND))
                self.table.setItem(row, column, item)

    def _select(self, tenancy_id: int | None) -> None:
        ids = [t.id for t in self.tenancies]
        current = {o.tenancy_id for o in self.room.occupants} if self.room else set()
        if tenancy_id not in ids:
            tenancy_id = next((i for i in ids if i in current), ids[0] if ids else None)
        if tenancy_id is None:
            self.table.clearSelection()
            return
        self.table.selectRow(ids.index(tenancy_id))

    def selected_id(self) -> int | None:
        tenancy = self.selected()
        return tenancy.id if tenancy else None

    def selected(self) -> TenancyRecord | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.tenancies):
            return None
        return self.tenancies[rows[0].row()]

    def _update_buttons(self) -> None:
        tenancy = self.selected()
        active = tenancy is not None and tenancy.status == TenancyStatus.ACTIVE
        self.allocate_button.setEnabled(self.room is not None and self.room.lettable)
        self.renew_button.setEnabled(active and tenancy is not None and not tenancy.ended_early_on)
        self.end_button.setEnabled(active)
        self.checklist_button.setEnabled(tenancy is not None)


class SpacesPage(QWidget, HoldsDialog):
    """Floor plan, timeline and applications, with today's occupancy above them."""

    icon_name = "building-2"  # its icon in the navigation

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.views = SpaceViewService(context.db, context.actor)
        self.spaces = SpaceService(context.db, context.actor)
        self.stale = {"strip", PLAN, TIMELINE, APPLICATIONS_TAB}
        self.floor: int | None = None
        self._plan_floor: int | None = None  # the floor the plan shows now
        self.room_id: int | None = None
        self.dialog: QDialog | None = None
        self.applications: ApplicationsPanel | None = None
        self._search_hits: list[tuple[int, int]] = []
        self._search_index = 0
        self.occupancy_value = QLabel()
        self.occupancy_value.setObjectName("occupancyToday")
        self.ending_value = QLabel()
        self.ending_value.setObjectName("endingSoon")
        self.chart = BarChart()
        self.floor_box = QComboBox()
        self.plan_day = date_edit(context.today(), context)  # the plan's day: today or another
        self.plan_day.setObjectName("planDay")
        self.plan_today = QToolButton()
        self.plan_today.setText(self.tr("Today"))
        self.search_box = QLineEdit()
        self.search_result = QLabel()
        self.plan = FloorPlanView()
        self.timeline = TimelineView()
        self.timeline_filter = QLineEdit()
        self.tabs = QTabWidget()
        self.room_panel = RoomPanel()
        self._build()
        self._connect()

    @classmethod
    def title(cls) -> str:
        """The page's name in the navigation, known before the page is built."""
        return QCoreApplication.translate("SpacesPage", "Spaces")

    # --- layout ------------------------------------------------------------------

    def _build(self) -> None:
        self.tabs.addTab(self._plan_tab(), self.tr("Floor plan"))
        self.tabs.addTab(self._timeline_tab(), self.tr("Timeline"))
        self.applications_tab = QWidget()
        QVBoxLayout(self.applications_tab).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.applications_tab, self.tr("Applications"))
        # The building is wide and the timeline runs across: the panel goes below both.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.room_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([570, 170])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._strip())
        layout.addWidget(splitter, 1)

    def _strip(self) -> QWidget:
        strip = QWidget()
        figures = QVBoxLayout()
        caption = QLabel(self.tr("Seats taken today"))
        self.occupancy_value.setStyleSheet("font-size: 15pt; font-weight: bold;")
        figures.addWidget(caption)
        figures.addWidget(self.occupancy_value)
        figures.addWidget(self.ending_value)
        figures.addStretch(1)
        chart_box = QVBoxLayout()
        chart_box.addWidget(QLabel(self.tr("Occupancy at each month end")))
        self.chart.setMinimumHeight(84)
        self.chart.setMaximumHeight(118)
        chart_box.addWidget(self.chart)
        layout = QHBoxLayout(strip)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.addLayout(figures)
        layout.addSpacing(24)
        layout.addLayout(chart_box, 1)
        return strip

    def _plan_tab(self) -> QWidget:
        self.floor_box.setObjectName("floorChoice")
        self.search_box.setPlaceholderText(self.tr("Find a room or team (Enter: next)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(150)
        self.search_box.setMaximumWidth(340)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Floor")))
        bar.addWidget(self.floor_box)
        bar.addWidget(QLabel(self.tr("On")))
        bar.addWidget(self.plan_day)
        bar.addWidget(self.plan_today)
        bar.addWidget(self.search_box, 2)
        bar.addWidget(self.search_result)
        bar.addStretch(1)
        for text, tip, slot in (
            ("−", self.tr("Zoom out (Ctrl+wheel)"), self.plan.zoom_out),
            ("+", self.tr("Zoom in (Ctrl+wheel)"), self.plan.zoom_in),
            (self.tr("Fit"), self.tr("Show the whole floor"), self.plan.fit_all),
            ("100%", self.tr("Actual size"), self.plan.actual_size),
        ):
            bar.addWidget(self._tool_button(text, tip, slot))
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.plan, 1)
        layout.addWidget(FloorPlanLegend())
        return tab

    def _tool_button(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _timeline_tab(self) -> QWidget:
        self.timeline_filter.setPlaceholderText(self.tr("Filter by space or team"))
        self.timeline_filter.setClearButtonEnabled(True)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.timeline_filter)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(TimelineLegend())
        return tab

    def _connect(self) -> None:
        self.tabs.currentChanged.connect(lambda _index: self._load_visible())
        # The room panel belongs to the plan and the timeline; applications need the height.
        self.tabs.currentChanged.connect(
            lambda index: self.room_panel.setVisible(index != APPLICATIONS_TAB)
        )
        self.floor_box.currentIndexChanged.connect(lambda _index: self._floor_chosen())
        self.plan_day.dateChanged.connect(lambda _day: self._plan_day_chosen())
        self.plan_today.clicked.connect(
            lambda _checked=False: self.plan_day.setDate(self.context.today())
        )
        self.search_box.returnPressed.connect(self._find_next)
        self.search_box.textChanged.connect(lambda _text: self._search_hits.clear())
        self.plan.room_clicked.connect(self.show_room)
        self.timeline.tenancy_clicked.connect(self._tenancy_clicked)
        self.timeline.space_clicked.connect(self.show_room)
        self.timeline_filter.textChanged.connect(self.timeline.set_filter)
        self.room_panel.table.itemSelectionChanged.connect(self._mark_on_timeline)
        panel = self.room_panel
        panel.allocate_button.clicked.connect(lambda _checked=False: self.allocate())
        panel.renew_button.clicked.connect(lambda _checked=False: self.renew())
        panel.end_button.clicked.connect(lambda _checked=False: self.end_tenancy())
        panel.checklist_button.clicked.connect(lambda _checked=False: self.checklist())

    # --- Page protocol -----------------------------------------------------------

    def refresh(self, topics: frozenset[str]) -> None:
        if topics and not topics & SHOWN_TOPICS:
            return
        if not topics or topics & BUILDING_TOPICS:  # an application alone leaves them be
            self.stale |= {"strip", PLAN, TIMELINE}
        self.stale.add(APPLICATIONS_TAB)
        if self.isVisible():
            self._load_visible(topics)

    def new_record(self) -> None:
        """Ctrl+N: allocate space (in the room shown, when it is let to teams)."""
        self.allocate()

    def focus_search(self) -> None:
        index = self.tabs.currentIndex()
        if index == TIMELINE:
            self.timeline_filter.setFocus()
            self.timeline_filter.selectAll()
        elif index == APPLICATIONS_TAB and self.applications is not None:
            self.applications.setFocus()
        else:
            self.search_box.setFocus()
            self.search_box.selectAll()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self._load_visible()

    # --- loading -----------------------------------------------------------------

    def _load_visible(self, topics: frozenset[str] = frozenset()) -> None:
        """Read what is on screen if it is stale; the rest waits until it is shown."""
        today = self.context.today()
        if "strip" in self.stale:
            self.stale.discard("strip")
            self._load_strip(today)
        index = self.tabs.currentIndex()
        if index in self.stale:
            self.stale.discard(index)
            if index == PLAN:
                self._load_plan(self.shown_day())
            elif index == TIMELINE:
                self._load_timeline(today)
            else:
                self._load_applications(topics)
            if index != APPLICATIONS_TAB:
                self._reload_room(today)

    def _load_strip(self, today: date) -> None:
        history = self.spaces.occupancy_history(today)
        self.occupancy_value.setText(occupancy_text(history[-1]))
        ending = self.spaces.ending_soon_count(today)
        self.ending_value.setText(self.tr("Ending within 60 days: {0}").format(ending))
        self.chart.set_bars(history_bars(history, today))

    def _load_plan(self, today: date) -> None:
        floors = self.views.floors()
        if self.floor not in floors:
            self.floor = floors[0] if floors else None
        with QSignalBlocker(self.floor_box):  # refilling is not the user choosing a floor
            self.floor_box.clear()
            for floor in floors:
                self.floor_box.addItem(self.tr("Floor {0}").format(floor), floor)
            if self.floor is not None:
                self.floor_box.setCurrentIndex(floors.index(self.floor))
        if self.floor is None:
            self.plan.set_rooms([])
            return
        same_floor = self.plan.items_by_id and self._plan_floor == self.floor
        self.plan.set_rooms(self.views.floor_plan(self.floor, today), keep_view=bool(same_floor))
        self._plan_floor = self.floor
        self.plan.select_room(self.room_id, centre=not same_floor)

    def _load_timeline(self, today: date) -> None:
        start, end = default_window(today)
        self.timeline.set_source(ServiceSource(self.views, start, end), start, end, today)

    def _load_applications(self, topics: frozenset[str]) -> None:
        if self.applications is None:
            from hubdesk.gui.spaces.applications_panel import ApplicationsPanel

            self.applications = ApplicationsPanel(self.context)  # loads itself
            layout = self.applications_tab.layout()
            assert layout is not None
            layout.addWidget(self.applications)
        else:
            self.applications.refresh(topics)
        if self.room_panel.room is not None and self.room_panel.room.lettable:
            self.applications.set_space(self.room_panel.room.space.id)

    def _floor_chosen(self) -> None:
        floor = self.floor_box.currentData()
        if floor is None or floor == self.floor:
            return
        self.floor = int(floor)
        self.plan.set_rooms(self.views.floor_plan(self.floor, self.shown_day()))
        self._plan_floor = self.floor
        self.plan.select_room(self.room_id)

    def shown_day(self) -> date:
        """The day the floor plan shows (today unless another was chosen)."""
        return self.plan_day.date() or self.context.today()  # mistyped: today meanwhile

    def _plan_day_chosen(self) -> None:
        if self.floor is not None:
            self._load_plan(self.shown_day())

    # --- the room panel ------------------------------------------------------------

    def show_room(self, space_id: int, tenancy_id: int | None = None) -> None:
        """Show a room in the panel (and on the plan, switching floors if needed)."""
        today = self.context.today()
        room = self.views.room(space_id, today)
        self.room_id = space_id
        self.room_panel.show_room(room, self.views.room_tenancies(space_id), today, tenancy_id)
        self._mark_on_timeline()
        if room.space.floor != self.floor:
            self.floor = room.space.floor
            self.stale.add(PLAN)
            if self.tabs.currentIndex() == PLAN:
                self._load_visible()
        else:
            self.plan.select_room(space_id)

    def chosen(self) -> tuple[int, int | None] | None:
        """The room shown and its chosen tenancy, kept when the window is rebuilt."""
        return None if self.room_id is None else (self.room_id, self.room_panel.selected_id())

    def choose(self, record: object) -> None:
        if isinstance(record, tuple) and len(record) == 2 and isinstance(record[0], int):
            space, tenancy = record
            try:
                self.show_room(space, tenancy if isinstance(tenancy, int) else None)
            except NotFound:
                return  # removed meanwhile

    def _reload_room(self, today: date) -> None:
        if self.room_id is None:
            return
        try:
            room = self.views.room(self.room_id, today)
        except NotFound:
            self.room_id = None
            self.room_panel.show_room(None, [], today)
            return
        self.room_panel.show_room(room, self.views.room_tenancies(self.room_id), today)

    def _mark_on_timeline(self) -> None:
        self.timeline.select(self.room_id, self.room_panel.selected_id())

    def _tenancy_clicked(self, tenancy_id: int) -> None:
        tenancy = self.spaces.tenancy(tenancy_id)
        self.show_room(tenancy.space_id, tenancy_id)

    def _find_next(self) -> None:
        text = self.search_box.text()
        if not self._search_hits:
            self._search_hits = self.views.search(text, self.context.today())
            self._search_index = 0
        if not self._search_hits:
            self.search_result.setText(self.tr("Nothing found"))
            return
        floor, space_id = self._search_hits[self._search_index % len(self._search_hits)]
        self.search_result.setText(
            self.tr("{0} of {1}").format(
                self._search_index % len(self._search_hits) + 1, len(self._search_hits)
            )
        )
        self._search_index += 1
        if floor != self.floor:
            self.floor = floor
            self.stale.add(PLAN)
            self._load_visible()
        self.show_room(space_id)
        self.plan.select_room(space_id, centre=True)

    # --- actions -------------------------------------------------------------------

    def allocate(self) -> None:
        from hubdesk.gui.spaces.tenancy_dialogs import AllocateDialog

        room = self.room_panel.room
        space_id = room.space.id if room is not None and room.lettable else None
        self._open(AllocateDialog(self.context, self, space_id=space_id))

    def renew(self) -> None:
        tenancy_id = self.room_panel.selected_id()
        if tenancy_id is not None:
            from hubdesk.gui.spaces.tenancy_dialogs import RenewDialog

            self._open(RenewDialog(self.context, tenancy_id, self))

    def end_tenancy(self) -> None:
        tenancy_id = self.room_panel.selected_id()
        if tenancy_id is not None:
            from hubdesk.gui.spaces.tenancy_dialogs import EndTenancyDialog

            self._open(EndTenancyDialog(self.context, tenancy_id, self))

    def checklist(self) -> None:
        tenancy_id = self.room_panel.selected_id()
        if tenancy_id is not None:
            from hubdesk.gui.spaces.tenancy_dialogs import ChecklistDialog

            self._open(ChecklistDialog(self.context, tenancy_id, self))
