"""The yearly targets of the district's goals, for every year of the plan (administrators).

A grid: one row per goal, one column per year of the term. Each cell takes what an
office types: the rate as a whole percent (78, 78%), people as a count (1,200명), money
with the won editor's rules (4억 1,700만, 417,000,000원). An empty cell has no target.
OK saves every change in ONE transaction (``GoalService.set_targets``) with one undo
step; Cancel changes nothing.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from hubdesk.domain.enums import TargetMetric
from hubdesk.domain.goals import UNITS, GoalUnit
from hubdesk.gui.common.editing import PROBLEM_STYLE, OperationDialog, hint_label, open_dialog
from hubdesk.gui.common.won_edit import WonEdit
from hubdesk.gui.context import PageContext
from hubdesk.gui.text.labels import label
from hubdesk.services.goals.goals import GoalService

Key = tuple[int, TargetMetric]
MAX_PEOPLE = 10_000_000
METRICS = (
    TargetMetric.OPERATION_RATE,
    TargetMetric.PEOPLE_TRAINED,
    TargetMetric.PEOPLE_TRAINED_TERM,
    TargetMetric.BUDGET_EXECUTION,
    TargetMetric.BUDGET_CITY,
    TargetMetric.BUDGET_DISTRICT,
    TargetMetric.PUBLIC_PROCUREMENT,
)
_SUFFIXES = re.compile(r"\s*(%|퍼센트|명|人)\s*$")


def read_count(text: str, maximum: int) -> int | None | str:
    """``"1,200명"`` → 1200, ``""`` → None; a refusal is returned as "bad"."""
    plain = _SUFFIXES.sub("", text.strip()).replace(",", "").replace(" ", "")
    if not plain:
        return None
    if not plain.isdigit() or int(plain) > maximum:
        return "bad"
    return int(plain)


class CountEdit(QLineEdit):
    """A whole number of people or percent; ``changed`` when its value changes."""

    changed = Signal()

    def __init__(self, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.maximum = maximum
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.textChanged.connect(self._edited)

    def value(self) -> int | None:
        read = read_count(self.text(), self.maximum)
        return read if isinstance(read, int) else None

    def refused(self) -> bool:
        return read_count(self.text(), self.maximum) == "bad"

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else f"{value:,}")

    def _edited(self, _text: str) -> None:
        self.setStyleSheet(PROBLEM_STYLE if self.refused() else "")
        self.changed.emit()


Cell = CountEdit | WonEdit


def cell_for(metric: TargetMetric) -> Cell:
    unit = UNITS[metric]
    if unit is GoalUnit.WON:
        return WonEdit(None, optional=True)
    return CountEdit(100 if unit is GoalUnit.PERCENT else MAX_PEOPLE)


class TargetsDialog(OperationDialog):
    """Every goal × every year of the plan's term."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.service = GoalService(context.db, context.actor)
        self.first, self.last = self.service.term()
        self.stored = self.service.targets(self.first, self.last)
        self.by_departments = self.service.department_target_years(self.first, self.last)
        self.setWindowTitle(self.tr("Yearly targets {0}–{1}").format(self.first, self.last))
        self.cells: dict[Key, Cell] = {}
        self.grid = QGridLayout()
        self._build()
        self.check()

    def years(self) -> range:
        return range(self.first, self.last + 1)

    def _build(self) -> None:
        for column, year in enumerate(self.years(), start=1):
            heading = QLabel(str(year))
            heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(heading, 0, column)
        for row, metric in enumerate(METRICS, start=1):
            self.grid.addWidget(QLabel(f"{label(metric)} ({self._unit(metric)})"), row, 0)
            for column, year in enumerate(self.years(), start=1):
                self.grid.addWidget(self._cell(year, metric), row, column)
        note = hint_label(
            self.tr(
                "Type the rate in percent (78), people as a count (1,200) and money as an "
                "office writes it (4억 1,700만). The term's people are counted on its last "
                "year. An empty cell has no target."
            )
        )
        holder = QWidget()
        holder.setLayout(self.grid)
        self.form.addRow(holder)
        self.finish_layout(note)
        self.setMinimumWidth(860)

    def _unit(self, metric: TargetMetric) -> str:
        unit = UNITS[metric]
        if unit is GoalUnit.PERCENT:
            return "%"
        return self.tr("people") if unit is GoalUnit.PEOPLE else self.tr("won")

    def _cell(self, year: int, metric: TargetMetric) -> Cell:
        cell = cell_for(metric)
        cell.setObjectName(f"target_{metric.value}_{year}")
        stored = self.stored.get((year, metric))
        if isinstance(cell, WonEdit):
            cell.setValue(stored)
            cell.valueChanged.connect(lambda _v: self.check())
            cell.refusalChanged.connect(self.check)
        else:
            cell.set_value(stored)
            cell.changed.connect(self.check)
        if metric is TargetMetric.PEOPLE_TRAINED_TERM and year != self.last:
            cell.setEnabled(False)
            cell.setToolTip(self.tr("The term's people are counted on its last year."))
        if metric is TargetMetric.PUBLIC_PROCUREMENT and year in self.by_departments:
            cell.setEnabled(False)
            cell.setToolTip(
                self.tr("The sum of the departments' targets: change them on Procurement.")
            )
        self.cells[(year, metric)] = cell
        return cell

    def refused_cell(self) -> Key | None:
        for key, cell in self.cells.items():
            if isinstance(cell, WonEdit) and cell.refusal() is not None and cell.text().strip():
                return key
            if isinstance(cell, CountEdit) and cell.refused():
                return key
        return None

    def changes(self) -> dict[Key, int | None]:
        """The cells whose value differs from what is stored."""
        typed = {key: cell.value() for key, cell in self.cells.items() if cell.isEnabled()}
        return {key: value for key, value in typed.items() if value != self.stored.get(key)}

    def check(self) -> None:
        refused = self.refused_cell()
        if refused is None:
            self.show_problem(None)
            self.ok_button().setEnabled(True)
            return
        year, metric = refused
        self.show_problem(
            self.tr("{0}, {1}: not a number HubDesk can read.").format(label(metric), year)
        )
        self.ok_button().setEnabled(False)

    def submit(self) -> None:
        if self.refused_cell() is not None:
            return
        changes = self.changes()
        if not changes:
            self.accept()
            return
        before = {key: self.stored.get(key) for key in changes}
        service = self.service
        self.run_edit(
            self.tr("Yearly targets ({0} changed)").format(len(changes)),
            lambda: service.set_targets(changes, read=before),
            undo=lambda _done: service.set_targets(before, read=changes),
        )


def open_targets(context: PageContext, parent: QWidget | None = None) -> TargetsDialog:
    """Show the targets editor without blocking (the File menu)."""
    return open_dialog(TargetsDialog(context, parent))
