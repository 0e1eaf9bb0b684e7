"""The hub settings dialog: an administrator edits an article and the next agreement
prints it; an unknown placeholder keeps OK disabled and the file unchanged; staff only
read; undo brings the old settings back; the sample preview shows the edited text."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QTextCursor, QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from support.grants import dev_draft
from support.hub import TODAY, Hub, snapshot
from support.keyboard import type_text

from hubdesk.domain.agreement_articles import DEFAULT_ARTICLES
from hubdesk.domain.records import Actor
from hubdesk.gui.admin.hub_settings_dialog import (
    HubSettingsDialog,
    SamplePreviewDialog,
    parse_titles,
)
from hubdesk.gui.context import PageContext
from hubdesk.gui.main_window import MainWindow
from hubdesk.gui.operations import Operations
from hubdesk.reports.agreement_pdf import agreements_pdf_bytes
from hubdesk.services.core.settings import HubSettings, SettingsService
from hubdesk.services.grants.agreements import GrantService
from hubdesk.services.grants.document import AgreementDocumentService

ADDED = "을은 분기마다 사업 진행 상황을 갑에게 알린다"


@pytest.fixture
def holder(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def open_dialog_as(actor: Actor, hub: Hub, holder: QWidget, qtbot: QtBot) -> HubSettingsDialog:
    ops = Operations(holder, QUndoStack(holder), hub.db)
    ops.report_error = pytest.fail  # refusals must show inside the dialog
    dialog = HubSettingsDialog(PageContext(hub.db, actor, ops, lambda: TODAY), holder)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_at_end(dialog: HubSettingsDialog, text: str) -> None:
    editor = dialog.articles.text
    editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor, text)


def stored(hub: Hub) -> HubSettings:
    return SettingsService(hub.db, hub.admin).settings()


def agreement_text(hub: Hub, agreement_id: int) -> str:
    documents = AgreementDocumentService(hub.db, hub.clerk).documents([agreement_id])
    reader = PdfReader(io.BytesIO(agreements_pdf_bytes(documents)))
    return "".join(page.extract_text() for page in reader.pages)


def squeezed(text: str) -> str:
    """Text without white space: PDF text extraction breaks lines where it likes."""
    return "".join(text.split())


def test_an_administrator_edits_an_article_and_the_next_agreement_prints_it(
    hub: Hub, holder: QWidget, qtbot: QtBot
) -> None:
    agreement = GrantService(hub.db, hub.admin).create_agreement(dev_draft(hub)).id
    assert squeezed(ADDED) not in squeezed(agreement_text(hub, agreement))
    dialog = open_dialog_as(hub.director, hub, holder, qtbot)
    dialog.articles.list.setCurrentRow(1)
    type_at_end(dialog, f"\n③ {ADDED}.")
    dialog.hub_name.clear()
    type_text(dialog.hub_name, "가산 사회적경제 허브")
    assert dialog.ok_button().isEnabled() and not dialog.problem_text()
    dialog.ok_button().click()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = stored(hub)
    assert saved.agreement_articles[1].text.endswith(f"③ {ADDED}.")
    assert saved.agreement_articles[0] == DEFAULT_ARTICLES[0]
    assert saved.hub_name == "가산 사회적경제 허브"
    text = squeezed(agreement_text(hub, agreement))
    assert squeezed(ADDED) in text and "가산사회적경제허브" in text


def test_undo_restores_the_settings(hub: Hub, holder: QWidget, qtbot: QtBot) -> None:
    before = stored(hub)
    dialog = open_dialog_as(hub.director, hub, holder, qtbot)
    dialog.max_stay.setValue(48)
    dialog.approval_titles.setText("담당, 사무국장, 센터장")
    dialog.articles.list.setCurrentRow(0)
    dialog.articles.remove_button.click()
    dialog.ok_button().click()
    after = stored(hub)
    assert after.max_stay_months == 48
    assert after.approval_titles == ("담당", "사무국장", "센터장")
    assert after.agreement_articles == DEFAULT_ARTICLES[1:]
    stack = dialog.context.ops.stack
    assert stack.undoText() == "Change the hub settings"
    stack.undo()
    assert stored(hub) == replace(before, revision=before.revision + 2)  # the edit, its undo
    stack.redo()
    assert stored(hub) == replace(after, revision=after.revision + 2)


def test_an_unknown_placeholder_keeps_ok_disabled(hub: Hub, holder: QWidget, qtbot: QtBot) -> None:
    before = snapshot(hub.db)
    dialog = open_dialog_as(hub.director, hub, holder, qtbot)
    dialog.articles.list.setCurrentRow(2)
    type_at_end(dialog, " {담당자}")
    assert not dialog.ok_button().isEnabled()
    assert "{담당자}" in dialog.problem_text() and "제3조" in dialog.problem_text()
    assert dialog.articles.list.item(2).text().startswith("⚠ 제3조(")
    dialog.submit()  # even pressed by force (Enter), OK saves nothing
    assert snapshot(hub.db) == before
    dialog.articles.text.undo()  # the editor's own undo takes the typing back
    assert dialog.ok_button().isEnabled() and not dialog.problem_text()
    assert not dialog.articles.list.item(2).text().startswith("⚠")


def test_broken_hub_facts_are_named_inline(hub: Hub, holder: QWidget, qtbot: QtBot) -> None:
    dialog = open_dialog_as(hub.director, hub, holder, qtbot)
    dialog.hub_name.clear()
    assert not dialog.ok_button().isEnabled() and dialog.problem_text()
    dialog.hub_name.setText("허브")
    dialog.approval_titles.setText("가, 나, 다, 라, 마, 바")
    assert not dialog.ok_button().isEnabled() and dialog.problem_text()
    dialog.approval_titles.setText("담당")
    assert dialog.ok_button().isEnabled()


def test_staff_only_read(hub: Hub, holder: QWidget, qtbot: QtBot) -> None:
    before = snapshot(hub.db)
    dialog = open_dialog_as(hub.clerk, hub, holder, qtbot)
    assert dialog.read_only_note.isVisible()
    assert dialog.read_only_note.text() == "Only administrators can change the hub settings."
    assert not dialog.ok_button().isVisible() and not dialog.ok_button().isEnabled()
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert close.text() == "Close"
    assert dialog.hub_name.isReadOnly() and dialog.articles.text.isReadOnly()
    assert not dialog.articles.add_button.isEnabled()
    assert not dialog.articles.placeholders.isEnabled()
    dialog.submit()
    assert snapshot(hub.db) == before
    assert dialog.hub_name.text() == stored(hub).hub_name  # they do see the settings


def test_manage_articles(hub: Hub, holder: QWidget, qtbot: QtBot) -> None:
    dialog = open_dialog_as(hub.director, hub, holder, qtbot)
    editor = dialog.articles
    count = len(DEFAULT_ARTICLES)
    assert editor.list.count() == count
    assert editor.list.item(0).text() == f"제1조({DEFAULT_ARTICLES[0].title})"
    editor.list.setCurrentRow(0)
    editor.down_button.click()
    assert editor.articles()[:2] == (DEFAULT_ARTICLES[1], DEFAULT_ARTICLES[0])
    assert editor.current_row() == 1 and editor.list.item(1).text().startswith("제2조(")
    editor.up_button.click()
    assert editor.articles() == DEFAULT_ARTICLES and not editor.up_button.isEnabled()
    editor.add_button.click()
    assert editor.current_row() == 1 and len(editor.articles()) == count + 1
    assert not dialog.ok_button().isEnabled()  # a new article has no text yet
    type_text(editor.title, "홍보")
    type_text(editor.text, "을은 홍보물에 ")
    editor.placeholders.item(0).setSelected(True)
    editor.placeholders.itemClicked.emit(editor.placeholders.item(0))
    type_text(editor.text, "의 지원을 표시한다.")
    assert editor.articles()[1].title == "홍보"
    assert editor.articles()[1].text == "을은 홍보물에 {갑}의 지원을 표시한다."
    assert dialog.ok_button().isEnabled()
    editor.reset_button.click()
    assert editor.articles() == DEFAULT_ARTICLES


def test_the_sample_preview_shows_the_edited_text(hub: Hub, holder: QWidget, qtbot: QtBot) -> None:
    number = GrantService(hub.db, hub.admin).create_agreement(dev_draft(hub)).number
    dialog = open_dialog_as(hub.director, hub, holder, qtbot)
    dialog.articles.list.setCurrentRow(0)
    type_at_end(dialog, f" {ADDED}.")
    before = snapshot(hub.db)
    sample = dialog.preview()
    assert isinstance(sample, SamplePreviewDialog)
    pdf = sample.preview.document
    assert pdf.pageCount() >= 1 and number in sample.windowTitle()
    text = squeezed("".join(pdf.getAllText(p).text() for p in range(pdf.pageCount())))
    assert squeezed(ADDED) in text
    assert snapshot(hub.db) == before  # a preview saves nothing


def test_a_file_without_agreements_previews_a_made_up_one(
    hub: Hub, holder: QWidget, qtbot: QtBot
) -> None:
    dialog = open_dialog_as(hub.clerk, hub, holder, qtbot)  # reading is enough to look
    sample = dialog.preview()
    assert isinstance(sample, SamplePreviewDialog)
    assert sample.preview.page_count() >= 1
    assert "2026-사업개발-000" in sample.windowTitle()


def test_titles_are_split_on_commas() -> None:
    assert parse_titles(" 담당,팀장 , ,센터장 ") == ("담당", "팀장", "센터장")


def test_the_file_menu_opens_the_hub_settings(window: MainWindow) -> None:
    action = next(
        a for a in window.file_menu.actions() if a.text() == "&Hub settings and agreement articles…"
    )
    action.trigger()
    found = window.findChild(HubSettingsDialog)
    assert isinstance(found, HubSettingsDialog) and found.isVisible()
    found.reject()
