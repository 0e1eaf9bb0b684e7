"""Grants: the budget by year and source with the programs, the agreements with their
disbursements and settlement, and the settlement deadlines.

Every edit goes through ``context.ops.run``, which reports the topics the edit changed;
the page reloads the tab on screen and marks the others stale until they are shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hubdesk.gui.common.editing import HoldsDialog
from hubdesk.gui.common.views import scrolled
from hubdesk.gui.context import PageContext
from hubdesk.gui.grants.agreements_tab import AgreementsTab
from hubdesk.gui.grants.budget_tab import BudgetTab
from hubdesk.gui.grants.deadlines_tab import OverdueSettlements
from hubdesk.gui.topics import GRANTS, TEAMS

if TYPE_CHECKING:
    from hubdesk.gui.grants.agreement_dialog import AgreementDialog

SHOWN_TOPICS = frozenset({GRANTS, TEAMS})
BUDGET, AGREEMENTS, DEADLINES = 0, 1, 2
NOTICE_MS = 10_000


class GrantsPage(QWidget, HoldsDialog):
    """Budget, agreements and settlement deadlines in three tabs."""

    icon_name = "hand-coins"  # its icon in the navigation

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.dialog: QDialog | None = None
        self.stale = {BUDGET, AGREEMENTS, DEADLINES, "filters"}
        self.tabs = QTabWidget()
        self.budget = BudgetTab(context)
        self.agreements = AgreementsTab(context)
        self.deadlines = OverdueSettlements(context)
        self.tabs.addTab(scrolled(self.budget), self.tr("Budget"))
        self.tabs.addTab(scrolled(self.agreements), self.tr("Agreements"))
        self.tabs.addTab(scrolled(self.deadlines), self.tr("Settlement deadlines"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)
        self._connect()

    @classmethod
    def title(cls) -> str:
        """The page's name in the navigation, known before the page is built."""
        return QCoreApplication.translate("GrantsPage", "Grants")

    def _connect(self) -> None:
        self.tabs.currentChanged.connect(lambda _index: self._load_visible())
        budget, tab = self.budget, self.agreements
        budget.new_program_button.clicked.connect(lambda _c=False: self.new_program())
        budget.edit_program_button.clicked.connect(lambda _c=False: self.edit_program())
        budget.programs.doubleClicked.connect(lambda _index: self.edit_program())
        tab.new_button.clicked.connect(lambda _c=False: self.new_agreement())
        tab.sign_button.clicked.connect(lambda _c=False: self.sign())
        tab.cancel_button.clicked.connect(lambda _c=False: self.cancel())
        tab.preview_button.clicked.connect(lambda _c=False: self.preview())
        tab.print_button.clicked.connect(lambda _c=False: self.print_selected())
        tab.pdf_button.clicked.connect(lambda _c=False: self.save_pdf())
        self.deadlines.agreement_chosen.connect(self.show_agreement)

    # --- Page protocol -----------------------------------------------------------------

    def refresh(self, topics: frozenset[str]) -> None:
        if topics and not topics & SHOWN_TOPICS:
            return
        self.stale |= {BUDGET, AGREEMENTS, DEADLINES, "filters"}
        if self.isVisible():
            self._load_visible()

    def new_record(self) -> None:
        """Ctrl+N: a new program on the Budget tab, a new agreement elsewhere."""
        if self.tabs.currentIndex() == BUDGET:
            self.new_program()
        else:
            self.new_agreement()

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(AGREEMENTS)
        self.agreements.search_box.setFocus()
        self.agreements.search_box.selectAll()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self._load_visible()

    def _load_visible(self) -> None:
        if "filters" in self.stale:
            self.stale.discard("filters")
            self.budget.fill_years()
            self.agreements.fill_filters()
        index = self.tabs.currentIndex()
        if index not in self.stale:
            return
        self.stale.discard(index)
        if index == BUDGET:
            self.budget.load()
        elif index == AGREEMENTS:
            self.agreements.load_list()  # and the chosen agreement's detail
        else:
            self.deadlines.refresh()

    # --- actions -------------------------------------------------------------------------

    def new_program(self) -> None:
        from hubdesk.gui.grants.program_dialog import ProgramDialog

        self._open(ProgramDialog(self.context, self))

    def edit_program(self) -> None:
        program_id = self.budget.program_id()
        if program_id is None:
            return
        from hubdesk.gui.grants.program_dialog import ProgramDialog

        self._open(ProgramDialog(self.context, self, program_id))

    def new_agreement(self) -> None:
        from hubdesk.gui.grants.agreement_dialog import AgreementDialog

        dialog = AgreementDialog(self.context, self)
        dialog.accepted.connect(lambda: self._created(dialog))
        self._open(dialog)

    def _created(self, dialog: AgreementDialog) -> None:
        created = dialog.created
        if created is None:
            return
        self.tabs.setCurrentIndex(AGREEMENTS)
        self.agreements.show_agreement(created.id, created.number)
        self.notify(self.tr("Agreement {0} created as a draft.").format(created.number))

    def sign(self) -> None:
        detail = self.agreements.detail
        if detail is not None:
            from hubdesk.gui.grants.status_dialogs import SignDialog

            self._open(SignDialog(self.context, detail, self))

    def cancel(self) -> None:
        detail = self.agreements.detail
        if detail is not None:
            from hubdesk.gui.grants.status_dialogs import CancelAgreementDialog

            self._open(CancelAgreementDialog(self.context, detail, self))

    def _chosen_ids(self) -> list[int]:
        ids = self.agreements.selected_ids()
        current = self.agreements.selected_id()
        return ids or ([current] if current is not None else [])

    def preview(self) -> None:
        from hubdesk.gui.grants.agreement_output import start_preview

        ids = self._chosen_ids()
        if ids:
            start_preview(self.context, ids, self)

    def print_selected(self) -> None:
        from hubdesk.gui.grants.agreement_output import start_print

        ids = self._chosen_ids()
        if ids:
            start_print(self.context, ids, self)

    def save_pdf(self) -> None:
        from hubdesk.gui.grants.agreement_output import start_save

        ids = self._chosen_ids()
        if ids:
            start_save(self.context, ids, self)

    def show_agreement(self, agreement_id: int) -> None:
        """From the deadlines list: the Agreements tab with that agreement chosen."""
        self.tabs.setCurrentIndex(AGREEMENTS)
        detail = self.agreements.views.agreement_detail(agreement_id)
        self.agreements.show_agreement(agreement_id, detail.agreement.number)

    def chosen(self) -> int | None:
        """The chosen agreement, kept when the window is rebuilt."""
        return self.agreements.selected_id()

    def choose(self, record: object) -> None:
        if isinstance(record, int):
            self.agreements.select(record)

    def notify(self, text: str) -> None:
        """A line in the window's status bar (when the page sits in one)."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, NOTICE_MS)
