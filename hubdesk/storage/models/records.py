"""Training courses and participants, yearly targets, public procurement, the export log
and the audit trail."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from hubdesk.domain.enums import (
    ParticipantKind,
    ParticipationStatus,
    PurchaseCategory,
    TargetMetric,
    TeamKind,
    TrainingCategory,
)
from hubdesk.storage.models.base import Base, Versioned, created_at_column, enum_type


class TrainingCourse(Versioned, Base):
    """A social-economy course; its participants count toward the talent target."""

    __tablename__ = "training_courses"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    category: Mapped[TrainingCategory] = mapped_column(
        enum_type(TrainingCategory, "training_category")
    )
    start_date: Mapped[date] = mapped_column(Date, index=True)
    end_date: Mapped[date] = mapped_column(Date)
    # Headcounts: what a course without a participant list (a school visit) reports; with
    # one (``named``), the service keeps them equal to the list's counts.
    participants: Mapped[int]
    completed: Mapped[int]
    provider: Mapped[str] = mapped_column(String(120), default="", server_default="")  # 협력기관
    place: Mapped[str] = mapped_column(String(200), default="", server_default="")
    hours: Mapped[int] = mapped_column(default=0, server_default="0")  # 교육시간, whole hours
    sessions: Mapped[int] = mapped_column(default=1, server_default="1")  # 회차
    # Completed (수료) when a participant attended at least this share of the sessions.
    completion_percent: Mapped[int] = mapped_column(default=80, server_default="80")
    named: Mapped[bool] = mapped_column(default=False, server_default="0")

    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="end_not_before_start"),
        CheckConstraint("participants >= 0", name="participants_not_negative"),
        CheckConstraint("completed >= 0 AND completed <= participants", name="completed_range"),
        CheckConstraint("hours >= 0", name="hours_not_negative"),
        CheckConstraint("sessions >= 1", name="sessions_positive"),
        CheckConstraint("completion_percent BETWEEN 1 AND 100", name="completion_percent_range"),
    )


class TrainingParticipant(Versioned, Base):
    """A named person in a course. Never a resident number: name, affiliation, phone."""

    __tablename__ = "training_participants"

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("training_courses.id"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    affiliation: Mapped[str] = mapped_column(String(120), default="", server_default="")
    phone: Mapped[str | None] = mapped_column(String(32))  # tells two 김민지 apart
    kind: Mapped[ParticipantKind] = mapped_column(enum_type(ParticipantKind, "participant_kind"))
    status: Mapped[ParticipationStatus] = mapped_column(
        enum_type(ParticipationStatus, "participation_status")
    )
    sessions_attended: Mapped[int] = mapped_column(default=0, server_default="0")

    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_empty"),
        CheckConstraint("sessions_attended >= 0", name="sessions_attended_not_negative"),
        # The term's distinct people: completions in (phone, name, affiliation) order, so
        # the count reads the index alone and needs no sort (schema 0006).
        Index(
            "ix_training_participants_people", "status", "phone", "name", "affiliation", "course_id"
        ),
    )


class YearlyTarget(Base):
    """The district's goal for a year: operation rate (%), people trained, or won executed."""

    __tablename__ = "yearly_targets"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int]
    metric: Mapped[TargetMetric] = mapped_column(enum_type(TargetMetric, "target_metric"))
    target_value: Mapped[int]

    __table_args__ = (
        UniqueConstraint("year", "metric"),
        CheckConstraint("target_value >= 0", name="target_not_negative"),
    )


class ProcurementTarget(Versioned, Base):
    """A district department's target for a year's purchases from social-economy
    enterprises (부서별 공공구매 목표제), in won."""

    __tablename__ = "procurement_targets"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int]
    department: Mapped[str] = mapped_column(String(60))
    # Won; BIGINT: a district's year, or one 공사 contract, passes int4's 21억 on a server.
    target_amount: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = (
        UniqueConstraint("year", "department"),
        CheckConstraint("length(trim(department)) > 0", name="department_not_empty"),
        CheckConstraint("target_amount >= 0", name="target_amount_not_negative"),
    )


class Purchase(Versioned, Base):
    """One purchase of a department from a social-economy enterprise (공공구매 실적)."""

    __tablename__ = "purchases"

    id: Mapped[int] = mapped_column(primary_key=True)
    purchased_on: Mapped[date] = mapped_column(Date, index=True)
    department: Mapped[str] = mapped_column(String(60), index=True)
    enterprise_name: Mapped[str] = mapped_column(String(200))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"), index=True)
    enterprise_kind: Mapped[TeamKind] = mapped_column(enum_type(TeamKind, "team_kind"))
    category: Mapped[PurchaseCategory] = mapped_column(
        enum_type(PurchaseCategory, "purchase_category")
    )
    amount: Mapped[int] = mapped_column(BigInteger)  # won (BIGINT, as the target)
    evidence: Mapped[str] = mapped_column(Text, default="", server_default="")  # 증빙
    created_at: Mapped[datetime] = created_at_column()

    __table_args__ = (
        CheckConstraint("length(trim(department)) > 0", name="department_not_empty"),
        CheckConstraint("length(trim(enterprise_name)) > 0", name="enterprise_name_not_empty"),
        CheckConstraint("amount > 0", name="amount_positive"),
        # The year's procurement: a sum read from the index alone (schema 0006).
        Index("ix_purchases_day_amount", "purchased_on", "amount"),
    )


class ExportLogEntry(Base):
    """Who exported what, when and why (personal data exports need a reason).

    Append-only and hash-chained like the audit trail."""

    __tablename__ = "export_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    username: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(64))
    target: Mapped[str] = mapped_column(Text)
    parameters: Mapped[dict[str, object]] = mapped_column(JSON)
    masked: Mapped[bool]
    reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    row_count: Mapped[int]
    # SHA-256 over the row before's hash and this row (``storage.chain``).
    chain_hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        CheckConstraint("masked OR length(trim(reason)) > 0", name="unmasked_needs_reason"),
    )


class AuditEntry(Base):
    """One change to one record: who, when, what, old → new. Append-only, hash-chained."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(8))
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(64))
    changes: Mapped[dict[str, object]] = mapped_column(JSON)
    # SHA-256 over the row before's hash and this row (``storage.chain``).
    chain_hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        CheckConstraint("action IN ('insert', 'update', 'delete')", name="action_known"),
        Index("ix_audit_record", "table_name", "record_id"),
        Index("ix_audit_at", "at"),
        Index("ix_audit_table_at", "table_name", "at"),  # one kind of record, newest first
        Index("ix_audit_user_at", "username", "at"),  # one staff member's, newest first
    )


class PendingOutput(Base):
    """A file being written for an export or a print, until it is in place.

    The journal that makes an export all or nothing across a crash: the row is made
    before the temporary file, gets the export-log id in the transaction that logs the
    export, and goes once the file has its name. On the next open, a row without a log
    id means the export never happened (its temporary file is removed); a row with one
    means it was logged, so the finished temporary file is renamed into place.
    Not audited: it is HubDesk's own bookkeeping, gone when the output is done.
    """

    __tablename__ = "pending_outputs"

    id: Mapped[int] = mapped_column(primary_key=True)
    target: Mapped[str] = mapped_column(Text)
    part: Mapped[str] = mapped_column(Text)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    export_log_id: Mapped[int | None] = mapped_column(ForeignKey("export_log.id"))
