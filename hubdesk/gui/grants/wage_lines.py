"""The wage lines of a staff-support (전문인력) agreement, a month at a time: add a line
(employee, gross wage, support up to the program's monthly cap) and request the month."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.errors import HubDeskError, WageCapExceeded
from hubdesk.domain.records import DisbursementOverview, WageLineRecord
from hubdesk.gui.common.date_edit import DateEdit
from hubdesk.gui.common.editing import (
    HINT_STYLE,
    PROBLEM_STYLE,
    hub_calendar,
    problem_label,
    refusal_of,
)
from hubdesk.gui.common.records import Col, RecordsModel, amount
from hubdesk.gui.common.views import list_table
from hubdesk.gui.common.won_edit import WonEdit
from hubdesk.gui.context import PageContext
from hubdesk.gui.text.labels import won
from hubdesk.gui.text.messages import describe
from hubdesk.services.grants.disbursement_rows import PLANNABLE_AGREEMENTS
from hubdesk.services.grants.disbursements import DisbursementService


class WageLines(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = DisbursementService(context.db, context.actor)
        self.overview: DisbursementOverview | None = None
        self._open_lines = False
        self.month = DateEdit(context.today(), calendar=hub_calendar(context), months=True)
        self._shown_month = self.month.date()
        self.model = RecordsModel(self._columns(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        list_table(self.table, 0)
        self.employee = QLineEdit()
        self.employee.setPlaceholderText(self.tr("Employee"))
        self.gross = WonEdit()
        self.support = WonEdit()
        self.cap = QLabel()
        self.cap.setObjectName("cap")
        self.add_button = QPushButton(self.tr("Add line"))
        self.request_button = QPushButton()
        self.problem = problem_label()
        self._build()
        self.month.dateChanged.connect(self._month_typed)
        for money in (self.gross, self.support):
            money.valueChanged.connect(lambda _v: self.check())
            money.refusalChanged.connect(self.check)
        self.employee.textChanged.connect(lambda _t: self.check())
        self.add_button.clicked.connect(self.add_line)
        self.request_button.clicked.connect(self.request_month)
        self.check()

    def _columns(self) -> list[Col]:
        return [
            Col(self.tr("Employee"), lambda w: w.employee_name),
            Col(self.tr("Gross wage"), lambda w: amount(w.gross_wage), right=True),
            Col(self.tr("Support"), lambda w: amount(w.support_amount), right=True),
            Col(self.tr("Requested as"), lambda w: w.disbursement_label),
        ]

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month)
        top.addStretch(1)
        top.addWidget(self.request_button)
        entry = QGridLayout()
        entry.addWidget(QLabel(self.tr("Employee")), 0, 0)
        entry.addWidget(QLabel(self.tr("Gross wage")), 0, 1)
        entry.addWidget(QLabel(self.tr("Support")), 0, 2)
        entry.addWidget(self.employee, 1, 0)
        entry.addWidget(self.gross.with_words(), 1, 1)
        entry.addWidget(self.support.with_words(), 1, 2)
        entry.addWidget(self.add_button, 1, 3, Qt.AlignmentFlag.AlignTop)
        entry.addWidget(self.cap, 2, 2, 1, 2)
        entry.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(entry)
        layout.addWidget(self.problem)

    def chosen_month(self) -> date:
        """The month typed, or the one shown while the month field is mistyped."""
        return self.month.date() or self._shown_month or self.context.today().replace(day=1)

    def set_month(self, month: date) -> None:
        self.month.setDate(month)

    def _month_typed(self, month: date | None) -> None:
        """A month typed in full shows its lines; a mistyped one keeps them (red field)."""
        if month is not None:
            self._shown_month = month
            self.refresh()
        else:
            self.check()

    def show_overview(self, overview: DisbursementOverview | None) -> None:
        """Show an agreement's lines; a newly shown one opens at its latest month."""
        before = self.overview.agreement_id if self.overview else None
        self.overview = overview
        if overview is not None and overview.agreement_id != before:
            lines = self.service.wage_lines(overview.agreement_id)
            month = lines[-1].month if lines else self.context.today()
            if month != self.chosen_month():
                self.set_month(month)  # refreshes
                return
        self.refresh()

    def refresh(self) -> None:
        lines: list[WageLineRecord] = []
        if self.overview is not None:
            try:
                lines = self.service.wage_lines(self.overview.agreement_id, self.chosen_month())
            except HubDeskError:
                lines = []
        self.model.set_rows(lines)
        open_lines = [w for w in lines if w.disbursement_id is None]
        self.request_button.setText(
            self.tr("Request wages for {0}").format(f"{self.chosen_month():%Y-%m}")
        )
        self._open_lines = bool(open_lines)
        self.request_button.setToolTip(
            ""
            if open_lines
            else self.tr("Every line of this month is requested already, or there is none.")
        )
        self.check()

    def check(self) -> None:
        """The service's verdict on the line as typed (within the gross wage and the
        monthly cap, one line a person a month); the cap turns red when it is passed."""
        overview = self.overview
        cap = overview.monthly_wage_cap if overview else None
        refusal = None
        if overview is not None:
            month, name = self.chosen_month(), self.employee.text()
            gross, support = self.gross.value(), self.support.value()
            refusal = self._field_refusal()
            if refusal is None and gross is not None and support is not None:
                refusal = refusal_of(
                    lambda: self.service.check_wage_line(
                        overview.agreement_id, month, name, gross, support
                    )
                )
        self.cap.setText(self.tr("Monthly cap: {0}").format(won(cap)) if cap else "")
        over = isinstance(refusal, WageCapExceeded)
        self.cap.setStyleSheet(PROBLEM_STYLE if over else HINT_STYLE)
        self.add_button.setEnabled(overview is not None and refusal is None)
        self.add_button.setToolTip("" if refusal is None else describe(refusal))
        month_typed = self.month.refusal() is None
        self.request_button.setEnabled(self._open_lines and self._takes_money() and month_typed)

    def _field_refusal(self) -> HubDeskError | None:
        """A mistyped month or amount: no line is added while one is (its field is red)."""
        for edit in (self.month, self.gross, self.support):
            if edit.refusal() is not None:
                return edit.refusal()
        return None

    def _takes_money(self) -> bool:
        """Whether the agreement takes new wage lines and requests (the service's rule)."""
        return self.overview is not None and self.overview.status in PLANNABLE_AGREEMENTS

    def _report(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def add_line(self) -> None:
        overview = self.overview
        if overview is None:
            return
        month, name = self.chosen_month(), self.employee.text()
        gross, support = self.gross.value(), self.support.value()
        if gross is None or support is None or self._field_refusal() is not None:
            return
        self._report("")
        done = self.context.ops.run(
            self.tr("Add the wage line of {0} for {1}").format(name, f"{month:%Y-%m}"),
            lambda: self.service.add_wage_line(overview.agreement_id, month, name, gross, support),
            undo=lambda line_id: self.service.remove_wage_line(line_id),
            report=self._report,
        )
        if done is not None:  # the page has shown the new line (a grants edit)
            self.employee.clear()

    def request_month(self) -> None:
        overview = self.overview
        if overview is None or self.month.date() is None:
            return
        month = self.chosen_month()
        self._report("")
        self.context.ops.run(
            self.tr("Request wages for {0}").format(f"{month:%Y-%m}"),
            lambda: self.service.request_wages(overview.agreement_id, month),
            undo=lambda done: self.service.discard_request(done.id),
            report=self._report,
        )
