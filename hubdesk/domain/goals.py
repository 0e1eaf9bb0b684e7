"""The district's goals as plain values: figures against targets and their pace, the
dashboard's parts, and the annual report (DOMAIN.md, District goals).

The services compute these (``services.goals``); the window draws them and the report
writers print them. Money is whole won; rates keep their counts (operating / registered)
so nothing is rounded before it is shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from hubdesk.domain.enums import (
    ConsultingField,
    ParticipantKind,
    PurchaseCategory,
    TargetMetric,
    TeamKind,
    TrainingCategory,
)


class GoalUnit(StrEnum):
    PERCENT = "percent"  # the operation rate: actual / of, against a whole-percent target
    PEOPLE = "people"
    WON = "won"


UNITS: dict[TargetMetric, GoalUnit] = {
    TargetMetric.OPERATION_RATE: GoalUnit.PERCENT,
    TargetMetric.PEOPLE_TRAINED: GoalUnit.PEOPLE,
    TargetMetric.PEOPLE_TRAINED_TERM: GoalUnit.PEOPLE,
    TargetMetric.BUDGET_EXECUTION: GoalUnit.WON,
    TargetMetric.BUDGET_CITY: GoalUnit.WON,
    TargetMetric.BUDGET_DISTRICT: GoalUnit.WON,
    TargetMetric.PUBLIC_PROCUREMENT: GoalUnit.WON,
}


def elapsed_share(year: int, today: date) -> float:
    """How much of ``year`` has passed by the end of ``today``: 0 before it, 1 after it."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    if today < first:
        return 0.0
    if today >= last:
        return 1.0
    return ((today - first).days + 1) / ((last - first).days + 1)


@dataclass(frozen=True, slots=True)
class GoalFigure:
    """One goal in one year (or the term): its target, what was reached, and the pace.

    For the operation rate ``actual`` is the operating enterprises and ``of`` the
    registered ones, on 31 December of the year (today for the current year); the target
    is a whole percent. For the others ``actual`` counts people or won and ``of`` is None.
    ``pace`` is the target × the elapsed share of the year (the rate's pace is its target:
    a state on a day, not a sum); None without a target.
    """

    metric: TargetMetric
    year: int | None  # None: the whole term
    target: int | None
    actual: int
    of: int | None = None
    pace: float | None = None

    @property
    def unit(self) -> GoalUnit:
        return UNITS[self.metric]

    @property
    def value(self) -> float:
        """What is compared with the target: the rate in percent, else ``actual``."""
        if self.unit is GoalUnit.PERCENT:
            return 100 * self.actual / self.of if self.of else 0.0
        return float(self.actual)

    @property
    def percent_of_target(self) -> float | None:
        if not self.target:
            return None
        return 100 * self.value / self.target

    @property
    def behind_pace(self) -> bool:
        return self.pace is not None and self.value < self.pace


class Drill(StrEnum):
    """The records behind a figure of the dashboard (what a click on it opens)."""

    OPERATING = "operating"  # registered enterprises operating on the figure's day
    NOT_OPERATING = "not_operating"  # registered, not operating on that day
    COMPLETIONS = "completions"  # participants completed in the year (+ headcount courses)
    PEOPLE_TERM = "people_term"  # distinct people completed over the term
    PAYMENTS = "payments"  # disbursements paid (less returned) of the year's programs
    PURCHASES = "purchases"  # public procurement of the year
    OCCUPIED_SEATS = "occupied_seats"  # tenancies active on the day
    CONSULTING_FIELD = "consulting_field"  # completed sessions of a field in the year
    ENDING_TENANCIES = "ending_tenancies"  # ending this week (and within 60 days)
    WEEK_SESSIONS = "week_sessions"
    MY_APPROVALS = "my_approvals"
    SETTLEMENTS_DUE = "settlements_due"  # due or overdue


@dataclass(frozen=True, slots=True)
class DrillRows:
    """A drill-down table: headers (English; the window translates them) and text rows,
    with the id of each row's record for opening it."""

    drill: Drill
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class MonthFigure:
    """One month of a year: a value, and the value it is measured against (seats offered,
    a quota), None when there is none."""

    month: int
    value: int
    of: int | None = None


@dataclass(frozen=True, slots=True)
class FieldHours:
    field: ConsultingField
    minutes: int  # completed sessions of the year
    sessions: int


@dataclass(frozen=True, slots=True)
class WeekItem:
    """One thing of this week's work: what, when, and what to open."""

    drill: Drill
    day: date
    text: str
    record_id: int


@dataclass(frozen=True, slots=True)
class Dashboard:
    """Everything the first page shows for a year (``year`` None: the whole term)."""

    year: int | None
    today: date
    term: tuple[int, int]  # the plan's first and last year
    operation: GoalFigure
    trained: GoalFigure
    trained_term: GoalFigure  # distinct people over the term, against 4,600
    budget: GoalFigure
    budget_city: GoalFigure
    budget_district: GoalFigure
    procurement: GoalFigure
    occupancy_today: tuple[int, int]  # seats taken, seats offered
    occupancy_by_month: tuple[MonthFigure, ...]  # seats taken on each month's 1st
    consulting_by_field: tuple[FieldHours, ...]
    consulting_quota_minutes: int | None  # the MOU's yearly quota, None without a MOU
    week: tuple[WeekItem, ...]


@dataclass(frozen=True, slots=True)
class CourseDraft:
    """A course as typed: what ``TrainingService.add_course`` and ``update_course`` take.
    A ``named`` course keeps a participant list and its headcounts are 0 (the service
    counts the list); otherwise ``participants`` and ``completed`` are its headcounts."""

    title: str
    category: TrainingCategory
    start_date: date
    end_date: date
    place: str = ""
    hours: int = 0
    sessions: int = 1
    completion_percent: int = 80
    provider: str = ""  # 협력기관
    named: bool = False  # a participant list; else headcounts only
    participants: int = 0
    completed: int = 0


@dataclass(frozen=True, slots=True)
class CourseRecord:
    id: int
    title: str
    category: TrainingCategory
    start_date: date
    end_date: date
    place: str
    hours: int
    sessions: int
    completion_percent: int
    provider: str  # 협력기관
    named: bool  # a participant list; else headcounts only
    participants: int
    completed: int
    version: int


@dataclass(frozen=True, slots=True)
class ParticipantRecord:
    id: int
    course_id: int
    name: str
    affiliation: str
    phone: str | None
    kind: ParticipantKind
    status: str  # ParticipationStatus value
    sessions_attended: int
    version: int


@dataclass(frozen=True, slots=True)
class PurchaseRecord:
    id: int
    purchased_on: date
    department: str
    enterprise_name: str
    team_id: int | None
    enterprise_kind: TeamKind
    category: PurchaseCategory
    amount: int
    evidence: str
    version: int


@dataclass(frozen=True, slots=True)
class DepartmentProcurement:
    """A department's year: its target, what it bought, and next year's target (plan)."""

    department: str
    target: int
    actual: int
    next_year_target: int | None
    # What it bought by kind (물품/용역/공사), for the departments' XLSX; empty if unknown.
    by_category: tuple[tuple[PurchaseCategory, int], ...] = ()

    @property
    def percent(self) -> float | None:
        return 100 * self.actual / self.target if self.target else None


@dataclass(frozen=True, slots=True)
class QuarterFigures:
    """One quarter of the annual report: the quarter's own figures and the year's
    running totals at its end."""

    quarter: int  # 1–4
    operating: int  # on the quarter's last day
    registered: int
    trained: int  # completions in the quarter
    trained_to_date: int
    budget_city: int  # executed in the quarter
    budget_district: int
    budget_to_date: int
    procurement: int
    procurement_to_date: int


@dataclass(frozen=True, slots=True)
class AnnualReport:
    """사회적경제 활성화 추진실적 of a year: the goals, the quarters, the parts behind them."""

    year: int
    made_on: date
    hub_name: str
    approval_titles: tuple[str, ...]  # 결재란 of the hub settings
    goals: tuple[GoalFigure, ...]  # every metric of the year, and the term's people
    quarters: tuple[QuarterFigures, ...]
    trained_by_category: tuple[tuple[TrainingCategory, int], ...]
    procurement_by_department: tuple[DepartmentProcurement, ...]
    procurement_by_kind: tuple[tuple[TeamKind, int], ...]
    teams_by_kind: tuple[tuple[TeamKind, int, int], ...]  # kind, operating, registered
