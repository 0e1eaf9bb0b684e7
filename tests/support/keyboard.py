"""Type like a user, Korean included (QTest.keyClicks only knows ASCII keys)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QWidget
from pytestqt.qtbot import QtBot

from hubdesk.gui.common.date_edit import DateEdit
from hubdesk.gui.common.team_picker import TeamPicker
from hubdesk.gui.common.won_edit import WonEdit


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


def commit_text(widget: QWidget, text: str) -> None:
    """What a Korean input method sends when a syllable is done (만, 억, 원): a commit."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_mixed(widget: QWidget, text: str) -> None:
    """ASCII through the keys, Hangul through the input method, as a person types 300만."""
    for char in text:
        if char.isascii():
            QTest.keyClick(widget, char)
        else:
            commit_text(widget, char)


def click_into(edit: QLineEdit) -> None:
    """A left click near the start of a field, the way a mouse gives it the focus."""
    QTest.mouseClick(edit, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(8, 8))


def type_over(edit: QLineEdit, text: str) -> None:
    """Click the field, select all it holds (Ctrl+A) and type ``text`` over it."""
    click_into(edit)
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_mixed(edit, text)


def paste_into(edit: QLineEdit, text: str) -> None:
    """Put ``text`` on the clipboard, select the field's text and paste it (Ctrl+V)."""
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(text)
    click_into(edit)
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def day_cell(view: QTableView, day: int) -> QPoint:
    """The centre of ``day``'s cell on the shown page (the first "1" starts the month)."""
    model = view.model()
    cells = [
        model.index(row, column)
        for row in range(1, model.rowCount())
        for column in range(model.columnCount())
    ]
    first = next(i for i, index in enumerate(cells) if index.data() == 1)
    return view.visualRect(cells[first + day - 1]).center()


def pick_team(qtbot: QtBot, picker: TeamPicker, typed: str, row: int = 0) -> str:
    """Type into the team picker and choose the ``row``-th offer from its popup."""
    type_text(picker, typed)
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    for _ in range(row + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    return picker.text()


def set_day(edit: DateEdit, day: date) -> None:
    """Click the date field and type the day over it, as an office writes it (2026.4.15)."""
    type_over(edit, f"{day.year}.{day.month}.{day.day}")
    assert edit.date() == day, (edit.text(), edit.refusal_text())


def type_won(edit: WonEdit, amount: int) -> None:
    """Click the money field, select what it holds and type the digits over it."""
    type_over(edit, str(amount))
