"""What the edit dialogs share: an inline problem line, OK that runs the edit, date and
money fields, a space picker.

A dialog runs its edit itself when OK is pressed, through ``PageContext.ops`` so the
edit gets an undo step. A refusal is shown inside the dialog, which stays open; so is
a mistyped date or amount, named by its row, with OK disabled until it is put right.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayoutItem,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.deadlines import WorkingCalendar
from hubdesk.domain.errors import HubDeskError
from hubdesk.domain.records import SpaceRecord
from hubdesk.gui.common.date_edit import DateEdit
from hubdesk.gui.common.filters import squeezable
from hubdesk.gui.common.typed_edit import TypedEdit
from hubdesk.gui.common.won_edit import WonEdit
from hubdesk.gui.context import PageContext
from hubdesk.gui.text.labels import label
from hubdesk.gui.text.messages import describe
from hubdesk.services.core.settings import SettingsService

T = TypeVar("T")
D = TypeVar("D", bound=QDialog)

PROBLEM_STYLE = "color: #b00020;"
HINT_STYLE = "color: palette(mid);"
NOTE_HEIGHT = 60


def hub_calendar(context: PageContext) -> Callable[[], WorkingCalendar]:
    """The hub's holidays and days off, read when a calendar opens (not before)."""
    return lambda: SettingsService(context.db, context.actor).calendar()


def date_edit(
    day: date | None, context: PageContext | None = None, *, optional: bool = False
) -> DateEdit:
    """A date field whose calendar marks the hub's days off (given the context)."""
    calendar = hub_calendar(context) if context is not None else None
    return DateEdit(day, calendar=calendar, optional=optional)


def amount_of(edit: WonEdit) -> int:
    """The amount a field holds for sums shown beside it; 0 while it is refused (the
    dialog shows the refusal and keeps OK disabled meanwhile)."""
    return edit.value() or 0


def typed_edits(form: QFormLayout) -> list[tuple[str, TypedEdit[Any]]]:
    """The date and won fields of ``form`` with the label of their row, top to bottom."""
    found = []
    for row in range(form.rowCount()):
        name = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label_widget = name.widget() if name is not None else None
        text = label_widget.text() if isinstance(label_widget, QLabel) else ""
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        found += [(text, edit) for edit in _edits_in(field)]
    return found


def _edits_in(item: QLayoutItem | None) -> list[TypedEdit[Any]]:
    """The typed fields of a form row: a field, a field with its words, a period row."""
    if item is None:
        return []
    widget, layout = item.widget(), item.layout()
    if isinstance(widget, TypedEdit):
        return [widget]
    if widget is not None:
        return [edit for edit in widget.findChildren(QLineEdit) if isinstance(edit, TypedEdit)]
    if layout is not None:
        return [edit for index in range(layout.count()) for edit in _edits_in(layout.itemAt(index))]
    return []


def field_refusal(form: QFormLayout) -> tuple[str, bool] | None:
    """The first mistyped date or amount of ``form`` as (``Label: reason``, shown), or
    None. A half-typed field counts too (``shown`` False: say it as a hint); a
    disabled one does not (its value is not the person's to fix)."""
    for text, edit in typed_edits(form):
        if edit.refusal() is not None and edit.isEnabled():
            reason = edit.refusal_text()
            return (f"{text}: {reason}" if text else reason), edit.refusal_shown()
    return None


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


class SpaceList(QAbstractListModel):
    """Spaces as a combo box's rows: a row's text is made when the combo shows it, so
    thousands of spaces (8,100 lettable at scale 300) fill the combo at once."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.spaces: list[SpaceRecord] = []
        self.rows: dict[int, int] = {}  # space id → row

    def set_spaces(self, spaces: Iterable[SpaceRecord]) -> None:
        self.beginResetModel()
        self.spaces = list(spaces)
        self.rows = {space.id: row for row, space in enumerate(self.spaces)}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.spaces)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.spaces):
            return None
        space = self.spaces[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return space_text(space)
        if role == Qt.ItemDataRole.UserRole:
            return space.id
        return None


class SpaceCombo(QComboBox):
    """The spaces a team can be given, by code, with kind and seats."""

    def __init__(self, spaces: Iterable[SpaceRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records: dict[int, SpaceRecord] = {}
        self.list = SpaceList(self)
        self.setModel(self.list)
        squeezable(self, 16)  # long entries must not widen the window
        self.set_spaces(spaces)

    def set_spaces(self, spaces: Iterable[SpaceRecord]) -> None:
        """Offer ``spaces``; the chosen one stays chosen when it is among them, else the first."""
        chosen = self.space_id()
        self.blockSignals(True)
        self.list.set_spaces(spaces)
        self.records = {space.id: space for space in self.list.spaces}
        self.setCurrentIndex(0 if self.list.spaces else -1)
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
        index = self.list.rows.get(space_id, -1)
        if index >= 0:
            self.setCurrentIndex(index)
        return index >= 0


class GuardedDialog(QDialog):
    """A dialog with input: Escape, Cancel and the window's close button ask before what
    was typed is thrown away (unless the dialog saves each change as it is made:
    ``saves_as_you_go``). A dialog left as it opened closes without a question."""

    saves_as_you_go = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed_at_open: tuple[object, ...] | None = None

    def confirm_discard(self) -> bool:
        """Whether to throw away what was typed (tests answer in the person's place)."""
        return self._ask_discard()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if self._typed_at_open is None:
            self._typed_at_open = typed_values(self)

    def mark_saved(self) -> None:
        """What the fields hold now is saved (a dialog with its own Save button)."""
        self._typed_at_open = typed_values(self)

    def typed_since_open(self) -> bool:
        if self._typed_at_open is None or self.saves_as_you_go:
            return False
        return typed_values(self) != self._typed_at_open

    def reject(self) -> None:
        """Every way of closing without OK comes here (Escape, Cancel, the close button)."""
        if self.isVisible() and self.typed_since_open() and not self.confirm_discard():
            return
        super().reject()

    def cancel(self) -> None:
        self.reject()

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


class OperationDialog(GuardedDialog):
    """Base of the edit dialogs (no ``self.tr`` here: subclasses translate their own text).

    Subclasses fill ``self.form``, call ``finish_layout()`` and implement ``submit()``,
    which calls ``run_edit()``.
    """

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.form = QFormLayout()
        self.problem = problem_label()
        self.problem.setObjectName("problem")
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.messages = message_area(self.problem)
        self.buttons = ok_cancel(self._ok_pressed, self.cancel)

    def name_buttons(self, act: str) -> None:
        """Buttons that say what they do ("컨설팅 취소" / "닫기"), never OK / Cancel: in a
        dialog that cancels something, "Cancel" would say the opposite of the act."""
        self.ok_button().setText(act)
        close = QCoreApplication.translate("OperationDialog", "Close")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(close)

    def finish_layout(self, *extra: QWidget) -> None:
        """Lay the form out; a date or amount that turns refused (or fine) re-checks."""
        for _label, edit in typed_edits(self.form):
            edit.refusalChanged.connect(self.check)
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

    def refuse_fields(self) -> bool:
        """Show the first mistyped date or amount with OK disabled; True if there is one."""
        refused = field_refusal(self.form)
        if refused is None:
            return False
        text, shown = refused
        self.show_problem(text, hint=not shown)
        self.ok_button().setEnabled(False)
        return True

    def check(self) -> None:
        """Live validation as the person types: here only the dates and amounts (a
        dialog with rules of its own calls ``refuse_fields`` first in its ``check``)."""
        if not self.refuse_fields():
            self.show_problem(None)
            self.ok_button().setEnabled(True)

    def _ok_pressed(self) -> None:
        """OK (or Enter): never with a mistyped field, whatever enabled the button."""
        if not self.refuse_fields():
            self.submit()

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
