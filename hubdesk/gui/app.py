"""Start the application: font, database, staff member, main window."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from .. import __version__
from ..services.staff import actor_for, system_actor
from ..storage import Database
from ..storage.paths import default_database_path
from .fonts import install_bundled_font
from .main_window import MainWindow


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


def run_app(db_path: Path | None, *, demo: bool = False) -> int:
    """Open the window on ``db_path`` (default file), or on a fresh demo database."""
    app = create_application()
    with tempfile.TemporaryDirectory(prefix="hubdesk-demo-") as folder:
        if demo:
            from ..services.demo import DEMO_MANAGER, generate_demo

            db_path = Path(folder) / "demo.sqlite"
            generate_demo(db_path)
        path = db_path or default_database_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        with Database.open(path) as db:
            actor = actor_for(db, DEMO_MANAGER) if demo else system_actor(db)
            window = MainWindow(db, actor, demo=demo)
            window.show()
            return app.exec()
