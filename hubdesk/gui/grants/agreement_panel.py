"""What the money panels of one agreement (disbursements, settlement) share: the
agreement shown and a table of its records whose chosen row survives a refresh. The
grants page refreshes them after an edit, as it does its other parts (through
``show_agreement``); they do not listen to the edits themselves."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import QTableView, QWidget

from hubdesk.gui.common.records import Col, RecordsModel
from hubdesk.gui.common.views import list_table
from hubdesk.gui.context import PageContext


class AgreementPanel(QWidget):
    """Subclasses give ``_columns``, ``refresh`` (ending in ``_reselect``) and ``_enable``;
    ``current`` is the chosen record (with an ``id``), or None."""

    stretch_column = 1

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.agreement_id: int | None = None
        self.current: Any = None
        self.model = RecordsModel(self._columns(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        list_table(self.table, self.stretch_column)
        self.table.selectionModel().selectionChanged.connect(self._selected)

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
