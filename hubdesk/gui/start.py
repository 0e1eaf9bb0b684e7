"""The window's start: paint first, then open the file.

A start used to import SQLAlchemy, every page and the services, open and check the file,
and only then paint: 1.9–2.4 s of an empty screen on the hub's PCs. Here the window's
frame (title, icon, size and place as last time, a line saying which file is opening) is
painted first with only Qt and the fonts loaded; the file is opened and the pages built
after that, and the full window takes the frame's place. ``--smoke-test`` exits at the
full window's first paint; ``--smoke-test first-paint`` at the frame's (for timing).

This module imports nothing of the services or the storage, on purpose.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from hubdesk import __version__
from hubdesk.gui.common.first_paint import FirstPaint
from hubdesk.gui.fonts import install_bundled_font
from hubdesk.gui.i18n import install_translators
from hubdesk.gui.icons import app_icon
from hubdesk.gui.ui_settings import UiSettings

if TYPE_CHECKING:
    from hubdesk.gui.app import Start

FIRST_PAINT, WINDOW = "first-paint", "window"  # where --smoke-test stops
SMOKE_LIMIT_MS = 120_000
UNPAINTED_MS = 1_500


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


class StartFrame(QMainWindow):
    """The window as it first appears: where and how big it was last time, with the
    application's icon and a line saying what is being opened."""

    def __init__(self, ui: UiSettings, opening: str) -> None:
        super().__init__()
        self.setWindowTitle("HubDesk")
        self.setWindowIcon(app_icon())
        self.setObjectName("startFrame")
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(72, 72))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        line = QLabel(self.tr("Opening {0}…").format(opening))
        line.setObjectName("opening")
        line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        line.setStyleSheet("color: palette(mid); font-size: 12pt;")
        body = QWidget()
        column = QVBoxLayout(body)
        column.addStretch(1)
        column.addWidget(logo)
        column.addWidget(line)
        column.addStretch(1)
        self.setCentralWidget(body)
        geometry = ui.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)


def run_window(db_path: Path | None, *, demo: bool = False, smoke: str | None = None) -> int:
    """Paint the frame; at its first paint, open the file (or a demo) in the full window."""
    app = create_application()
    ui = UiSettings()
    install_translators(ui.language)
    demo_text = QCoreApplication.translate("StartFrame", "a demo database")
    frame = StartFrame(ui, str(db_path) if db_path else (demo_text if demo else "HubDesk"))
    if smoke == FIRST_PAINT:
        FirstPaint(frame)
        frame.show()
        return app.exec()
    started: list[Start] = []
    failures: list[BaseException] = []

    def open_file() -> None:
        """Runs in the event loop, outside the command line's error handling: whatever
        goes wrong ends the start, and is raised again once the loop has stopped."""
        if started or failures:  # the first paint and the fallback both call it
            return
        try:
            from hubdesk.gui.app import Start

            start = Start(ui, demo=demo, smoke=smoke == WINDOW)
            started.append(start)
            if not start.open(db_path, frame):
                app.exit(2)
        except BaseException as error:
            failures.append(error)
            app.exit(2)

    FirstPaint(frame, open_file)
    previous = signal.getsignal(signal.SIGTERM)
    waker = exit_on_terminate(app)  # from the first moment: sign-in and demo included
    # A frame that is never painted (a shortcut set to start minimised) still opens.
    fallback = _single_shot(UNPAINTED_MS, open_file)
    # A bundle that cannot paint its window must not hang its check.
    watchdog = _single_shot(SMOKE_LIMIT_MS, lambda: app.exit(3)) if smoke == WINDOW else None
    frame.show()
    try:
        code = app.exec()
    finally:
        for timer in (fallback, watchdog, waker):  # none may fire into a later event loop
            if timer is not None:
                timer.stop()
        signal.signal(signal.SIGTERM, previous)
        for start in started:
            start.close()
    if failures:
        raise failures[0]
    return started[0].exit_code(code) if started and code == 0 else code


def _single_shot(milliseconds: int, call: Callable[[], object]) -> QTimer:
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(call)
    timer.start(milliseconds)
    return timer


def exit_on_terminate(app: QApplication) -> QTimer:
    """SIGTERM (a shutdown, ``kill``) ends the event loop; the file is then closed as on
    Quit (last backup, lock released). ``exit``, not ``quit``: quit closes the windows
    first, and a dialog with input would ask "Discard what you typed?" of nobody. Python
    runs signal handlers only between bytecodes, so a timer wakes it twice a second."""
    signal.signal(signal.SIGTERM, lambda _number, _frame: app.exit(0))
    return _repeating(500)


def _repeating(milliseconds: int) -> QTimer:
    timer = QTimer()
    timer.timeout.connect(lambda: None)
    timer.start(milliseconds)
    return timer
