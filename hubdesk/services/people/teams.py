"""Teams: register, edit, close or archive; never delete a team with a history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from hubdesk.domain.brn import checked_brn, parse_brn
from hubdesk.domain.enums import TeamKind, TeamStatus
from hubdesk.domain.errors import (
    BusinessNumberChecksum,
    DuplicateBusinessNumber,
    InvalidTransition,
    RecordChanged,
    TeamHasRecords,
    ValidationError,
)
from hubdesk.domain.records import (
    TeamRecord,
)
from hubdesk.services.core.base import (
    Service,
    check_count,
    clean_text,
    get_or_raise,
    optional_phone,
    optional_text,
)
from hubdesk.services.core.boundary import typed_boundary
from hubdesk.storage.models import (
    Application,
    ConsultingSession,
    GrantAgreement,
    Purchase,
    Team,
    TeamStatusChange,
    Tenancy,
)

# The longest text each field of a team takes (the columns' sizes); the dialog says so
# at the field, the service refuses anything longer.
LIMITS = {"name": 120, "representative": 64, "email": 120, "address": 255, "description": 4000}


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
    def add(
        self, draft: TeamDraft, *, confirm_check_digit: bool = False, today: date | None = None
    ) -> TeamRecord:
        """Register a team; its status history starts on the day it was founded (when
        given and not in the future), else ``today``."""
        values = self._validated(draft)
        if draft.status in (TeamStatus.CLOSED, TeamStatus.ARCHIVED):  # closed_on comes with close()
            raise ValidationError(field="status", reason="use close() to close or archive a team")
        with self._write() as tx:
            brn = self._checked_brn(tx, draft.brn, None, confirm_check_digit)
            team = Team(**values, brn=brn, brn_check_confirmed=confirm_check_digit)
            tx.add(team)
            tx.flush()
            _record_status(tx, team, _since(team.founded_on, today))
            return team_record(team)

    def update(
        self,
        team_id: int,
        draft: TeamDraft,
        *,
        version: int,
        confirm_check_digit: bool = False,
        today: date | None = None,
    ) -> TeamRecord:
        """Save an edit made on ``version`` of the team; a newer version is refused.
        A changed status is kept in the history from ``today``."""
        values = self._validated(draft)
        with self._write() as tx:
            team = get_or_raise(tx, Team, team_id, "team")
            _check_version(team, version)
            closing = (TeamStatus.CLOSED, TeamStatus.ARCHIVED)
            if draft.status in closing and draft.status != team.status:
                raise ValidationError(
                    field="status", reason="use close() to close or archive a team"
                )
            brn = self._checked_brn(tx, draft.brn, team_id, confirm_check_digit)
            changed = team.status != values["status"]
            for key, value in values.items():
                setattr(team, key, value)
            team.brn = brn
            team.brn_check_confirmed = confirm_check_digit
            tx.flush()
            if changed:
                _record_status(tx, team, today or date.today())
            return team_record(team)

    def close(self, team_id: int, on: date, *, archive: bool = False) -> TeamRecord:
        """Close (폐업/해산) or archive a team instead of deleting it; the history takes the
        new status from ``on`` (changes recorded after that day are superseded)."""
        target = TeamStatus.ARCHIVED if archive else TeamStatus.CLOSED
        with self._write() as tx:
            team = get_or_raise(tx, Team, team_id, "team")
            if team.status == target:
                raise InvalidTransition(
                    entity="team", key=team.name, current=team.status, target=target
                )
            team.status = target
            team.closed_on = on
            tx.flush()
            _drop_status_after(tx, team.id, on)
            _record_status(tx, team, on)
            return team_record(team)

    def reopen(self, team_id: int, *, today: date | None = None) -> TeamRecord:
        """Operating again from ``today``."""
        with self._write() as tx:
            team = get_or_raise(tx, Team, team_id, "team")
            team.status = TeamStatus.OPERATING
            team.closed_on = None
            tx.flush()
            _record_status(tx, team, today or date.today())
            return team_record(team)

    def delete(self, team_id: int) -> TeamRecord:
        """Delete a team entered by mistake; one with any history is refused.

        Returns the team as it was, so ``restore`` can bring it back (undo/redo).
        """
        with self._write() as tx:
            team = get_or_raise(tx, Team, team_id, "team")
            counts = {
                "tenancies": _count(tx, Tenancy.team_id, team_id),
                "sessions": _count(tx, ConsultingSession.team_id, team_id),
                "agreements": _count(tx, GrantAgreement.team_id, team_id),
                "applications": _count(tx, Application.team_id, team_id),
                "purchases": _count(tx, Purchase.team_id, team_id),
            }
            if any(counts.values()):
                raise TeamHasRecords(team_name=team.name, **counts)
            record = team_record(team)
            tx.execute(delete(TeamStatusChange).where(TeamStatusChange.team_id == team_id))
            tx.delete(team)
            return record

    def get(self, team_id: int) -> TeamRecord:
        with self._read() as tx:
            return team_record(get_or_raise(tx, Team, team_id, "team"))

    def counts(self) -> dict[tuple[TeamKind, TeamStatus], int]:
        """How many teams there are of each kind in each status (one grouped query)."""
        query = select(Team.kind, Team.status, func.count()).group_by(Team.kind, Team.status)
        with self._read() as tx:
            return {(kind, status): int(n) for kind, status, n in tx.execute(query)}

    def restore(self, record: TeamRecord, *, today: date | None = None) -> TeamRecord:
        """Bring a deleted team back under its id, values and version (redo of "add team");
        its history starts again as ``add`` starts it."""
        self._validated(draft_of(record))
        _check_closed_on(record.status, record.closed_on)
        with self._write() as tx:
            if tx.get(Team, record.id) is not None:
                raise RecordChanged(entity="team", key=record.name)
            brn = self._checked_brn(tx, record.brn, None, True)
            values = {key: getattr(record, key) for key in _RESTORED_FIELDS}
            team = Team(**values, brn=brn, brn_check_confirmed=check_digit_confirmed(record.brn))
            tx.add(team)
            tx.flush()
            # The ORM starts every new row at version 1; later undo steps expect the old one.
            tx.execute(
                update(Team.__table__)  # type: ignore[arg-type]
                .where(Team.__table__.c.id == record.id)
                .values(version=record.version)
            )
            tx.refresh(team)
            _record_status(tx, team, record.closed_on or _since(record.founded_on, today))
            return team_record(team)

    def revert_status(
        self,
        team_id: int,
        status: TeamStatus,
        closed_on: date | None,
        *,
        today: date | None = None,
    ) -> TeamRecord:
        """Put back the status a close, archive or reopen replaced (undo). The history
        drops the change being undone when its last row is that change; otherwise it
        takes ``status`` from ``closed_on`` (or ``today``)."""
        _check_closed_on(status, closed_on)
        with self._write() as tx:
            team = get_or_raise(tx, Team, team_id, "team")
            undone = _undo_last_status(tx, team, TeamStatus(status))
            team.status = TeamStatus(status)
            team.closed_on = closed_on
            tx.flush()
            if not undone:
                _record_status(tx, team, closed_on or today or date.today())
            return team_record(team)

    def _validated(self, draft: TeamDraft) -> dict[str, object]:
        return {
            "name": clean_text(draft.name, "name", max_length=LIMITS["name"]),
            "kind": TeamKind(draft.kind),
            "status": TeamStatus(draft.status),
            "representative": clean_text(
                draft.representative, "representative", max_length=LIMITS["representative"]
            ),
            "phone": optional_phone(draft.phone),
            "email": _checked_email(draft.email),
            "address": optional_text(draft.address, "address", max_length=LIMITS["address"]),
            "founded_on": draft.founded_on,
            "employees": check_count(draft.employees, "employees", maximum=100_000),
            "description": clean_text(
                draft.description,
                "description",
                required=False,
                max_length=LIMITS["description"],
                multiline=True,
            ),
        }

    @staticmethod
    def _checked_brn(
        tx: Session, text: str | None, team_id: int | None, confirmed: bool
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
        other = tx.scalar(select(Team).where(Team.brn == number.digits, Team.id != team_id))
        if other is not None:
            raise DuplicateBusinessNumber(value=number.formatted, team_name=other.name)
        return number.digits


def _checked_email(email: str | None) -> str | None:
    text = optional_text(email, "email", max_length=LIMITS["email"])
    if text is not None and ("@" not in text or text.startswith("@") or text.endswith("@")):
        raise ValidationError(field="email", reason=f"{text!r} is not an e-mail address")
    return text


def _check_closed_on(status: TeamStatus, closed_on: date | None) -> None:
    """A closed or archived team has the day it closed; any other team has none."""
    if (status in (TeamStatus.CLOSED, TeamStatus.ARCHIVED)) != (closed_on is not None):
        raise ValidationError(
            field="closed_on", reason="is given exactly when the team is closed or archived"
        )


def _since(founded_on: date | None, today: date | None) -> date:
    """The day a new team's history starts: its founding day, unless that is unknown or
    after ``today``."""
    day = today or date.today()
    return founded_on if founded_on is not None and founded_on <= day else day


def _record_status(tx: Session, team: Team, on: date) -> None:
    """Keep the team's (new) status in its history from ``on`` (DOMAIN.md, Teams)."""
    tx.add(TeamStatusChange(team_id=team.id, status=team.status, changed_on=on))
    tx.flush()


def _drop_status_after(tx: Session, team_id: int, on: date) -> None:
    """Changes recorded after a closing day are superseded by the closing."""
    later = select(TeamStatusChange).where(
        TeamStatusChange.team_id == team_id, TeamStatusChange.changed_on > on
    )
    for row in tx.scalars(later):
        tx.delete(row)
    tx.flush()


def _undo_last_status(tx: Session, team: Team, restored: TeamStatus) -> bool:
    """Delete the team's last history row when it records the status being undone and
    the row before it the status put back; True when it did."""
    query = (
        select(TeamStatusChange)
        .where(TeamStatusChange.team_id == team.id)
        .order_by(TeamStatusChange.changed_on.desc(), TeamStatusChange.id.desc())
        .limit(2)
    )
    rows = list(tx.scalars(query))
    if len(rows) == 2 and rows[0].status == team.status and rows[1].status == restored:
        tx.delete(rows[0])
        tx.flush()
        return True
    return False


def _check_version(team: Team, version: int) -> None:
    if team.version != version:
        raise RecordChanged(entity="team", key=team.name)


def _count(
    tx: Session,
    column: InstrumentedAttribute[int] | InstrumentedAttribute[int | None],
    team_id: int,
) -> int:
    return int(tx.scalar(select(func.count()).where(column == team_id)) or 0)


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
