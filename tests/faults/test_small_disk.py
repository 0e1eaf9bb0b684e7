"""A real full disk under the outputs: a backup, each export format and the agreement
written onto an 8 KB tmpfs.

The outside test saw a traceback and a 3 MB ``.part`` left by a backup, and 36 lines
of ``ZipFile.__del__`` noise from an XLSX export. Each now ends with one plain line on
stderr naming the place and what to do, exit 2, and nothing left on the small disk.

The small disk is a tmpfs mounted in a private mount namespace (``unshare -rm``), so
no root or clean-up is needed; where the system does not allow that, the test skips
and says why.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from faults.figures import FIGURES
from hubdesk.services.demo import generate_demo
from hubdesk.services.people.staff import system_actor
from hubdesk.storage import Database

ROOT = Path(__file__).resolve().parents[2]
SIZE = "8k"
RUN = """
import contextlib, io, json, os, sys
from hubdesk import cli
mount, db, commands = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
results = []
for command in commands:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli.main([part.replace("DB", db).replace("SMALL", mount) for part in command])
    results.append([code, err.getvalue(), sorted(os.listdir(mount))])
print(json.dumps(results))
"""
COMMANDS = {
    "backup": ["backup", "--db", "DB", "-o", "SMALL"],
    "xlsx": ["export", "consultations", "--db", "DB", "--quarter", "2026Q3", "--format", "xlsx",
             "-o", "SMALL/log.xlsx"],
    "csv": ["export", "consultations", "--db", "DB", "--quarter", "2026Q3", "--format", "csv",
            "-o", "SMALL/log.csv"],
    "pdf": ["export", "consultations", "--db", "DB", "--quarter", "2026Q3", "--format", "pdf",
            "-o", "SMALL/log.pdf"],
    "agreement": ["agreement", "--db", "DB", "2026-사업개발-001", "-o", "SMALL/a.pdf"],
}  # fmt: skip


def _unshare() -> str:
    found = shutil.which("unshare")
    if found is None:
        pytest.skip("no unshare command: cannot mount a small disk without root")
    probe = subprocess.run(
        [found, "-rm", "sh", "-c", "mount -t tmpfs -o size=8k tmpfs /mnt"],
        capture_output=True,
        text=True,
    )
    if probe.returncode != 0:
        pytest.skip(f"a private tmpfs is not allowed here: {probe.stderr.strip()}")
    return found


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("small-disk") / "hub.sqlite"
    generate_demo(path, today=date(2026, 11, 24), scale=2)
    with Database.open(path, create=False) as db:
        system_actor(db)  # the command line's account, made at its first use
    return path


def test_every_output_onto_a_full_disk_is_one_plain_line(demo: Path, tmp_path: Path) -> None:
    unshare = _unshare()
    mount = tmp_path / "small"
    mount.mkdir()
    before = _contents(demo)
    script = f'mount -t tmpfs -o size={SIZE} tmpfs "$1" && shift && exec "$@"'
    result = subprocess.run(
        [unshare, "-rm", "sh", "-c", script, "sh", str(mount), sys.executable, "-c", RUN]
        + [str(mount), str(demo), json.dumps(list(COMMANDS.values()))],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    outcomes = dict(zip(COMMANDS, json.loads(result.stdout), strict=True))
    for name, (code, err, left) in outcomes.items():
        assert code == 2, (name, err)
        assert err.count("\n") == 1 and err.startswith("hubdesk: error:"), (name, err)
        assert "disk is full" in err, (name, err)
        assert "Traceback" not in err and "ZipFile" not in err, (name, err)
        assert ".part" not in err, (name, err)  # the file the person named, not ours
        assert left == [], (name, left)
        FIGURES["full disk: outputs refused in one line, nothing left"] += 1
    assert _contents(demo) == before  # the journal's own row came and went


def _contents(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (opening the file may move its pages, not its rows)."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {t: connection.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}
    finally:
        connection.close()
