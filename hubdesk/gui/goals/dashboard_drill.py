"""The records behind a dashboard figure: a table, or a chart of it by a column with few
values (e.g. amounts by funding source), and "Save as Excel…".

Built from the service's ``DrillRows``: the rows are exactly the records the figure
counts. Names of private persons are masked in the saved workbook.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.enums import (
    ConsultingField,
    ParticipantKind,
    PurchaseCategory,
    TeamKind,
    TeamStatus,
    TrainingCategory,
)
from hubdesk.domain.goals import DrillRows
from hubdesk.domain.masking import mask_name, mask_phone
from hubdesk.gui.common import table_xlsx
from hubdesk.gui.common.records import Col, RecordsModel
from hubdesk.gui.common.views import list_table
from hubdesk.gui.context import PageContext
from hubdesk.gui.goals import dashboard_text as text
from hubdesk.gui.goals.dashboard_charts import HBar, HBarChart
from hubdesk.gui.icons import icon
from hubdesk.gui.text.labels import label

Row = tuple[int, tuple[str, ...]]
# Columns whose cells are codes of these enums: shown by their names.
CODED: dict[str, tuple[type[StrEnum], ...]] = {
    "Kind": (TeamKind, ParticipantKind),
    "Status": (TeamStatus,),
    "Category": (TrainingCategory,),
    "Goods/services": (PurchaseCategory,),
    "Field": (ConsultingField,),
}
_NUMBER = re.compile(r"-?[\d,]+(\.\d+)?")
MAX_GROUPS = 15
MASKED = {"Name": mask_name, "Phone": mask_phone}


def numeric_columns(rows: Sequence[tuple[str, ...]], width: int) -> list[int]:
    """The columns whose every non-empty cell is a number (amounts, counts, hours)."""
    found = []
    for column in range(width):
        cells = [r[column] for r in rows if column < len(r) and r[column]]
        if cells and all(_NUMBER.fullmatch(c) for c in cells):
            found.append(column)
    return found


def group_column(rows: Sequence[tuple[str, ...]], width: int, numeric: list[int]) -> int | None:
    """The text column with the fewest distinct values (2 to MAX_GROUPS): what a chart
    of the rows groups by; None when no column fits."""
    best: tuple[int, int] | None = None
    for column in range(width):
        if column in numeric:
            continue
        distinct = len({r[column] for r in rows})
        if 2 <= distinct <= MAX_GROUPS and (best is None or distinct < best[0]):
            best = (distinct, column)
    return best[1] if best else None


def named(header: str, cell: str) -> str:
    """A code cell ("cooperative") by its translated name; other cells as they are."""
    for kind in CODED.get(header, ()):
        try:
            return label(kind(cell))
        except ValueError:
            continue
    return cell


def as_number(cell: str) -> float:
    try:
        return float(cell.replace(",", "")) if cell else 0.0
    except ValueError:
        return 0.0


class DrillDialog(QDialog):
    """One drill-down: its title, its rows, a chart/table toggle, and saving."""

    def __init__(
        self,
        context: PageContext,
        rows: DrillRows,
        title: str,
        parent: QWidget | None = None,
        chosen: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.drill = rows
        self.title = title
        self.setWindowTitle(title)
        self.numeric = numeric_columns(rows.rows, len(rows.headers))
        self.model = RecordsModel(self._columns(), self, key=lambda row: row[0])
        shown = [
            tuple(named(h, c) for h, c in zip(rows.headers, cells, strict=False))
            for cells in rows.rows
        ]
        self.rows = shown  # the cells as shown: the chart and the workbook use these
        self.model.set_rows(list(zip(rows.ids, shown, strict=True)))
        self.table = QTableView()
        self.table.setModel(self.model)
        list_table(self.table, stretch_column=max(len(rows.headers) - 1, 0))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.chart = HBarChart()
        self.views = QStackedWidget()
        self.views.addWidget(self.table)
        self.views.addWidget(self._chart_page())
        self.count = QLabel(self.tr("%n record(s)", "", len(rows.ids)))
        self.toggle = QPushButton(QCoreApplication.translate("Dashboard", "Chart"))
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self.show_chart)
        self.group = group_column(rows.rows, len(rows.headers), self.numeric)
        self.toggle.setEnabled(self.group is not None)
        self.save_button = QPushButton(
            icon("file-spreadsheet"), QCoreApplication.translate("Dashboard", "Save as Excel…")
        )
        self.save_button.clicked.connect(lambda _checked=False: self.save())
        self._lay_out()
        self._choose(chosen)
        self.resize(760, 480)

    def _columns(self) -> list[Col]:
        def cell(index: int) -> Col:
            return Col(
                text.header(self.drill.headers[index]),
                lambda row: row[1][index] if index < len(row[1]) else "",
                right=index in self.numeric,
            )

        return [cell(index) for index in range(len(self.drill.headers))]

    def _chart_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.chart_caption = QLabel()
        layout.addWidget(self.chart_caption)
        layout.addWidget(self.chart)
        layout.addStretch(1)
        return page

    def _lay_out(self) -> None:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.toggle)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.views, 1)
        layout.addWidget(buttons)

    def _choose(self, record_id: int | None) -> None:
        row = self.model.row_of(record_id) if record_id is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self.table.setFocus()

    # --- the chart ----------------------------------------------------------------------

    def chart_values(self) -> list[tuple[str, float]]:
        """The rows grouped by the chart's column: the last number column summed, else
        the rows counted; largest first."""
        if self.group is None:
            return []
        value_column = self.numeric[-1] if self.numeric else None
        sums: dict[str, float] = {}
        for cells in self.rows:
            add = as_number(cells[value_column]) if value_column is not None else 1.0
            sums[cells[self.group]] = sums.get(cells[self.group], 0.0) + add
        return sorted(sums.items(), key=lambda pair: -pair[1])

    def show_chart(self, on: bool) -> None:
        self.views.setCurrentIndex(1 if on else 0)
        self.toggle.setText(
            QCoreApplication.translate("Dashboard", "Table")
            if on
            else QCoreApplication.translate("Dashboard", "Chart")
        )
        if not on or self.group is None:
            return
        value_column = self.numeric[-1] if self.numeric else None
        measured = (
            text.header(self.drill.headers[value_column])
            if value_column is not None
            else QCoreApplication.translate("Dashboard", "Records")
        )
        self.chart_caption.setText(
            QCoreApplication.translate("Dashboard", "{0} by {1}").format(
                measured, text.header(self.drill.headers[self.group])
            )
        )
        self.chart.set_bars(
            [HBar(name, value, f"{value:,.0f}") for name, value in self.chart_values()]
        )

    # --- saving -------------------------------------------------------------------------

    def table_data(self) -> tuple[list[str], list[list[str]]]:
        """What the workbook holds: the headers as shown, personal names masked."""
        headers = [text.header(h) for h in self.drill.headers]
        maskers = [MASKED.get(h) for h in self.drill.headers]
        rows = [
            [
                m(cell) if m is not None and cell else cell
                for m, cell in zip(maskers, cells, strict=False)
            ]
            for cells in self.rows
        ]
        return headers, rows

    def save(self) -> Path | None:
        return table_xlsx.save_as_excel(
            self, self.context.ops, self.context.db.path, self.title, self.table_data
        )

    def _menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(
            icon("file-spreadsheet"),
            QCoreApplication.translate("Dashboard", "Save as Excel…"),
            self.save,
        )
        menu.exec(self.table.viewport().mapToGlobal(position))
