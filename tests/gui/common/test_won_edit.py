"""The money field, typed and pasted into as a person does: "abc24만원" is refused (it
used to become 24), a pasted "3,000,000원" is taken (it used to be ignored), 300만 is
3,000,000, separators come as the digits are typed without the cursor jumping, and
the amount reads in Korean words under the field."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from support.keyboard import click_into, commit_text, paste_into, show_active, type_over
from support.korean import RecordingTranslator, korean_recorder

from hubdesk.gui.common.won_edit import WonEdit, regrouped

KEPT: list[QWidget] = []


class Form(QWidget):
    def __init__(self, edit: WonEdit) -> None:
        super().__init__()
        self.edit, self.other = edit, QLineEdit()
        layout = QVBoxLayout(self)
        layout.addWidget(edit.with_words())
        layout.addWidget(self.other)


@pytest.fixture(autouse=True)
def _forget_forms() -> Iterator[None]:
    yield
    KEPT.clear()


def shown(qtbot: QtBot, edit: WonEdit) -> WonEdit:
    form = Form(edit)
    KEPT.append(form)
    qtbot.addWidget(form)
    show_active(qtbot, form)
    form.other.setFocus()
    return edit


@pytest.fixture
def edit(qtbot: QtBot) -> WonEdit:
    return shown(qtbot, WonEdit(0))


@pytest.fixture
def korean() -> Iterator[RecordingTranslator]:
    yield from korean_recorder()


def leave(edit: QWidget) -> None:
    QTest.keyClick(edit, Qt.Key.Key_Tab)


def test_letters_are_refused_not_dropped(edit: WonEdit) -> None:
    """Issue 14.3: "abc24만원" became 24."""
    seen: list[object] = []
    edit.valueChanged.connect(seen.append)
    click_into(edit)
    QTest.keyClicks(edit, "abc24")
    for syllable in "만원":
        commit_text(edit, syllable)  # the input method's commit, as on a Korean keyboard
    assert edit.text() == "abc24만원"
    assert edit.value() is None and edit.refusal_shown()
    assert "#b00020" in edit.styleSheet() and "#b00020" in edit.words.styleSheet()
    assert edit.words.text().startswith("‘a’ cannot be part of an amount")
    assert 24 not in seen and 240_000 not in seen


def test_a_pasted_amount_with_separators_and_won_is_taken(edit: WonEdit) -> None:
    """Issue 14.3: a pasted "3,000,000원" was ignored."""
    paste_into(edit, "3,000,000원")
    assert edit.value() == 3_000_000 and not edit.refusal_shown()
    assert edit.words.text() == "금 삼백만원정"
    leave(edit)
    assert edit.text() == "3,000,000"


def test_man_and_eok_are_understood(edit: WonEdit) -> None:
    type_over(edit, "300만")
    assert edit.value() == 3_000_000
    assert edit.words.text() == "3,000,000원 · 금 삼백만원정"
    leave(edit)
    assert edit.text() == "3,000,000" and edit.words.text() == "금 삼백만원정"
    type_over(edit, "1억 2,000만원")
    assert edit.value() == 120_000_000


def test_separators_come_as_digits_are_typed(edit: WonEdit) -> None:
    click_into(edit)
    QTest.keyClicks(edit, "3000000")
    assert edit.text() == "3,000,000" and edit.cursorPosition() == len("3,000,000")
    assert edit.value() == 3_000_000


def test_the_cursor_stays_after_the_digit_typed(edit: WonEdit) -> None:
    type_over(edit, "3000000")
    QTest.keyClick(edit, Qt.Key.Key_Home)
    for _ in range(3):  # 3,0|00,000
        QTest.keyClick(edit, Qt.Key.Key_Right)
    QTest.keyClick(edit, "1")
    assert edit.text() == "30,100,000" and edit.cursorPosition() == 4  # 30,1|00,000
    QTest.keyClick(edit, "2")
    assert edit.text() == "301,200,000" and edit.text()[: edit.cursorPosition()] == "301,2"


def test_backspace_next_to_a_separator_removes_the_digit(edit: WonEdit) -> None:
    type_over(edit, "12345")
    QTest.keyClick(edit, Qt.Key.Key_Home)
    for _ in range(3):  # 12,|345
        QTest.keyClick(edit, Qt.Key.Key_Right)
    QTest.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.text() == "1,345" and edit.value() == 1_345


def test_above_the_maximum_is_refused_not_clipped(qtbot: QtBot) -> None:
    edit = shown(qtbot, WonEdit(0, maximum=3_000_000))
    type_over(edit, "9000000")
    assert edit.value() is None and edit.refusal_shown()
    assert edit.words.text() == "9,000,000 won is above the maximum of 3,000,000 won."
    type_over(edit, "1200000")
    assert edit.value() == 1_200_000 and edit.words.text() == "금 일백이십만원정"


def test_negative_and_fractions(edit: WonEdit) -> None:
    type_over(edit, "-5000")
    assert edit.value() is None and "below the minimum of 0 won" in edit.words.text()
    type_over(edit, "1.5")
    assert edit.value() is None and not edit.refusal_shown()  # on its way to 1.5억
    commit_text(edit, "억")
    assert edit.value() == 150_000_000
    type_over(edit, "1.5")
    leave(edit)
    assert edit.refusal_shown() and "whole number of won" in edit.words.text()


def test_an_emptied_field_is_refused_once_left(edit: WonEdit) -> None:
    type_over(edit, "")
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.value() is None and not edit.refusal_shown()
    leave(edit)
    assert edit.refusal_shown() and edit.words.text() == "Enter an amount."


def test_amounts_beyond_32_bits(edit: WonEdit) -> None:
    seen: list[object] = []
    edit.valueChanged.connect(seen.append)
    edit.setValue(3_000_000_000)
    assert edit.text() == "3,000,000,000" and seen == [3_000_000_000]
    assert edit.words.text() == "금 삼십억원정"


@pytest.mark.parametrize(
    ("text", "cursor", "result"),
    [
        ("3000000", 7, ("3,000,000", 9)),
        ("3,0100,000", 4, ("30,100,000", 4)),
        ("0005", 4, ("5", 1)),
        ("000", 3, ("0", 1)),
        ("1,2345", 0, ("12,345", 0)),
    ],
)
def test_regrouped(text: str, cursor: int, result: tuple[str, int]) -> None:
    assert regrouped(text, cursor) == result


def test_korean_words_and_refusal(qtbot: QtBot, korean: RecordingTranslator) -> None:
    edit = shown(qtbot, WonEdit(0))
    type_over(edit, "300만")
    assert edit.words.text() == "3,000,000원 · 금 삼백만원정"
    type_over(edit, "abc")
    assert edit.words.text().startswith("금액에는")
    assert korean.our_misses() == set()
