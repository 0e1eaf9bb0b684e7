"""Training (인재양성): courses, their named participants and the completion rule.

A course either keeps a participant list (``named``) or only headcounts (a school visit
of 500 pupils). For a named course every write keeps ``training_courses.participants``
and ``.completed`` equal to the list's counts (everyone listed; status completed), so
the yearly figures sum course rows without reading the lists.

The completion rule (수료 기준): a participant attended at least
ceil(sessions × completion_percent / 100) sessions; it is applied by
``judge_completion`` once the course has ended.

A course's ``version`` moves with every change to its row, its counts included: an
edit read before a participant was added is stale.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from hubdesk.domain.enums import ParticipantKind, ParticipationStatus, TrainingCategory
from hubdesk.domain.errors import (
    InvalidPeriod,
    InvalidTransition,
    NotFound,
    RecordChanged,
    ValidationError,
)
from hubdesk.domain.goals import CourseDraft, CourseRecord, ParticipantRecord
from hubdesk.services.core.base import (
    Service,
    check_count,
    clean_text,
    containing,
    get_or_raise,
    optional_phone,
    plain_rows,
)
from hubdesk.services.core.boundary import typed_boundary
from hubdesk.services.goals.goals import check_goal_day, check_year
from hubdesk.storage.models import TrainingCourse, TrainingParticipant

MAX_HEADCOUNT = 1_000_000
MAX_SESSIONS = 1_000
MAX_HOURS = 10_000
JUDGED = (ParticipationStatus.COMPLETED, ParticipationStatus.NOT_COMPLETED)


def sessions_needed(sessions: int, completion_percent: int) -> int:
    """The sessions a participant must attend to complete: ceil(sessions × percent / 100),
    in whole numbers (80 % of 5 sessions is 4, of 6 sessions 5)."""
    return -(-sessions * completion_percent // 100)


def judged_status(attended: int, sessions: int, completion_percent: int) -> ParticipationStatus:
    if attended >= sessions_needed(sessions, completion_percent):
        return ParticipationStatus.COMPLETED
    return ParticipationStatus.NOT_COMPLETED


COURSE_COLUMNS = (
    TrainingCourse.id,
    TrainingCourse.title,
    TrainingCourse.category,
    TrainingCourse.start_date,
    TrainingCourse.end_date,
    TrainingCourse.place,
    TrainingCourse.hours,
    TrainingCourse.sessions,
    TrainingCourse.completion_percent,
    TrainingCourse.provider,
    TrainingCourse.named,
    TrainingCourse.participants,
    TrainingCourse.completed,
    TrainingCourse.version,
)


def _course_of(row: Any) -> CourseRecord:
    values = list(row)
    values[2] = TrainingCategory(values[2])
    values[10] = bool(values[10])
    values[13] = int(values[13])
    return CourseRecord(*values)


def _course_record(tx: Session, course_id: int) -> CourseRecord:
    row = plain_rows(tx, select(*COURSE_COLUMNS).where(TrainingCourse.id == course_id))
    if not row:
        raise NotFound(entity="course", key=course_id)
    return _course_of(row[0])


def participant_record(row: TrainingParticipant) -> ParticipantRecord:
    return ParticipantRecord(
        row.id,
        row.course_id,
        row.name,
        row.affiliation,
        row.phone,
        ParticipantKind(row.kind),
        ParticipationStatus(row.status).value,
        row.sessions_attended,
        row.version,
    )


def course_draft_of(course: CourseRecord) -> CourseDraft:
    """The draft that would save ``course``'s values again (undo of an edit); a named
    course's counts are its list's, so the draft's are 0."""
    values = {field.name: getattr(course, field.name) for field in fields(CourseDraft)}
    if course.named:
        values["participants"] = values["completed"] = 0
    return CourseDraft(**values)


def _checked_course(draft: CourseDraft) -> CourseDraft:
    """``draft`` as checked, ready to set on the row."""
    check_goal_day(draft.start_date, "start_date")
    check_goal_day(draft.end_date, "end_date")
    if draft.end_date < draft.start_date:
        raise InvalidPeriod(field="end_date", start=draft.start_date, end=draft.end_date)
    participants = check_count(draft.participants, "participants", maximum=MAX_HEADCOUNT)
    completed = check_count(draft.completed, "completed", maximum=participants)
    if draft.named and (participants or completed):
        raise ValidationError(
            field="participants", reason="a course with a participant list counts its list"
        )
    return replace(
        draft,
        title=clean_text(draft.title, "title"),
        category=TrainingCategory(draft.category),
        place=clean_text(draft.place, "place", required=False),
        hours=check_count(draft.hours, "hours", maximum=MAX_HOURS),
        sessions=check_count(draft.sessions, "sessions", minimum=1, maximum=MAX_SESSIONS),
        completion_percent=check_count(
            draft.completion_percent, "completion_percent", minimum=1, maximum=100
        ),
        provider=clean_text(draft.provider, "provider", required=False, max_length=120),
        participants=participants,
        completed=completed,
    )


def _columns(draft: CourseDraft) -> dict[str, Any]:
    """A checked draft as ``TrainingCourse`` columns (they have the draft's names)."""
    return {field.name: getattr(draft, field.name) for field in fields(draft)}


def _sync_counts(tx: Session, course: TrainingCourse) -> None:
    """A named course's headcounts from its list: everyone listed, and the completed."""
    if not course.named:
        return
    tx.flush()
    listed, completed = tx.execute(
        select(
            func.count(),
            func.coalesce(
                func.sum(case((TrainingParticipant.status == ParticipationStatus.COMPLETED, 1))),
                0,
            ),
        ).where(TrainingParticipant.course_id == course.id)
    ).one()
    course.participants, course.completed = int(listed), int(completed)


def _participant_at(tx: Session, participant_id: int, version: int) -> TrainingParticipant:
    row = get_or_raise(tx, TrainingParticipant, participant_id, "participant")
    if row.version != version:
        raise RecordChanged(entity="participant", key=row.name)
    return row


@dataclass(frozen=True, slots=True)
class ParticipantDraft:
    """Who a participant is, as typed: what ``add_participant`` and
    ``update_participant`` take. Never a resident number: a phone tells namesakes apart."""

    name: str
    affiliation: str
    kind: ParticipantKind
    phone: str | None = None


def participant_draft_of(record: ParticipantRecord) -> ParticipantDraft:
    """The draft that would save ``record``'s values again (undo of an edit)."""
    return ParticipantDraft(record.name, record.affiliation, record.kind, record.phone)


def _person(draft: ParticipantDraft) -> tuple[str, str, str | None]:
    """A participant's name, affiliation and phone through the text door (a resident
    number anywhere is refused)."""
    return (
        clean_text(draft.name, "name", max_length=64),
        clean_text(draft.affiliation, "affiliation", required=False, max_length=120),
        optional_phone(draft.phone),
    )


def _judge_again(tx: Session, course: TrainingCourse) -> None:
    """Whoever was judged is judged again by the course's rule as it now stands (a
    corrected number of sessions or share moves 수료 and 미수료)."""
    judged = select(TrainingParticipant).where(
        TrainingParticipant.course_id == course.id, TrainingParticipant.status.in_(JUDGED)
    )
    for row in tx.scalars(judged):
        row.status = judged_status(
            row.sessions_attended, course.sessions, course.completion_percent
        )


@typed_boundary
class TrainingService(Service):
    """Courses and participants; any staff member edits them."""

    # --- courses -----------------------------------------------------------------------

    def add_course(self, draft: CourseDraft) -> CourseRecord:
        """A new course. A ``named`` course starts with an empty list (its headcounts
        must be 0); otherwise ``participants`` and ``completed`` are its headcounts."""
        values = _checked_course(draft)
        with self._write() as tx:
            row = TrainingCourse(**_columns(values))
            tx.add(row)
            tx.flush()
            return _course_record(tx, row.id)

    def update_course(self, course_id: int, version: int, draft: CourseDraft) -> CourseRecord:
        """Save an edit made on ``version``. For a named course the headcounts come from
        its list (pass 0). A course with a list cannot drop it (remove the participants
        first), and its sessions cannot fall below what someone attended."""
        values = _checked_course(draft)
        with self._write() as tx:
            course = get_or_raise(tx, TrainingCourse, course_id, "course")
            if _course_record(tx, course_id).version != version:
                raise RecordChanged(entity="course", key=course.title)
            self._check_list_fits(tx, course, values)
            for key, value in _columns(values).items():
                setattr(course, key, value)
            _judge_again(tx, course)
            _sync_counts(tx, course)
            tx.flush()
            return _course_record(tx, course_id)

    def _check_list_fits(self, tx: Session, course: TrainingCourse, values: CourseDraft) -> None:
        listed, most = tx.execute(
            select(
                func.count(), func.coalesce(func.max(TrainingParticipant.sessions_attended), 0)
            ).where(TrainingParticipant.course_id == course.id)
        ).one()
        if listed and not values.named:
            raise InvalidTransition(
                entity="course", key=course.title, current="named", target="headcount only"
            )
        if most > values.sessions:
            raise ValidationError(
                field="sessions", reason=f"a participant attended {most} sessions"
            )

    def remove_course(self, course_id: int) -> CourseRecord:
        """Delete a course. Refused while it lists participants: they are people's
        records, removed one by one (each in the audit trail) before the course goes."""
        with self._write() as tx:
            course = get_or_raise(tx, TrainingCourse, course_id, "course")
            listed = tx.scalar(
                select(func.count()).where(TrainingParticipant.course_id == course_id)
            )
            if listed:
                raise InvalidTransition(
                    entity="course", key=course.title, current="has participants", target="deleted"
                )
            record = _course_record(tx, course_id)
            tx.delete(course)
            return record

    def course(self, course_id: int) -> CourseRecord:
        with self._read() as tx:
            return _course_record(tx, course_id)

    def courses(
        self, year: int | None = None, category: TrainingCategory | None = None, search: str = ""
    ) -> list[CourseRecord]:
        """Courses starting in ``year`` (None: every year), of ``category``, whose title,
        place or partner contains ``search``; by start date. One query."""
        check_year(year)
        query = select(*COURSE_COLUMNS).order_by(TrainingCourse.start_date, TrainingCourse.id)
        if year is not None:
            query = query.where(
                TrainingCourse.start_date.between(date(year, 1, 1), date(year, 12, 31))
            )
        if category is not None:
            query = query.where(TrainingCourse.category == TrainingCategory(category))
        found = containing(
            search, TrainingCourse.title, TrainingCourse.place, TrainingCourse.provider
        )
        if found is not None:
            query = query.where(found)
        with self._read() as tx:
            return [_course_of(row) for row in plain_rows(tx, query)]

    # --- participants ------------------------------------------------------------------

    def add_participant(self, course_id: int, draft: ParticipantDraft) -> ParticipantRecord:
        """List a person in a named course, as applied (신청) with no session attended."""
        name, affiliation, phone = _person(draft)
        with self._write() as tx:
            course = get_or_raise(tx, TrainingCourse, course_id, "course")
            if not course.named:
                raise InvalidTransition(
                    entity="course", key=course.title, current="headcount only", target="named"
                )
            row = TrainingParticipant(
                course_id=course_id,
                name=name,
                affiliation=affiliation,
                phone=phone,
                kind=ParticipantKind(draft.kind),
                status=ParticipationStatus.APPLIED,
                sessions_attended=0,
            )
            tx.add(row)
            _sync_counts(tx, course)
            tx.flush()
            return participant_record(row)

    def update_participant(
        self, participant_id: int, version: int, draft: ParticipantDraft
    ) -> ParticipantRecord:
        """Correct who a participant is (attendance has ``set_attendance``)."""
        name, affiliation, phone = _person(draft)
        with self._write() as tx:
            row = _participant_at(tx, participant_id, version)
            row.name, row.affiliation, row.phone = name, affiliation, phone
            row.kind = ParticipantKind(draft.kind)
            tx.flush()
            return participant_record(row)

    def remove_participant(self, participant_id: int, version: int) -> ParticipantRecord:
        with self._write() as tx:
            row = _participant_at(tx, participant_id, version)
            record = participant_record(row)
            course = get_or_raise(tx, TrainingCourse, row.course_id, "course")
            tx.delete(row)
            _sync_counts(tx, course)
            return record

    def set_attendance(
        self, participant_id: int, version: int, sessions_attended: int
    ) -> ParticipantRecord:
        """Record the sessions a participant attended (0 … the course's sessions). Before
        judgement the status follows (attended, or applied at 0); a participant already
        judged is judged again by the course's rule."""
        with self._write() as tx:
            row = _participant_at(tx, participant_id, version)
            course = get_or_raise(tx, TrainingCourse, row.course_id, "course")
            row.sessions_attended = check_count(
                sessions_attended, "sessions_attended", maximum=course.sessions
            )
            if row.status in JUDGED:
                row.status = judged_status(
                    sessions_attended, course.sessions, course.completion_percent
                )
            elif sessions_attended:
                row.status = ParticipationStatus.ATTENDED
            else:
                row.status = ParticipationStatus.APPLIED
            _sync_counts(tx, course)
            tx.flush()
            return participant_record(row)

    def participants(self, course_id: int) -> list[ParticipantRecord]:
        """A course's list, in the order people were listed."""
        query = (
            select(TrainingParticipant)
            .where(TrainingParticipant.course_id == course_id)
            .order_by(TrainingParticipant.id)
        )
        with self._read() as tx:
            get_or_raise(tx, TrainingCourse, course_id, "course")
            return [participant_record(row) for row in tx.scalars(query)]

    def judge_completion(self, course_id: int, today: date) -> list[ParticipantRecord]:
        """Apply the course's rule to everyone listed: completed (수료) with at least
        ``sessions_needed`` sessions attended, else not completed. Refused before the
        course's last day (``today`` < its end date) and for a headcount-only course."""
        with self._write() as tx:
            course = get_or_raise(tx, TrainingCourse, course_id, "course")
            if not course.named:
                raise InvalidTransition(
                    entity="course", key=course.title, current="headcount only", target="judged"
                )
            if today < course.end_date:
                raise InvalidTransition(
                    entity="course", key=course.title, current="not ended", target="judged"
                )
            rows = list(
                tx.scalars(
                    select(TrainingParticipant)
                    .where(TrainingParticipant.course_id == course_id)
                    .order_by(TrainingParticipant.id)
                )
            )
            for row in rows:
                row.status = judged_status(
                    row.sessions_attended, course.sessions, course.completion_percent
                )
            _sync_counts(tx, course)
            tx.flush()
            return [participant_record(row) for row in rows]
