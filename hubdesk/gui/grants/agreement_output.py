"""Grant agreements on screen, on paper and as a PDF file: preview, print, save.

The grants page calls the three entry points with the selected agreements:

* ``start_preview`` builds the PDF off the GUI thread and shows it in a
  ``AgreementPreviewDialog`` (every page scrolled, zoom, Print…, Save as PDF…);
* ``start_print`` builds it and prints it through the system print dialog (page
  range, copies), all agreements in one job;
* ``start_save`` asks for a file and writes it off the GUI thread.

Printing and saving are exports of personal data (the payee's account), so each is
written to the export log. The system dialogs are injectable (``choose_printer``,
``choose_file``): tests hand in a PDF-file printer or a path instead of a modal dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.agreement_document import AgreementDocument
from hubdesk.domain.exports import CancelCheck, Progress
from hubdesk.gui.common.desktop import offer_to_open
from hubdesk.gui.common.editing import open_dialog
from hubdesk.gui.common.pdf_preview import PdfPreview, pdf_document
from hubdesk.gui.context import PageContext
from hubdesk.gui.printing import PrintOutcome, print_pdf
from hubdesk.gui.workers import BackgroundTask
from hubdesk.reports.agreement_pdf import agreements_pdf_bytes
from hubdesk.services.grants.document import AgreementDocumentService

PrinterChooser = Callable[[QWidget, int], QPrinter | None]
"""``(parent, page_count)`` → a configured printer, or None when the user cancelled."""

FileChooser = Callable[[QWidget, Path], Path | None]
"""``(parent, suggested_path)`` → the file to write, or None when the user cancelled."""

DONE, CANCELLED, FAILED = "done", "cancelled", "failed"
UNSAFE_IN_FILE_NAMES = str.maketrans({c: "_" for c in '\\/:*?"<>|'})


# --- the system dialogs --------------------------------------------------------


def ask_printer(parent: QWidget, page_count: int) -> QPrinter | None:
    """The system print dialog (printer, page range, copies) on an A4 printer."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setDocName(QCoreApplication.translate("AgreementOutput", "Grant agreements"))
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, max(page_count, 1))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies, True)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return printer if accepted else None


def ask_pdf_path(parent: QWidget, suggested: Path) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("AgreementOutput", "Save agreements as PDF"),
        str(suggested),
        QCoreApplication.translate("AgreementOutput", "PDF files (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def suggested_file_name(numbers: Sequence[str]) -> str:
    """``협약서_2026-사업개발-007.pdf`` for one agreement, ``협약서_3건.pdf`` for several."""
    if len(numbers) == 1:
        return f"협약서_{numbers[0]}.pdf".translate(UNSAFE_IN_FILE_NAMES)
    return f"협약서_{len(numbers)}건.pdf"


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def printer_target(printer: QPrinter) -> str:
    """What the export log names as where the pages went."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return printer.outputFileName()
    return f"printer: {printer.printerName() or 'default'}"


def print_documents(
    context: PageContext,
    documents: Sequence[AgreementDocument],
    pdf: QPdfDocument,
    parent: QWidget,
    choose_printer: PrinterChooser,
) -> str:
    """Ask for a printer, print ``pdf`` (the documents' PDF), log the export; how it
    ended: "done", "cancelled" or "failed"."""
    printer = choose_printer(parent, pdf.pageCount())  # referenced until printing ends
    if printer is None:
        return CANCELLED
    service = AgreementDocumentService(context.db, context.actor)
    numbers = [document.number for document in documents]
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return _print_to_file(context, service, numbers, pdf, printer, parent)
    outcome = _printed(context, print_pdf(pdf, printer, parent))
    if outcome != DONE:
        return outcome
    ok, _ = context.ops.attempt(lambda: service.record_export(numbers, printer_target(printer)))
    return DONE if ok else FAILED


class _NotPrinted(Exception):
    """A print to a file that was cancelled or failed: its temporary file goes."""

    def __init__(self, outcome: str) -> None:
        super().__init__(outcome)
        self.outcome = outcome


def _print_to_file(
    context: PageContext,
    service: AgreementDocumentService,
    numbers: list[str],
    pdf: QPdfDocument,
    printer: QPrinter,
    parent: QWidget,
) -> str:
    """ "Print to file": the file appears with its export-log row or not at all, as a
    saved PDF does (never onto the database or one of its files)."""
    target = Path(printer.outputFileName())

    def print_logged() -> str:
        with service.printed_to_file(numbers, target) as part:
            printer.setOutputFileName(str(part))
            outcome = _printed(context, print_pdf(pdf, printer, parent))
            if outcome != DONE:
                raise _NotPrinted(outcome)
        return DONE

    try:
        ok, outcome = context.ops.attempt(print_logged)
    except _NotPrinted as stopped:
        return stopped.outcome
    finally:
        printer.setOutputFileName(str(target))
    return outcome if ok and outcome else FAILED


def _printed(context: PageContext, outcome: PrintOutcome) -> str:
    if outcome is PrintOutcome.CANCELLED:
        return CANCELLED
    if outcome is PrintOutcome.FAILED:
        context.ops.report_error(
            QCoreApplication.translate(
                "AgreementOutput", "The printer did not accept the agreements."
            )
        )
        return FAILED
    return DONE


# --- one run: build in the background, then print, save or show ----------------


class AgreementJob(QObject):
    """One preview, print or save of some agreements; a child of the widget that
    started it. ``finished`` says how it ended: "done", "cancelled" or "failed"; it is
    emitted from the event loop, never inside ``start_…()``, so callers connect after."""

    finished = Signal(str)

    def __init__(
        self,
        context: PageContext,
        agreement_ids: Sequence[int],
        parent: QWidget,
        *,
        choose_printer: PrinterChooser = ask_printer,
        choose_file: FileChooser = ask_pdf_path,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.ids = list(agreement_ids)
        self.widget = parent
        self.choose_printer = choose_printer
        self.choose_file = choose_file
        self.service = AgreementDocumentService(context.db, context.actor)
        self.task: BackgroundTask | None = None
        self.progress: QProgressDialog | None = None
        self.dialog: AgreementPreviewDialog | None = None

    # --- the three runs ---------------------------------------------------------

    def start_preview(self) -> None:
        self._build(self._show_preview)

    def start_print(self) -> None:
        self._build(self._print_built)

    def start_save(self, documents: Sequence[AgreementDocument] | None = None) -> None:
        if documents is None:
            ok, read = self.context.ops.attempt(lambda: self.service.documents(self.ids))
            if not ok or read is None:
                return self._end(FAILED)
            documents = read
        suggested = documents_folder() / suggested_file_name([d.number for d in documents])
        path = self.choose_file(self.widget, suggested)
        if path is None:
            return self._end(CANCELLED)
        chosen, service = list(documents), self.service

        def write(progress: Progress, cancelled: CancelCheck) -> Path:
            # Checked, written and logged together (the file never lands on the database).
            return service.save_pdf(chosen, path, progress=progress, cancelled=cancelled)

        label = self.tr("Writing {0}…").format(path.name)
        self._in_background(label, write, self._saved)

    def _saved(self, path: Path) -> None:
        self._end(DONE)
        offer_to_open(path, self.widget, self.context.ops.report_error)

    # --- steps ------------------------------------------------------------------

    def _build(self, then: Callable[[tuple[list[AgreementDocument], bytes]], None]) -> None:
        if not self.ids:
            return self._end(CANCELLED)
        service, ids = self.service, list(self.ids)

        def build(
            _progress: Progress, _cancelled: CancelCheck
        ) -> tuple[list[AgreementDocument], bytes]:
            documents = service.documents(ids)
            return documents, agreements_pdf_bytes(documents)

        count = len(ids)
        label = (
            self.tr("Preparing the agreement…")
            if count == 1
            else self.tr("Preparing {0} agreements…").format(count)
        )
        self._in_background(label, build, then)

    def _show_preview(self, built: tuple[list[AgreementDocument], bytes]) -> None:
        documents, data = built
        dialog = AgreementPreviewDialog(self.context, documents, data, self.widget)
        dialog.choose_printer = self.choose_printer
        dialog.choose_file = self.choose_file
        self.dialog = open_dialog(dialog)
        self._end(DONE)

    def _print_built(self, built: tuple[list[AgreementDocument], bytes]) -> None:
        documents, data = built
        pdf = pdf_document(data, self)
        self._end(print_documents(self.context, documents, pdf, self.widget, self.choose_printer))

    # --- background work with a progress dialog -----------------------------------

    def _in_background(
        self,
        label: str,
        work: Callable[[Progress, CancelCheck], object],
        then: Callable[..., None],
    ) -> None:
        self.task = BackgroundTask(work, self)
        # Closed with its window while the thread runs: stop it before Qt deletes it.
        self.destroyed.connect(self.task.cancel)
        self.destroyed.connect(self.task.wait)
        self.progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self.widget)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.canceled.connect(self.task.cancel)
        self.task.progressed.connect(self._progressed)
        self.task.succeeded.connect(lambda result: self._succeeded(result, then))
        self.task.failed.connect(self._failed)
        self.task.stopped.connect(lambda: self._end(CANCELLED))
        self.task.start()

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None and total > 0:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _succeeded(self, result: object, then: Callable[..., None]) -> None:
        cancelled = self.progress is not None and self.progress.wasCanceled()
        self._close_progress()
        if cancelled:
            return self._end(CANCELLED)
        then(result)

    def _failed(self, message: str) -> None:
        self._close_progress()
        self.context.ops.report_error(message)
        self._end(FAILED)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _end(self, outcome: str) -> None:
        self._close_progress()
        if self.task is not None:
            self.task.wait()
            self.task.deleteLater()
            self.task = None
        QTimer.singleShot(0, self, lambda: self._finish(outcome))  # after start_…() returns

    def _finish(self, outcome: str) -> None:
        self.finished.emit(outcome)
        self.deleteLater()


# --- the preview window ---------------------------------------------------------


class AgreementPreviewDialog(QDialog):
    """The agreements as they will print: every page, zoom, Print…, Save as PDF…, Close."""

    def __init__(
        self,
        context: PageContext,
        documents: Sequence[AgreementDocument],
        data: bytes,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.documents = list(documents)
        self.choose_printer: PrinterChooser = ask_printer
        self.choose_file: FileChooser = ask_pdf_path
        self.last_outcome: str | None = None
        self.setWindowTitle(self._title())
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(760, 900)
        self.preview = PdfPreview(self)
        self.preview.load(data)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = self._button(self.tr("Print…"), self.print_agreements)
        self.save_button = self._button(self.tr("Save as PDF…"), self.save_pdf)
        self.print_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)

    def _title(self) -> str:
        if len(self.documents) == 1:
            return self.tr("Agreement {0}").format(self.documents[0].number)
        return self.tr("{0} agreements").format(len(self.documents))

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(slot)
        return button

    def print_agreements(self) -> str:
        """Print what the preview shows (no rebuild); how it ended."""
        self.last_outcome = print_documents(
            self.context, self.documents, self.preview.document, self, self.choose_printer
        )
        return self.last_outcome

    def save_pdf(self) -> AgreementJob:
        """Write the previewed agreements to a PDF file the user chooses."""
        job = AgreementJob(self.context, [], self, choose_file=self.choose_file)
        job.finished.connect(self._save_finished)
        job.start_save(self.documents)
        return job

    def _save_finished(self, outcome: str) -> None:
        self.last_outcome = outcome


# --- entry points -------------------------------------------------------------


def start_preview(context: PageContext, agreement_ids: list[int], parent: QWidget) -> AgreementJob:
    """Show the agreements' PDF in a window (built off the GUI thread)."""
    job = AgreementJob(context, agreement_ids, parent)
    job.start_preview()
    return job


def start_print(
    context: PageContext,
    agreement_ids: list[int],
    parent: QWidget,
    choose_printer: PrinterChooser = ask_printer,
) -> AgreementJob:
    """Print the agreements in one job through the system print dialog."""
    job = AgreementJob(context, agreement_ids, parent, choose_printer=choose_printer)
    job.start_print()
    return job


def start_save(
    context: PageContext,
    agreement_ids: list[int],
    parent: QWidget,
    choose_file: FileChooser = ask_pdf_path,
) -> AgreementJob:
    """Save the agreements as one PDF file the user chooses."""
    job = AgreementJob(context, agreement_ids, parent, choose_file=choose_file)
    job.start_save()
    return job
