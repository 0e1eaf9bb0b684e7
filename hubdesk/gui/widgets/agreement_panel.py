"""What the money panels of one agreement (disbursements, settlement) share: the
agreement shown, a table of its records whose chosen row survives a refresh, and a
refresh whenever a grant edit is reported."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import QTableView, QWidget

from ..context import PageContext
from ..models.money import Col, RecordsModel
from ..operations import GRANTS
from .views import list_table


class AgreementPanel(QWidget):
    """Subclasses give ``_columns``, ``refresh`` (ending in ``_reselect``) and ``_enable``;
    ``current`` is the chosen record (with an ``id``), or None."""

    stretch_column = 1

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = ctx
        self.agreement_id: int | None = None
        self.current: Any = None
        self.model = RecordsModel(self._columns(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        list_table(self.table, self.stretch_column)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        ctx.ops.changed.connect(self._changed)

    def _columns(self) -> list[Col]:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def _enable(self) -> None:
        raise NotImplementedError

    def show_agreement(self, agreement_id: int | None) -> None:
        """Show an agreement's records; None empties the panel."""
        if agreement_id != self.agreement_id:
            self.current = None
        self.agreement_id = agreement_id
        self.refresh()

    def _changed(self, topics: frozenset[str]) -> None:
        if not topics or GRANTS in topics:
            self.refresh()

    def _reselect(self) -> None:
        """Choose again the record chosen before the refresh, if it is still listed."""
        chosen, self.current = self.current, None
        row = self.model.row_of(chosen.id) if chosen is not None else None
        if row is not None:
            self.current = self.model.record(row)
            self.table.selectRow(row)
        self._enable()

    def _selected(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = selected.indexes()
        if rows:
            self.current = self.model.record(rows[0].row())
            self._enable()
