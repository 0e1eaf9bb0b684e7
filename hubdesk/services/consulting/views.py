"""Read-only views of consulting for the Consulting page: calendars, the list, burn-down.

Every method runs a fixed number of plain column queries (scale 100 has ~60,000
sessions and ~600 a week) and returns frozen records, never ORM objects.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Float, Select, extract, func, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from hubdesk.domain.enums import ConsultingField, SessionStatus
from hubdesk.domain.records import MouRecord, SessionRecord
from hubdesk.services.consulting.consultants import (
    ConsultantDetail,
    ConsultantDraft,
    mou_record,
)
from hubdesk.services.consulting.sessions import BOOKED, covering_mou, idle_tenants
from hubdesk.services.core.base import Service, get_or_raise, plain_rows
from hubdesk.services.core.boundary import typed_boundary
from hubdesk.storage.models import (
    Consultant,
    ConsultantField,
    ConsultingSession,
    Mou,
    Team,
    Tenancy,
)

S = ConsultingSession


@dataclass(frozen=True, slots=True)
class SessionDetail:
    """A session with its outcome and version: the detail panel and the edit dialogs."""

    row: SessionRecord
    summary: str
    advice: str
    follow_up: str
    cancel_reason: str
    version: int

    @property
    def satisfaction(self) -> int | None:
        return self.row.satisfaction


class SessionColumn(StrEnum):
    """The columns the session list can be sorted by."""

    STARTS_AT = "starts_at"
    TEAM = "team"
    CONSULTANT = "consultant"
    FIELD = "field"
    HOURS = "hours"
    MODE = "mode"
    TOPIC = "topic"
    STATUS = "status"


@dataclass(frozen=True, slots=True)
class SessionFilter:
    """What the calendars and the list show: every field optional."""

    status: SessionStatus | None = None
    consultant_id: int | None = None
    team_id: int | None = None
    text: str = ""  # in the team, consultant, topic or place


@dataclass(frozen=True, slots=True)
class SessionQuery:
    filter: SessionFilter = SessionFilter()
    sort: SessionColumn = SessionColumn.STARTS_AT
    descending: bool = True


@dataclass(frozen=True, slots=True)
class FieldHours:
    field: ConsultingField
    used: float  # completed and no-show sessions: the consultant's time is spent
    planned: float  # scheduled sessions still ahead


@dataclass(frozen=True, slots=True)
class BurnDown:
    """Hours of the yearly quota used, planned and left, by field."""

    year: int
    quota_hours: int
    fields: tuple[FieldHours, ...]

    @property
    def used(self) -> float:
        return sum(f.used for f in self.fields)

    @property
    def planned(self) -> float:
        return sum(f.planned for f in self.fields)

    @property
    def left(self) -> float:
        return self.quota_hours - self.used - self.planned


@dataclass(frozen=True, slots=True)
class IdleTeam:
    team_id: int
    name: str
    last_session: date | None


class SecondsBetween(FunctionElement[float]):
    """The seconds from one moment to another (portable, as ``extract("epoch")``)."""

    type = Float()
    inherit_cache = True
    name = "seconds_between"


@compiles(SecondsBetween)
def _seconds(element: SecondsBetween, compiler: SQLCompiler, **kw: Any) -> str:
    start, end = element.clauses
    return compiler.process(extract("epoch", end) - extract("epoch", start), **kw)


@compiles(SecondsBetween, "sqlite")
def _sqlite_seconds(element: SecondsBetween, compiler: SQLCompiler, **kw: Any) -> str:
    """julianday() reads a moment three times faster than strftime('%s'); each difference
    is rounded to the second, so the sum stays exact."""
    start, end = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"round((julianday({end}) - julianday({start})) * 86400)"


_COLUMNS = (
    S.id,
    S.team_id,
    Team.name,
    S.consultant_id,
    Consultant.name,
    S.field,
    S.starts_at,
    S.ends_at,
    S.mode,
    S.place,
    S.topic,
    S.status,
    S.satisfaction,
)
_SORT_KEYS: dict[SessionColumn, Any] = {
    SessionColumn.STARTS_AT: S.starts_at,
    SessionColumn.TEAM: Team.name,
    SessionColumn.CONSULTANT: Consultant.name,
    SessionColumn.FIELD: S.field,
    SessionColumn.HOURS: S.ends_at - S.starts_at,
    SessionColumn.MODE: S.mode,
    SessionColumn.TOPIC: S.topic,
    SessionColumn.STATUS: S.status,
}


def _rows_query(*columns: Any) -> Select[Any]:
    return (
        select(*columns)
        .join(Team, Team.id == S.team_id)
        .join(Consultant, Consultant.id == S.consultant_id)
    )


def _conditions(chosen: SessionFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if chosen.status is not None:
        conditions.append(S.status == chosen.status)
    if chosen.consultant_id is not None:
        conditions.append(S.consultant_id == chosen.consultant_id)
    if chosen.team_id is not None:
        conditions.append(S.team_id == chosen.team_id)
    text = chosen.text.strip()
    if text:
        # Teams and consultants by name first, then the sessions by their ids: the search
        # reads the time index (topic and place are in it), not each session's team.
        pattern = f"%{text}%"
        conditions.append(
            or_(
                S.team_id.in_(select(Team.id).where(Team.name.ilike(pattern))),
                S.consultant_id.in_(select(Consultant.id).where(Consultant.name.ilike(pattern))),
                S.topic.ilike(pattern),
                S.place.ilike(pattern),
            )
        )
    return conditions


_FIELDS = tuple(ConsultingField)  # iterating the enum itself is ten times slower
_CONSULTANT_COLUMNS = (
    Consultant.id,
    Consultant.name,
    Consultant.affiliation,
    Consultant.position,
    Consultant.phone,
    Consultant.email,
    Consultant.active,
    Consultant.version,
)


def _consultant_detail(row: Any, held: set[ConsultingField]) -> ConsultantDetail:
    """``consultant_detail`` of a row of ``_CONSULTANT_COLUMNS``."""
    fields = tuple(field for field in _FIELDS if field in held)  # in the enum's order
    draft = ConsultantDraft(
        row.name, row.affiliation, fields, row.position, row.phone, row.email, row.active
    )
    return ConsultantDetail(row.id, draft, row.version)


def _row(values: Any) -> SessionRecord:
    return SessionRecord(*values)


@typed_boundary
class ConsultingViewService(Service):
    def sessions_between(
        self, first: date, last: date, chosen: SessionFilter = SessionFilter()
    ) -> list[SessionRecord]:
        """Sessions starting on ``first`` … ``last`` (inclusive), by start time."""
        query = (
            _rows_query(*_COLUMNS)
            .where(
                S.starts_at >= datetime.combine(first, time()),
                S.starts_at < datetime.combine(last + timedelta(days=1), time()),
                *_conditions(chosen),
            )
            .order_by(S.starts_at, S.ends_at, S.id)
        )
        with self._read() as tx:
            return [_row(values) for values in tx.execute(query)]

    def search(self, query: SessionQuery, offset: int, limit: int) -> list[SessionRecord]:
        key = _SORT_KEYS[query.sort]
        order = [key.desc() if query.descending else key.asc()]
        if query.sort != SessionColumn.STARTS_AT:
            order.append(S.starts_at.desc())
        statement = (
            _rows_query(*_COLUMNS)
            .where(*_conditions(query.filter))
            .order_by(*order, S.id.desc() if query.descending else S.id)
            .offset(offset)
            .limit(limit)
        )
        with self._read() as tx:
            return [_row(values) for values in tx.execute(statement)]

    def count(self, query: SessionQuery) -> int:
        statement = select(func.count(S.id)).where(*_conditions(query.filter))
        with self._read() as tx:
            return int(tx.scalar(statement) or 0)

    def detail(self, session_id: int) -> SessionDetail:
        with self._read() as tx:
            get_or_raise(tx, S, session_id, "session")
            values = tx.execute(
                _rows_query(
                    *_COLUMNS,
                    S.summary,
                    S.advice,
                    S.follow_up,
                    S.cancel_reason,
                    S.version,
                ).where(S.id == session_id)
            ).one()
        return SessionDetail(_row(values[: len(_COLUMNS)]), *values[len(_COLUMNS) :])

    def mou(self, today: date) -> MouRecord | None:
        """The MOU in force today, else the latest one."""
        with self._read() as tx:
            mou = covering_mou(tx, today)
            if mou is None:
                mou = tx.scalars(select(Mou).order_by(Mou.end_date.desc()).limit(1)).first()
            return mou_record(mou) if mou is not None else None

    def consultants(self, *, active_only: bool = False) -> list[ConsultantDetail]:
        """Every consultant (or the active ones) by name, fields read in one query: two
        column queries (scale 300 has 3,600 consultants)."""
        query = select(*_CONSULTANT_COLUMNS).order_by(Consultant.name, Consultant.id)
        if active_only:
            query = query.where(Consultant.active.is_(True))
        fields = select(ConsultantField.consultant_id, ConsultantField.field)
        with self._read() as tx:
            held: dict[int, set[ConsultingField]] = defaultdict(set)
            for key, field in plain_rows(tx, fields):
                held[key].add(field)
            rows = plain_rows(tx, query)
        return [_consultant_detail(row, held[row.id]) for row in rows]

    def burn_down(self, year: int) -> BurnDown:
        """The yearly quota of the MOU in force that year: hours used, planned and left."""
        first = datetime(year, 1, 1)
        with self._read() as tx:
            mou = covering_mou(tx, date(year, 12, 31)) or covering_mou(tx, date(year, 1, 1))
            if mou is None:
                return BurnDown(year, 0, ())
            # Summed in SQL: 30,000 rows of a scale-100 year read into Python took ~60 ms.
            seconds = func.sum(SecondsBetween(S.starts_at, S.ends_at))
            query = (
                select(S.field, S.status, seconds)
                .where(
                    S.mou_id == mou.id,
                    S.status.in_(BOOKED),
                    # Every field, named: the quota index is then read year by year.
                    S.field.in_(list(ConsultingField)),
                    S.starts_at >= first,
                    S.starts_at < first.replace(year=year + 1),
                )
                .group_by(S.field, S.status)
            )
            hours: dict[tuple[ConsultingField, bool], float] = defaultdict(float)
            for field, status, total in tx.execute(query):
                hours[field, status == SessionStatus.SCHEDULED] += float(total or 0) / 3600
            quota = mou.yearly_quota_hours
        fields = tuple(
            FieldHours(f, hours.get((f, False), 0.0), hours.get((f, True), 0.0))
            for f in ConsultingField
        )
        return BurnDown(year, quota, fields)

    def idle_teams(self, today: date) -> list[IdleTeam]:
        """Teams with an active tenancy today and no booked session in the last 60 days."""
        until = datetime.combine(today + timedelta(days=1), time())
        last = (
            select(func.max(S.starts_at))
            .where(S.team_id == Team.id, S.status.in_(BOOKED), S.starts_at < until)
            .scalar_subquery()
        )
        query = (
            select(Team.id, Team.name, last)
            .join(Tenancy, Tenancy.team_id == Team.id)
            .where(idle_tenants(today))
            .group_by(Team.id, Team.name)
            .order_by(Team.name)
        )
        with self._read() as tx:
            return [
                IdleTeam(team_id, name, when.date() if when else None)
                for team_id, name, when in tx.execute(query)
            ]
