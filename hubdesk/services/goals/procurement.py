"""Public procurement (공공구매): each district department's yearly target for buying from
social-economy enterprises (부서별 공공구매 목표제), the purchases, and the views a
department reports (by department, month by month, by enterprise kind and category).

Targets are the district's plan: only administrators set them (as the hub's settings
and yearly targets). Any staff member records purchases. Every view is one grouped
SQL query per figure; money is whole won.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from hubdesk.domain.enums import PurchaseCategory, TeamKind
from hubdesk.domain.errors import RecordChanged, ValidationError
from hubdesk.domain.goals import DepartmentProcurement, MonthFigure, PurchaseRecord
from hubdesk.services.core.base import (
    Service,
    check_count,
    clean_text,
    containing,
    get_or_raise,
    plain_rows,
)
from hubdesk.services.core.boundary import typed_boundary
from hubdesk.services.goals.goals import check_goal_day, check_year
from hubdesk.storage.models import ProcurementTarget, Purchase, Team

MAX_AMOUNT = 10**13  # won: far above any district's yearly purchases
DEPARTMENT_LENGTH = 60


@dataclass(frozen=True, slots=True)
class DepartmentTarget:
    """A department's target of a year, with the version an edit of it must name."""

    id: int
    year: int
    department: str
    amount: int
    version: int


def _in_year(column: Any, year: int) -> ColumnElement[bool]:
    return column.between(date(year, 1, 1), date(year, 12, 31))  # type: ignore[no-any-return]


def _target_record(row: ProcurementTarget) -> DepartmentTarget:
    return DepartmentTarget(row.id, row.year, row.department, row.target_amount, row.version)


PURCHASE_COLUMNS = (
    Purchase.id,
    Purchase.purchased_on,
    Purchase.department,
    Purchase.enterprise_name,
    Purchase.team_id,
    Purchase.enterprise_kind,
    Purchase.category,
    Purchase.amount,
    Purchase.evidence,
    Purchase.version,
)


def _purchase_of(row: Any) -> PurchaseRecord:
    values = list(row)
    values[5] = TeamKind(values[5])
    values[6] = PurchaseCategory(values[6])
    return PurchaseRecord(*values)


def _purchase_record(row: Purchase) -> PurchaseRecord:
    return PurchaseRecord(
        row.id,
        row.purchased_on,
        row.department,
        row.enterprise_name,
        row.team_id,
        TeamKind(row.enterprise_kind),
        PurchaseCategory(row.category),
        row.amount,
        row.evidence,
        row.version,
    )


def _department(value: str) -> str:
    return clean_text(value, "department", max_length=DEPARTMENT_LENGTH)


@dataclass(frozen=True, slots=True)
class PurchaseDraft:
    """A purchase as typed: what ``add_purchase`` and ``update_purchase`` take. With
    ``team_id`` (one of the hub's teams) a blank name and a None kind are the team's."""

    purchased_on: date
    department: str
    enterprise_name: str
    enterprise_kind: TeamKind | None
    category: PurchaseCategory
    amount: int
    evidence: str = ""
    team_id: int | None = None


def purchase_draft_of(record: PurchaseRecord) -> PurchaseDraft:
    """The draft that would save ``record``'s values again (undo of an edit)."""
    return PurchaseDraft(
        **{field.name: getattr(record, field.name) for field in fields(PurchaseDraft)}
    )


def _purchase_values(tx: Session, draft: PurchaseDraft) -> dict[str, Any]:
    """A purchase's columns as checked; the enterprise's name and kind default from its
    team when ``team_id`` is given."""
    kind, team_id = draft.enterprise_kind, draft.team_id
    name = clean_text(draft.enterprise_name, "enterprise_name", required=team_id is None)
    if team_id is not None:
        team = get_or_raise(tx, Team, team_id, "team")
        name = name or team.name
        kind = kind if kind is not None else TeamKind(team.kind)
    if kind is None:
        raise ValidationError(field="enterprise_kind", reason="must be given without a team")
    return {
        "purchased_on": check_goal_day(draft.purchased_on, "purchased_on"),
        "department": _department(draft.department),
        "enterprise_name": name,
        "team_id": team_id,
        "enterprise_kind": TeamKind(kind),
        "category": PurchaseCategory(draft.category),
        "amount": check_count(draft.amount, "amount", minimum=1, maximum=MAX_AMOUNT),
        "evidence": clean_text(
            draft.evidence, "evidence", required=False, max_length=2000, multiline=True
        ),
    }


def _department_year(
    department: str,
    year: int,
    planned: dict[tuple[int, str], int],
    sums: dict[tuple[str, PurchaseCategory], int],
) -> DepartmentProcurement:
    by_category = tuple((c, sums.get((department, c), 0)) for c in PurchaseCategory)
    return DepartmentProcurement(
        department,
        planned.get((year, department), 0),
        sum(amount for _, amount in by_category),
        planned.get((year + 1, department)),
        by_category,
    )


@typed_boundary
class ProcurementService(Service):
    # --- targets -----------------------------------------------------------------------

    def set_target(
        self, year: int, department: str, amount: int, *, version: int | None = None
    ) -> DepartmentTarget:
        """Set (or add) a department's target for ``year``. Administrators only.
        ``version``: the target as the editor read it, 0 when it read none (None: whatever
        is stored); another administrator's save in between is refused (RecordChanged)."""
        self._require_administrator("set procurement targets")
        check_year(year)
        department = _department(department)
        check_count(amount, "amount", maximum=MAX_AMOUNT)
        with self._write() as tx:
            row = tx.scalars(
                select(ProcurementTarget).where(
                    ProcurementTarget.year == year, ProcurementTarget.department == department
                )
            ).first()
            if row is None and version:  # removed since it was read
                raise RecordChanged(entity="procurement target", key=f"{year} {department}")
            if row is None:
                row = ProcurementTarget(year=year, department=department, target_amount=amount)
                tx.add(row)
            elif version is not None and row.version != version:
                raise RecordChanged(entity="procurement target", key=f"{year} {department}")
            else:
                row.target_amount = amount
            tx.flush()
            return _target_record(row)

    def remove_target(self, target_id: int, version: int) -> DepartmentTarget:
        """Delete a department's target (its purchases stay). Administrators only."""
        self._require_administrator("set procurement targets")
        with self._write() as tx:
            row = get_or_raise(tx, ProcurementTarget, target_id, "procurement target")
            if row.version != version:
                raise RecordChanged(entity="procurement target", key=row.department)
            record = _target_record(row)
            tx.delete(row)
            return record

    def targets(self, year: int) -> list[DepartmentTarget]:
        """The departments' targets of ``year``, by department name."""
        check_year(year)
        query = (
            select(ProcurementTarget)
            .where(ProcurementTarget.year == year)
            .order_by(ProcurementTarget.department)
        )
        with self._read() as tx:
            return [_target_record(row) for row in tx.scalars(query)]

    # --- purchases ---------------------------------------------------------------------

    def add_purchase(self, draft: PurchaseDraft) -> PurchaseRecord:
        """Record a purchase."""
        with self._write() as tx:
            row = Purchase(**_purchase_values(tx, draft))
            tx.add(row)
            tx.flush()
            return _purchase_record(row)

    def update_purchase(
        self, purchase_id: int, version: int, draft: PurchaseDraft
    ) -> PurchaseRecord:
        """Save an edit made on ``version``."""
        with self._write() as tx:
            row = self._purchase_at(tx, purchase_id, version)
            for key, value in _purchase_values(tx, draft).items():
                setattr(row, key, value)
            tx.flush()
            return _purchase_record(row)

    def remove_purchase(self, purchase_id: int, version: int) -> PurchaseRecord:
        with self._write() as tx:
            row = self._purchase_at(tx, purchase_id, version)
            record = _purchase_record(row)
            tx.delete(row)
            return record

    def _purchase_at(self, tx: Session, purchase_id: int, version: int) -> Purchase:
        row = get_or_raise(tx, Purchase, purchase_id, "purchase")
        if row.version != version:
            raise RecordChanged(entity="purchase", key=purchase_id)
        return row

    def purchase(self, purchase_id: int) -> PurchaseRecord:
        with self._read() as tx:
            return _purchase_record(get_or_raise(tx, Purchase, purchase_id, "purchase"))

    def purchases(
        self, year: int, department: str | None = None, search: str = ""
    ) -> list[PurchaseRecord]:
        """The purchases of ``year`` (of one department), whose enterprise, department or
        evidence note contains ``search``; by date."""
        check_year(year)
        query = (
            select(*PURCHASE_COLUMNS)
            .where(_in_year(Purchase.purchased_on, year))
            .order_by(Purchase.purchased_on, Purchase.id)
        )
        if department is not None:
            query = query.where(Purchase.department == department)
        found = containing(search, Purchase.enterprise_name, Purchase.department, Purchase.evidence)
        if found is not None:
            query = query.where(found)
        with self._read() as tx:
            return [_purchase_of(row) for row in plain_rows(tx, query)]

    # --- views -------------------------------------------------------------------------

    def by_department(self, year: int) -> list[DepartmentProcurement]:
        """Every department with a target in ``year`` or the next, or a purchase in ``year``
        (a department new in the plan is in the plan's sheet): its target (0 without
        one), what it bought (in all and by goods, services and works), and its target of
        the next year (the plan), by name."""
        check_year(year)
        targets = select(
            ProcurementTarget.year, ProcurementTarget.department, ProcurementTarget.target_amount
        ).where(ProcurementTarget.year.in_((year, year + 1)))
        bought = (
            select(Purchase.department, Purchase.category, func.sum(Purchase.amount))
            .where(_in_year(Purchase.purchased_on, year))
            .group_by(Purchase.department, Purchase.category)
        )
        with self._read() as tx:
            planned = {(y, d): int(a) for y, d, a in plain_rows(tx, targets)}
            sums = {(d, PurchaseCategory(c)): int(a) for d, c, a in plain_rows(tx, bought)}
        departments = sorted({d for _y, d in planned} | {d for d, _ in sums})
        return [_department_year(d, year, planned, sums) for d in departments]

    def total_target(self, year: int) -> int | None:
        """The sum of the departments' targets of ``year``; None without any."""
        check_year(year)
        query = select(func.sum(ProcurementTarget.target_amount)).where(
            ProcurementTarget.year == year
        )
        with self._read() as tx:
            total = tx.scalar(query)
        return None if total is None else int(total)

    def monthly_running(self, year: int) -> list[MonthFigure]:
        """Twelve months: the year's purchases up to each month's end, against the year's
        total target (the departments' targets; None without any)."""
        check_year(year)
        month = func.extract("month", Purchase.purchased_on)
        query = (
            select(month, func.sum(Purchase.amount))
            .where(_in_year(Purchase.purchased_on, year))
            .group_by(month)
        )
        with self._read() as tx:
            by_month = {int(m): int(a) for m, a in plain_rows(tx, query)}
        of = self.total_target(year)
        running, figures = 0, []
        for number in range(1, 13):
            running += by_month.get(number, 0)
            figures.append(MonthFigure(number, running, of))
        return figures

    def by_kind(self, year: int) -> list[tuple[TeamKind, int]]:
        """The year's purchases by enterprise kind, the largest first (kinds bought from)."""
        check_year(year)
        total = func.sum(Purchase.amount)
        query = (
            select(Purchase.enterprise_kind, total)
            .where(_in_year(Purchase.purchased_on, year))
            .group_by(Purchase.enterprise_kind)
            .order_by(total.desc(), Purchase.enterprise_kind)
        )
        with self._read() as tx:
            return [(TeamKind(k), int(a)) for k, a in plain_rows(tx, query)]

    def by_category(self, year: int) -> list[tuple[PurchaseCategory, int]]:
        """The year's purchases by goods, services and works (all three, in that order)."""
        check_year(year)
        query = (
            select(Purchase.category, func.sum(Purchase.amount))
            .where(_in_year(Purchase.purchased_on, year))
            .group_by(Purchase.category)
        )
        with self._read() as tx:
            sums = {PurchaseCategory(c): int(a) for c, a in plain_rows(tx, query)}
        return [(category, sums.get(category, 0)) for category in PurchaseCategory]
