"""Audit trail: every change with who, when, which record and old → new; the export log.

Read-only. The Changes tab filters the trail by day range, staff member, kind of
record, action and text (record ids, changed values, names of teams, spaces,
agreements); the pane below shows every changed field of the selected row, and
"History of this record" narrows the list to that one record. The Export log tab
lists who wrote which file, masked or not, and why.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.audit import AuditAction, AuditQuery, AuditRow, ExportQuery, StaffName
from hubdesk.domain.enums import StaffRole
from hubdesk.gui.audit.model import (
    AuditTableModel,
    ExportTableModel,
    record_text,
    when,
)
from hubdesk.gui.common.date_edit import DateEdit
from hubdesk.gui.common.filters import search_timer, squeezable
from hubdesk.gui.common.paged import PagedTableModel
from hubdesk.gui.common.views import chosen_row, on_choice
from hubdesk.gui.context import PageContext
from hubdesk.gui.icons import icon
from hubdesk.gui.text.audit_names import export_parameter, field_name, table_name, value_text
from hubdesk.gui.text.labels import label
from hubdesk.services.hub.audit_views import AuditViewService

DEFAULT_DAYS = 30  # a day range, once ticked, starts as the last month


def list_view(model: QAbstractItemModel, name: str, widths: tuple[int, ...]) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    return table


def fill_staff(combo: QComboBox, staff: list[StaffName], everyone: str) -> None:
    """Refill a staff combo, keeping the chosen username when it is still there."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everyone, None)
    for person in staff:
        text = person.display_name
        if person.display_name != person.username:
            text = f"{person.display_name} ({person.username})"
        combo.addItem(text, person.username)
    index = combo.findData(chosen) if chosen is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


class DayRange(QWidget):
    """ "From [day]" and "To [day]", each used only when ticked; both days included.
    A mistyped day is red and left out of the filter until it is typed in full."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.use_start = QCheckBox(self.tr("From"))
        self.use_end = QCheckBox(self.tr("To"))
        self.start = self._day_edit(today - timedelta(days=DEFAULT_DAYS))
        self.end = self._day_edit(today)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.use_start, self.start, self.use_end, self.end):
            layout.addWidget(widget)
        for box in (self.use_start, self.use_end):
            box.toggled.connect(self._toggled)
        self._toggled()

    def _day_edit(self, day: date) -> DateEdit:
        edit = DateEdit(day)
        edit.dateChanged.connect(lambda _day: self.changed.emit())
        return edit

    def _toggled(self) -> None:
        self.start.setEnabled(self.use_start.isChecked())
        self.end.setEnabled(self.use_end.isChecked())
        self.changed.emit()

    def days(self) -> tuple[date | None, date | None]:
        start = self.start.date() if self.use_start.isChecked() else None
        end = self.end.date() if self.use_end.isChecked() else None
        return start, end

    def clear(self) -> None:
        self.use_start.setChecked(False)
        self.use_end.setChecked(False)


class ChangesPanel(QWidget):
    """The audit trail with its filters and the selected change in full."""

    def __init__(self, service: AuditViewService, today: date) -> None:
        super().__init__()
        self.service = service
        self.model = AuditTableModel(service, self)
        self.record: tuple[str, str] | None = None  # (table, record id) when narrowed to one
        self._reselect: int | None = None
        self._make_filters(today)
        self.table = list_view(self.model, "auditTable", (130, 110, 60, 300))
        self._make_detail()
        self._build()
        self._connect()

    def _make_filters(self, today: date) -> None:
        self.days = DayRange(today)
        self.staff_filter = QComboBox()
        self.staff_filter.setObjectName("auditStaff")
        self.table_filter = QComboBox()
        self.table_filter.setObjectName("auditKind")
        self.table_filter.addItem(self.tr("All records"), None)
        tables = sorted(self.service.tables(), key=table_name)
        for table in tables:
            self.table_filter.addItem(table_name(table), table)
        self.action_filter = QComboBox()
        self.action_filter.addItem(self.tr("All actions"), None)
        for action in AuditAction:
            self.action_filter.addItem(label(action), action)
        self.search = QLineEdit()
        self.search.setObjectName("auditSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search values, record numbers or names"))
        self.count_label = QLabel()
        self.count_label.setObjectName("auditCount")
        self.clear_button = QPushButton(icon("funnel-x"), self.tr("Clear filters"))
        self.record_label = QLabel()
        self.record_label.setObjectName("auditRecord")
        self.all_records_button = QPushButton(self.tr("Show all records"))

    def _make_detail(self) -> None:
        self.detail_title = QLabel()
        self.detail_title.setObjectName("auditDetailTitle")
        self.detail_title.setStyleSheet("font-weight: bold;")
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields = QTableWidget(0, 3)
        self.fields.setObjectName("auditFields")
        self.fields.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Before"), self.tr("After")]
        )
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.verticalHeader().hide()
        self.fields.verticalHeader().setDefaultSectionSize(24)
        header = self.fields.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.history_button = QPushButton(icon("history"), self.tr("History of this record"))

    def _build(self) -> None:
        # Three short rows rather than one long one: the window fits 640 pixels.
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.staff_filter, self.table_filter, self.action_filter):
            filters.addWidget(squeezable(combo, 6), 1)
        days = QHBoxLayout()
        days.addWidget(self.days)
        days.addStretch(1)
        record = QHBoxLayout()
        self.record_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        record.addWidget(self.record_label, 1)
        record.addWidget(self.all_records_button)
        record.addStretch()  # takes the room while no record is chosen
        record.addWidget(self.count_label)
        record.addWidget(self.clear_button)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 4, 0, 0)
        title = QHBoxLayout()
        title.addWidget(self.detail_title, 1)
        title.addWidget(self.history_button)
        detail_layout.addLayout(title)
        detail_layout.addWidget(self.fields, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([500, 220])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(days)
        layout.addLayout(record)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self._search_timer = search_timer(self.search, self.apply_filters)
        self.search.returnPressed.connect(self.apply_filters)
        self.days.changed.connect(self.apply_filters)
        for combo in (self.staff_filter, self.table_filter, self.action_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.clear_button.clicked.connect(self.clear_filters)
        self.all_records_button.clicked.connect(lambda: self.show_record(None))
        self.history_button.clicked.connect(self._history_of_selected)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._after_reset)
        self.model.counted.connect(self._show_count)
        on_choice(self.table, self._row_chosen)

    # --- filters --------------------------------------------------------------

    def current_query(self) -> AuditQuery:
        start, end = self.days.days()
        table, record_id = self.record or (self.table_filter.currentData(), None)
        return AuditQuery(
            start=start,
            end=end,
            username=self.staff_filter.currentData(),
            table=table,
            record_id=record_id,
            action=self.action_filter.currentData(),
            text=self.search.text().strip(),
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        query = self.current_query()
        if query != self.model.query:
            self.model.set_query(query)

    def clear_filters(self) -> None:
        for widget in (self.days, self.staff_filter, self.table_filter, self.action_filter):
            widget.blockSignals(True)
        self.days.clear()
        for combo in (self.staff_filter, self.table_filter, self.action_filter):
            combo.setCurrentIndex(0)
        for widget in (self.days, self.staff_filter, self.table_filter, self.action_filter):
            widget.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.show_record(None)

    def show_record(self, record: tuple[str, str] | None) -> None:
        """Narrow the list to one record's history (None: every record)."""
        self.record = record
        self.table_filter.setEnabled(record is None)
        self.apply_filters()

    def fill_staff(self, staff: list[StaffName]) -> None:
        fill_staff(self.staff_filter, staff, self.tr("All staff"))

    def _history_of_selected(self) -> None:
        row = self.selected_row()
        if row is not None and not row.bulk:
            self.show_record((row.table_name, row.record_id))

    # --- list and detail ----------------------------------------------------------

    def selected_row(self) -> AuditRow | None:
        row = chosen_row(self.table)
        return self.model.row_at(row) if row is not None else None

    def _after_reset(self) -> None:
        self._show_count()
        self._show_record_label()
        wanted, self._reselect = self._reselect, None
        row = None if wanted is None else self.model.row_of(wanted)
        if row is None:
            self._show_detail(None)
        else:
            self.table.selectRow(row)

    def _show_count(self) -> None:
        """How many changes the filters find ("200+ changes" while a search counts them)."""
        model = self.model
        if model.total == 1 and model.total_known:
            self.count_label.setText(self.tr("1 change"))
        else:
            self.count_label.setText(self.tr("{0} changes").format(model.total_text()))

    def _remember_selection(self) -> None:
        selected = self.selected_row()
        self._reselect = selected.id if selected else None

    def _show_record_label(self) -> None:
        shown = self.record is not None
        self.record_label.setVisible(shown)
        self.all_records_button.setVisible(shown)
        if self.record is not None:
            table, record_id = self.record
            named = next((r for r in self._loaded() if r.record_id == record_id), None)
            text = record_text(named) if named else f"{table_name(table)} (#{record_id})"
            self.record_label.setText(self.tr("History of {0}").format(text))

    def _loaded(self) -> list[AuditRow]:
        return [self.model.row_at(i) for i in range(self.model.rowCount())]

    def _row_chosen(self, row: int | None) -> None:
        self._show_detail(self.model.row_at(row) if row is not None else None)

    def _show_detail(self, row: AuditRow | None) -> None:
        self.history_button.setEnabled(row is not None and not row.bulk and self.record is None)
        if row is None:
            self.detail_title.setText(self.tr("No change selected"))
            self.fields.setRowCount(0)
            return
        parts = [when(row.at), row.staff_name, label(row.action), record_text(row)]
        self.detail_title.setText(" · ".join(parts))
        self.fields.setRowCount(len(row.changes))
        for number, change in enumerate(row.changes):
            old = value_text(row.table_name, change.field, change.old)
            new = value_text(row.table_name, change.field, change.new)
            cells = (field_name(change.field), old if change.paired else "", new)
            for column, text in enumerate(cells):
                self.fields.setItem(number, column, QTableWidgetItem(text))


class ExportPanel(QWidget):
    """The export log: who wrote which file when, masked or not, and why."""

    def __init__(self, service: AuditViewService, today: date) -> None:
        super().__init__()
        self.service = service
        self.model = ExportTableModel(service, self)
        self.days = DayRange(today)
        self.staff_filter = QComboBox()
        self.staff_filter.setObjectName("exportStaff")
        self.count_label = QLabel()
        self.count_label.setObjectName("exportCount")
        self.table = list_view(self.model, "exportTable", (130, 110, 150, 300, 60, 200))
        self.parameters = QLabel()
        self.parameters.setWordWrap(True)
        self.parameters.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        filters = QHBoxLayout()
        filters.addWidget(self.days)
        filters.addWidget(squeezable(self.staff_filter, 6), 1)
        below = QHBoxLayout()
        below.addWidget(self.parameters, 1)
        below.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)
        self.days.changed.connect(self.apply_filters)
        self.staff_filter.currentIndexChanged.connect(self.apply_filters)
        self.model.modelReset.connect(self._after_reset)
        on_choice(self.table, self._row_chosen)

    def current_query(self) -> ExportQuery:
        start, end = self.days.days()
        return ExportQuery(start=start, end=end, username=self.staff_filter.currentData())

    def apply_filters(self) -> None:
        query = self.current_query()
        if query != self.model.query:
            self.model.set_query(query)

    def fill_staff(self, staff: list[StaffName]) -> None:
        fill_staff(self.staff_filter, staff, self.tr("All staff"))

    def _after_reset(self) -> None:
        total = self.model.total
        self.count_label.setText(
            self.tr("1 export") if total == 1 else self.tr("{0} exports").format(f"{total:,}")
        )
        self.parameters.setText("")

    def _row_chosen(self, chosen: int | None) -> None:
        if chosen is None:
            self.parameters.setText("")
            return
        row = self.model.row_at(chosen)
        values = ", ".join(f"{export_parameter(key)}: {value}" for key, value in row.parameters)
        self.parameters.setText(self.tr("Parameters: {0}").format(values or "—"))


class AuditPage(QWidget):
    """감사 기록: the Changes tab and the Export log tab (managers and administrators)."""

    icon_name = "shield-check"  # its icon in the navigation

    roles = (StaffRole.MANAGER, StaffRole.ADMINISTRATOR)

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.service = AuditViewService(context.db, context.actor)
        today = context.today()
        self.changes = ChangesPanel(self.service, today)
        self.exports = ExportPanel(self.service, today)
        self._loaded = False
        self.tabs = QTabWidget()
        self.tabs.addTab(self.changes, self.tr("Changes"))
        self.tabs.addTab(self.exports, self.tr("Export log"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    @classmethod
    def title(cls) -> str:
        """The page's name in the navigation, known before the page is built."""
        return QCoreApplication.translate("AuditPage", "Audit trail")

    def refresh(self, topics: frozenset[str]) -> None:
        """Every change adds to the trail: reload whatever the topics."""
        self._loaded = True
        staff = self.service.staff()
        self.changes.fill_staff(staff)
        self.exports.fill_staff(staff)
        show_current(self.changes.model, self.changes.current_query())
        show_current(self.exports.model, self.exports.current_query())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        """The trail is read when the page is first shown, not when the window opens."""
        super().showEvent(event)
        if not self._loaded:
            self.refresh(frozenset())

    def new_record(self) -> None:
        """Read-only: nothing to add."""

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.changes)
        self.changes.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.changes.search.selectAll()


Q = TypeVar("Q", AuditQuery, ExportQuery)


def show_current(model: PagedTableModel[Q, Any], query: Q) -> None:
    """Reload ``model`` on ``query``, keeping as many rows as were loaded when the query
    is the one it shows."""
    if query == model.query:
        model.reload()
    else:
        model.set_query(query)
