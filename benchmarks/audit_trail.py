"""How fast the audit page's queries are on a long trail, at demo scales 1 and 100.

The demo writes one audit row per table (a bulk summary), so this script first
appends a trail of the kind the desk leaves over two years: ``TRAIL_PER_SCALE``
rows per scale unit (200,000 at scale 100), updates of teams, spaces, tenancies,
sessions and disbursements by the four demo staff members.

    uv run python benchmarks/audit_trail.py [SCALE ...]
"""

from __future__ import annotations

import random
import sys
import tempfile
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select
from timing import median_ms

from hubdesk.domain.audit import AuditAction, AuditQuery, ExportQuery
from hubdesk.services.audit_views import AuditViewService
from hubdesk.services.demo import DEMO_MANAGER, generate_demo
from hubdesk.services.staff import actor_for
from hubdesk.storage import Database
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


def add_trail(db: Database, rows: int, seed: int = 7) -> None:
    """Append ``rows`` plausible audit rows, spread over the two years before TODAY."""
    rng = random.Random(seed)
    with db.write("demo") as session:
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
            if len(batch) == 10_000:
                session.execute(insert(AuditEntry), batch)
                batch = []
        if batch:
            session.execute(insert(AuditEntry), batch)


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
                add_trail(db, TRAIL_PER_SCALE * scale)
                with db.read() as session:
                    sizes[scale] = int(session.scalar(select(func.count(AuditEntry.id))) or 0)
                table[scale] = measure(db)
    print("audit rows: " + ", ".join(f"scale {s}: {n:,}" for s, n in sizes.items()))
    steps = list(next(iter(table.values())))
    print(f"{'step':<36}" + "".join(f"{'scale ' + str(s):>12}" for s in scales))
    for step in steps:
        print(f"{step:<36}" + "".join(f"{table[s][step]:>9.1f} ms" for s in scales))


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [1, 100])
