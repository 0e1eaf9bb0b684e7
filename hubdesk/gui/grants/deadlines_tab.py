"""Settlement deadlines: the agreements whose settlement is late (opened or not), and
those due within 30 days. Double-click or Enter on a row chooses its agreement."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QGroupBox, QSplitter, QTableView, QVBoxLayout, QWidget

from hubdesk.domain.records import OverdueItem
from hubdesk.gui.common.records import RED, Col, RecordsModel, amount
from hubdesk.gui.common.views import list_table
from hubdesk.gui.context import PageContext
from hubdesk.gui.text.labels import day
from hubdesk.services.grants.settlements import SettlementService

SOON_DAYS = 30


def agreement_of(item: OverdueItem) -> int:
    return item.agreement_id


class OverdueSettlements(QWidget):
    agreement_chosen = Signal(int)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = SettlementService(context.db, context.actor)
        # one row an agreement, standing for the agreement
        self.late_model = RecordsModel(self._columns(), self, key=agreement_of)
        self.soon_model = RecordsModel(self._columns(), self, key=agreement_of)
        self.late = self._table(self.late_model)
        self.soon = self._table(self.soon_model)
        self.late_box = QGroupBox()
        self.soon_box = QGroupBox()
        self._build()

    def _columns(self) -> list[Col]:
        return [
            Col(self.tr("Agreement"), lambda i: i.agreement_number),
            Col(self.tr("Team"), lambda i: i.team_name),
            Col(self.tr("Period end"), lambda i: day(i.end_date)),
            Col(self.tr("Deadline"), lambda i: day(i.due_date)),
            Col(self.tr("Days"), self._days_text, right=True, colour=self._days_colour),
            Col(self.tr("Settlement"), self._settlement_text),
            Col(self.tr("Paid"), lambda i: amount(i.paid), right=True),
            Col(self.tr("Owed"), lambda i: amount(i.owed), right=True),
        ]

    def _table(self, model: RecordsModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        list_table(view, 1)
        view.doubleClicked.connect(lambda index, m=model: self._choose(m, index))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda v=view, m=model: self._choose(m, v.currentIndex()))
        return view

    def _build(self) -> None:
        for box, view in ((self.late_box, self.late), (self.soon_box, self.soon)):
            inner = QVBoxLayout(box)
            inner.addWidget(view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.late_box)
        splitter.addWidget(self.soon_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _days_text(self, item: OverdueItem) -> str:
        if item.days_late > 0:
            return self.tr("{0} days late").format(item.days_late)
        return self.tr("{0} days left").format(item.days_left)

    @staticmethod
    def _days_colour(item: OverdueItem) -> QColor | None:
        return RED if item.days_late > 0 else None

    def _settlement_text(self, item: OverdueItem) -> str:
        return self.tr("Open") if item.settlement_id is not None else self.tr("Not opened")

    def refresh(self) -> None:
        """Read the lists (the grants page calls this when the tab is shown after a change)."""
        today = self.context.today()
        late, soon = self.service.deadlines(today, SOON_DAYS)
        # The titles first: set after the rows, they fit the columns to the rows again.
        self.late_box.setTitle(self.tr("Overdue settlements ({0})").format(len(late)))
        self.soon_box.setTitle(self.tr("Due within {0} days ({1})").format(SOON_DAYS, len(soon)))
        self.late_model.set_rows(late)
        self.soon_model.set_rows(soon)

    def _choose(self, model: RecordsModel, index: QModelIndex) -> None:
        item = model.record(index.row()) if index.isValid() else None
        if item is not None:
            self.agreement_chosen.emit(item.agreement_id)
