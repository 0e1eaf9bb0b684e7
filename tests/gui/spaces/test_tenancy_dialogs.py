"""Tenancy dialogs driven as a user: allocate, see a clash before OK, renew, end, tick; undo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTableView, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from support.hub import TODAY, Hub, snapshot
from support.keyboard import (
    day_cell,
    paste_into,
    pick_team,
    set_day,
    show_active,
    type_mixed,
    type_text,
    type_won,
)

from hubdesk.domain.enums import ChecklistKind, TenancyStatus
from hubdesk.domain.records import TenancyRecord
from hubdesk.gui.common.calendar_popup import HOLIDAY_RED
from hubdesk.gui.common.editing import OperationDialog
from hubdesk.gui.main_window import MainWindow
from hubdesk.gui.spaces.tenancy_dialogs import (
    AllocateDialog,
    ChecklistDialog,
    EndTenancyDialog,
    RenewDialog,
)
from hubdesk.services.core.settings import SettingsService
from hubdesk.services.spaces.spaces import SpaceService, TenancyDraft
from hubdesk.storage.models import Tenancy

COOP = "금천도시농업협동조합"
YESTERDAY = date(2026, 11, 23)
SOCIAL = "(주)함께일하는세상"


@pytest.fixture
def spaces(hub: Hub) -> SpaceService:
    return SpaceService(hub.db, hub.clerk)


def click_ok(qtbot: QtBot, dialog: OperationDialog) -> None:
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)


def shown(qtbot: QtBot, dialog: OperationDialog) -> OperationDialog:
    dialog.open()
    show_active(qtbot, dialog)
    return dialog


def tenancy_rows(hub: Hub) -> list[tuple[int, int, int, date, date, TenancyStatus, int, str]]:
    with hub.db.read() as session:
        return [
            (t.team_id, t.space_id, t.seats, t.start_date, t.end_date, t.status, t.deposit, t.notes)
            for t in session.scalars(select(Tenancy).order_by(Tenancy.id))
        ]


def test_allocate_a_tenancy(qtbot: QtBot, window: MainWindow, hub: Hub, errors: list[str]) -> None:
    dialog = shown(qtbot, AllocateDialog(window.context, window))
    assert not dialog.ok_button().isEnabled()  # no team yet
    assert pick_team(qtbot, dialog.team, "도시농업").startswith(COOP)
    assert dialog.space.select(hub.spaces["2F-OD1"])
    dialog.seats.setValue(2)
    set_day(dialog.start, date(2026, 12, 1))
    assert dialog.end.date() == date(2027, 11, 30)  # one year follows
    type_won(dialog.deposit, 500_000)
    type_text(dialog.notes, "창가 자리")
    assert dialog.monthly_fee.value() == 16_667  # the desk's 50,000 over 6 seats, times 2
    click_ok(qtbot, dialog)

    assert not dialog.isVisible() and errors == []
    assert tenancy_rows(hub) == [
        (
            hub.teams["coop"],
            hub.spaces["2F-OD1"],
            2,
            date(2026, 12, 1),
            date(2027, 11, 30),
            TenancyStatus.ACTIVE,
            500_000,
            "창가 자리",
        )
    ]
    assert window.undo_stack.count() == 1
    assert "2F-OD1" in window.undo_stack.undoText()


def test_a_private_office_clash_shows_before_ok(
    qtbot: QtBot, window: MainWindow, hub: Hub, spaces: SpaceService
) -> None:
    office = hub.spaces["3F-301"]
    spaces.allocate(TenancyDraft(hub.teams["social"], office, 4, date(2026, 3, 1)))
    before = snapshot(hub.db)
    dialog = shown(qtbot, AllocateDialog(window.context, window, space_id=office))
    pick_team(qtbot, dialog.team, "도시농업")
    # The clash names the other tenancy: its team, its dates and its seats.
    problem = dialog.problem_text()
    assert SOCIAL in problem and "2026-03-01–2027-02-28, 4" in problem, problem
    assert "3F-301" in problem
    assert not dialog.ok_button().isEnabled()
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and snapshot(hub.db) == before

    set_day(dialog.start, date(2027, 3, 1))  # after the other term: it fits
    assert dialog.problem_text() == "" and dialog.ok_button().isEnabled()


def test_too_many_seats_show_who_takes_them(
    qtbot: QtBot, window: MainWindow, hub: Hub, spaces: SpaceService
) -> None:
    desk = hub.spaces["2F-OD1"]  # 6 seats
    spaces.allocate(TenancyDraft(hub.teams["social"], desk, 5, date(2026, 6, 1)))
    dialog = shown(qtbot, AllocateDialog(window.context, window, space_id=desk))
    pick_team(qtbot, dialog.team, "도시농업")
    assert dialog.problem_text() == "" and dialog.ok_button().isEnabled()  # one seat fits
    dialog.seats.setValue(2)
    problem = dialog.problem_text()
    assert f"{SOCIAL} (2026-06-01–2027-05-31, 5)" in problem, problem
    assert "6" in problem and not dialog.ok_button().isEnabled()


def test_a_team_found_by_its_business_number(qtbot: QtBot, window: MainWindow, hub: Hub) -> None:
    dialog = shown(qtbot, AllocateDialog(window.context, window))
    assert pick_team(qtbot, dialog.team, "11981").startswith(SOCIAL)
    assert dialog.team.team_id() == hub.teams["social"]


def test_undo_and_redo_an_allocation(
    qtbot: QtBot, window: MainWindow, hub: Hub, spaces: SpaceService, errors: list[str]
) -> None:
    before = spaces.occupancy(TODAY)
    dialog = shown(qtbot, AllocateDialog(window.context, window, space_id=hub.spaces["3F-301"]))
    dialog.team.set_team(hub.teams["coop"])
    click_ok(qtbot, dialog)
    (tenancy_id,) = [t.id for t in spaces.ending_soon(date(2027, 10, 1))]
    assert spaces.occupancy(TODAY).seats_taken == before.seats_taken + 4

    window.undo_stack.undo()
    assert spaces.tenancy(tenancy_id).status == TenancyStatus.CANCELLED
    assert spaces.occupancy(TODAY) == before
    window.undo_stack.redo()
    assert spaces.tenancy(tenancy_id).status == TenancyStatus.ACTIVE
    assert spaces.occupancy(TODAY).seats_taken == before.seats_taken + 4
    assert len(tenancy_rows(hub)) == 1 and errors == []


def test_an_undo_that_is_no_longer_honest_is_refused(
    qtbot: QtBot, window: MainWindow, hub: Hub, spaces: SpaceService, errors: list[str]
) -> None:
    dialog = shown(qtbot, AllocateDialog(window.context, window, team_id=hub.teams["coop"]))
    dialog.space.select(hub.spaces["2F-OD1"])
    click_ok(qtbot, dialog)
    (tenancy,) = spaces.ending_soon(date(2027, 11, 1))
    spaces.tick(spaces.checklist(tenancy.id)[0].id, TODAY)  # the keys were handed over
    window.undo_stack.undo()
    assert spaces.tenancy(tenancy.id).status == TenancyStatus.ACTIVE
    assert errors and "changed" in errors[-1]


@pytest.fixture
def tenancy(hub: Hub, spaces: SpaceService) -> TenancyRecord:
    """The cooperative in the private office for 2026."""
    return spaces.allocate(
        TenancyDraft(hub.teams["coop"], hub.spaces["3F-301"], 4, date(2026, 1, 1))
    )


def test_renew_and_undo(
    qtbot: QtBot,
    window: MainWindow,
    spaces: SpaceService,
    tenancy: TenancyRecord,
    errors: list[str],
) -> None:
    dialog = shown(qtbot, RenewDialog(window.context, tenancy.id, window))
    assert dialog.new_end.date() == date(2027, 12, 31)
    assert dialog.stay.text() == "12 of at most 36 months used; 24 after this renewal"
    type_text(dialog.review_note, "연간 심사 통과")
    click_ok(qtbot, dialog)
    renewed = spaces.tenancy(tenancy.id)
    assert (renewed.end_date, renewed.renewals) == (date(2027, 12, 31), 1)

    window.undo_stack.undo()
    assert spaces.tenancy(tenancy.id) == tenancy
    window.undo_stack.redo()
    assert spaces.tenancy(tenancy.id).end_date == date(2027, 12, 31)
    assert errors == []


def test_a_renewal_past_the_maximum_stay_is_refused_inline(
    qtbot: QtBot, window: MainWindow, hub: Hub, spaces: SpaceService, tenancy: TenancyRecord
) -> None:
    spaces.renew(tenancy.id, date(2026, 11, 1))
    dialog = shown(qtbot, RenewDialog(window.context, tenancy.id, window))
    assert dialog.ok_button().isEnabled()  # to 2028-12-31: 36 months
    set_day(dialog.new_end, date(2029, 6, 30))
    assert "42 after this renewal" in dialog.stay.text()
    assert "36" in dialog.problem_text() and not dialog.ok_button().isEnabled()
    before = snapshot(hub.db)
    click_ok(qtbot, dialog)
    assert snapshot(hub.db) == before


def test_end_early_and_undo(
    qtbot: QtBot, window: MainWindow, spaces: SpaceService, tenancy: TenancyRecord
) -> None:
    dialog = shown(qtbot, EndTenancyDialog(window.context, tenancy.id, window))
    assert dialog.on.date() == TODAY
    # Moving out today: the last day in the room was yesterday, 38 days before 2026-12-31.
    assert "38 days" in dialog.early.text() and "2026-11-23" in dialog.early.text()
    taken = spaces.occupancy(TODAY).seats_taken
    type_text(dialog.reason, "사무실 확장 이전")
    click_ok(qtbot, dialog)
    ended = spaces.tenancy(tenancy.id)
    assert (ended.status, ended.ended_early_on) == (TenancyStatus.ENDED, YESTERDAY)
    assert spaces.occupancy(TODAY).seats_taken == taken - tenancy.seats  # gone today
    kinds = [item.kind for item in spaces.checklist(tenancy.id)]
    assert kinds.count(ChecklistKind.MOVE_OUT) == 3

    window.undo_stack.undo()
    assert spaces.tenancy(tenancy.id) == tenancy
    assert ChecklistKind.MOVE_OUT not in {item.kind for item in spaces.checklist(tenancy.id)}
    window.undo_stack.redo()
    assert spaces.tenancy(tenancy.id).ended_early_on == YESTERDAY


def test_a_refused_edit_stays_in_the_dialog(
    qtbot: QtBot,
    window: MainWindow,
    hub: Hub,
    spaces: SpaceService,
    tenancy: TenancyRecord,
    errors: list[str],
) -> None:
    dialog = shown(qtbot, EndTenancyDialog(window.context, tenancy.id, window))
    spaces.move_out(tenancy.id, date(2026, 10, 31))  # someone else, meanwhile
    before = snapshot(hub.db)
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and "tenancy" in dialog.problem_text()
    assert snapshot(hub.db) == before
    assert errors == [] and window.undo_stack.count() == 0


def test_tick_a_checklist_box_and_undo(
    qtbot: QtBot, window: MainWindow, spaces: SpaceService, tenancy: TenancyRecord
) -> None:
    dialog = shown(qtbot, ChecklistDialog(window.context, tenancy.id, window))
    assert set(dialog.boxes) == {"keys_handed", "deposit_received", "address_moved"}
    overdue = dialog.findChild(type(dialog.problem), "state_address_moved")
    assert overdue is not None and overdue.text() == "overdue since 2026-04-01"
    assert "b00020" in overdue.styleSheet()  # red

    box = dialog.boxes["keys_handed"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    keys = next(i for i in spaces.checklist(tenancy.id) if i.item_key == "keys_handed")
    assert keys.done_on == TODAY
    assert window.undo_stack.count() == 1

    window.undo_stack.undo()
    keys = next(i for i in spaces.checklist(tenancy.id) if i.item_key == "keys_handed")
    assert keys.done_on is None
    assert not dialog.boxes["keys_handed"].isChecked()  # the open dialog follows
    window.undo_stack.redo()
    assert dialog.boxes["keys_handed"].isChecked()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()
    assert not dialog.isVisible()


# --- Dates and money typed as an office writes them (issue 14, items 2 and 3) ---------


def typed_into_focus(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Click the field, then type into whatever has the focus, as the keyboard does."""
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    focused = QApplication.focusWidget()
    assert focused is field
    type_mixed(focused, text)


def test_the_allocate_dialog_takes_dates_and_amounts_as_typed(
    qtbot: QtBot, window: MainWindow, hub: Hub, errors: list[str]
) -> None:
    dialog = shown(qtbot, AllocateDialog(window.context, window))
    assert isinstance(dialog, AllocateDialog)
    pick_team(qtbot, dialog.team, "도시농업")
    assert dialog.space.select(hub.spaces["2F-OD1"])
    typed_into_focus(qtbot, dialog.start, "2027.1.1")  # the click selected the whole date
    assert dialog.start.date() == date(2027, 1, 1) and dialog.start.weekday.text() == "(Fri)"
    assert dialog.end.date() == date(2027, 12, 31)  # one year follows the start
    typed_into_focus(qtbot, dialog.deposit, "30만")
    assert dialog.deposit.value() == 300_000
    assert dialog.deposit.words.text() == "300,000원 · 금 삼십만원정"

    paste_into(dialog.monthly_fee, "abc")
    assert dialog.monthly_fee.value() is None and dialog.monthly_fee.refusal_shown()
    assert dialog.problem_text().startswith("Monthly fee (won): ‘a’ cannot be part of")
    assert not dialog.ok_button().isEnabled()
    paste_into(dialog.monthly_fee, "₩50,000")
    typed_into_focus(qtbot, dialog.end, "2027-02-30")
    assert dialog.problem_text() == "End: Month 2 of 2027 has 28 days (‘2027-02-30’)."
    before = snapshot(hub.db)
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and snapshot(hub.db) == before  # nothing with a wrong day
    QTest.keyClick(dialog.end, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_mixed(dialog.end, "20271231")
    assert dialog.problem_text() == "" and dialog.ok_button().isEnabled()
    click_ok(qtbot, dialog)

    assert not dialog.isVisible() and errors == []
    stored = tenancy_rows(hub)[0]
    assert stored[3:5] == (date(2027, 1, 1), date(2027, 12, 31)) and stored[6] == 300_000
    with hub.db.read() as session:
        assert session.scalars(select(Tenancy.monthly_fee)).one() == 50_000


def test_a_half_typed_date_holds_ok_back_with_a_hint(qtbot: QtBot, window: MainWindow) -> None:
    dialog = shown(qtbot, AllocateDialog(window.context, window))
    pick_team(qtbot, dialog.team, "도시농업")
    typed_into_focus(qtbot, dialog.start, "2027.1")
    assert not dialog.start.refusal_shown()  # still being typed: no red yet
    assert dialog.problem_text().startswith("Start: ‘2027.1’ is not a date")
    assert not dialog.ok_button().isEnabled()
    type_mixed(dialog.start, ".15")
    assert dialog.start.date() == date(2027, 1, 15) and dialog.ok_button().isEnabled()


def test_the_calendar_of_a_dialog_marks_the_hubs_days_off(
    qtbot: QtBot, window: MainWindow, hub: Hub
) -> None:
    SettingsService(hub.db, hub.admin).add_day_off(date(2026, 12, 31), "종무식")
    dialog = shown(qtbot, AllocateDialog(window.context, window))
    assert isinstance(dialog, AllocateDialog)
    typed_into_focus(qtbot, dialog.start, "2026.12.1")
    qtbot.mouseClick(dialog.start.calendar_button, Qt.MouseButton.LeftButton)
    popup = dialog.start.popup
    assert popup is not None and popup.isVisible()
    calendar = popup.calendar
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 12)
    assert "Hub day off" in calendar.dateTextFormat(QDate(2026, 12, 31)).toolTip()
    assert calendar.dateTextFormat(QDate(2026, 12, 25)).foreground().color() == HOLIDAY_RED
    view = calendar.findChild(QTableView)
    assert view is not None
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=day_cell(view, 24))
    assert dialog.start.date() == date(2026, 12, 24) and not popup.isVisible()
    assert dialog.end.date() == date(2027, 12, 23)
