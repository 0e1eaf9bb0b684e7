"""The state every part of the demo generator shares: dates, scale, ids and rows."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from hubdesk.domain.deadlines import WorkingCalendar
from hubdesk.domain.enums import TeamKind, TeamStatus

Row = dict[str, Any]

ADMIN_ID, MANAGER_ID, STAFF_A_ID, STAFF_B_ID = 1, 2, 3, 4
CLERKS = (STAFF_A_ID, STAFF_B_ID)  # who requests payments and ticks checklists
APPROVERS = (MANAGER_ID, ADMIN_ID)  # who approves (never the requester: four eyes)


@dataclass(slots=True)
class TeamInfo:
    id: int
    name: str
    kind: TeamKind
    status: TeamStatus
    business: str


@dataclass
class Demo:
    """What has been generated so far; each part appends rows in foreign-key order."""

    seed: int
    scale: int
    today: date
    calendar: WorkingCalendar = field(default_factory=WorkingCalendar)
    rows: dict[str, list[Row]] = field(default_factory=dict)
    teams: list[TeamInfo] = field(default_factory=list)
    # Filled by the space part, used by consulting and applications.
    active_tenants: list[int] = field(default_factory=list)

    def rng(self, part: str) -> random.Random:
        """An independent, reproducible stream per part (str seeds hash with SHA-512)."""
        return random.Random(f"{self.seed}:{part}")

    def table(self, name: str) -> list[Row]:
        return self.rows.setdefault(name, [])

    def add(self, name: str, row: Row) -> int:
        rows = self.table(name)
        row_id = len(rows) + 1
        rows.append({"id": row_id, **row})
        return row_id

    def operating_teams(self) -> list[TeamInfo]:
        return [team for team in self.teams if team.status is TeamStatus.OPERATING]


def stamp(day: date, hour: int = 10) -> datetime:
    """A record's creation time: working hours on ``day``."""
    return datetime.combine(day, time(hour, 0))


def month_start(day: date) -> date:
    return day.replace(day=1)


def clamp(day: date, low: date, high: date) -> date:
    return max(low, min(day, high))


def random_day(rng: random.Random, low: date, high: date) -> date:
    """A day between ``low`` and ``high``, both included."""
    return low + timedelta(days=rng.randint(0, max((high - low).days, 0)))


def round_to(amount: float, unit: int) -> int:
    return int(amount // unit) * unit


def take(rng: random.Random, pool: list[int]) -> int | None:
    """Remove and return a random element of ``pool`` (order-independent of set hashing)."""
    if not pool:
        return None
    index = rng.randrange(len(pool))
    pool[index], pool[-1] = pool[-1], pool[index]
    return pool.pop()
