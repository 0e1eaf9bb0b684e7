"""Teams: register, edit, close or archive; never delete a team with a history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from ..domain.brn import parse_brn
from ..domain.enums import AgreementStatus, TeamKind, TeamStatus
from ..domain.errors import (
    BusinessNumberChecksum,
    DuplicateBusinessNumber,
    InvalidTransition,
    RecordChanged,
    TeamHasRecords,
    ValidationError,
)
from ..domain.records import SubsidyYear, TeamRecord
from ..domain.rules import subsidy_flags
from ..storage.models import ConsultingSession, GrantAgreement, Team, Tenancy
from .base import Service, check_count, clean_text, get_or_raise, optional_text

SUBSIDY_HISTORY_YEARS = 5


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


class TeamService(Service):
    def add(self, draft: TeamDraft, *, confirm_check_digit: bool = False) -> TeamRecord:
        values = self._validated(draft)
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
        if draft.status in (TeamStatus.CLOSED, TeamStatus.ARCHIVED):
            raise ValidationError(field="status", reason="use close() to close or archive a team")
        with self._write() as session:
            team = get_or_raise(session, Team, team_id, "team")
            _check_version(team, version)
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

    def delete(self, team_id: int) -> None:
        """Delete a team entered by mistake; one with any history is refused."""
        with self._write() as session:
            team = get_or_raise(session, Team, team_id, "team")
            counts = {
                "tenancies": _count(session, Tenancy.team_id, team_id),
                "sessions": _count(session, ConsultingSession.team_id, team_id),
                "agreements": _count(session, GrantAgreement.team_id, team_id),
            }
            if any(counts.values()):
                raise TeamHasRecords(team_name=team.name, **counts)
            session.delete(team)

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
        with self._read() as session:
            get_or_raise(session, Team, team_id, "team")
            totals = {int(y): int(amount) for y, amount in session.execute(query)}
        return [
            SubsidyYear(y, totals.get(y, 0), *subsidy_flags(totals.get(y, 0)))
            for y in range(first_year, today.year + 1)
        ]

    def _validated(self, draft: TeamDraft) -> dict[str, object]:
        return {
            "name": clean_text(draft.name, "name", max_length=120),
            "kind": TeamKind(draft.kind),
            "status": TeamStatus(draft.status),
            "representative": clean_text(draft.representative, "representative", max_length=64),
            "phone": optional_text(draft.phone, "phone", max_length=32),
            "email": _checked_email(draft.email),
            "address": optional_text(draft.address, "address", max_length=255),
            "founded_on": draft.founded_on,
            "employees": check_count(draft.employees, "employees", maximum=100_000),
            "description": clean_text(
                draft.description, "description", required=False, max_length=4000
            ),
        }

    @staticmethod
    def _checked_brn(
        session: Session, text: str | None, team_id: int | None, confirmed: bool
    ) -> str | None:
        if not text or not text.strip():
            return None
        number = parse_brn(text)
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


def _check_version(team: Team, version: int) -> None:
    if team.version != version:
        raise RecordChanged(entity="team", key=team.name)


def _count(session: Session, column: InstrumentedAttribute[int], team_id: int) -> int:
    return int(session.scalar(select(func.count()).where(column == team_id)) or 0)
