"""The annual report (사회적경제 활성화 추진실적) of a year: the goals, each quarter with
the year's running totals, and the parts behind them; the writers print it as it is."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hubdesk.domain.enums import TeamKind, TrainingCategory
from hubdesk.domain.goals import AnnualReport, QuarterFigures
from hubdesk.services.core.base import Service, plain_rows
from hubdesk.services.core.boundary import typed_boundary
from hubdesk.services.core.settings import load_settings
from hubdesk.services.goals import figures
from hubdesk.services.goals.goals import check_year, goal_figures, read_term
from hubdesk.services.goals.operation import operation_by_kind, operation_counts
from hubdesk.services.goals.procurement import ProcurementService
from hubdesk.storage.models import TrainingCourse


def quarter_days(year: int, quarter: int) -> tuple[date, date]:
    """The first and last day of a quarter."""
    first = date(year, 3 * quarter - 2, 1)
    following = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
    return first, date.fromordinal(following.toordinal() - 1)


def _budget_days(quarter: int, first: date, last: date) -> tuple[date, date]:
    return (date.min if quarter == 1 else first), (date.max if quarter == 4 else last)


def _quarters(tx: Session, year: int, today: date) -> tuple[QuarterFigures, ...]:
    """Each quarter's own figures, with the running totals of the year at its end. The
    rate is read on the quarter's last day, or today when that is still to come; budget
    money is counted by the day it was paid (or came back), the first quarter taking what
    was paid before the year and the last what came back after it (a settlement closes
    up to two months after its agreement), so the quarters add up to the year's figure."""
    result: list[QuarterFigures] = []
    trained_to_date = budget_to_date = procurement_to_date = 0
    for quarter in range(1, 5):
        first, last = quarter_days(year, quarter)
        operating, registered = operation_counts(tx, min(last, max(today, first)))
        trained = figures.trained(tx, first, last)
        money = figures.budget_paid_between(tx, year, *_budget_days(quarter, first, last))
        bought = figures.procurement(tx, first, last)
        trained_to_date += trained
        budget_to_date += money.total
        procurement_to_date += bought
        result.append(
            QuarterFigures(
                quarter=quarter,
                operating=operating,
                registered=registered,
                trained=trained,
                trained_to_date=trained_to_date,
                budget_city=money.city,
                budget_district=money.district,
                budget_to_date=budget_to_date,
                procurement=bought,
                procurement_to_date=procurement_to_date,
            )
        )
    return tuple(result)


def _trained_by_category(tx: Session, year: int) -> tuple[tuple[TrainingCategory, int], ...]:
    """Completions of the year's courses by category (every category, in its order)."""
    first, last = figures.year_range(year)
    c = TrainingCourse
    query = (
        select(c.category, func.sum(c.completed))
        .where(c.start_date.between(first, last))
        .group_by(c.category)
    )
    sums = {TrainingCategory(k): int(n or 0) for k, n in plain_rows(tx, query)}
    return tuple((category, sums.get(category, 0)) for category in TrainingCategory)


def _teams_by_kind(tx: Session, year: int, today: date) -> tuple[tuple[TeamKind, int, int], ...]:
    """(kind, operating, registered) at the year's end (today within the year), for the
    kinds registered then, in TeamKind order."""
    day = min(date(year, 12, 31), max(today, date(year, 1, 1)))
    counts = operation_by_kind(tx, day)
    return tuple((kind, *counts[kind]) for kind in TeamKind if kind in counts)


@typed_boundary
class AnnualReportService(Service):
    def report(self, year: int, today: date) -> AnnualReport:
        """The figures of the annual report of ``year``, made on ``today``."""
        check_year(year)
        procurement = ProcurementService(self.db, self.actor)
        departments = tuple(procurement.by_department(year))
        by_kind = tuple(procurement.by_kind(year))
        with self._read() as tx:
            settings = load_settings(tx)
            term = read_term(tx, today)
            return AnnualReport(
                year=year,
                made_on=today,
                hub_name=settings.hub_name,
                approval_titles=tuple(settings.approval_titles),
                goals=goal_figures(tx, year, today, term),
                quarters=_quarters(tx, year, today),
                trained_by_category=_trained_by_category(tx, year),
                procurement_by_department=departments,
                procurement_by_kind=by_kind,
                teams_by_kind=_teams_by_kind(tx, year, today),
            )
