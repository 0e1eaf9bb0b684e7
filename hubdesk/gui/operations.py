"""The one path every edit takes: call a service, report a failure, push an undo step.

``Operations.run`` calls the service; a ``HubDeskError`` is shown as a translated
sentence and nothing else happens. On success an undo command goes onto the
window's ``QUndoStack`` and ``changed`` tells the pages which topics to refresh:
the tables the edit's transactions changed, as the database reports them
(``storage.changes``), mapped to topics in ``topics.py``.
Undo and redo call services too; when one of them is refused (someone changed the
record meanwhile), the error is shown and the step is dropped from the stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError

from hubdesk.domain.errors import HubDeskError
from hubdesk.gui.common.elided import elided
from hubdesk.gui.text.messages import describe
from hubdesk.gui.topics import topics_of
from hubdesk.storage import Database

T = TypeVar("T")


class Operations(QObject):
    """Runs edits for one window; ``changed`` carries the topics that changed and
    ``notice`` one line saying what was done, undone or redone (the status bar's)."""

    changed = Signal(frozenset)
    notice = Signal(str)

    def __init__(self, window: QWidget, stack: QUndoStack, db: Database) -> None:
        super().__init__(window)
        self.window = window
        self.stack = stack
        self.db = db
        self.report_error: Callable[[str], None] = self._message_box
        self.last_error: str | None = None

    def adopt(self, window: QWidget) -> None:
        """Serve a rebuilt window of the same person (its undo stack comes along)."""
        self.setParent(window)
        self.window = window

    def run(
        self,
        text: str,
        do: Callable[[], T],
        *,
        undo: Callable[[T], object] | None = None,
        redo: Callable[[T], object] | None = None,
        report: Callable[[str], None] | None = None,
    ) -> T | None:
        """Do the edit; push ``undo`` (and ``redo``, default: do it again) as one step.

        A refusal goes to ``report`` (a dialog's own line) or else to ``report_error``.
        """
        self.db.changes.take()  # what others committed before is not this edit's
        ok, result = self.attempt(do, report)
        if not ok:
            return None
        if undo is not None:
            again: Callable[[T], object] = redo or (lambda _result: do())
            step = _Step(self, elided(text), result, undo, again)  # type: ignore[arg-type]
            self.stack.push(step)  # the Edit menu shows its text
            self.notice.emit(self.tr("Saved: {0} (Ctrl+Z undoes it)").format(elided(text)))
        else:
            self.notice.emit(self.tr("Done: {0}").format(elided(text)))
        self.announce_changes()
        return result

    def announce_changes(self) -> None:
        """Tell the pages what the database says was changed since the last time."""
        topics = topics_of(self.db.changes.take())
        if topics is not None:
            self.changed.emit(topics)

    def attempt(
        self, call: Callable[[], T], report: Callable[[str], None] | None = None
    ) -> tuple[bool, T | None]:
        """Call a service; on a refused operation show why and return ``(False, None)``."""
        self.last_error = None
        try:
            return True, call()
        except HubDeskError as error:
            self._fail(describe(error), report)
        except SQLAlchemyError as error:
            reason = getattr(error, "orig", None) or error
            self._fail(self.tr("The database refused the change: {0}").format(reason), report)
        return False, None

    def _fail(self, message: str, report: Callable[[str], None] | None) -> None:
        self.last_error = message
        (report or self.report_error)(message)

    def _message_box(self, message: str) -> None:
        QMessageBox.warning(self.window, self.tr("HubDesk"), message)


class _Step(QUndoCommand, Generic[T]):
    def __init__(
        self,
        ops: Operations,
        text: str,
        result: T,
        undo: Callable[[T], object],
        redo: Callable[[T], object],
    ) -> None:
        super().__init__(text)
        self._ops, self._result, self._undo, self._redo = ops, result, undo, redo
        self._done_once = False

    def redo(self) -> None:
        if not self._done_once:  # the edit itself already ran in Operations.run
            self._done_once = True
            return
        self._call(self._redo)

    def undo(self) -> None:
        self._call(self._undo)

    def _call(self, step: Callable[[T], object]) -> None:
        self._ops.db.changes.take()
        ok, value = self._ops.attempt(lambda: step(self._result))
        if not ok:
            self.setObsolete(True)  # QUndoStack drops a step that could not be replayed
            return
        if value is not None and step is self._redo:
            self._result = value  # type: ignore[assignment]
        done = (
            QCoreApplication.translate("Operations", "Redone: {0}")
            if step is self._redo
            else QCoreApplication.translate("Operations", "Undone: {0}")
        )
        self._ops.notice.emit(done.format(self.text()))
        self._ops.announce_changes()
