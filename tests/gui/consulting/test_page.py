"""The Consulting page driven as a user: schedule by typing, see clashes refused inline,
complete, cancel, no-show, undo and redo; the calendars, the list and idle teams."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt, QTime
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from support.consulting import session_draft
from support.hub import TODAY, Hub, snapshot
from support.keyboard import pick_team, set_day, show_active, type_text

from hubdesk.domain.enums import ConsultingField, SessionMode, SessionStatus
from hubdesk.gui.common.editing import OperationDialog
from hubdesk.gui.consulting.mou_dialog import ConsultantDialog, MouDialog
from hubdesk.gui.consulting.page import LIST, MONTH, WEEK, ConsultingPage
from hubdesk.gui.consulting.session_dialogs import (
    CancelDialog,
    CompleteDialog,
    ScheduleDialog,
    SessionInfoDialog,
)
from hubdesk.gui.main_window import MainWindow
from hubdesk.services.consulting.sessions import ConsultingService
from hubdesk.services.spaces.spaces import SpaceService, TenancyDraft
from hubdesk.storage.models import Consultant, ConsultantField, ConsultingSession, Mou

COOP = "금천도시농업협동조합"
WEDNESDAY = date(2026, 11, 25)  # in the week of TODAY (Tuesday 2026-11-24)


def open_page(window: MainWindow, qtbot: QtBot) -> ConsultingPage:
    page = window.page_of(ConsultingPage)
    assert isinstance(page, ConsultingPage)
    window.show_page(window.pages.index(page))
    qtbot.waitExposed(page.week)
    return page


def book(
    hub: Hub, team: str = "social", day: date = WEDNESDAY, hour: int = 10, **changes: object
) -> int:
    draft = session_draft(
        hub,
        team=team,
        day=day,
        start=time(hour, 0),
        topic="판로 개척",
        place="2층 회의실",
        **changes,
    )
    return ConsultingService(hub.db, hub.clerk).schedule(draft).session.id


def session_rows(hub: Hub) -> list[tuple[object, ...]]:
    with hub.db.read() as session:
        query = select(
            ConsultingSession.team_id,
            ConsultingSession.consultant_id,
            ConsultingSession.field,
            ConsultingSession.starts_at,
            ConsultingSession.ends_at,
            ConsultingSession.mode,
            ConsultingSession.place,
            ConsultingSession.topic,
            ConsultingSession.status,
        ).order_by(ConsultingSession.id)
        return [tuple(row) for row in session.execute(query)]


def status_of(hub: Hub, session_id: int) -> tuple[SessionStatus, str, str, int | None] | None:
    with hub.db.read() as session:
        row = session.get(ConsultingSession, session_id)
        if row is None:
            return None
        return row.status, row.summary, row.cancel_reason, row.satisfaction


def shown_dialog(qtbot: QtBot, page: ConsultingPage) -> OperationDialog:
    dialog = page.dialog
    assert isinstance(dialog, OperationDialog)
    show_active(qtbot, dialog)
    return dialog


def click_ok(qtbot: QtBot, dialog: OperationDialog) -> None:
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)


def choose_consultant(dialog: ScheduleDialog, consultant_id: int) -> None:
    index = dialog.consultant.findData(consultant_id)
    assert index >= 0
    dialog.consultant.setCurrentIndex(index)


def coop_on_wednesday(
    qtbot: QtBot, page: ConsultingPage, hub: Hub, start: time, consultant: str, topic: str
) -> ScheduleDialog:
    """The schedule dialog for the co-op on Wednesday at ``start``, consultant and topic in."""
    page.schedule(day=WEDNESDAY, start=start, team_id=hub.teams["coop"])
    dialog = shown_dialog(qtbot, page)
    assert isinstance(dialog, ScheduleDialog)
    choose_consultant(dialog, hub.consultants[consultant])
    type_text(dialog.topic, topic)
    return dialog


def test_the_page_comes_after_spaces(window: MainWindow) -> None:
    kinds = [type(page).__name__ for page in window.pages]
    assert kinds.index("ConsultingPage") == kinds.index("SpacesPage") + 1
    assert window.navigation.item(kinds.index("ConsultingPage")).text() == "Consulting"


def test_schedule_a_session_by_typing(
    qtbot: QtBot, window: MainWindow, hub: Hub, errors: list[str]
) -> None:
    page = open_page(window, qtbot)
    qtbot.mouseClick(page.schedule_button, Qt.MouseButton.LeftButton)
    dialog = shown_dialog(qtbot, page)
    assert isinstance(dialog, ScheduleDialog)
    assert not dialog.ok_button().isEnabled()  # no team yet
    assert pick_team(qtbot, dialog.team, "도시농업").startswith(COOP)
    choose_consultant(dialog, hub.consultants["kang"])
    dialog.field.setCurrentIndex(dialog.field.findData(ConsultingField.MARKETING))
    set_day(dialog.day, WEDNESDAY)
    dialog.start.setTime(QTime(14, 0))
    dialog.hours.setValue(1.5)
    dialog.mode.setCurrentIndex(dialog.mode.findData(SessionMode.ONLINE))
    type_text(dialog.place, "줌 회의실")
    assert not dialog.ok_button().isEnabled()  # no topic yet
    type_text(dialog.topic, "온라인 판로 점검")
    assert dialog.problem_text() == "" and dialog.ok_button().isEnabled()
    assert "1.5" in dialog.quota.text()  # 0 booked, 1.5 with this session
    click_ok(qtbot, dialog)

    assert not dialog.isVisible() and errors == []
    assert session_rows(hub) == [
        (
            hub.teams["coop"],
            hub.consultants["kang"],
            ConsultingField.MARKETING,
            datetime(2026, 11, 25, 14, 0),
            datetime(2026, 11, 25, 15, 30),
            SessionMode.ONLINE,
            "줌 회의실",
            "온라인 판로 점검",
            SessionStatus.SCHEDULED,
        )
    ]
    assert window.undo_stack.count() == 1
    # The week shows it on Wednesday (third column) from 14:00 to 15:30.
    (row,) = page.week.rows
    rect = page.week.session_rect(row.id)
    assert rect is not None
    column = page.week.column(2)
    assert column.left() <= rect.left() and rect.right() <= column.right()
    assert rect.top() == pytest.approx(page.week._y(time(14, 0)))
    assert rect.bottom() == pytest.approx(page.week._y(time(15, 30)))


def test_a_double_booked_consultant_is_refused_inline(
    qtbot: QtBot, window: MainWindow, hub: Hub
) -> None:
    clash = book(hub)  # Kang with the social enterprise, Wednesday 10:00–11:00
    page = open_page(window, qtbot)
    dialog = coop_on_wednesday(qtbot, page, hub, time(10, 30), "kang", "세무 상담")
    problem = dialog.problem_text()
    # The clash names the other session as staff know it: its time and team, not "#577".
    assert "강교수" in problem and "2026-11-25 10:00–11:00 (주)함께일하는세상" in problem, problem
    assert f"#{clash}" not in problem
    assert not dialog.ok_button().isEnabled()
    before = snapshot(hub.db)
    click_ok(qtbot, dialog)
    dialog.submit()  # even a forced submit does nothing
    assert dialog.isVisible() and snapshot(hub.db) == before

    dialog.start.setTime(QTime(11, 0))  # right after the other session: it fits
    assert dialog.problem_text() == "" and dialog.ok_button().isEnabled()


def test_a_double_booked_team_and_a_day_outside_the_mou_are_refused(
    qtbot: QtBot, window: MainWindow, hub: Hub
) -> None:
    book(hub, team="coop")
    page = open_page(window, qtbot)
    dialog = coop_on_wednesday(qtbot, page, hub, time(10, 0), "yoon", "부가세 신고")
    assert COOP in dialog.problem_text() and not dialog.ok_button().isEnabled()
    set_day(dialog.day, date(2028, 1, 5))
    problem = dialog.problem_text()
    assert "2028-01-05" in problem and "2027-12-31" in problem, problem
    assert not dialog.ok_button().isEnabled()


def test_going_over_the_quota_warns_and_can_be_accepted(
    qtbot: QtBot, window: MainWindow, hub: Hub
) -> None:
    for day in range(2, 7):  # five 8-hour days use the 40-hour quota
        book(hub, day=date(2026, 11, day), hour=9, minutes=8 * 60)
    page = open_page(window, qtbot)
    dialog = coop_on_wednesday(qtbot, page, hub, time(14, 0), "yoon", "결산 준비")
    assert "40" in dialog.quota.text() and "41" in dialog.quota.text()
    assert dialog.accept_over.isVisible() and dialog.problem_text() == ""
    assert not dialog.ok_button().isEnabled()
    dialog.accept_over.setChecked(True)
    assert dialog.ok_button().isEnabled()
    click_ok(qtbot, dialog)
    assert not dialog.isVisible() and len(session_rows(hub)) == 6


def test_undo_and_redo_a_scheduled_session(
    qtbot: QtBot, window: MainWindow, hub: Hub, errors: list[str]
) -> None:
    page = open_page(window, qtbot)
    dialog = coop_on_wednesday(qtbot, page, hub, time(9, 0), "kang", "사업계획")
    click_ok(qtbot, dialog)
    booked = session_rows(hub)
    (session_id,) = [row.id for row in page.week.rows]

    window.undo_stack.undo()
    assert session_rows(hub) == [] and page.week.rows == []
    window.undo_stack.redo()
    assert session_rows(hub) == booked and [row.id for row in page.week.rows] == [session_id]
    assert errors == []


def test_complete_a_session_then_undo_and_redo(
    qtbot: QtBot, window: MainWindow, hub: Hub, errors: list[str]
) -> None:
    session_id = book(hub, day=TODAY)
    page = open_page(window, qtbot)
    rect = page.week.session_rect(session_id)
    assert rect is not None
    qtbot.mouseClick(page.week, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert page.selected_id == session_id
    assert "판로 개척" in page.session_panel.text.text()
    assert not page.session_panel.reopen_button.isEnabled()
    qtbot.mouseClick(page.session_panel.complete_button, Qt.MouseButton.LeftButton)
    dialog = shown_dialog(qtbot, page)
    assert isinstance(dialog, CompleteDialog)
    assert not dialog.ok_button().isEnabled()  # a summary is needed
    type_text(dialog.summary, "온라인 판로 현황 점검")
    type_text(dialog.advice, "스마트스토어 입점")
    type_text(dialog.follow_up, "12월 재점검")
    dialog.satisfaction.setCurrentIndex(dialog.satisfaction.findData(4))
    click_ok(qtbot, dialog)

    assert status_of(hub, session_id) == (SessionStatus.COMPLETED, "온라인 판로 현황 점검", "", 4)
    assert page.session_panel.reopen_button.isEnabled()
    assert "스마트스토어 입점" in page.session_panel.text.text()
    window.undo_stack.undo()
    assert status_of(hub, session_id) == (SessionStatus.SCHEDULED, "", "", None)
    window.undo_stack.redo()
    assert status_of(hub, session_id) == (SessionStatus.COMPLETED, "온라인 판로 현황 점검", "", 4)
    assert errors == []


def test_cancel_with_a_reason_and_undo(qtbot: QtBot, window: MainWindow, hub: Hub) -> None:
    session_id = book(hub)
    page = open_page(window, qtbot)
    page.select_session(session_id)
    qtbot.mouseClick(page.session_panel.cancel_button, Qt.MouseButton.LeftButton)
    dialog = shown_dialog(qtbot, page)
    assert isinstance(dialog, CancelDialog) and not dialog.ok_button().isEnabled()
    type_text(dialog.reason, "대표 일정 변경")
    click_ok(qtbot, dialog)
    assert status_of(hub, session_id) == (SessionStatus.CANCELLED, "", "대표 일정 변경", None)
    # The cancelled session stays on the calendar, greyed; undo schedules it again.
    assert [row.status for row in page.week.rows] == [SessionStatus.CANCELLED]
    window.undo_stack.undo()
    assert status_of(hub, session_id) == (SessionStatus.SCHEDULED, "", "", None)


def test_no_show_reopen_and_their_undo(qtbot: QtBot, window: MainWindow, hub: Hub) -> None:
    session_id = book(hub, day=date(2026, 11, 23))
    page = open_page(window, qtbot)
    page.select_session(session_id)
    qtbot.mouseClick(page.session_panel.no_show_button, Qt.MouseButton.LeftButton)
    assert status_of(hub, session_id) == (SessionStatus.NO_SHOW, "", "", None)
    qtbot.mouseClick(page.session_panel.reopen_button, Qt.MouseButton.LeftButton)
    assert status_of(hub, session_id) == (SessionStatus.SCHEDULED, "", "", None)
    window.undo_stack.undo()  # the reopen
    assert status_of(hub, session_id) == (SessionStatus.NO_SHOW, "", "", None)
    window.undo_stack.undo()  # the no-show
    assert status_of(hub, session_id) == (SessionStatus.SCHEDULED, "", "", None)


def test_change_a_session_moves_it_on_the_calendar(
    qtbot: QtBot, window: MainWindow, hub: Hub
) -> None:
    session_id = book(hub)
    page = open_page(window, qtbot)
    rect = page.week.session_rect(session_id)
    assert rect is not None
    qtbot.mouseDClick(page.week, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    dialog = shown_dialog(qtbot, page)
    assert isinstance(dialog, ScheduleDialog) and dialog.detail is not None
    assert dialog.topic.text() == "판로 개척" and dialog.ok_button().isEnabled()
    set_day(dialog.day, date(2026, 11, 27))
    click_ok(qtbot, dialog)
    moved = page.week.session_rect(session_id)
    assert moved is not None and page.week.column(4).contains(moved.center())
    window.undo_stack.undo()
    back = page.week.session_rect(session_id)
    assert back is not None and page.week.column(2).contains(back.center())


def test_double_click_on_free_time_schedules_there(qtbot: QtBot, window: MainWindow) -> None:
    page = open_page(window, qtbot)
    column = page.week.column(3)  # Thursday
    y = page.week._y(time(15, 0)) + 5
    qtbot.mouseDClick(
        page.week, Qt.MouseButton.LeftButton, pos=QPoint(int(column.center().x()), int(y))
    )
    dialog = shown_dialog(qtbot, page)
    assert isinstance(dialog, ScheduleDialog)
    assert dialog.day.date() == date(2026, 11, 26)
    assert dialog.start.time().toString("HH:mm") == "15:00"


def test_a_finished_session_opens_to_read(qtbot: QtBot, window: MainWindow, hub: Hub) -> None:
    session_id = book(hub)
    ConsultingService(hub.db, hub.clerk).complete(session_id, "요약", "조언", "후속", 5)
    page = open_page(window, qtbot)
    page.open_session(session_id)
    assert isinstance(page.dialog, SessionInfoDialog)
    text = page.dialog.findChild(type(page.session_panel.text), "sessionInfo").text()
    assert "조언" in text and "5 / 5" in text


def test_the_month_shows_sessions_on_their_day(qtbot: QtBot, window: MainWindow, hub: Hub) -> None:
    first = book(hub, day=date(2026, 11, 3))
    second = book(hub, day=date(2026, 11, 30), hour=15)
    page = open_page(window, qtbot)
    page.tabs.setCurrentIndex(MONTH)
    month = page.month
    assert month.first == date(2026, 10, 26)  # the Monday before November 1st
    for session_id, day in ((first, date(2026, 11, 3)), (second, date(2026, 11, 30))):
        rect = month.session_rect(session_id)
        assert rect is not None
        assert month.cell((day - month.first).days).contains(rect.center())
    qtbot.mouseClick(page.navigation_bar.itemAt(2).widget(), Qt.MouseButton.LeftButton)  # ▶
    assert page.month.month == date(2026, 12, 1) and month.session_rect(first) is None
    assert month.session_rect(second) is not None  # Nov 30 is in December's first row


def test_week_navigation_loads_the_week(qtbot: QtBot, window: MainWindow, hub: Hub) -> None:
    later = book(hub, day=WEDNESDAY + timedelta(days=7))
    page = open_page(window, qtbot)
    assert page.week.session_rect(later) is None
    page.go(1)
    assert page.week.first == date(2026, 11, 30) and page.week.session_rect(later) is not None
    page.go(0)
    assert page.week.first == date(2026, 11, 23)


def test_the_list_filters_match_sql(qtbot: QtBot, window: MainWindow, hub: Hub) -> None:
    cancelled = book(hub, day=date(2026, 11, 3))
    ConsultingService(hub.db, hub.clerk).cancel(cancelled, "취소")
    book(hub, day=date(2026, 11, 4), team="coop")
    book(
        hub,
        day=date(2026, 11, 5),
        consultant_id=hub.consultants["yoon"],
        field=ConsultingField.ACCOUNTING_TAX,
    )
    page = open_page(window, qtbot)
    page.tabs.setCurrentIndex(LIST)
    assert page.model.total == 3 and page.count.text() == "3 sessions"
    page.status_box.setCurrentIndex(page.status_box.findData(SessionStatus.CANCELLED))
    assert [page.model.session_row(r).id for r in range(page.model.rowCount())] == [cancelled]
    page.status_box.setCurrentIndex(0)
    page.consultant_box.setCurrentIndex(page.consultant_box.findData(hub.consultants["yoon"]))
    with hub.db.read() as session:
        expected = session.scalar(
            select(func.count()).where(ConsultingSession.consultant_id == hub.consultants["yoon"])
        )
    assert page.model.total == expected == 1
    page.consultant_box.setCurrentIndex(0)
    pick_team(qtbot, page.team_filter, "도시농업")
    assert page.model.total == 1 and page.model.session_row(0).team_name == COOP
    page.team_filter.clear()
    page.search_box.setText("판로")
    page.apply_filters()  # what the search delay runs
    assert page.model.total == 3
    page.tabs.setCurrentIndex(WEEK)  # the week is filtered too: nothing this week
    assert page.week.rows == []


def test_idle_teams_and_scheduling_for_one(qtbot: QtBot, window: MainWindow, hub: Hub) -> None:
    spaces = SpaceService(hub.db, hub.admin)
    for key in ("coop", "social"):
        spaces.allocate(TenancyDraft(hub.teams[key], hub.spaces["2F-OD1"], 1, date(2026, 3, 1)))
    book(hub, team="social", day=date(2026, 11, 10))
    book(hub, team="coop", day=date(2026, 9, 1))  # 84 days ago
    page = open_page(window, qtbot)
    page.refresh(frozenset())
    model = page.idle_model
    assert model.rowCount() == 1
    assert [model.index(0, c).data() for c in range(2)] == [COOP, "2026-09-01"]
    assert not page.idle_button.isEnabled()
    page.idle_list.selectRow(0)
    qtbot.mouseClick(page.idle_button, Qt.MouseButton.LeftButton)
    dialog = shown_dialog(qtbot, page)
    assert isinstance(dialog, ScheduleDialog)
    assert dialog.team.team_id() == hub.teams["coop"]
    choose_consultant(dialog, hub.consultants["kang"])
    type_text(dialog.topic, "정기 점검")
    click_ok(qtbot, dialog)
    assert model.rowCount() == 0  # a session today: no longer idle


def test_the_burn_down_follows_the_sessions(qtbot: QtBot, window: MainWindow, hub: Hub) -> None:
    page = open_page(window, qtbot)
    assert "left 40 h" in page.quota_text.text()
    session_id = book(hub, minutes=120)
    page.refresh(frozenset({"sessions"}))
    assert "planned 2 h" in page.quota_text.text() and "left 38 h" in page.quota_text.text()
    ConsultingService(hub.db, hub.clerk).complete(session_id, "요약", "", "", None)
    page.refresh(frozenset({"sessions"}))
    assert "Used 2 h" in page.quota_text.text()
    burn = page.quota_chart.burn
    assert burn is not None and {f.field: f.used for f in burn.fields if f.used} == {
        ConsultingField.STRATEGY: 2.0
    }


def test_edit_the_mou_quota_and_undo(qtbot: QtBot, window: MainWindow, hub: Hub) -> None:
    page = open_page(window, qtbot)
    page.edit_mou()
    dialog = page.dialog
    assert isinstance(dialog, MouDialog)
    show_active(qtbot, dialog)
    dialog.quota.setValue(60)
    qtbot.mouseClick(dialog.save_mou, Qt.MouseButton.LeftButton)

    def quota() -> int:
        with hub.db.read() as session:
            return session.scalars(select(Mou.yearly_quota_hours)).one()

    assert quota() == 60 and "of 60 h" in page.quota_text.text()
    set_day(dialog.start, date(2026, 12, 1))  # would leave a booked session outside
    book(hub, day=WEDNESDAY)
    before = snapshot(hub.db)
    qtbot.mouseClick(dialog.save_mou, Qt.MouseButton.LeftButton)
    assert "2026-11-25" in dialog.mou_problem.text() and snapshot(hub.db) == before
    window.undo_stack.undo()
    assert quota() == 40


def test_add_and_edit_a_consultant(qtbot: QtBot, window: MainWindow, hub: Hub) -> None:
    page = open_page(window, qtbot)
    page.edit_mou()
    mou = page.dialog
    assert isinstance(mou, MouDialog)
    mou.add_consultant()
    dialog = mou.findChild(ConsultantDialog)
    assert isinstance(dialog, ConsultantDialog)
    show_active(qtbot, dialog)
    type_text(dialog.name, "한노무사")
    type_text(dialog.affiliation, "노무법인 한결")
    assert not dialog.ok_button().isEnabled()  # no field yet
    dialog.field_boxes[ConsultingField.LABOR_HR].setChecked(True)
    click_ok(qtbot, dialog)
    with hub.db.read() as session:
        added = session.scalars(select(Consultant).where(Consultant.name == "한노무사")).one()
        fields = set(
            session.scalars(
                select(ConsultantField.field).where(ConsultantField.consultant_id == added.id)
            )
        )
    assert fields == {ConsultingField.LABOR_HR}
    assert mou.model.rowCount() == 3
    assert page.consultant_box.findData(added.id) >= 0
    window.undo_stack.undo()
    assert mou.model.rowCount() == 2


def test_the_export_button_opens_the_quarterly_log_dialog(qtbot: QtBot, window: MainWindow) -> None:
    from hubdesk.gui.consulting.export_dialog import ExportLogDialog

    page = open_page(window, qtbot)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert isinstance(page.dialog, ExportLogDialog) and page.dialog.isVisible()
    page.dialog.close()


def test_the_page_fits_a_small_window(qtbot: QtBot, window: MainWindow, hub: Hub) -> None:
    book(hub)
    page = open_page(window, qtbot)
    for tab in (WEEK, MONTH, LIST):
        page.tabs.setCurrentIndex(tab)
        hint = page.minimumSizeHint()
        assert hint.width() <= 460 and hint.height() <= 400, (tab, hint)
