"""The Training page by hand: a course typed in, a participant listed, attendance entered,
completion judged; every figure read back with plain SQL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSpinBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from support.hub import Hub
from support.keyboard import set_day, show_active, type_text
from support.panels import click, click_row, opened, page_context, shown

from hubdesk.domain.enums import ParticipantKind, TrainingCategory
from hubdesk.domain.goals import CourseDraft
from hubdesk.gui.goals.training_dialogs import (
    AttendanceDialog,
    CourseDialog,
    ParticipantDialog,
)
from hubdesk.gui.goals.training_page import TrainingPage
from hubdesk.gui.main_window import MainWindow
from hubdesk.services.goals.training import ParticipantDraft, TrainingService


def one(hub: Hub, sql: str, **values: object) -> tuple[object, ...]:
    with hub.db.read() as session:
        return tuple(session.execute(text(sql), values).one())


@pytest.fixture
def page(qtbot: QtBot, hub: Hub, errors: list[str]) -> TrainingPage:
    """The page as the clerk's window holds it, on screen, told what each edit changed."""
    context = page_context(qtbot, hub.db, hub.clerk, errors)
    training = TrainingPage(context)
    context.ops.changed.connect(training.refresh)
    return shown(qtbot, training, 1100, 700)


def type_spin(qtbot: QtBot, box: QSpinBox, value: int) -> None:
    """Select what the spin box holds and type the number over it."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, str(value))


def test_a_course_typed_in_is_stored_and_listed(qtbot: QtBot, hub: Hub, page: TrainingPage) -> None:
    click(qtbot, page.new_course_button)
    dialog = opened(qtbot, page, CourseDialog)
    type_text(dialog.title_edit, "사회적경제 아카데미 기초과정")
    set_day(dialog.start, date(2026, 9, 1))
    set_day(dialog.end, date(2026, 9, 29))
    type_text(dialog.place, "금천구청 대강당")
    type_spin(qtbot, dialog.hours, 12)
    type_spin(qtbot, dialog.sessions, 5)
    type_text(dialog.provider, "성공회대학교")
    click(qtbot, dialog.ok_button())
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = one(
        hub,
        "SELECT title, category, start_date, end_date, place, hours, sessions, "
        "completion_percent, provider, named, participants, completed FROM training_courses",
    )
    assert stored == (
        "사회적경제 아카데미 기초과정",
        "academy",
        "2026-09-01",
        "2026-09-29",
        "금천구청 대강당",
        12,
        5,
        80,
        "성공회대학교",
        1,
        0,
        0,
    )
    assert [row[0] for row in page.courses.texts()] == ["사회적경제 아카데미 기초과정"]


def test_a_headcount_course_keeps_its_numbers(qtbot: QtBot, hub: Hub, page: TrainingPage) -> None:
    click(qtbot, page.new_course_button)
    dialog = opened(qtbot, page, CourseDialog)
    type_text(dialog.title_edit, "금천고 찾아가는 사회적경제 교육")
    dialog.category.setCurrentIndex(dialog.category.findData(TrainingCategory.SCHOOL))
    qtbot.mouseClick(dialog.headcount_only, Qt.MouseButton.LeftButton)
    type_spin(qtbot, dialog.participants, 500)
    type_spin(qtbot, dialog.completed, 600)  # more completed than came: refused
    assert not dialog.ok_button().isEnabled() and dialog.problem_text()
    type_spin(qtbot, dialog.completed, 480)
    click(qtbot, dialog.ok_button())
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert one(hub, "SELECT named, participants, completed FROM training_courses") == (0, 500, 480)
    click_row(qtbot, page.course_view, 0)
    assert not page.add_person_button.isEnabled()  # no list to add to
    assert "500" in page.people_title.text()


@pytest.fixture
def course_id(hub: Hub) -> int:
    course = TrainingService(hub.db, hub.clerk).add_course(
        CourseDraft(
            "공공구매 담당자 교육",
            TrainingCategory.PROCUREMENT,
            date(2026, 10, 6),
            date(2026, 10, 27),
            place="센터 교육장",
            hours=10,
            sessions=5,
            named=True,
        )
    )
    return course.id


def test_participant_attendance_and_completion_change_the_course_count(
    qtbot: QtBot, hub: Hub, page: TrainingPage, course_id: int
) -> None:
    TrainingService(hub.db, hub.clerk).add_participant(
        course_id, ParticipantDraft("박민수", "가산마을부엌", ParticipantKind.ENTERPRISE_WORKER)
    )
    page.refresh(frozenset())  # F5: what was added meanwhile
    click_row(qtbot, page.course_view, 0)
    click(qtbot, page.add_person_button)
    dialog = opened(qtbot, page, ParticipantDialog)
    type_text(dialog.name, "김철용")
    type_text(dialog.affiliation, "금천구청")
    dialog.kind.setCurrentIndex(dialog.kind.findData(ParticipantKind.OFFICIAL))
    type_text(dialog.phone, "010-1234-5678")
    click(qtbot, dialog.ok_button())
    qtbot.waitUntil(lambda: page.people.rowCount() == 2)
    assert one(hub, "SELECT participants FROM training_courses WHERE id = :i", i=course_id) == (2,)

    click_row(qtbot, page.people_view, 1)  # 김철용 attended 4 of 5: 80 %, completed
    click(qtbot, page.attendance_button)
    attendance = opened(qtbot, page, AttendanceDialog)
    type_spin(qtbot, attendance.attended, 4)
    click(qtbot, attendance.ok_button())
    qtbot.waitUntil(lambda: not attendance.isVisible())
    attended = "SELECT sessions_attended, status FROM training_participants WHERE name = :n"
    assert one(hub, attended, n="김철용") == (4, "attended")

    click(qtbot, page.judge_button)  # the course ended on 10-27; today is 11-24
    qtbot.waitUntil(lambda: page.courses.texts()[0][-1] == "1")
    assert one(hub, attended, n="김철용") == (4, "completed")
    assert one(hub, attended, n="박민수") == (0, "not_completed")
    counts = "SELECT participants, completed FROM training_courses WHERE id = :i"
    assert one(hub, counts, i=course_id) == (2, 1)
    completed = one(
        hub,
        "SELECT count(*) FROM training_participants WHERE course_id = :i AND status = 'completed'",
        i=course_id,
    )
    assert completed == (1,)


def test_the_copied_list_masks_names_and_phones(
    qtbot: QtBot, hub: Hub, page: TrainingPage, course_id: int
) -> None:
    TrainingService(hub.db, hub.clerk).add_participant(
        course_id, ParticipantDraft("김철용", "금천구청", ParticipantKind.OFFICIAL, "010-1234-5678")
    )
    page.refresh(frozenset())
    click_row(qtbot, page.course_view, 0)
    assert page.people.texts()[0][0] == "김철용"  # shown in the window
    click(qtbot, page.copy_button)
    copied = QGuiApplication.clipboard().text()
    assert "김*용" in copied and "010-1234-****" in copied
    assert "김철용" not in copied and "5678" not in copied


def test_judging_before_the_course_ends_is_refused(
    qtbot: QtBot, hub: Hub, page: TrainingPage, errors: list[str]
) -> None:
    service = TrainingService(hub.db, hub.clerk)
    course = service.add_course(
        CourseDraft(
            "캠퍼스타운 창업 교육",
            TrainingCategory.CAMPUS_TOWN,
            date(2026, 11, 2),
            date(2026, 12, 14),
            sessions=6,
            named=True,
        )
    )
    service.add_participant(course.id, ParticipantDraft("이영희", "", ParticipantKind.STUDENT))
    page.refresh(frozenset())
    click_row(qtbot, page.course_view, 0)
    click(qtbot, page.judge_button)
    assert errors  # shown as a translated sentence, nothing judged
    status = "SELECT status FROM training_participants WHERE course_id = :i"
    assert one(hub, status, i=course.id) == ("applied",)


def test_the_window_puts_training_and_procurement_after_grants(
    qtbot: QtBot, hub: Hub, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(hub.director)
    names = [
        type(kind).__name__ if not isinstance(kind, type) else kind.__name__
        for kind in window.kinds
    ]
    grants = names.index("GrantsPage")
    assert names[grants + 1 : grants + 4] == ["TrainingPage", "ProcurementPage", "AuditPage"]
    show_active(qtbot, window)  # the shortcuts go to the active window
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)  # the View menu's
    assert isinstance(window.current_page(), TrainingPage)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = opened(qtbot, window, CourseDialog)
    assert dialog.windowTitle() == "New course"


def test_a_drill_down_filters_by_year_and_category(
    qtbot: QtBot, hub: Hub, page: TrainingPage
) -> None:
    service = TrainingService(hub.db, hub.clerk)
    for title, category, day in (
        ("가산초 사회적경제 교실", TrainingCategory.SCHOOL, date(2026, 5, 12)),
        ("독산고 사회적경제 교실", TrainingCategory.SCHOOL, date(2025, 5, 20)),
        ("아카데미 기초", TrainingCategory.ACADEMY, date(2026, 4, 4)),
    ):
        service.add_course(CourseDraft(title, category, day, day, participants=30, completed=30))
    page.show_year(2026, TrainingCategory.SCHOOL)
    count = one(
        hub,
        "SELECT count(*) FROM training_courses WHERE category = 'school' "
        "AND start_date BETWEEN '2026-01-01' AND '2026-12-31'",
    )
    assert (len(page.courses.texts()),) == count == (1,)
    assert page.courses.texts()[0][0] == "가산초 사회적경제 교실"
