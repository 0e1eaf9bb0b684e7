"""What trust costs: opening with the integrity check, a backup, listing backups, a sign-in.

A script, not a test:

    uv run python benchmarks/safe_open.py [SCALE ...]     (default: 1 100)

For each scale it writes a demo file into a temporary folder and prints the median of
five runs of each step (one run for the backups list, which reads every backup).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine
from timing import median_ms

from hubdesk.services.demo import generate_demo
from hubdesk.services.demo.people import DEMO_PASSWORD
from hubdesk.services.people.accounts import sign_in
from hubdesk.storage import Database
from hubdesk.storage.backup import BackupReason, backup_folder, list_backups, take_backup

TODAY = date(2026, 11, 24)


def plain_open(path: Path) -> None:
    """The floor: an SQLAlchemy engine that connects and reads one row, nothing else."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        connection.exec_driver_sql("SELECT count(*) FROM alembic_version").scalar()
    engine.dispose()


def measure(folder: Path, scale: int) -> None:
    path = folder / f"demo-{scale}.sqlite"
    generate_demo(path, scale=scale, today=TODAY)
    size = path.stat().st_size / 1_000_000
    print(f"scale {scale} ({size:.1f} MB)")
    print(f"  plain engine open (floor)       {median_ms(lambda: plain_open(path)):8.1f} ms")
    opened = median_ms(lambda: Database.open(path, create=False).close())
    print(f"  Database.open with quick_check  {opened:8.1f} ms")
    moments = iter(datetime(2026, 11, 24, 9) + timedelta(minutes=i) for i in range(100))
    with Database.open(path, create=False) as db:
        backup = median_ms(
            lambda: take_backup(path, BackupReason.TIMER, engine=db.engine, now=next(moments))
        )
        print(f"  online backup + rotation        {backup:8.1f} ms")
        signed = median_ms(lambda: sign_in(db, "staff1", DEMO_PASSWORD))
        print(f"  sign-in (scrypt, 128 MiB)       {signed:8.1f} ms")
    backups = list_backups(backup_folder(path))
    listed = median_ms(lambda: [info.counts() for info in backups], runs=1)
    print(f"  counts of {len(backups)} backups             {listed:8.1f} ms")


def main() -> int:
    scales = [int(arg) for arg in sys.argv[1:]] or [1, 100]
    with tempfile.TemporaryDirectory(prefix="hubdesk-bench-") as folder:
        for scale in scales:
            measure(Path(folder), scale)
    return 0


if __name__ == "__main__":
    sys.exit(main())
