"""The annual report (사회적경제 활성화 추진실적) from the window: year, format, file.

Save writes it in the background (``FileTask``: a busy dialog, cancellable); the service
refuses a protected target (the database, its side files or backups) before anything is
written, and the refusal shows in the dialog. Once written, the dialog offers to open it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QWidget

from hubdesk.gui.common.desktop import offer_to_open
from hubdesk.gui.common.editing import OperationDialog, open_dialog
from hubdesk.gui.context import PageContext
from hubdesk.gui.goals.report_task import FileTask, ask_save_path, documents_folder

FORMATS = (("pdf", "PDF"), ("xlsx", "Excel (XLSX)"))


def default_file_name(year: int, fmt: str) -> str:
    return f"{year}년 사회적경제 활성화 추진실적.{fmt}"


class AnnualReportDialog(OperationDialog):
    """Choose the year, the format and the file; Save writes it and keeps the dialog
    open for the result line."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Annual report"))
        self.task: FileTask | None = None
        self.written: Path | None = None
        today = context.today()
        self.year = QSpinBox()
        self.year.setObjectName("reportYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.format = QComboBox()
        self.format.setObjectName("reportFormat")
        for code, name in FORMATS:
            self.format.addItem(name, code)
        self.path = QLineEdit(str(documents_folder() / default_file_name(today.year, "pdf")))
        self.path.setObjectName("reportPath")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(lambda _c=False: self._browse())
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.form.addRow(self.tr("Year"), self.year)
        self.form.addRow(self.tr("Format"), self.format)
        self.form.addRow(self.tr("File"), row)
        self.ok_button().setText(self.tr("Save"))
        self.finish_layout()
        self.setMinimumWidth(560)
        self.year.valueChanged.connect(lambda _v: self._rename())
        self.format.currentIndexChanged.connect(lambda _i: self._rename())

    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def _rename(self) -> None:
        current = Path(self.path.text().strip() or str(documents_folder() / "x"))
        name = default_file_name(self.year.value(), self.chosen_format())
        self.path.setText(str(current.with_name(name)))

    def _browse(self) -> None:
        fmt = self.chosen_format()
        chosen = ask_save_path(
            self, self.windowTitle(), Path(self.path.text()), f"{fmt.upper()} (*.{fmt})"
        )
        if chosen is not None:
            self.path.setText(str(chosen))

    def submit(self) -> None:
        if self.task is not None:
            return
        text = self.path.text().strip()
        if not text:
            self.show_problem(self.tr("Choose the file to write."))
            return
        from hubdesk.services.goals.report_files import save_annual_report

        db, actor, today = self.context.db, self.context.actor, self.context.today()
        year, fmt, path = self.year.value(), self.chosen_format(), Path(text).expanduser()
        self.show_problem(self.tr("Writing the annual report of {0}…").format(year), hint=True)
        self.ok_button().setEnabled(False)
        task = FileTask(
            self,
            self.tr("Writing the annual report…"),
            lambda: save_annual_report(db, actor, year, fmt, path, today),
        )
        task.saved.connect(self._saved)
        task.failed.connect(self._failed)
        task.stopped.connect(lambda: self._failed(self.tr("Cancelled: no file was written.")))
        task.destroyed.connect(self._task_gone)
        self.task = task.start()

    def _saved(self, path: Path) -> None:
        self.written = path
        self.show_problem(self.tr("Saved {0}.").format(path), hint=True)
        self.mark_saved()
        offer_to_open(path, self, self.show_problem)

    def _failed(self, message: str) -> None:
        self.show_problem(message)

    def _task_gone(self) -> None:
        self.task = None
        self.ok_button().setEnabled(True)

    def done(self, code: int) -> None:
        """Closing while the file is written cancels it and waits for the thread."""
        if self.task is not None:
            self.task.task.cancel()
            self.task.wait()
        super().done(code)


def open_annual_report(context: PageContext, parent: QWidget | None = None) -> AnnualReportDialog:
    """Show the annual report dialog without blocking (the File menu)."""
    return open_dialog(AnnualReportDialog(context, parent))
