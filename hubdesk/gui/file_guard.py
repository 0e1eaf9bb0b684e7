"""Guarding the open file: its lock while the window is open, and its backups.

Backups run in a background thread through SQLite's online backup API: one three
seconds after the file is opened (the copy does not compete with the window's first
paint and pages for the PC's cores and disk; an edit made in those seconds is in it),
one every ``BACKUP_EVERY`` while something changed (the audit
trail grew), and one on close when something changed since the last.
"""

from __future__ import annotations

import getpass
import threading
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy import func, select

from hubdesk.domain.errors import HubDeskError
from hubdesk.gui.text.messages import describe
from hubdesk.storage import Database
from hubdesk.storage.backup import BackupReason, take_backup
from hubdesk.storage.lock import REFRESH_EVERY, FileLock, LockOwner
from hubdesk.storage.models import AuditEntry

BACKUP_EVERY = timedelta(minutes=30)
OPEN_BACKUP_AFTER = timedelta(seconds=3)


def _milliseconds(span: timedelta) -> int:
    return int(span.total_seconds() * 1000)


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "?"


class FileGuard(QObject):
    """The lock and the backups of one open file."""

    backed_up = Signal(object)  # BackupInfo
    backup_failed = Signal(str)
    lock_failed = Signal(str)

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.lock = FileLock(path, _os_user())
        self.db: Database | None = None
        self._backed_up_at_entry: int | None = None
        self._thread: threading.Thread | None = None
        self._lock_timer = QTimer(self)
        self._lock_timer.setInterval(_milliseconds(REFRESH_EVERY))
        self._lock_timer.timeout.connect(self._refresh_lock)
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(_milliseconds(BACKUP_EVERY))
        self._backup_timer.timeout.connect(self.backup_if_changed)
        self._open_backup = QTimer(self)
        self._open_backup.setSingleShot(True)
        self._open_backup.setInterval(_milliseconds(OPEN_BACKUP_AFTER))
        self._open_backup.timeout.connect(lambda: self.backup(BackupReason.OPEN))

    def acquire(self) -> LockOwner | None:
        """Take the lock: None, or who has the file open (then open it read-only)."""
        return self.lock.acquire()

    def start(self, db: Database, user: str) -> None:
        """The file is open and signed in: say who has it, back it up, start the timers."""
        self.db = db
        self.lock.refresh(user=user)
        if db.read_only:
            return
        self._lock_timer.start()
        self._backup_timer.start()
        self._open_backup.start()

    def backup_if_changed(self) -> bool:
        if self.db is None or self._last_entry() == self._backed_up_at_entry:
            return False
        self.backup(BackupReason.TIMER)
        return True

    def backup(self, reason: BackupReason, *, wait: bool = False) -> None:
        """Back up in a background thread (one at a time); ``wait`` blocks until done.
        A backup taken before the open backup's time stands for it."""
        self._open_backup.stop()
        self.wait()
        self._backed_up_at_entry = self._last_entry()
        self._thread = threading.Thread(target=self._run, args=(reason,), daemon=True)
        self._thread.start()
        if wait:
            self.wait()

    def wait(self) -> None:
        """Until the backup under way, and the open backup if still to come, are done."""
        if self._open_backup.isActive():
            self._open_backup.stop()
            self.backup(BackupReason.OPEN)
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def stop(self) -> None:
        """On close: a last backup if something changed, then release the lock."""
        self._lock_timer.stop()
        self._backup_timer.stop()
        self._open_backup.stop()  # closed at once: the close backup below stands for it
        self.wait()
        if self.db is not None and not self.db.read_only:
            if self._last_entry() != self._backed_up_at_entry:
                self.backup(BackupReason.CLOSE, wait=True)
        self.db = None
        self.lock.release()

    def _refresh_lock(self) -> None:
        try:
            self.lock.refresh()
        except OSError as error:  # a shared folder that went away: say so, keep working
            self.lock_failed.emit(str(error))

    def _run(self, reason: BackupReason) -> None:
        try:
            self.backed_up.emit(take_backup(self.path, reason))
        except HubDeskError as error:  # a full disk, a folder gone: said in words
            self.backup_failed.emit(describe(error))
        except Exception as error:  # noqa: BLE001 - a failed backup must never end the app
            self.backup_failed.emit(str(error))

    def _last_entry(self) -> int | None:
        assert self.db is not None
        with self.db.read() as tx:
            return tx.scalar(select(func.max(AuditEntry.id)))
