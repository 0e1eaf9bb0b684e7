"""Teams: search and filter the list, see a team's history, add, edit, close, archive, reopen.

The list is a ``TeamTableModel`` (search, filters and sorting in SQL, 200 rows a
page). The panel below shows the selected team's tenancies, consulting sessions,
grant agreements and subsidies by year. A team with a history is never deleted:
it is closed or archived on a date, and Reopen (or Ctrl+Z) brings it back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.brn import formatted_brn
from hubdesk.domain.enums import TeamKind, TeamStatus
from hubdesk.domain.records import (
    AgreementRecord,
    SessionRecord,
    SubsidyYear,
    TeamDetail,
    TeamRecord,
    TeamRow,
    TenancyRecord,
)
from hubdesk.gui.common.elided import ElidedLabel
from hubdesk.gui.common.filters import search_timer, squeezable
from hubdesk.gui.common.views import chosen_row, on_choice
from hubdesk.gui.context import PageContext
from hubdesk.gui.icons import icon
from hubdesk.gui.teams.model import TeamTableModel
from hubdesk.gui.teams.team_dialog import CloseTeamDialog, TeamDialog
from hubdesk.gui.text.labels import day, label, tenancy_state, won
from hubdesk.gui.topics import SPACES, TEAMS, TENANCIES
from hubdesk.services.hub.team_views import TeamQuery, TeamViewService
from hubdesk.services.people.teams import TeamService

SHOWN_TOPICS = frozenset({TEAMS, SPACES, TENANCIES})
OPEN = (TeamStatus.OPERATING, TeamStatus.DORMANT)
CLOSED = (TeamStatus.CLOSED, TeamStatus.ARCHIVED)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _tr(text: str) -> str:
    return QCoreApplication.translate("TeamsPage", text)


def count_text(total: int) -> str:
    if total == 1:
        return QCoreApplication.translate("TeamsPage", "1 team")
    return QCoreApplication.translate("TeamsPage", "{0} teams").format(f"{total:,}")


def detail_table(headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill_table(
    table: QTableWidget, rows: Sequence[Sequence[str]], right: Sequence[int] = ()
) -> None:
    """Put ``rows`` of texts into ``table``; columns in ``right`` (numbers) align right."""
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            if column in right:
                item.setTextAlignment(RIGHT)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()


def mark_row(table: QTableWidget, row: int) -> None:
    """Show a flagged row in bold."""
    for column in range(table.columnCount()):
        item = table.item(row, column)
        if item is not None:
            font = item.font()
            font.setBold(True)
            item.setFont(font)


class StatusSteps:
    """Close, archive or reopen a team; undo puts back the status it had before."""

    def __init__(self, service: TeamService, team_id: int, change: Callable[[], TeamRecord]):
        self._service, self._team_id, self._change = service, team_id, change
        self._before: TeamRecord | None = None

    def do(self) -> TeamRecord:
        self._before = self._service.get(self._team_id)
        return self._change()

    def undo(self, _changed: TeamRecord) -> TeamRecord:
        assert self._before is not None
        before = self._before
        return self._service.revert_status(self._team_id, before.status, before.closed_on)

    def redo(self, _changed: TeamRecord) -> TeamRecord:
        return self._change()


class TeamsPage(QWidget):
    """Teams: search and filters, the list, and the chosen team's detail."""

    icon_name = "users"  # its icon in the navigation

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.service = TeamService(context.db, context.actor)
        self.views = TeamViewService(context.db, context.actor)
        self.model = TeamTableModel(self.views, context.today, self)
        self.dialog: TeamDialog | CloseTeamDialog | None = None
        self._shown_id: int | None = None
        self._reselect: int | None = None
        self._make_filters()
        self._make_buttons()
        self._make_table()
        self._make_detail()
        self._build()
        self._connect()
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # the model's own order: no read
        self.model.set_query(self.model.query)  # the first read, once
        self._after_reload(None)

    @classmethod
    def title(cls) -> str:
        """The page's name in the navigation, known before the page is built."""
        return QCoreApplication.translate("TeamsPage", "Teams")

    # --- building -------------------------------------------------------------

    def _make_filters(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("teamSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search name, representative or business number"))
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in TeamKind:
            self.kind_filter.addItem(label(kind), kind)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in TeamStatus:
            self.status_filter.addItem(label(status), status)
        self.housed_filter = QComboBox()
        self.housed_filter.addItem(self.tr("With or without space"), None)
        self.housed_filter.addItem(self.tr("Housed today"), True)
        self.housed_filter.addItem(self.tr("Not housed"), False)
        self.count_label = QLabel()
        self.count_label.setObjectName("teamCount")

    def _make_buttons(self) -> None:
        self.new_button = QPushButton(icon("plus"), self.tr("New…"))
        self.edit_button = QPushButton(icon("pencil"), self.tr("Edit…"))
        self.close_button = QPushButton(icon("circle-x"), self.tr("Close…"))
        self.archive_button = QPushButton(icon("archive"), self.tr("Archive…"))
        self.reopen_button = QPushButton(icon("rotate-ccw"), self.tr("Reopen"))
        self.new_button.setToolTip(self.tr("Register a new team (Ctrl+N)"))
        self.close_button.setToolTip(self.tr("The team closed or dissolved; it stays on record"))
        self.archive_button.setToolTip(self.tr("Keep the team on record, out of daily work"))

    def _make_table(self) -> None:
        self.table = QTableView()
        self.table.setObjectName("teamTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((240, 180, 90, 130, 120)):
            self.table.setColumnWidth(column, width)

    def _make_detail(self) -> None:
        self.detail_title = ElidedLabel()
        self.detail_title.setObjectName("teamDetailTitle")
        self.detail_title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.detail_facts = QLabel()
        self.detail_facts.setWordWrap(True)
        self.detail_facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tenancies = detail_table(
            [self.tr("Space"), self.tr("Seats"), self.tr("Start"), self.tr("Last day")]
            + [self.tr("Status"), self.tr("Renewals")]
        )
        self.sessions = detail_table(
            [self.tr("Date"), self.tr("Time"), self.tr("Consultant"), self.tr("Field")]
            + [self.tr("Status"), self.tr("Topic")]
        )
        self.agreements = detail_table(
            [self.tr("Number"), self.tr("Period"), self.tr("Grant"), self.tr("Co-payment")]
            + [self.tr("Paid"), self.tr("Status"), self.tr("Purpose")]
        )
        self.subsidies = detail_table(
            [self.tr("Year"), self.tr("Subsidy"), self.tr("External verification (3억)")]
            + [self.tr("Audit report (10억)")]
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.tenancies, self.tr("Tenancies"))
        self.tabs.addTab(self.sessions, self.tr("Consulting"))
        self.tabs.addTab(self.agreements, self.tr("Agreements"))
        self.tabs.addTab(self.subsidies, self.tr("Subsidies by year"))

    def _build(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for combo in (self.kind_filter, self.status_filter, self.housed_filter):
            filters.addWidget(squeezable(combo, 5), 1)
        filters.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addSpacing(8)
        for button in (self.close_button, self.archive_button, self.reopen_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 4, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail_facts)
        detail_layout.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self._search_timer = search_timer(self.search, self.apply_filters)
        self.search.returnPressed.connect(self.apply_filters)
        for combo in (self.kind_filter, self.status_filter, self.housed_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.model.modelReset.connect(self._show_count)
        on_choice(self.table, self._row_chosen)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.close_button.clicked.connect(lambda: self.close_selected(archive=False))
        self.archive_button.clicked.connect(lambda: self.close_selected(archive=True))
        self.reopen_button.clicked.connect(self.reopen_selected)

    # --- Page protocol ----------------------------------------------------------

    def refresh(self, topics: frozenset[str]) -> None:
        if topics and not topics & SHOWN_TOPICS:
            return
        self.model.reload()
        self._show_detail(self.selected_id(), force=True)

    def new_record(self) -> None:
        dialog = TeamDialog(self.context, self)
        dialog.saved.connect(self._saved)
        self._open(dialog)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- the list -----------------------------------------------------------------

    def current_query(self) -> TeamQuery:
        """The query the search box and filters describe, in the table's current order."""
        return TeamQuery(
            text=self.search.text().strip(),
            kind=self.kind_filter.currentData(),
            status=self.status_filter.currentData(),
            housed=self.housed_filter.currentData(),
            sort=self.model.query.sort,
            descending=self.model.query.descending,
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        query = self.current_query()
        if query != self.model.query:
            self.model.set_query(query)

    def selected_id(self) -> int | None:
        row = chosen_row(self.table)
        return self.model.team_id(row) if row is not None else None

    def selected_row(self) -> TeamRow | None:
        row = chosen_row(self.table)
        return self.model.team_row(row) if row is not None else None

    def chosen(self) -> int | None:
        """The chosen team, kept when the window is rebuilt."""
        return self.selected_id()

    def choose(self, record: object) -> None:
        if isinstance(record, int):
            self.select_team(record)

    def select_team(self, team_id: int) -> bool:
        """Select ``team_id`` when the list shows it; True when it does."""
        row = self.model.row_of(team_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def _remember_selection(self) -> None:
        self._reselect = self.selected_id()

    def _restore_selection(self) -> None:
        wanted, self._reselect = self._reselect, None
        if wanted is None or not self.select_team(wanted):
            self._after_reload(None)

    def _show_count(self) -> None:
        self.count_label.setText(count_text(self.model.total))

    def _row_chosen(self, row: int | None) -> None:
        self._after_reload(self.model.team_id(row) if row is not None else None)

    def _after_reload(self, team_id: int | None) -> None:
        self._show_detail(team_id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.edit_button.setEnabled(row is not None)
        self.close_button.setEnabled(row is not None and row.status in OPEN)
        self.archive_button.setEnabled(row is not None and row.status != TeamStatus.ARCHIVED)
        self.reopen_button.setEnabled(row is not None and row.status in CLOSED)

    # --- actions ------------------------------------------------------------------

    def edit_selected(self) -> None:
        team_id = self.selected_id()
        if team_id is None:
            return
        ok, team = self.context.ops.attempt(lambda: self.service.get(team_id))
        if not ok or team is None:
            return
        dialog = TeamDialog(self.context, self, team)
        dialog.saved.connect(self._saved)
        self._open(dialog)

    def close_selected(self, *, archive: bool) -> None:
        row = self.selected_row()
        if row is None:
            return
        dialog = CloseTeamDialog(row.name, archive, self.context.today(), self)
        dialog.accepted.connect(lambda: self._close(row, archive, dialog.chosen_day()))
        self._open(dialog)

    def reopen_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.status not in CLOSED:
            return
        today = self.context.today()
        steps = StatusSteps(self.service, row.id, lambda: self.service.reopen(row.id, today=today))
        text = self.tr("Reopen team {0}").format(row.name)
        self.context.ops.run(text, steps.do, undo=steps.undo, redo=steps.redo)

    def _close(self, row: TeamRow, archive: bool, on: date) -> None:
        steps = StatusSteps(
            self.service, row.id, lambda: self.service.close(row.id, on, archive=archive)
        )
        text = (
            self.tr("Archive team {0}").format(row.name)
            if archive
            else self.tr("Close team {0}").format(row.name)
        )
        self.context.ops.run(text, steps.do, undo=steps.undo, redo=steps.redo)

    def _open(self, dialog: TeamDialog | CloseTeamDialog) -> None:
        """Show a dialog without blocking (tests find it); it is deleted when done."""
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _saved(self, team: TeamRecord) -> None:
        self.select_team(team.id)

    # --- the detail panel -----------------------------------------------------------

    def _show_detail(self, team_id: int | None, *, force: bool = False) -> None:
        if team_id == self._shown_id and not force:
            return
        self._shown_id = team_id
        detail = None
        if team_id is not None:
            ok, detail = self.context.ops.attempt(
                lambda: self.views.detail(team_id, self.context.today())
            )
        self._fill_detail(detail)

    def _fill_detail(self, detail: TeamDetail | None) -> None:
        if detail is None:
            self.detail_title.setText(self.tr("No team selected"))
            self.detail_facts.setText("")
            for table in (self.tenancies, self.sessions, self.agreements, self.subsidies):
                table.setRowCount(0)
            self._tab_counts(None)
            return
        team = detail.team
        self.detail_title.setText(team.name)
        self.detail_facts.setText(self._facts(team))
        fill_table(self.tenancies, [self._tenancy_cells(t) for t in detail.tenancies], (1, 5))
        fill_table(self.sessions, [self._session_cells(s) for s in detail.sessions])
        agreements = [self._agreement_cells(a) for a in detail.agreements]
        fill_table(self.agreements, agreements, (2, 3, 4))
        years = list(reversed(detail.subsidies))
        fill_table(self.subsidies, [self._subsidy_cells(y) for y in years], (1,))
        for row, year in enumerate(years):
            if year.needs_external_verification:
                mark_row(self.subsidies, row)
        self._tab_counts(detail)

    def _facts(self, team: TeamRecord) -> str:
        parts = [label(team.kind), label(team.status)]
        if team.closed_on:
            parts[-1] = self.tr("{0} on {1}").format(label(team.status), day(team.closed_on))
        parts.append(formatted_brn(team.brn) or self.tr("not registered"))
        parts.append(self.tr("Representative: {0}").format(team.representative))
        parts += [text for text in (team.phone, team.email, team.address) if text]
        if team.founded_on:
            parts.append(self.tr("founded {0}").format(day(team.founded_on)))
        parts.append(self.tr("{0} employees").format(f"{team.employees:,}"))
        return " · ".join(parts)

    def _tab_counts(self, detail: TeamDetail | None) -> None:
        """Tab names with how many records each holds ("Tenancies (2)")."""
        names = (self.tr("Tenancies"), self.tr("Consulting"), self.tr("Agreements"))
        counts = (
            (len(detail.tenancies), len(detail.sessions), len(detail.agreements))
            if detail
            else (None, None, None)
        )
        for index, (name, count) in enumerate(zip(names, counts, strict=True)):
            self.tabs.setTabText(index, name if count is None else f"{name} ({count})")

    def _tenancy_cells(self, tenancy: TenancyRecord) -> list[str]:
        return [
            tenancy.space_code,
            str(tenancy.seats),
            day(tenancy.start_date),
            day(tenancy.last_day),
            tenancy_state(tenancy, self.context.today()),  # as the Spaces page says it
            str(tenancy.renewals),
        ]

    @staticmethod
    def _session_cells(session: SessionRecord) -> list[str]:
        return [
            day(session.starts_at.date()),
            f"{session.starts_at:%H:%M}–{session.ends_at:%H:%M}",
            session.consultant_name,
            label(session.field),
            label(session.status),
            session.topic,
        ]

    @staticmethod
    def _agreement_cells(agreement: AgreementRecord) -> list[str]:
        return [
            agreement.number,
            f"{day(agreement.start_date)} – {day(agreement.end_date)}",
            won(agreement.grant),
            won(agreement.copayment),
            won(agreement.paid),
            label(agreement.status),
            agreement.purpose,
        ]

    def _subsidy_cells(self, year: SubsidyYear) -> list[str]:
        needed = self.tr("Needed")
        return [
            str(year.year),
            won(year.amount),
            needed if year.needs_external_verification else "",
            needed if year.needs_audit_report else "",
        ]
