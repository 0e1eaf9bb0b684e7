"""The hub settings: the hub's own facts and the articles of the grant agreement.

Two tabs: "Hub" (name, address, director, district, maximum stay, approval titles) and
"Agreement articles" (``ArticleEditor``, and Preview, which lays out a sample agreement
with the edited texts). Only an administrator saves; everyone else sees the settings
read-only with a line saying so. OK stays disabled while a field breaks a rule (an
unknown placeholder, an empty name …), with the reason under the tabs. Saving is one
undoable step: undo saves the settings as they were.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.agreement_document import AgreementDocument
from hubdesk.domain.enums import StaffRole
from hubdesk.gui.admin.article_editor import ArticleEditor
from hubdesk.gui.common.editing import HINT_STYLE, OperationDialog, open_dialog, problem_of
from hubdesk.gui.common.pdf_preview import PdfPreview
from hubdesk.gui.context import PageContext
from hubdesk.reports.agreement_pdf import agreements_pdf_bytes
from hubdesk.services.core.settings import HubSettings, SettingsService
from hubdesk.services.grants.document import AgreementDocumentService

TITLE_SEPARATOR = ","


def titles_text(titles: tuple[str, ...]) -> str:
    return f"{TITLE_SEPARATOR} ".join(titles)


def parse_titles(text: str) -> tuple[str, ...]:
    """``담당, 팀장, 센터장`` → ``("담당", "팀장", "센터장")``; empty pieces are dropped."""
    return tuple(piece.strip() for piece in text.split(TITLE_SEPARATOR) if piece.strip())


class HubSettingsDialog(OperationDialog):
    """Edit the hub settings (administrators) or read them (everyone else)."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.service = SettingsService(context.db, context.actor)
        self.original = self.service.settings()
        self.may_edit = context.actor.role == StaffRole.ADMINISTRATOR
        self.setWindowTitle(self.tr("Hub settings"))
        self.resize(900, 640)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._hub_tab(), self.tr("Hub"))
        self.tabs.addTab(self._articles_tab(), self.tr("Agreement articles"))
        self.read_only_note = QLabel(self.tr("Only administrators can change the hub settings."))
        self.read_only_note.setObjectName("readOnlyNote")
        self.read_only_note.setStyleSheet(HINT_STYLE)
        self.read_only_note.setVisible(not self.may_edit)
        self._lay_out()
        self._show(self.original)
        self._set_editable(self.may_edit)
        self._check()

    # --- building ---------------------------------------------------------------

    def _hub_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.hub_name = QLineEdit()
        self.hub_address = QLineEdit()
        self.director_name = QLineEdit()
        self.district_name = QLineEdit()
        self.max_stay = QSpinBox()
        self.max_stay.setRange(12, 120)
        self.max_stay.setSuffix(self.tr(" months"))
        self.deposit_months = QSpinBox()
        self.deposit_months.setRange(0, 12)
        self.deposit_months.setSuffix(self.tr(" months of the fee"))
        self.approval_titles = QLineEdit()
        self.approval_titles.setToolTip(
            self.tr("One to five titles of the approval box, separated by commas")
        )
        form.addRow(self.tr("Hub name"), self.hub_name)
        form.addRow(self.tr("Address"), self.hub_address)
        form.addRow(self.tr("Director"), self.director_name)
        form.addRow(self.tr("District"), self.district_name)
        form.addRow(self.tr("Maximum stay"), self.max_stay)
        form.addRow(self.tr("Deposit"), self.deposit_months)
        form.addRow(self.tr("Approval titles"), self.approval_titles)
        for edit in (self.hub_name, self.hub_address, self.director_name, self.district_name):
            edit.textChanged.connect(self._check)
        self.approval_titles.textChanged.connect(self._check)
        self.max_stay.valueChanged.connect(self._check)
        self.deposit_months.valueChanged.connect(self._check)
        return tab

    def _articles_tab(self) -> QWidget:
        tab = QWidget()
        self.articles = ArticleEditor()
        self.articles.changed.connect(self._check)
        self.preview_button = QPushButton(self.tr("Preview…"))
        self.preview_button.setToolTip(
            self.tr("A sample agreement laid out with these settings (nothing is saved)")
        )
        self.preview_button.clicked.connect(self.preview)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.preview_button)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.articles, 1)
        layout.addLayout(row)
        return tab

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        if not self.may_edit:
            self.ok_button().hide()
            cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
            cancel.setText(self.tr("Close"))

    def _show(self, settings: HubSettings) -> None:
        self.hub_name.setText(settings.hub_name)
        self.hub_address.setText(settings.hub_address)
        self.director_name.setText(settings.director_name)
        self.district_name.setText(settings.district_name)
        self.max_stay.setValue(settings.max_stay_months)
        self.deposit_months.setValue(settings.deposit_months)
        self.approval_titles.setText(titles_text(settings.approval_titles))
        self.articles.set_articles(settings.agreement_articles)

    def _set_editable(self, editable: bool) -> None:
        for edit in (
            self.hub_name,
            self.hub_address,
            self.director_name,
            self.district_name,
            self.approval_titles,
        ):
            edit.setReadOnly(not editable)
        self.max_stay.setReadOnly(not editable)
        self.deposit_months.setReadOnly(not editable)
        self.articles.set_read_only(not editable)

    # --- reading and checking ----------------------------------------------------

    def settings(self) -> HubSettings:
        """The settings as the fields show them (not checked)."""
        return replace(
            self.original,
            hub_name=self.hub_name.text().strip(),
            hub_address=self.hub_address.text().strip(),
            director_name=self.director_name.text().strip(),
            district_name=self.district_name.text().strip(),
            max_stay_months=self.max_stay.value(),
            deposit_months=self.deposit_months.value(),
            approval_titles=parse_titles(self.approval_titles.text()),
            agreement_articles=self.articles.articles(),
            revision=self.original.revision,
        )

    def _check(self) -> None:
        """Unknown placeholders first (they name the article), then the service's rules."""
        problems = self.articles.problems()
        problem = problems[0] if problems else problem_of(lambda: self.settings().validated())
        self.show_problem(problem if self.may_edit else None)
        self.ok_button().setEnabled(self.may_edit and problem is None)

    def submit(self) -> None:
        if not self.may_edit:
            return
        service, new, old = self.service, self.settings(), self.original
        self.run_edit(  # the undo step outlives this dialog: it holds no widget
            self.tr("Change the hub settings"),
            lambda: service.save(new, version=old.revision),
            undo=lambda _saved: service.save(old),
            redo=lambda _saved: service.save(new),
        )

    # --- preview ------------------------------------------------------------------

    def preview(self) -> QDialog | None:
        """Lay out a sample agreement with the edited settings in a preview window."""
        settings, context = self.settings(), self.context  # the edited, unsaved ones
        service = AgreementDocumentService(context.db, context.actor)
        ok, document = context.ops.attempt(
            lambda: service.sample(settings, context.today()), report=self.show_problem
        )
        if not ok or document is None:
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            data = agreements_pdf_bytes([document])
        finally:
            QGuiApplication.restoreOverrideCursor()
        return open_dialog(SamplePreviewDialog(document, data, self))


class SamplePreviewDialog(QDialog):
    """A sample agreement laid out with unsaved settings: look only, no print."""

    def __init__(self, document: AgreementDocument, data: bytes, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sample agreement {0}").format(document.number))
        self.resize(720, 860)
        self.preview = PdfPreview(self)
        self.preview.load(data)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)


def open_hub_settings(context: PageContext, parent: QWidget) -> None:
    """Show the hub settings without blocking (File menu)."""
    open_dialog(HubSettingsDialog(context, parent))
