"""The district's goals: operation rate, people trained, budget execution, and courses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from hubdesk.domain.enums import (
    TargetMetric,
    TeamKind,
    TeamStatus,
    TrainingCategory,
)
from hubdesk.domain.errors import InvalidPeriod
from hubdesk.domain.records import TrainingCourseRecord
from hubdesk.services.core.base import Service, check_count, clean_text
from hubdesk.services.core.boundary import typed_boundary
from hubdesk.services.grants.rows import money_by_agreement
from hubdesk.storage.models import (
    GrantProgram,
    Team,
    TrainingCourse,
    YearlyTarget,
)

# Startup-prep teams are not registered enterprises; archived records left the register.
NOT_REGISTERED_KINDS = (TeamKind.STARTUP_TEAM,)


@dataclass(frozen=True, slots=True)
class GoalProgress:
    year: int
    metric: TargetMetric
    target: int | None
    actual: int | None  # None: not known for that year (see GoalService.progress)

    @property
    def achieved(self) -> bool | None:
        if self.target is None or self.actual is None:
            return None
        return self.actual >= self.target


@typed_boundary
class GoalService(Service):
    def operation_rate(self) -> tuple[int, int]:
        """(operating, registered) enterprises; the rate is operating / registered."""
        registered = Team.kind.not_in(NOT_REGISTERED_KINDS) & (Team.status != TeamStatus.ARCHIVED)
        with self._read() as tx:
            total = tx.scalar(select(func.count()).where(registered)) or 0
            operating = (
                tx.scalar(
                    select(func.count()).where(registered, Team.status == TeamStatus.OPERATING)
                )
                or 0
            )
        return int(operating), int(total)

    def people_trained(self, year: int) -> int:
        year_column = func.extract("year", TrainingCourse.start_date)
        query = select(func.coalesce(func.sum(TrainingCourse.participants), 0)).where(
            year_column == year
        )
        with self._read() as tx:
            return int(tx.scalar(query) or 0)

    def budget_executed(self, year: int) -> int:
        """Grant money of a fiscal year's programs that stayed out: paid (reversals netted),
        less what came back in settlement (반납) and clawbacks (환수); the budget view's
        sums of the same year (``grants.rows.money_by_agreement``)."""
        money = money_by_agreement()
        in_year = select(GrantProgram.id).where(GrantProgram.fiscal_year == year)
        query = select(
            func.coalesce(func.sum(money.c.paid), 0) - func.coalesce(func.sum(money.c.returned), 0)
        ).where(money.c.program_id.in_(in_year))
        with self._read() as tx:
            return int(tx.scalar(query) or 0)

    def progress(self, year: int, today: date) -> list[GoalProgress]:
        """Targets against actuals. The operation rate is known for the current year only:
        the file keeps each team's status, not its history."""
        with self._read() as tx:
            targets = {
                t.metric: t.target_value
                for t in tx.scalars(select(YearlyTarget).where(YearlyTarget.year == year))
            }
        operating, registered = self.operation_rate()
        rate = 100 * operating // registered if registered else 0  # 66.7% must not reach 67%
        actuals: dict[TargetMetric, int | None] = {
            TargetMetric.OPERATION_RATE: rate if year == today.year else None,
            TargetMetric.PEOPLE_TRAINED: self.people_trained(year),
            TargetMetric.BUDGET_EXECUTION: self.budget_executed(year),
        }
        return [GoalProgress(year, m, targets.get(m), actuals[m]) for m in TargetMetric]

    def set_target(self, year: int, metric: TargetMetric, value: int) -> None:
        check_count(year, "year", minimum=2000, maximum=2100)
        check_count(value, "target_value", maximum=10**15)
        with self._write() as tx:
            row = tx.scalars(
                select(YearlyTarget).where(YearlyTarget.year == year, YearlyTarget.metric == metric)
            ).first()
            if row is None:
                tx.add(YearlyTarget(year=year, metric=TargetMetric(metric), target_value=value))
            else:
                row.target_value = value

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
