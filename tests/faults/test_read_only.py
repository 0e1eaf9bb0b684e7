"""A read-only file, and a file in a read-only folder (WAL needs its -wal and -shm files).

Each runs in a child process, since root ignores file modes: as root, the child runs
under ``setpriv`` without the capabilities that override them. The outcome must be a
plain typed refusal, never a crash or a driver error, and the file must stay as it was.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from support.hub import make_hub

from faults.figures import FIGURES
from hubdesk.storage import Database

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("probe.py")
TECHNICAL = ("sqlite3", "Traceback", "SQL:", "sqlalche.me", "OperationalError")

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def _powerless() -> list[str]:
    """The prefix that runs a command without root's power over file modes."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: file modes cannot be enforced")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search", "--"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [*_powerless(), sys.executable, *args], capture_output=True, text=True, env=env, timeout=60
    )


@pytest.fixture(scope="module")
def hub_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("hub") / "hub.sqlite"
    with Database.open(path) as db:
        make_hub(db)
    return path.read_bytes()


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "shared"
    folder.mkdir()
    yield folder
    folder.chmod(0o755)  # so pytest can remove it


def _read_only(path: Path) -> None:
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH | (stat.S_IXUSR if path.is_dir() else 0))
    probe = run("-c", f"open({str(path / 'x') if path.is_dir() else str(path)!r}, 'a')")
    if probe.returncode == 0:
        pytest.skip("this process cannot give up its power over file modes")


def probe(path: Path) -> dict[str, Any]:
    """What opening, writing and ``hubdesk check`` do with ``path`` (see probe.py)."""
    result = run(str(PROBE), str(path))
    assert result.returncode == 0, result.stderr
    answer: dict[str, Any] = json.loads(result.stdout)
    return answer


def assert_check_is_plain(check: list[Any]) -> None:
    """``hubdesk check`` reads the file (exit 0) or refuses in one plain line (exit 2)."""
    code, _out, err = check
    assert code in (0, 2), check
    assert not any(word in err for word in TECHNICAL), err
    if code == 2:
        assert err.count("\n") == 1 and err.startswith("hubdesk: error:"), err
    FIGURES["read-only: check runs without a traceback"] += 1


def test_read_only_folder_is_refused_in_plain_words(folder: Path, hub_bytes: bytes) -> None:
    path = folder / "hub.sqlite"
    path.write_bytes(hub_bytes)
    _read_only(folder)
    answer = probe(path)
    reason = f"{path}: the file or its folder is read-only"
    assert answer["open"] == f"HubDeskError DatabaseFileError: {reason}", answer
    assert answer["check"] == [2, "", f"hubdesk: error: {reason}\n"]
    assert path.read_bytes() == hub_bytes


def test_read_only_file_is_refused_or_opened_read_only(folder: Path, hub_bytes: bytes) -> None:
    path = folder / "hub.sqlite"
    path.write_bytes(hub_bytes)
    _read_only(path)
    answer = probe(path)
    assert_check_is_plain(answer["check"])
    assert path.read_bytes() == hub_bytes
    assert answer["open"].startswith("HubDeskError") or (
        answer["open"] == "ok" and answer["write"].startswith("HubDeskError")
    ), answer


SIGN_IN = """
import json, sys
from datetime import datetime
from hubdesk.domain.errors import HubDeskError
from hubdesk.services.people.accounts import sign_in
from hubdesk.storage import Database

answers = []
with Database.open(sys.argv[1], create=False, read_only=True) as db:
    for password in ["wrong-password"] * 5 + ["금천허브-2026"]:
        try:
            answers.append(sign_in(db, "minji", password, now=datetime(2026, 11, 25, 9)).username)
        except HubDeskError as error:
            answers.append(f"{type(error).__name__} {error.values.get('attempts_left', '')}")
print(json.dumps(answers))
"""


def test_sign_in_to_a_file_nobody_can_write_still_locks(folder: Path) -> None:
    """Nothing can be saved, so the count is kept in memory while the file is open."""
    from hubdesk.domain.enums import StaffRole
    from hubdesk.services.people.accounts import AccountService

    path = folder / "hub.sqlite"
    with Database.open(path) as db:
        hub = make_hub(db)
        AccountService(db, hub.director).add("minji", "김민지", StaffRole.STAFF, "금천허브-2026")
    before = path.read_bytes()
    _read_only(path)
    result = run("-c", SIGN_IN, str(path))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        "WrongPassword 4",
        "WrongPassword 3",
        "WrongPassword 2",
        "WrongPassword 1",
        "AccountLocked ",
        "AccountLocked ",  # the right password too, while locked
    ]
    assert path.read_bytes() == before
