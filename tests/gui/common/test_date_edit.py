"""The date field, driven by the mouse and the keys as the issue's new colleague did:
a click then typing replaces the date; Ctrl+A and 2027-01-01 give 2027-01-01; every
Korean office style is read; the weekday shows; an impossible day is refused in
words; the calendar marks Sundays, public holidays and the hub's days off."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from support.keyboard import click_into, day_cell, show_active, type_over
from support.korean import RecordingTranslator, korean_recorder

from hubdesk.domain.deadlines import WorkingCalendar
from hubdesk.gui.common.calendar_popup import HOLIDAY_RED, SATURDAY_BLUE
from hubdesk.gui.common.date_edit import DateEdit

START = date(2026, 1, 1)


class Form(QWidget):
    """A date field and a plain field after it, to leave the date by Tab."""

    def __init__(self, edit: DateEdit) -> None:
        super().__init__()
        self.edit, self.other = edit, QLineEdit()
        layout = QVBoxLayout(self)
        layout.addWidget(edit)
        layout.addWidget(self.other)


KEPT: list[Form] = []  # the forms of the running test (a dropped one would be deleted)


@pytest.fixture(autouse=True)
def _forget_forms() -> Iterator[None]:
    yield
    KEPT.clear()


def shown_form(qtbot: QtBot, edit: DateEdit) -> Form:
    form = Form(edit)
    KEPT.append(form)
    qtbot.addWidget(form)
    show_active(qtbot, form)
    form.other.setFocus()  # the date field gets the focus by the person's hand
    return form


@pytest.fixture
def edit(qtbot: QtBot) -> DateEdit:
    return shown_form(qtbot, DateEdit(START)).edit


@pytest.fixture
def korean() -> Iterator[RecordingTranslator]:
    yield from korean_recorder()


def leave(edit: QWidget) -> None:
    QTest.keyClick(edit, Qt.Key.Key_Tab)


def test_a_click_selects_the_date_and_typing_replaces_it(edit: DateEdit) -> None:
    """Issue 14.2: "typing after a click does nothing"."""
    seen: list[object] = []
    edit.dateChanged.connect(seen.append)
    click_into(edit)
    assert edit.hasFocus() and edit.selectedText() == "2026-01-01"
    QTest.keyClicks(edit, "2027.1.1")
    assert edit.date() == date(2027, 1, 1)
    assert edit.weekday.text() == "(Fri)"
    assert seen[-1] == date(2027, 1, 1) and None in seen  # never the old day meanwhile
    leave(edit)
    assert edit.text() == "2027-01-01" and not edit.hasFocus()


def test_ctrl_a_then_a_date_gives_that_date(edit: DateEdit) -> None:
    """Issue 14.2: "Ctrl+A and 2027-01-01 silently gave 2026-01-01"."""
    click_into(edit)
    QTest.keyClick(edit, Qt.Key.Key_End)  # the cursor placed, nothing selected
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(edit, "2027-01-01")
    assert edit.date() == date(2027, 1, 1)


@pytest.mark.parametrize(
    "typed",
    ["2027-01-01", "2027.1.1", "2027. 1. 1.", "20270101", "27.1.1", "2027/1/1", "2027년 1월 1일"],
)
def test_every_office_style_is_read(edit: DateEdit, typed: str) -> None:
    type_over(edit, typed)
    assert edit.date() == date(2027, 1, 1) and not edit.refusal_shown()
    leave(edit)
    assert edit.text() == "2027-01-01"


def test_a_field_focused_when_the_window_opens_selects_on_the_first_click(
    qtbot: QtBot,
) -> None:
    form = Form(DateEdit(START))
    KEPT.append(form)
    qtbot.addWidget(form)
    show_active(qtbot, form)
    assert form.edit.hasFocus()  # the first field of the window
    click_into(form.edit)
    assert form.edit.selectedText() == "2026-01-01"
    QTest.keyClicks(form.edit, "20270101")
    assert form.edit.date() == date(2027, 1, 1)


def test_tab_into_the_field_selects_it_too(qtbot: QtBot) -> None:
    form = shown_form(qtbot, DateEdit(START))
    form.other.setFocus()
    QTest.keyClick(form.other, Qt.Key.Key_Backtab)
    assert form.edit.hasFocus() and form.edit.selectedText() == "2026-01-01"


def test_an_impossible_day_is_refused_in_words_at_once(edit: DateEdit) -> None:
    type_over(edit, "2027-02-30")
    assert edit.date() is None  # not 2026-01-01, not 2027-02-28
    assert edit.refusal_shown() and edit.property("refused") is True
    assert "#b00020" in edit.styleSheet()  # the red border
    assert edit.toolTip() == "Month 2 of 2027 has 28 days (‘2027-02-30’)."
    assert edit.weekday.text() == ""
    type_over(edit, "2027-02-28")
    assert edit.date() == date(2027, 2, 28) and not edit.refusal_shown()
    assert edit.styleSheet() == "" and edit.weekday.text() == "(Sun)"


def test_letters_are_refused_at_once(edit: DateEdit) -> None:
    type_over(edit, "abc")
    assert edit.date() is None and edit.refusal_shown()
    assert "is not a date" in edit.toolTip()


def test_a_half_typed_date_waits_until_the_field_is_left(edit: DateEdit) -> None:
    type_over(edit, "2027.1")
    assert edit.date() is None and not edit.refusal_shown()  # still typing
    leave(edit)
    assert edit.refusal_shown() and "‘2027.1’ is not a date" in edit.toolTip()


def test_an_emptied_required_field_is_refused_once_left(edit: DateEdit) -> None:
    click_into(edit)
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.text() == "" and edit.date() is None and not edit.refusal_shown()
    leave(edit)
    assert edit.refusal_shown() and edit.toolTip() == "Enter a date."


def test_an_optional_field_may_stay_empty(qtbot: QtBot) -> None:
    edit = shown_form(qtbot, DateEdit(None, optional=True)).edit
    assert edit.date() is None and edit.refusal() is None
    assert edit.placeholderText() == "No date"
    type_over(edit, "2019.3.15")
    assert edit.date() == date(2019, 3, 15)
    leave(edit)
    click_into(edit)
    QTest.keyClick(edit, Qt.Key.Key_Backspace)
    leave(edit)
    assert edit.date() is None and edit.refusal() is None


def test_days_outside_the_range_are_refused(edit: DateEdit) -> None:
    edit.setDateRange(date(2026, 4, 1), date(2026, 10, 31))
    assert edit.refusal_shown()  # 2026-01-01 is before the range now
    type_over(edit, "2026.11.1")
    assert edit.date() is None
    assert edit.toolTip() == "2026-11-01 is after 2026-10-31, the last day allowed."
    type_over(edit, "2026.10.31")
    assert edit.date() == date(2026, 10, 31)


def test_up_and_down_move_a_day(edit: DateEdit) -> None:
    click_into(edit)
    QTest.keyClick(edit, Qt.Key.Key_Down)
    assert edit.date() == date(2025, 12, 31)
    QTest.keyClick(edit, Qt.Key.Key_Up)
    QTest.keyClick(edit, Qt.Key.Key_Up)
    assert edit.date() == date(2026, 1, 2)


def test_a_month_field(qtbot: QtBot) -> None:
    edit = shown_form(qtbot, DateEdit(date(2026, 4, 15), months=True)).edit
    assert edit.text() == "2026-04" and edit.date() == date(2026, 4, 1)
    type_over(edit, "2027.3")
    assert edit.date() == date(2027, 3, 1)
    leave(edit)
    assert edit.text() == "2027-03"


# --- The calendar pop-up ---------------------------------------------------------------


def test_the_calendar_marks_sundays_holidays_and_days_off(qtbot: QtBot) -> None:
    hub = WorkingCalendar([date(2026, 12, 31)])
    edit = shown_form(qtbot, DateEdit(date(2026, 12, 1), calendar=lambda: hub)).edit
    qtbot.mouseClick(edit.calendar_button, Qt.MouseButton.LeftButton)
    popup = edit.popup
    assert popup is not None and popup.isVisible()
    calendar = popup.calendar
    sunday = calendar.weekdayTextFormat(Qt.DayOfWeek.Sunday).foreground().color()
    saturday = calendar.weekdayTextFormat(Qt.DayOfWeek.Saturday).foreground().color()
    assert (sunday, saturday) == (HOLIDAY_RED, SATURDAY_BLUE)
    christmas = calendar.dateTextFormat(QDate(2026, 12, 25))
    assert christmas.foreground().color() == HOLIDAY_RED
    assert christmas.toolTip() in ("Christmas Day", "기독탄신일")
    day_off = calendar.dateTextFormat(QDate(2026, 12, 31))
    assert day_off.background().color() != QColor(0, 0, 0) and "Hub day off" in day_off.toolTip()
    assert calendar.dateTextFormat(QDate(2026, 12, 30)).toolTip() == ""  # an ordinary day
    assert calendar.dateTextFormat(QDate(2027, 2, 7)).toolTip()  # next year's 설날 too


def test_a_day_clicked_in_the_calendar_is_the_date(qtbot: QtBot) -> None:
    edit = shown_form(qtbot, DateEdit(date(2026, 12, 1))).edit
    click_into(edit)
    QTest.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = edit.popup
    assert popup is not None and popup.isVisible()
    view = popup.calendar.findChild(QTableView)
    assert view is not None
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=day_cell(view, 24))
    assert edit.date() == date(2026, 12, 24) and not popup.isVisible()
    assert edit.hasFocus() and edit.selectedText() == "2026-12-24"


def test_korean_weekday_and_refusal(qtbot: QtBot, korean: RecordingTranslator) -> None:
    edit = shown_form(qtbot, DateEdit(START)).edit
    type_over(edit, "2027.1.1")
    assert edit.weekday.text() == "(금)"
    type_over(edit, "2027-02-30")
    assert edit.toolTip() == "2027년 2월은 28일까지입니다(‘2027-02-30’)."
    assert korean.our_misses() == set()
