"""Export the quarterly consultation log: quarter, format, masking with a reason, file.

The export runs on a ``BackgroundTask`` with a cancellable progress dialog; at the
end the dialog offers to open the folder. The consulting page calls
``open_export_dialog``; the File menu reaches it too.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from hubdesk.domain.exports import CsvEncoding, ExportFormat, UnmaskedExportNeedsReason
from hubdesk.domain.periods import Quarter
from hubdesk.gui.common.desktop import open_folder
from hubdesk.gui.common.editing import OperationDialog, open_dialog
from hubdesk.gui.context import PageContext
from hubdesk.gui.text.messages import describe
from hubdesk.gui.workers import BackgroundTask
from hubdesk.services.consulting.log import (
    ConsultationLogService,
    ExportRequest,
    ExportResult,
)

QUARTERS_SHOWN = 12
FORMAT_NAMES = {ExportFormat.XLSX: "Excel (XLSX)", ExportFormat.CSV: "CSV", ExportFormat.PDF: "PDF"}


def recent_quarters(today: date, count: int = QUARTERS_SHOWN) -> list[Quarter]:
    """The running quarter and the ``count - 1`` before it, newest first."""
    quarters = [Quarter.of(today)]
    while len(quarters) < count:
        quarters.append(Quarter.of(quarters[-1].first_day - timedelta(days=1)))
    return quarters


def default_file_name(quarter: Quarter, fmt: ExportFormat) -> str:
    return f"컨설팅일지-{quarter}.{fmt.value}"


class ExportLogDialog(OperationDialog):
    """Choose what to export; Export runs it in the background and keeps the dialog
    open for the result line and "Open folder"."""

    exported = Signal(object)  # ExportResult
    export_failed = Signal(str)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Export consultation log"))
        self.setMinimumWidth(520)
        self.task: BackgroundTask | None = None
        self.progress: QProgressDialog | None = None
        self.last_export: ExportResult | None = None
        self._build_fields()
        self.open_folder = QPushButton(self.tr("Open folder"))
        self.open_folder.setObjectName("openFolder")
        self.open_folder.clicked.connect(self._open_folder)
        self.open_folder.hide()
        self.ok_button().setText(self.tr("Export"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.finish_layout(self.open_folder)
        self._format_changed()
        self._masking_changed()

    # --- fields -------------------------------------------------------------

    def _build_fields(self) -> None:
        self.quarter = QComboBox()
        quarters = recent_quarters(self.context.today())
        for quarter in quarters:
            text = self.tr("{0} Q{1}").format(quarter.year, quarter.number)
            self.quarter.addItem(text, str(quarter))  # a plain string survives QVariant
        self.quarter.setCurrentIndex(1)  # the last finished quarter: the one to send on
        self.format = QComboBox()
        for fmt, name in FORMAT_NAMES.items():
            self.format.addItem(name, fmt)
        self.encoding = QComboBox()
        self.encoding.addItem(self.tr("UTF-8 (Excel 2016 and later)"), CsvEncoding.UTF8_BOM)
        self.encoding.addItem(self.tr("CP949 (older Excel)"), CsvEncoding.CP949)
        self.masked = QCheckBox(self.tr("Mask personal data (names, phones, e-mails)"))
        self.masked.setChecked(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why the names and contacts are needed"))
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.form.addRow(self.tr("Quarter"), self.quarter)
        self.form.addRow(self.tr("Format"), self.format)
        self.form.addRow(self.tr("CSV encoding"), self.encoding)
        self.form.addRow("", self.masked)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.form.addRow(self.tr("File"), file_row)
        self.path.setText(str(_documents() / self._file_name()))
        self.quarter.currentIndexChanged.connect(self._rename_file)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.masked.toggled.connect(self._masking_changed)

    def chosen_quarter(self) -> Quarter:
        return Quarter.parse(str(self.quarter.currentData()))

    def chosen_format(self) -> ExportFormat:
        return ExportFormat(self.format.currentData())

    def _file_name(self) -> str:
        return default_file_name(self.chosen_quarter(), self.chosen_format())

    def _rename_file(self) -> None:
        current = Path(self.path.text().strip() or str(_documents() / "x"))
        self.path.setText(str(current.with_name(self._file_name())))

    def _format_changed(self) -> None:
        self.encoding.setEnabled(self.chosen_format() is ExportFormat.CSV)
        self._rename_file()

    def _masking_changed(self) -> None:
        self.reason.setEnabled(not self.masked.isChecked())

    def _browse(self) -> None:
        fmt = self.chosen_format()
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export consultation log"), self.path.text(), f"*.{fmt.value}"
        )
        if name:
            self.path.setText(name)

    # --- export -------------------------------------------------------------

    def request(self) -> ExportRequest:
        """What the fields ask for; an unmasked export without a reason is refused."""
        masked = self.masked.isChecked()
        reason = self.reason.text().strip()
        if not masked and not reason:
            raise UnmaskedExportNeedsReason()
        return ExportRequest(
            self.chosen_quarter(),
            self.chosen_format(),
            Path(self.path.text().strip()).expanduser(),
            masked=masked,
            reason=reason,
            encoding=CsvEncoding(self.encoding.currentData()),
        )

    def submit(self) -> None:
        if self.task is not None:
            return
        try:
            request = self.request()
        except UnmaskedExportNeedsReason as error:
            self.show_problem(describe(error))
            self.reason.setFocus()
            return
        if not request.path.name:
            self.show_problem(self.tr("Choose the file to write."))
            return
        self.show_problem(None)
        self.open_folder.hide()
        self._start(request)

    def _start(self, request: ExportRequest) -> None:
        service = ConsultationLogService(self.context.db, self.context.actor)
        self.task = BackgroundTask(
            lambda progress, cancelled: service.export(
                request, progress=progress, cancelled=cancelled
            ),
            self,
        )
        self.progress = QProgressDialog(
            self.tr("Exporting the consultation log…"), self.tr("Cancel"), 0, 0, self
        )
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self.task.cancel)
        self.task.progressed.connect(self._progressed)
        self.task.succeeded.connect(self._succeeded)
        self.task.failed.connect(self._failed)
        self.task.stopped.connect(self._stopped)
        self.task.finished.connect(self._task_finished)
        self.ok_button().setEnabled(False)
        self.task.start()

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None and total > 0:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _succeeded(self, result: ExportResult) -> None:
        self.last_export = result
        message = self.tr("{0} sessions written to {1}.").format(result.rows, result.path)
        self.show_problem(message, hint=True)
        self.open_folder.show()
        self.mark_saved()  # the choices were used: closing now throws nothing away
        self.exported.emit(result)

    def _failed(self, message: str) -> None:
        self.show_problem(message)
        self.export_failed.emit(message)

    def _stopped(self) -> None:
        self.show_problem(self.tr("Cancelled: no file was written."), hint=True)

    def _task_finished(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        if self.task is not None:
            self.task.deleteLater()
            self.task = None
        self.ok_button().setEnabled(True)

    def _open_folder(self) -> None:
        """Open the folder of the file written, or say why it cannot be opened."""
        if self.last_export is not None:
            open_folder(self.last_export.path, self, self.show_problem)

    def done(self, code: int) -> None:
        """Closing while an export runs cancels it and waits for the thread to end."""
        if self.task is not None:
            self.task.cancel()
            self.task.wait()
        super().done(code)


def _documents() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def open_export_dialog(context: PageContext, parent: QWidget | None = None) -> ExportLogDialog:
    """Show the export dialog without blocking (the consulting page and File menu)."""
    return open_dialog(ExportLogDialog(context, parent))
