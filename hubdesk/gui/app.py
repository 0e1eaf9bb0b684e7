"""Start the application: font, language, database, staff member, main window."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from hubdesk.domain.errors import DatabaseDamaged, HubDeskError, ReadOnlyFile
from hubdesk.domain.records import Actor
from hubdesk.gui.common.first_paint import FirstPaint
from hubdesk.gui.file_guard import FileGuard
from hubdesk.gui.i18n import install_translators
from hubdesk.gui.main_window import EditHistory, MainWindow, WindowPlace
from hubdesk.gui.text.messages import describe
from hubdesk.gui.ui_settings import UiSettings
from hubdesk.services.people.accounts import needs_first_administrator
from hubdesk.services.people.staff import actor_for
from hubdesk.storage import Database
from hubdesk.storage.append_only import TriggerRepair
from hubdesk.storage.backup import (
    BackupInfo,
    BackupReason,
    backup_folder,
    newest_intact,
)
from hubdesk.storage.lock import LockOwner
from hubdesk.storage.outputs import COMPLETED, LOST, REMOVED, RecoveredOutput
from hubdesk.storage.paths import default_database_path
from hubdesk.storage.restore import restore_backup


class Desk(QObject):
    """Owns the open database, its guard (lock, backups) and its window.

    Opening a file: take its lock (someone else has it: read-only, and say who),
    open and check it (damaged: offer the newest intact backup), sign in, start the
    backups, show the window. The dialogs are attributes so tests can answer them.
    """

    def __init__(self, ui: UiSettings, *, demo: bool = False) -> None:
        super().__init__()
        self.ui, self.demo = ui, demo
        self.db: Database | None = None
        self.guard: FileGuard | None = None
        self.window: MainWindow | None = None
        self.actor: Actor | None = None
        self.holder: LockOwner | None = None
        self.report_error: Callable[[str], None] = self._message_box
        self.inform: Callable[[str], None] = self._information_box
        self.confirm: Callable[[str], bool] = self._question_box
        self.sign_in: Callable[[Database], Actor | None] = self._sign_in_dialog
        # Open files read-only, without the lock, backups or the recent-files list: the
        # smoke test looks and leaves (``gui.smoke``).
        self.look_only = False

    def open(self, path: Path, *, create: bool = True) -> bool:
        """Open ``path`` in a new window; on failure keep the current one and say why."""
        path = path.expanduser().resolve()
        if self.db is not None and path == self.db.path:
            return True  # already open here: our own lock must not make it read-only
        guard = FileGuard(path)
        try:
            if create:
                path.parent.mkdir(parents=True, exist_ok=True)
            holder = None if self.look_only else guard.acquire()
            read_only = holder is not None or self.look_only
            db = self._open_checked(path, create=create, read_only=read_only)
        except HubDeskError as error:
            guard.stop()
            self.report_error(describe(error))
            return False
        except OSError as error:
            guard.stop()
            self.report_error(f"{path}: {error.strerror or error}")
            return False
        if holder is not None:
            self.inform(read_only_sentence(holder))
        if db.repairs:
            self.inform(repaired_sentence(db.repairs))
        if db.notices:
            self.inform(recovered_sentence(db.notices))
        try:
            actor = self._actor_for(db)
            if actor is None:
                db.close()
                guard.stop()
                return False
            if not self.look_only:
                guard.start(db, actor.display_name)
            if not self.demo and not self.look_only:
                self.ui.remember_file(path)
            self._replace(db, guard, actor, holder)
        except BaseException:  # the lock and the file are not left held
            guard.stop()
            db.close()
            raise
        return True

    def _open_checked(self, path: Path, *, create: bool, read_only: bool) -> Database:
        """Open the file; a damaged one is restored from its newest intact backup if the
        user agrees (never when someone else has it open)."""
        try:
            return Database.open(path, create=create, read_only=read_only)
        except DatabaseDamaged as error:
            backup = None if read_only else newest_intact(backup_folder(path))
            if backup is None or not self.confirm(damaged_sentence(error, backup)):
                raise
        restore_backup(backup.path, path)
        return Database.open(path, create=False)

    def _actor_for(self, db: Database) -> Actor | None:
        if self.demo:
            from hubdesk.services.demo import DEMO_MANAGER

            return actor_for(db, DEMO_MANAGER)
        return self.sign_in(db)

    def _replace(
        self, db: Database, guard: FileGuard, actor: Actor, holder: LockOwner | None
    ) -> None:
        old_db, old_guard = self.db, self.guard
        self.db, self.guard, self.actor, self.holder = db, guard, actor, holder
        guard.backup_failed.connect(self._backup_failed)
        guard.lock_failed.connect(self._lock_failed)
        self._show_window()  # closes the old window
        if old_guard is not None:
            old_guard.stop()
        if old_db is not None:
            old_db.close()

    def _show_window(
        self, place: WindowPlace | None = None, history: EditHistory | None = None
    ) -> None:
        """A new window on the open file; at ``place`` and with ``history`` when given."""
        assert self.db is not None and self.actor is not None
        old = self.window
        if old is not None:  # the new window opens where this one is now
            self.ui.geometry, self.ui.window_state = old.saveGeometry(), old.saveState()
        self.window = MainWindow(
            self.db, self.actor, demo=self.demo, ui=self.ui, holder=self.holder, history=history
        )
        self.window.open_requested.connect(self._open_other)
        self.window.language_requested.connect(self._relanguage)
        self.window.switch_user_requested.connect(self._switch_user)
        self.window.restore_requested.connect(self._restore)
        self.window.backup_requested.connect(self._backup_now)
        self.window.show()
        if place is not None:
            self.window.restore_place(place)
        if old is not None and old is not self.window:
            old.close()
            old.deleteLater()

    def _open_other(self, path: Path, create: bool) -> None:
        self.demo = False
        self.open(path, create=create)

    def _relanguage(self, language: str) -> None:
        """The same window in another language: same page, fields, record and undo."""
        install_translators(language)
        if self.db is not None and self.window is not None:
            self._show_window(self.window.place(), self.window.hand_over_history())

    def _switch_user(self) -> None:
        """Another person at the same place; the undo history was the other's, so it is
        cleared, and the status bar says so."""
        if self.db is None or self.window is None:
            return
        before = self.actor
        actor = self.sign_in(self.db)
        if actor is None:
            return
        same = before is not None and before.user_id == actor.user_id
        place, steps = self.window.place(), self.window.undo_stack.count()
        history = self.window.hand_over_history() if same else None
        self.actor, self.demo = actor, False
        if self.guard is not None:
            self.guard.lock.refresh(user=actor.display_name)
        self._show_window(place, history)
        if steps and not same and before is not None:
            assert self.window is not None
            self.window.notify(
                self.tr(
                    "Signed in as {0}. The undo history of {1} was cleared: each person "
                    "undoes only their own changes."
                ).format(actor.display_name, before.display_name)
            )

    def _backup_now(self) -> None:
        if self.guard is not None and self.db is not None and not self.db.read_only:
            self.guard.backup(BackupReason.MANUAL, wait=True)

    def _restore(self, backup: Path) -> None:
        """Put a backup in place of the open file (a safety copy is taken first)."""
        if self.db is None or self.guard is None or self.db.read_only:
            return
        path, guard, username = self.db.path, self.guard, self.actor
        guard.wait()
        self.db.close()
        try:
            restore_backup(backup, path)
        except HubDeskError as error:
            self.report_error(describe(error))
        db = Database.open(path, create=False)
        actor = self._still_there(db, username)
        if actor is None:
            actor = self.sign_in(db)
        if actor is None:
            db.close()
            guard.stop()
            self.db = None
            if self.window is not None:
                self.window.close()
            return
        guard.start(db, actor.display_name)
        self.db, self.actor = db, actor
        self._show_window()

    @staticmethod
    def _still_there(db: Database, actor: Actor | None) -> Actor | None:
        if actor is None:
            return None
        try:
            return actor_for(db, actor.username)
        except HubDeskError:
            return None

    def _backup_failed(self, message: str) -> None:
        if self.window is not None:
            self.window.statusBar().showMessage(self.tr("Backup failed: {0}").format(message))

    def _lock_failed(self, message: str) -> None:
        if self.window is not None:
            text = self.tr("Could not renew the file's lock: {0}").format(message)
            self.window.statusBar().showMessage(text)

    def _sign_in_dialog(self, db: Database) -> Actor | None:
        from hubdesk.gui.admin.sign_in import FirstAdministratorDialog, SignInDialog

        if needs_first_administrator(db):
            if db.read_only:
                self.report_error(describe(ReadOnlyFile(path=str(db.path))))
                return None
            dialog: FirstAdministratorDialog | SignInDialog = FirstAdministratorDialog(db)
        else:
            dialog = SignInDialog(db, str(db.path))
        return dialog.actor if dialog.exec() else None

    def _message_box(self, message: str) -> None:
        QMessageBox.critical(self.window, "HubDesk", message)

    def _information_box(self, message: str) -> None:
        QMessageBox.information(self.window, "HubDesk", message)

    def _question_box(self, message: str) -> bool:
        answer = QMessageBox.question(self.window, "HubDesk", message)
        return answer == QMessageBox.StandardButton.Yes

    def close(self) -> None:
        if self.guard is not None:
            self.guard.stop()
            self.guard = None
        if self.db is not None:
            self.db.close()
            self.db = None


def demo_sentence(path: Path) -> str:
    return QCoreApplication.translate(
        "Desk",
        "HubDesk demo database: {0} (a fresh copy; it is deleted when the window closes)",
    ).format(path)


def read_only_sentence(holder: LockOwner) -> str:
    return QCoreApplication.translate(
        "Desk",
        "{user} has this file open on {host} (since {since}). It opens read-only: you can "
        "look, but changes cannot be saved until they close it.",
    ).format(user=holder.user, host=holder.host, since=holder.since.strftime("%Y-%m-%d %H:%M"))


def recovered_sentence(outputs: Sequence[RecoveredOutput]) -> str:
    """What opening the file did with the exports a crash interrupted."""
    texts = {
        REMOVED: QCoreApplication.translate(
            "Desk", "{0}: an export interrupted before it was logged was removed."
        ),
        COMPLETED: QCoreApplication.translate(
            "Desk", "{0}: an export interrupted by a crash was finished (it is in the export log)."
        ),
        LOST: QCoreApplication.translate(
            "Desk", "{0}: a logged export could not be finished; export it again."
        ),
    }
    return "\n".join(texts[output.outcome].format(output.target) for output in outputs)


def repaired_sentence(repairs: Sequence[TriggerRepair]) -> str:
    return QCoreApplication.translate(
        "Desk",
        "The protection of this file's audit trail had been removed outside HubDesk "
        "({triggers}). HubDesk has put it back and recorded that in the audit trail. "
        "Run a file check (hubdesk check) to see whether the trail was changed meanwhile.",
    ).format(triggers=", ".join(repair.trigger for repair in repairs))


def damaged_sentence(error: DatabaseDamaged, backup: BackupInfo) -> str:
    counts = backup.counts() or {}
    return QCoreApplication.translate(
        "Desk",
        "{problem}\n\nThe newest intact backup is from {taken_at} ({teams} teams, "
        "{changes} recorded changes). Restore it? The damaged file is kept as a copy first.",
    ).format(
        problem=describe(error),
        taken_at=backup.taken_at.strftime("%Y-%m-%d %H:%M"),
        teams=f"{counts.get('teams', 0):,}",
        changes=f"{counts.get('audit_log', 0):,}",
    )


class Start:
    """What a window start opened: the desk and, for a demo, its temporary folder. It
    runs after the start frame has painted (``gui.start``)."""

    def __init__(self, ui: UiSettings, *, demo: bool = False, smoke: bool = False) -> None:
        self.ui, self.demo, self.smoke = ui, demo, smoke
        self.desk = Desk(ui, demo=demo)
        self.painted: FirstPaint | None = None
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        if smoke:
            from hubdesk.gui import smoke as smoke_test

            smoke_test.prepare(self.desk)

    def open(self, db_path: Path | None, frame: QWidget) -> bool:
        """Open the file in the full window, which takes the frame's place."""
        if self.demo:
            from hubdesk.services.demo import generate_demo

            self._folder = tempfile.TemporaryDirectory(prefix="hubdesk-demo-")
            db_path = Path(self._folder.name) / "demo.sqlite"
            generate_demo(db_path)
            print(demo_sentence(db_path), flush=True)  # the terminal says where it is
        last = self.ui.last_file if self.ui.last_file and self.ui.last_file.exists() else None
        path = db_path or last or default_database_path()
        creatable = (path == default_database_path() or self.demo) and not self.smoke
        if not self.desk.open(path, create=creatable):
            return False
        frame.close()
        frame.deleteLater()
        if self.smoke and self.desk.window is not None:
            self.painted = FirstPaint(self.desk.window)
        return True

    def exit_code(self, code: int) -> int:
        """A smoke test ends 0 only when the full window painted."""
        if self.smoke:
            return 0 if self.painted is not None and self.painted.painted else 1
        return code

    def close(self) -> None:
        window = self.desk.window
        if window is not None and not self.smoke:
            window.remember_geometry()  # also when the loop ended without closing it
        self.desk.close()
        if self._folder is not None:
            self._folder.cleanup()
