"""Applications for space: the list by status, the waiting list by score, and the
buttons that submit, review, withdraw and allocate (the spaces page shows it as a tab).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.enums import ApplicationStatus
from hubdesk.domain.records import ApplicationRecord
from hubdesk.gui.common.editing import SpaceCombo, date_edit, open_dialog
from hubdesk.gui.common.views import list_table
from hubdesk.gui.context import PageContext
from hubdesk.gui.icons import icon
from hubdesk.gui.spaces.application_dialogs import (
    AllocateApplicationDialog,
    ApplicationDialog,
    ReviewDialog,
)
from hubdesk.gui.spaces.applications_model import ApplicationsModel, Column
from hubdesk.gui.text.labels import label
from hubdesk.gui.topics import APPLICATIONS, SPACES, TENANCIES
from hubdesk.services.spaces.applications import (
    ALLOCATABLE,
    REVIEW_DECISIONS,
    WITHDRAWABLE,
    ApplicationService,
)
from hubdesk.services.spaces.spaces import SpaceService

LIST_COLUMNS = (
    Column.TEAM,
    Column.KIND,
    Column.SEATS,
    Column.SUBMITTED,
    Column.STATUS,
    Column.SCORE,
)
WAITING_COLUMNS = (Column.SCORE, Column.TEAM, Column.KIND, Column.SEATS, Column.SUBMITTED)
REVIEWABLE = (ApplicationStatus.SUBMITTED, *REVIEW_DECISIONS)
LISTENS = frozenset({APPLICATIONS, TENANCIES, SPACES})


def table_view(model: ApplicationsModel) -> QTableView:
    """Rows chosen whole, one at a time; the team column takes the spare width."""
    view = QTableView()
    view.setModel(model)
    list_table(view, model.kinds.index(Column.TEAM))
    return view


class ApplicationsPanel(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = ApplicationService(context.db, context.actor)
        self.spaces = SpaceService(context.db, context.actor)
        self.current: ApplicationRecord | None = None
        self.status = QComboBox()
        self.status.addItem(self.tr("All"), None)
        for status in ApplicationStatus:
            self.status.addItem(label(status), status)
        self.model = ApplicationsModel(LIST_COLUMNS, self)
        self.waiting_model = ApplicationsModel(WAITING_COLUMNS, self)
        self.table = table_view(self.model)
        self.waiting = table_view(self.waiting_model)
        self.submit_button = QPushButton(icon("file-plus"), self.tr("Submit…"))
        self.review_button = QPushButton(icon("clipboard-check"), self.tr("Review…"))
        self.allocate_button = QPushButton(icon("plus"), self.tr("Allocate…"))
        self.withdraw_button = QPushButton(icon("undo-2"), self.tr("Withdraw"))
        self.next_space = SpaceCombo(())  # filled by the first refresh
        self.next_start = date_edit(context.today(), context)
        self.next_button = QPushButton(
            icon("list-start"), self.tr("Allocate next from the waiting list…")
        )
        self.next_info = QLabel()
        self.next_info.setObjectName("nextInfo")
        self.next_info.setWordWrap(True)
        self.next_info.hide()
        self._build()
        self._connect()
        self.refresh(frozenset())

    def _build(self) -> None:
        """Applications above, the waiting list below: narrow enough for a small window."""
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Status")))
        filters.addWidget(self.status)
        filters.addStretch(1)
        buttons = QHBoxLayout()
        for button in (
            self.submit_button,
            self.review_button,
            self.allocate_button,
            self.withdraw_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        applications = QGroupBox(self.tr("Applications"))
        top = QVBoxLayout(applications)
        top.addLayout(filters)
        top.addWidget(self.table, 1)
        top.addLayout(buttons)
        waiting = QGroupBox(self.tr("Waiting list, best score first"))
        bottom = QVBoxLayout(waiting)
        bottom.addWidget(self.waiting, 1)
        bottom.addLayout(self._next_row())
        bottom.addWidget(self.next_info)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(applications)
        splitter.addWidget(waiting)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _next_row(self) -> QGridLayout:
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Space")), 0, 0)
        grid.addWidget(self.next_space, 0, 1)
        grid.addWidget(QLabel(self.tr("From")), 0, 2)
        grid.addWidget(self.next_start, 0, 3)
        grid.addWidget(self.next_button, 1, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        return grid

    def _connect(self) -> None:
        self.status.currentIndexChanged.connect(lambda _i: self._reload_list())
        for view in (self.table, self.waiting):
            view.selectionModel().selectionChanged.connect(
                lambda selected, _old, v=view: self._selected(v, selected)
            )
        for view in (self.table, self.waiting):
            view.doubleClicked.connect(lambda index, v=view: self._open_row(v, index.row()))
        self.submit_button.clicked.connect(self.submit)
        self.review_button.clicked.connect(self.review)
        self.allocate_button.clicked.connect(self.allocate)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.next_button.clicked.connect(self.allocate_next)
        self.next_space.currentIndexChanged.connect(lambda _i: self._tell(""))

    # --- what shows -----------------------------------------------------------

    def refresh(self, topics: frozenset[str]) -> None:
        """Reload after edits of applications, tenancies or spaces (empty: everything)."""
        if topics and not topics & LISTENS:
            return
        if not topics or SPACES in topics:
            self.next_space.set_spaces(self.spaces.lettable_spaces())
        self._reload_list()
        self.waiting_model.set_rows(self.service.waiting_list())
        self._reselect()

    def set_space(self, space_id: int) -> None:
        """Choose the space "allocate next" fills (the spaces page calls this)."""
        self.next_space.select(space_id)

    def _reload_list(self) -> None:
        self.model.set_rows(self.service.applications(self.status.currentData()))
        self._reselect()

    def _reselect(self) -> None:
        """Keep the chosen application chosen, with its fresh values, after a reload."""
        chosen, self.current = self.current, None
        if chosen is not None:
            for view, model in ((self.table, self.model), (self.waiting, self.waiting_model)):
                row = model.row_of(chosen.id)
                if row is not None:
                    self.current = model.application(row)
                    view.selectRow(row)
        self._enable()

    def _selected(self, view: QTableView, selected: QItemSelection) -> None:
        rows = selected.indexes()
        if not rows:
            return
        model = view.model()
        assert isinstance(model, ApplicationsModel)
        self.current = model.application(rows[0].row())
        self._enable()

    def _enable(self) -> None:
        status = self.current.status if self.current else None
        self.review_button.setEnabled(status in REVIEWABLE)
        self.allocate_button.setEnabled(status in ALLOCATABLE)
        self.withdraw_button.setEnabled(status in WITHDRAWABLE)

    # --- actions --------------------------------------------------------------

    def submit(self) -> ApplicationDialog:
        return open_dialog(ApplicationDialog(self.context, self))

    def review(self) -> ReviewDialog | None:
        if self.current is None:
            return None
        return open_dialog(ReviewDialog(self.context, self.current.id, self))

    def allocate(self) -> AllocateApplicationDialog | None:
        if self.current is None:
            return None
        dialog = AllocateApplicationDialog(self.context, self.current.id, self)
        return open_dialog(dialog)

    def _open_row(self, view: QTableView, row: int) -> None:
        """Double-click: review an open application, allocate a decided one."""
        model = view.model()
        assert isinstance(model, ApplicationsModel)
        self.current = model.application(row)
        status = self.current.status if self.current else None
        if status in (ApplicationStatus.SUBMITTED, ApplicationStatus.REJECTED):
            self.review()
        elif status in ALLOCATABLE:
            self.allocate()

    def _tell(self, text: str) -> None:
        self.next_info.setText(text)
        self.next_info.setVisible(bool(text))

    def withdraw(self) -> None:
        app = self.current
        if app is None:
            return
        self.context.ops.run(
            self.tr("Withdraw the application of {0}").format(app.team_name),
            lambda: self.service.withdraw(app.id),
            undo=lambda done: self.service.unwithdraw(done.id, app.status),
        )

    def allocate_next(self) -> AllocateApplicationDialog | None:
        """Open the allocation of the best-scored wait-listed team that fits the space."""
        space = self.next_space.space()
        if space is None:
            return None
        start = self.next_start.date()
        if start is None:
            self._tell(self.next_start.refusal_text())
            return None
        best = self.service.next_waiting(space.id, start)
        if best is None:
            self._tell(
                self.tr("No application on the waiting list fits {0} from {1}.").format(
                    space.code, start
                )
            )
            return None
        self._tell("")
        dialog = AllocateApplicationDialog(self.context, best.id, self, space_id=space.id)
        dialog.start.setDate(start)
        return open_dialog(dialog)
