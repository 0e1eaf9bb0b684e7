"""The district's goals: each goal's figure against its target and pace, the plan's term,
and the yearly targets the hub edits (DOMAIN.md, District goals)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hubdesk.domain.enums import TargetMetric, TeamStatus, TrainingCategory
from hubdesk.domain.errors import InvalidPeriod, RecordChanged, ValidationError
from hubdesk.domain.goals import GoalFigure, elapsed_share
from hubdesk.domain.records import TrainingCourseRecord
from hubdesk.services.core.base import Service, check_count, clean_text
from hubdesk.services.core.boundary import typed_boundary
from hubdesk.services.goals import figures
from hubdesk.services.goals.operation import (
    NOT_REGISTERED_KINDS,
    operation_counts,
    rate_day,
)
from hubdesk.storage.models import ProcurementTarget, Team, TrainingCourse, YearlyTarget

__all__ = ["NOT_REGISTERED_KINDS", "GoalService", "goal_figures", "read_term"]

YEARS = (2000, 2100)  # the years a target may be set for (and figures asked of)
TERM_YEARS = 5  # the plan's length when no year has a people-trained target yet
TARGET_MAXIMUM = 10**15  # won; far above any district budget
PERCENT_METRICS = (TargetMetric.OPERATION_RATE,)

Targets = dict[tuple[int, TargetMetric], int]


def check_year(year: int | None) -> None:
    """A goal year the plan can have (None: the whole term)."""
    if year is not None:
        check_count(year, "year", minimum=YEARS[0], maximum=YEARS[1])


def check_goal_day(day: date, field: str) -> date:
    """A day in a year the goals can be asked about (``YEARS``): a purchase or a course
    outside them would count towards no report."""
    if not YEARS[0] <= day.year <= YEARS[1]:
        raise ValidationError(
            field=field, reason=f"{day} is outside the years {YEARS[0]}–{YEARS[1]}"
        )
    return day


def read_term(tx: Session, today: date) -> tuple[int, int]:
    """The plan's first and last year: those with a people-trained target, else the
    five years from last year."""
    query = select(func.min(YearlyTarget.year), func.max(YearlyTarget.year)).where(
        YearlyTarget.metric == TargetMetric.PEOPLE_TRAINED
    )
    first, last = tx.execute(query).one()
    if first is None:
        return today.year - 1, today.year - 2 + TERM_YEARS
    return int(first), int(last)


def read_targets(tx: Session, first: int, last: int) -> Targets:
    """The yearly targets; public procurement's is the sum of the departments' targets
    of a year that has them (부서별 목표제), so the tile, the page and the report agree."""
    query = select(YearlyTarget.year, YearlyTarget.metric, YearlyTarget.target_value).where(
        YearlyTarget.year.between(first, last)
    )
    targets = {(int(y), TargetMetric(m)): int(v) for y, m, v in tx.execute(query)}
    for year, total in department_target_sums(tx, first, last).items():
        targets[(year, TargetMetric.PUBLIC_PROCUREMENT)] = total
    return targets


def department_target_sums(tx: Session, first: int, last: int) -> dict[int, int]:
    """Each year's sum of the departments' procurement targets, for years that have any."""
    query = (
        select(ProcurementTarget.year, func.sum(ProcurementTarget.target_amount))
        .where(ProcurementTarget.year.between(first, last))
        .group_by(ProcurementTarget.year)
    )
    return {int(year): int(total) for year, total in tx.execute(query)}


def term_share(term: tuple[int, int], today: date) -> float:
    """How much of the term has passed by the end of ``today``."""
    first, last = date(term[0], 1, 1), date(term[1], 12, 31)
    if today < first:
        return 0.0
    if today >= last:
        return 1.0
    return ((today - first).days + 1) / ((last - first).days + 1)


def _target(targets: Targets, years: range, metric: TargetMetric) -> int | None:
    """A year's target; over several years their sum (the rate: the last year's)."""
    if metric in PERCENT_METRICS:
        return targets.get((years[-1], metric))
    found = [targets[(y, metric)] for y in years if (y, metric) in targets]
    return sum(found) if found else None


Actuals = dict[TargetMetric, tuple[int, int | None]]  # metric → (actual, of)
ActualPart = Callable[[Session], Actuals]


def actual_parts(years: range, today: date, term: tuple[int, int]) -> tuple[ActualPart, ...]:
    """The queries behind the goals of ``years``, as independent parts (the dashboard runs
    them side by side, each in its own read)."""
    first, last = date(years[0], 1, 1), date(years[-1], 12, 31)
    people_until = min(last, date(term[1], 12, 31))  # none before the term begins

    def rate(tx: Session) -> Actuals:
        return {TargetMetric.OPERATION_RATE: operation_counts(tx, rate_day(years[-1], today))}

    def money(tx: Session) -> Actuals:
        spent = figures.budget(tx, years[0], years[-1])
        return {
            TargetMetric.BUDGET_EXECUTION: (spent.total, None),
            TargetMetric.BUDGET_CITY: (spent.city, None),
            TargetMetric.BUDGET_DISTRICT: (spent.district, None),
        }

    def people(tx: Session) -> Actuals:
        distinct = figures.distinct_people(tx, date(term[0], 1, 1), people_until)
        return {TargetMetric.PEOPLE_TRAINED_TERM: (distinct, None)}

    def counted(tx: Session) -> Actuals:
        return {
            TargetMetric.PEOPLE_TRAINED: (figures.trained(tx, first, last), None),
            TargetMetric.PUBLIC_PROCUREMENT: (figures.procurement(tx, first, last), None),
        }

    return rate, money, people, counted


def goal_years(year: int | None, term: tuple[int, int]) -> range:
    return range(term[0], term[1] + 1) if year is None else range(year, year + 1)


def goal_figures(
    tx: Session, year: int | None, today: date, term: tuple[int, int]
) -> tuple[GoalFigure, ...]:
    """Every goal of ``year`` (None: the whole term), in TargetMetric order (one read)."""
    actuals: Actuals = {}
    for part in actual_parts(goal_years(year, term), today, term):
        actuals.update(part(tx))
    return assemble(tx, year, today, term, actuals)


def assemble(
    tx: Session, year: int | None, today: date, term: tuple[int, int], actuals: Actuals
) -> tuple[GoalFigure, ...]:
    """The figures of ``actuals`` against their targets and pace.

    The term's distinct people are counted from the term's first day to the end of
    ``year`` (the whole term for None) against the term's target (its last year's row)."""
    years = goal_years(year, term)
    targets = read_targets(tx, min(years[0], term[0]), max(years[-1], term[1]))
    share = term_share(term, today) if year is None else elapsed_share(year, today)
    result = []
    for metric in TargetMetric:
        actual, of = actuals[metric]
        if metric is TargetMetric.PEOPLE_TRAINED_TERM:
            target = targets.get((term[1], metric))
            figure_year = None
            pace_share = term_share(term, min(today, date(years[-1], 12, 31)))
        else:
            target, figure_year, pace_share = _target(targets, years, metric), year, share
        pace = None if target is None else (target if of is not None else target * pace_share)
        result.append(GoalFigure(metric, figure_year, target, actual, of, pace))
    return tuple(result)


@typed_boundary
class GoalService(Service):
    def term(self) -> tuple[int, int]:
        """The plan's first and last year (see ``read_term``)."""
        with self._read() as tx:
            return read_term(tx, date.today())

    def figures(self, year: int | None, today: date) -> tuple[GoalFigure, ...]:
        """Every goal of ``year`` (None: the whole term) against its target and pace."""
        check_year(year)
        with self._read() as tx:
            return goal_figures(tx, year, today, read_term(tx, today))

    def targets(self, first: int, last: int) -> dict[tuple[int, TargetMetric], int]:
        """(year, metric) → target of the years ``first``..``last``."""
        check_year(first)
        check_year(last)
        with self._read() as tx:
            return read_targets(tx, first, last)

    def department_target_years(self, first: int, last: int) -> frozenset[int]:
        """The years whose procurement target is the departments' sum (not edited here)."""
        check_year(first)
        check_year(last)
        with self._read() as tx:
            return frozenset(department_target_sums(tx, first, last))

    def set_target(self, year: int, metric: TargetMetric, value: int) -> None:
        """Set one yearly target (administrators only)."""
        self.set_targets({(year, metric): value})

    def set_targets(
        self,
        changes: Mapping[tuple[int, TargetMetric], int | None],
        read: Mapping[tuple[int, TargetMetric], int | None] | None = None,
    ) -> None:
        """Set (or, with None, remove) several targets in one transaction: all or none.
        ``read``: each changed target as the editor showed it; if another administrator
        saved a different one meanwhile, nothing is saved (RecordChanged). Administrators
        only."""
        self._require_administrator("set the yearly targets")
        checked = _checked_changes(changes)
        with self._write() as tx:
            for (year, metric), value in checked.items():
                row = tx.scalars(
                    select(YearlyTarget).where(
                        YearlyTarget.year == year, YearlyTarget.metric == metric
                    )
                ).first()
                stored = row.target_value if row is not None else None
                if read is not None and read.get((year, metric)) != stored:
                    raise RecordChanged(entity="yearly target", key=f"{year} {metric.value}")
                if value is None:
                    if row is not None:
                        tx.delete(row)
                elif row is None:
                    tx.add(YearlyTarget(year=year, metric=metric, target_value=value))
                else:
                    row.target_value = value

    def operation_rate(self) -> tuple[int, int]:
        """(operating, registered) enterprises by today's statuses."""
        registered = Team.kind.not_in(NOT_REGISTERED_KINDS) & (Team.status != TeamStatus.ARCHIVED)
        query = select(
            func.count(),
            func.count().filter(Team.status == TeamStatus.OPERATING),
        ).where(registered)
        with self._read() as tx:
            total, operating = tx.execute(query).one()
        return int(operating or 0), int(total or 0)

    def people_trained(self, year: int) -> int:
        """Completions of the courses that start in ``year``."""
        check_year(year)
        with self._read() as tx:
            return figures.trained(tx, *figures.year_range(year))

    def budget_executed(self, year: int) -> int:
        """Grant money of a fiscal year's programs that stayed out: paid (reversals netted),
        less what came back in settlement (반납) and clawbacks (환수)."""
        check_year(year)
        with self._read() as tx:
            return figures.budget(tx, year, year).total

    def add_course(
        self,
        title: str,
        category: TrainingCategory,
        start: date,
        end: date,
        participants: int,
        completed: int,
        provider: str = "",
    ) -> TrainingCourseRecord:
        """A course known by its headcounts only (kept for the old callers; the training
        page uses ``services.goals.training``)."""
        check_goal_day(start, "start_date")
        check_goal_day(end, "end_date")
        if end < start:
            raise InvalidPeriod(field="end_date", start=start, end=end)
        check_count(participants, "participants", maximum=1_000_000)
        check_count(completed, "completed", maximum=participants)
        with self._write() as tx:
            row = TrainingCourse(
                title=clean_text(title, "title"),
                category=TrainingCategory(category),
                start_date=start,
                end_date=end,
                participants=participants,
                completed=completed,
                provider=clean_text(provider, "provider", required=False, max_length=120),
            )
            tx.add(row)
            tx.flush()
            return TrainingCourseRecord(
                row.id, row.title, row.category, start, end, participants, completed
            )


def _checked_changes(
    changes: Mapping[tuple[int, TargetMetric], int | None],
) -> dict[tuple[int, TargetMetric], int | None]:
    """The changes with every year, metric and value checked before anything is written;
    a rate target is a whole percent."""
    if not isinstance(changes, Mapping):
        raise ValidationError(field="changes", reason=f"{changes!r} is not a table of targets")
    checked: dict[tuple[int, TargetMetric], int | None] = {}
    for key, value in changes.items():
        if not isinstance(key, tuple) or len(key) != 2:
            raise ValidationError(field="changes", reason=f"{key!r} is not (year, metric)")
        year = check_count(key[0], "year", minimum=YEARS[0], maximum=YEARS[1])
        try:
            metric = TargetMetric(key[1])
        except ValueError:
            raise ValidationError(field="metric", reason=f"{key[1]!r} is not a goal") from None
        top = 100 if metric in PERCENT_METRICS else TARGET_MAXIMUM
        checked[(year, metric)] = (
            None if value is None else check_count(value, "target_value", maximum=top)
        )
    return checked
