"""The Budget tab of the Grants page: the budget lines of a year (or all years), the
chart of every year by source, and the programs with their edit buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.gui.common.filters import fill_years
from hubdesk.gui.common.views import list_table
from hubdesk.gui.context import PageContext
from hubdesk.gui.grants.budget_chart import BudgetChart, BudgetLegend
from hubdesk.gui.grants.models import BudgetTableModel, ProgramTableModel
from hubdesk.gui.icons import icon
from hubdesk.services.grants.agreements import GrantService
from hubdesk.services.grants.views import GrantViewService, budget_totals, summed


class BudgetTab(QWidget):
    """Budget, committed, paid, settled, returned and execution by program and source."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.views = GrantViewService(context.db, context.actor)
        self.grants = GrantService(context.db, context.actor)
        self.year_box = QComboBox()
        self.year_box.setObjectName("budgetYear")
        self.summary = QLabel()
        self.summary.setObjectName("budgetSummary")
        self.table = QTableView()
        self.table.setObjectName("budgetLines")
        self.model = BudgetTableModel(self)
        self.chart = BudgetChart()
        self.programs = QTableView()
        self.programs.setObjectName("programList")
        self.program_model = ProgramTableModel(self)
        self.new_program_button = QPushButton(icon("plus"), self.tr("New program…"))
        self.edit_program_button = QPushButton(icon("pencil"), self.tr("Edit program…"))
        self._build()
        self.year_box.currentIndexChanged.connect(lambda _index: self.load())
        self.programs.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected: self._update_buttons()
        )
        self._update_buttons()

    def _build(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Fiscal year")))
        bar.addWidget(self.year_box)
        bar.addSpacing(12)
        bar.addWidget(self.summary, 1)
        self.table.setModel(self.model)
        list_table(self.table, stretch_column=1)
        self.programs.setModel(self.program_model)
        list_table(self.programs, stretch_column=7)
        chart_box = QGroupBox(self.tr("Budget by year and source"))
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.addWidget(self.chart, 1)
        chart_layout.addWidget(BudgetLegend())
        program_box = QGroupBox(self.tr("Programs"))
        program_layout = QVBoxLayout(program_box)
        program_layout.addWidget(self.programs, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_program_button)
        buttons.addWidget(self.edit_program_button)
        buttons.addStretch(1)
        program_layout.addLayout(buttons)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(chart_box)
        bottom.addWidget(program_box)
        bottom.setSizes([560, 540])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(bottom)
        split.setSizes([170, 530])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    def fill_years(self) -> None:
        """The years with programs; today's year is chosen the first time."""
        years = self.views.budget_years()
        chosen = self.year_box.currentData() if self.year_box.count() else self._default(years)
        fill_years(self.year_box, self.tr("All years"), years, chosen)

    def _default(self, years: list[int]) -> int | None:
        today = self.context.today().year
        return today if today in years else (years[-1] if years else None)

    def year(self) -> int | None:
        value = self.year_box.currentData()
        return int(value) if value is not None else None

    def load(self) -> None:
        year = self.year()
        everything = self.views.budget()
        lines = [line for line in everything if year is None or line.fiscal_year == year]
        self.model.set_lines(lines)
        self.chart.set_totals(budget_totals(everything), year)
        total = summed(lines)
        rate = f"{total.execution_rate * 100:.1f}" if total.budget else "0"
        self.summary.setText(
            self.tr("Budget {0} won · executed {1} won ({2}%)").format(
                f"{total.budget:,}", f"{total.executed:,}", rate
            )
        )
        chosen = self.program_id()
        self.program_model.set_programs(self.grants.programs(year))
        row = self.program_model.row_of(chosen) if chosen is not None else None
        if row is not None:
            self.programs.selectRow(row)
        self._update_buttons()

    def program_id(self) -> int | None:
        rows = self.programs.selectionModel().selectedRows()
        if not rows or rows[0].row() >= self.program_model.rowCount():
            return None
        return self.program_model.id_at(rows[0].row())

    def _update_buttons(self) -> None:
        self.edit_program_button.setEnabled(self.program_id() is not None)
