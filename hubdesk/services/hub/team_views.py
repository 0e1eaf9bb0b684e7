"""Teams as the Teams page reads them: the list searched and sorted in SQL, and one
team's detail with its tenancies, consulting sessions, agreements and subsidy years.

A read view across the features (spaces, consulting, grants), so it lives in ``hub``;
registering and editing a team is ``people.teams``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, case, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from hubdesk.domain.enums import AgreementStatus, TeamKind, TeamStatus, TenancyStatus
from hubdesk.domain.records import AgreementRecord, SessionRecord, SubsidyYear, TeamDetail, TeamRow
from hubdesk.domain.rules import subsidy_flags
from hubdesk.services.consulting.sessions import session_record
from hubdesk.services.core.base import Service, get_or_raise
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
        self, query: TeamQuery, today: date, offset: int = 0, limit: int = 200
    ) -> list[TeamRow]:
        """One page of the team list, filtered and sorted in SQL (ties broken by id)."""
        spaces = _current_spaces(today)
        statement = (
            select(
                Team.id,
                Team.name,
                Team.kind,
                Team.status,
                Team.brn,
                Team.representative,
                Team.phone,
                spaces.c.codes,
                Team.closed_on,
            )
            .outerjoin(spaces, spaces.c.team_id == Team.id)
            .where(*_filters(query, spaces.c.team_id))
            .order_by(*_order(query, spaces.c.first_code))
            .offset(max(offset, 0))
            .limit(max(limit, 0))
        )
        with self._read() as tx:
            return [_team_row(row) for row in tx.execute(statement)]

    def count(self, query: TeamQuery, today: date) -> int:
        """How many teams the query finds (all pages)."""
        spaces = _current_spaces(today)
        statement = (
            select(func.count())
            .select_from(Team)
            .outerjoin(spaces, spaces.c.team_id == Team.id)
            .where(*_filters(query, spaces.c.team_id))
        )
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


def _current_spaces(today: date) -> Any:
    """Per team housed today: its space codes and the first code (for sorting), one row."""
    return (
        select(
            Tenancy.team_id.label("team_id"),
            func.aggregate_strings(Space.code, SPACE_SEPARATOR).label("codes"),
            func.min(Space.code).label("first_code"),
        )
        .join(Space, Space.id == Tenancy.space_id)
        .where(
            Tenancy.status != TenancyStatus.CANCELLED,
            Tenancy.start_date <= today,
            last_day_column() >= today,
        )
        .group_by(Tenancy.team_id)
        .subquery("current_spaces")
    )


def _filters(query: TeamQuery, housed_team: ColumnElement[Any]) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if query.kind is not None:
        conditions.append(Team.kind == query.kind)
    if query.status is not None:
        conditions.append(Team.status == query.status)
    if query.housed is not None:
        conditions.append(housed_team.is_not(None) if query.housed else housed_team.is_(None))
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


def _sort_key(column: TeamColumn, first_space: ColumnElement[Any]) -> _Sortable:
    """Kinds and statuses sort in their declared order, not by their stored names."""
    if column == TeamColumn.KIND:
        return case({kind: index for index, kind in enumerate(TeamKind)}, value=Team.kind)
    if column == TeamColumn.STATUS:
        return case({status: index for index, status in enumerate(TeamStatus)}, value=Team.status)
    columns: dict[TeamColumn, _Sortable] = {
        TeamColumn.NAME: Team.name,
        TeamColumn.BRN: Team.brn,
        TeamColumn.REPRESENTATIVE: Team.representative,
        TeamColumn.SPACES: first_space,
    }
    return columns[column]


def _order(query: TeamQuery, first_space: ColumnElement[Any]) -> list[ColumnElement[Any]]:
    """Empty values last in both directions, then the column, then the id."""
    key = _sort_key(query.sort, first_space)
    empty_last = case((key.is_(None), 1), else_=0)
    if query.descending:
        return [empty_last, key.desc(), Team.id.desc()]
    return [empty_last, key.asc(), Team.id.asc()]


def _team_row(row: Any) -> TeamRow:
    codes = sorted(row.codes.split(SPACE_SEPARATOR)) if row.codes else []
    return TeamRow(
        id=row.id,
        name=row.name,
        kind=row.kind,
        status=row.status,
        brn=row.brn,
        representative=row.representative,
        phone=row.phone,
        spaces=SPACE_SEPARATOR.join(codes),
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
