"""Overview: today's figures: teams by kind and status, occupancy, tenancies ending soon."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.enums import TeamKind, TeamStatus
from hubdesk.gui.common.records import Col, RecordsModel
from hubdesk.gui.common.views import FITTED_ROWS, MeasuredOnce
from hubdesk.gui.context import PageContext
from hubdesk.gui.icons import icon
from hubdesk.gui.text.labels import label
from hubdesk.gui.topics import GRANTS, SPACES, TEAMS, TENANCIES
from hubdesk.services.core.settings import SettingsService
from hubdesk.services.goals.goals import GoalService
from hubdesk.services.grants.approvals import ApprovalService
from hubdesk.services.people.teams import TeamService
from hubdesk.services.spaces.spaces import SpaceService

SHOWN_STATUSES = (TeamStatus.OPERATING, TeamStatus.DORMANT, TeamStatus.CLOSED, TeamStatus.ARCHIVED)


class OverviewPage(QWidget):
    """Today's figures, and what waits for my approval."""

    icon_name = "layout-dashboard"  # its icon in the navigation
    approvals_requested = Signal()  # the window opens the approval inbox

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.hub_title = QLabel()
        self.hub_title.setObjectName("hubTitle")
        self.hub_title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.day_label = QLabel()
        self.operation_value = QLabel()
        self.occupancy_value = QLabel()
        self.ending_value = QLabel()
        self.kinds_table = self._kinds_table()
        self.ending_table = self._ending_table()
        self.approvals = ApprovalService(context.db, context.actor)
        self.approvals_value = QLabel()
        self.approvals_value.setObjectName("approvalsCount")
        self.approvals_button = QPushButton(icon("stamp"), self.tr("Open my approvals…"))
        self.approvals_button.setObjectName("openApprovals")
        self.approvals_button.clicked.connect(
            lambda _checked=False: self.approvals_requested.emit()
        )
        self._build()
        self.refresh(frozenset())

    @classmethod
    def title(cls) -> str:
        """The page's name in the navigation, known before the page is built."""
        return QCoreApplication.translate("OverviewPage", "Overview")

    def new_record(self) -> None:
        """The overview has no records of its own."""

    def focus_search(self) -> None:
        """Nothing to search on the overview."""

    def _build(self) -> None:
        figures = QGroupBox(self.tr("Today"))
        grid = QGridLayout(figures)
        for row, (caption, value) in enumerate(
            (
                (self.tr("Enterprises operating"), self.operation_value),
                (self.tr("Seats taken"), self.occupancy_value),
                (self.tr("Tenancies ending within 60 days"), self.ending_value),
                (self.tr("Waiting for my approval"), self.approvals_value),
            )
        ):
            grid.addWidget(QLabel(caption), row, 0)
            value.setStyleSheet("font-size: 14pt; font-weight: bold;")
            grid.addWidget(value, row, 1)
        grid.addWidget(self.approvals_button, 3, 2)
        grid.setColumnStretch(3, 1)
        may_approve = self.approvals.may_approve()  # staff approve nothing: no row for them
        approvals_row = grid.itemAtPosition(3, 0)
        for widget in (approvals_row.widget() if approvals_row else None, self.approvals_value):
            if widget is not None:
                widget.setVisible(may_approve)
        self.approvals_button.setVisible(may_approve)
        teams = QGroupBox(self.tr("Teams by kind and status"))
        QVBoxLayout(teams).addWidget(self.kinds_table)
        ending = QGroupBox(self.tr("Tenancies ending within 60 days"))
        QVBoxLayout(ending).addWidget(self.ending_table)
        lower = QHBoxLayout()
        lower.addWidget(teams, 3)
        lower.addWidget(ending, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hub_title)
        layout.addWidget(self.day_label)
        layout.addWidget(figures)
        layout.addLayout(lower, 1)

    def _kinds_table(self) -> QTableWidget:
        table = QTableWidget(len(TeamKind) + 1, len(SHOWN_STATUSES) + 1)
        table.setHorizontalHeaderLabels([label(s) for s in SHOWN_STATUSES] + [self.tr("Total")])
        table.setVerticalHeaderLabels([label(k) for k in TeamKind] + [self.tr("Total")])
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        return table

    def _ending_table(self) -> QTableView:
        """The tenancies ending soon (2,600 at scale 300): a model makes the cells shown."""
        self.ending_model = RecordsModel(
            [
                Col(self.tr("Ends"), lambda t: t.end_date.isoformat()),
                Col(self.tr("Space"), lambda t: t.space_code),
                Col(self.tr("Team"), lambda t: t.team_name),
            ],
            self,
        )
        table = QTableView()
        table.setModel(self.ending_model)
        table.setItemDelegate(MeasuredOnce(table))
        table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(FITTED_ROWS)  # dates and codes: the top rows tell
        table.verticalHeader().hide()
        return table

    def refresh(self, topics: frozenset[str]) -> None:
        if not topics or GRANTS in topics:
            self._show_approvals()
        if topics and not topics & {TEAMS, SPACES, TENANCIES}:
            return
        db, actor, today = self.context.db, self.context.actor, self.context.today()
        self.hub_title.setText(SettingsService(db, actor).settings().hub_name)
        self.day_label.setText(self.tr("Figures for {0}").format(today.isoformat()))
        operating, registered = GoalService(db, actor).operation_rate()
        rate = 100 * operating / registered if registered else 0.0
        self.operation_value.setText(f"{operating:,} / {registered:,} ({rate:.1f}%)")
        spaces = SpaceService(db, actor)
        occupancy = spaces.occupancy(today)
        self.occupancy_value.setText(
            f"{occupancy.seats_taken:,} / {occupancy.seats_offered:,} ({occupancy.rate * 100:.1f}%)"
        )
        ending = spaces.ending_soon(today)
        self.ending_value.setText(f"{len(ending):,}")
        self._fill_kinds(TeamService(db, actor).counts())
        self.ending_model.set_rows(ending)

    def _show_approvals(self) -> None:
        if self.approvals.may_approve():
            count = self.approvals.count_waiting()
            self.approvals_value.setText(self.tr("%n item(s)", "", count))

    def _fill_kinds(self, counts: dict[tuple[TeamKind, TeamStatus], int]) -> None:
        column_totals = [0] * (len(SHOWN_STATUSES) + 1)
        for row, kind in enumerate(TeamKind):
            values = [counts.get((kind, status), 0) for status in SHOWN_STATUSES]
            values.append(sum(values))
            for column, value in enumerate(values):
                column_totals[column] += value
                self._set_count(row, column, value)
        for column, value in enumerate(column_totals):
            self._set_count(len(TeamKind), column, value)

    def _set_count(self, row: int, column: int, value: int) -> None:
        item = QTableWidgetItem(f"{value:,}")
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.kinds_table.setItem(row, column, item)
