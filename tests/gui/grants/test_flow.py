"""One grant from start to finish through two real windows, as two staff members would:
the clerk creates and signs the agreement, plans and requests a tranche; the manager, in
their own window, approves it; the clerk pays, settles and closes; then the agreement is
previewed and printed without a printer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from support.hub import Hub
from support.keyboard import pick_team, set_day, type_text, type_won
from support.panels import click, click_row, opened

from hubdesk.domain.enums import AgreementStatus, DisbursementStatus
from hubdesk.gui.grants.agreement_dialog import AgreementDialog
from hubdesk.gui.grants.agreement_output import AgreementPreviewDialog
from hubdesk.gui.grants.agreements_tab import AgreementsTab
from hubdesk.gui.grants.disbursement_dialogs import PayDialog, PlanDisbursementDialog
from hubdesk.gui.grants.page import AGREEMENTS, GrantsPage
from hubdesk.gui.grants.settlement_dialogs import CloseSettlementDialog, ExpenseDialog
from hubdesk.gui.grants.status_dialogs import SignDialog
from hubdesk.gui.main_window import MainWindow
from hubdesk.services.grants.agreements import GrantService
from hubdesk.services.grants.disbursements import DisbursementService
from hubdesk.services.grants.settlements import SettlementService

WAIT_MS = 30_000


def agreements_tab(window: MainWindow, qtbot: QtBot) -> AgreementsTab:
    page = window.page_of(GrantsPage)
    assert isinstance(page, GrantsPage)
    window.show_page(window.pages.index(page))
    page.tabs.setCurrentIndex(AGREEMENTS)
    qtbot.waitExposed(page.agreements)
    return page.agreements


def create_by_typing(qtbot: QtBot, tab: AgreementsTab) -> None:
    click(qtbot, tab.new_button)
    dialog = opened(qtbot, tab.window(), AgreementDialog)
    pick_team(qtbot, dialog.team, "도시농업")
    type_text(dialog.purpose, "도시농업 키트 개발")
    set_day(dialog.start, date(2026, 4, 1))
    set_day(dialog.end, date(2026, 10, 31))
    type_won(dialog.city, 5_000_000)
    type_won(dialog.district, 4_000_000)
    type_won(dialog.copayment, 1_000_000)
    type_text(dialog.bank, "신한은행")
    type_text(dialog.account, "110-123-456456")
    click(qtbot, dialog.ok_button())


def test_a_grant_from_agreement_to_printed_paper(
    qtbot: QtBot,
    hub: Hub,
    make_window: Callable[..., MainWindow],
    errors: list[str],
    tmp_path: Path,
) -> None:
    clerk_window = make_window(hub.clerk)
    manager_window = make_window(hub.manager)
    clerk = agreements_tab(clerk_window, qtbot)

    # The clerk creates the agreement by typing and signs it.
    create_by_typing(qtbot, clerk)
    made = GrantService(hub.db, hub.admin).agreement_by_number("2026-사업개발-001")
    assert (made.status, made.grant, made.copayment) == (
        AgreementStatus.DRAFT,
        9_000_000,
        1_000_000,
    )
    clerk.select(made.id)
    click(qtbot, clerk.sign_button)
    sign = opened(qtbot, clerk.window(), SignDialog)
    click(qtbot, sign.ok_button())
    assert GrantService(hub.db, hub.admin).agreement(made.id).status == AgreementStatus.SIGNED

    # The clerk plans the 1차 tranche and requests it; approving their own is not offered.
    money = clerk.disbursements
    click(qtbot, money.plan_button)
    plan = opened(qtbot, money, PlanDisbursementDialog)
    type_won(plan.amount, 9_000_000)
    click(qtbot, plan.ok_button())
    click_row(qtbot, money.table, 0)
    click(qtbot, money.request_button)
    (disbursement,) = DisbursementService(hub.db, hub.admin).of_agreement(made.id)
    assert disbursement.status == DisbursementStatus.REQUESTED
    click_row(qtbot, money.table, 0)
    assert not money.approve_button.isEnabled()

    # The manager approves in their own window.
    manager = agreements_tab(manager_window, qtbot)
    manager.select(made.id)
    click_row(qtbot, manager.disbursements.table, 0)
    click(qtbot, manager.disbursements.approve_button)
    approved = DisbursementService(hub.db, hub.admin).disbursement(disbursement.id)
    assert approved.status == DisbursementStatus.APPROVED
    assert approved.requester != approved.approver

    # The clerk pays; the agreement is in progress.
    refresh = next(a for a in clerk_window.view_menu.actions() if a.text() == "&Refresh")
    refresh.trigger()  # the clerk's window learns of the approval made in the other one
    click_row(qtbot, money.table, 0)
    click(qtbot, money.pay_button)
    pay = opened(qtbot, money, PayDialog)
    set_day(pay.paid_on, date(2026, 4, 15))
    click(qtbot, pay.ok_button())
    assert DisbursementService(hub.db, hub.admin).disbursement(disbursement.id).paid_on == date(
        2026, 4, 15
    )
    assert GrantService(hub.db, hub.admin).agreement(made.id).status == (
        AgreementStatus.IN_PROGRESS
    )

    # The clerk settles: one expense, approved in part, and 1,000,000 won comes back.
    settle = clerk.settlement
    clerk.money_tabs.setCurrentWidget(settle)
    click(qtbot, settle.open_button)
    click(qtbot, settle.add_button)
    expense = opened(qtbot, settle, ExpenseDialog)
    expense.category.setCurrentIndex(expense.category.findText("재료비"))
    type_text(expense.description, "키트 원자재")
    set_day(expense.spent_on, date(2026, 5, 2))
    type_won(expense.claimed, 8_000_000)
    type_text(expense.evidence, "세금계산서")
    click(qtbot, expense.ok_button())
    click_row(qtbot, settle.table, 0)
    click(qtbot, settle.approve_button)
    click(qtbot, settle.close_button)
    close = opened(qtbot, settle, CloseSettlementDialog)
    assert close.returned.value() == 1_000_000  # paid 9,000,000 − approved 8,000,000
    click(qtbot, close.ok_button())
    settled = SettlementService(hub.db, hub.admin).settlement_of(made.id)
    assert settled is not None and settled.closed and settled.returned_amount == 1_000_000
    assert GrantService(hub.db, hub.admin).agreement(made.id).status == AgreementStatus.CLOSED

    # The agreement is previewed in the window and printed without a printer.
    click(qtbot, clerk.preview_button)
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in clerk.window().findChildren(AgreementPreviewDialog)),
        timeout=WAIT_MS,
    )
    (preview,) = [d for d in clerk.window().findChildren(AgreementPreviewDialog) if d.isVisible()]
    pages = preview.preview.page_count()
    assert pages >= 2
    printed = tmp_path / "printed.pdf"

    def pdf_printer(_parent: object, _count: int) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setResolution(96)
        return printer

    preview.choose_printer = pdf_printer
    preview.print_button.click()
    assert len(PdfReader(printed).pages) == pages
    preview.close()
    assert errors == []
