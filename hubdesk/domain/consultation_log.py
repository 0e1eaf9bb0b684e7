"""The quarterly consultation log (컨설팅 일지) as plain frozen records.

What belongs in a quarter's log:

- a session belongs to the quarter in which it *starts*: one that starts on
  30 September at 22:00 and ends at midnight is in Q3, whatever its end;
- the log lists the *completed* sessions only; cancelled and no-show sessions of
  the quarter are not rows of the log but are counted on the cover sheet;
- hours are the sessions' booked length (end − start), summed in minutes so that
  totals never drift;
- the MOU quota line counts the completed hours of the calendar year under that
  MOU up to the quarter's last day (what was delivered so far), and what is left.

Names of private persons (consultants, representatives), phones and e-mails are
masked by the service before they reach these records unless an unmasked export
was asked for, with a reason.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time

from hubdesk.domain.enums import ConsultingField, SessionMode
from hubdesk.domain.periods import Quarter

# The log is a Korean document the hub sends on, whatever the window's language.
FIELD_NAMES: dict[ConsultingField, str] = {
    ConsultingField.STRATEGY: "경영전략",
    ConsultingField.ACCOUNTING_TAX: "회계·세무",
    ConsultingField.LABOR_HR: "노무·인사",
    ConsultingField.LEGAL: "법률",
    ConsultingField.MARKETING: "마케팅·판로",
    ConsultingField.SOCIAL_VALUE: "사회적가치",
    ConsultingField.FINANCE: "투자·금융",
    ConsultingField.IT: "IT",
}
MODE_NAMES: dict[SessionMode, str] = {SessionMode.IN_PERSON: "대면", SessionMode.ONLINE: "온라인"}
_FIELD_BY_NAME = {name: f for f, name in FIELD_NAMES.items()}


@dataclass(frozen=True, slots=True)
class LogSession:
    """One completed session: one row of the log."""

    number: int  # 1, 2, … in the order of the log
    session_id: int
    day: date
    starts: time
    ends: time
    minutes: int
    team_id: int
    team: str
    representative: str
    phone: str
    email: str
    consultant_id: int
    consultant: str
    affiliation: str
    field: ConsultingField
    mode: SessionMode
    place: str
    topic: str
    summary: str
    advice: str
    follow_up: str
    satisfaction: int | None

    @property
    def hours(self) -> float:
        return self.minutes / 60

    @property
    def time_text(self) -> str:
        """``09:00~11:00``; a session ending at midnight shows ``24:00``."""
        end = "24:00" if self.ends == time(0) else f"{self.ends:%H:%M}"
        return f"{self.starts:%H:%M}~{end}"


@dataclass(frozen=True, slots=True)
class TotalRow:
    """Sessions and minutes of one field, consultant or team."""

    label: str
    detail: str
    sessions: int
    minutes: int

    @property
    def hours(self) -> float:
        return self.minutes / 60


@dataclass(frozen=True, slots=True)
class QuotaLine:
    """The MOU's yearly hour quota against the completed hours of the year so far."""

    partner: str
    title: str
    year: int
    quota_hours: int
    used_minutes: int

    @property
    def used_hours(self) -> float:
        return self.used_minutes / 60

    @property
    def left_hours(self) -> float:
        return self.quota_hours - self.used_hours


@dataclass(frozen=True, slots=True)
class ConsultationLog:
    """Everything one quarter's log prints: cover, rows and totals."""

    hub_name: str
    approval_titles: tuple[str, ...]
    quarter: Quarter
    made_at: datetime
    made_by: str
    masked: bool
    reason: str
    sessions: tuple[LogSession, ...]
    cancelled: int
    no_show: int
    quota: QuotaLine | None
    by_field: tuple[TotalRow, ...] = field(default=())
    by_consultant: tuple[TotalRow, ...] = field(default=())
    by_team: tuple[TotalRow, ...] = field(default=())

    @property
    def total_minutes(self) -> int:
        return sum(s.minutes for s in self.sessions)

    @property
    def total_hours(self) -> float:
        return self.total_minutes / 60

    @property
    def title(self) -> str:
        return f"{self.quarter.korean} 컨설팅 일지"


def totals_by(
    sessions: Iterable[LogSession],
    key: Callable[[LogSession], Hashable],
    label: Callable[[LogSession], tuple[str, str]],
) -> tuple[TotalRow, ...]:
    """Group ``sessions`` by ``key``; each group is labelled by its first session,
    and the groups come in order of label, then key."""
    groups: dict[Hashable, list[int]] = {}
    labels: dict[Hashable, tuple[str, str]] = {}
    for session in sessions:
        group_key = key(session)
        counts = groups.setdefault(group_key, [0, 0])
        counts[0] += 1
        counts[1] += session.minutes
        if group_key not in labels:
            labels[group_key] = label(session)
    order = sorted(groups, key=lambda k: (labels[k], str(k)))
    return tuple(TotalRow(*labels[k], groups[k][0], groups[k][1]) for k in order)


def with_totals(log: ConsultationLog) -> ConsultationLog:
    """``log`` with its totals by field (in the fields' order), consultant and team."""
    rank = {f: i for i, f in enumerate(ConsultingField)}
    by_field = totals_by(
        log.sessions, lambda s: rank[s.field], lambda s: (FIELD_NAMES[s.field], "")
    )
    by_field = tuple(sorted(by_field, key=lambda row: rank[_FIELD_BY_NAME[row.label]]))
    return replace(
        log,
        by_field=by_field,
        by_consultant=totals_by(
            log.sessions, lambda s: s.consultant_id, lambda s: (s.consultant, s.affiliation)
        ),
        by_team=totals_by(log.sessions, lambda s: s.team_id, lambda s: (s.team, "")),
    )
