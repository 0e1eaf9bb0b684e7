"""Consulting: sessions in a week or month calendar or a list; the yearly quota burn-down,
the selected session with its actions, and teams without consulting for 60 days.

The filters (status, consultant, team, text) apply to all three views. Every edit
goes through ``context.ops.run`` with an undo step; the page reloads only what is on
screen, and marks the rest stale until it is shown.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.enums import SessionStatus
from hubdesk.domain.errors import NotFound
from hubdesk.domain.periods import add_months
from hubdesk.gui.common.editing import HoldsDialog
from hubdesk.gui.common.elided import DetailText
from hubdesk.gui.common.filters import search_timer, squeezable
from hubdesk.gui.common.team_picker import TeamPicker
from hubdesk.gui.common.views import list_table, scrolled
from hubdesk.gui.consulting.model import IdleTeamModel, SessionTableModel
from hubdesk.gui.consulting.quota_chart import QuotaChart, QuotaLegend, hours_text
from hubdesk.gui.consulting.session_calendar import MonthView, StatusLegend, WeekView, week_start
from hubdesk.gui.consulting.session_dialogs import detail_html, redo_outcome
from hubdesk.gui.context import PageContext
from hubdesk.gui.icons import icon
from hubdesk.gui.text.labels import label
from hubdesk.gui.topics import CONSULTANTS, SESSIONS, TEAMS, TENANCIES
from hubdesk.services.consulting.sessions import ConsultingService
from hubdesk.services.consulting.views import (
    ConsultingViewService,
    IdleTeam,
    SessionDetail,
    SessionFilter,
)

SHOWN_TOPICS = frozenset({SESSIONS, CONSULTANTS, TEAMS, TENANCIES})
WEEK, MONTH, LIST = 0, 1, 2


class SessionPanel(QGroupBox):
    """The selected session and what can be done with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Session"))
        self.detail: SessionDetail | None = None
        self.text = DetailText(self.tr("Click a session in the calendar or the list."))
        self.text.setObjectName("sessionDetail")
        self.change_button = QPushButton(icon("pencil"), self.tr("Change…"))
        self.complete_button = QPushButton(icon("circle-check"), self.tr("Complete…"))
        self.cancel_button = QPushButton(icon("calendar-x"), self.tr("Cancel…"))
        self.no_show_button = QPushButton(icon("user-x"), self.tr("No-show"))
        self.reopen_button = QPushButton(icon("rotate-ccw"), self.tr("Reopen"))
        self.reopen_button.setToolTip(self.tr("Back to scheduled; the outcome is cleared"))
        buttons = QGridLayout()
        buttons.addWidget(self.complete_button, 0, 0)
        buttons.addWidget(self.change_button, 0, 1)
        buttons.addWidget(self.cancel_button, 1, 0)
        buttons.addWidget(self.no_show_button, 1, 1)
        buttons.addWidget(self.reopen_button, 2, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.show_detail(None)

    def show_detail(self, detail: SessionDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self.text.setText(self.tr("Click a session in the calendar or the list."))
        else:
            self.text.setText(detail_html(detail))
        scheduled = detail is not None and detail.row.status == SessionStatus.SCHEDULED
        for button in (
            self.change_button,
            self.complete_button,
            self.cancel_button,
            self.no_show_button,
        ):
            button.setEnabled(scheduled)
        self.reopen_button.setEnabled(detail is not None and not scheduled)


class ConsultingPage(QWidget, HoldsDialog):
    """Week, month and list of sessions, with the quota and idle teams beside them."""

    icon_name = "messages-square"  # its icon in the navigation

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.views = ConsultingViewService(context.db, context.actor)
        self.service = ConsultingService(context.db, context.actor)
        self.anchor = context.today()
        self.selected_id: int | None = None
        self.stale = {WEEK, MONTH, LIST, "quota", "idle", "detail", "consultants"}
        self.dialog: QDialog | None = None
        self.idle: list[IdleTeam] = []
        self.period = QLabel()
        self.period.setObjectName("period")
        self.period.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.period.setMinimumWidth(40)  # a narrow window clips the dates, not the page
        self.tabs = QTabWidget()
        self.week = WeekView()
        self.month = MonthView()
        self.table = QTableView()
        self.model = SessionTableModel(self.views, self)
        self.count = QLabel()
        self.status_box = QComboBox()
        self.consultant_box = QComboBox()
        self.team_filter = TeamPicker(context)
        self.search_box = QLineEdit()
        self.search_timer = search_timer(self.search_box, self.apply_filters)
        self.schedule_button = QPushButton(icon("calendar-plus"), self.tr("Schedule…"))
        self.mou_button = QPushButton(icon("handshake"), self.tr("MOU and consultants…"))
        self.export_button = QPushButton(icon("file-spreadsheet"), self.tr("Export quarterly log…"))
        self.quota_chart = QuotaChart()
        self.quota_text = QLabel()
        self.quota_text.setObjectName("quotaText")
        self.quota_text.setWordWrap(True)
        self.session_panel = SessionPanel()
        self.idle_list = QTableView()
        self.idle_list.setObjectName("idleTeams")
        self.idle_model = IdleTeamModel(self)
        self.idle_box = QGroupBox()
        self.idle_button = QPushButton(icon("calendar-plus"), self.tr("Schedule for this team…"))
        self._build()
        self._connect()

    @classmethod
    def title(cls) -> str:
        """The page's name in the navigation, known before the page is built."""
        return QCoreApplication.translate("ConsultingPage", "Consulting")

    # --- layout --------------------------------------------------------------------

    def _build(self) -> None:
        self.tabs.addTab(scrolled(self.week, framed=True), self.tr("Week"))
        self.tabs.addTab(scrolled(self.month, framed=True), self.tr("Month"))
        self.tabs.addTab(self._list_tab(), self.tr("List"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(self._navigation())
        left_layout.addLayout(self._filters())
        left_layout.addWidget(self.tabs, 1)
        left_layout.addWidget(StatusLegend())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self._side())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([820, 330])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

    def _navigation(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        for text, tip, step in (
            ("◀", self.tr("Previous"), -1),
            (self.tr("Today"), self.tr("Go to today"), 0),
            ("▶", self.tr("Next"), 1),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _checked=False, s=step: self.go(s))
            bar.addWidget(button)
        bar.addSpacing(8)
        bar.addWidget(self.period)
        bar.addStretch(1)
        bar.addWidget(self.schedule_button)
        self.navigation_bar = bar
        return bar

    def _filters(self) -> QHBoxLayout:
        self.status_box.addItem(self.tr("All statuses"), None)
        for status in SessionStatus:
            self.status_box.addItem(label(status), status)
        squeezable(self.consultant_box, 6)
        self.team_filter.setPlaceholderText(self.tr("All teams"))
        self.search_box.setPlaceholderText(self.tr("Find team, consultant, topic, place"))
        self.search_box.setClearButtonEnabled(True)
        bar = QHBoxLayout()
        bar.addWidget(self.status_box)
        bar.addWidget(self.consultant_box, 1)
        bar.addWidget(self.team_filter, 1)
        bar.addWidget(self.search_box, 2)
        return bar

    def _list_tab(self) -> QWidget:
        self.table.setObjectName("sessionList")
        self.table.setModel(self.model)
        list_table(self.table, stretch_column=6)
        self.table.horizontalHeader().setResizeContentsPrecision(60)  # not all 200 rows
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        return tab

    def _side(self) -> QWidget:
        quota = QGroupBox(self.tr("Quota hours"))
        self.quota_box = quota
        quota_layout = QVBoxLayout(quota)
        quota_layout.addWidget(self.quota_text)
        quota_layout.addWidget(self.quota_chart)
        quota_layout.addWidget(QuotaLegend())
        buttons = QHBoxLayout()  # the MOU sets the quota; the log reports the hours
        buttons.addWidget(self.mou_button)
        buttons.addWidget(self.export_button)
        quota_layout.addLayout(buttons)
        self.idle_list.setModel(self.idle_model)
        list_table(self.idle_list, stretch_column=0)
        self.idle_list.horizontalHeader().setResizeContentsPrecision(60)
        idle_layout = QVBoxLayout(self.idle_box)
        idle_layout.addWidget(self.idle_list, 1)
        idle_layout.addWidget(self.idle_button)
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(quota)
        side.addWidget(self.session_panel)
        side.addWidget(self.idle_box)
        side.setStretchFactor(1, 1)
        side.setStretchFactor(2, 1)
        side.setSizes([270, 300, 230])
        # A small window scrolls the side panel rather than refusing to shrink.
        return scrolled(side)

    def _connect(self) -> None:
        self.tabs.currentChanged.connect(lambda _index: self._tab_changed())
        for view in (self.week, self.month):
            view.session_clicked.connect(self.select_session)
            view.session_activated.connect(self.open_session)
            view.slot_activated.connect(lambda day, start: self.schedule(day=day, start=start))
        self.month.day_activated.connect(self.show_week_of)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._list_row_chosen(current.row())
        )
        self.table.doubleClicked.connect(lambda index: self._list_row_opened(index.row()))
        self.model.counted.connect(self._show_count)
        self.status_box.currentIndexChanged.connect(lambda _index: self.apply_filters())
        self.consultant_box.currentIndexChanged.connect(lambda _index: self.apply_filters())
        self.team_filter.team_changed.connect(lambda _team: self.apply_filters())
        self.schedule_button.clicked.connect(lambda _checked=False: self.schedule())
        self.mou_button.clicked.connect(lambda _checked=False: self.edit_mou())
        self.export_button.clicked.connect(lambda _checked=False: self.export_log())
        self.idle_button.clicked.connect(lambda _checked=False: self.schedule_idle())
        self.idle_list.doubleClicked.connect(lambda _index: self.schedule_idle())
        self.idle_list.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected: self._update_idle_button()
        )
        panel = self.session_panel
        panel.change_button.clicked.connect(lambda _checked=False: self.change())
        panel.complete_button.clicked.connect(lambda _checked=False: self.complete())
        panel.cancel_button.clicked.connect(lambda _checked=False: self.cancel())
        panel.no_show_button.clicked.connect(lambda _checked=False: self.no_show())
        panel.reopen_button.clicked.connect(lambda _checked=False: self.reopen())

    # --- Page protocol ---------------------------------------------------------------

    def refresh(self, topics: frozenset[str]) -> None:
        if topics and not topics & SHOWN_TOPICS:
            return
        self.stale |= {WEEK, MONTH, LIST, "quota", "idle", "detail"}
        if not topics or CONSULTANTS in topics:
            self.stale.add("consultants")
        if self.isVisible():
            self._load_visible()

    def new_record(self) -> None:
        self.schedule()

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self._load_visible()

    # --- loading -----------------------------------------------------------------------

    def session_filter(self) -> SessionFilter:
        return SessionFilter(
            status=self.status_box.currentData(),
            consultant_id=self.consultant_box.currentData(),
            team_id=self.team_filter.team_id(),
            text=self.search_box.text(),
        )

    def apply_filters(self) -> None:
        self.search_timer.stop()
        self.stale |= {WEEK, MONTH, LIST}
        self._load_visible()

    def _load_visible(self) -> None:
        if "consultants" in self.stale:
            self.stale.discard("consultants")
            self._fill_consultants()
        index = self.tabs.currentIndex()
        self._show_period(index)
        if index in self.stale:
            self.stale.discard(index)
            self._load_tab(index)
        for part, load in (
            ("quota", self._load_quota),
            ("idle", self._load_idle),
            ("detail", self._load_detail),
        ):
            if part in self.stale:
                self.stale.discard(part)
                load()

    def _load_tab(self, index: int) -> None:
        today, chosen = self.context.today(), self.session_filter()
        if index == WEEK:
            first = week_start(self.anchor)
            rows = self.views.sessions_between(first, first + timedelta(days=6), chosen)
            self.week.set_sessions(first, rows, today)
            self.week.select(self.selected_id)
        elif index == MONTH:
            first = self.month_first()
            grid = week_start(first)
            rows = self.views.sessions_between(grid, grid + timedelta(days=41), chosen)
            self.month.set_month(first, rows, today)
            self.month.select(self.selected_id)
        else:
            self.model.set_filter(chosen)
            self._show_count()
            self._select_in_list()

    def _show_count(self) -> None:
        """How many sessions the list holds ("200+" while a search counts them)."""
        self.count.setText(self.tr("{0} sessions").format(self.model.total_text()))

    def month_first(self) -> date:
        return self.anchor.replace(day=1)

    def _show_period(self, index: int) -> None:
        if index == WEEK:
            first = week_start(self.anchor)
            last = first + timedelta(days=6)
            self.period.setText(f"{first.isoformat()} – {last:%m-%d}")
        elif index == MONTH:
            first = self.month_first()
            self.period.setText(self.tr("{0}-{1:02d}").format(first.year, first.month))
        else:
            self.period.setText(self.tr("All sessions"))
        for position in range(3):  # ◀ Today ▶ mean nothing for the list
            item = self.navigation_bar.itemAt(position)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setEnabled(index != LIST)

    def _load_quota(self) -> None:
        year = self.anchor.year
        burn = self.views.burn_down(year)
        self.quota_box.setTitle(self.tr("Quota hours {0}").format(year))
        self.quota_chart.set_burn_down(burn)
        if burn.quota_hours:
            text = self.tr("Used {0} h, planned {1} h, left {2} h of {3} h").format(
                hours_text(burn.used),
                hours_text(burn.planned),
                hours_text(burn.left),
                f"{burn.quota_hours:,}",
            )
        else:
            text = self.tr("No MOU covers {0}.").format(year)
        self.quota_text.setText(text)

    def _load_idle(self) -> None:
        chosen = self._idle_team()
        self.idle = self.views.idle_teams(self.context.today())
        self.idle_box.setTitle(
            self.tr("No consulting for 60 days: {0} teams").format(len(self.idle))
        )
        self.idle_model.set_teams(self.idle)
        ids = [team.team_id for team in self.idle]
        if chosen in ids:
            self.idle_list.selectRow(ids.index(chosen))
        self._update_idle_button()

    def _load_detail(self) -> None:
        detail = None
        if self.selected_id is not None:
            try:
                detail = self.views.detail(self.selected_id)
            except NotFound:
                self.selected_id = None
        self.session_panel.show_detail(detail)

    def _fill_consultants(self) -> None:
        chosen = self.consultant_box.currentData()
        with QSignalBlocker(self.consultant_box):
            self.consultant_box.clear()
            self.consultant_box.addItem(self.tr("All consultants"), None)
            for consultant in self.views.consultants():
                self.consultant_box.addItem(consultant.name, consultant.id)
            self.consultant_box.setCurrentIndex(max(self.consultant_box.findData(chosen), 0))

    # --- navigation and selection -------------------------------------------------------

    def go(self, step: int) -> None:
        """Previous (−1) or next (+1) week or month; 0 is today."""
        year = self.anchor.year
        if step == 0:
            self.anchor = self.context.today()
        elif self.tabs.currentIndex() == MONTH:
            self.anchor = add_months(self.month_first(), step)
        else:
            self.anchor = self.anchor + timedelta(days=7 * step)
        self.stale |= {WEEK, MONTH}
        if self.anchor.year != year:  # the burn-down shows the year on screen
            self.stale.add("quota")
        self._load_visible()

    def show_week_of(self, day: date) -> None:
        self.anchor = day
        self.stale |= {WEEK, MONTH, "quota"}
        self.tabs.setCurrentIndex(WEEK)
        self._load_visible()

    def _tab_changed(self) -> None:
        self._load_visible()

    def chosen(self) -> int | None:
        """The chosen session, kept when the window is rebuilt."""
        return self.selected_id

    def choose(self, record: object) -> None:
        if isinstance(record, int):
            self.select_session(record)

    def select_session(self, session_id: int) -> None:
        self.selected_id = session_id
        self.week.select(session_id)
        self.month.select(session_id)
        self._load_detail()

    def _select_in_list(self) -> None:
        row = self.model.row_of(self.selected_id) if self.selected_id is not None else None
        if row is not None:
            self.table.selectRow(row)

    def _list_row_chosen(self, row: int) -> None:
        # The chosen session chosen again (the list reselecting it after a reload) is shown
        # already, or is reloaded with the other stale parts.
        if 0 <= row < self.model.rowCount() and self.model.session_row(row).id != self.selected_id:
            self.select_session(self.model.session_row(row).id)

    def _list_row_opened(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_session(self.model.session_row(row).id)

    def _idle_team(self) -> int | None:
        rows = self.idle_list.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.idle):
            return None
        return self.idle[rows[0].row()].team_id

    def _update_idle_button(self) -> None:
        self.idle_button.setEnabled(self._idle_team() is not None)

    # --- actions --------------------------------------------------------------------------

    def schedule(
        self, *, day: date | None = None, start: time | None = None, team_id: int | None = None
    ) -> None:
        from hubdesk.gui.consulting.session_dialogs import ScheduleDialog

        self._open(ScheduleDialog(self.context, self, day=day, start=start, team_id=team_id))

    def schedule_idle(self) -> None:
        team = self._idle_team()
        if team is not None:
            self.schedule(team_id=team)

    def open_session(self, session_id: int) -> None:
        """Double-click: a scheduled session opens for change, a finished one to read."""
        self.select_session(session_id)
        detail = self.session_panel.detail
        if detail is None:
            return
        from hubdesk.gui.consulting.session_dialogs import ScheduleDialog, SessionInfoDialog

        if detail.row.status == SessionStatus.SCHEDULED:
            self._open(ScheduleDialog(self.context, self, session_id=session_id))
        else:
            self._open(SessionInfoDialog(detail, self))

    def change(self) -> None:
        if self.selected_id is not None:
            from hubdesk.gui.consulting.session_dialogs import ScheduleDialog

            self._open(ScheduleDialog(self.context, self, session_id=self.selected_id))

    def complete(self) -> None:
        if self.selected_id is not None:
            from hubdesk.gui.consulting.session_dialogs import CompleteDialog

            self._open(CompleteDialog(self.context, self.selected_id, self))

    def cancel(self) -> None:
        if self.selected_id is not None:
            from hubdesk.gui.consulting.session_dialogs import CancelDialog

            self._open(CancelDialog(self.context, self.selected_id, self))

    def no_show(self) -> None:
        detail = self.session_panel.detail
        if detail is None:
            return
        session_id, service = detail.row.id, self.service
        self.context.ops.run(
            self.tr("No-show of {0}").format(detail.row.team_name),
            lambda: service.mark_no_show(session_id),
            undo=lambda _done: service.reopen(session_id),
        )

    def reopen(self) -> None:
        detail = self.session_panel.detail
        if detail is None:
            return
        session_id, service = detail.row.id, self.service
        self.context.ops.run(
            self.tr("Reopen session of {0}").format(detail.row.team_name),
            lambda: service.reopen(session_id),
            undo=lambda _done: redo_outcome(service, detail),
        )

    def edit_mou(self) -> None:
        from hubdesk.gui.consulting.mou_dialog import MouDialog

        self._open(MouDialog(self.context, self))

    def export_log(self) -> None:
        """The quarterly consultation log (XLSX, CSV, PDF) in its own dialog."""
        from hubdesk.gui.consulting.export_dialog import open_export_dialog

        dialog = open_export_dialog(self.context, self)
        self.dialog = dialog
        dialog.destroyed.connect(lambda _obj=None: self._forget_dialog(dialog))
