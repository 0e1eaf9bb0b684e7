"""``hubdesk agreement --db PATH NUMBER -o FILE.pdf``: the PDF, the export log, and one
plain line with exit code 2 when the number or the target is wrong."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reports.readback import pdf_text
from support.grants import dev_draft
from support.hub import make_hub
from support.sql import export_log_rows

from hubdesk.cli import EXIT_ERROR, EXIT_OK, main
from hubdesk.domain.enums import AgreementStatus
from hubdesk.services.grants.agreements import GrantService
from hubdesk.storage import Database

NUMBER = "2026-사업개발-001"


@pytest.fixture
def hub_path(tmp_path: Path) -> Path:
    path = tmp_path / "hub.sqlite"
    with Database.open(path) as db:
        hub = make_hub(db)
        grants = GrantService(db, hub.admin)
        agreement = grants.create_agreement(dev_draft(hub))
        grants.advance(agreement.id, AgreementStatus.SIGNED, date(2026, 3, 25))
    return path


def export_log(path: Path) -> list[tuple[object, ...]]:
    return export_log_rows(path, "username, kind, target, masked, row_count")


def run(hub_path: Path, *args: str) -> int:
    try:
        return main(["agreement", "--db", str(hub_path), *args])
    except SystemExit as exit_:
        return int(exit_.code or 0)


def test_the_agreement_is_written_and_logged_as_system(
    hub_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "협약서.pdf"
    assert run(hub_path, NUMBER, "-o", str(target)) == EXIT_OK
    assert capsys.readouterr().out == (
        f"{target}: agreement {NUMBER} written (금천도시농업협동조합)\n"
    )
    text = "".join(pdf_text(target).split())
    assert f"협약번호:{NUMBER}" in text and "금구백만원정(₩9,000,000)" in text
    assert export_log(hub_path) == [("system", "agreement", str(target), 0, 1)]


@pytest.mark.parametrize(
    ("number", "output", "message"),
    [
        ("2026-사업개발-999", "x.pdf", "agreement 2026-사업개발-999 does not exist"),
        (NUMBER, "missing/x.pdf", "the folder does not exist"),
        (NUMBER, ".", "is a folder"),
    ],
)
def test_a_wrong_number_or_target_is_one_line_exit_2_and_writes_nothing(
    hub_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    number: str,
    output: str,
    message: str,
) -> None:
    before = sorted(tmp_path.iterdir())
    assert run(hub_path, number, "-o", str(tmp_path / output)) == EXIT_ERROR
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and message in err and "Traceback" not in err
    assert sorted(tmp_path.iterdir()) == before
    assert export_log(hub_path) == []


def test_a_missing_database_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = run(tmp_path / "none.sqlite", NUMBER, "-o", str(tmp_path / "x.pdf"))
    assert code == EXIT_ERROR and len(capsys.readouterr().err.splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_the_number_and_the_output_are_required(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(Path("hub.sqlite"), NUMBER) == EXIT_ERROR
    assert "-o/--output" in capsys.readouterr().err
