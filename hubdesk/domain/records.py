"""Frozen records the services return: plain values, never live ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from hubdesk.domain.enums import (
    AgreementStatus,
    ApplicationStatus,
    ChecklistKind,
    ConsultingField,
    DisbursementStatus,
    ExpenseDecision,
    GrantKind,
    SessionMode,
    SessionStatus,
    SpaceKind,
    StaffRole,
    TeamKind,
    TeamStatus,
    TenancyStatus,
    TrainingCategory,
)
from hubdesk.domain.money import grant_amount
from hubdesk.domain.rules import amount_owed_back


@dataclass(frozen=True, slots=True)
class Actor:
    """The staff member on whose behalf a service acts (audit trail, four-eyes rule)."""

    user_id: int
    username: str
    role: StaffRole
    display_name: str = ""


@dataclass(frozen=True, slots=True)
class TeamRecord:
    id: int
    name: str
    kind: TeamKind
    status: TeamStatus
    brn: str | None
    representative: str
    phone: str | None
    email: str | None
    address: str | None
    founded_on: date | None
    employees: int
    description: str
    closed_on: date | None
    version: int


@dataclass(frozen=True, slots=True)
class SpaceRecord:
    id: int
    code: str
    name: str
    floor: int
    kind: SpaceKind
    seats: int
    area_m2: float
    monthly_fee: int
    active: bool


@dataclass(frozen=True, slots=True)
class TenancyRecord:
    id: int
    team_id: int
    team_name: str
    space_id: int
    space_code: str
    seats: int
    start_date: date
    end_date: date
    status: TenancyStatus
    renewals: int
    ended_early_on: date | None

    @property
    def last_day(self) -> date:
        """The day the team actually leaves: the early end, or the end date."""
        return self.ended_early_on or self.end_date


@dataclass(frozen=True, slots=True)
class ChecklistItemRecord:
    id: int
    tenancy_id: int
    kind: ChecklistKind
    item_key: str
    due_date: date | None
    done_on: date | None
    version: int = 1  # a tick made on an older version is refused


@dataclass(frozen=True, slots=True)
class ApplicationRecord:
    id: int
    team_id: int
    team_name: str
    space_kind: SpaceKind
    seats: int
    submitted_on: date
    status: ApplicationStatus
    review_score: int | None
    tenancy_id: int | None
    reviewed_on: date | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class TeamChoice:
    """A team as a picker offers it: enough to tell teams of the same name apart."""

    id: int
    name: str
    kind: TeamKind
    brn: str | None  # ten digits, or None for a team not yet registered


@dataclass(frozen=True, slots=True)
class OccupancyRecord:
    on: date
    seats_taken: int
    seats_offered: int

    @property
    def rate(self) -> float:
        return self.seats_taken / self.seats_offered if self.seats_offered else 0.0


@dataclass(frozen=True, slots=True)
class MouRecord:
    id: int
    partner: str
    title: str
    start_date: date
    end_date: date
    yearly_quota_hours: int


@dataclass(frozen=True, slots=True)
class ConsultantRecord:
    id: int
    name: str
    affiliation: str
    position: str
    fields: tuple[ConsultingField, ...]
    active: bool


@dataclass(frozen=True, slots=True)
class SessionRecord:
    id: int
    team_id: int
    team_name: str
    consultant_id: int
    consultant_name: str
    field: ConsultingField
    starts_at: datetime
    ends_at: datetime
    mode: SessionMode
    place: str
    topic: str
    status: SessionStatus
    satisfaction: int | None

    @property
    def minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)

    @property
    def hours(self) -> float:
        return (self.ends_at - self.starts_at).total_seconds() / 3600


@dataclass(frozen=True, slots=True)
class ScheduledSession:
    """A scheduled session and the quota warning it may carry (over quota warns only)."""

    session: SessionRecord
    quota_hours: int
    hours_used: float
    over_quota: bool


@dataclass(frozen=True, slots=True)
class ProgramRecord:
    id: int
    fiscal_year: int
    kind: GrantKind
    code: str
    name: str
    city_budget: int
    district_budget: int
    cap_per_team: int
    copay_percents: tuple[int, ...]
    monthly_wage_cap: int | None
    eligible_categories: tuple[str, ...]

    @property
    def budget(self) -> int:
        return self.city_budget + self.district_budget

    def copay_percent(self, support_number: int) -> int:
        """The co-payment ratio for a team's ``support_number``-th support (1-based)."""
        index = min(max(support_number, 1), len(self.copay_percents)) - 1
        return self.copay_percents[index]


@dataclass(frozen=True, slots=True)
class AgreementRecord:
    id: int
    number: str
    program_id: int
    team_id: int
    team_name: str
    status: AgreementStatus
    purpose: str
    start_date: date
    end_date: date
    city_amount: int
    district_amount: int
    copayment: int
    support_number: int
    paid: int
    clawback_amount: int

    @property
    def grant(self) -> int:
        return grant_amount(self.city_amount, self.district_amount)

    @property
    def total_cost(self) -> int:
        return self.grant + self.copayment


@dataclass(frozen=True, slots=True)
class DisbursementRecord:
    """A tranche (or a month's wages, or a reversing entry) with who did what and when."""

    id: int
    agreement_id: int
    sequence: int
    label: str
    amount: int
    status: DisbursementStatus
    requested_by: int | None
    approved_by: int | None
    paid_on: date | None
    reverses_id: int | None
    planned_on: date | None = None
    requested_at: datetime | None = None
    approved_at: datetime | None = None
    requester: str = ""  # display names; "" when nobody has requested / approved yet
    approver: str = ""
    note: str = ""
    reversed_by: int | None = None  # the reversing entry of this one, when there is one
    wage_lines: int = 0  # wage lines this disbursement pays

    @property
    def is_reversal(self) -> bool:
        return self.reverses_id is not None


@dataclass(frozen=True, slots=True)
class DisbursementOverview:
    """An agreement's money as the disbursement panel shows it."""

    agreement_id: int
    agreement_number: str
    status: AgreementStatus
    kind: GrantKind
    grant: int
    outstanding: int  # planned, requested, approved and paid (reversals included)
    paid: int
    monthly_wage_cap: int | None

    @property
    def left_to_plan(self) -> int:
        """What a new tranche may still ask for: grant − outstanding."""
        return max(self.grant - self.outstanding, 0)


@dataclass(frozen=True, slots=True)
class WageLineRecord:
    id: int
    agreement_id: int
    month: date  # the 1st of the month
    employee_name: str
    gross_wage: int
    support_amount: int
    disbursement_id: int | None
    disbursement_label: str = ""


@dataclass(frozen=True, slots=True)
class ExpenseRecord:
    id: int
    category: str
    description: str
    claimed: int
    approved: int | None
    decision: ExpenseDecision
    spent_on: date | None = None
    evidence: str = ""
    decision_note: str = ""
    version: int = 1  # a decision made on an older version is refused


@dataclass(frozen=True, slots=True)
class SettlementRecord:
    id: int
    agreement_id: int
    agreement_number: str
    due_date: date
    paid: int
    approved_spending: int
    returned_amount: int
    closed: bool
    expenses: tuple[ExpenseRecord, ...] = field(default=())
    closed_on: date | None = None

    @property
    def unspent(self) -> int:
        """paid − approved spending; a positive amount is owed back (반납)."""
        return self.paid - self.approved_spending

    @property
    def owed(self) -> int:
        """What the team must return to close the settlement: the unspent money, if any."""
        return amount_owed_back(self.paid, self.approved_spending)

    @property
    def owed_back(self) -> int:
        """What is still owed after ``returned_amount`` came back."""
        return amount_owed_back(self.paid, self.approved_spending, self.returned_amount)

    @property
    def pending(self) -> int:
        """Expenses not decided yet."""
        return sum(1 for e in self.expenses if e.decision == ExpenseDecision.PENDING)


@dataclass(frozen=True, slots=True)
class OverdueItem:
    """An agreement whose settlement is late, or soon due.

    ``settlement_id`` is None while no settlement was opened; ``days_late`` is positive
    when the deadline has passed, negative (the days left) before it.
    """

    agreement_id: int
    agreement_number: str
    team_name: str
    status: AgreementStatus
    end_date: date
    due_date: date
    settlement_id: int | None
    paid: int
    owed: int  # paid − approved spending so far (when positive) − already returned
    days_late: int

    @property
    def days_left(self) -> int:
        return max(-self.days_late, 0)


@dataclass(frozen=True, slots=True)
class SubsidyYear:
    year: int
    amount: int
    needs_external_verification: bool  # ≥ 300 million won
    needs_audit_report: bool  # ≥ 1 billion won in a year


@dataclass(frozen=True, slots=True)
class TrainingCourseRecord:
    id: int
    title: str
    category: TrainingCategory
    start_date: date
    end_date: date
    participants: int
    completed: int


@dataclass(frozen=True, slots=True)
class TeamRow:
    """One line of the teams table: what the list shows, nothing more."""

    id: int
    name: str
    kind: TeamKind
    status: TeamStatus
    brn: str | None
    representative: str
    phone: str | None
    spaces: str  # codes of the spaces the team uses today, "2F-OD1, 3F-301"; "" when none
    closed_on: date | None


@dataclass(frozen=True, slots=True)
class TeamDetail:
    """A team with its history: tenancies, consulting, agreements and five years of subsidy."""

    team: TeamRecord
    tenancies: tuple[TenancyRecord, ...]
    sessions: tuple[SessionRecord, ...]
    agreements: tuple[AgreementRecord, ...]
    subsidies: tuple[SubsidyYear, ...]
