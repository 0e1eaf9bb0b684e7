"""Run something once a window has painted for the first time."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FirstPaint(QObject):
    """Calls ``then`` (by default: quit the application) once ``window`` has painted,
    after that paint is done."""

    def __init__(self, window: QWidget, then: Callable[[], object] | None = None) -> None:
        super().__init__(window)
        self.painted = False
        self._then = then if then is not None else QApplication.quit
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            QTimer.singleShot(0, self, self._then)  # never after the window is gone
        return False
