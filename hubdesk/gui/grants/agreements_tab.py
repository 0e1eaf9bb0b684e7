"""The Agreements tab of the Grants page: a filter bar, the paged agreement list, the
actions, and the selected agreement's facts with its disbursements and settlement.

The list is filtered and sorted in SQL (``GrantViewService.search``). The current
row fills the detail area; the selected rows (several with Ctrl or Shift) are what
"Print selected…" and "Save as PDF…" take.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.brn import formatted_brn
from hubdesk.domain.enums import AgreementStatus
from hubdesk.domain.errors import NotFound
from hubdesk.domain.money import amount_for_document
from hubdesk.gui.common.filters import fill_years, search_timer, squeezable
from hubdesk.gui.common.views import list_table
from hubdesk.gui.context import PageContext
from hubdesk.gui.grants.disbursement_panel import DisbursementPanel
from hubdesk.gui.grants.models import AgreementTableModel
from hubdesk.gui.grants.settlement_panel import SettlementPanel
from hubdesk.gui.icons import icon
from hubdesk.gui.text.labels import day, label, won
from hubdesk.services.grants.agreements import GrantService
from hubdesk.services.grants.views import AgreementDetail, AgreementFilter, GrantViewService

OPEN_STATUSES = frozenset(
    {
        AgreementStatus.DRAFT,
        AgreementStatus.SIGNED,
        AgreementStatus.IN_PROGRESS,
        AgreementStatus.SETTLEMENT_DUE,
    }
)


class AgreementFacts(QScrollArea):
    """The parties, money, period and status of one agreement, as read-only text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel()
        self.text.setObjectName("agreementFacts")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setMargin(6)
        self.setWidget(self.text)
        self.setWidgetResizable(True)
        self.show_detail(None)

    def show_detail(self, detail: AgreementDetail | None) -> None:
        if detail is None:
            self.text.setText(self.tr("Choose an agreement in the list."))
            return
        self.text.setText(self._html(detail))

    def _html(self, detail: AgreementDetail) -> str:
        record, program = detail.agreement, detail.program
        team = escape(record.team_name)
        party = self.tr("{0} (representative {1}, business no. {2})").format(
            team,
            escape(detail.representative or "—"),
            escape(formatted_brn(detail.business_number)) or "—",
        )
        rows = [
            (self.tr("Status"), escape(label(record.status))),
            (self.tr("Team"), party),
            (self.tr("Program"), escape(program.name)),
            (self.tr("Purpose"), escape(record.purpose)),
            (self.tr("Period"), f"{day(record.start_date)} – {day(record.end_date)}"),
            (self.tr("City"), won(record.city_amount)),
            (self.tr("District"), won(record.district_amount)),
            (self.tr("Co-payment"), won(record.copayment)),
            (self.tr("Total cost"), won(record.total_cost)),
            (self.tr("Grant"), f"<b>{escape(amount_for_document(record.grant))}</b>"),
            (self.tr("Paid"), won(record.paid)),
            (self.tr("Support no."), str(record.support_number)),
            (self.tr("Payee"), self._payee(detail)),
        ]
        rows += self._dates(detail)
        cells = "".join(
            f"<tr><td style='color:#555; padding-right:8px'>{name}</td><td>{value}</td></tr>"
            for name, value in rows
        )
        title = f"<b style='font-size:12pt'>{escape(record.number)}</b>"
        return f"{title}<table cellspacing='2'>{cells}</table>"

    def _payee(self, detail: AgreementDetail) -> str:
        parts = [detail.payee_bank, detail.payee_account]
        text = " ".join(escape(p) for p in parts if p)
        if detail.payee_holder:
            text += f" ({escape(detail.payee_holder)})"
        return text or "—"

    def _dates(self, detail: AgreementDetail) -> list[tuple[str, str]]:
        rows = []
        if detail.signed_on:
            rows.append((self.tr("Signed on"), day(detail.signed_on)))
        if detail.settlement_due:
            rows.append((self.tr("Settlement due"), day(detail.settlement_due)))
        if detail.cancelled_on:
            rows.append((self.tr("Cancelled on"), day(detail.cancelled_on)))
            rows.append((self.tr("Reason"), escape(detail.cancel_reason)))
            rows.append((self.tr("Clawback"), won(detail.agreement.clawback_amount)))
        return rows


class AgreementsTab(QWidget):
    """Filters, list, actions and detail; the page connects the action buttons."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.views = GrantViewService(context.db, context.actor)
        self.grants = GrantService(context.db, context.actor)
        self.detail: AgreementDetail | None = None
        self.year_box = squeezable(QComboBox(), 6)
        self.program_box = squeezable(QComboBox(), 12)
        self.status_box = squeezable(QComboBox(), 8)
        self.search_box = QLineEdit()
        self.search_timer = search_timer(self.search_box, self.apply_filters)
        self.table = QTableView()
        self.model = AgreementTableModel(self.views, self)
        self.count = QLabel()
        self.count.setObjectName("agreementCount")
        self.new_button = QPushButton(icon("file-plus"), self.tr("New agreement…"))
        self.sign_button = QPushButton(icon("stamp"), self.tr("Sign…"))
        self.cancel_button = QPushButton(icon("circle-x"), self.tr("Cancel agreement…"))
        self.preview_button = QPushButton(icon("eye"), self.tr("Preview agreement…"))
        self.print_button = QPushButton(icon("printer"), self.tr("Print selected…"))
        self.pdf_button = QPushButton(icon("file-down"), self.tr("Save as PDF…"))
        self.facts = AgreementFacts()
        self.money_tabs = QTabWidget()
        self.disbursements = DisbursementPanel(context, self)
        self.settlement = SettlementPanel(context, self)
        self._build()
        self._connect()

    # --- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.search_box.setPlaceholderText(self.tr("Find agreement number or team"))
        self.search_box.setClearButtonEnabled(True)
        self.status_box.addItem(self.tr("All statuses"), None)
        for status in AgreementStatus:
            self.status_box.addItem(label(status), status)
        filters = QHBoxLayout()
        filters.addWidget(self.year_box)
        filters.addWidget(self.program_box, 2)
        filters.addWidget(self.status_box, 1)
        filters.addWidget(self.search_box, 2)
        actions = QHBoxLayout()
        for button in (self.new_button, self.sign_button, self.cancel_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.preview_button, self.print_button, self.pdf_button):
            actions.addWidget(button)
        self.table.setObjectName("agreementList")
        self.table.setModel(self.model)
        list_table(self.table, stretch_column=1)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setResizeContentsPrecision(60)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.count)
        top_layout.addLayout(actions)
        self.money_tabs.addTab(self.disbursements, self.tr("Disbursements"))
        self.money_tabs.addTab(self.settlement, self.tr("Settlement"))
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.facts)
        bottom.addWidget(self.money_tabs)
        bottom.setStretchFactor(1, 1)
        bottom.setSizes([360, 740])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([330, 370])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def _connect(self) -> None:
        self.year_box.currentIndexChanged.connect(lambda _i: self._year_changed())
        self.program_box.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.status_box.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._row_chosen(current.row())
        )
        self.table.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected: self.update_buttons()
        )

    # --- filters -------------------------------------------------------------------------

    def fill_filters(self) -> None:
        """Years and programs as they are in the file now, keeping what was chosen."""
        years, chosen = self.views.budget_years(), self.year_box.currentData()
        fill_years(self.year_box, self.tr("All years"), years, chosen)
        self._fill_programs()

    def _fill_programs(self) -> None:
        chosen = self.program_box.currentData()
        year = self.year_box.currentData()
        with QSignalBlocker(self.program_box):
            self.program_box.clear()
            self.program_box.addItem(self.tr("All programs"), None)
            for program in self.grants.programs(year):
                text = f"{program.fiscal_year} · {label(program.kind)}"
                self.program_box.addItem(text, program.id)
                self.program_box.setItemData(
                    self.program_box.count() - 1, program.name, Qt.ItemDataRole.ToolTipRole
                )
            self.program_box.setCurrentIndex(max(self.program_box.findData(chosen), 0))

    def _year_changed(self) -> None:
        self._fill_programs()
        self.apply_filters()

    def agreement_filter(self) -> AgreementFilter:
        return AgreementFilter(
            fiscal_year=self.year_box.currentData(),
            program_id=self.program_box.currentData(),
            status=self.status_box.currentData(),
            text=self.search_box.text(),
        )

    def apply_filters(self) -> None:
        self.search_timer.stop()
        self.load_list()

    def load_list(self) -> None:
        """Re-read the list under the filters, keeping the chosen agreement chosen."""
        chosen = self.selected_id()
        self.model.set_filter(self.agreement_filter())
        self.count.setText(self.tr("{0} agreements").format(f"{self.model.total:,}"))
        self.select(chosen)

    def show_agreement(self, agreement_id: int, number: str) -> None:
        """Clear the filters down to the agreement's number and choose it."""
        with QSignalBlocker(self.year_box), QSignalBlocker(self.status_box):
            self.year_box.setCurrentIndex(0)
            self.status_box.setCurrentIndex(0)
        self._fill_programs()
        with QSignalBlocker(self.program_box), QSignalBlocker(self.search_box):
            self.program_box.setCurrentIndex(0)
            self.search_box.setText(number)
        self.apply_filters()
        self.select(agreement_id)

    # --- selection and detail ------------------------------------------------------------

    def selected_id(self) -> int | None:
        return self.detail.agreement.id if self.detail else None

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row_at(row).id for row in rows if row < self.model.rowCount()]

    def select(self, agreement_id: int | None) -> None:
        row = self.model.row_of(agreement_id) if agreement_id is not None else None
        if row is None:
            self.table.clearSelection()
            self.load_detail(agreement_id)
            return
        moved = row != self.table.currentIndex().row()
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        if not moved:  # a new current row has loaded the detail already (_row_chosen)
            self.load_detail(agreement_id)

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.load_detail(self.model.row_at(row).id)

    def load_detail(self, agreement_id: int | None) -> None:
        detail = None
        if agreement_id is not None:
            try:
                detail = self.views.agreement_detail(agreement_id)
            except NotFound:
                detail = None
        self.detail = detail
        self.facts.show_detail(detail)
        shown = detail.agreement.id if detail else None
        self.disbursements.show_agreement(shown)
        self.settlement.show_agreement(shown)
        self.update_buttons()

    def update_buttons(self) -> None:
        status = self.detail.agreement.status if self.detail else None
        self.sign_button.setEnabled(status == AgreementStatus.DRAFT)
        self.cancel_button.setEnabled(status in OPEN_STATUSES)
        self.preview_button.setEnabled(self.detail is not None or bool(self.selected_ids()))
        chosen = bool(self.selected_ids())
        self.print_button.setEnabled(chosen)
        self.pdf_button.setEnabled(chosen)
