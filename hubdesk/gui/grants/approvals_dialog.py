"""내 결재 대기: the disbursements, reversals and settlements waiting for my decision.

Opened from the toolbar, the status bar's count and the first page. A row opens its
agreement on the Grants page (double-click, Enter or "Open the agreement"), where the decision is
taken with its own confirmation; the list itself decides nothing.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.gui.common.records import Col, RecordsModel, amount
from hubdesk.gui.common.views import chosen_row, list_table, on_choice
from hubdesk.gui.context import PageContext
from hubdesk.gui.icons import icon
from hubdesk.gui.text.noop import QT_TRANSLATE_NOOP
from hubdesk.services.grants.approvals import ApprovalItem, ApprovalKind, ApprovalService

KIND_NAMES = {
    ApprovalKind.DISBURSEMENT: QT_TRANSLATE_NOOP("ApprovalsDialog", "Payment"),
    ApprovalKind.REVERSAL: QT_TRANSLATE_NOOP("ApprovalsDialog", "Payment reversal"),
    ApprovalKind.SETTLEMENT: QT_TRANSLATE_NOOP("ApprovalsDialog", "Settlement expenses"),
}


def _day(value: datetime | date | None) -> str:
    if value is None:
        return ""
    return f"{value:%Y-%m-%d}"


class ApprovalsDialog(QDialog):
    """The inbox; ``agreement_chosen`` carries the agreement a row belongs to."""

    agreement_chosen = Signal(int)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Waiting for my approval"))
        self.setWindowIcon(icon("stamp"))
        self.resize(860, 420)
        self.summary = QLabel()
        self.summary.setObjectName("approvalSummary")
        self.model = RecordsModel(self._columns(), self, key=lambda item: item.agreement_id)
        self.table = QTableView()
        self.table.setObjectName("approvalTable")
        self.table.setModel(self.model)
        list_table(self.table, 2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(icon("hand-coins"), self.tr("Open the agreement"))
        self.open_button.setObjectName("openAgreement")
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(lambda _checked=False: self.open_chosen())
        self.table.doubleClicked.connect(lambda _index: self.open_chosen())
        self.table.activated.connect(lambda _index: self.open_chosen())  # Enter; a double-click
        on_choice(self.table, lambda row: self.open_button.setEnabled(row is not None))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.load()

    def _columns(self) -> list[Col]:
        return [
            Col(self.tr("Kind"), lambda item: self.tr(KIND_NAMES[item.kind])),
            Col(self.tr("Agreement"), lambda item: item.agreement_number),
            Col(self.tr("Enterprise"), lambda item: item.team_name, tip=lambda i: i.team_name),
            Col(self.tr("What"), self._what),
            Col(self.tr("Amount (won)"), lambda item: amount(item.amount), right=True),
            Col(self.tr("Requested by"), lambda item: item.requester),
            Col(self.tr("Since / due"), self._since),
        ]

    def _what(self, item: ApprovalItem) -> str:
        if item.kind is ApprovalKind.SETTLEMENT:
            return self.tr("%n expense(s) undecided", "", item.count)
        return item.what

    def _since(self, item: ApprovalItem) -> str:
        if item.kind is ApprovalKind.SETTLEMENT:
            return self.tr("due {0}").format(_day(item.since))
        return _day(item.since)

    def load(self) -> None:
        service = ApprovalService(self.context.db, self.context.actor)
        items = service.waiting_for_me()
        self.model.set_rows(items)
        if not service.may_approve():
            text = self.tr("Only a manager or an administrator approves payments.")
        elif not items:
            text = self.tr("Nothing is waiting for your approval.")
        else:
            total = sum(item.amount for item in items)
            text = self.tr("%n item(s) waiting, {0} won in all.", "", len(items)).format(
                f"{total:,}"
            )
        self.summary.setText(text)
        self.open_button.setEnabled(chosen_row(self.table) is not None)
        if items:
            self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def items(self) -> list[ApprovalItem]:
        return list(self.model.rows)

    def open_chosen(self) -> None:
        if not self.isVisible():  # a double-click sends doubleClicked and activated
            return
        row = chosen_row(self.table)
        item = self.model.record(row) if row is not None else None
        if item is not None:
            self.agreement_chosen.emit(item.agreement_id)
            self.accept()
