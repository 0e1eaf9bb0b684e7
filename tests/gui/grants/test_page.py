"""The Grants page driven as a user: create an agreement by typing, see the rules refuse
it inline, undo and redo, sign, cancel with a clawback; programs; the budget chart."""

from __future__ import annotations

import sys
import types
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from support.grants import dev_draft, paid_disbursement
from support.hub import TODAY, Hub, snapshot
from support.keyboard import paste_into, pick_team, show_active, type_over, type_text, type_won

from hubdesk.domain.enums import AgreementStatus
from hubdesk.gui.common.editing import OperationDialog
from hubdesk.gui.grants.agreement_dialog import AgreementDialog
from hubdesk.gui.grants.page import AGREEMENTS, BUDGET, DEADLINES, GrantsPage
from hubdesk.gui.grants.program_dialog import ProgramDialog
from hubdesk.gui.grants.status_dialogs import CancelAgreementDialog, SignDialog
from hubdesk.gui.main_window import MainWindow
from hubdesk.services.grants.agreements import GrantService
from hubdesk.storage.models import GrantAgreement, GrantProgram

COOP = "금천도시농업협동조합"


def open_page(window: MainWindow, qtbot: QtBot, tab: int = AGREEMENTS) -> GrantsPage:
    page = window.page_of(GrantsPage)
    assert isinstance(page, GrantsPage)
    window.show_page(window.pages.index(page))
    page.tabs.setCurrentIndex(tab)
    qtbot.waitExposed(page.tabs.currentWidget())
    return page


def shown_dialog(qtbot: QtBot, page: GrantsPage) -> OperationDialog:
    dialog = page.dialog
    assert isinstance(dialog, OperationDialog)
    show_active(qtbot, dialog)
    return dialog


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def agreements(hub: Hub) -> list[tuple[object, ...]]:
    with hub.db.read() as session:
        query = select(
            GrantAgreement.number,
            GrantAgreement.team_id,
            GrantAgreement.status,
            GrantAgreement.city_amount,
            GrantAgreement.district_amount,
            GrantAgreement.copayment,
            GrantAgreement.signed_on,
            GrantAgreement.clawback_amount,
        ).order_by(GrantAgreement.id)
        return [tuple(row) for row in session.execute(query)]


def new_agreement_dialog(qtbot: QtBot, page: GrantsPage, purpose: str = "") -> AgreementDialog:
    click(qtbot, page.agreements.new_button)
    dialog = shown_dialog(qtbot, page)
    assert isinstance(dialog, AgreementDialog)
    assert pick_team(qtbot, dialog.team, "도시농업").startswith(COOP)
    if purpose:
        type_text(dialog.purpose, purpose)
    return dialog


def fill_money(dialog: AgreementDialog, city: int, district: int, copayment: int) -> None:
    type_won(dialog.city, city)
    type_won(dialog.district, district)
    type_won(dialog.copayment, copayment)


def test_create_an_agreement_by_typing(
    qtbot: QtBot, window: MainWindow, hub: Hub, errors: list[str]
) -> None:
    page = open_page(window, qtbot)
    dialog = new_agreement_dialog(qtbot, page)
    assert not dialog.ok_button().isEnabled()  # no purpose yet
    type_text(dialog.purpose, "도시농업 키트 개발")
    fill_money(dialog, 5_000_000, 4_000_000, 1_000_000)
    type_text(dialog.bank, "신한은행")
    type_text(dialog.account, "110-123-456456")
    limits = dialog.limits_text.text()
    assert "금 구백만원정 (₩9,000,000)" in limits  # the grant in Korean words
    assert "30,000,000" in limits and "25,000,000" in limits  # city left, after this
    assert "Support no. 1" in limits and "10%" in limits
    assert dialog.problem_text() == "" and dialog.ok_button().isEnabled()
    click(qtbot, dialog.ok_button())

    assert errors == [] and not dialog.isVisible()
    assert agreements(hub) == [
        (
            "2026-사업개발-001",
            hub.teams["coop"],
            AgreementStatus.DRAFT,
            5_000_000,
            4_000_000,
            1_000_000,
            None,
            0,
        )
    ]
    tab = page.agreements
    assert tab.detail is not None and tab.detail.agreement.number == "2026-사업개발-001"
    assert tab.detail.payee_holder == COOP  # filled in from the team
    assert "2026-사업개발-001" in window.statusBar().currentMessage()
    assert "금 구백만원정" in tab.facts.text.text()
    assert tab.count.text() == "1 agreements"


@pytest.mark.parametrize(
    ("money", "said"),
    [
        ((6_000_000, 5_000_000, 2_000_000), "exceeds the cap of 10,000,000 won"),
        ((5_000_000, 4_000_000, 500_000), "below 10% of the total cost"),
    ],
)
def test_a_broken_rule_shows_inline_with_ok_disabled(
    qtbot: QtBot,
    window: MainWindow,
    hub: Hub,
    errors: list[str],
    money: tuple[int, int, int],
    said: str,
) -> None:
    page = open_page(window, qtbot)
    before = snapshot(hub.db)
    dialog = new_agreement_dialog(qtbot, page, "도시농업 키트 개발")
    fill_money(dialog, *money)
    assert said in dialog.problem_text()
    assert not dialog.ok_button().isEnabled()
    click(qtbot, dialog.ok_button())
    assert dialog.isVisible() and snapshot(hub.db) == before and errors == []
    type_won(dialog.copayment, 3_000_000)  # enough for either: 3M of 12M / 12M total
    type_won(dialog.city, 4_000_000)
    assert dialog.problem_text() == "" and dialog.ok_button().isEnabled()


def test_budget_left_is_checked_as_the_user_types(
    qtbot: QtBot, window: MainWindow, hub: Hub
) -> None:
    grants = GrantService(hub.db, hub.clerk)
    for team in ("social", "village"):  # district budget 20,000,000: 4,000,000 left
        grants.create_agreement(
            dev_draft(hub, team, city_amount=1_000_000, district_amount=8_000_000)
        )
    page = open_page(window, qtbot)
    before = snapshot(hub.db)
    dialog = new_agreement_dialog(qtbot, page, "판로 개척")
    fill_money(dialog, 1_000_000, 5_000_000, 1_000_000)
    assert "4,000,000 left" in dialog.problem_text()
    assert "after this -1,000,000" in dialog.limits_text.text()
    assert not dialog.ok_button().isEnabled() and snapshot(hub.db) == before
    type_won(dialog.district, 4_000_000)
    assert dialog.ok_button().isEnabled()


def test_undo_removes_the_draft_and_redo_brings_the_number_back(
    qtbot: QtBot, window: MainWindow, hub: Hub, errors: list[str]
) -> None:
    page = open_page(window, qtbot)
    dialog = new_agreement_dialog(qtbot, page, "도시농업 키트 개발")
    fill_money(dialog, 5_000_000, 4_000_000, 1_000_000)
    click(qtbot, dialog.ok_button())
    made = agreements(hub)
    assert len(made) == 1

    window.undo_stack.undo()
    assert agreements(hub) == [] and page.agreements.model.rowCount() == 0
    assert page.agreements.detail is None
    window.undo_stack.redo()
    assert agreements(hub) == made and page.agreements.model.rowCount() == 1
    assert errors == []


def test_sign_then_undo(qtbot: QtBot, window: MainWindow, hub: Hub, errors: list[str]) -> None:
    made = GrantService(hub.db, hub.clerk).create_agreement(dev_draft(hub))
    page = open_page(window, qtbot)
    tab = page.agreements
    tab.table.selectRow(0)
    assert tab.sign_button.isEnabled()
    click(qtbot, tab.sign_button)
    dialog = shown_dialog(qtbot, page)
    assert isinstance(dialog, SignDialog)
    click(qtbot, dialog.ok_button())
    assert agreements(hub)[0][2:] == (
        AgreementStatus.SIGNED,
        5_000_000,
        4_000_000,
        1_000_000,
        TODAY,
        0,
    )
    assert tab.detail is not None and tab.detail.agreement.id == made.id
    assert not tab.sign_button.isEnabled()
    window.undo_stack.undo()
    assert agreements(hub)[0][2] == AgreementStatus.DRAFT and agreements(hub)[0][6] is None
    assert tab.sign_button.isEnabled() and errors == []


def test_cancel_with_a_clawback_of_at_most_what_was_paid(
    qtbot: QtBot, window: MainWindow, hub: Hub, errors: list[str]
) -> None:
    grants = GrantService(hub.db, hub.clerk)
    made = grants.create_agreement(dev_draft(hub))
    grants.advance(made.id, AgreementStatus.SIGNED, date(2026, 3, 25))
    paid_disbursement(hub, made.id, 3_000_000)
    page = open_page(window, qtbot)
    tab = page.agreements
    tab.table.selectRow(0)
    click(qtbot, tab.cancel_button)
    dialog = shown_dialog(qtbot, page)
    assert isinstance(dialog, CancelAgreementDialog)
    assert not dialog.ok_button().isEnabled()  # a reason is needed
    assert dialog.clawback.maximum() == 3_000_000
    type_text(dialog.reason, "허위 증빙 제출")
    type_won(dialog.clawback, 9_000_000)  # more than paid: refused, never clipped
    assert dialog.clawback.value() is None and not dialog.ok_button().isEnabled()
    assert "above the maximum of 3,000,000 won" in dialog.problem_text()
    type_won(dialog.clawback, 1_200_000)
    click(qtbot, dialog.ok_button())
    status, clawback = agreements(hub)[0][2], agreements(hub)[0][7]
    assert (status, clawback) == (AgreementStatus.CANCELLED, 1_200_000)
    assert "허위 증빙 제출" in tab.facts.text.text()
    assert not tab.cancel_button.isEnabled() and errors == []
    assert window.undo_stack.count() == 0  # cancelling is final


def test_print_and_preview_take_the_selected_agreements(
    qtbot: QtBot, window: MainWindow, hub: Hub, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, list[int]]] = []
    fake = types.ModuleType("hubdesk.gui.grants.agreement_output")
    for name in ("start_preview", "start_print", "start_save"):
        setattr(fake, name, lambda _ctx, ids, _parent, n=name: calls.append((n, ids)))
    monkeypatch.setitem(sys.modules, "hubdesk.gui.grants.agreement_output", fake)
    grants = GrantService(hub.db, hub.clerk)
    ids = [grants.create_agreement(dev_draft(hub, team)).id for team in ("coop", "social")]
    page = open_page(window, qtbot)
    tab = page.agreements
    assert not tab.print_button.isEnabled()
    tab.table.selectAll()
    for button in (tab.preview_button, tab.print_button, tab.pdf_button):
        click(qtbot, button)
    shown = ids[::-1]  # in the list's order: the newest number first
    assert calls == [
        ("start_preview", shown),
        ("start_print", shown),
        ("start_save", shown),
    ]


def test_filters_narrow_the_list(qtbot: QtBot, window: MainWindow, hub: Hub) -> None:
    grants = GrantService(hub.db, hub.clerk)
    first = grants.create_agreement(dev_draft(hub, "coop"))
    grants.create_agreement(dev_draft(hub, "social"))
    grants.cancel(first.id, TODAY, "철회")
    page = open_page(window, qtbot)
    tab = page.agreements
    assert tab.model.rowCount() == 2
    tab.status_box.setCurrentIndex(tab.status_box.findData(AgreementStatus.CANCELLED))
    assert [tab.model.row_at(r).id for r in range(tab.model.rowCount())] == [first.id]
    tab.status_box.setCurrentIndex(0)
    type_text(tab.search_box, "함께")
    tab.apply_filters()
    assert tab.model.rowCount() == 1 and tab.model.row_at(0).team_name == "(주)함께일하는세상"
    page.show_agreement(first.id)  # what the deadlines list does
    assert tab.search_box.text() == first.number and tab.detail is not None
    assert tab.detail.agreement.id == first.id and page.tabs.currentIndex() == AGREEMENTS


def test_budget_tab_lines_and_chart_bars(qtbot: QtBot, window: MainWindow, hub: Hub) -> None:
    grants = GrantService(hub.db, hub.clerk)
    made = grants.create_agreement(dev_draft(hub))
    grants.advance(made.id, AgreementStatus.SIGNED, date(2026, 3, 25))
    paid_disbursement(hub, made.id, 4_500_000)
    page = open_page(window, qtbot, BUDGET)
    budget = page.budget
    assert budget.year() == 2026
    assert budget.model.rowCount() == 4  # two programs × city, district
    dev_city = [budget.model.text(0, column) for column in range(10)]
    assert dev_city[2:] == [
        "City",
        "30,000,000",
        "5,000,000",
        "25,000,000",
        "2,500,000",
        "0",
        "0",
        "8.3%",
    ]
    columns = budget.chart.columns()
    assert [(c.total.fiscal_year, c.total.source.value) for c in columns] == [
        (2026, "city"),
        (2026, "district"),
    ]
    city, district = columns
    assert city.budget.height() > 0 and city.committed.height() > 0 and city.paid.height() > 0
    # city: budget 50M, committed 5M, paid 2.5M → the bars keep those proportions
    assert city.committed.height() == pytest.approx(city.budget.height() / 10, abs=1)
    assert city.paid.height() == pytest.approx(city.committed.height() / 2, abs=1)
    assert budget.chart.unit() == 1_000_000
    assert "Execution: 5.0%" in budget.chart.tooltip(city.total)
    image = budget.chart.grab().toImage()
    middle = city.paid.center().toPoint()
    assert image.pixelColor(middle).name() == "#2f5f94"  # the paid bar is painted


def test_new_program_then_undo(
    qtbot: QtBot, window: MainWindow, hub: Hub, errors: list[str]
) -> None:
    page = open_page(window, qtbot, BUDGET)
    click(qtbot, page.budget.new_program_button)
    dialog = shown_dialog(qtbot, page)
    assert isinstance(dialog, ProgramDialog)
    dialog.year.setValue(2027)
    assert "Enter the program's name" in dialog.problem_text()
    type_text(dialog.name, "2027 사업개발비")
    type_won(dialog.city, 3_000_000_000)  # beyond a 32-bit spin box
    type_won(dialog.district, 500_000_000)
    type_won(dialog.cap, 10_000_000)
    dialog.percents.setText("")
    type_text(dialog.percents, "10, 15")
    type_text(dialog.categories, "재료비, 홍보비")
    assert dialog.ok_button().isEnabled(), dialog.problem_text()
    click(qtbot, dialog.ok_button())
    with hub.db.read() as session:
        added = session.scalars(select(GrantProgram).where(GrantProgram.fiscal_year == 2027)).one()
        assert (added.city_budget, added.copay_percents) == (3_000_000_000, [10, 15])
        assert added.eligible_categories == ["재료비", "홍보비"]
    assert page.budget.year_box.findData(2027) >= 0
    window.undo_stack.undo()
    with hub.db.read() as session:
        assert (
            session.scalars(select(GrantProgram).where(GrantProgram.fiscal_year == 2027)).all()
            == []
        )
    assert errors == []


def test_an_edit_below_what_is_committed_is_refused_inline(
    qtbot: QtBot, window: MainWindow, hub: Hub, errors: list[str]
) -> None:
    GrantService(hub.db, hub.clerk).create_agreement(dev_draft(hub))  # city 5,000,000
    page = open_page(window, qtbot, BUDGET)
    programs = page.budget.programs
    programs.selectRow(page.budget.program_model.row_of(hub.programs["dev"]) or 0)
    click(qtbot, page.budget.edit_program_button)
    dialog = shown_dialog(qtbot, page)
    assert isinstance(dialog, ProgramDialog)
    before = snapshot(hub.db)
    type_won(dialog.city, 4_000_000)
    assert "5,000,000 won is already committed" in dialog.problem_text()
    assert not dialog.ok_button().isEnabled() and snapshot(hub.db) == before
    type_won(dialog.city, 40_000_000)
    click(qtbot, dialog.ok_button())
    assert page.budget.model.text(0, 3) == "40,000,000"
    window.undo_stack.undo()
    assert page.budget.model.text(0, 3) == "30,000,000" and errors == []


def test_a_late_settlement_opens_its_agreement(
    qtbot: QtBot, window: MainWindow, hub: Hub, errors: list[str]
) -> None:
    grants = GrantService(hub.db, hub.clerk)
    late = grants.create_agreement(dev_draft(hub, end_date=date(2026, 8, 31)))
    grants.advance(late.id, AgreementStatus.SIGNED, date(2026, 3, 25))
    paid_disbursement(hub, late.id, 2_000_000)  # in progress; settlement due by 2026-10-31
    grants.create_agreement(dev_draft(hub, "social"))
    page = open_page(window, qtbot, DEADLINES)
    view = page.deadlines.late
    assert view.model().rowCount() == 1
    rect = view.visualRect(view.model().index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    tab = page.agreements
    assert page.tabs.currentIndex() == AGREEMENTS
    assert tab.detail is not None and tab.detail.agreement.id == late.id
    assert tab.selected_ids() == [late.id] and tab.model.rowCount() == 1
    assert tab.disbursements.agreement_id == late.id == tab.settlement.agreement_id
    assert errors == []


# --- Dates and money typed as an office writes them (issue 14, items 2 and 3) ---------


def test_a_new_agreement_typed_as_an_office_writes_it(
    qtbot: QtBot, window: MainWindow, hub: Hub, errors: list[str]
) -> None:
    page = open_page(window, qtbot)
    dialog = new_agreement_dialog(qtbot, page, "도시농업 키트 개발")
    type_over(dialog.start, "2026. 4. 1.")
    type_over(dialog.end, "20261031")
    assert (dialog.start.date(), dialog.end.date()) == (date(2026, 4, 1), date(2026, 10, 31))
    type_over(dialog.city, "abc24만원")  # it used to become 24
    assert dialog.city.value() is None and not dialog.ok_button().isEnabled()
    assert dialog.problem_text().startswith("City (won): ‘a’ cannot be part of an amount")
    type_over(dialog.city, "500만")
    paste_into(dialog.district, "4,000,000원")  # it used to be ignored
    type_over(dialog.copayment, "100만원")
    assert (dialog.city.value(), dialog.district.value(), dialog.copayment.value()) == (
        5_000_000,
        4_000_000,
        1_000_000,
    )
    assert dialog.city.text() == "5,000,000"  # written out once the field was left
    assert dialog.city.words.text() == "금 오백만원정"
    assert dialog.copayment.words.text() == "1,000,000원 · 금 일백만원정"  # still typing there
    assert "금 구백만원정 (₩9,000,000)" in dialog.limits_text.text()
    assert dialog.problem_text() == "" and dialog.ok_button().isEnabled()
    click(qtbot, dialog.ok_button())

    assert errors == [] and not dialog.isVisible()
    assert agreements(hub)[0][3:6] == (5_000_000, 4_000_000, 1_000_000)
    with hub.db.read() as session:
        period = session.execute(select(GrantAgreement.start_date, GrantAgreement.end_date)).one()
    assert tuple(period) == (date(2026, 4, 1), date(2026, 10, 31))


def test_a_budget_of_billions_is_typed_in_eok(qtbot: QtBot, window: MainWindow) -> None:
    page = open_page(window, qtbot, BUDGET)
    click(qtbot, page.budget.new_program_button)
    dialog = shown_dialog(qtbot, page)
    assert isinstance(dialog, ProgramDialog)
    type_over(dialog.city, "4억 1,700만")
    assert dialog.city.value() == 417_000_000
    assert dialog.city.words.text() == "417,000,000원 · 금 사억일천칠백만원정"
    type_over(dialog.cap, "1.5억")
    assert dialog.cap.value() == 150_000_000
    type_over(dialog.district, "20억 3,000")
    assert dialog.district.value() == 2_000_003_000  # beyond a 32-bit spin box
