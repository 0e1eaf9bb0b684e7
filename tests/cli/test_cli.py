"""The command line: exit codes 0 / 1 / 2, one plain line per error, never a traceback."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from support.hub import make_hub
from support.tamper import TRIGGERS, audit_ids, tamper

from hubdesk import __version__
from hubdesk.cli import EXIT_ERROR, EXIT_OK, EXIT_VIOLATIONS, main
from hubdesk.storage import Database
from hubdesk.storage.models import Team


def hub_file(path: Path) -> Path:
    with Database.open(path) as db:
        make_hub(db)
    return path


def random_bytes_file(path: Path) -> Path:
    path.write_bytes(random.Random(2026).randbytes(8192))
    return path


def one_error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {lines!r}"
    assert "Traceback" not in err
    return lines[0]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """``python -m hubdesk ARGS`` in a fresh interpreter, as a user would run it."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "hubdesk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == EXIT_OK
    assert capsys.readouterr().out.strip() == f"HubDesk {__version__}"


def test_check_of_a_good_file_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = hub_file(tmp_path / "hub.sqlite")
    assert main(["check", "--db", str(path)]) == EXIT_OK
    out, err = capsys.readouterr()
    assert out.strip() == f"{path}: integrity ok, no rule violated"
    assert err == ""


def test_check_of_a_file_with_a_violation_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = hub_file(tmp_path / "hub.sqlite")
    with Database.open(path) as db, db.write("test") as session:
        team = session.get_one(Team, 1)
        team.description = "대표 주민번호 900101-1234567"
    assert main(["check", "--db", str(path)]) == EXIT_VIOLATIONS
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0].startswith("[resident_number] teams row 1")
    assert lines[-1] == f"{path}: 1 violation(s)"
    assert err == ""


def test_check_of_a_file_whose_triggers_were_dropped_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = hub_file(tmp_path / "hub.sqlite")
    newest = audit_ids(path)[-1]
    tamper(path, put_triggers_back=False)
    assert main(["check", "--db", str(path)]) == EXIT_VIOLATIONS
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        *(
            f"[trigger_restored] trigger {name} was missing: recreated on open "
            f"(audit row #{newest + 1})"
            for name in TRIGGERS
        ),
        f"{path}: 4 violation(s)",
    ]
    assert err == ""


def test_check_of_a_file_with_an_edited_audit_row_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = hub_file(tmp_path / "hub.sqlite")
    tamper(
        path,
        "UPDATE audit_log SET username = 'mallory', at = '2026-01-02 09:00:00.000000' WHERE id = 5",
    )
    assert main(["check", "--db", str(path)]) == EXIT_VIOLATIONS
    out, _err = capsys.readouterr()
    assert out.splitlines() == [
        "[chain_edited] audit_log row #5 was edited: it no longer matches its hash",
        f"{path}: 1 violation(s)",
    ]


def test_other_commands_note_the_triggers_they_put_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = hub_file(tmp_path / "hub.sqlite")
    tamper(path, "DROP TRIGGER IF EXISTS audit_log_no_delete", put_triggers_back=False)
    target = tmp_path / "log.csv"
    args = ["export", "consultations", "--db", str(path), "--quarter", "2026Q3"]
    assert main([*args, "--format", "csv", "-o", str(target)]) == EXIT_OK
    err = capsys.readouterr().err
    assert err.startswith("hubdesk: note: trigger audit_log_no_update was missing: recreated")
    assert len(err.splitlines()) == 4 and target.exists()


def test_check_of_a_file_that_is_not_sqlite_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = random_bytes_file(tmp_path / "photo.sqlite")
    before = path.read_bytes()
    assert main(["check", "--db", str(path)]) == EXIT_ERROR
    out, err = capsys.readouterr()
    line = one_error_line(err)
    assert line.startswith("hubdesk: error:")
    assert "not an SQLite database" in line
    assert out == ""
    # The file is left exactly as it was: no WAL switch, no migration, no side files.
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["photo.sqlite"]


def test_check_of_a_missing_file_exits_2_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "nowhere.sqlite"
    assert main(["check", "--db", str(path)]) == EXIT_ERROR
    line = one_error_line(capsys.readouterr().err)
    assert line.startswith("hubdesk: error:") and "no such file" in line
    assert not path.exists()


def test_check_of_an_empty_file_exits_2_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    assert main(["check", "--db", str(path)]) == EXIT_ERROR
    assert "empty" in one_error_line(capsys.readouterr().err)
    assert path.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.sqlite"]


def test_check_of_a_folder_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--db", str(tmp_path)]) == EXIT_ERROR
    assert one_error_line(capsys.readouterr().err).startswith("hubdesk: error:")


@pytest.mark.parametrize(
    "argv",
    [
        ["--frobnicate"],
        ["frobnicate"],
        ["check"],
        ["check", "--db", "x.sqlite", "--fast"],
        ["demo", "out.sqlite", "--scale", "0"],
        ["demo", "out.sqlite", "--scale", "lots"],
    ],
    ids=" ".join,
)
def test_usage_errors_exit_2_with_one_line(
    argv: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == EXIT_ERROR
    out, err = capsys.readouterr()
    line = one_error_line(err)
    assert line.startswith("hubdesk") and "error:" in line
    assert out == ""
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def generate_demo() -> Callable[..., object]:
    try:
        from hubdesk.services.demo import generate_demo
    except ImportError:
        pytest.skip("hubdesk.services.demo.generate_demo is not written yet")
    return generate_demo


@pytest.mark.usefixtures("generate_demo")
def test_demo_into_an_existing_path_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = hub_file(tmp_path / "hub.sqlite")
    before = path.read_bytes()
    assert main(["demo", str(path)]) == EXIT_ERROR
    out, err = capsys.readouterr()
    assert one_error_line(err).startswith("hubdesk: error:")
    assert path.read_bytes() == before


# --- the real entry point, in a fresh interpreter ------------------------------------------


def test_python_dash_m_hubdesk_prints_the_version() -> None:
    result = run("--version")
    assert result.returncode == EXIT_OK, result.stderr
    assert result.stdout.strip() == f"HubDesk {__version__}"


def test_python_dash_m_hubdesk_checks_files(tmp_path: Path) -> None:
    good = run("check", "--db", str(hub_file(tmp_path / "hub.sqlite")))
    assert good.returncode == EXIT_OK, good.stderr
    assert "no rule violated" in good.stdout

    bad = run("check", "--db", str(random_bytes_file(tmp_path / "junk.sqlite")))
    assert bad.returncode == EXIT_ERROR
    assert one_error_line(bad.stderr).startswith("hubdesk: error:")
    assert bad.stdout == ""

    usage = run("--frobnicate")
    assert usage.returncode == EXIT_ERROR
    assert one_error_line(usage.stderr).startswith("hubdesk: error: unrecognized arguments")


@pytest.mark.usefixtures("generate_demo")
def test_demo_with_the_same_seed_and_day_writes_the_same_teams(tmp_path: Path) -> None:
    files = [tmp_path / "a.sqlite", tmp_path / "b.sqlite"]
    for path in files:
        assert main(["demo", str(path), "--seed", "7", "--today", "2026-03-31"]) == EXIT_OK
    dumps = []
    for path in files:
        with Database.open(path) as db, db.read() as session:
            dumps.append([(t.name, t.brn, t.kind) for t in session.query(Team).order_by(Team.id)])
    assert dumps[0] == dumps[1] and len(dumps[0]) == 148
