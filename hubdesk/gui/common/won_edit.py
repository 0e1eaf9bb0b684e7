"""The one money field of the window: whole won, typed as it is written.

Digits get their thousands separators as they are typed, the cursor staying after the
same digit; ``3,000,000원``, ``₩3,000,000``, ``300만``, ``1억 2,000만`` and ``2천500만원``
are understood (``hubdesk.domain.money.parse_won``) and written out as ``3,000,000``
when the field is left. Under the field the amount reads in Korean words
(금 삼백만원정), or the reason it is refused: a letter, a misplaced unit, a fraction of
a won, an amount below the minimum or above the maximum. ``value()`` is then None,
never an old or a clipped amount.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from hubdesk.domain.errors import (
    AmountFraction,
    AmountMissing,
    AmountShape,
    HubDeskError,
)
from hubdesk.domain.money import (
    MAX_AMOUNT,
    amount_in_words,
    check_won_range,
    parse_won,
    plain_won,
)
from hubdesk.gui.common.typed_edit import TypedEdit

WORDS_STYLE = "color: palette(mid);"
REFUSED_WORDS_STYLE = "color: #b00020;"
_DIGITS_ONLY = re.compile(r"[0-9,]*[0-9][0-9,]*")
_UNITS = frozenset("십백천만억조")


def regrouped(text: str, cursor: int) -> tuple[str, int]:
    """Digits with their separators put right, and where the cursor goes: after the same
    digit it followed (``3000000`` with the cursor after 4 digits → ``3,000,000``, 5)."""
    digits = text.replace(",", "")
    kept = digits.lstrip("0") or "0"
    before = sum(char.isdigit() for char in text[:cursor]) - (len(digits) - len(kept))
    grouped = plain_won(int(kept))
    position, seen = 0, 0
    while seen < before and position < len(grouped):
        seen += grouped[position].isdigit()
        position += 1
    return grouped, position


def words_of(amount: int, text: str) -> str:
    """``금 삼백만원정``; with the figures first when units were typed (300만)."""
    if amount == 0:
        return ""
    words = amount_in_words(abs(amount))
    if amount < 0:
        words = f"△ {words}"
    if _UNITS & set(text):
        words = f"{plain_won(amount)}원 · {words}"
    return words


class WonEdit(TypedEdit[int]):
    """A whole-won amount from ``minimum`` to ``maximum``. Put ``with_words()`` in the
    layout (the field with its words under it). ``valueChanged`` carries ``value()``."""

    valueChanged = Signal(object)

    def __init__(
        self,
        amount: int | None = 0,
        parent: QWidget | None = None,
        *,
        minimum: int = 0,
        maximum: int = MAX_AMOUNT,
        optional: bool = False,
    ) -> None:
        super().__init__(parent)
        self._minimum, self._maximum, self._optional = minimum, maximum, optional
        self._box: QWidget | None = None
        self.words = QLabel()
        self.words.setObjectName("wonWords")
        self.words.setWordWrap(True)
        self.words.setStyleSheet(WORDS_STYLE)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaxLength(40)
        self.set_hint(self.tr("Type the amount: 3000000, 3,000,000원, 300만 or 1억 2,000만."))
        self.setValue(amount)

    # --- the value ---------------------------------------------------------------------

    def value(self) -> int | None:
        """The amount typed; None when empty, refused or outside the range."""
        return self.current()

    def setValue(self, amount: int | None) -> None:
        self._set_current(amount)

    def setRange(self, minimum: int, maximum: int) -> None:
        self._minimum, self._maximum = minimum, maximum
        self._evaluate(finished=True)

    def setMinimum(self, minimum: int) -> None:
        self.setRange(minimum, max(minimum, self._maximum))

    def setMaximum(self, maximum: int) -> None:
        self.setRange(min(self._minimum, maximum), maximum)

    def minimum(self) -> int:
        return self._minimum

    def maximum(self) -> int:
        return self._maximum

    def with_words(self) -> QWidget:
        """The field with its words line under it, to put in a form (made once)."""
        if self._box is None:
            self._box = QWidget()
            column = QVBoxLayout(self._box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(1)
            column.addWidget(self)
            column.addWidget(self.words)
        return self._box

    def _read(self, text: str) -> int | None:
        if not text.strip() and self._optional:
            return None
        return check_won_range(parse_won(text), self._minimum, self._maximum)

    def _written(self, value: int) -> str:
        return plain_won(value)

    def _still_typing(self, text: str, refusal: HubDeskError) -> bool:
        """Empty, a fraction on its way to a unit (1.5 → 1.5억), a sign or separator last."""
        if not self.hasFocus():
            return False
        if isinstance(refusal, AmountMissing | AmountFraction):
            return True
        return isinstance(refusal, AmountShape) and text.rstrip()[-1:] in {",", ".", "-", "△"}

    def _value_changed(self, value: int | None) -> None:
        self.valueChanged.emit(value)

    def _state_shown(self) -> None:
        amount = self.current()
        if self.refusal_shown():
            self.words.setText(self.refusal_text())
        else:
            self.words.setText("" if amount is None else words_of(amount, self.text()))
        self.words.setStyleSheet(REFUSED_WORDS_STYLE if self.refusal_shown() else WORDS_STYLE)

    # --- typing: separators as you go -----------------------------------------------------

    def _edited(self, text: str) -> None:
        if _DIGITS_ONLY.fullmatch(text):
            grouped, cursor = regrouped(text, self.cursorPosition())
            if grouped != text:
                self.setText(grouped)
                self.setCursorPosition(cursor)
        super()._edited(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Backspace or Delete next to a separator removes the digit beyond it."""
        key, text, cursor = event.key(), self.text(), self.cursorPosition()
        if not self.hasSelectedText():
            if key == Qt.Key.Key_Backspace and text[cursor - 1 : cursor] == ",":
                self.setCursorPosition(cursor - 1)
            elif key == Qt.Key.Key_Delete and text[cursor : cursor + 1] == ",":
                self.setCursorPosition(cursor + 1)
        super().keyPressEvent(event)
