"""Teams as the Teams page reads them: the list searched and sorted in SQL, and one
team's detail with its tenancies, consulting sessions, agreements and subsidy years.

A read view across the features (spaces, consulting, grants), so it lives in ``hub``;
registering and editing a team is ``people.teams``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, null, or_, select, tuple_
from sqlalchemy.orm import InstrumentedAttribute, Session

from hubdesk.domain.enums import AgreementStatus, TeamKind, TeamStatus, TenancyStatus
from hubdesk.domain.records import AgreementRecord, SessionRecord, SubsidyYear, TeamDetail, TeamRow
from hubdesk.domain.rules import subsidy_flags
from hubdesk.services.consulting.sessions import session_record
from hubdesk.services.core.base import Service, get_or_raise, plain_rows
from hubdesk.services.core.boundary import typed_boundary
from hubdesk.services.grants.rows import agreement_records
from hubdesk.services.people.teams import team_record
from hubdesk.services.spaces.spaces import last_day_column, tenancy_record_of, tenancy_rows
from hubdesk.storage.models import (
    Consultant,
    ConsultingSession,
    GrantAgreement,
    Space,
    Team,
    Tenancy,
)

SUBSIDY_HISTORY_YEARS = 5
SPACE_SEPARATOR = ", "
_NUMBER_TEXT = re.compile(r"^[\d\s\-]+$")
_Sortable = ColumnElement[Any] | InstrumentedAttribute[Any]


class TeamColumn(StrEnum):
    """The columns the team list can be sorted by."""

    NAME = "name"
    KIND = "kind"
    STATUS = "status"
    BRN = "brn"
    REPRESENTATIVE = "representative"
    SPACES = "spaces"


@dataclass(frozen=True, slots=True)
class TeamQuery:
    """What the team list shows: search text, filters and order.

    ``text`` matches the name, the representative or the business number (with or
    without hyphens); several words must all match. ``housed`` asks for teams that
    use a space today (True) or do not (False).
    """

    text: str = ""
    kind: TeamKind | None = None
    status: TeamStatus | None = None
    housed: bool | None = None
    sort: TeamColumn = TeamColumn.NAME
    descending: bool = False


@typed_boundary
class TeamViewService(Service):
    """The team list and a team's detail (read only)."""

    def subsidy_history(self, team_id: int, today: date) -> list[SubsidyYear]:
        """Grants of the last five years by the year the agreement starts, flagged at 3억/10억."""
        with self._read() as tx:
            get_or_raise(tx, Team, team_id, "team")
            return _subsidy_years(tx, team_id, today)

    def search(
        self,
        query: TeamQuery,
        today: date,
        offset: int = 0,
        limit: int = 200,
        *,
        after: TeamRow | None = None,
    ) -> list[TeamRow]:
        """One page of the team list, filtered and sorted in SQL (ties broken by id).

        ``after`` asks for the rows that follow that row (a keyset page: as quick at the
        end of the list as at its start, where an ``offset`` reads every row before it).
        Sorted by anything but the spaces, the page is read in the order of an index and
        only its own teams' spaces are looked up."""
        if query.sort == TeamColumn.SPACES:
            spaces = _current_spaces(today)
            key: _Sortable = spaces.c.first_code
            statement = select(*_ROW_COLUMNS, spaces.c.codes).outerjoin(
                spaces, spaces.c.team_id == Team.id
            )
        else:
            key = _sort_key(query.sort)
            statement = select(*_ROW_COLUMNS, null().label("codes"))
        statement = statement.where(*_filters(query, today))
        if after is not None:
            statement = statement.where(_after(query, key, after))
        statement = (
            statement.order_by(*_order(query, key)).offset(max(offset, 0)).limit(max(limit, 0))
        )
        with self._read() as tx:
            rows = plain_rows(tx, statement)
            if query.sort == TeamColumn.SPACES:
                codes = {row.id: row.codes.split(SPACE_SEPARATOR) for row in rows if row.codes}
            else:
                codes = _codes_of(tx, [row.id for row in rows], today)
        return [_team_row(row, codes.get(row.id, [])) for row in rows]

    def count(self, query: TeamQuery, today: date) -> int:
        """How many teams the query finds (all pages)."""
        statement = select(func.count()).select_from(Team).where(*_filters(query, today))
        with self._read() as tx:
            return int(tx.scalar(statement) or 0)

    def detail(self, team_id: int, today: date) -> TeamDetail:
        """The team with its tenancies, sessions, agreements and subsidy years, newest first."""
        with self._read() as tx:
            team = get_or_raise(tx, Team, team_id, "team")
            tenancies = tx.execute(
                tenancy_rows()
                .where(Tenancy.team_id == team_id)
                .order_by(Tenancy.start_date.desc(), Tenancy.id.desc())
            )
            return TeamDetail(
                team=team_record(team),
                tenancies=tuple(tenancy_record_of(row) for row in tenancies),
                sessions=_sessions(tx, team_id),
                agreements=_agreements(tx, team_id),
                subsidies=tuple(_subsidy_years(tx, team_id, today)),
            )


def _current(today: date) -> ColumnElement[bool]:
    """Tenancies that house their team on ``today``."""
    return and_(
        Tenancy.status != TenancyStatus.CANCELLED,
        Tenancy.start_date <= today,
        last_day_column() >= today,
    )


def _current_spaces(today: date) -> Any:
    """Per team housed today: its space codes and the first code (for sorting), one row."""
    return (
        select(
            Tenancy.team_id.label("team_id"),
            func.aggregate_strings(Space.code, SPACE_SEPARATOR).label("codes"),
            func.min(Space.code).label("first_code"),
        )
        .join(Space, Space.id == Tenancy.space_id)
        .where(_current(today))
        .group_by(Tenancy.team_id)
        .subquery("current_spaces")
    )


def _codes_of(tx: Session, team_ids: list[int], today: date) -> dict[int, list[str]]:
    """The codes of the spaces each of ``team_ids`` is housed in today (one a tenancy)."""
    query = (
        select(Tenancy.team_id, Space.code)
        .join(Space, Space.id == Tenancy.space_id)
        .where(Tenancy.team_id.in_(team_ids), _current(today))
    )
    found: dict[int, list[str]] = defaultdict(list)
    for team_id, code in plain_rows(tx, query):
        found[team_id].append(code)
    return found


def _filters(query: TeamQuery, today: date) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if query.kind is not None:
        conditions.append(Team.kind == query.kind)
    if query.status is not None:
        conditions.append(Team.status == query.status)
    if query.housed is not None:
        housed = select(Tenancy.id).where(Tenancy.team_id == Team.id, _current(today)).exists()
        conditions.append(housed if query.housed else ~housed)
    conditions.extend(_text_filters(query.text))
    return conditions


def _text_filters(text: str) -> list[ColumnElement[bool]]:
    """Every word must match the name or representative; a number matches the BRN."""
    text = text.strip()
    if not text:
        return []
    if _NUMBER_TEXT.match(text):
        digits = re.sub(r"\D", "", text)
        return [
            or_(
                Team.brn.contains(digits, autoescape=True),
                Team.name.contains(text, autoescape=True),
                Team.representative.contains(text, autoescape=True),
            )
        ]
    return [
        or_(
            Team.name.icontains(word, autoescape=True),
            Team.representative.icontains(word, autoescape=True),
        )
        for word in text.split()
    ]


_KIND_ORDER = {kind: index for index, kind in enumerate(TeamKind)}
_STATUS_ORDER = {status: index for index, status in enumerate(TeamStatus)}
_NULLABLE = (TeamColumn.BRN, TeamColumn.SPACES)  # the others are never empty


def _sort_key(column: TeamColumn) -> _Sortable:
    """Kinds and statuses sort in their declared order, not by their stored names (the
    spaces' key is the first code, from ``_current_spaces``)."""
    if column == TeamColumn.KIND:
        return case(_KIND_ORDER, value=Team.kind)
    if column == TeamColumn.STATUS:
        return case(_STATUS_ORDER, value=Team.status)
    columns: dict[TeamColumn, _Sortable] = {
        TeamColumn.NAME: Team.name,
        TeamColumn.BRN: Team.brn,
        TeamColumn.REPRESENTATIVE: Team.representative,
    }
    return columns[column]


def _order(query: TeamQuery, key: _Sortable) -> list[ColumnElement[Any]]:
    """Empty values last in both directions, then the column, then the id. A column that is
    never empty orders by itself and the id alone: the order of its index."""
    order: list[ColumnElement[Any]] = (
        [key.desc(), Team.id.desc()] if query.descending else [key.asc(), Team.id.asc()]
    )
    if query.sort in _NULLABLE:
        order.insert(0, case((key.is_(None), 1), else_=0))
    return order


def _sort_value(row: TeamRow, column: TeamColumn) -> object:
    """The value of ``key`` the row was sorted by."""
    values: dict[TeamColumn, Callable[[TeamRow], object]] = {
        TeamColumn.NAME: lambda r: r.name,
        TeamColumn.KIND: lambda r: _KIND_ORDER[r.kind],
        TeamColumn.STATUS: lambda r: _STATUS_ORDER[r.status],
        TeamColumn.BRN: lambda r: r.brn,
        TeamColumn.REPRESENTATIVE: lambda r: r.representative,
        TeamColumn.SPACES: lambda r: min(r.spaces.split(SPACE_SEPARATOR)) if r.spaces else None,
    }
    return values[column](row)


def _after(query: TeamQuery, key: _Sortable, row: TeamRow) -> ColumnElement[bool]:
    """The teams that follow ``row`` in the query's order (see ``_order``)."""
    value = _sort_value(row, query.sort)
    if value is None:  # among the empty ones, last: only ids decide
        return and_(key.is_(None), Team.id < row.id if query.descending else Team.id > row.id)
    ordered, cursor = tuple_(key, Team.id), tuple_(literal(value), literal(row.id))
    beyond = ordered < cursor if query.descending else ordered > cursor
    return or_(key.is_(None), beyond) if query.sort in _NULLABLE else beyond


_ROW_COLUMNS = (
    Team.id,
    Team.name,
    Team.kind,
    Team.status,
    Team.brn,
    Team.representative,
    Team.phone,
    Team.closed_on,
)


def _team_row(row: Any, codes: list[str]) -> TeamRow:
    """A row of ``_ROW_COLUMNS`` with the codes of its spaces today (one a tenancy)."""
    return TeamRow(
        id=row.id,
        name=row.name,
        kind=row.kind,
        status=row.status,
        brn=row.brn,
        representative=row.representative,
        phone=row.phone,
        spaces=SPACE_SEPARATOR.join(sorted(codes)),
        closed_on=row.closed_on,
    )


def _sessions(tx: Session, team_id: int) -> tuple[SessionRecord, ...]:
    """The team's consulting sessions, newest first; consultants loaded in one query."""
    rows = tx.scalars(
        select(ConsultingSession)
        .where(ConsultingSession.team_id == team_id)
        .order_by(ConsultingSession.starts_at.desc(), ConsultingSession.id.desc())
    ).all()
    wanted = {row.consultant_id for row in rows}
    # Held here so session_record's lookups hit the identity map instead of the database.
    consultants = tx.scalars(select(Consultant).where(Consultant.id.in_(wanted))).all()
    records = tuple(session_record(tx, row) for row in rows)
    del consultants
    return records


def _agreements(tx: Session, team_id: int) -> tuple[AgreementRecord, ...]:
    rows = tx.scalars(
        select(GrantAgreement)
        .where(GrantAgreement.team_id == team_id)
        .order_by(GrantAgreement.start_date.desc(), GrantAgreement.id.desc())
    )
    return tuple(agreement_records(tx, rows.all()))


def _subsidy_years(tx: Session, team_id: int, today: date) -> list[SubsidyYear]:
    first_year = today.year - SUBSIDY_HISTORY_YEARS + 1
    year = func.extract("year", GrantAgreement.start_date)
    query = (
        select(year, func.sum(GrantAgreement.grant))
        .where(
            GrantAgreement.team_id == team_id,
            GrantAgreement.status.not_in([AgreementStatus.CANCELLED, AgreementStatus.DRAFT]),
            year >= first_year,
        )
        .group_by(year)
    )
    totals = {int(y): int(amount) for y, amount in tx.execute(query)}
    return [
        SubsidyYear(y, totals.get(y, 0), *subsidy_flags(totals.get(y, 0)))
        for y in range(first_year, today.year + 1)
    ]
