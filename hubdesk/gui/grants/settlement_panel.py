"""The settlement (정산) of one agreement: its deadline (red once late), the expenses with
their decisions, the totals (paid, approved spending, unspent, owed back) and the buttons
that open the settlement, add and decide expenses, and close it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.enums import AgreementStatus, ExpenseDecision
from hubdesk.domain.errors import NotFound
from hubdesk.domain.records import AgreementRecord, SettlementRecord
from hubdesk.gui.common.editing import PROBLEM_STYLE, open_dialog
from hubdesk.gui.common.records import Col, amount
from hubdesk.gui.context import PageContext
from hubdesk.gui.grants.agreement_panel import AgreementPanel
from hubdesk.gui.grants.settlement_dialogs import (
    CloseSettlementDialog,
    DecisionDialog,
    ExpenseDialog,
    undo_decision,
)
from hubdesk.gui.icons import icon
from hubdesk.gui.text.labels import day, label, won
from hubdesk.services.grants.agreements import GrantService
from hubdesk.services.grants.settlements import SettlementService

SETTLING = (AgreementStatus.IN_PROGRESS, AgreementStatus.SETTLEMENT_DUE)


class SettlementPanel(AgreementPanel):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.service = SettlementService(context.db, context.actor)
        self.grants = GrantService(context.db, context.actor)
        self.agreement: AgreementRecord | None = None
        self.settlement: SettlementRecord | None = None
        self.deadline = QLabel()
        self.deadline.setObjectName("deadline")
        self.open_button = QPushButton(icon("folder-open"), self.tr("Open settlement"))
        self.add_button = QPushButton(icon("plus"), self.tr("Add expense…"))
        self.approve_button = QPushButton(icon("check"), self.tr("Approve"))
        self.part_button = QPushButton(icon("check"), self.tr("Approve part…"))
        self.reject_button = QPushButton(icon("x"), self.tr("Reject…"))
        self.close_button = QPushButton(icon("circle-check"), self.tr("Close settlement…"))
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self._build()
        self._connect()
        self.show_agreement(None)

    def _columns(self) -> list[Col]:
        return [
            Col(self.tr("Category"), lambda e: e.category),
            Col(self.tr("Description"), lambda e: e.description, tip=lambda e: e.description),
            Col(self.tr("Spent on"), lambda e: day(e.spent_on)),
            Col(self.tr("Claimed"), lambda e: amount(e.claimed), right=True),
            Col(self.tr("Approved"), lambda e: amount(e.approved), right=True),
            Col(self.tr("Decision"), lambda e: label(e.decision), tip=lambda e: e.decision_note),
            Col(self.tr("Evidence"), lambda e: e.evidence, tip=lambda e: e.evidence),
        ]

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.deadline, 1)
        top.addWidget(self.open_button)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.approve_button, self.part_button, self.reject_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.totals)

    def _connect(self) -> None:
        self.open_button.clicked.connect(self.open_settlement)
        self.add_button.clicked.connect(self.add_expense)
        self.approve_button.clicked.connect(self.approve)
        self.part_button.clicked.connect(self.approve_part)
        self.reject_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.close_settlement)

    # --- what shows -----------------------------------------------------------

    def refresh(self) -> None:
        self.agreement = self.settlement = None
        if self.agreement_id is not None:
            try:
                self.agreement = self.grants.agreement(self.agreement_id)
                self.settlement = self.service.settlement_of(self.agreement_id)
            except NotFound:
                self.agreement_id = self.agreement = self.settlement = None
        self.model.set_rows(self.settlement.expenses if self.settlement else [])
        self._show_deadline()
        self._show_totals()
        self._reselect()

    def _show_deadline(self) -> None:
        agreement, settlement = self.agreement, self.settlement
        late = False
        if agreement is None:
            text = self.tr("Choose an agreement to see its settlement.")
        elif settlement is not None and settlement.closed:
            text = self.tr("Settled on {0}; {1} returned.").format(
                day(settlement.closed_on), won(settlement.returned_amount)
            )
        elif agreement.status in (AgreementStatus.DRAFT, AgreementStatus.CANCELLED):
            text = self.tr("No settlement: the agreement is {0}.").format(label(agreement.status))
        else:
            due = settlement.due_date if settlement else self.service.deadline(agreement.id)
            days = (self.context.today() - due).days
            late = days > 0
            text = self._deadline_text(due, days, opened=settlement is not None)
        self.deadline.setText(text)
        self.deadline.setStyleSheet(PROBLEM_STYLE if late else "")

    def _deadline_text(self, due: date, days: int, *, opened: bool) -> str:
        if days > 0:
            when = self.tr("due {0}, overdue by {1} days").format(due, days)
        else:
            when = self.tr("due {0}, {1} days left").format(due, -days)
        if opened:
            return self.tr("Settlement {0}.").format(when)
        return self.tr("Settlement not opened yet; {0}.").format(when)

    def _show_totals(self) -> None:
        record = self.settlement
        if record is None:
            self.totals.setText("")
            return
        if record.closed:
            owed = self.tr("returned {0}").format(won(record.returned_amount))
        elif record.pending:
            owed = self.tr(
                "owed back so far {0}; %n expense(s) still undecided", "", record.pending
            ).format(won(record.owed))
        else:
            owed = self.tr("owed back {0}").format(won(record.owed))
        text = self.tr("Paid {0} · approved spending {1} · unspent {2} · {3}").format(
            won(record.paid), won(record.approved_spending), won(record.unspent), f"<b>{owed}</b>"
        )
        self.totals.setText(text)

    def _enable(self) -> None:
        agreement, settlement = self.agreement, self.settlement
        can_open = settlement is None and agreement is not None and agreement.status in SETTLING
        self.open_button.setVisible(settlement is None and agreement is not None)
        self.open_button.setEnabled(can_open)
        self.open_button.setToolTip(
            ""
            if can_open
            else self.tr("Only an agreement in progress or due for settlement is settled.")
        )
        is_open = settlement is not None and not settlement.closed
        self.add_button.setEnabled(is_open)
        expense = self.current if is_open else None
        decision = expense.decision if expense else None
        self.approve_button.setEnabled(expense is not None and decision != ExpenseDecision.APPROVED)
        self.part_button.setEnabled(expense is not None and expense.claimed > 1)
        self.reject_button.setEnabled(expense is not None and decision != ExpenseDecision.REJECTED)
        self.close_button.setEnabled(is_open)

    # --- actions --------------------------------------------------------------

    def open_settlement(self) -> None:
        agreement = self.agreement
        if agreement is None:
            return
        before = agreement.status
        self.context.ops.run(
            self.tr("Open the settlement of {0}").format(agreement.number),
            lambda: self.service.open(agreement.id),
            undo=lambda done: self.service.unopen(done.id, before),
        )

    def add_expense(self) -> ExpenseDialog | None:
        if self.settlement is None or self.agreement is None:
            return None
        categories = self.service.categories(self.agreement.id)
        dialog = ExpenseDialog(self.context, self.settlement, self.agreement, categories, self)
        return open_dialog(dialog)

    def approve(self) -> None:
        """Approve the chosen expense in full."""
        before = self.current
        if before is None:
            return
        self.context.ops.run(
            self.tr("Approve {0}").format(before.description),
            lambda: self.service.decide(before.id, before.claimed, version=before.version),
            undo=lambda _done: undo_decision(self.service, before),
            redo=lambda _done: self.service.decide(before.id, before.claimed),
        )

    def approve_part(self) -> DecisionDialog | None:
        if self.current is None:
            return None
        return open_dialog(DecisionDialog(self.context, self.current, reject=False, parent=self))

    def reject(self) -> DecisionDialog | None:
        if self.current is None:
            return None
        return open_dialog(DecisionDialog(self.context, self.current, reject=True, parent=self))

    def close_settlement(self) -> CloseSettlementDialog | None:
        if self.settlement is None:
            return None
        return open_dialog(CloseSettlementDialog(self.context, self.settlement, self))
