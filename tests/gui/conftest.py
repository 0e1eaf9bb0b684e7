"""Window fixtures: a small hub, private preferences, errors captured instead of shown."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot
from support.desktop import DesktopCalls
from support.hub import TODAY, Hub, make_hub

from hubdesk.domain.records import Actor
from hubdesk.gui.common import desktop as desktop_module
from hubdesk.gui.common.desktop import SavedChoice
from hubdesk.gui.common.editing import GuardedDialog
from hubdesk.gui.grants.disbursement_panel import DisbursementPanel
from hubdesk.gui.main_window import MainWindow
from hubdesk.gui.ui_settings import UiSettings
from hubdesk.storage import Database


@pytest.fixture
def hub(db: Database) -> Hub:
    return make_hub(db)


@pytest.fixture(autouse=True)
def discard_questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A dialog's "Discard what you typed?" is answered Discard (a modal box would wait
    for a person); the list holds the titles of the dialogs that asked."""
    asked: list[str] = []

    def discard(dialog: GuardedDialog) -> bool:
        asked.append(dialog.windowTitle())
        return True

    monkeypatch.setattr(GuardedDialog, "_ask_discard", discard)
    return asked


@pytest.fixture(autouse=True)
def approval_questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The approve question is answered Approve; the list holds what it asked."""
    asked: list[str] = []

    def approve(_panel: DisbursementPanel, question: str) -> bool:
        asked.append(question)
        return True

    monkeypatch.setattr(DisbursementPanel, "_ask", approve)
    return asked


@pytest.fixture(autouse=True)
def desktop(monkeypatch: pytest.MonkeyPatch) -> Iterator[DesktopCalls]:
    """No program is started and no modal "Saved: open it?" box waits for a person."""
    calls = DesktopCalls()

    def opener(url: QUrl) -> bool:
        calls.opened.append(Path(url.toLocalFile()))
        return calls.opens

    def ask(_parent: object, path: Path) -> SavedChoice:
        calls.asked.append(path)
        return calls.answer

    monkeypatch.setattr(desktop_module, "ask_saved", ask)
    before = desktop_module.set_opener(opener)
    yield calls
    desktop_module.set_opener(before)


@pytest.fixture
def ui(tmp_path: Path) -> UiSettings:
    """Preferences in a temporary INI file, never the user's own."""
    return UiSettings.at(tmp_path / "ui.ini")


@pytest.fixture
def errors() -> list[str]:
    """The messages the window would have shown in a message box."""
    return []


@pytest.fixture
def make_window(
    qtbot: QtBot, hub: Hub, ui: UiSettings, errors: list[str]
) -> Callable[..., MainWindow]:
    def make(actor: Actor | None = None, *, demo: bool = False) -> MainWindow:
        window = MainWindow(hub.db, actor or hub.clerk, demo=demo, ui=ui, today=lambda: TODAY)
        window.ops.report_error = errors.append
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> Iterator[MainWindow]:
    yield make_window()
