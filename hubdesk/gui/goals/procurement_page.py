"""Public procurement (공공구매): the departments' targets against what they bought, the
running total by month, the share by enterprise kind, and the purchases of a year.

Targets are set by administrators (the service refuses the others; their button is
disabled). Purchases are recorded by any staff member. "Save as Excel…" writes the
departments' report (each year's results and next year's plan) in the background.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.enums import StaffRole, TeamKind
from hubdesk.domain.goals import (
    DepartmentProcurement,
    MonthFigure,
    PurchaseRecord,
    elapsed_share,
)
from hubdesk.gui.common.bar_chart import BarChart, ChartBar
from hubdesk.gui.common.desktop import offer_to_open
from hubdesk.gui.common.editing import HoldsDialog
from hubdesk.gui.common.filters import search_timer, squeezable
from hubdesk.gui.common.records import RED, Col, RecordsModel, amount
from hubdesk.gui.common.views import chosen_row, list_table, on_choice, scrolled
from hubdesk.gui.context import PageContext
from hubdesk.gui.goals.procurement_dialogs import PurchaseDialog, TargetDialog
from hubdesk.gui.goals.report_task import FileTask, ask_save_path, documents_folder
from hubdesk.gui.icons import icon
from hubdesk.gui.text.labels import day, label, won
from hubdesk.gui.topics import GOALS
from hubdesk.services.goals.procurement import ProcurementService

SHOWN_TOPICS = frozenset({GOALS})
YEARS_BACK, YEARS_AHEAD = 4, 1


def percent_text(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}%"


class DepartmentModel(RecordsModel):
    """A department a row; its % is red when behind the year's pace (the target × the
    share of the year gone by)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((), parent, key=lambda row: hash(row.department))
        self.pace = 1.0  # the share of the shown year gone by
        self.columns = (
            Col(self.tr("Department"), lambda d: d.department),
            Col(self.tr("Target"), lambda d: amount(d.target), True),
            Col(self.tr("Bought"), lambda d: amount(d.actual), True),
            Col(self.tr("Achieved"), lambda d: percent_text(d.percent), True, colour=self.behind),
            Col(self.tr("Next year's target"), lambda d: amount(d.next_year_target), True),
        )

    def behind(self, row: DepartmentProcurement) -> QColor | None:
        return RED if row.percent is not None and row.percent < 100 * self.pace else None


class PurchaseModel(RecordsModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((), parent)
        self.columns = (
            Col(self.tr("Date"), lambda p: day(p.purchased_on)),
            Col(self.tr("Department"), lambda p: p.department),
            Col(
                self.tr("Enterprise"), lambda p: p.enterprise_name, tip=lambda p: p.enterprise_name
            ),
            Col(self.tr("Kind"), lambda p: label(p.enterprise_kind)),
            Col(self.tr("Category"), lambda p: label(p.category)),
            Col(self.tr("Amount"), lambda p: amount(p.amount), True),
            Col(self.tr("Evidence"), lambda p: p.evidence, tip=lambda p: p.evidence),
        )


class ProcurementPage(QWidget, HoldsDialog):
    """Targets and purchases of a year, by department, month and enterprise kind."""

    icon_name = "banknote"  # its icon in the navigation

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.dialog: QDialog | None = None
        self.service = ProcurementService(context.db, context.actor)
        self.stale = True
        self.file_task: FileTask | None = None
        self.departments = DepartmentModel(self)
        self.purchases = PurchaseModel(self)
        self._make_widgets()
        self._build()
        self._connect()

    @classmethod
    def title(cls) -> str:
        """The page's name in the navigation, known before the page is built."""
        return QCoreApplication.translate("ProcurementPage", "Procurement")

    # --- widgets -------------------------------------------------------------------------

    def _make_widgets(self) -> None:
        self.year_box = squeezable(QComboBox(), 6)
        self.year_box.setObjectName("procurementYear")
        this_year = self.context.today().year
        for year in range(this_year - YEARS_BACK, this_year + YEARS_AHEAD + 1):
            self.year_box.addItem(str(year), year)
        self.year_box.setCurrentIndex(self.year_box.findData(this_year))
        self.summary = QLabel()
        self.summary.setObjectName("procurementSummary")
        self.excel_button = QPushButton(icon("file-spreadsheet"), self.tr("Save as Excel…"))
        self.department_view = QTableView()
        self.department_view.setObjectName("departmentTable")
        self.department_view.setModel(self.departments)
        list_table(self.department_view, stretch_column=0)
        self.target_button = QPushButton(icon("pencil"), self.tr("Set target…"))
        if self.context.actor.role != StaffRole.ADMINISTRATOR:
            self.target_button.setEnabled(False)
            self.target_button.setToolTip(self.tr("Only administrators set the targets."))
        self.monthly_chart = BarChart()
        self.monthly_chart.setObjectName("monthlyChart")
        self.kind_chart = BarChart()
        self.kind_chart.setObjectName("kindChart")
        self.department_filter = squeezable(QComboBox(), 10)
        self.department_filter.setObjectName("purchaseDepartmentFilter")
        self.search_box = QLineEdit()
        self.search_box.setObjectName("purchaseSearch")
        self.search_box.setPlaceholderText(self.tr("Search enterprise, department or evidence"))
        self.search_box.setClearButtonEnabled(True)
        self.purchase_view = QTableView()
        self.purchase_view.setObjectName("purchaseList")
        self.purchase_view.setModel(self.purchases)
        list_table(self.purchase_view, stretch_column=2)
        self.new_button = QPushButton(icon("plus"), self.tr("New purchase…"))
        self.edit_button = QPushButton(icon("pencil"), self.tr("Edit purchase…"))
        self.remove_button = QPushButton(icon("x"), self.tr("Remove purchase"))

    def _build(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year")))
        bar.addWidget(self.year_box)
        bar.addSpacing(12)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.excel_button)
        departments = QGroupBox(self.tr("By department"))
        column = QVBoxLayout(departments)
        column.addWidget(self.department_view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.target_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        charts = QWidget()
        chart_column = QVBoxLayout(charts)
        chart_column.setContentsMargins(0, 0, 0, 0)
        for caption, chart in (
            (self.tr("Running total by month (% of the year's target)"), self.monthly_chart),
            (self.tr("Share by enterprise kind"), self.kind_chart),
        ):
            box = QGroupBox(caption)
            QVBoxLayout(box).addWidget(chart)
            chart_column.addWidget(box, 1)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(departments)
        top.addWidget(charts)
        top.setSizes([560, 520])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self._purchases_box())
        split.setSizes([330, 340])
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(split, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(scrolled(body), 1)  # a small window scrolls, never grows

    def _purchases_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Purchases"))
        column = QVBoxLayout(box)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Department")))
        filters.addWidget(self.department_filter)
        filters.addWidget(self.search_box, 1)
        filters.addWidget(self.new_button)
        filters.addWidget(self.edit_button)
        filters.addWidget(self.remove_button)
        column.addLayout(filters)
        column.addWidget(self.purchase_view, 1)
        return box

    def _connect(self) -> None:
        self.year_box.currentIndexChanged.connect(lambda _i: self.load())
        self.department_filter.currentIndexChanged.connect(lambda _i: self.load_purchases())
        self.search_timer = search_timer(self.search_box, self.load_purchases)
        on_choice(self.purchase_view, lambda _row: self._enable())
        self.purchase_view.doubleClicked.connect(lambda _index: self.edit_purchase())
        self.department_view.doubleClicked.connect(lambda _index: self.set_target())
        self.target_button.clicked.connect(lambda _c=False: self.set_target())
        self.new_button.clicked.connect(lambda _c=False: self.new_record())
        self.edit_button.clicked.connect(lambda _c=False: self.edit_purchase())
        self.remove_button.clicked.connect(lambda _c=False: self.remove_purchase())
        self.excel_button.clicked.connect(lambda _c=False: self.save_excel())

    # --- Page protocol -----------------------------------------------------------------

    def refresh(self, topics: frozenset[str]) -> None:
        if topics and not topics & SHOWN_TOPICS:
            return
        self.stale = True
        if self.isVisible():
            self.load()

    def new_record(self) -> None:
        """Ctrl+N: a new purchase."""
        self._open(PurchaseDialog(self.context, self.department_names(), self))

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if self.stale:
            self.load()

    # --- loading -------------------------------------------------------------------------

    def year(self) -> int:
        return int(self.year_box.currentData())

    def show_year(self, year: int, department: str | None = None) -> None:
        """Show ``year`` (added to the choice if outside it), its purchases of
        ``department`` (None: all): a dashboard drill-down."""
        if self.year_box.findData(year) < 0:
            self.year_box.addItem(str(year), year)
        self.year_box.blockSignals(True)
        self.year_box.setCurrentIndex(self.year_box.findData(year))
        self.year_box.blockSignals(False)
        self.load()
        self.department_filter.setCurrentIndex(max(self.department_filter.findData(department), 0))

    def load(self) -> None:
        self.stale = False
        year = self.year()
        rows = self.service.by_department(year)
        self.departments.pace = elapsed_share(year, self.context.today())
        self.departments.set_rows(rows)
        self._fill_department_filter(rows)
        target, bought = sum(r.target for r in rows), sum(r.actual for r in rows)
        share = percent_text(100 * bought / target if target else None) or "—"
        self.summary.setText(
            self.tr("Target {0} · bought {1} ({2})").format(won(target), won(bought), share)
        )
        self.monthly_chart.set_bars(self._month_bars(self.service.monthly_running(year)))
        self.kind_chart.set_bars(self._kind_bars(self.service.by_kind(year)))
        self.load_purchases()

    def _fill_department_filter(self, rows: list[DepartmentProcurement]) -> None:
        chosen = self.department_filter.currentData()
        self.department_filter.blockSignals(True)
        self.department_filter.clear()
        self.department_filter.addItem(self.tr("All departments"), None)
        for row in rows:
            self.department_filter.addItem(row.department, row.department)
        self.department_filter.setCurrentIndex(max(self.department_filter.findData(chosen), 0))
        self.department_filter.blockSignals(False)

    def _month_bars(self, months: list[MonthFigure]) -> list[ChartBar]:
        """Each month's running total against the year's target; months still to come
        (of the current year) are left out."""
        today = self.context.today()
        last = months[-1].value if months else 0
        bars = []
        for month in months:
            if (self.year(), month.month) > (today.year, today.month):
                break
            of = month.of or last
            tip = self.tr("Bought by the end of month {0}: {1}").format(
                month.month, won(month.value)
            )
            if month.of:
                tip += "\n" + self.tr("Target of the year: {0}").format(won(month.of))
            current = (self.year(), month.month) == (today.year, today.month)
            bars.append(
                ChartBar(
                    self.tr("M{0}").format(month.month),
                    month.value / of if of else 0.0,
                    tip,
                    current,
                )
            )
        return bars

    def _kind_bars(self, kinds: list[tuple[TeamKind, int]]) -> list[ChartBar]:
        total = sum(value for _kind, value in kinds)
        return [
            ChartBar(label(kind), value / total if total else 0.0, f"{label(kind)}: {won(value)}")
            for kind, value in kinds
        ]

    def load_purchases(self) -> None:
        chosen = self.purchase()
        department = self.department_filter.currentData()
        rows = self.service.purchases(self.year(), department, self.search_box.text().strip())
        self.purchases.set_rows(rows)
        row = self.purchases.row_of(chosen.id) if chosen is not None else None
        if row is not None:
            self.purchase_view.selectRow(row)
        self._enable()

    def department_names(self) -> list[str]:
        return [row.department for row in self.departments.rows]

    def purchase(self) -> PurchaseRecord | None:
        row = chosen_row(self.purchase_view)
        record = self.purchases.record(row) if row is not None else None
        return record if isinstance(record, PurchaseRecord) else None

    def department(self) -> DepartmentProcurement | None:
        row = chosen_row(self.department_view)
        record = self.departments.record(row) if row is not None else None
        return record if isinstance(record, DepartmentProcurement) else None

    def _enable(self) -> None:
        chosen = self.purchase() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    # --- actions -------------------------------------------------------------------------

    def set_target(self) -> None:
        if not self.target_button.isEnabled():
            return
        chosen = self.department()
        name = chosen.department if chosen is not None else ""
        self._open(TargetDialog(self.context, self.year(), self.department_names(), self, name))

    def edit_purchase(self) -> None:
        chosen = self.purchase()
        if chosen is not None:
            record = self.service.purchase(chosen.id)
            self._open(PurchaseDialog(self.context, self.department_names(), self, record))

    def remove_purchase(self) -> None:
        chosen = self.purchase()
        if chosen is None:
            return
        question = self.tr("Remove the purchase from {0} of {1}?").format(
            chosen.enterprise_name, won(chosen.amount)
        )
        if not self._confirm(question):
            return
        service = self.service
        self.context.ops.run(
            self.tr("Remove purchase from {0}").format(chosen.enterprise_name),
            lambda: service.remove_purchase(chosen.id, chosen.version),
        )

    def _confirm(self, question: str) -> bool:
        """Ask before a removal (tests answer in the person's place)."""
        answer = QMessageBox.question(self, self.title(), question)
        return answer == QMessageBox.StandardButton.Yes

    def save_excel(self) -> FileTask | None:
        """The departments' report of the year as XLSX, written in the background."""
        if self.file_task is not None:
            return None
        year = self.year()
        suggested = documents_folder() / self.tr("Public procurement {0}.xlsx").format(year)
        path = self._ask_path(suggested)
        if path is None:
            return None
        from hubdesk.services.goals.report_files import save_procurement_xlsx

        db, actor, today = self.context.db, self.context.actor, self.context.today()
        task = FileTask(
            self,
            self.tr("Writing the procurement report…"),
            lambda: save_procurement_xlsx(db, actor, year, path, today),
        )
        task.saved.connect(self._saved)
        task.failed.connect(self.context.ops.report_error)
        task.destroyed.connect(self._task_gone)
        self.file_task = task.start()
        return task

    def _ask_path(self, suggested: Path) -> Path | None:
        return ask_save_path(self, self.tr("Save as Excel"), suggested, "Excel (*.xlsx)")

    def _saved(self, path: Path) -> None:
        offer_to_open(path, self, self.context.ops.report_error)

    def _task_gone(self) -> None:
        self.file_task = None

    def chosen(self) -> int | None:
        chosen = self.purchase()
        return chosen.id if chosen is not None else None

    def choose(self, record: object) -> None:
        if isinstance(record, int):
            row = self.purchases.row_of(record)
            if row is not None:
                self.purchase_view.selectRow(row)
