"""Agreements on screen, on paper and in a file: the preview shows every page of a
batch; printing "without a printer" (a PDF-file QPrinter handed in for the system
dialog) and saving write the pages and log the export; Cancel leaves nothing."""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtGui import QUndoStack
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from support.desktop import DesktopCalls
from support.grants import dev_draft
from support.hub import TODAY, Hub, snapshot
from support.sql import export_log_rows

from hubdesk.domain.records import Actor
from hubdesk.gui.common.desktop import SavedChoice
from hubdesk.gui.common.pdf_preview import pdf_document
from hubdesk.gui.context import PageContext
from hubdesk.gui.grants import agreement_output as agreement_preview
from hubdesk.gui.grants.agreement_output import (
    CANCELLED,
    DONE,
    FAILED,
    AgreementJob,
    AgreementPreviewDialog,
    start_preview,
    start_print,
    start_save,
    suggested_file_name,
)
from hubdesk.gui.operations import Operations
from hubdesk.gui.printing import PrintOutcome, pages_to_print, print_pdf
from hubdesk.reports.agreement_pdf import agreements_pdf_bytes
from hubdesk.services.grants.agreements import GrantService
from hubdesk.services.grants.document import AgreementDocumentService

WAIT_MS = 30_000


@pytest.fixture
def holder(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for what the tests print and save (the database sits in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def errors() -> list[str]:
    return []


@pytest.fixture
def context(hub: Hub, holder: QWidget, errors: list[str]) -> PageContext:
    return context_for(hub.clerk, hub, holder, errors)


def context_for(actor: Actor, hub: Hub, holder: QWidget, errors: list[str]) -> PageContext:
    ops = Operations(holder, QUndoStack(holder), hub.db)
    ops.report_error = errors.append
    return PageContext(hub.db, actor, ops, lambda: TODAY)


@pytest.fixture
def agreements(hub: Hub) -> list[int]:
    """Two draft agreements of two teams."""
    grants = GrantService(hub.db, hub.admin)
    return [grants.create_agreement(dev_draft(hub, team)).id for team in ("coop", "social")]


def pages_each(hub: Hub, ids: list[int]) -> list[int]:
    """Pages of each agreement printed alone, counted by pypdf."""
    documents = AgreementDocumentService(hub.db, hub.admin).documents(ids)
    return [len(PdfReader(io.BytesIO(agreements_pdf_bytes([d]))).pages) for d in documents]


def numbers(hub: Hub, ids: list[int]) -> list[str]:
    return [GrantService(hub.db, hub.admin).agreement(i).number for i in ids]


def export_rows(hub: Hub) -> list[tuple[Any, ...]]:
    return export_log_rows(hub.db.path, "username, kind, target, masked, row_count")


def pdf_printer(path: Path, *, resolution: int = 96) -> QPrinter:
    """What the system print dialog would hand back, writing a PDF file instead."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(resolution)  # small images keep the test quick
    return printer


def run(qtbot: QtBot, start: Callable[[], AgreementJob]) -> str:
    """Start a job and wait for how it ends."""
    outcomes: list[str] = []
    job = start()
    job.finished.connect(outcomes.append)
    qtbot.waitUntil(lambda: bool(outcomes), timeout=WAIT_MS)
    return outcomes[0]


# --- preview --------------------------------------------------------------------


def test_the_preview_shows_every_page_of_a_batch(
    context: PageContext, hub: Hub, holder: QWidget, agreements: list[int], qtbot: QtBot
) -> None:
    assert run(qtbot, lambda: start_preview(context, agreements, holder)) == DONE
    dialog = holder.findChild(AgreementPreviewDialog)
    assert isinstance(dialog, AgreementPreviewDialog) and dialog.isVisible()
    expected = sum(pages_each(hub, agreements))
    assert dialog.preview.document.pageCount() == expected == dialog.preview.page_count()
    assert dialog.preview.page_label.text() == f"Page 1 / {expected}"
    assert dialog.windowTitle() == "2 agreements"
    assert [d.number for d in dialog.documents] == numbers(hub, agreements)


def test_zoom_in_and_out_from_fit_width(
    context: PageContext, holder: QWidget, agreements: list[int], qtbot: QtBot
) -> None:
    run(qtbot, lambda: start_preview(context, agreements[:1], holder))
    dialog = holder.findChild(AgreementPreviewDialog)
    assert isinstance(dialog, AgreementPreviewDialog)
    preview = dialog.preview
    fitted = preview.zoom_factor()
    preview.zoom_in.click()
    assert preview.zoom_factor() == pytest.approx(fitted * 1.25)
    assert not preview.fit_width.isChecked()
    preview.zoom_out.click()
    preview.zoom_out.click()
    assert preview.zoom_factor() == pytest.approx(fitted / 1.25)
    preview.fit_width.click()
    assert preview.fit_width.isChecked() and preview.zoom_factor() == pytest.approx(fitted)


def test_a_missing_agreement_is_refused_in_one_sentence(
    context: PageContext, holder: QWidget, errors: list[str], qtbot: QtBot
) -> None:
    assert run(qtbot, lambda: start_preview(context, [9999], holder)) == FAILED
    assert len(errors) == 1 and "\n" not in errors[0]
    assert holder.findChild(AgreementPreviewDialog) is None


# --- print ----------------------------------------------------------------------


def test_batch_print_without_a_printer(
    context: PageContext, hub: Hub, holder: QWidget, agreements: list[int], qtbot: QtBot, out: Path
) -> None:
    target = out / "printed.pdf"
    asked: list[int] = []

    def choose(_parent: QWidget, page_count: int) -> QPrinter:
        asked.append(page_count)
        return pdf_printer(target)

    outcome = run(qtbot, lambda: start_print(context, agreements, holder, choose))
    assert outcome == DONE
    expected = sum(pages_each(hub, agreements))
    assert asked == [expected]  # the dialog's page range runs over the whole batch
    printed = PdfReader(target)
    assert len(printed.pages) == expected
    width, height = (float(v) for v in printed.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    assert export_rows(hub) == [("kim", "agreement", str(target), 0, 2)]
    assert not list(out.glob(".*"))  # no partial file left over


def test_the_print_dialog_page_range_and_copies(
    hub: Hub, agreements: list[int], out: Path, qtbot: QtBot
) -> None:
    data = agreements_pdf_bytes(AgreementDocumentService(hub.db, hub.admin).documents(agreements))
    document = pdf_document(data)
    total = document.pageCount()
    printer = pdf_printer(out / "range.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, total)
    printer.setCopyCount(2)
    printer.setCollateCopies(True)
    assert not printer.supportsMultipleCopies()  # a PDF file: copies are ours to make
    assert pages_to_print(printer, total) == [*range(1, total), *range(1, total)]
    assert print_pdf(document, printer) is PrintOutcome.PRINTED
    assert len(PdfReader(out / "range.pdf").pages) == 2 * (total - 1)


def test_cancelled_print_leaves_nothing(
    context: PageContext, hub: Hub, holder: QWidget, agreements: list[int], qtbot: QtBot, out: Path
) -> None:
    before = snapshot(hub.db)
    outcome = run(qtbot, lambda: start_print(context, agreements, holder, lambda _p, _n: None))
    assert outcome == CANCELLED
    assert snapshot(hub.db) == before
    data = agreements_pdf_bytes(AgreementDocumentService(hub.db, hub.admin).documents(agreements))
    target = out / "stopped.pdf"
    outcome_mid = print_pdf(pdf_document(data), pdf_printer(target), cancelled=lambda: True)
    assert outcome_mid is PrintOutcome.CANCELLED
    assert list(out.iterdir()) == []


def test_a_printer_that_cannot_start_is_one_sentence(
    context: PageContext,
    hub: Hub,
    holder: QWidget,
    agreements: list[int],
    qtbot: QtBot,
    out: Path,
    errors: list[str],
) -> None:
    before = snapshot(hub.db)
    printer = pdf_printer(out / "no such folder" / "x.pdf")
    assert (
        run(qtbot, lambda: start_print(context, agreements, holder, lambda _p, _n: printer))
        == FAILED
    )
    assert len(errors) == 1 and errors[0].endswith("x.pdf: the folder does not exist")
    assert snapshot(hub.db) == before and list(out.iterdir()) == []


@pytest.mark.parametrize("side", ["", "-wal", ".lock"])
def test_printing_to_a_file_never_lands_on_the_database(
    context: PageContext,
    hub: Hub,
    holder: QWidget,
    agreements: list[int],
    qtbot: QtBot,
    errors: list[str],
    side: str,
) -> None:
    """The print dialog's "print to file" names the database: refused before printing."""
    target = hub.db.path.with_name(hub.db.path.name + side)
    if not target.exists():
        target.write_bytes(b"")
    before, data = snapshot(hub.db), hub.db.path.read_bytes()
    printer = pdf_printer(target)
    assert (
        run(qtbot, lambda: start_print(context, agreements, holder, lambda _p, _n: printer))
        == FAILED
    )
    assert len(errors) == 1 and "database" in errors[0]
    assert hub.db.path.read_bytes() == data and snapshot(hub.db) == before


def test_a_print_to_a_file_that_fails_leaves_no_file_and_no_log(
    context: PageContext,
    hub: Hub,
    holder: QWidget,
    agreements: list[int],
    qtbot: QtBot,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The printer writes a temporary file that is named and logged together, as a saved
    PDF is: a print that fails half-way leaves neither the file nor a log row."""
    target = out / "printed.pdf"
    written: list[str] = []

    def half_printed(_pdf: object, printer: QPrinter, _parent: object) -> PrintOutcome:
        written.append(printer.outputFileName())
        Path(printer.outputFileName()).write_bytes(b"%PDF-1.7 half")
        return PrintOutcome.FAILED

    monkeypatch.setattr(agreement_preview, "print_pdf", half_printed)
    printer = pdf_printer(target)
    job = lambda: start_print(context, agreements, holder, lambda _p, _n: printer)  # noqa: E731
    assert run(qtbot, job) == FAILED
    assert written and written[0] != str(target) and written[0].endswith(".part")
    assert list(out.iterdir()) == [] and export_rows(hub) == []
    assert printer.outputFileName() == str(target)  # the dialog shows what was chosen


# --- save -----------------------------------------------------------------------


def test_save_one_agreement_as_pdf(
    context: PageContext, hub: Hub, holder: QWidget, agreements: list[int], qtbot: QtBot, out: Path
) -> None:
    suggested: list[Path] = []

    def choose(_parent: QWidget, path: Path) -> Path:
        suggested.append(path)
        return out / path.name

    assert run(qtbot, lambda: start_save(context, agreements[:1], holder, choose)) == DONE
    number = numbers(hub, agreements[:1])[0]
    assert suggested[0].name == f"협약서_{number}.pdf"
    written = out / suggested[0].name
    assert len(PdfReader(written).pages) == pages_each(hub, agreements[:1])[0]
    assert export_rows(hub) == [("kim", "agreement", str(written), 0, 1)]


def test_a_saved_pdf_is_offered_to_open(
    context: PageContext,
    holder: QWidget,
    agreements: list[int],
    qtbot: QtBot,
    out: Path,
    desktop: DesktopCalls,
    errors: list[str],
) -> None:
    target = out / "offered.pdf"

    def save() -> AgreementJob:
        return start_save(context, agreements[:1], holder, lambda *_: target)

    desktop.answer = SavedChoice.OPEN
    assert run(qtbot, save) == DONE
    assert (desktop.asked, desktop.opened) == ([target], [target])
    desktop.answer, desktop.opens = SavedChoice.FOLDER, False
    assert run(qtbot, save) == DONE
    assert desktop.opened[-1] == out
    assert errors[-1] == (
        "This PC has no program that opens out. Open it yourself from: " + str(out.parent)
    )


def test_save_a_batch_names_the_count(
    context: PageContext, hub: Hub, holder: QWidget, agreements: list[int], qtbot: QtBot, out: Path
) -> None:
    target = out / "batch.pdf"
    names: list[str] = []

    def choose(_parent: QWidget, path: Path) -> Path:
        names.append(path.name)
        return target

    assert run(qtbot, lambda: start_save(context, agreements, holder, choose)) == DONE
    assert names == ["협약서_2건.pdf"]
    assert len(PdfReader(target).pages) == sum(pages_each(hub, agreements))
    assert export_rows(hub) == [("kim", "agreement", str(target), 0, 2)]


def test_cancelled_save_leaves_nothing(
    context: PageContext, hub: Hub, holder: QWidget, agreements: list[int], qtbot: QtBot, out: Path
) -> None:
    before = snapshot(hub.db)
    assert (
        run(qtbot, lambda: start_save(context, agreements, holder, lambda _p, _s: None))
        == CANCELLED
    )
    assert snapshot(hub.db) == before and list(out.iterdir()) == []


def test_an_unwritable_folder_is_one_sentence(
    context: PageContext,
    hub: Hub,
    holder: QWidget,
    agreements: list[int],
    qtbot: QtBot,
    out: Path,
    errors: list[str],
) -> None:
    before = snapshot(hub.db)
    target = out / "no such folder" / "x.pdf"
    assert (
        run(qtbot, lambda: start_save(context, agreements, holder, lambda _p, _s: target)) == FAILED
    )
    assert len(errors) == 1 and "\n" not in errors[0] and "x.pdf" in errors[0]
    assert snapshot(hub.db) == before


def test_suggested_names() -> None:
    assert suggested_file_name(["2026-사업개발-007"]) == "협약서_2026-사업개발-007.pdf"
    assert suggested_file_name(["a/b"]) == "협약서_a_b.pdf"
    assert suggested_file_name(["1", "2", "3"]) == "협약서_3건.pdf"


# --- from the preview window -------------------------------------------------------


def test_print_and_save_from_the_preview(
    context: PageContext, hub: Hub, holder: QWidget, agreements: list[int], qtbot: QtBot, out: Path
) -> None:
    run(qtbot, lambda: start_preview(context, agreements, holder))
    dialog = holder.findChild(AgreementPreviewDialog)
    assert isinstance(dialog, AgreementPreviewDialog)
    expected = dialog.preview.page_count()
    printed, saved = out / "printed.pdf", out / "saved.pdf"
    dialog.choose_printer = lambda _parent, _count: pdf_printer(printed)
    dialog.choose_file = lambda _parent, _path: saved
    dialog.print_button.click()
    assert dialog.last_outcome == DONE
    assert len(PdfReader(printed).pages) == expected
    dialog.save_button.click()
    qtbot.waitUntil(lambda: saved.exists() and len(export_rows(hub)) == 2, timeout=WAIT_MS)
    assert len(PdfReader(saved).pages) == expected
    assert [row[2] for row in export_rows(hub)] == [str(printed), str(saved)]


def test_closing_the_window_while_it_builds_stops_cleanly(
    context: PageContext, agreements: list[int], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = threading.Event()

    def slow(documents: object) -> bytes:
        started.set()
        time.sleep(0.5)
        return b""

    monkeypatch.setattr(agreement_preview, "agreements_pdf_bytes", slow)
    window = QWidget()
    job = start_preview(context, agreements, window)
    task = job.task
    assert task is not None
    started.wait(5)
    shiboken6.delete(window)  # the page goes away with its window; the job with it
    assert not shiboken6.isValid(task)  # deleted only after its thread ended
