"""kill -9 a writer in the middle of its batches, many times over, on the same file.

After every kill the file must pass SQLite's integrity check and ``hubdesk check``'s rules,
and every batch must be whole or absent: each batch's teams number ``ROWS_PER_BATCH``,
each has its audit row, and the ledger (raised in the same transaction) equals the count.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from faults.figures import FIGURES, rounds
from faults.forked import Forker, forker
from hubdesk.services.hub.checks import check_database
from hubdesk.storage import Database

KILLS = 30
ROWS_PER_BATCH = 12
MAX_DELAY_S = 0.15  # after the child opened the file: most kills land while it writes
EARLY_KILLS = 0.2  # the share of kills right after the fork, while the child opens the file
WRITER = Path(__file__).with_name("writer.py")


@pytest.fixture
def writer(tmp_path: Path, template_db: Path) -> Iterator[tuple[Forker, Path]]:
    path = tmp_path / "killed.sqlite"
    path.write_bytes(template_db.read_bytes())
    with forker(WRITER, [str(path), str(ROWS_PER_BATCH)]) as process:
        yield process, path


def _integrity_ok(path: Path) -> bool:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        connection.close()


def _half_batches(path: Path) -> tuple[int, int]:
    """(batches whose team count or audit count is not whole, batches present)."""
    connection = sqlite3.connect(path)
    try:
        teams = dict(
            connection.execute(
                "SELECT substr(name, 1, 14), count(*) FROM teams WHERE name LIKE 'k%-b%' GROUP BY 1"
            ).fetchall()
        )
        audited = connection.execute(
            "SELECT count(*) FROM audit_log a JOIN teams t ON a.record_id = t.id "
            "WHERE a.table_name = 'teams' AND a.action = 'insert' AND t.name LIKE 'k%-b%'"
        ).fetchone()[0]
        ledger = connection.execute(
            "SELECT value FROM hub_settings WHERE key = 'fault_ledger'"
        ).fetchone()
    finally:
        connection.close()
    rows = sum(teams.values())
    half = sum(1 for count in teams.values() if count != ROWS_PER_BATCH)
    if audited != rows or (json.loads(ledger[0]) if ledger else 0) != rows:
        half += 1
    return half, len(teams)


def _kill_once(writer: Forker, round_no: int, rng: random.Random) -> int:
    """Start a writer child, SIGKILL it at a random moment; return its wait status."""
    writer.ask(f"go {round_no}")
    (pid,) = writer.reply("pid")
    if rng.random() < EARLY_KILLS:
        time.sleep(rng.uniform(0, 0.05))
    else:
        writer.reply("ready", pid)
        time.sleep(rng.uniform(0, MAX_DELAY_S))
    os.kill(int(pid), signal.SIGKILL)
    writer.ask(f"wait {pid}")
    return int(writer.reply("dead", pid)[1])


def test_killed_writer_never_leaves_a_damaged_file_or_half_a_batch(
    writer: tuple[Forker, Path],
) -> None:
    process, path = writer
    rng = random.Random(int(os.environ.get("HUBDESK_FAULT_SEED", "20261124")))
    kills = corrupt = half = rule_breaks = 0
    batches_before = 0
    grew = 0
    for round_no in range(KILLS * rounds()):
        status = _kill_once(process, round_no, rng)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
            f"the writer stopped by itself (status {status}) instead of being killed"
        )
        kills += 1
        if not _integrity_ok(path):
            corrupt += 1
            continue
        with Database.open(path, create=False) as db:
            rule_breaks += len(check_database(db))
        broken, batches = _half_batches(path)
        half += broken
        grew += batches > batches_before
        batches_before = batches
    FIGURES["kill: writers killed (SIGKILL)"] += kills
    FIGURES["kill: corrupt files"] += corrupt
    FIGURES["kill: half batches"] += half
    FIGURES["kill: check violations"] += rule_breaks
    FIGURES["kill: whole batches committed"] += batches_before
    FIGURES["kill: kills after new commits"] += grew
    assert (corrupt, half, rule_breaks) == (0, 0, 0)
    # The kills must really interrupt writing, not only start-ups.
    assert batches_before > kills and grew > 0
