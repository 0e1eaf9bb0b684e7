"""The editor of the grant agreement's articles (조항), as the hub settings show it.

The articles are listed on the left (제1조(목적) …); the chosen one is edited on the
right: its title, its text, and the placeholders the text may use, each with what it
stands for: a click puts it at the cursor. Known placeholders are drawn blue in the
text, unknown ones (and stray braces) red and underlined; the article is marked in the
list, and ``problems()`` says what is wrong so the dialog can keep OK disabled.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.agreement_articles import (
    ARTICLE_PLACEHOLDERS,
    DEFAULT_ARTICLES,
    unknown_in_article,
)
from hubdesk.domain.agreement_document import AgreementArticle
from hubdesk.gui.text.labels import placeholder_description

# The placeholder syntax of domain/agreement_articles.py, for colouring only: which
# placeholders are allowed is decided there (``unknown_placeholders``).
FIELD = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
KNOWN_COLOUR = QColor("#1f5fbf")
UNKNOWN_COLOUR = QColor("#b00020")


def article_heading(number: int, article: AgreementArticle) -> str:
    """``제3조(보조금의 교부)`` as the agreement prints it."""
    return f"제{number}조({article.title.strip()})"


def placeholder_text(name: str) -> str:
    return "{" + name + "}"


class PlaceholderHighlighter(QSyntaxHighlighter):
    """Known placeholders blue and bold; unknown ones and stray braces red, wavy."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.known = QTextCharFormat()
        self.known.setForeground(KNOWN_COLOUR)
        self.known.setFontWeight(QFont.Weight.Bold)
        self.unknown = QTextCharFormat()
        self.unknown.setForeground(UNKNOWN_COLOUR)
        self.unknown.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.unknown.setUnderlineColor(UNKNOWN_COLOUR)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt name)
        for match in FIELD.finditer(text):
            token = match.group(0)
            if token in ("{{", "}}"):
                continue
            known = match.group(1) is not None and match.group(1) in ARTICLE_PLACEHOLDERS
            start, length = match.start(), match.end() - match.start()
            self.setFormat(start, length, self.known if known else self.unknown)


class ArticleEditor(QWidget):
    """Edit a list of articles; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._articles: list[AgreementArticle] = []
        self._read_only = False
        self.list = QListWidget()
        self.list.setObjectName("articleList")
        self.title = QLineEdit()
        self.title.setObjectName("articleTitle")
        self.text = QPlainTextEdit()
        self.text.setObjectName("articleText")
        self.text.setTabChangesFocus(True)
        self.highlighter = PlaceholderHighlighter(self.text.document())
        self.placeholders = self._placeholder_list()
        self._build_buttons()
        self._lay_out()
        self.list.currentRowChanged.connect(self._show_article)
        self.title.textEdited.connect(self._edited)
        self.text.textChanged.connect(self._edited)
        self.placeholders.itemClicked.connect(self._insert_placeholder)
        self.placeholders.itemActivated.connect(self._insert_placeholder)

    # --- building ---------------------------------------------------------------

    def _placeholder_list(self) -> QListWidget:
        placeholders = QListWidget()
        placeholders.setObjectName("placeholderList")
        placeholders.setToolTip(self.tr("Click a placeholder to put it at the cursor"))
        for name in ARTICLE_PLACEHOLDERS:
            shown = placeholder_description(name)
            item = QListWidgetItem(f"{placeholder_text(name)}  —  {shown}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            placeholders.addItem(item)
        return placeholders

    def _build_buttons(self) -> None:
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.reset_button = QPushButton(self.tr("Reset to default"))
        self.add_button.clicked.connect(self.add_article)
        self.remove_button.clicked.connect(self.remove_article)
        self.up_button.clicked.connect(lambda: self.move_article(-1))
        self.down_button.clicked.connect(lambda: self.move_article(1))
        self.reset_button.clicked.connect(self.reset_to_default)

    def _lay_out(self) -> None:
        left = QWidget()
        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.remove_button, 0, 1)
        buttons.addWidget(self.up_button, 1, 0)
        buttons.addWidget(self.down_button, 1, 1)
        buttons.addWidget(self.reset_button, 2, 0, 1, 2)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(buttons)
        right = QWidget()
        form = QFormLayout(right)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Text"), self.text)
        hint = QLabel(self.tr("Placeholders (click to insert at the cursor):"))
        form.addRow(hint)
        form.addRow(self.placeholders)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # --- content ----------------------------------------------------------------

    def set_articles(self, articles: Sequence[AgreementArticle]) -> None:
        self._articles = list(articles)
        self._fill_list(0)

    def articles(self) -> tuple[AgreementArticle, ...]:
        return tuple(self._articles)

    def current_row(self) -> int:
        return self.list.currentRow()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.title.setReadOnly(read_only)
        self.text.setReadOnly(read_only)
        self.placeholders.setEnabled(not read_only)
        self._enable_buttons()

    def problems(self) -> list[str]:
        """One sentence per article whose title or text has an unknown placeholder."""
        found = []
        for number, article in enumerate(self._articles, 1):
            unknown = unknown_in_article(article)
            if unknown:
                found.append(
                    self.tr("{0}: unknown placeholder {1}").format(
                        article_heading(number, article), ", ".join(unknown)
                    )
                )
        return found

    # --- editing ----------------------------------------------------------------

    def add_article(self) -> None:
        row = self.current_row() + 1 if self._articles else 0
        self._articles.insert(row, AgreementArticle(self.tr("New article"), ""))
        self._fill_list(row)
        self.title.setFocus()
        self.title.selectAll()
        self.changed.emit()

    def remove_article(self) -> None:
        row = self.current_row()
        if 0 <= row < len(self._articles) and len(self._articles) > 1:
            del self._articles[row]
            self._fill_list(min(row, len(self._articles) - 1))
            self.changed.emit()

    def move_article(self, step: int) -> None:
        row, target = self.current_row(), self.current_row() + step
        if 0 <= row < len(self._articles) and 0 <= target < len(self._articles):
            articles = self._articles
            articles[row], articles[target] = articles[target], articles[row]
            self._fill_list(target)
            self.changed.emit()

    def reset_to_default(self) -> None:
        self._articles = list(DEFAULT_ARTICLES)
        self._fill_list(0)
        self.changed.emit()

    def insert_placeholder(self, name: str) -> None:
        """Put ``{name}`` at the text's cursor (replacing a selection)."""
        if self._read_only or not self._articles:
            return
        self.text.textCursor().insertText(placeholder_text(name))
        self.text.setFocus()

    def _insert_placeholder(self, item: QListWidgetItem) -> None:
        self.insert_placeholder(str(item.data(Qt.ItemDataRole.UserRole)))

    def _edited(self) -> None:
        row = self.current_row()
        if not 0 <= row < len(self._articles):
            return
        article = AgreementArticle(self.title.text(), self.text.toPlainText())
        if article == self._articles[row]:
            return
        self._articles[row] = article
        self._label_item(row)
        self.changed.emit()

    # --- showing ----------------------------------------------------------------

    def _fill_list(self, row: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for index in range(len(self._articles)):
            self.list.addItem(QListWidgetItem())
            self._label_item(index)  # numbers come from positions: the list is rebuilt
        self.list.blockSignals(False)
        self.list.setCurrentRow(row if self._articles else -1)
        self._show_article(self.current_row())

    def _label_item(self, row: int) -> None:
        """``제n조(title)``, marked when the article has an unknown placeholder."""
        article, item = self._articles[row], self.list.item(row)
        bad = bool(unknown_in_article(article))
        item.setText(("⚠ " if bad else "") + article_heading(row + 1, article))
        item.setForeground(UNKNOWN_COLOUR if bad else self.palette().text().color())

    def _show_article(self, row: int) -> None:
        article = self._articles[row] if 0 <= row < len(self._articles) else None
        for editor in (self.title, self.text):
            editor.blockSignals(True)
        self.title.setText(article.title if article else "")
        self.text.setPlainText(article.text if article else "")
        for editor in (self.title, self.text):
            editor.blockSignals(False)
        self.title.setEnabled(article is not None)
        self.text.setEnabled(article is not None)
        self._enable_buttons()

    def _enable_buttons(self) -> None:
        row, count, editable = self.current_row(), len(self._articles), not self._read_only
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and count > 1 and row >= 0)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < count - 1)
        self.reset_button.setEnabled(editable)
