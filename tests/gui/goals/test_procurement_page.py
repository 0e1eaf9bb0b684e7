"""The Procurement page by hand: a purchase typed in moves its department's actual; a
target is set by an administrator and refused to staff; the workbook is saved."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from support.desktop import DesktopCalls
from support.hub import Hub
from support.keyboard import pick_team, set_day, type_text, type_won
from support.panels import click, click_row, opened, page_context, shown

from hubdesk.domain.enums import PurchaseCategory, TeamKind
from hubdesk.domain.records import Actor
from hubdesk.gui.goals.procurement_dialogs import PurchaseDialog, TargetDialog
from hubdesk.gui.goals.procurement_page import ProcurementPage
from hubdesk.services.goals.procurement import ProcurementService, PurchaseDraft

DEPARTMENT = "일자리경제과"


def scalar(hub: Hub, sql: str, **values: object) -> object:
    with hub.db.read() as session:
        return session.execute(text(sql), values).scalar_one()


def make_page(qtbot: QtBot, hub: Hub, actor: Actor, errors: list[str]) -> ProcurementPage:
    context = page_context(qtbot, hub.db, actor, errors)
    page = ProcurementPage(context)
    context.ops.changed.connect(page.refresh)
    return shown(qtbot, page, 1200, 760)


@pytest.fixture
def targets(hub: Hub) -> None:
    service = ProcurementService(hub.db, hub.director)
    service.set_target(2026, DEPARTMENT, 50_000_000)
    service.set_target(2027, DEPARTMENT, 60_000_000)
    service.add_purchase(PurchaseDraft(
        date(2026, 3, 10), DEPARTMENT, "가산인쇄협동조합", TeamKind.COOPERATIVE,
        PurchaseCategory.GOODS, 2_000_000,
    ))  # fmt: skip


def department_row(page: ProcurementPage) -> list[str]:
    (row,) = [r for r in page.departments.texts() if r[0] == DEPARTMENT]
    return row


def actual(hub: Hub) -> object:
    return scalar(
        hub,
        "SELECT sum(amount) FROM purchases WHERE department = :d "
        "AND purchased_on BETWEEN '2026-01-01' AND '2026-12-31'",
        d=DEPARTMENT,
    )


def test_a_purchase_typed_in_moves_the_department_actual(
    qtbot: QtBot, hub: Hub, targets: None, errors: list[str]
) -> None:
    page = make_page(qtbot, hub, hub.clerk, errors)
    assert department_row(page)[1:] == ["50,000,000", "2,000,000", "4.0%", "60,000,000"]
    achieved = page.departments.index(0, 3)
    assert achieved.data(Qt.ItemDataRole.ForegroundRole) is not None  # behind the pace: red
    click(qtbot, page.new_button)
    dialog = opened(qtbot, page, PurchaseDialog)
    set_day(dialog.day, date(2026, 11, 3))
    type_text(dialog.department.lineEdit(), DEPARTMENT)
    pick_team(qtbot, dialog.team, "마을부엌")
    dialog.category.setCurrentIndex(dialog.category.findData(PurchaseCategory.SERVICES))
    type_won(dialog.amount, 3_000_000)
    type_text(dialog.evidence, "지출결의서 2026-1103")
    click(qtbot, dialog.ok_button())
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = (
        "SELECT team_id, enterprise_name, enterprise_kind FROM purchases WHERE amount = 3000000"
    )
    with hub.db.read() as session:
        row = session.execute(text(stored)).one()
    assert tuple(row) == (hub.teams["village"], "가산마을부엌", "village_enterprise")
    assert actual(hub) == 5_000_000
    assert department_row(page)[2:4] == [f"{actual(hub):,}", "10.0%"]
    assert len(page.purchases.texts()) == scalar(
        hub, "SELECT count(*) FROM purchases WHERE purchased_on LIKE '2026-%'"
    )


def test_an_outside_enterprise_is_typed_by_name(
    qtbot: QtBot, hub: Hub, targets: None, errors: list[str]
) -> None:
    page = make_page(qtbot, hub, hub.clerk, errors)
    click(qtbot, page.new_button)
    dialog = opened(qtbot, page, PurchaseDialog)
    click(qtbot, dialog.outside)
    type_text(dialog.department.lineEdit(), "총무과")
    type_text(dialog.name, "(주)늘푸른사회적기업")
    dialog.kind.setCurrentIndex(dialog.kind.findData(TeamKind.SOCIAL_ENTERPRISE))
    type_won(dialog.amount, 700_000)
    click(qtbot, dialog.ok_button())
    qtbot.waitUntil(lambda: not dialog.isVisible())
    query = "SELECT team_id IS NULL, enterprise_kind FROM purchases WHERE department = '총무과'"
    with hub.db.read() as session:
        assert tuple(session.execute(text(query)).one()) == (1, "social_enterprise")
    assert [r[0] for r in page.departments.texts()] == sorted(["총무과", DEPARTMENT])


def test_targets_are_for_administrators(
    qtbot: QtBot, hub: Hub, targets: None, errors: list[str]
) -> None:
    staff_page = make_page(qtbot, hub, hub.clerk, errors)
    assert not staff_page.target_button.isEnabled()
    page = make_page(qtbot, hub, hub.director, errors)
    click_row(qtbot, page.department_view, 0)
    click(qtbot, page.target_button)
    dialog = opened(qtbot, page, TargetDialog)
    assert dialog.department.currentText() == DEPARTMENT
    assert dialog.amount.value() == 50_000_000  # what is stored
    type_won(dialog.amount, 80_000_000)
    click(qtbot, dialog.ok_button())
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = "SELECT target_amount FROM procurement_targets WHERE year = 2026 AND department = :d"
    assert scalar(hub, stored, d=DEPARTMENT) == 80_000_000
    assert department_row(page)[1] == "80,000,000"


def test_the_department_workbook_is_saved(
    qtbot: QtBot,
    hub: Hub,
    targets: None,
    errors: list[str],
    tmp_path: Path,
    desktop: DesktopCalls,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = make_page(qtbot, hub, hub.clerk, errors)
    target = tmp_path / "공공구매 2026.xlsx"
    monkeypatch.setattr(page, "_ask_path", lambda _suggested: target)
    click(qtbot, page.excel_button)
    qtbot.waitUntil(lambda: desktop.asked == [target], timeout=20_000)
    assert errors == []
    cells = [
        value
        for sheet in load_workbook(target).worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
    ]
    assert DEPARTMENT in cells and 50_000_000 in cells and 2_000_000 in cells


def test_the_database_itself_is_refused_as_the_workbook(
    qtbot: QtBot, hub: Hub, targets: None, errors: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, hub, hub.clerk, errors)
    before = hub.db.path.read_bytes()
    monkeypatch.setattr(page, "_ask_path", lambda _suggested: hub.db.path)
    click(qtbot, page.excel_button)
    qtbot.waitUntil(lambda: bool(errors), timeout=20_000)
    assert hub.db.path.read_bytes() == before


def test_an_edit_saved_on_a_stale_purchase_is_refused_and_undo_restores(
    qtbot: QtBot, hub: Hub, targets: None, errors: list[str]
) -> None:
    page = make_page(qtbot, hub, hub.clerk, errors)
    click_row(qtbot, page.purchase_view, 0)
    click(qtbot, page.edit_button)
    dialog = opened(qtbot, page, PurchaseDialog)
    (record,) = ProcurementService(hub.db, hub.manager).purchases(2026)
    ProcurementService(hub.db, hub.manager).update_purchase(
        record.id, record.version, PurchaseDraft(record.purchased_on, DEPARTMENT,
        record.enterprise_name, record.enterprise_kind, record.category, 2_500_000),
    )  # fmt: skip
    type_won(dialog.amount, 9_000_000)
    click(qtbot, dialog.ok_button())
    assert dialog.isVisible() and dialog.problem_text()  # someone changed it meanwhile
    assert actual(hub) == 2_500_000
    dialog.cancel()

    page.refresh(frozenset())  # F5
    click_row(qtbot, page.purchase_view, 0)
    click(qtbot, page.edit_button)
    dialog = opened(qtbot, page, PurchaseDialog)
    type_won(dialog.amount, 9_000_000)
    click(qtbot, dialog.ok_button())
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert actual(hub) == 9_000_000
    stack = page.context.ops.stack
    stack.undo()
    assert actual(hub) == 2_500_000
    assert department_row(page)[2] == "2,500,000"
