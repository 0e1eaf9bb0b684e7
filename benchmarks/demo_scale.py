"""Time ``generate_demo`` and the whole-file rule check at scales 1, 10 and 100.

A script, not a test:

    uv run python benchmarks/demo_scale.py [SCALE ...]

Writes each file into a temporary folder, prints seconds, rows and file size, and
deletes the files afterwards.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from hubdesk.services.demo import generate_demo
from hubdesk.services.hub.checks import check_database
from hubdesk.storage import Database

TODAY = date(2026, 11, 24)


def measure(folder: Path, scale: int) -> None:
    path = folder / f"demo-{scale}.sqlite"
    started = time.perf_counter()
    summary = generate_demo(path, scale=scale, today=TODAY)
    seconds = time.perf_counter() - started
    size = path.stat().st_size / 1_000_000
    print(
        f"scale {scale:>4}: {seconds:7.2f} s  {summary.total:>9,} rows  "
        f"({summary.teams:,} teams, {summary.consulting_sessions:,} sessions, "
        f"{summary.checklist_items:,} checklist items)  {size:.1f} MB",
        flush=True,
    )
    started = time.perf_counter()
    with Database.open(path) as db:
        violations = check_database(db)
    seconds = time.perf_counter() - started
    print(f"            check: {seconds:7.2f} s  {len(violations)} violation(s)", flush=True)


def main(argv: list[str]) -> int:
    scales = [int(arg) for arg in argv] or [1, 10, 100]
    with tempfile.TemporaryDirectory(prefix="hubdesk-bench-") as folder:
        for scale in scales:
            measure(Path(folder), scale)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
