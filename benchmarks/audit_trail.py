"""How fast the audit page's queries and the hash chain are on a long trail, at demo
scales 1 and 100.

The demo writes one audit row per table (a bulk summary), so this script first
appends a trail of the kind the desk leaves over two years: ``TRAIL_PER_SCALE``
rows per scale unit (200,000 at scale 100), updates of teams, spaces, tenancies,
sessions and disbursements by the four demo staff members.

    uv run python benchmarks/audit_trail.py [SCALE ...]

The chain's figures stand beside their floors: appending a batch beside a plain
INSERT of the same rows, checking the chain beside reading the same rows.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select, text
from timing import median_ms

from hubdesk.domain.audit import AuditAction, AuditQuery, ExportQuery
from hubdesk.services.demo import DEMO_MANAGER, generate_demo
from hubdesk.services.hub.audit_views import AuditViewService
from hubdesk.services.people.staff import actor_for
from hubdesk.storage import Database, chain
from hubdesk.storage.models import (
    AuditEntry,
    ConsultingSession,
    Disbursement,
    Space,
    StaffUser,
    Team,
    Tenancy,
)

TODAY = date(2026, 11, 24)
TRAIL_PER_SCALE = 2_000
REPEATS = 5
_FIELDS = {
    "teams": (("representative", ["김민수", "이영희"]), ("employees", [3, 4]), ("phone", None)),
    "spaces": (("monthly_fee", [300_000, 320_000]), ("active", [True, False])),
    "tenancies": (("end_date", ["2026-12-31", "2027-12-31"]), ("status", ["active", "ended"])),
    "consulting_sessions": (("status", ["scheduled", "completed"]), ("summary", ["", "상담 요약"])),
    "disbursements": (("status", ["requested", "approved"]), ("amount", [1_000_000, 900_000])),
}
_MODELS = {
    "teams": Team,
    "spaces": Space,
    "tenancies": Tenancy,
    "consulting_sessions": ConsultingSession,
    "disbursements": Disbursement,
}


def trail_rows(db: Database, rows: int, seed: int = 7) -> list[dict[str, object]]:
    """``rows`` plausible audit rows, spread over the two years before TODAY."""
    rng = random.Random(seed)
    with db.read() as session:
        users = list(session.scalars(select(StaffUser.username)))
        ids = {table: list(session.scalars(select(m.id))) for table, m in _MODELS.items()}
    start = datetime.combine(TODAY - timedelta(days=730), datetime.min.time())
    batch = []
    for number in range(rows):
        table = rng.choice(list(_MODELS))
        field, values = rng.choice(_FIELDS[table])
        old, new = values or ["010-1234-5678", "010-8765-4321"]
        batch.append(
            {
                "at": start + timedelta(seconds=number * 730 * 86_400 // max(rows, 1)),
                "username": rng.choice(users),
                "action": AuditAction.UPDATE.value,
                "table_name": table,
                "record_id": str(rng.choice(ids[table])),
                "changes": {field: [old, new]},
            }
        )
    return batch


def add_trail(db: Database, rows: list[dict[str, object]]) -> float:
    """Append ``rows`` to the chain, 10,000 a statement; seconds it took."""
    started = time.perf_counter()
    with db.write("demo") as session:
        for first in range(0, len(rows), 10_000):
            chain.append(session.connection(), "audit_log", rows[first : first + 10_000])
    return time.perf_counter() - started


def chain_figures(db: Database, rows: list[dict[str, object]]) -> dict[str, float]:
    """The chain beside its floors (the floor's rows are rolled back)."""
    sample = rows[:10_000]
    results = {"append 10,000 (floor: plain insert)": 0.0}

    def plain_insert() -> None:
        with db.engine.connect() as connection, connection.begin() as transaction:
            numbered = [{**row, "chain_hash": "0" * 64} for row in sample]
            connection.execute(insert(AuditEntry), numbered)
            transaction.rollback()

    def chained_insert() -> None:
        with db.engine.connect() as connection, connection.begin() as transaction:
            chain.append(connection, "audit_log", sample)
            transaction.rollback()

    results["append 10,000 (floor: plain insert)"] = timed(plain_insert, 3)
    results["append 10,000 chained"] = timed(chained_insert, 3)
    sql = text("SELECT * FROM audit_log ORDER BY id")
    with db.engine.connect() as connection:
        results["read the whole trail (floor)"] = timed(
            lambda: connection.execute(sql).fetchall(), 3
        )
        results["check the whole chain"] = timed(
            lambda: list(chain.verify(connection, "audit_log")), 3
        )
    return results


def timed(step: Callable[[], object], repeats: int = REPEATS) -> float:
    return median_ms(step, repeats)


def measure(db: Database) -> dict[str, float]:
    service = AuditViewService(db, actor_for(db, DEMO_MANAGER))
    month = AuditQuery(start=TODAY - timedelta(days=30), end=TODAY)
    queries = {
        "everything": AuditQuery(),
        "one staff member": AuditQuery(username=DEMO_MANAGER),
        "one table": AuditQuery(table="spaces"),
        "last 30 days": month,
        "search 이영희": AuditQuery(text="이영희"),
        "search team name": AuditQuery(text="협동조합"),
    }
    results: dict[str, float] = {}
    for name, query in queries.items():
        results[f"count: {name}"] = timed(lambda q=query: service.count(q))
        results[f"first 200: {name}"] = timed(lambda q=query: service.search(q, 0, 200))
    results["rows 10,000-10,200"] = timed(lambda: service.search(AuditQuery(), 10_000, 200))
    results["staff list"] = timed(service.staff)
    results["export log page"] = timed(lambda: service.exports(ExportQuery(), 0, 200))
    return results


def main(scales: list[int]) -> None:
    table: dict[int, dict[str, float]] = {}
    sizes: dict[int, int] = {}
    with tempfile.TemporaryDirectory(prefix="hubdesk-bench-") as name:
        for scale in scales:
            path = Path(name) / f"demo-{scale}.sqlite"
            generate_demo(path, scale=scale, today=TODAY)
            with Database.open(path, create=False) as db:
                rows = trail_rows(db, TRAIL_PER_SCALE * scale)
                seconds = add_trail(db, rows)
                with db.read() as session:
                    sizes[scale] = int(session.scalar(select(func.count(AuditEntry.id))) or 0)
                print(f"scale {scale}: {len(rows):,} chained audit rows in {seconds:.2f} s")
                table[scale] = measure(db) | chain_figures(db, rows)
    print("audit rows: " + ", ".join(f"scale {s}: {n:,}" for s, n in sizes.items()))
    steps = list(next(iter(table.values())))
    print(f"{'step':<36}" + "".join(f"{'scale ' + str(s):>12}" for s in scales))
    for step in steps:
        print(f"{step:<36}" + "".join(f"{table[s][step]:>9.1f} ms" for s in scales))


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [1, 100])
