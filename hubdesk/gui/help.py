"""Help: the short user guide (the README's tasks with pictures, in the window's language)
and the keyboard shortcuts, read from the menus themselves so the list never goes stale."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hubdesk.gui.icons import icon
from hubdesk.gui.text.noop import QT_TRANSLATE_NOOP
from hubdesk.resources import resources_dir


def guide_path(language: str | None = None) -> Path:
    """``help/guide_ko.md`` in Korean (the default), ``help/guide_en.md`` in English."""
    if language is None:
        language = "ko" if QLocale().language() == QLocale.Language.Korean else "en"
    return resources_dir() / "help" / f"guide_{language}.md"


class GuideDialog(QDialog):
    """The guide as a page with pictures; links to other files of the guide follow."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("HubDesk user guide"))
        self.setWindowIcon(icon("book-open"))
        self.resize(900, 760)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide")
        self.browser.setOpenExternalLinks(True)
        path = guide_path(language)
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)


MNEMONIC = re.compile(r"\(&[^)]\)")  # the Korean way: a letter in brackets after the word

# Keys that belong to fields and lists rather than to a menu.
FIELD_KEYS = (
    ("Alt+Down, F4", QT_TRANSLATE_NOOP("ShortcutsDialog", "Open the calendar of a date field")),
    ("Up, Down", QT_TRANSLATE_NOOP("ShortcutsDialog", "A day earlier or later in a date field")),
    ("Tab", QT_TRANSLATE_NOOP("ShortcutsDialog", "Next field; its text is selected to type over")),
    (
        "Double-click",
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Open or edit the chosen row of a list"),
    ),
    (
        "Esc",
        QT_TRANSLATE_NOOP(
            "ShortcutsDialog", "Close a dialog (it asks first when something was typed)"
        ),
    ),
)


def menu_shortcuts(bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every action of the menus that has a shortcut."""
    found: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, f"{path} › {_plain(action.text())}")
                continue
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
            if keys and action.isVisible():
                found.append((path, _plain(action.text()), ", ".join(keys)))

    for top in bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, _plain(top.text()))
    return found


def _plain(text: str) -> str:
    """A menu text without its mnemonic: ``파일(&F)`` → ``파일``, ``&Open…`` → ``Open…``."""
    text = MNEMONIC.sub("", text.replace("&&", "\0"))  # 새 데이터베이스(&N)… → 새 데이터베이스…
    return text.replace("&", "").replace("\0", "&").strip()


class ShortcutsDialog(QDialog):
    """Every shortcut of the menus, then the keys of fields and lists."""

    def __init__(self, bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setWindowIcon(icon("keyboard"))
        self.resize(560, 560)
        rows = [(menu, action, keys) for menu, action, keys in menu_shortcuts(bar)]
        rows += [(self.tr("Fields and lists"), self.tr(what), keys) for keys, what in FIELD_KEYS]
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("shortcuts")
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str, str]]:
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(row, 0), text(row, 1), text(row, 2)) for row in range(self.table.rowCount())]
