"""Consulting sessions under the SKHU MOU: booking without double booking, the hour quota,
idle teams. The MOU and its consultants are edited in ``consultants``."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from hubdesk.domain.enums import ConsultingField, SessionMode, SessionStatus, TenancyStatus
from hubdesk.domain.errors import (
    ConsultantDoubleBooked,
    InvalidTransition,
    OutsideMouPeriod,
    RecordChanged,
    TeamDoubleBooked,
    ValidationError,
)
from hubdesk.domain.periods import TimeSlot
from hubdesk.domain.records import ScheduledSession, SessionRecord, TeamRecord
from hubdesk.domain.rules import IDLE_CONSULTING_DAYS
from hubdesk.services.core.base import Service, check_count, clean_text, get_or_raise
from hubdesk.services.core.boundary import typed_boundary
from hubdesk.services.people.teams import team_record
from hubdesk.storage.models import (
    Consultant,
    ConsultantField,
    ConsultingSession,
    Mou,
    Team,
    Tenancy,
)

# Sessions that hold a consultant's and a team's time: all but cancelled ones.
BOOKED = (SessionStatus.SCHEDULED, SessionStatus.COMPLETED, SessionStatus.NO_SHOW)


@dataclass(frozen=True, slots=True)
class SessionDraft:
    team_id: int
    consultant_id: int
    field: ConsultingField
    day: date
    start: time
    minutes: int
    mode: SessionMode
    topic: str
    place: str = ""


@dataclass(frozen=True, slots=True)
class QuotaUsage:
    year: int
    quota_hours: int
    hours_by_field: dict[ConsultingField, float]

    @property
    def hours_used(self) -> float:
        return sum(self.hours_by_field.values())

    @property
    def hours_left(self) -> float:
        return self.quota_hours - self.hours_used


def draft_of(record: SessionRecord) -> SessionDraft:
    """The draft that books ``record`` again (redo of "schedule", undo of "reschedule")."""
    return SessionDraft(
        record.team_id,
        record.consultant_id,
        record.field,
        record.starts_at.date(),
        record.starts_at.time(),
        record.minutes,
        record.mode,
        record.topic,
        record.place,
    )


def session_record(tx: Session, row: ConsultingSession) -> SessionRecord:
    return SessionRecord(
        id=row.id,
        team_id=row.team_id,
        team_name=tx.get_one(Team, row.team_id).name,
        consultant_id=row.consultant_id,
        consultant_name=tx.get_one(Consultant, row.consultant_id).name,
        field=row.field,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        mode=row.mode,
        place=row.place,
        topic=row.topic,
        status=row.status,
        satisfaction=row.satisfaction,
    )


def booked_clash(
    tx: Session,
    column: InstrumentedAttribute[int],
    key: int,
    slot: TimeSlot,
    exclude: int | None = None,
) -> ConsultingSession | None:
    """A booked session of the consultant or team (``column`` = key) that overlaps ``slot``."""
    query = select(ConsultingSession).where(
        column == key,
        ConsultingSession.status.in_(BOOKED),
        ConsultingSession.starts_at < slot.end,
        ConsultingSession.ends_at > slot.start,
    )
    if exclude is not None:
        query = query.where(ConsultingSession.id != exclude)
    return tx.scalars(query.limit(1)).first()


def idle_tenants(today: date) -> ColumnElement[bool]:
    """Teams (joined to their tenancies) housed on ``today`` with no booked session in the
    60 days up to it: the teams consulting should call."""
    since = datetime.combine(today - timedelta(days=IDLE_CONSULTING_DAYS), time())
    recent = select(ConsultingSession.team_id).where(
        ConsultingSession.starts_at >= since,
        ConsultingSession.starts_at < datetime.combine(today + timedelta(days=1), time()),
        ConsultingSession.status.in_(BOOKED),
    )
    return and_(
        Tenancy.status == TenancyStatus.ACTIVE,
        Tenancy.start_date <= today,
        func.coalesce(Tenancy.ended_early_on, Tenancy.end_date) >= today,
        Team.id.not_in(recent),
    )


def covering_mou(tx: Session, day: date) -> Mou | None:
    query = select(Mou).where(Mou.start_date <= day, Mou.end_date >= day).order_by(Mou.id)
    return tx.scalars(query.limit(1)).first()


def _describe(tx: Session, row: ConsultingSession) -> str:
    """The other session as staff know it: its time, team and consultant (not its id)."""
    team, consultant = tx.get_one(Team, row.team_id), tx.get_one(Consultant, row.consultant_id)
    return f"{row.starts_at:%Y-%m-%d %H:%M}–{row.ends_at:%H:%M} {team.name} · {consultant.name}"


@typed_boundary
class ConsultingService(Service):
    def check_schedule(self, draft: SessionDraft, exclude: int | None = None) -> None:
        """Raise the error scheduling ``draft`` would hit, without writing (inline check)."""
        with self._read() as tx:
            self._checked(tx, draft, exclude)

    def schedule(self, draft: SessionDraft) -> ScheduledSession:
        """Book a session; refuses double booking and dates outside the MOU, warns on quota."""
        with self._write() as tx:
            slot, mou = self._checked(tx, draft, None)
            row = ConsultingSession(
                mou_id=mou.id,
                team_id=draft.team_id,
                consultant_id=draft.consultant_id,
                field=ConsultingField(draft.field),
                starts_at=slot.start,
                ends_at=slot.end,
                mode=SessionMode(draft.mode),
                place=clean_text(draft.place, "place", required=False),
                topic=clean_text(draft.topic, "topic"),
                status=SessionStatus.SCHEDULED,
            )
            tx.add(row)
            tx.flush()
            return self._scheduled_result(tx, row, mou, draft.day.year)

    def complete(
        self, session_id: int, summary: str, advice: str, follow_up: str, satisfaction: int | None
    ) -> SessionRecord:
        with self._write() as tx:
            row = self._transition(tx, session_id, SessionStatus.COMPLETED)
            row.summary = clean_text(summary, "summary", max_length=4000, multiline=True)
            row.advice = clean_text(
                advice, "advice", required=False, max_length=4000, multiline=True
            )
            row.follow_up = clean_text(
                follow_up, "follow_up", required=False, max_length=4000, multiline=True
            )
            if satisfaction is not None:
                check_count(satisfaction, "satisfaction", minimum=1, maximum=5)
            row.satisfaction = satisfaction
            tx.flush()
            return session_record(tx, row)

    def cancel(self, session_id: int, reason: str) -> SessionRecord:
        with self._write() as tx:
            row = self._transition(tx, session_id, SessionStatus.CANCELLED)
            row.cancel_reason = clean_text(reason, "reason", max_length=4000, multiline=True)
            tx.flush()
            return session_record(tx, row)

    def mark_no_show(self, session_id: int) -> SessionRecord:
        with self._write() as tx:
            row = self._transition(tx, session_id, SessionStatus.NO_SHOW)
            tx.flush()
            return session_record(tx, row)

    def quota_usage(self, year: int) -> QuotaUsage:
        """Hours booked against the MOU's yearly quota, by field (cancelled ones excluded)."""
        check_count(year, "year", minimum=2000, maximum=2100)
        with self._read() as tx:
            mou = covering_mou(tx, date(year, 12, 31)) or covering_mou(tx, date(year, 1, 1))
            if mou is None:
                return QuotaUsage(year, 0, {})
            return _quota_usage(tx, mou, year)

    def idle_teams(self, today: date) -> list[TeamRecord]:
        """Teams with an active tenancy and no consulting session in the last 60 days."""
        query = (
            select(Team)
            .join(Tenancy, Tenancy.team_id == Team.id)
            .where(idle_tenants(today))
            .distinct()
            .order_by(Team.name)
        )
        with self._read() as tx:
            return [team_record(t) for t in tx.scalars(query)]

    # --- edits of sessions and their reverse steps (undo/redo) ---------------------

    def reschedule(
        self, session_id: int, draft: SessionDraft, *, version: int | None = None
    ) -> SessionRecord:
        """Move or change a scheduled session; every rule is checked as for a new one.

        ``version`` is the one the editor read (a newer one is refused); undo and redo
        pass None, since the undo stack keeps their order.
        """
        with self._write() as tx:
            row = self._scheduled(tx, session_id, version)
            slot, mou = self._checked(tx, draft, row.id)
            row.mou_id = mou.id
            row.team_id, row.consultant_id = draft.team_id, draft.consultant_id
            row.field, row.mode = ConsultingField(draft.field), SessionMode(draft.mode)
            row.starts_at, row.ends_at = slot.start, slot.end
            row.place = clean_text(draft.place, "place", required=False)
            row.topic = clean_text(draft.topic, "topic")
            tx.flush()
            return session_record(tx, row)

    def unschedule(self, session_id: int) -> SessionRecord:
        """Undo "schedule": a session still scheduled is deleted; the audit keeps it."""
        with self._write() as tx:
            row = self._scheduled(tx, session_id, None)
            record = session_record(tx, row)
            tx.delete(row)
            tx.flush()
            return record

    def restore_session(self, record: SessionRecord) -> ScheduledSession:
        """Redo "schedule": book ``record`` again under its id, every rule checked anew."""
        with self._write() as tx:
            if tx.get(ConsultingSession, record.id) is not None:
                raise RecordChanged(entity="session", key=record.id)
            draft = draft_of(record)
            slot, mou = self._checked(tx, draft, None)
            row = ConsultingSession(
                id=record.id,
                mou_id=mou.id,
                team_id=draft.team_id,
                consultant_id=draft.consultant_id,
                field=draft.field,
                starts_at=slot.start,
                ends_at=slot.end,
                mode=draft.mode,
                place=clean_text(draft.place, "place", required=False),
                topic=clean_text(draft.topic, "topic"),
                status=SessionStatus.SCHEDULED,
            )
            tx.add(row)
            tx.flush()
            return self._scheduled_result(tx, row, mou, draft.day.year)

    def reopen(self, session_id: int) -> SessionRecord:
        """Undo "complete", "cancel" or "no-show": the session is scheduled again.

        Its outcome (summary, advice, follow-up, satisfaction, cancel reason) is cleared;
        a cancelled session whose slot was taken meanwhile is refused.
        """
        with self._write() as tx:
            row = get_or_raise(tx, ConsultingSession, session_id, "session")
            if row.status == SessionStatus.SCHEDULED:
                raise InvalidTransition(
                    entity="session", key=row.id, current=row.status, target=SessionStatus.SCHEDULED
                )
            if row.status == SessionStatus.CANCELLED:
                self._checked(tx, draft_of(session_record(tx, row)), row.id)
            row.status = SessionStatus.SCHEDULED
            row.summary = row.advice = row.follow_up = row.cancel_reason = ""
            row.satisfaction = None
            tx.flush()
            return session_record(tx, row)

    def _scheduled(self, tx: Session, session_id: int, version: int | None) -> ConsultingSession:
        row = get_or_raise(tx, ConsultingSession, session_id, "session")
        if version is not None and row.version != version:
            raise RecordChanged(entity="session", key=row.id)
        if row.status != SessionStatus.SCHEDULED:
            raise InvalidTransition(
                entity="session", key=row.id, current=row.status, target=SessionStatus.SCHEDULED
            )
        return row

    @staticmethod
    def _scheduled_result(
        tx: Session, row: ConsultingSession, mou: Mou, year: int
    ) -> ScheduledSession:
        usage = _quota_usage(tx, mou, year)
        return ScheduledSession(
            session_record(tx, row),
            usage.quota_hours,
            usage.hours_used,
            usage.hours_used > usage.quota_hours,
        )

    def _checked(
        self, tx: Session, draft: SessionDraft, exclude: int | None
    ) -> tuple[TimeSlot, Mou]:
        check_count(draft.minutes, "minutes", minimum=15, maximum=8 * 60)
        slot = TimeSlot.from_hours(draft.day, draft.start, draft.minutes)
        team = get_or_raise(tx, Team, draft.team_id, "team")
        consultant = get_or_raise(tx, Consultant, draft.consultant_id, "consultant")
        if draft.field not in consultant_fields(tx, consultant.id):
            raise ValidationError(
                field="field", reason=f"{consultant.name} does not advise on {draft.field}"
            )
        mou = covering_mou(tx, draft.day)
        if mou is None:
            nearest = tx.scalars(select(Mou).order_by(Mou.end_date.desc()).limit(1)).first()
            raise OutsideMouPeriod(
                on=draft.day,
                start=nearest.start_date if nearest else "—",
                end=nearest.end_date if nearest else "—",
            )
        clash = booked_clash(tx, ConsultingSession.consultant_id, consultant.id, slot, exclude)
        if clash is not None:
            raise ConsultantDoubleBooked(
                consultant=consultant.name, clash=_describe(tx, clash), clash_id=clash.id
            )
        clash = booked_clash(tx, ConsultingSession.team_id, team.id, slot, exclude)
        if clash is not None:
            raise TeamDoubleBooked(
                team_name=team.name, clash=_describe(tx, clash), clash_id=clash.id
            )
        return slot, mou

    @staticmethod
    def _transition(tx: Session, session_id: int, target: SessionStatus) -> ConsultingSession:
        row = get_or_raise(tx, ConsultingSession, session_id, "session")
        if row.status != SessionStatus.SCHEDULED:
            raise InvalidTransition(entity="session", key=row.id, current=row.status, target=target)
        row.status = target
        return row


def consultant_fields(tx: Session, consultant_id: int) -> set[ConsultingField]:
    """The fields a consultant advises on."""
    query = select(ConsultantField.field).where(ConsultantField.consultant_id == consultant_id)
    return set(tx.scalars(query))


def _quota_usage(tx: Session, mou: Mou, year: int) -> QuotaUsage:
    first = datetime(year, 1, 1)
    query = select(
        ConsultingSession.field, ConsultingSession.starts_at, ConsultingSession.ends_at
    ).where(
        ConsultingSession.mou_id == mou.id,
        ConsultingSession.status.in_(BOOKED),
        ConsultingSession.starts_at >= first,
        ConsultingSession.starts_at < first.replace(year=year + 1),
    )
    hours: dict[ConsultingField, float] = defaultdict(float)
    for field, starts, ends in tx.execute(query):
        hours[field] += (ends - starts).total_seconds() / 3600
    return QuotaUsage(year, mou.yearly_quota_hours, dict(hours))
