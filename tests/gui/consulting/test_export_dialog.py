"""The export dialog: a quarter exported off the GUI thread, read back; a reason for an
unmasked export; Cancel leaves no file; "Open folder"."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from reports.log_data import make_quarter, sql_ids
from reports.readback import csv_rows, xlsx_sheets
from support.desktop import DesktopCalls
from support.hub import Hub
from support.sql import export_log_rows

from hubdesk.domain.exports import ExportFormat
from hubdesk.domain.periods import Quarter
from hubdesk.gui.consulting.export_dialog import ExportLogDialog, recent_quarters
from hubdesk.gui.main_window import MainWindow
from hubdesk.services.consulting.log import ConsultationLogService

WAIT_MS = 30_000


@pytest.fixture
def dialog(hub: Hub, window: MainWindow, qtbot: QtBot) -> ExportLogDialog:
    """The dialog as the File menu opens it, on a hub with a quarter of sessions."""
    make_quarter(hub)
    action = next(a for a in window.file_menu.actions() if a.text() == "&Export consultation log…")
    action.trigger()
    found = window.findChild(ExportLogDialog)
    assert isinstance(found, ExportLogDialog) and found.isVisible()
    return found


def choose(dialog: ExportLogDialog, quarter: Quarter, fmt: ExportFormat, path: Path) -> None:
    dialog.quarter.setCurrentIndex(dialog.quarter.findData(str(quarter)))
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    dialog.path.setText(str(path))


def export_log(hub: Hub) -> list[tuple[Any, ...]]:
    return export_log_rows(hub.db.path, "username, target, masked, reason, row_count")


def test_quarters_offered_run_back_from_today() -> None:
    from datetime import date

    quarters = recent_quarters(date(2026, 11, 24), 6)
    assert [str(q) for q in quarters] == [
        "2026Q4", "2026Q3", "2026Q2", "2026Q1", "2025Q4", "2025Q3"
    ]  # fmt: skip


def test_export_a_quarter_through_the_dialog(
    dialog: ExportLogDialog,
    hub: Hub,
    qtbot: QtBot,
    tmp_path: Path,
    desktop: DesktopCalls,
) -> None:
    assert dialog.chosen_quarter() == Quarter(2026, 3)  # the last finished quarter
    assert dialog.path.text().endswith("컨설팅일지-2026Q3.xlsx")
    target = tmp_path / "q3.xlsx"
    choose(dialog, Quarter(2026, 3), ExportFormat.XLSX, target)
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS) as blocker:
        dialog.ok_button().click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=WAIT_MS)
    rows = len(sql_ids(hub.db.path))
    assert blocker.args[0].rows == rows
    assert len(xlsx_sheets(target)["컨설팅 일지"]) == rows + 1
    assert export_log(hub) == [("kim", str(target), 1, "", rows)]
    assert dialog.isVisible() and dialog.open_folder.isVisible()
    assert str(rows) in dialog.problem_text() and str(target) in dialog.problem_text()
    qtbot.mouseClick(dialog.open_folder, Qt.MouseButton.LeftButton)
    assert desktop.opened == [tmp_path]
    desktop.opens = False  # a PC with no file manager: the dialog says where the file is
    qtbot.mouseClick(dialog.open_folder, Qt.MouseButton.LeftButton)
    assert "no program" in dialog.problem_text() and str(tmp_path.parent) in dialog.problem_text()
    dialog.grab().save(str(tmp_path / "export-dialog.png"))
    asked: list[bool] = []
    dialog.confirm_discard = lambda: asked.append(True) or False  # type: ignore[method-assign]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # the choices were used: nothing to lose
    assert asked == [] and not dialog.isVisible()


def test_unmasked_needs_a_reason(
    dialog: ExportLogDialog, hub: Hub, qtbot: QtBot, tmp_path: Path
) -> None:
    target = tmp_path / "q3.csv"
    choose(dialog, Quarter(2026, 3), ExportFormat.CSV, target)
    assert dialog.encoding.isEnabled() and not dialog.reason.isEnabled()
    dialog.masked.setChecked(False)
    assert dialog.reason.isEnabled()
    dialog.ok_button().click()
    assert "needs a reason" in dialog.problem_text()
    assert dialog.task is None and not target.exists() and export_log(hub) == []
    dialog.reason.setText("구청 감사 제출")
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS):
        dialog.ok_button().click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=WAIT_MS)
    assert csv_rows(target)[1][5] == "김철용"
    assert export_log(hub)[0][2:4] == (0, "구청 감사 제출")


def test_cancel_leaves_no_file(
    dialog: ExportLogDialog,
    hub: Hub,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    release = threading.Event()
    gather = ConsultationLogService.gather

    def slow_gather(self: ConsultationLogService, *args: Any, **kwargs: Any) -> Any:
        release.wait(WAIT_MS / 1000)  # a large hub: still reading when Cancel is pressed
        return gather(self, *args, **kwargs)

    monkeypatch.setattr(ConsultationLogService, "gather", slow_gather)
    folder = tmp_path / "exports"
    folder.mkdir()
    choose(dialog, Quarter(2026, 3), ExportFormat.PDF, folder / "q3.pdf")
    dialog.ok_button().click()
    assert dialog.task is not None and dialog.progress is not None
    assert not dialog.ok_button().isEnabled()
    cancel = dialog.progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    cancel.click()
    release.set()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=WAIT_MS)
    assert dialog.problem_text() == "Cancelled: no file was written."
    assert list(folder.iterdir()) == [] and export_log(hub) == []
    assert dialog.ok_button().isEnabled()


def test_typing_the_database_as_the_file_is_refused_and_writes_nothing(
    dialog: ExportLogDialog, hub: Hub, qtbot: QtBot
) -> None:
    """The outside test typed hub.sqlite into the save box and lost the database."""
    from PySide6.QtCore import Qt
    from support.keyboard import show_active

    show_active(qtbot, dialog)
    before, logged = hub.db.path.read_bytes(), export_log(hub)
    dialog.path.clear()
    qtbot.mouseClick(dialog.path, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.path, str(hub.db.path))
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=WAIT_MS)
    assert "database" in dialog.problem.text() and dialog.last_export is None
    assert hub.db.path.read_bytes() == before and export_log(hub) == logged
