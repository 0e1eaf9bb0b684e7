"""The teams page driven as a user would: search, filter, add, edit, undo, close, reopen."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from support.grants import large_2025_draft
from support.hub import TODAY, Hub, snapshot
from support.keyboard import set_day, type_over

from hubdesk.domain.brn import make_valid_brn
from hubdesk.domain.enums import AgreementStatus, TeamKind, TeamStatus
from hubdesk.gui.main_window import MainWindow
from hubdesk.gui.teams.page import TeamsPage
from hubdesk.gui.teams.team_dialog import CloseTeamDialog, TeamDialog
from hubdesk.services.grants.agreements import GrantService
from hubdesk.services.hub.team_views import TeamColumn
from hubdesk.services.people.teams import TeamService, draft_of
from hubdesk.storage import Database
from hubdesk.storage.models import Tenancy


@pytest.fixture
def page(window: MainWindow, qtbot: QtBot) -> TeamsPage:
    teams = window.page_of(TeamsPage)
    assert isinstance(teams, TeamsPage)
    window.show_page(window.pages.index(teams))
    qtbot.waitExposed(teams)
    return teams


def type_into(qtbot: QtBot, widget: QWidget, typed: str) -> None:
    """Type like a user: ASCII as key presses, Hangul as the input method commits it.

    (QTest's key clicks only know ASCII.)
    """
    for char in typed:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)


def names(page: TeamsPage) -> list[str]:
    return [page.model.team_row(row).name for row in range(page.model.rowCount())]


def team_row(db: Database, team_id: int) -> dict[str, object]:
    with db.read() as session:
        row = session.execute(text("SELECT * FROM teams WHERE id = :id"), {"id": team_id})
        return dict(row.mappings().one())


def team_by_name(db: Database, name: str) -> dict[str, object] | None:
    with db.read() as session:
        row = session.execute(text("SELECT * FROM teams WHERE name = :n"), {"n": name})
        found = row.mappings().one_or_none()
        return dict(found) if found else None


def open_new_dialog(page: TeamsPage, qtbot: QtBot) -> TeamDialog:
    """Ctrl+N on the page opens the dialog without blocking."""
    page.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page.window())
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(page.dialog, TeamDialog) and page.dialog.isVisible())
    assert isinstance(page.dialog, TeamDialog)
    return page.dialog


def ok_button(dialog: TeamDialog) -> object:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def click_ok(qtbot: QtBot, dialog: TeamDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wrong_check_digit(first_nine: str) -> str:
    valid = make_valid_brn(first_nine).digits
    return valid[:9] + str((int(valid[9]) + 1) % 10)


# --- the list --------------------------------------------------------------------


def test_the_page_lists_every_team(page: TeamsPage, hub: Hub) -> None:
    assert page.title() == "Teams"
    assert sorted(names(page)) == sorted(
        ["금천도시농업협동조합", "(주)함께일하는세상", "가산마을부엌", "청년창업팀 온기"]
    )
    assert page.count_label.text() == "4 teams"


def test_typing_in_the_search_box_filters_after_a_pause(page: TeamsPage, qtbot: QtBot) -> None:
    type_into(qtbot, page.search, "마을")
    assert len(names(page)) == 4  # not yet: the search waits for the typing to pause
    qtbot.waitUntil(lambda: names(page) == ["가산마을부엌"], timeout=2000)
    assert page.count_label.text() == "1 team"
    page.search.clear()
    type_into(qtbot, page.search, "이영희")  # the representative
    qtbot.waitUntil(lambda: names(page) == ["(주)함께일하는세상"], timeout=2000)


def test_the_business_number_is_found_with_or_without_hyphens(
    page: TeamsPage, qtbot: QtBot
) -> None:
    number = make_valid_brn("119822222")
    for typed in (number.formatted, number.digits):
        page.search.clear()
        type_into(qtbot, page.search, typed)
        qtbot.waitUntil(lambda: names(page) == ["가산마을부엌"], timeout=2000)


def test_filters_by_kind_status_and_tenancy(page: TeamsPage, hub: Hub) -> None:
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(TeamKind.STARTUP_TEAM))
    assert names(page) == ["청년창업팀 온기"]
    page.kind_filter.setCurrentIndex(0)
    TeamService(hub.db, hub.clerk).close(hub.teams["village"], TODAY)
    page.refresh(frozenset({"teams"}))
    page.status_filter.setCurrentIndex(page.status_filter.findData(TeamStatus.CLOSED))
    assert names(page) == ["가산마을부엌"]
    page.status_filter.setCurrentIndex(0)
    with hub.db.write("system") as session:
        session.add(
            Tenancy(
                team_id=hub.teams["coop"],
                space_id=hub.spaces["3F-301"],
                seats=2,
                start_date=date(2026, 3, 1),
                end_date=date(2027, 2, 28),
                status="active",
            )
        )
    page.refresh(frozenset({"tenancies"}))
    page.housed_filter.setCurrentIndex(page.housed_filter.findData(True))
    assert names(page) == ["금천도시농업협동조합"]
    assert page.model.team_row(0).spaces == "3F-301"
    page.housed_filter.setCurrentIndex(page.housed_filter.findData(False))
    assert "금천도시농업협동조합" not in names(page) and len(names(page)) == 3


def test_clicking_a_header_sorts_in_sql(page: TeamsPage, qtbot: QtBot, hub: Hub) -> None:
    header = page.table.horizontalHeader()
    for _click in range(2):  # once one way, then the other
        x = header.sectionViewportPosition(4) + 5
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
        assert page.model.query.sort == TeamColumn.REPRESENTATIVE
        order = "DESC" if page.model.query.descending else "ASC"
        with hub.db.read() as session:
            expected = session.execute(
                text(f"SELECT id FROM teams ORDER BY representative {order}, id {order}")
            ).scalars()
            assert page.model.ids() == list(expected)
    assert page.model.query.descending != (
        header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    )


# --- adding and editing ----------------------------------------------------------


def test_new_team_with_a_wrong_check_digit_needs_the_tick(
    page: TeamsPage, qtbot: QtBot, hub: Hub
) -> None:
    dialog = open_new_dialog(page, qtbot)
    assert not ok_button(dialog).isEnabled()  # name and representative are required
    assert dialog.name_note.isVisible()
    type_into(qtbot, dialog.name, "독산동 돌봄협동조합")
    type_into(qtbot, dialog.representative, "정수민")
    assert ok_button(dialog).isEnabled()
    type_into(qtbot, dialog.brn, "220-86-1234")
    assert not ok_button(dialog).isEnabled()
    assert "10 digits" in dialog.brn_note.text()
    dialog.brn.clear()
    number = wrong_check_digit("220861234")
    type_into(qtbot, dialog.brn, number)
    assert dialog.confirm_check_digit.isVisible()
    assert "check digit" in dialog.brn_note.text()
    assert not ok_button(dialog).isEnabled()
    type_into(qtbot, dialog.email, "care@dogsan")
    assert dialog.email_note.isVisible()
    type_into(qtbot, dialog.email, ".kr")
    assert not dialog.email_note.isVisible()
    dialog.confirm_check_digit.click()
    dialog.employees.setValue(4)
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = team_by_name(hub.db, "독산동 돌봄협동조합")
    assert stored is not None
    assert (stored["brn"], stored["brn_check_confirmed"]) == (number, 1)
    assert (stored["email"], stored["employees"], stored["kind"]) == (
        "care@dogsan.kr",
        4,
        "social_enterprise",
    )
    assert page.selected_id() == stored["id"]  # the new team is selected in the list
    assert page.detail_title.text() == "독산동 돌봄협동조합"


def test_the_founding_day_is_typed_or_left_empty(page: TeamsPage, qtbot: QtBot, hub: Hub) -> None:
    dialog = open_new_dialog(page, qtbot)
    type_into(qtbot, dialog.name, "가산 공유주방")
    type_into(qtbot, dialog.representative, "최가산")
    assert dialog.founded_on.date() is None and ok_button(dialog).isEnabled()  # not known
    type_over(dialog.founded_on, "2019.2.29")
    assert not ok_button(dialog).isEnabled()
    assert dialog.founded_note.text() == "Month 2 of 2019 has 28 days (‘2019.2.29’)."
    type_over(dialog.founded_on, "19년 3월 15일")
    assert dialog.founded_on.date() == date(2019, 3, 15) and ok_button(dialog).isEnabled()
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = team_by_name(hub.db, "가산 공유주방")
    assert stored is not None and stored["founded_on"] == "2019-03-15"


def test_undo_of_add_deletes_and_redo_brings_the_same_id_back(
    page: TeamsPage, qtbot: QtBot, hub: Hub, window: MainWindow
) -> None:
    dialog = open_new_dialog(page, qtbot)
    type_into(qtbot, dialog.name, "시흥 수리공방")
    type_into(qtbot, dialog.representative, "한수리")
    dialog.kind.setCurrentIndex(dialog.kind.findData(TeamKind.OTHER))
    click_ok(qtbot, dialog)
    added = team_by_name(hub.db, "시흥 수리공방")
    assert added is not None
    assert "시흥 수리공방" in names(page)
    window.undo_stack.undo()
    assert team_by_name(hub.db, "시흥 수리공방") is None
    assert "시흥 수리공방" not in names(page)
    window.undo_stack.redo()
    again = team_by_name(hub.db, "시흥 수리공방")
    assert again is not None and again["id"] == added["id"]
    assert again["kind"] == "other"


def test_edit_then_undo_restores_the_database(
    page: TeamsPage, qtbot: QtBot, hub: Hub, window: MainWindow
) -> None:
    team_id = hub.teams["village"]
    before = team_row(hub.db, team_id)
    assert page.select_team(team_id)
    cell = page.table.visualRect(page.table.currentIndex()).center()
    # A double click is a press, a release and a double-click event, as Qt sees it.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.waitUntil(lambda: isinstance(page.dialog, TeamDialog) and page.dialog.isVisible())
    dialog = page.dialog
    assert isinstance(dialog, TeamDialog) and dialog.team is not None
    assert dialog.name.text() == "가산마을부엌"
    dialog.name.selectAll()
    type_into(qtbot, dialog.name, "가산마을부엌 협동조합")
    dialog.status.setCurrentIndex(dialog.status.findData(TeamStatus.DORMANT))
    type_into(qtbot, dialog.phone, "02-123-4567")
    click_ok(qtbot, dialog)
    after = team_row(hub.db, team_id)
    assert (after["name"], after["status"], after["phone"]) == (
        "가산마을부엌 협동조합",
        "dormant",
        "02-123-4567",
    )
    assert "가산마을부엌 협동조합" in names(page)
    window.undo_stack.undo()
    undone = team_row(hub.db, team_id)
    unchanged = ("version", "updated_at")
    assert {k: v for k, v in undone.items() if k not in unchanged} == {
        k: v for k, v in before.items() if k not in unchanged
    }
    assert page.detail_title.text() == "가산마을부엌"
    window.undo_stack.redo()
    assert team_row(hub.db, team_id)["name"] == "가산마을부엌 협동조합"


def test_a_duplicate_business_number_is_refused_and_the_dialog_stays(
    page: TeamsPage, qtbot: QtBot, hub: Hub, errors: list[str], window: MainWindow
) -> None:
    before = snapshot(hub.db)
    dialog = open_new_dialog(page, qtbot)
    type_into(qtbot, dialog.name, "두번째 도시농업")
    type_into(qtbot, dialog.representative, "김복제")
    type_into(qtbot, dialog.brn, make_valid_brn("119861234").formatted)  # 금천도시농업협동조합's
    click_ok(qtbot, dialog)
    assert snapshot(hub.db) == before
    assert dialog.isVisible()
    assert len(errors) == 1 and "금천도시농업협동조합" in errors[0]
    assert dialog.error.isVisible() and dialog.error.text() == errors[0]
    assert window.undo_stack.count() == 0


def test_an_edit_on_a_stale_version_is_refused(
    page: TeamsPage, qtbot: QtBot, hub: Hub, errors: list[str]
) -> None:
    assert page.select_team(hub.teams["coop"])
    page.edit_button.click()
    dialog = page.dialog
    assert isinstance(dialog, TeamDialog)
    service = TeamService(hub.db, hub.manager)  # someone else saves first
    current = service.get(hub.teams["coop"])
    changed = replace(draft_of(current), phone="02-300-4000")
    service.update(current.id, changed, version=current.version)
    before = snapshot(hub.db)
    type_into(qtbot, dialog.address, "서울 금천구")
    click_ok(qtbot, dialog)
    assert snapshot(hub.db) == before
    assert dialog.isVisible() and "Someone else changed" in dialog.error.text()
    assert errors


# --- closing, archiving, reopening --------------------------------------------


def close_with_dialog(page: TeamsPage, qtbot: QtBot, archive: bool, on: date) -> None:
    (page.archive_button if archive else page.close_button).click()
    dialog = page.dialog
    assert isinstance(dialog, CloseTeamDialog) and dialog.isVisible()
    set_day(dialog.day, on)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def test_close_undo_and_reopen(page: TeamsPage, qtbot: QtBot, hub: Hub, window: MainWindow) -> None:
    team_id = hub.teams["social"]
    assert page.select_team(team_id)
    assert page.close_button.isEnabled() and not page.reopen_button.isEnabled()
    close_with_dialog(page, qtbot, archive=False, on=date(2026, 10, 31))
    stored = team_row(hub.db, team_id)
    assert (stored["status"], stored["closed_on"]) == ("closed", "2026-10-31")
    assert page.selected_id() == team_id and page.reopen_button.isEnabled()
    window.undo_stack.undo()
    stored = team_row(hub.db, team_id)
    assert (stored["status"], stored["closed_on"]) == ("operating", None)
    window.undo_stack.redo()
    assert team_row(hub.db, team_id)["status"] == "closed"
    page.reopen_button.click()
    stored = team_row(hub.db, team_id)
    assert (stored["status"], stored["closed_on"]) == ("operating", None)
    window.undo_stack.undo()  # undoing the reopen closes it again on the same day
    stored = team_row(hub.db, team_id)
    assert (stored["status"], stored["closed_on"]) == ("closed", "2026-10-31")


def test_archiving_a_team_with_history_keeps_it(
    page: TeamsPage, qtbot: QtBot, hub: Hub, window: MainWindow
) -> None:
    team_id = hub.teams["coop"]
    with hub.db.write("system") as session:
        session.add(
            Tenancy(
                team_id=team_id,
                space_id=hub.spaces["2F-OD1"],
                seats=1,
                start_date=date(2025, 1, 1),
                end_date=date(2025, 12, 31),
                status="ended",
            )
        )
    page.refresh(frozenset())
    assert page.select_team(team_id)
    assert page.tabs.tabText(0) == "Tenancies (1)"
    assert page.tenancies.item(0, 0).text() == "2F-OD1"
    close_with_dialog(page, qtbot, archive=True, on=TODAY)
    stored = team_row(hub.db, team_id)
    assert (stored["status"], stored["closed_on"]) == ("archived", TODAY.isoformat())
    assert not page.archive_button.isEnabled() and page.reopen_button.isEnabled()
    assert page.model.team_row(page.model.row_of(team_id) or 0).status == TeamStatus.ARCHIVED


def test_the_detail_panel_shows_subsidies_by_year(page: TeamsPage, hub: Hub) -> None:
    assert page.select_team(hub.teams["startup"])
    assert page.detail_title.text() == "청년창업팀 온기"
    years = [page.subsidies.item(row, 0).text() for row in range(page.subsidies.rowCount())]
    assert years == ["2026", "2025", "2024", "2023", "2022"]
    assert "not registered" in page.detail_facts.text()


def test_a_year_of_three_hundred_million_is_flagged(
    page: TeamsPage, qtbot: QtBot, hub: Hub
) -> None:
    agreement = large_2025_draft(hub)
    grants = GrantService(hub.db, hub.admin)
    grants.advance(agreement.id, AgreementStatus.SIGNED, date(2025, 2, 20))
    page.refresh(frozenset())
    assert page.select_team(hub.teams["social"])
    rows = {
        page.subsidies.item(row, 0).text(): [
            page.subsidies.item(row, column).text() for column in range(1, 4)
        ]
        for row in range(page.subsidies.rowCount())
    }
    assert rows["2025"] == ["300,000,000 won", "Needed", ""]
    assert rows["2026"] == ["0 won", "", ""]
    assert page.tabs.tabText(2) == "Agreements (1)"
    assert page.agreements.item(0, 6).text() == "공장 설비 구축"


def test_ctrl_f_puts_the_cursor_in_the_search_box(page: TeamsPage, window: MainWindow) -> None:
    page.search.setText("abc")
    page.table.setFocus()
    window.current_page().focus_search()
    assert page.search.hasFocus() and page.search.selectedText() == "abc"
