"""The base of the date and won editors: a line edit that reads its text into a value as
the person types, selects everything when it gets focus (by a click too), and shows a
refusal plainly (a red border, the reason as its tooltip) instead of keeping an old value.

A text that is still being typed (``2027.1``, an empty required field) is not shown as
refused while the field has focus; it is once the person leaves the field or presses
Enter. A text that can never become a value (``abc``, ``2027-02-30``) is refused at once.
Either way ``current()`` is None: nothing half-typed is ever taken for a value.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from hubdesk.domain.errors import HubDeskError
from hubdesk.gui.text.messages import describe

V = TypeVar("V")

REFUSED_STYLE = (
    "QLineEdit { border: 1px solid #b00020; border-radius: 3px;"
    " background: #fff4f4; padding: 1px 2px; }"
)
# Focus that a click gives, or that comes with the window (a dialog opening on this
# field, the window raised again): the next click selects all, not the focus itself.
_ON_RELEASE = (Qt.FocusReason.MouseFocusReason, Qt.FocusReason.ActiveWindowFocusReason)


class TypedEdit(QLineEdit, Generic[V]):
    """Subclasses read (``_read``) and write (``_written``) their value and emit their
    own value signal from ``_value_changed``."""

    refusalChanged = Signal()  # the refusal, or whether it is shown, changed; the value not

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: V | None = None
        self._refusal: HubDeskError | None = None
        self._shown_refused = False
        self._select_on_release = False
        self._hint = ""
        self.textEdited.connect(self._edited)
        self.editingFinished.connect(self._finished)

    # --- for subclasses ----------------------------------------------------------

    def _read(self, text: str) -> V | None:
        """The value of ``text`` (None: an optional field left empty); raise to refuse."""
        raise NotImplementedError

    def _written(self, value: V) -> str:
        raise NotImplementedError

    def _still_typing(self, text: str, refusal: HubDeskError) -> bool:
        """Whether ``text`` may yet become a value (shown as refused only when left)."""
        return False

    def _value_changed(self, value: V | None) -> None:
        raise NotImplementedError

    def _state_shown(self) -> None:
        """Show what goes with the value (a weekday, words); called after each reading."""

    # --- reading -------------------------------------------------------------------

    def current(self) -> V | None:
        """The value the text holds; None when it is empty, refused or half-typed."""
        return self._value

    def refusal(self) -> HubDeskError | None:
        """Why the text is not a value (also while it is still being typed), or None."""
        return self._refusal

    def refusal_shown(self) -> bool:
        """True when the field shows itself refused (red border, reason as tooltip)."""
        return self._shown_refused

    def refusal_text(self) -> str:
        return describe(self._refusal) if self._refusal is not None else ""

    def set_hint(self, hint: str) -> None:
        """The tooltip while nothing is wrong (how to type a value)."""
        self._hint = hint
        self._show_refusal()

    def _set_current(self, value: V | None) -> None:
        """Show ``value`` as a program sets it: written in full, read at once."""
        self.setText("" if value is None else self._written(value))
        self._evaluate(finished=True)

    def _evaluate(self, *, finished: bool) -> None:
        text = self.text()
        try:
            value, refusal = self._read(text), None
        except HubDeskError as error:
            value, refusal = None, error
        typing = refusal is not None and not finished and self._still_typing(text, refusal)
        before = (self._value, self._message(), self._shown_refused)
        self._value, self._refusal = value, refusal
        self._shown_refused = refusal is not None and not typing
        self._show_refusal()
        self._state_shown()
        if value != before[0]:
            self._value_changed(value)
        elif (self._message(), self._shown_refused) != before[1:]:
            self.refusalChanged.emit()

    def _message(self) -> str | None:
        return None if self._refusal is None else self._refusal.message

    def _show_refusal(self) -> None:
        self.setStyleSheet(REFUSED_STYLE if self._shown_refused else "")
        self.setProperty("refused", self._shown_refused)
        self.setToolTip(self.refusal_text() if self._shown_refused else self._hint)

    def _edited(self, _text: str) -> None:
        self._evaluate(finished=False)

    def _finished(self) -> None:
        """Enter, or leaving the field: a half-typed text is refused; a value is written
        the one way the field writes it (``300만`` → ``3,000,000``)."""
        self._evaluate(finished=True)
        if self._value is not None and self.text() != self._written(self._value):
            self.setText(self._written(self._value))
            self._state_shown()

    # --- focus: everything selected, so typing replaces it ---------------------------

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        reason = event.reason()
        if reason in _ON_RELEASE:
            self._select_on_release = True  # the press itself places the cursor
        elif reason != Qt.FocusReason.PopupFocusReason:  # back from a menu: as it was
            self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._select_on_release = False  # typed before any click: the cursor stays
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._select_on_release = False
        super().focusOutEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._select_on_release:
            self._select_on_release = False
            if not self.hasSelectedText():  # a drag selected a part on purpose
                self.selectAll()
