"""The annual report from the window: the file is written off the GUI thread and
offered to open; the database itself is refused as the target."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from support.desktop import DesktopCalls
from support.hub import Hub
from support.keyboard import type_over
from support.panels import click, page_context, shown

from hubdesk.gui.goals.report_dialog import AnnualReportDialog

WAIT_MS = 30_000


def open_dialog(qtbot: QtBot, hub: Hub, errors: list[str]) -> AnnualReportDialog:
    return shown(
        qtbot, AnnualReportDialog(page_context(qtbot, hub.db, hub.clerk, errors)), 600, 240
    )


@pytest.mark.skipif(
    importlib.util.find_spec("hubdesk.services.goals.annual") is None,
    reason="the annual report figures (services/goals/annual.py) are not there yet",
)
@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_the_report_is_written_and_offered(
    qtbot: QtBot, hub: Hub, errors: list[str], tmp_path: Path, desktop: DesktopCalls, fmt: str
) -> None:
    dialog = open_dialog(qtbot, hub, errors)
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    target = tmp_path / f"추진실적.{fmt}"
    type_over(dialog.path, str(target))
    click(qtbot, dialog.ok_button())
    qtbot.waitUntil(lambda: dialog.task is None, timeout=WAIT_MS)
    assert (dialog.written, errors) == (target, []), dialog.problem_text()
    assert desktop.asked == [target] and target.stat().st_size > 0
    if fmt == "pdf":
        words = "".join(page.extract_text() for page in PdfReader(target).pages)
        assert "2026년" in words and "추진실적" in words


def test_the_database_is_refused_as_the_report(
    qtbot: QtBot, hub: Hub, errors: list[str], desktop: DesktopCalls
) -> None:
    dialog = open_dialog(qtbot, hub, errors)
    before = hub.db.path.read_bytes()
    type_over(dialog.path, str(hub.db.path))
    click(qtbot, dialog.ok_button())
    qtbot.waitUntil(lambda: dialog.task is None, timeout=WAIT_MS)
    assert dialog.problem_text() and dialog.written is None and desktop.asked == []
    assert hub.db.path.read_bytes() == before


def test_the_file_name_follows_the_year_and_format(
    qtbot: QtBot, hub: Hub, errors: list[str]
) -> None:
    dialog = open_dialog(qtbot, hub, errors)
    type_over(dialog.year.lineEdit(), "2025")
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    assert Path(dialog.path.text()).name == "2025년 사회적경제 활성화 추진실적.xlsx"
