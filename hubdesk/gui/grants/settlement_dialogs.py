"""Settlement dialogs: add an expense, approve part of one or reject it, close the
settlement with the money owed back.

Adding and deciding can be undone; closing is final (the agreement is closed), and the
close dialog fills in the returned amount, which must equal what is owed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from hubdesk.domain.enums import ExpenseDecision
from hubdesk.domain.records import AgreementRecord, ExpenseRecord, SettlementRecord
from hubdesk.gui.common.editing import OperationDialog, date_edit, hint_label, note_edit
from hubdesk.gui.common.won_edit import WonEdit
from hubdesk.gui.context import PageContext
from hubdesk.gui.text.labels import won
from hubdesk.services.grants.settlements import SettlementService


def undo_decision(service: SettlementService, before: ExpenseRecord) -> ExpenseRecord:
    """Put an expense back as it was before a decision (pending, or the earlier decision)."""
    if before.decision == ExpenseDecision.PENDING or before.approved is None:
        return service.undecide(before.id)
    return service.decide(before.id, before.approved, before.decision_note)


def within(day: date, start: date, end: date) -> date:
    return min(max(day, start), end)


class ExpenseDialog(OperationDialog):
    """A spent item of an open settlement: an eligible category, within the period."""

    def __init__(
        self,
        context: PageContext,
        settlement: SettlementRecord,
        agreement: AgreementRecord,
        categories: tuple[str, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.service = SettlementService(context.db, context.actor)
        self.settlement, self.agreement = settlement, agreement
        self.setWindowTitle(self.tr("Add expense · {0}").format(settlement.agreement_number))
        self.category = QComboBox()
        self.category.addItems(list(categories))
        self.description = QLineEdit()
        today = within(context.today(), agreement.start_date, agreement.end_date)
        self.spent_on = date_edit(today, context)
        self.spent_on.setDateRange(agreement.start_date, agreement.end_date)
        self.claimed = WonEdit()
        self.evidence = note_edit()
        self.evidence.setPlaceholderText(self.tr("e.g. tax invoice no. 2026-0412, card slip"))
        self.form.addRow(self.tr("Category"), self.category)
        self.form.addRow(self.tr("Description"), self.description)
        self.form.addRow(self.tr("Spent on"), self.spent_on)
        self.form.addRow(self.tr("Claimed"), self.claimed.with_words())
        self.form.addRow(self.tr("Evidence"), self.evidence)
        self.finish_layout()
        self.setMinimumWidth(460)
        self.description.textChanged.connect(self.check)
        self.claimed.valueChanged.connect(self.check)
        self.spent_on.dateChanged.connect(self.check)
        self.check()

    def check(self) -> None:
        if self.refuse_fields():
            return
        missing = not self.description.text().strip() or not self.claimed.value()
        if missing:
            self.show_problem(self.tr("Enter what was bought and the amount claimed."), hint=True)
        else:
            self.show_problem(None)
        self.ok_button().setEnabled(not missing and self.category.count() > 0)

    def submit(self) -> None:
        settlement_id, category = self.settlement.id, self.category.currentText()
        description, spent_on = self.description.text(), self.spent_on.date()
        claimed, evidence = self.claimed.value(), self.evidence.toPlainText()
        if spent_on is None or claimed is None:
            return
        self.run_edit(
            self.tr("Add the expense {0}").format(description),
            lambda: self.service.add_expense(
                settlement_id, category, description, spent_on, claimed, evidence
            ),
            undo=lambda expense_id: self.service.remove_expense(expense_id),
        )


class DecisionDialog(OperationDialog):
    """Approve part of an expense (an amount below the claim), or reject it (a reason)."""

    def __init__(
        self,
        context: PageContext,
        expense: ExpenseRecord,
        *,
        reject: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.service = SettlementService(context.db, context.actor)
        self.expense, self.rejecting = expense, reject
        self.setWindowTitle(
            self.tr("Reject expense") if reject else self.tr("Approve part of the expense")
        )
        self.approved = WonEdit(expense.approved or 0, maximum=expense.claimed)
        self.note = note_edit()
        self.form.addRow(self.tr("Expense"), QLabel(f"{expense.category} · {expense.description}"))
        self.form.addRow(self.tr("Claimed"), QLabel(won(expense.claimed)))
        if not reject:
            self.form.addRow(self.tr("Approved"), self.approved.with_words())
        self.form.addRow(self.tr("Reason") if reject else self.tr("Note"), self.note)
        self.finish_layout()
        self.setMinimumWidth(420)
        self.approved.valueChanged.connect(self.check)
        self.note.textChanged.connect(self.check)
        self.check()

    def amount(self) -> int | None:
        return 0 if self.rejecting else self.approved.value()

    def check(self) -> None:
        if self.refuse_fields():
            return
        if self.rejecting:
            fine = bool(self.note.toPlainText().strip())
            self.show_problem(None if fine else self.tr("Say why it is rejected."), hint=True)
        else:
            fine = 0 < (self.approved.value() or 0) < self.expense.claimed
            self.show_problem(
                None
                if fine
                else self.tr("A part is more than 0 and less than the {0} claimed.").format(
                    won(self.expense.claimed)
                ),
                hint=True,
            )
        self.ok_button().setEnabled(fine)

    def submit(self) -> None:
        before, approved, note = self.expense, self.amount(), self.note.toPlainText()
        if approved is None:
            return
        text = self.tr("Reject {0}") if self.rejecting else self.tr("Approve part of {0}")
        self.run_edit(
            text.format(before.description),
            lambda: self.service.decide(before.id, approved, note, version=before.version),
            undo=lambda _done: undo_decision(self.service, before),
            redo=lambda _done: self.service.decide(before.id, approved, note),
        )


class CloseSettlementDialog(OperationDialog):
    """Close with the money owed back returned; final, so it has no undo."""

    def __init__(
        self, context: PageContext, settlement: SettlementRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.service = SettlementService(context.db, context.actor)
        self.settlement = settlement
        self.setWindowTitle(self.tr("Close settlement · {0}").format(settlement.agreement_number))
        self.returned = WonEdit(max(settlement.owed, 0))
        self.closed_on = date_edit(context.today(), context)
        self.form.addRow(self.tr("Paid"), QLabel(won(settlement.paid)))
        self.form.addRow(self.tr("Approved spending"), QLabel(won(settlement.approved_spending)))
        self.form.addRow(self.tr("Owed back"), QLabel(won(settlement.owed)))
        self.form.addRow(self.tr("Returned"), self.returned.with_words())
        self.form.addRow(self.tr("Closed on"), self.closed_on)
        final = hint_label(
            self.tr("Closing is final: the agreement is closed and the settlement cannot change.")
        )
        self.finish_layout(final)
        self.name_buttons(self.tr("Close the settlement"))
        self.setMinimumWidth(420)
        self.returned.valueChanged.connect(self.check)
        self.closed_on.dateChanged.connect(self.check)
        self.check()

    def check(self) -> None:
        if self.refuse_fields():
            return
        owed, returned = self.settlement.owed, self.returned.value() or 0
        if self.settlement.pending:
            problem = self.tr("%n expense(s) not decided yet.", "", self.settlement.pending)
        elif returned != owed:
            problem = self.tr("The team owes {0} back; {1} is entered.").format(
                won(owed), won(returned)
            )
        else:
            problem = None
        self.show_problem(problem)
        self.ok_button().setEnabled(problem is None)

    def submit(self) -> None:
        settlement_id, returned = self.settlement.id, self.returned.value()
        closed_on = self.closed_on.date()
        if returned is None or closed_on is None:
            return
        self.run_edit(
            self.tr("Close the settlement of {0}").format(self.settlement.agreement_number),
            lambda: self.service.close(settlement_id, returned, closed_on),
            undo=None,  # closing is final
        )
