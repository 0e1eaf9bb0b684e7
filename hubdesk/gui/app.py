"""Start the application: font, language, database, staff member, main window."""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__
from ..domain.errors import HubDeskError
from ..services.staff import actor_for, system_actor
from ..storage import Database
from ..storage.paths import default_database_path
from .fonts import install_bundled_font
from .i18n import install_translators
from .main_window import MainWindow
from .messages import describe
from .ui_settings import UiSettings


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("HubDesk")
    app.setOrganizationName("HubDesk")
    app.setApplicationVersion(__version__)
    install_bundled_font(app)
    return app


class Desk(QObject):
    """Owns the open database and its window; reopens both for another file or language."""

    def __init__(self, ui: UiSettings, *, demo: bool = False) -> None:
        super().__init__()
        self.ui, self.demo = ui, demo
        self.db: Database | None = None
        self.window: MainWindow | None = None
        self.report_error: Callable[[str], None] = self._message_box

    def open(self, path: Path, *, create: bool = True) -> bool:
        """Open ``path`` in a new window; on failure keep the current one and say why."""
        try:
            if create:
                path.parent.mkdir(parents=True, exist_ok=True)
            db = Database.open(path, create=create)
        except HubDeskError as error:
            self.report_error(describe(error))
            return False
        except OSError as error:
            self.report_error(f"{path}: {error.strerror or error}")
            return False
        if not self.demo:
            self.ui.remember_file(path)
        self._show(db)
        return True

    def _message_box(self, message: str) -> None:
        QMessageBox.critical(self.window, "HubDesk", message)

    def _show(self, db: Database) -> None:
        from ..services.demo import DEMO_MANAGER

        actor = actor_for(db, DEMO_MANAGER) if self.demo else system_actor(db)
        old_window, old_db = self.window, self.db
        self.db = db
        self.window = MainWindow(db, actor, demo=self.demo, ui=self.ui)
        self.window.open_requested.connect(self._open_other)
        self.window.language_requested.connect(self._relanguage)
        self.window.show()
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_db is not None:
            old_db.close()

    def _open_other(self, path: Path, create: bool) -> None:
        self.demo = False
        self.open(path, create=create)

    def _relanguage(self, language: str) -> None:
        install_translators(language)
        if self.db is not None:
            path = self.db.path
            self.db.close()
            self.db = None
            self._show(Database.open(path, create=False))

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None


def run_app(db_path: Path | None, *, demo: bool = False) -> int:
    """Open the window on ``db_path`` (default: the last or default file), or on a demo."""
    app = create_application()
    ui = UiSettings()
    install_translators(ui.language)
    desk = Desk(ui, demo=demo)
    with tempfile.TemporaryDirectory(prefix="hubdesk-demo-") as folder:
        if demo:
            from ..services.demo import generate_demo

            db_path = Path(folder) / "demo.sqlite"
            generate_demo(db_path)
        last = ui.last_file if ui.last_file and ui.last_file.exists() else None
        path = db_path or last or default_database_path()
        if not desk.open(path, create=path == default_database_path() or demo):
            return 2
        try:
            return app.exec()
        finally:
            desk.close()
