"""The desk: files open in a new window, recent files and geometry persist, language switches."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray
from pytestqt.qtbot import QtBot
from support.desk import make_desk
from support.hub import Hub

from hubdesk.gui.i18n import install_translators
from hubdesk.gui.main_window import MainWindow
from hubdesk.gui.ui_settings import UiSettings


def test_preferences_round_trip(tmp_path: Path) -> None:
    first = UiSettings.at(tmp_path / "ui.ini")
    assert first.language == "ko"  # Korean unless the user chose otherwise
    first.language = "en"
    for name in ("a.sqlite", "b.sqlite", "a.sqlite"):
        first.remember_file(tmp_path / name)
    first.geometry = QByteArray(b"geometry")
    first.sync()
    again = UiSettings.at(tmp_path / "ui.ini")
    assert again.language == "en"
    assert again.recent_files == [tmp_path / "a.sqlite", tmp_path / "b.sqlite"]
    assert again.last_file == tmp_path / "a.sqlite"
    assert again.geometry == QByteArray(b"geometry")


def test_a_broken_preferences_value_falls_back(tmp_path: Path) -> None:
    (tmp_path / "ui.ini").write_text("[ui]\nlanguage=klingon\n[files]\nrecent=3\n")
    settings = UiSettings.at(tmp_path / "ui.ini")
    assert settings.language == "ko"
    assert settings.recent_files == []


def test_the_window_remembers_its_geometry(
    qtbot: QtBot, window: MainWindow, ui: UiSettings, hub: Hub
) -> None:
    window.resize(780, 560)  # within the offscreen screen, above the least size of the window
    window.close()
    again = MainWindow(hub.db, hub.clerk, ui=ui)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (780, 560)


def test_opening_a_file_replaces_the_window(
    qtbot: QtBot, hub: Hub, ui: UiSettings, tmp_path: Path
) -> None:
    desk = make_desk(ui)
    assert desk.open(hub.db.path, create=False)
    first = desk.window
    assert first is not None
    qtbot.addWidget(first)
    new_file = tmp_path / "new.sqlite"
    first.open_requested.emit(new_file, True)
    assert desk.window is not first and desk.window is not None
    qtbot.addWidget(desk.window)
    assert new_file.exists()
    assert ui.recent_files[:2] == [new_file.resolve(), hub.db.path.resolve()]
    assert str(new_file) in desk.window.file_label.text()
    desk.close()


def test_a_file_that_is_not_a_database_is_refused_in_words(
    qtbot: QtBot, hub: Hub, ui: UiSettings, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    messages: list[str] = []
    desk = make_desk(ui, messages)
    assert desk.open(hub.db.path, create=False)
    window = desk.window
    qtbot.addWidget(window)
    assert not desk.open(junk, create=False)
    assert desk.window is window  # the open file stays open
    assert messages and "junk.sqlite" in messages[0]
    desk.close()


def test_switching_the_language_rebuilds_the_window_in_korean(
    qtbot: QtBot, hub: Hub, ui: UiSettings
) -> None:
    desk = make_desk(ui)
    assert desk.open(hub.db.path, create=False)
    assert desk.window is not None
    qtbot.addWidget(desk.window)
    assert desk.window.file_menu.title() == "&File"
    try:
        ui.language = "ko"
        desk.window.language_requested.emit("ko")
        qtbot.addWidget(desk.window)
        assert desk.window.file_menu.title() == "파일(&F)"
        assert desk.window.navigation.item(0).text() == "현황판"
    finally:
        install_translators("en")
        desk.close()
