"""kill -9 HubDesk while it writes a demo file, a backup, a restore or an export.

Each kind is killed ``KILLS`` times at a random moment of its work (the delay is drawn
from how long one whole run took here). After every kill:

- demo: the demo file is absent or whole (its row counts);
- backup: every backup the list shows passes the integrity check;
- restore: the live file is intact and holds either its old contents or the backup's;
- export: once the file is opened again (which finishes or removes interrupted
  outputs), every exported file has its export-log row, every logged file exists and
  reads back whole.

Then one more run of the same kind must leave no temporary file of the killed ones.
"""

from __future__ import annotations

import csv
import os
import random
import shutil
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from faults.figures import FIGURES, rounds
from faults.forked import Forker, forker
from hubdesk.services.demo import generate_demo
from hubdesk.storage import Database
from hubdesk.storage.backup import (
    BackupReason,
    backup_folder,
    check_integrity,
    list_backups,
    take_backup,
)

KILLS = 100
WORKER = Path(__file__).with_name("output_worker.py")
TODAY = "2026-11-24"
EXPORTS = ("export-xlsx", "export-csv", "export-pdf", "agreement")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from datetime import date

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    generate_demo(path, today=date.fromisoformat(TODAY))
    return path


@pytest.fixture
def hub_copy(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "hub" / "hub.sqlite"
    path.parent.mkdir()
    shutil.copy(demo_file, path)
    return path


@pytest.fixture
def worker(hub_copy: Path, tmp_path: Path) -> Iterator[tuple[Forker, Path, Path]]:
    out = tmp_path / "out"
    out.mkdir()
    with forker(WORKER, [str(hub_copy), str(hub_copy), str(out)]) as process:
        yield process, hub_copy, out


def _parts(*folders: Path) -> list[Path]:
    """Temporary files (and their SQLite side files) left in ``folders``."""
    return sorted(p for folder in folders for p in folder.glob(".*") if ".part" in p.name)


def _kill_many(
    worker: Forker, command: Callable[[int], str], check: Callable[[int, bool], None]
) -> int:
    """Kill ``KILLS`` runs at random moments, calling ``check(round, killed)`` after
    each; the number of runs that finished before their kill."""
    rng = random.Random(int(os.environ.get("HUBDESK_FAULT_SEED", "20261204")))
    whole = worker.run_whole(command(0))
    check(0, False)
    kills, finished, round_no = 0, 0, 1
    while kills < KILLS * rounds():
        killed = worker.kill_after(command(round_no), rng.uniform(0, whole))
        kills += killed
        finished += not killed
        check(round_no, killed)
        round_no += 1
    return finished


def _integrity_ok(path: Path) -> bool:
    return check_integrity(path) is None


def _counts(path: Path) -> tuple[int, ...]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables = ("teams", "tenancies", "consulting_sessions", "grant_agreements", "audit_log")
        return tuple(connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables)
    finally:
        connection.close()


def test_killed_demo_leaves_no_half_database(worker: tuple[Forker, Path, Path]) -> None:
    process, _hub, out = worker
    whole: list[tuple[int, ...]] = []
    tally = {"corrupt": 0, "half": 0}

    def check(round_no: int, killed: bool) -> None:
        path = out / f"demo-{round_no:04d}.sqlite"
        if not path.exists():
            assert killed, "a finished demo run left no file"
            return
        if not _integrity_ok(path):
            tally["corrupt"] += 1
        elif whole and _counts(path) != whole[0]:
            tally["half"] += 1
        whole.append(_counts(path))

    finished = _kill_many(process, lambda n: f"demo {n}", check)
    process.run_whole("demo 9999")  # the next run cleans up after the killed ones
    leftovers = _parts(out)
    FIGURES["kill outputs: demo runs killed"] += KILLS * rounds()
    FIGURES["kill outputs: demo runs finished before the kill"] += finished
    FIGURES["kill outputs: demo corrupt files"] += tally["corrupt"]
    FIGURES["kill outputs: demo half databases"] += tally["half"]
    FIGURES["kill outputs: demo leftover files"] += len(leftovers)
    assert (tally["corrupt"], tally["half"], leftovers) == (0, 0, [])


def test_killed_backup_leaves_only_whole_backups(worker: tuple[Forker, Path, Path]) -> None:
    process, hub, _out = worker
    folder = backup_folder(hub)
    damaged: set[Path] = set()

    def check(_round_no: int, _killed: bool) -> None:
        damaged.update(info.path for info in list_backups(folder) if not info.is_intact())

    finished = _kill_many(process, lambda _n: "backup 0", check)
    process.run_whole("backup 0")
    leftovers = _parts(folder)
    FIGURES["kill outputs: backups killed"] += KILLS * rounds()
    FIGURES["kill outputs: backups finished before the kill"] += finished
    FIGURES["kill outputs: backups listed but damaged"] += len(damaged)
    FIGURES["kill outputs: backup leftover files"] += len(leftovers)
    assert (sorted(damaged), leftovers) == ([], [])


def test_killed_restore_leaves_the_old_or_the_new_contents(
    worker: tuple[Forker, Path, Path], tmp_path: Path
) -> None:
    process, hub, _out = worker
    states = _two_states(hub, tmp_path)
    tally = {"corrupt": 0, "half": 0}
    current = {"state": _counts(hub)}

    def command(_round_no: int) -> str:
        other = next(path for path, counts in states.items() if counts != current["state"])
        return f"restore 0 {other}"

    def check(_round_no: int, _killed: bool) -> None:
        if not _integrity_ok(hub):
            tally["corrupt"] += 1
            return
        current["state"] = _counts(hub)
        tally["half"] += current["state"] not in states.values()

    finished = _kill_many(process, command, check)
    process.run_whole(command(0))
    folder = backup_folder(hub)
    safety_damaged = [info.path for info in list_backups(folder) if not info.is_intact()]
    leftovers = _parts(folder, hub.parent)
    FIGURES["kill outputs: restores killed"] += KILLS * rounds()
    FIGURES["kill outputs: restores finished before the kill"] += finished
    FIGURES["kill outputs: restore corrupt files"] += tally["corrupt"]
    FIGURES["kill outputs: restore half contents"] += tally["half"]
    FIGURES["kill outputs: restore leftover files"] += len(leftovers)
    assert (tally["corrupt"], tally["half"], safety_damaged, leftovers) == (0, 0, [], [])


def _two_states(hub: Path, tmp_path: Path) -> dict[Path, tuple[int, ...]]:
    """Two backups of ``hub`` that differ (one team apart), and their row counts."""
    from hubdesk.services.people.staff import system_actor
    from hubdesk.services.people.teams import TeamDraft, TeamService

    first = take_backup(hub, BackupReason.MANUAL, folder=tmp_path / "states").path
    with Database.open(hub, create=False) as db:
        TeamService(db, system_actor(db)).add(TeamDraft("복원시험팀", "cooperative", "김시험"))
    second = take_backup(hub, BackupReason.MANUAL, folder=tmp_path / "states2").path
    return {first: _counts(first), second: _counts(second)}


def test_killed_export_is_logged_with_its_file_or_absent(
    worker: tuple[Forker, Path, Path],
) -> None:
    process, hub, out = worker
    tally = {"unlogged": 0, "half": 0, "missing": 0}

    def command(round_no: int) -> str:
        return f"{EXPORTS[round_no % len(EXPORTS)]} {round_no}"

    def check(_round_no: int, _killed: bool) -> None:
        Database.open(hub, create=False).close()  # the next open finishes what it can
        logged = _logged_targets(hub)
        files = {p for p in out.iterdir() if not p.name.startswith(".")}
        tally["unlogged"] = len(files - logged)
        tally["missing"] = len({p for p in logged if p.parent == out} - files)
        tally["half"] = sum(not _reads_back(p) for p in files)

    finished = _kill_many(process, command, check)
    leftovers = _parts(out)
    FIGURES["kill outputs: exports killed"] += KILLS * rounds()
    FIGURES["kill outputs: exports finished before the kill"] += finished
    FIGURES["kill outputs: exports without an export-log row"] += tally["unlogged"]
    FIGURES["kill outputs: logged exports without their file"] += tally["missing"]
    FIGURES["kill outputs: half exported files"] += tally["half"]
    FIGURES["kill outputs: export leftover files"] += len(leftovers)
    assert tally == {"unlogged": 0, "half": 0, "missing": 0} and leftovers == []


def _logged_targets(hub: Path) -> set[Path]:
    connection = sqlite3.connect(f"{hub.as_uri()}?mode=ro", uri=True)
    try:
        return {Path(target) for (target,) in connection.execute("SELECT target FROM export_log")}
    finally:
        connection.close()


def _reads_back(path: Path) -> bool:
    """The file is whole: a PDF with pages, a workbook whose archive tests clean, a CSV
    that ends its last row."""
    try:
        if path.suffix == ".pdf":
            return len(PdfReader(path).pages) > 0
        if path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as archive:
                return archive.testzip() is None
        text = path.read_text(encoding="utf-8-sig")
        return text.endswith("\n") and len(list(csv.reader(text.splitlines()))) > 1
    except Exception:  # noqa: BLE001 - anything unreadable is a half file
        return False
