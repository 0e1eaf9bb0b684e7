"""Helpers to prove the window speaks Korean: a recording translator and a text scan."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from hubdesk.gui.i18n import install_translators, translation_file

# Latin words that stay Latin in Korean text: the product, the font, codes, units.
ALLOWED_LATIN = {
    "HubDesk",
    "NanumGothic",
    "SIL",
    "Open",
    "Font",
    "License",
    "MOU",
    "SKHU",
    "IT",
    "PDF",
}
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


class RecordingTranslator(QTranslator):
    """Answers from HubDesk's and Qt's Korean files and remembers every miss."""

    def __init__(self) -> None:
        super().__init__()
        self.ours, self.qt = QTranslator(), QTranslator()
        assert self.ours.load(translation_file("ko"))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        assert self.qt.load("qtbase_ko", qt_dir)
        self.missing: set[tuple[str, str]] = set()

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        for translator in (self.ours, self.qt):
            found = translator.translate(context, source, disambiguation, n)
            if found:
                return found
        if source.strip():
            self.missing.add((context, source))
        return ""

    def our_misses(self) -> set[tuple[str, str]]:
        """Misses in HubDesk's own contexts (Qt's internal ones start with Q)."""
        return {(c, s) for c, s in self.missing if not c.startswith("Q")}


def korean_recorder() -> Iterator[RecordingTranslator]:
    install_translators("en")  # nothing else installed
    recorder = RecordingTranslator()
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(recorder)
    try:
        yield recorder
    finally:
        app.removeTranslator(recorder)
        install_translators("en")


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(widget class, text) of what a user reads in ``root`` and its children."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        yield from _texts_of(widget)


def _texts_of(widget: QWidget) -> Iterator[tuple[str, str]]:
    kind = type(widget).__name__
    if widget.isWindow() and widget.windowTitle():
        yield kind, widget.windowTitle()
    if isinstance(widget, QLabel | QAbstractButton):
        yield kind, widget.text()
    if isinstance(widget, QGroupBox):
        yield kind, widget.title()
    if isinstance(widget, QLineEdit):
        yield kind, widget.placeholderText()
    if isinstance(widget, QTabWidget):
        yield from ((kind, widget.tabText(i)) for i in range(widget.count()))
    if isinstance(widget, QComboBox):
        yield from ((kind, widget.itemText(i)) for i in range(widget.count()))
    if isinstance(widget, QListWidget):
        yield from ((kind, widget.item(i).text()) for i in range(widget.count()))
    if isinstance(widget, QMenu):
        yield from ((kind, action.text()) for action in widget.actions())
    if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
        header, model = (
            widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header(),
            widget.model(),
        )
        for section in range(header.count()):
            if not header.isSectionHidden(section):
                yield kind, str(model.headerData(section, Qt.Orientation.Horizontal) or "")


def latin_words(texts: Iterator[tuple[str, str]], allowed: set[str]) -> list[tuple[str, str]]:
    """Texts that still hold an English word (not a path, not an allowed name)."""
    found = []
    for kind, text in texts:
        plain = re.sub(r"<[^>]+>", " ", text)
        words = [w for w in LATIN_WORD.findall(plain) if w not in ALLOWED_LATIN | allowed]
        if words:
            found.append((kind, text))
    return found
