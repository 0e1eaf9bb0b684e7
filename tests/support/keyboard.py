"""Type like a user, Korean included (QTest.keyClicks only knows ASCII keys)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QDateEdit, QWidget
from pytestqt.qtbot import QtBot

from hubdesk.gui.common.team_picker import TeamPicker


def show_active(qtbot: QtBot, window: QWidget) -> None:
    """Show a window and make it the active one, as a click on it would (keys go there)."""
    if not window.isVisible():
        window.show()
    qtbot.waitExposed(window)
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(window.isActiveWindow)


def type_text(widget: QWidget, text: str) -> None:
    """Send one key press and release per character, carrying the character."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def pick_team(qtbot: QtBot, picker: TeamPicker, typed: str, row: int = 0) -> str:
    """Type into the team picker and choose the ``row``-th offer from its popup."""
    type_text(picker, typed)
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    for _ in range(row + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    return picker.text()


def set_day(edit: QDateEdit, day: date) -> None:
    """What picking a day in the calendar popup does."""
    edit.setDate(QDate(day.year, day.month, day.day))


def type_won(spin: QAbstractSpinBox, amount: int) -> None:
    """Select what a money field holds and type the amount over it."""
    spin.setFocus()
    spin.selectAll()
    type_text(spin, str(amount))
