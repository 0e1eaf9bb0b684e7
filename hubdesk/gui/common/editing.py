"""What the edit dialogs share: an inline problem line, OK that runs the edit, date and
money fields, a space picker.

A dialog runs its edit itself when OK is pressed, through ``PageContext.ops`` so the
edit gets an undo step. A refusal is shown inside the dialog, which stays open.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.errors import HubDeskError
from hubdesk.domain.records import SpaceRecord
from hubdesk.gui.common.filters import squeezable
from hubdesk.gui.context import PageContext
from hubdesk.gui.text.labels import label
from hubdesk.gui.text.messages import describe

T = TypeVar("T")
D = TypeVar("D", bound=QDialog)

PROBLEM_STYLE = "color: #b00020;"
HINT_STYLE = "color: palette(mid);"
NOTE_HEIGHT = 60
MAX_WON = 2_000_000_000  # a QSpinBox holds 32-bit numbers; no deposit comes near


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def day_of(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def note_edit(height: int = NOTE_HEIGHT) -> QPlainTextEdit:
    """A few lines of free text (a note, a reason); Tab moves on rather than indenting."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def hint_label(text: str = "") -> QLabel:
    """A grey, wrapped line under the fields that explains rather than refuses."""
    hint = QLabel(text)
    hint.setStyleSheet(HINT_STYLE)
    hint.setWordWrap(True)
    return hint


def problem_label() -> QLabel:
    """A red, wrapped line that says what is wrong; hidden until there is something."""
    problem = QLabel()
    problem.setStyleSheet(PROBLEM_STYLE)
    problem.setWordWrap(True)
    problem.hide()
    return problem


MESSAGE_LINES = 4


def typed_values(dialog: QWidget) -> tuple[object, ...]:
    """What the person can change in ``dialog``'s fields, in a comparable form."""
    values: list[object] = []
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QLineEdit) and not widget.isReadOnly():
            values.append(widget.text())
        elif isinstance(widget, QPlainTextEdit) and not widget.isReadOnly():
            values.append(widget.toPlainText())
        elif isinstance(widget, QAbstractSpinBox):
            values.append(widget.text())
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            values.append(widget.currentIndex())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            values.append(widget.isChecked())
    return tuple(values)


def message_area(label: QLabel, lines: int = MESSAGE_LINES) -> QScrollArea:
    """A fixed room for ``label`` under a form: ``lines`` lines high whatever it says (a
    longer text scrolls), so a message never squashes the fields or resizes the dialog."""
    area = QScrollArea()
    area.setObjectName("messages")
    area.setWidget(label)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    area.setFixedHeight(label.fontMetrics().lineSpacing() * lines + 6)
    return area


def ok_cancel(ok: Callable[[], object], cancel: Callable[[], object]) -> QDialogButtonBox:
    """OK and Cancel buttons that call ``ok`` and ``cancel`` (a dialog's accept and reject)."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(ok)
    buttons.rejected.connect(cancel)
    return buttons


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def money_spin(amount: int = 0) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, MAX_WON)
    spin.setSingleStep(10_000)
    spin.setGroupSeparatorShown(True)
    spin.setValue(amount)
    return spin


def refusal_of(check: Callable[[], object]) -> HubDeskError | None:
    """Call a read-only check (a service's ``check_…``); its refusal, or None when it passes."""
    try:
        check()
    except HubDeskError as error:
        return error
    return None


def problem_of(check: Callable[[], object]) -> str | None:
    """Call a read-only check; the refusal as a translated sentence, or None when it passes."""
    refusal = refusal_of(check)
    return None if refusal is None else describe(refusal)


def open_dialog(dialog: D) -> D:
    """Show ``dialog`` without blocking; it is deleted when closed."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class HoldsDialog:
    """Mixed into a page that opens one dialog at a time without blocking: ``dialog`` is
    the open one (tests reach it there) until Qt deletes it on close."""

    dialog: QDialog | None = None

    def _open(self, dialog: QDialog) -> None:
        """Open without blocking; the page refreshes when the operation reports a change."""
        self.dialog = dialog
        dialog.destroyed.connect(lambda _obj=None: self._forget_dialog(dialog))
        open_dialog(dialog)

    def _forget_dialog(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None


def space_text(space: SpaceRecord) -> str:
    """``3F-301 · Private office · 4 seats``"""
    seats = QCoreApplication.translate("SpaceCombo", "{0} seats").format(space.seats)
    return f"{space.code} · {label(space.kind)} · {seats}"


class SpaceCombo(QComboBox):
    """The spaces a team can be given, by code, with kind and seats."""

    def __init__(self, spaces: Iterable[SpaceRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records: dict[int, SpaceRecord] = {}
        squeezable(self, 16)  # long entries must not widen the window
        self.set_spaces(spaces)

    def set_spaces(self, spaces: Iterable[SpaceRecord]) -> None:
        chosen = self.space_id()
        self.blockSignals(True)
        self.clear()
        self.records = {space.id: space for space in spaces}
        for space in self.records.values():
            self.addItem(space_text(space), space.id)
        self.blockSignals(False)
        if chosen is not None:
            self.select(chosen)

    def space_id(self) -> int | None:
        value = self.currentData()
        return int(value) if value is not None else None

    def space(self) -> SpaceRecord | None:
        key = self.space_id()
        return self.records.get(key) if key is not None else None

    def select(self, space_id: int) -> bool:
        index = self.findData(space_id)
        if index >= 0:
            self.setCurrentIndex(index)
        return index >= 0


class OperationDialog(QDialog):
    """Base of the edit dialogs (no ``self.tr`` here: subclasses translate their own text).

    Subclasses fill ``self.form``, call ``finish_layout()`` and implement ``submit()``,
    which calls ``run_edit()``.
    """

    saves_as_you_go = False  # True: each change is saved at once, nothing to discard

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.form = QFormLayout()
        self.problem = problem_label()
        self.problem.setObjectName("problem")
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.messages = message_area(self.problem)
        self.buttons = ok_cancel(self.submit, self.cancel)
        self.confirm_discard: Callable[[], bool] = self._ask_discard
        self._typed_at_open: tuple[object, ...] | None = None

    def name_buttons(self, act: str) -> None:
        """Buttons that say what they do ("컨설팅 취소" / "닫기"), never OK / Cancel: in a
        dialog that cancels something, "Cancel" would say the opposite of the act."""
        self.ok_button().setText(act)
        close = QCoreApplication.translate("OperationDialog", "Close")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(close)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if self._typed_at_open is None:
            self._typed_at_open = typed_values(self)

    def cancel(self) -> None:
        """Escape or Cancel: what was typed is not thrown away unasked (unless the dialog
        saves each change as it is made: ``saves_as_you_go``)."""
        typed = self._typed_at_open is not None and typed_values(self) != self._typed_at_open
        typed = typed and not self.saves_as_you_go
        if typed and not self.confirm_discard():
            return
        self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            event.accept()
            self.cancel()
            return
        super().keyPressEvent(event)

    def _ask_discard(self) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.windowTitle())
        box.setText(QCoreApplication.translate("OperationDialog", "Discard what you typed?"))
        discard = box.addButton(
            QCoreApplication.translate("OperationDialog", "Discard"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(
            QCoreApplication.translate("OperationDialog", "Keep editing"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.exec()
        return box.clickedButton() is discard

    def finish_layout(self, *extra: QWidget) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        for widget in extra:
            layout.addWidget(widget)
        layout.addWidget(self.messages)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def show_problem(self, text: str | None, *, hint: bool = False) -> None:
        """Show a refusal (red) or a hint (grey) under the fields; None hides the line."""
        self.problem.setText(text or "")
        self.problem.setStyleSheet(HINT_STYLE if hint else PROBLEM_STYLE)
        self.problem.setVisible(bool(text))

    def problem_text(self) -> str:
        return self.problem.text() if self.problem.isVisible() else ""

    def submit(self) -> None:
        raise NotImplementedError

    def run_edit(
        self,
        text: str,
        do: Callable[[], T],
        *,
        undo: Callable[[T], object] | None,
        redo: Callable[[T], object] | None = None,
        close: bool = True,
    ) -> bool:
        """Run the edit with an undo step (``undo=None``: a final edit such as a payment,
        which pushes none); a refusal stays in the dialog. True when done."""
        ops = self.context.ops
        ops.run(text, do, undo=undo, redo=redo, report=self.show_problem)
        if ops.last_error is not None:
            return False
        self.show_problem(None)
        if close:
            self.accept()
        return True
