"""Sign a draft agreement on a date; cancel an agreement with a reason and a clawback.

Signing can be undone while nothing is planned or paid on the agreement. Cancelling
is final (a cancelled agreement goes nowhere), so its dialog says so and pushes no
undo step; the clawback (환수) can be at most what was paid.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from hubdesk.domain.enums import AgreementStatus
from hubdesk.gui.common.editing import OperationDialog, date_edit, note_edit
from hubdesk.gui.common.won_edit import WonEdit
from hubdesk.gui.context import PageContext
from hubdesk.gui.text.labels import won
from hubdesk.services.grants.agreements import GrantService
from hubdesk.services.grants.views import AgreementDetail


def heading(detail: AgreementDetail) -> str:
    record = detail.agreement
    return f"{record.number} · {record.team_name}"


class SignDialog(OperationDialog):
    """Record the day both parties signed a draft agreement."""

    def __init__(
        self, context: PageContext, detail: AgreementDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Sign agreement"))
        self.detail = detail
        self.service = GrantService(context.db, context.actor)
        self.on = date_edit(context.today(), context)
        self.form.addRow(self.tr("Agreement"), QLabel(heading(detail)))
        self.form.addRow(self.tr("Signed on"), self.on)
        self.finish_layout()
        self.name_buttons(self.tr("Sign"))
        self.setMinimumWidth(420)
        self.on.dateChanged.connect(self.check)
        self.check()

    def submit(self) -> None:
        agreement_id, service, on = self.detail.agreement.id, self.service, self.on.date()
        if on is None:
            return
        self.run_edit(
            self.tr("Sign {0}").format(self.detail.agreement.number),
            lambda: service.advance(agreement_id, AgreementStatus.SIGNED, on),
            undo=lambda _signed: service.unsign(agreement_id),
        )


class CancelAgreementDialog(OperationDialog):
    """Cancel with a reason; claw back up to what was paid. There is no undo."""

    def __init__(
        self, context: PageContext, detail: AgreementDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Cancel agreement"))
        self.detail = detail
        self.service = GrantService(context.db, context.actor)
        paid = detail.agreement.paid
        self.on = date_edit(context.today(), context)
        self.reason = note_edit()
        self.reason.setPlaceholderText(
            self.tr("Why the agreement ends, e.g. a fraudulent claim or the team closed")
        )
        self.clawback = WonEdit(0, maximum=max(paid, 0))
        self.clawback.setEnabled(paid > 0)
        self.form.addRow(self.tr("Agreement"), QLabel(heading(detail)))
        self.form.addRow(self.tr("Cancelled on"), self.on)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(self.tr("Paid so far"), QLabel(won(paid)))
        self.form.addRow(self.tr("Claw back (won)"), self.clawback.with_words())
        warning = QLabel(self.tr("A cancelled agreement cannot be reopened; this has no undo."))
        warning.setWordWrap(True)
        warning.setObjectName("finalWarning")
        warning.setStyleSheet("color: #a35200;")
        self.finish_layout(warning)
        self.name_buttons(self.tr("Cancel the agreement"))
        self.setMinimumWidth(460)
        self.reason.textChanged.connect(self.check)
        self.on.dateChanged.connect(self.check)
        self.clawback.valueChanged.connect(self.check)
        self.check()

    def check(self) -> None:
        if self.refuse_fields():
            return
        missing = not self.reason.toPlainText().strip()
        self.show_problem(self.tr("Enter the reason.") if missing else None, hint=True)
        self.ok_button().setEnabled(not missing)

    def submit(self) -> None:
        agreement_id, service = self.detail.agreement.id, self.service
        on, reason, clawback = self.on.date(), self.reason.toPlainText(), self.clawback.value()
        if on is None or clawback is None:
            return
        self.run_edit(
            self.tr("Cancel {0}").format(self.detail.agreement.number),
            lambda: service.cancel(agreement_id, on, reason, clawback),
            undo=None,  # a cancelled agreement is never reopened
        )
