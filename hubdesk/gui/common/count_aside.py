"""Counting the rows of a long search off the GUI thread.

Counting what a text search finds reads the whole table (200,000 audit rows at demo
scale 100, 150 ms); the first page of the rows is there long before. The count runs
on a thread of its own (SQLite lets go of Python's lock while it reads, so the window
stays live) and its answer arrives as a signal on the GUI thread.
"""

from __future__ import annotations

import atexit
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QThread, Signal
from sqlalchemy.exc import SQLAlchemyError

log = logging.getLogger(__name__)
_RUNNING: set[CountAside] = set()  # kept until they finish, whoever asked is gone or not
_HOOKED = False  # whether the application waits for them when it quits


class CountAside(QThread):
    """One count on its own thread; ``counted(n)`` follows, or nothing when it failed
    (a busy file: the list just goes on without its total)."""

    counted = Signal(int)

    def __init__(self, count: Callable[[], int]) -> None:
        super().__init__()
        self._count = count

    def run(self) -> None:  # the worker thread
        try:
            total = self._count()
        except SQLAlchemyError:
            log.warning("counting a search failed", exc_info=True)
            return
        self.counted.emit(total)


def count_aside(count: Callable[[], int], then: Callable[[int], None]) -> CountAside:
    """Run ``count`` on a thread; ``then(total)`` on the GUI thread once it is known
    (``then`` a method of a QObject: Qt forgets the call if that object is gone)."""
    global _HOOKED
    application = QCoreApplication.instance()
    if not _HOOKED and application is not None:  # counts running at the end finish first
        application.aboutToQuit.connect(wait_for_counts)
        atexit.register(wait_for_counts)
        _HOOKED = True
    task = CountAside(count)
    task.counted.connect(then)
    task.finished.connect(lambda: _forget(task))
    _RUNNING.add(task)
    task.start()
    return task


def _forget(task: CountAside) -> None:
    _RUNNING.discard(task)
    task.deleteLater()


def wait_for_counts(timeout_ms: int = 5_000) -> None:
    """Let the counts still running finish (before the application quits)."""
    for task in list(_RUNNING):
        task.wait(timeout_ms)
