"""``hubdesk report annual``: the file and one line on success; one plain line and exit 2
on bad input or a protected target, nothing written."""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
from pathlib import Path

import pytest
from reports.readback import pdf_text, xlsx_sheets
from support.sql import export_log_rows

from hubdesk.cli import EXIT_ERROR, EXIT_OK, main

needs_annual = pytest.mark.skipif(
    importlib.util.find_spec("hubdesk.services.goals.annual") is None,
    reason="AnnualReportService (services/goals/annual.py) has not landed yet",
)


@pytest.fixture
def hub_path(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "hub.sqlite"
    shutil.copy(demo_template, path)
    return path


def run(*args: str) -> int:
    """The exit code, whether main returns it or argparse exits with it."""
    try:
        return main(["report", "annual", *args])
    except SystemExit as exit_:
        return int(exit_.code or 0)


def export_log(path: Path) -> list[tuple[object, ...]]:
    return export_log_rows(path, "username, kind, target, masked, row_count")


@needs_annual
@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_the_report_is_written_with_one_line(
    hub_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    target = tmp_path / f"annual.{fmt}"
    args = ["--db", str(hub_path), "--year", "2026", "--format", fmt, "-o", str(target)]
    assert run(*args) == EXIT_OK
    assert capsys.readouterr().out == f"{target}: annual report of 2026 written ({fmt})\n"
    connection = sqlite3.connect(hub_path)
    try:
        (bought,) = connection.execute(
            "SELECT COALESCE(SUM(amount), 0) FROM purchases "
            "WHERE purchased_on BETWEEN '2026-01-01' AND '2026-12-31'"
        ).fetchone()
    finally:
        connection.close()
    if fmt == "pdf":
        assert f"{bought:,}원" in pdf_text(target)
    else:
        summary = xlsx_sheets(target)["요약"]
        assert next(row for row in summary if row[0] == "공공구매")[2] == bought
    assert export_log(hub_path)[0][:4] == ("system", "annual_report", str(target), 1)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--year", "20x6", "--format", "pdf"], "'20x6' is not a year like 2026"),
        (["--year", "1999", "--format", "pdf"], "1999 is not a year between 2000 and 2100"),
        (["--year", "2026", "--format", "docx"], "invalid choice: 'docx'"),
        (["--format", "pdf"], "the following arguments are required: --year"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_writes_nothing(
    hub_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    before = hub_path.read_bytes()
    target = tmp_path / "out.file"
    assert run("--db", str(hub_path), *args, "-o", str(target)) == EXIT_ERROR
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and message in err and "Traceback" not in err
    assert not target.exists()
    assert hub_path.read_bytes() == before
    assert export_log(hub_path) == []


def test_the_database_itself_is_refused(hub_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = hub_path.read_bytes()
    args = ["--db", str(hub_path), "--year", "2026", "--format", "pdf", "-o", str(hub_path)]
    assert run(*args) == EXIT_ERROR
    err = capsys.readouterr().err
    assert err.startswith(f"hubdesk: error: {hub_path}: this is a HubDesk database")
    assert len(err.splitlines()) == 1
    assert hub_path.read_bytes() == before
    assert export_log(hub_path) == []


def test_a_missing_folder_is_one_line(
    hub_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing" / "annual.xlsx"
    args = ["--db", str(hub_path), "--year", "2026", "--format", "xlsx", "-o", str(target)]
    assert run(*args) == EXIT_ERROR
    assert capsys.readouterr().err == f"hubdesk: error: {target}: the folder does not exist\n"
