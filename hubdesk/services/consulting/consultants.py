"""The SKHU MOU and its consultants: adding and editing them, with their reverse steps."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from hubdesk.domain.enums import ConsultingField
from hubdesk.domain.errors import (
    InvalidTransition,
    OutsideMouPeriod,
    RecordChanged,
    ValidationError,
)
from hubdesk.domain.periods import DateRange
from hubdesk.domain.records import ConsultantRecord, MouRecord
from hubdesk.services.consulting.sessions import BOOKED, consultant_fields
from hubdesk.services.core.base import (
    Service,
    check_count,
    clean_text,
    get_or_raise,
    optional_phone,
    optional_text,
)
from hubdesk.services.core.boundary import typed_boundary
from hubdesk.storage.models import Consultant, ConsultantField, ConsultingSession, Mou


@dataclass(frozen=True, slots=True)
class MouDraft:
    partner: str
    title: str
    start: date
    end: date
    yearly_quota_hours: int


@dataclass(frozen=True, slots=True)
class ConsultantDraft:
    name: str
    affiliation: str
    fields: tuple[ConsultingField, ...]
    position: str = ""
    phone: str | None = None
    email: str | None = None
    active: bool = True


@dataclass(frozen=True, slots=True)
class ConsultantDetail:
    """A consultant as the MOU & consultants editor shows it, with its version."""

    id: int
    draft: ConsultantDraft
    version: int

    @property
    def name(self) -> str:
        return self.draft.name


def mou_draft(mou: MouRecord) -> MouDraft:
    return MouDraft(mou.partner, mou.title, mou.start_date, mou.end_date, mou.yearly_quota_hours)


@typed_boundary
class ConsultantService(Service):
    def add_mou(
        self, partner: str, title: str, start: date, end: date, yearly_quota_hours: int
    ) -> MouRecord:
        DateRange(start, end)
        if end == start:
            raise ValidationError(field="end", reason="must be after the start")
        with self._write() as tx:
            mou = Mou(
                partner=clean_text(partner, "partner", max_length=120),
                title=clean_text(title, "title"),
                start_date=start,
                end_date=end,
                yearly_quota_hours=check_count(yearly_quota_hours, "yearly_quota_hours", minimum=1),
            )
            tx.add(mou)
            tx.flush()
            return mou_record(mou)

    def update_mou(
        self, mou_id: int, draft: MouDraft, *, expected: MouDraft | None = None
    ) -> MouRecord:
        """Change the MOU's period or quota; booked sessions must stay inside the period.

        ``expected`` holds the values the editor read: if the MOU changed since, the
        edit is refused (the MOU table has no version column, so values are compared).
        """
        DateRange(draft.start, draft.end)
        if draft.end == draft.start:
            raise ValidationError(field="end", reason="must be after the start")
        with self._write() as tx:
            mou = get_or_raise(tx, Mou, mou_id, "mou")
            if expected is not None and mou_draft(mou_record(mou)) != expected:
                raise RecordChanged(entity="mou", key=mou.title)
            outside = _first_booked_outside(tx, mou.id, draft.start, draft.end)
            if outside is not None:
                raise OutsideMouPeriod(on=outside, start=draft.start, end=draft.end)
            mou.partner = clean_text(draft.partner, "partner", max_length=120)
            mou.title = clean_text(draft.title, "title")
            mou.start_date, mou.end_date = draft.start, draft.end
            mou.yearly_quota_hours = check_count(
                draft.yearly_quota_hours, "yearly_quota_hours", minimum=1, maximum=10**6
            )
            tx.flush()
            return mou_record(mou)

    def add_consultant(
        self,
        name: str,
        affiliation: str,
        fields: Sequence[ConsultingField],
        *,
        position: str = "",
        phone: str | None = None,
        email: str | None = None,
    ) -> ConsultantRecord:
        if not fields:
            raise ValidationError(field="fields", reason="a consultant needs at least one field")
        with self._write() as tx:
            consultant = Consultant(
                name=clean_text(name, "name", max_length=64),
                affiliation=clean_text(affiliation, "affiliation", max_length=120),
                position=clean_text(position, "position", required=False, max_length=64),
                phone=optional_phone(phone),
                email=optional_text(email, "email", max_length=120),
                mou_id=None,
            )
            tx.add(consultant)
            tx.flush()
            for field in sorted(set(fields)):
                tx.add(ConsultantField(consultant_id=consultant.id, field=field))
            tx.flush()
            return _consultant_record(tx, consultant)

    def update_consultant(
        self, consultant_id: int, draft: ConsultantDraft, *, version: int | None = None
    ) -> ConsultantDetail:
        """Save an edit of a consultant made on ``version`` (None: undo/redo, unchecked)."""
        if not draft.fields:
            raise ValidationError(field="fields", reason="a consultant needs at least one field")
        with self._write() as tx:
            consultant = get_or_raise(tx, Consultant, consultant_id, "consultant")
            if version is not None and consultant.version != version:
                raise RecordChanged(entity="consultant", key=consultant.name)
            wanted, held = set(draft.fields), consultant_fields(tx, consultant.id)
            _fill_consultant(consultant, draft)
            if held != wanted and not tx.is_modified(consultant):
                flag_modified(consultant, "active")  # a change of fields moves the version on
            for field in held - wanted:
                tx.delete(tx.get_one(ConsultantField, (consultant.id, field)))
            for field in sorted(wanted - held):
                tx.add(ConsultantField(consultant_id=consultant.id, field=field))
            tx.flush()
            return consultant_detail(consultant, consultant_fields(tx, consultant.id))

    def remove_consultant(self, consultant_id: int) -> ConsultantDetail:
        """Undo "add consultant": only one without any session can go."""
        with self._write() as tx:
            consultant = get_or_raise(tx, Consultant, consultant_id, "consultant")
            used = select(func.count()).where(ConsultingSession.consultant_id == consultant_id)
            if tx.scalar(used):
                raise InvalidTransition(
                    entity="consultant", key=consultant.name, current="in use", target="removed"
                )
            detail = consultant_detail(consultant, consultant_fields(tx, consultant.id))
            tx.execute(
                delete(ConsultantField).where(ConsultantField.consultant_id == consultant_id)
            )
            tx.delete(consultant)
            tx.flush()
            return detail

    def restore_consultant(self, detail: ConsultantDetail) -> ConsultantDetail:
        """Redo "add consultant": bring it back under its id."""
        with self._write() as tx:
            if tx.get(Consultant, detail.id) is not None:
                raise RecordChanged(entity="consultant", key=detail.name)
            consultant = Consultant(id=detail.id, mou_id=None)
            _fill_consultant(consultant, detail.draft)
            tx.add(consultant)
            tx.flush()
            for field in sorted(set(detail.draft.fields)):
                tx.add(ConsultantField(consultant_id=consultant.id, field=field))
            tx.flush()
            return consultant_detail(consultant, consultant_fields(tx, consultant.id))


def mou_record(mou: Mou) -> MouRecord:
    return MouRecord(
        mou.id, mou.partner, mou.title, mou.start_date, mou.end_date, mou.yearly_quota_hours
    )


def _consultant_record(tx: Session, consultant: Consultant) -> ConsultantRecord:
    return ConsultantRecord(
        consultant.id,
        consultant.name,
        consultant.affiliation,
        consultant.position,
        tuple(sorted(consultant_fields(tx, consultant.id))),
        consultant.active,
    )


def consultant_detail(
    consultant: Consultant, held: Collection[ConsultingField]
) -> ConsultantDetail:
    draft = ConsultantDraft(
        consultant.name,
        consultant.affiliation,
        tuple(field for field in ConsultingField if field in held),  # in the enum's order
        consultant.position,
        consultant.phone,
        consultant.email,
        consultant.active,
    )
    return ConsultantDetail(consultant.id, draft, consultant.version)


def _fill_consultant(consultant: Consultant, draft: ConsultantDraft) -> None:
    consultant.name = clean_text(draft.name, "name", max_length=64)
    consultant.affiliation = clean_text(draft.affiliation, "affiliation", max_length=120)
    consultant.position = clean_text(draft.position, "position", required=False, max_length=64)
    consultant.phone = optional_phone(draft.phone)
    consultant.email = optional_text(draft.email, "email", max_length=120)
    consultant.active = bool(draft.active)


def _first_booked_outside(tx: Session, mou_id: int, start: date, end: date) -> date | None:
    """The first day of a booked session of the MOU that falls outside ``start``–``end``."""
    query = select(func.min(ConsultingSession.starts_at)).where(
        ConsultingSession.mou_id == mou_id,
        ConsultingSession.status.in_(BOOKED),
    )
    before = tx.scalar(query.where(ConsultingSession.starts_at < datetime.combine(start, time())))
    if before is not None:
        return before.date()
    after_query = select(func.max(ConsultingSession.starts_at)).where(
        ConsultingSession.mou_id == mou_id,
        ConsultingSession.status.in_(BOOKED),
        ConsultingSession.starts_at >= datetime.combine(end + timedelta(days=1), time()),
    )
    after = tx.scalar(after_query)
    return after.date() if after is not None else None
