"""``hubdesk export consultations``: one plain line and exit 2 on bad input, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from reports.log_data import make_quarter, sql_ids
from reports.readback import csv_rows, xlsx_sheets
from support.hub import make_hub
from support.sql import export_log_rows

from hubdesk.cli import EXIT_ERROR, EXIT_OK, main
from hubdesk.storage import Database


@pytest.fixture
def hub_path(tmp_path: Path) -> Path:
    path = tmp_path / "hub.sqlite"
    with Database.open(path) as db:
        make_quarter(make_hub(db))
    return path


def export_log(path: Path) -> list[tuple[object, ...]]:
    return export_log_rows(path, "username, kind, target, masked, reason, row_count")


def run(hub_path: Path, *args: str) -> int:
    """The exit code, whether main returns it or argparse exits with it."""
    try:
        return main(["export", "consultations", "--db", str(hub_path), *args])
    except SystemExit as exit_:
        return int(exit_.code or 0)


def test_export_writes_the_file_and_logs_it_as_system(
    hub_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "q3.xlsx"
    code = run(hub_path, "--quarter", "2026Q3", "--format", "xlsx", "-o", str(target))
    assert code == EXIT_OK
    rows = len(sql_ids(hub_path))
    assert capsys.readouterr().out.strip() == (
        f"{target}: {rows} sessions of 2026Q3 written (xlsx, masked)"
    )
    assert len(xlsx_sheets(target)["컨설팅 일지"]) == rows + 1
    assert export_log(hub_path) == [("system", "consultation_log", str(target), 1, "", rows)]


def test_unmasked_cp949_csv_with_a_reason(hub_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "q3.csv"
    args = ["--quarter", "2026q3", "--format", "csv", "-o", str(target), "--encoding", "cp949"]
    assert run(hub_path, *args, "--unmasked", "--reason", "구청 감사 제출") == EXIT_OK
    assert csv_rows(target, "cp949")[1][5] == "김철용"
    assert export_log(hub_path)[0][3:5] == (0, "구청 감사 제출")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--quarter", "2026Q5", "--format", "csv"], "'2026Q5' is not a quarter like 2026Q3"),
        (["--quarter", "2026Q3", "--format", "docx"], "invalid choice: 'docx'"),
        (["--quarter", "2026Q3", "--format", "csv", "--unmasked"], "needs a reason"),
        (
            ["--quarter", "2026Q3", "--format", "csv", "--unmasked", "--reason", "  "],
            "needs a reason",
        ),
        (["--quarter", "2026Q3", "--format", "pdf", "--encoding", "cp949"], "--format csv only"),
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
    assert run(hub_path, *args, "-o", str(target)) == EXIT_ERROR
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and message in err and "Traceback" not in err
    assert not target.exists()
    assert hub_path.read_bytes() == before
    assert export_log(hub_path) == []


def test_a_missing_folder_is_one_line(
    hub_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing" / "q3.pdf"
    assert run(hub_path, "--quarter", "2026Q3", "--format", "pdf", "-o", str(target)) == 2
    assert capsys.readouterr().err == f"hubdesk: error: {target}: the folder does not exist\n"
