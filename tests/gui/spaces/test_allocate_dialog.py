"""The allocate dialog keeps its shape on a clash, says first how many seats are left,
offers the spaces that have them, and fills the fee and deposit by the hub's rules."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot
from support.hub import Hub
from support.keyboard import pick_team, set_day, show_active, type_won

from hubdesk.gui.main_window import MainWindow
from hubdesk.gui.spaces.tenancy_dialogs import AllocateDialog
from hubdesk.services.spaces.spaces import SpaceService, TenancyDraft


def _opened(qtbot: QtBot, window: MainWindow, **where: int) -> AllocateDialog:
    dialog = AllocateDialog(window.context, window, **where)
    dialog.open()
    show_active(qtbot, dialog)
    return dialog


def _geometry(dialog: AllocateDialog) -> list[tuple[int, int, int, int]]:
    fields: list[QWidget] = [dialog.team, dialog.space, dialog.seats, dialog.start, dialog.end]
    fields += [dialog.deposit, dialog.monthly_fee, dialog.notes, dialog.ok_button()]
    return [(w.x(), w.y(), w.width(), w.height()) for w in fields]


def test_the_fee_is_per_seat_and_the_deposit_follows_the_hubs_rule(
    qtbot: QtBot, window: MainWindow, hub: Hub
) -> None:
    dialog = _opened(qtbot, window, space_id=hub.spaces["2F-OD1"])  # 6 seats, 50,000 a room
    assert dialog.seats.value() == 1
    assert (dialog.monthly_fee.value(), dialog.deposit.value()) == (8_333, 8_333)
    dialog.seats.setValue(3)
    assert (dialog.monthly_fee.value(), dialog.deposit.value()) == (25_000, 25_000)
    type_won(dialog.monthly_fee, 20_000)  # agreed otherwise: kept from now on
    dialog.seats.setValue(4)
    assert dialog.monthly_fee.value() == 20_000
    office = _opened(qtbot, window, space_id=hub.spaces["3F-301"])  # let whole
    assert (office.seats.value(), office.monthly_fee.value()) == (4, 300_000)


def test_a_clash_keeps_the_dialog_and_its_fields_in_shape(
    qtbot: QtBot, window: MainWindow, hub: Hub
) -> None:
    desk, spaces = hub.spaces["2F-OD1"], SpaceService(hub.db, hub.clerk)
    for team in ("social", "village", "startup"):  # every seat taken, three teams named
        spaces.allocate(TenancyDraft(hub.teams[team], desk, 2, date(2026, 3, 1)))
    dialog = _opened(qtbot, window)
    size, fields = dialog.size(), _geometry(dialog)
    pick_team(qtbot, dialog.team, "도시농업")
    assert dialog.space.select(desk)
    qtbot.wait(50)
    assert dialog.problem_text()  # the clash is shown…
    assert dialog.size() == size and _geometry(dialog) == fields  # …in the room kept for it
    again = _opened(qtbot, window)
    assert again.size() == size  # and the next opening is the same size


def test_a_clash_says_the_seats_left_first_and_offers_spaces_with_them(
    qtbot: QtBot, window: MainWindow, hub: Hub
) -> None:
    desk = hub.spaces["2F-OD1"]
    SpaceService(hub.db, hub.clerk).allocate(
        TenancyDraft(hub.teams["social"], desk, 6, date(2026, 3, 1), date(2027, 2, 28))
    )
    dialog = _opened(qtbot, window, space_id=desk)
    pick_team(qtbot, dialog.team, "도시농업")
    dialog.seats.setValue(2)
    set_day(dialog.start, date(2027, 1, 1))
    set_day(dialog.end, date(2027, 12, 31))
    first_line = dialog.problem_text().splitlines()[0]
    assert first_line == "2027-01 ~ 2027-12: 0 seats left, 6 from 2027-03"
    assert not dialog.ok_button().isEnabled()
    offered = dialog.alternatives.findChild(QPushButton, "alternative_3F-301")
    assert offered is not None and offered.isVisible()
    qtbot.mouseClick(offered, Qt.MouseButton.LeftButton)
    assert dialog.space.space_id() == hub.spaces["3F-301"]
    assert dialog.problem_text() == "" or "seats left" not in dialog.problem_text()
    assert dialog.ok_button().isEnabled()
