"""Disbursement dialogs: plan a tranche, reject a request, book a payment, reverse one.

Each runs its edit on OK through ``PageContext.ops``; a refusal stays in the dialog.
Planning, rejecting and reversing can be undone; a payment cannot (it is corrected by a
reversing entry), and the pay dialog says so.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from hubdesk.domain.errors import OverPayment
from hubdesk.domain.records import DisbursementOverview, DisbursementRecord
from hubdesk.gui.common.editing import (
    OperationDialog,
    date_edit,
    hint_label,
    note_edit,
    refusal_of,
)
from hubdesk.gui.common.won_edit import WonEdit
from hubdesk.gui.context import PageContext
from hubdesk.gui.text.labels import won
from hubdesk.gui.text.messages import describe
from hubdesk.services.grants.agreements import GrantService
from hubdesk.services.grants.disbursements import DisbursementService


class PlanDisbursementDialog(OperationDialog):
    """The next tranche: the amount may not go beyond grant − what is planned or paid."""

    def __init__(
        self, context: PageContext, overview: DisbursementOverview, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.service = DisbursementService(context.db, context.actor)
        self.overview = overview
        self.setWindowTitle(self.tr("Plan tranche · {0}").format(overview.agreement_number))
        self.amount = WonEdit(max(overview.left_to_plan, 0))
        self.planned_on = date_edit(context.today(), context)
        self.note = note_edit()
        self.room = hint_label()
        self.room.setObjectName("room")
        self.form.addRow(self.tr("Amount"), self.amount.with_words())
        self.form.addRow("", self.room)
        self.form.addRow(self.tr("Planned on"), self.planned_on)
        self.form.addRow(self.tr("Note"), self.note)
        self.finish_layout()
        self.setMinimumWidth(420)
        self.amount.valueChanged.connect(self.check)
        self.planned_on.dateChanged.connect(self.check)
        self.check()

    def check(self) -> None:
        """The room left in the grant, and the service's verdict on the amount as typed."""
        overview, amount = self.overview, self.amount.value()
        self.room.setText(
            self.tr("At most {0}: the grant is {1}, of which {2} is planned or paid.").format(
                won(overview.left_to_plan), won(overview.grant), won(overview.outstanding)
            )
        )
        if self.refuse_fields() or amount is None:
            return
        if amount <= 0:
            self.show_problem(self.tr("Enter the amount of the tranche."), hint=True)
            self.ok_button().setEnabled(False)
            return
        refusal = refusal_of(lambda: self.service.check_plan(overview.agreement_id, amount))
        if isinstance(refusal, OverPayment):
            text = self.tr("{0} is more than the {1} left in the grant.")
            self.show_problem(text.format(won(amount), won(max(refusal.values["left"], 0))))
        else:
            self.show_problem(None if refusal is None else describe(refusal))
        self.ok_button().setEnabled(refusal is None)

    def submit(self) -> None:
        agreement_id, amount = self.overview.agreement_id, self.amount.value()
        planned_on, note = self.planned_on.date(), self.note.toPlainText()
        if amount is None or planned_on is None:
            return
        self.run_edit(
            self.tr("Plan a tranche of {0}").format(won(amount)),
            lambda: self.service.plan(agreement_id, amount, planned_on, note),
            undo=lambda done: self.service.unplan(done.id),
        )


class ReasonDialog(OperationDialog):
    """A disbursement and a reason: rejecting a request, or reversing a payment."""

    def __init__(
        self, context: PageContext, record: DisbursementRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.service = DisbursementService(context.db, context.actor)
        self.record = record
        self.reason = note_edit()
        # Not a leaf class: its own strings name their context (lupdate sees the literal).
        self.form.addRow(
            QCoreApplication.translate("ReasonDialog", "Disbursement"),
            QLabel(f"{record.label} · {won(record.amount)}"),
        )
        self.form.addRow(QCoreApplication.translate("ReasonDialog", "Reason"), self.reason)
        self.hint = hint_label()
        self.finish_layout(self.hint)
        self.setMinimumWidth(420)
        self.reason.textChanged.connect(self.check)
        self.check()

    def check(self) -> None:
        self.ok_button().setEnabled(bool(self.reason.toPlainText().strip()))


class RejectDisbursementDialog(ReasonDialog):
    def __init__(
        self, context: PageContext, record: DisbursementRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, record, parent)
        self.setWindowTitle(self.tr("Reject request · {0}").format(record.label))
        self.hint.setText(self.tr("The requester sees the reason in the note."))
        self.name_buttons(self.tr("Reject"))

    def submit(self) -> None:
        record, reason = self.record, self.reason.toPlainText()
        self.run_edit(
            self.tr("Reject {0}").format(record.label),
            lambda: self.service.reject(record.id, reason),
            undo=lambda done: self.service.unreject(done.id, record.note),
        )


class ReverseDialog(ReasonDialog):
    """Request a reversing entry (negative, approved by another person like any request)."""

    def __init__(
        self, context: PageContext, record: DisbursementRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, record, parent)
        self.setWindowTitle(self.tr("Reverse payment · {0}").format(record.label))
        self.hint.setText(
            self.tr(
                "A paid disbursement is never deleted: a reversing entry of {0} is requested, "
                "then approved by another staff member and booked like any payment."
            ).format(won(-record.amount))
        )
        self.name_buttons(self.tr("Request the reversal"))

    def submit(self) -> None:
        record, reason = self.record, self.reason.toPlainText()
        self.run_edit(
            self.tr("Reverse {0}").format(record.label),
            lambda: self.service.reverse(record.id, reason),
            undo=lambda done: self.service.discard_request(done.id),
        )


class PayDialog(OperationDialog):
    """Book the payment of an approved disbursement on a date. It has no undo."""

    def __init__(
        self, context: PageContext, record: DisbursementRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.service = DisbursementService(context.db, context.actor)
        self.record = record
        self.setWindowTitle(self.tr("Pay · {0}").format(record.label))
        self.paid_on = date_edit(context.today(), context)
        agreement = GrantService(context.db, context.actor).agreement(record.agreement_id)
        self.form.addRow(self.tr("Agreement"), QLabel(agreement.number))
        self.form.addRow(self.tr("Team"), QLabel(agreement.team_name))
        self.form.addRow(self.tr("Disbursement"), QLabel(f"{record.label} · {won(record.amount)}"))
        self.form.addRow(self.tr("Paid on"), self.paid_on)
        warning = hint_label(
            self.tr(
                "A payment cannot be undone. A wrong payment is corrected with Reverse…, "
                "which books a reversing entry."
            )
        )
        warning.setObjectName("noUndo")
        self.finish_layout(warning)
        self.name_buttons(self.tr("Pay {0}").format(won(record.amount)))
        self.setMinimumWidth(420)
        self.paid_on.dateChanged.connect(self.check)
        self.check()

    def submit(self) -> None:
        record, paid_on = self.record, self.paid_on.date()
        if paid_on is None:
            return
        self.run_edit(
            self.tr("Pay {0}").format(record.label),
            lambda: self.service.pay(record.id, paid_on),
            undo=None,  # corrected by a reversing entry, never undone
        )
