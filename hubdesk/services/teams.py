"""Teams: register, edit, close or archive; never delete a team with a history."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, case, func, or_, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from ..domain.brn import checked_brn, parse_brn
from ..domain.enums import AgreementStatus, TeamKind, TeamStatus, TenancyStatus
from ..domain.errors import (
    BusinessNumberChecksum,
    DuplicateBusinessNumber,
    InvalidTransition,
    RecordChanged,
    TeamHasRecords,
    ValidationError,
)
from ..domain.records import (
    AgreementRecord,
    SessionRecord,
    SubsidyYear,
    TeamDetail,
    TeamRecord,
    TeamRow,
)
from ..domain.rules import subsidy_flags
from ..storage.models import (
    Application,
    Consultant,
    ConsultingSession,
    GrantAgreement,
    Space,
    Team,
    Tenancy,
)
from .base import (
    Service,
    check_count,
    clean_text,
    get_or_raise,
    optional_phone,
    optional_text,
)
from .boundary import typed_boundary
from .grant_rows import agreement_records
from .spaces import last_day_column, tenancy_record_of, tenancy_rows

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


@dataclass(frozen=True, slots=True)
class TeamDraft:
    """What a user types into the team dialog."""

    name: str
    kind: TeamKind
    representative: str
    brn: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    founded_on: date | None = None
    employees: int = 0
    description: str = ""
    status: TeamStatus = TeamStatus.OPERATING


def draft_of(record: TeamRecord) -> TeamDraft:
    """The draft that would save ``record``'s values again (undo of an edit)."""
    return TeamDraft(
        name=record.name,
        kind=record.kind,
        representative=record.representative,
        brn=record.brn,
        phone=record.phone,
        email=record.email,
        address=record.address,
        founded_on=record.founded_on,
        employees=record.employees,
        description=record.description,
        status=record.status,
    )


def check_digit_confirmed(brn: str | None) -> bool:
    """A stored number with a wrong check digit was confirmed by staff when it was saved."""
    return brn is not None and not parse_brn(brn).check_digit_ok


def team_record(team: Team) -> TeamRecord:
    return TeamRecord(
        id=team.id,
        name=team.name,
        kind=team.kind,
        status=team.status,
        brn=team.brn,
        representative=team.representative,
        phone=team.phone,
        email=team.email,
        address=team.address,
        founded_on=team.founded_on,
        employees=team.employees,
        description=team.description,
        closed_on=team.closed_on,
        version=team.version,
    )


@typed_boundary
class TeamService(Service):
    def add(self, draft: TeamDraft, *, confirm_check_digit: bool = False) -> TeamRecord:
        values = self._validated(draft)
        if draft.status in (TeamStatus.CLOSED, TeamStatus.ARCHIVED):  # closed_on comes with close()
            raise ValidationError(field="status", reason="use close() to close or archive a team")
        with self._write() as session:
            brn = self._checked_brn(session, draft.brn, None, confirm_check_digit)
            team = Team(**values, brn=brn, brn_check_confirmed=confirm_check_digit)
            session.add(team)
            session.flush()
            return team_record(team)

    def update(
        self, team_id: int, draft: TeamDraft, *, version: int, confirm_check_digit: bool = False
    ) -> TeamRecord:
        """Save an edit made on ``version`` of the team; a newer version is refused."""
        values = self._validated(draft)
        with self._write() as session:
            team = get_or_raise(session, Team, team_id, "team")
            _check_version(team, version)
            closing = (TeamStatus.CLOSED, TeamStatus.ARCHIVED)
            if draft.status in closing and draft.status != team.status:
                raise ValidationError(
                    field="status", reason="use close() to close or archive a team"
                )
            brn = self._checked_brn(session, draft.brn, team_id, confirm_check_digit)
            for key, value in values.items():
                setattr(team, key, value)
            team.brn = brn
            team.brn_check_confirmed = confirm_check_digit
            session.flush()
            return team_record(team)

    def close(self, team_id: int, on: date, *, archive: bool = False) -> TeamRecord:
        """Close (폐업/해산) or archive a team instead of deleting it."""
        target = TeamStatus.ARCHIVED if archive else TeamStatus.CLOSED
        with self._write() as session:
            team = get_or_raise(session, Team, team_id, "team")
            if team.status == target:
                raise InvalidTransition(
                    entity="team", key=team.name, current=team.status, target=target
                )
            team.status = target
            team.closed_on = on
            session.flush()
            return team_record(team)

    def reopen(self, team_id: int) -> TeamRecord:
        with self._write() as session:
            team = get_or_raise(session, Team, team_id, "team")
            team.status = TeamStatus.OPERATING
            team.closed_on = None
            session.flush()
            return team_record(team)

    def delete(self, team_id: int) -> TeamRecord:
        """Delete a team entered by mistake; one with any history is refused.

        Returns the team as it was, so ``restore`` can bring it back (undo/redo).
        """
        with self._write() as session:
            team = get_or_raise(session, Team, team_id, "team")
            counts = {
                "tenancies": _count(session, Tenancy.team_id, team_id),
                "sessions": _count(session, ConsultingSession.team_id, team_id),
                "agreements": _count(session, GrantAgreement.team_id, team_id),
                "applications": _count(session, Application.team_id, team_id),
            }
            if any(counts.values()):
                raise TeamHasRecords(team_name=team.name, **counts)
            record = team_record(team)
            session.delete(team)
            return record

    def get(self, team_id: int) -> TeamRecord:
        with self._read() as session:
            return team_record(get_or_raise(session, Team, team_id, "team"))

    def counts(self) -> dict[tuple[TeamKind, TeamStatus], int]:
        """How many teams there are of each kind in each status (one grouped query)."""
        query = select(Team.kind, Team.status, func.count()).group_by(Team.kind, Team.status)
        with self._read() as session:
            return {(kind, status): int(n) for kind, status, n in session.execute(query)}

    def subsidy_history(self, team_id: int, today: date) -> list[SubsidyYear]:
        """Grants of the last five years by the year the agreement starts, flagged at 3억/10억."""
        with self._read() as session:
            get_or_raise(session, Team, team_id, "team")
            return _subsidy_years(session, team_id, today)

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
        with self._read() as session:
            return [_team_row(row) for row in session.execute(statement)]

    def count(self, query: TeamQuery, today: date) -> int:
        """How many teams the query finds (all pages)."""
        spaces = _current_spaces(today)
        statement = (
            select(func.count())
            .select_from(Team)
            .outerjoin(spaces, spaces.c.team_id == Team.id)
            .where(*_filters(query, spaces.c.team_id))
        )
        with self._read() as session:
            return int(session.scalar(statement) or 0)

    def detail(self, team_id: int, today: date) -> TeamDetail:
        """The team with its tenancies, sessions, agreements and subsidy years, newest first."""
        with self._read() as session:
            team = get_or_raise(session, Team, team_id, "team")
            tenancies = session.execute(
                tenancy_rows()
                .where(Tenancy.team_id == team_id)
                .order_by(Tenancy.start_date.desc(), Tenancy.id.desc())
            )
            return TeamDetail(
                team=team_record(team),
                tenancies=tuple(tenancy_record_of(row) for row in tenancies),
                sessions=_sessions(session, team_id),
                agreements=_agreements(session, team_id),
                subsidies=tuple(_subsidy_years(session, team_id, today)),
            )

    def restore(self, record: TeamRecord) -> TeamRecord:
        """Bring a deleted team back under its id, values and version (redo of "add team")."""
        self._validated(draft_of(record))
        _check_closed_on(record.status, record.closed_on)
        with self._write() as session:
            if session.get(Team, record.id) is not None:
                raise RecordChanged(entity="team", key=record.name)
            brn = self._checked_brn(session, record.brn, None, True)
            values = {key: getattr(record, key) for key in _RESTORED_FIELDS}
            team = Team(**values, brn=brn, brn_check_confirmed=check_digit_confirmed(record.brn))
            session.add(team)
            session.flush()
            # The ORM starts every new row at version 1; later undo steps expect the old one.
            session.execute(
                update(Team.__table__)  # type: ignore[arg-type]
                .where(Team.__table__.c.id == record.id)
                .values(version=record.version)
            )
            session.refresh(team)
            return team_record(team)

    def revert_status(self, team_id: int, status: TeamStatus, closed_on: date | None) -> TeamRecord:
        """Put back the status a close, archive or reopen replaced (undo)."""
        _check_closed_on(status, closed_on)
        with self._write() as session:
            team = get_or_raise(session, Team, team_id, "team")
            team.status = TeamStatus(status)
            team.closed_on = closed_on
            session.flush()
            return team_record(team)

    def _validated(self, draft: TeamDraft) -> dict[str, object]:
        return {
            "name": clean_text(draft.name, "name", max_length=120),
            "kind": TeamKind(draft.kind),
            "status": TeamStatus(draft.status),
            "representative": clean_text(draft.representative, "representative", max_length=64),
            "phone": optional_phone(draft.phone),
            "email": _checked_email(draft.email),
            "address": optional_text(draft.address, "address", max_length=255),
            "founded_on": draft.founded_on,
            "employees": check_count(draft.employees, "employees", maximum=100_000),
            "description": clean_text(
                draft.description, "description", required=False, max_length=4000, multiline=True
            ),
        }

    @staticmethod
    def _checked_brn(
        session: Session, text: str | None, team_id: int | None, confirmed: bool
    ) -> str | None:
        if not text or not text.strip():
            return None
        number = checked_brn(text)
        if not number.check_digit_ok and not confirmed:
            raise BusinessNumberChecksum(
                value=number.formatted,
                actual=number.digits[9],
                expected=number.expected_check_digit,
            )
        other = session.scalar(select(Team).where(Team.brn == number.digits, Team.id != team_id))
        if other is not None:
            raise DuplicateBusinessNumber(value=number.formatted, team_name=other.name)
        return number.digits


def _checked_email(email: str | None) -> str | None:
    text = optional_text(email, "email", max_length=120)
    if text is not None and ("@" not in text or text.startswith("@") or text.endswith("@")):
        raise ValidationError(field="email", reason=f"{text!r} is not an e-mail address")
    return text


def _check_closed_on(status: TeamStatus, closed_on: date | None) -> None:
    """A closed or archived team has the day it closed; any other team has none."""
    if (status in (TeamStatus.CLOSED, TeamStatus.ARCHIVED)) != (closed_on is not None):
        raise ValidationError(
            field="closed_on", reason="is given exactly when the team is closed or archived"
        )


def _check_version(team: Team, version: int) -> None:
    if team.version != version:
        raise RecordChanged(entity="team", key=team.name)


def _count(session: Session, column: InstrumentedAttribute[int], team_id: int) -> int:
    return int(session.scalar(select(func.count()).where(column == team_id)) or 0)


_RESTORED_FIELDS = (
    "id",
    "name",
    "kind",
    "status",
    "representative",
    "phone",
    "email",
    "address",
    "founded_on",
    "employees",
    "description",
    "closed_on",
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


def _sessions(session: Session, team_id: int) -> tuple[SessionRecord, ...]:
    """The team's consulting sessions, newest first; consultants loaded in one query."""
    from .consulting import session_record  # consulting imports team_record from here

    rows = session.scalars(
        select(ConsultingSession)
        .where(ConsultingSession.team_id == team_id)
        .order_by(ConsultingSession.starts_at.desc(), ConsultingSession.id.desc())
    ).all()
    wanted = {row.consultant_id for row in rows}
    # Held here so session_record's lookups hit the identity map instead of the database.
    consultants = session.scalars(select(Consultant).where(Consultant.id.in_(wanted))).all()
    records = tuple(session_record(session, row) for row in rows)
    del consultants
    return records


def _agreements(session: Session, team_id: int) -> tuple[AgreementRecord, ...]:
    rows = session.scalars(
        select(GrantAgreement)
        .where(GrantAgreement.team_id == team_id)
        .order_by(GrantAgreement.start_date.desc(), GrantAgreement.id.desc())
    )
    return tuple(agreement_records(session, rows.all()))


def _subsidy_years(session: Session, team_id: int, today: date) -> list[SubsidyYear]:
    first_year = today.year - SUBSIDY_HISTORY_YEARS + 1
    year = func.extract("year", GrantAgreement.start_date)
    query = (
        select(year, func.sum(GrantAgreement.city_amount + GrantAgreement.district_amount))
        .where(
            GrantAgreement.team_id == team_id,
            GrantAgreement.status.not_in([AgreementStatus.CANCELLED, AgreementStatus.DRAFT]),
            year >= first_year,
        )
        .group_by(year)
    )
    totals = {int(y): int(amount) for y, amount in session.execute(query)}
    return [
        SubsidyYear(y, totals.get(y, 0), *subsidy_flags(totals.get(y, 0)))
        for y in range(first_year, today.year + 1)
    ]
