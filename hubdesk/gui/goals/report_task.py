"""Writing a report file off the GUI thread, with a busy indicator, then offering to open it.

The annual report and the procurement workbook are written by services (they gather the
figures and refuse a protected target: the database, its side files, its backups). Here
the work runs on a ``BackgroundTask`` behind a cancellable busy dialog; a refusal comes
back as a translated sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from hubdesk.gui.workers import BackgroundTask

Report = Callable[[str], None]


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def ask_save_path(parent: QWidget, title: str, suggested: Path, pattern: str) -> Path | None:
    """The file the person chooses to write, or None when they cancel."""
    name, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), pattern)
    return Path(name) if name else None


class FileTask(QObject):
    """One file written in the background: ``saved`` (the path) or ``failed`` (why)."""

    saved = Signal(object)
    failed = Signal(str)
    stopped = Signal()

    def __init__(self, parent: QWidget, text: str, work: Callable[[], Path]) -> None:
        super().__init__(parent)
        self.widget = parent
        self.task = BackgroundTask(lambda _progress, _cancelled: work(), self)
        self.progress = QProgressDialog(text, self.tr("Cancel"), 0, 0, parent)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self.task.cancel)
        self.task.succeeded.connect(self.saved.emit)
        self.task.failed.connect(self.failed.emit)
        self.task.stopped.connect(self.stopped.emit)
        self.task.finished.connect(self._finished)
        parent.destroyed.connect(self.task.cancel)

    def start(self) -> FileTask:
        self.task.start()
        return self

    def running(self) -> bool:
        return self.task.isRunning()

    def wait(self) -> None:
        self.task.wait()

    def _finished(self) -> None:
        self.progress.reset()
        self.progress.deleteLater()
        self.deleteLater()
