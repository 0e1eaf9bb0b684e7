"""Long work off the GUI thread: exports now, backups and bulk printing later.

``BackgroundTask`` runs ``work(progress, cancelled)`` on its own thread. The work
calls ``progress(done, total)`` now and then and polls ``cancelled()``; the task
turns that into Qt signals delivered on the GUI thread. A refusal (a typed
``HubDeskError``) arrives as a translated sentence, a cancelled run as ``stopped``.
Each run opens its own database sessions: the engine's pool hands the thread its
own SQLite connection.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal
from sqlalchemy.exc import SQLAlchemyError

from hubdesk.domain.errors import HubDeskError
from hubdesk.domain.exports import CancelCheck, ExportCancelled, Progress
from hubdesk.gui.text.messages import describe

Work = Callable[[Progress, CancelCheck], Any]
log = logging.getLogger(__name__)


class BackgroundTask(QThread):
    """One run of ``work`` on a worker thread; exactly one of ``succeeded``, ``failed``
    or ``stopped`` follows, then QThread's own ``finished``."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    stopped = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next check (from any thread)."""
        self._cancel.set()

    def run(self) -> None:  # the worker thread
        try:
            result = self._work(self.progressed.emit, self._cancel.is_set)
        except ExportCancelled:
            self.stopped.emit()
        except HubDeskError as error:
            self._stop_or_fail(describe(error))
        except SQLAlchemyError as error:
            reason = getattr(error, "orig", None) or error
            self._stop_or_fail(self.tr("The database refused the operation: {0}").format(reason))
        except Exception as error:  # shown to the user and logged, never lost
            log.exception("background task failed")
            self._stop_or_fail(self.tr("The work stopped with an error: {0}").format(error))
        else:
            self.succeeded.emit(result)

    def _stop_or_fail(self, message: str) -> None:
        if self._cancel.is_set():
            self.stopped.emit()
        else:
            self.failed.emit(message)
