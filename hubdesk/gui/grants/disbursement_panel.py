"""The disbursements of one agreement: tranches (and reversing entries) with who
requested and approved them, the sum paid of the grant, and the buttons that plan,
request, approve, reject, pay and reverse. Staff-support agreements get a wage-lines tab.

Buttons follow the state of the chosen row and the role of the person signed in; the
four-eyes rule is the service's, so a forced click is refused there too.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.enums import DisbursementStatus, GrantKind
from hubdesk.domain.errors import FourEyesViolation, HubDeskError, NotFound, PermissionDenied
from hubdesk.domain.records import DisbursementOverview, DisbursementRecord
from hubdesk.gui.common.editing import open_dialog
from hubdesk.gui.common.records import Col, amount, red_if_negative
from hubdesk.gui.context import PageContext
from hubdesk.gui.grants.agreement_panel import AgreementPanel
from hubdesk.gui.grants.disbursement_dialogs import (
    PayDialog,
    PlanDisbursementDialog,
    RejectDisbursementDialog,
    ReverseDialog,
)
from hubdesk.gui.grants.wage_lines import WageLines
from hubdesk.gui.icons import icon
from hubdesk.gui.text.labels import day, label, won
from hubdesk.gui.text.messages import describe
from hubdesk.services.grants.agreements import GrantService
from hubdesk.services.grants.disbursement_rows import PAYABLE_AGREEMENTS, PLANNABLE_AGREEMENTS
from hubdesk.services.grants.disbursements import DisbursementService

BAR_STEPS = 1000


def when(person: str, at: datetime | None) -> str:
    """``김담당 11-20 14:03``"""
    return f"{person} {at:%m-%d %H:%M}" if person and at else person


class DisbursementPanel(AgreementPanel):
    stretch_column = 7  # the note

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.service = DisbursementService(context.db, context.actor)
        self.overview: DisbursementOverview | None = None
        self._labels: dict[int, str] = {}  # disbursement id → label, for "reversed by"
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.bar = QProgressBar()
        self.bar.setRange(0, BAR_STEPS)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(6)
        self.plan_button = QPushButton(icon("calendar-plus"), self.tr("Plan tranche…"))
        self.request_button = QPushButton(icon("send"), self.tr("Request"))
        self.approve_button = QPushButton(icon("check"), self.tr("Approve"))
        self.reject_button = QPushButton(icon("x"), self.tr("Reject…"))
        self.pay_button = QPushButton(icon("banknote"), self.tr("Pay…"))
        self.reverse_button = QPushButton(icon("undo-2"), self.tr("Reverse…"))
        self.wages = WageLines(context, self)
        self.confirm: Callable[[str], bool] = self._ask
        self.tabs = QTabWidget()
        self._build()
        self._connect()
        self.show_agreement(None)

    def _columns(self) -> list[Col]:
        return [
            Col(self.tr("Tranche"), lambda r: r.label),
            Col(self.tr("Planned on"), lambda r: day(r.planned_on)),
            Col(self.tr("Amount"), lambda r: amount(r.amount), True, self._amount_colour),
            Col(self.tr("Status"), self._status_text, tip=self._status_tip),
            Col(self.tr("Requested"), lambda r: when(r.requester, r.requested_at)),
            Col(self.tr("Approved"), lambda r: when(r.approver, r.approved_at)),
            Col(self.tr("Paid on"), lambda r: day(r.paid_on)),
            Col(self.tr("Note"), lambda r: r.note, tip=lambda r: r.note),
        ]

    def _build(self) -> None:
        disbursements = QWidget()
        buttons = QHBoxLayout()
        for button in (
            self.plan_button,
            self.request_button,
            self.approve_button,
            self.reject_button,
            self.pay_button,
            self.reverse_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        inner = QVBoxLayout(disbursements)
        inner.setContentsMargins(0, 4, 0, 0)
        inner.addWidget(self.table, 1)
        inner.addLayout(buttons)
        self.tabs.addTab(disbursements, self.tr("Tranches"))
        self.tabs.addTab(self.wages, self.tr("Wage lines"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.bar)
        layout.addWidget(self.tabs, 1)

    def _connect(self) -> None:
        self.plan_button.clicked.connect(self.plan)
        self.request_button.clicked.connect(self.request)
        self.approve_button.clicked.connect(self.approve)
        self.reject_button.clicked.connect(self.reject)
        self.pay_button.clicked.connect(self.pay)
        self.reverse_button.clicked.connect(self.reverse)

    # --- what shows -----------------------------------------------------------

    def refresh(self) -> None:
        self.overview, rows = None, []
        if self.agreement_id is not None:
            try:
                self.overview = self.service.overview(self.agreement_id)
                rows = self.service.of_agreement(self.agreement_id)
            except NotFound:
                self.agreement_id, self.overview, rows = None, None, []
        self._labels = {r.id: r.label for r in rows}
        self.model.set_rows(rows)
        self._show_summary()
        staff = self.overview is not None and self.overview.kind == GrantKind.STAFF
        self.tabs.setTabVisible(1, staff)
        self.tabs.tabBar().setVisible(staff)  # one tab needs no tab bar
        self.wages.show_overview(self.overview if staff else None)
        self._reselect()

    def _show_summary(self) -> None:
        view = self.overview
        if view is None:
            self.summary.setText(self.tr("Choose an agreement to see its disbursements."))
            self.bar.setValue(0)
            return
        self.summary.setText(
            self.tr("{0}: paid {1} of {2} · {3} left to plan").format(
                view.agreement_number, won(view.paid), won(view.grant), won(view.left_to_plan)
            )
        )
        self.bar.setValue(min(max(view.paid, 0) * BAR_STEPS // max(view.grant, 1), BAR_STEPS))

    @staticmethod
    def _amount_colour(record: DisbursementRecord) -> QColor | None:
        return red_if_negative(record.amount)

    def _status_text(self, record: DisbursementRecord) -> str:
        if record.reversed_by is not None:
            return self.tr("{0}, reversed").format(label(record.status))
        return label(record.status)

    def _status_tip(self, record: DisbursementRecord) -> str:
        if record.reversed_by is not None:
            return self.tr("Reversed by {0}").format(self._labels.get(record.reversed_by, ""))
        if record.reverses_id is not None:
            return self.tr("Reverses {0}").format(self._labels.get(record.reverses_id, ""))
        return ""

    def approval_block(self, record: DisbursementRecord | None) -> str:
        """Why the signed-in person may not approve the request ``record`` ("" when they
        may), as the service decides it (four eyes, then the role)."""
        if record is None or record.status != DisbursementStatus.REQUESTED:
            return ""
        try:
            self.service.check_approver(record.id)
        except FourEyesViolation:
            return self.tr("You requested this; another staff member must approve it")
        except PermissionDenied:
            return self.tr("Only a manager or an administrator approves disbursements")
        except HubDeskError as error:  # gone meanwhile: the refresh that follows shows it
            return describe(error)
        return ""

    def _enable(self) -> None:
        view, record = self.overview, self.current
        status = record.status if record else None
        agreement = view.status if view else None
        self.plan_button.setEnabled(
            view is not None and agreement in PLANNABLE_AGREEMENTS and view.left_to_plan > 0
        )
        self.request_button.setEnabled(
            status == DisbursementStatus.PLANNED and agreement in PLANNABLE_AGREEMENTS
        )
        block = self.approval_block(record)
        for button in (self.approve_button, self.reject_button):
            button.setEnabled(status == DisbursementStatus.REQUESTED and not block)
            button.setToolTip(block)
        self.pay_button.setEnabled(
            status == DisbursementStatus.APPROVED and agreement in PAYABLE_AGREEMENTS
        )
        self.pay_button.setToolTip(
            self.tr("A payment cannot be undone; a wrong one is corrected with Reverse…")
        )
        self.reverse_button.setEnabled(
            record is not None
            and status == DisbursementStatus.PAID
            and record.amount > 0
            and record.reversed_by is None
        )

    # --- actions --------------------------------------------------------------

    def plan(self) -> PlanDisbursementDialog | None:
        if self.overview is None:
            return None
        return open_dialog(PlanDisbursementDialog(self.context, self.overview, self))

    def request(self) -> None:
        record = self.current
        if record is None:
            return
        self.context.ops.run(
            self.tr("Request {0}").format(record.label),
            lambda: self.service.request(record.id),
            undo=lambda done: self.service.withdraw(done.id),
        )

    def approve(self) -> None:
        """Approve the chosen request once the person saw what it is (public money: the
        amount, the team and the agreement). The service keeps the four eyes."""
        record = self.current
        if record is None or not self.confirm(self._approval_question(record)):
            return
        self.context.ops.run(
            self.tr("Approve {0}").format(record.label),
            lambda: self.service.approve(record.id),
            undo=lambda done: self.service.unapprove(done.id),
        )

    def reject(self) -> RejectDisbursementDialog | None:
        if self.current is None:
            return None
        return open_dialog(RejectDisbursementDialog(self.context, self.current, self))

    def pay(self) -> PayDialog | None:
        if self.current is None:
            return None
        return open_dialog(PayDialog(self.context, self.current, self))

    def reverse(self) -> ReverseDialog | None:
        if self.current is None:
            return None
        return open_dialog(ReverseDialog(self.context, self.current, self))

    def _approval_question(self, record: DisbursementRecord) -> str:
        agreement = GrantService(self.context.db, self.context.actor).agreement(record.agreement_id)
        return self.tr("Approve {0} of {1} for {2} (agreement {3})?").format(
            won(record.amount), record.label, agreement.team_name, agreement.number
        )

    def _ask(self, question: str) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Approve disbursement"))
        box.setText(question)
        approve = box.addButton(self.tr("Approve"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is approve
