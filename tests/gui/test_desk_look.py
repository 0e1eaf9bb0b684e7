"""A desk application's furniture: toolbar and icons, the Help menu's guide and shortcuts,
and the status bar saying what a save, an undo and a redo did."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar
from pytestqt.qtbot import QtBot
from support.hub import Hub
from support.keyboard import show_active
from support.panels import opened

from hubdesk.domain.enums import TeamKind
from hubdesk.gui.help import GuideDialog, ShortcutsDialog, _plain, guide_path, menu_shortcuts
from hubdesk.gui.main_window import MainWindow
from hubdesk.resources import icon_path
from hubdesk.services.people.teams import TeamDraft, TeamService

TOOLBAR = ["New", "Find", "Undo", "Redo", "Refresh", "Approvals", "Log export", "Backups", "Guide"]


def test_the_toolbar_holds_the_common_actions_with_icons(
    make_window: Callable[..., MainWindow], hub: Hub
) -> None:
    window = make_window(hub.manager)
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar is not None and toolbar.isVisible()
    actions = [a for a in toolbar.actions() if not a.isSeparator()]
    assert [a.iconText() for a in actions] == TOOLBAR
    assert all(not a.icon().isNull() for a in actions)
    assert actions[0].toolTip() == "New record (Ctrl+N)"
    navigation = window.navigation
    assert all(not navigation.item(i).icon().isNull() for i in range(navigation.count()))
    assert not window.windowIcon().isNull()


def test_the_toolbar_buttons_act_when_clicked(
    make_window: Callable[..., MainWindow], hub: Hub, qtbot: QtBot
) -> None:
    window = make_window(hub.clerk)
    show_active(qtbot, window)
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar is not None
    qtbot.mouseClick(toolbar.widgetForAction(window.guide_action), Qt.MouseButton.LeftButton)
    guide = opened(qtbot, window, GuideDialog)
    assert "Finding your way" in guide.browser.toPlainText()
    guide.close()


@pytest.mark.parametrize("language", ["ko", "en"])
def test_every_picture_of_the_guide_is_bundled(language: str) -> None:
    text = guide_path(language).read_text(encoding="utf-8")
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert len(pictures) >= 8
    missing = [p for p in pictures if not (guide_path(language).parent / p).is_file()]
    assert missing == []


def test_f1_opens_the_guide_with_its_pictures(
    make_window: Callable[..., MainWindow], hub: Hub, qtbot: QtBot
) -> None:
    window = make_window(hub.clerk)
    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = opened(qtbot, window, GuideDialog)
    document = guide.browser.document()
    assert "Waiting for my approval" in document.toPlainText()
    images = [
        fmt.toImageFormat().name()
        for block in _blocks(document)
        for fmt in _char_formats(block)
        if fmt.isImageFormat()
    ]
    assert len(images) >= 8
    guide.close()


def _blocks(document):  # type: ignore[no-untyped-def]
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def _char_formats(block):  # type: ignore[no-untyped-def]
    iterator = block.begin()
    while not iterator.atEnd():
        yield iterator.fragment().charFormat()
        iterator += 1


def test_the_shortcut_list_is_read_from_the_menus(
    make_window: Callable[..., MainWindow], hub: Hub
) -> None:
    window = make_window(hub.manager)
    rows = ShortcutsDialog(window.menuBar(), window).rows()
    actions = {(action, keys) for _menu, action, keys in rows}
    assert ("New record…", "Ctrl+N") in actions
    assert ("Waiting for my approval…", "Ctrl+Shift+A") in actions
    assert ("User guide", "F1") in actions
    assert ("Open the calendar of a date field", "Alt+Down, F4") in actions
    assert len(menu_shortcuts(window.menuBar())) == len(rows) - 5
    assert icon_path("keyboard").is_file()


def test_the_status_bar_says_what_was_saved_undone_and_redone(
    make_window: Callable[..., MainWindow], hub: Hub, qtbot: QtBot
) -> None:
    window = make_window(hub.clerk)
    show_active(qtbot, window)
    teams = TeamService(hub.db, hub.clerk)
    window.ops.run(
        "Add 금천 마을",
        lambda: teams.add(TeamDraft("금천 마을", TeamKind.VILLAGE_ENTERPRISE, "이대표")),
        undo=lambda added: teams.delete(added.id),
    )
    bar = window.statusBar()
    assert bar.currentMessage() == "Saved: Add 금천 마을 (Ctrl+Z undoes it)"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert bar.currentMessage() == "Undone: Add 금천 마을"
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert bar.currentMessage() == "Redone: Add 금천 마을"


@pytest.mark.parametrize(
    ("menu_text", "plain"),
    [
        ("새 데이터베이스(&N)…", "새 데이터베이스…"),
        ("파일(&F)", "파일"),
        ("&Open…", "Open…"),
        ("R&&D", "R&D"),
    ],
)
def test_the_shortcut_list_shows_menu_texts_without_their_mnemonic(
    menu_text: str, plain: str
) -> None:
    assert _plain(menu_text) == plain
