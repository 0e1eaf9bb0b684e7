"""``generate_demo``: a new HubDesk file that looks like the hub of DOMAIN.md today."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path

from sqlalchemy import insert

from hubdesk.domain.errors import DatabaseFileError, ValidationError
from hubdesk.services.demo.applications import add_applications
from hubdesk.services.demo.consulting import add_consulting
from hubdesk.services.demo.context import Demo
from hubdesk.services.demo.grants import add_grants, write_agreements
from hubdesk.services.demo.people import add_staff, add_teams
from hubdesk.services.demo.procurement import add_procurement
from hubdesk.services.demo.settlements import add_settlements
from hubdesk.services.demo.spaces import add_spaces, add_tenancies
from hubdesk.services.demo.training import add_targets, add_training
from hubdesk.storage import Database
from hubdesk.storage.audit import record_bulk_change
from hubdesk.storage.models import (
    Application,
    Base,
    ChecklistItem,
    Consultant,
    ConsultantField,
    ConsultingSession,
    Disbursement,
    GrantAgreement,
    GrantProgram,
    HubSetting,
    Mou,
    ProcurementTarget,
    Purchase,
    Settlement,
    SettlementExpense,
    Space,
    StaffUser,
    Team,
    TeamStatusChange,
    Tenancy,
    TenancyRenewal,
    TrainingCourse,
    TrainingParticipant,
    WageLine,
    YearlyTarget,
)
from hubdesk.storage.outputs import part_path, remove_stale_parts

Progress = Callable[[str, int, int], None]

# Foreign-key order: every row refers only to rows of earlier tables (or earlier rows).
TABLES: tuple[type[Base], ...] = (
    StaffUser,
    Team,
    TeamStatusChange,
    Space,
    Tenancy,
    TenancyRenewal,
    ChecklistItem,
    Application,
    Mou,
    Consultant,
    ConsultantField,
    ConsultingSession,
    GrantProgram,
    GrantAgreement,
    Disbursement,
    WageLine,
    Settlement,
    SettlementExpense,
    TrainingCourse,
    TrainingParticipant,
    ProcurementTarget,
    Purchase,
    YearlyTarget,
)


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """How many rows the demo data set has in each table."""

    staff_users: int
    teams: int
    team_status_changes: int
    spaces: int
    tenancies: int
    tenancy_renewals: int
    checklist_items: int
    applications: int
    mous: int
    consultants: int
    consultant_fields: int
    consulting_sessions: int
    grant_programs: int
    grant_agreements: int
    disbursements: int
    wage_lines: int
    settlements: int
    settlement_expenses: int
    training_courses: int
    training_participants: int
    procurement_targets: int
    purchases: int
    yearly_targets: int

    @property
    def total(self) -> int:
        return sum(self.counts().values())

    def counts(self) -> dict[str, int]:
        """Table name → rows, in the order the tables are written."""
        return {item.name: int(getattr(self, item.name)) for item in fields(self)}


# The demo hub's director, so printed agreements carry a name rather than a title.
DEMO_SETTINGS = {"director_name": "정민호"}


def _build_grants(demo: Demo) -> None:
    plans = add_grants(demo)
    add_settlements(demo, plans)  # closes agreements whose settlement is done
    write_agreements(demo, plans)


STEPS: tuple[tuple[str, Callable[[Demo], None]], ...] = (
    ("staff", add_staff),
    ("teams", add_teams),
    ("spaces", add_spaces),
    ("tenancies", add_tenancies),
    ("applications", add_applications),
    ("consulting", add_consulting),
    ("grants", _build_grants),
    ("training", add_training),
    ("procurement", add_procurement),
    ("targets", add_targets),  # after procurement: its target sums the departments'
)


def build_demo(
    *,
    scale: int = 1,
    seed: int = 2026,
    today: date | None = None,
    progress: Progress | None = None,
) -> Demo:
    """All rows of the demo data set, in memory (no database)."""
    if isinstance(scale, bool) or not isinstance(scale, int) or scale < 1:
        raise ValidationError(field="scale", reason=f"{scale!r} is not a whole number ≥ 1")
    demo = Demo(seed=seed, scale=scale, today=today or date.today())
    total = len(STEPS) + len(TABLES)
    for done, (name, step) in enumerate(STEPS):
        if progress:
            progress(name, done, total)
        step(demo)
    return demo


def generate_demo(
    path: Path,
    *,
    scale: int = 1,
    seed: int = 2026,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Create a NEW file at ``path`` filled with the demo hub, in one transaction.

    The same ``seed`` and ``today`` give the same rows, byte for byte (the audit
    rows' timestamps aside). ``progress(stage, done, total)`` is called between stages.
    """
    path = Path(path)
    if path.exists():
        raise DatabaseFileError(path=str(path), reason="already exists")
    if not path.parent.is_dir():
        raise DatabaseFileError(path=str(path), reason="the folder does not exist")
    remove_stale_parts(path.parent)  # what killed runs left
    report = progress or (lambda _stage, _done, _total: None)
    total = len(STEPS) + len(TABLES)
    demo = build_demo(scale=scale, seed=seed, today=today, progress=report)
    # Written under a temporary name: a run killed midway leaves no half database.
    part = part_path(path)
    try:
        _write(demo, part, report, len(STEPS), total)
        _claim(part, path)
    finally:
        _remove(part)
    report("done", total, total)
    return DemoSummary(
        **{model.__tablename__: len(demo.table(model.__tablename__)) for model in TABLES}
    )


def _write(demo: Demo, path: Path, report: Progress, done: int, total: int) -> None:
    summary = {"seed": demo.seed, "scale": demo.scale, "today": demo.today.isoformat()}
    with Database.open(path) as db, db.write("demo") as tx:
        for model in TABLES:
            table = model.__tablename__
            report(table, done, total)
            rows = demo.table(table)
            if rows:
                tx.execute(insert(model), rows)
            record_bulk_change(tx, table, {"rows": len(rows), **summary})
            done += 1
        tx.add_all(
            HubSetting(key=key, value=json.dumps(value, ensure_ascii=False))
            for key, value in DEMO_SETTINGS.items()
        )


def _claim(part: Path, path: Path) -> None:
    """Give the finished file its name, unless another file took the name meanwhile."""
    try:
        os.link(part, path)  # fails if ``path`` exists, unlike a rename
    except FileExistsError:
        raise DatabaseFileError(path=str(path), reason="already exists") from None
    except OSError:  # a file system without hard links
        if path.exists():
            raise DatabaseFileError(path=str(path), reason="already exists") from None
        os.replace(part, path)


def _remove(path: Path) -> None:
    """Remove a file this call created but could not fill (and its SQLite side files)."""
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        candidate.unlink(missing_ok=True)
