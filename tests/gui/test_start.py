"""A start paints the window's frame before it imports the database layer, and
``hubdesk --smoke-test`` opens a file in the full window and exits 0 at its first paint."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hubdesk.gui.i18n import install_translators
from hubdesk.gui.start import StartFrame
from hubdesk.gui.ui_settings import UiSettings
from hubdesk.services.demo import generate_demo

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("start") / "demo.sqlite"
    generate_demo(path, scale=1, today=date(2026, 11, 24))
    return path


def _hubdesk(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "hubdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_the_smoke_test_opens_the_file_and_exits_at_the_full_windows_paint(
    demo_file: Path, tmp_path: Path
) -> None:
    before = {p.name: p.read_bytes() for p in demo_file.parent.iterdir() if p.is_file()}
    result = _hubdesk("--db", str(demo_file), "--smoke-test", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "error" not in result.stderr
    # It looks and leaves: no lock, no backup, not a byte of the file changed.
    after = {p.name: p.read_bytes() for p in demo_file.parent.iterdir() if p.is_file()}
    assert after == before
    assert not any(p.is_dir() for p in demo_file.parent.iterdir())


def test_a_failure_while_opening_ends_the_start_instead_of_hanging(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file is opened from the event loop, outside the command line's handler: an
    unexpected error must end the loop and come out of run_window."""
    from hubdesk.gui import app as app_module
    from hubdesk.gui import start

    def broken(_self: object, _path: object, _frame: object) -> bool:
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(app_module.Start, "open", broken)
    monkeypatch.setattr(start, "UiSettings", lambda: UiSettings.at(tmp_path / "ui.ini"))
    try:
        with pytest.raises(RuntimeError, match="the disk went away"):
            start.run_window(tmp_path / "hub.sqlite", smoke=start.WINDOW)
    finally:
        install_translators("en")  # the start installed the default language, Korean


def test_a_smoke_test_of_a_missing_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = _hubdesk("--db", str(tmp_path / "none.sqlite"), "--smoke-test", home=tmp_path)
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.startswith("hubdesk:")]
    assert len(lines) == 1 and "none.sqlite" in lines[0]


def test_the_frame_paints_before_the_database_layer_is_imported(
    demo_file: Path, tmp_path: Path
) -> None:
    probe = (
        "import sys; from hubdesk.cli import main; "
        f"code = main(['--db', {str(demo_file)!r}, '--smoke-test', 'first-paint']); "
        "print(code, sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert result.stdout.strip().splitlines()[-1] == "0 []", result.stderr


def test_the_frame_opens_where_the_window_was(qtbot: QtBot, tmp_path: Path) -> None:
    ui = UiSettings.at(tmp_path / "ui.ini")
    first = StartFrame(ui, "hub.sqlite")
    qtbot.addWidget(first)
    first.resize(700, 500)
    ui.geometry = first.saveGeometry()
    again = StartFrame(ui, "hub.sqlite")
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)
    assert not again.windowIcon().isNull()


def test_sigterm_ends_the_loop_even_with_a_typed_dialog_open(qtbot: QtBot) -> None:
    """A shutdown or ``kill`` must not wait for "Discard what you typed?" nobody answers:
    the loop exits (the file is closed after it) and the dialog keeps what was typed."""
    import signal

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLineEdit

    from hubdesk.gui.common.editing import GuardedDialog
    from hubdesk.gui.start import exit_on_terminate

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    dialog = GuardedDialog()
    qtbot.addWidget(dialog)
    edit = QLineEdit(dialog)
    dialog.show()
    edit.setText("사업계획 점검")
    dialog.confirm_discard = lambda: False  # type: ignore[method-assign]  # "Keep editing"
    previous = signal.getsignal(signal.SIGTERM)
    waker = exit_on_terminate(app)
    try:
        QTimer.singleShot(100, lambda: os.kill(os.getpid(), signal.SIGTERM))
        QTimer.singleShot(5_000, lambda: app.exit(99))  # a hang ends the test, failing
        code = app.exec()
    finally:
        waker.stop()
        signal.signal(signal.SIGTERM, previous)
    assert code == 0
    assert dialog.isVisible() and edit.text() == "사업계획 점검"
