"""Training courses, yearly targets, the export log and the audit trail."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
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

from hubdesk.domain.enums import TargetMetric, TrainingCategory
from hubdesk.storage.models.base import Base, enum_type


class TrainingCourse(Base):
    """A social-economy course; its participants count toward the talent target."""

    __tablename__ = "training_courses"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    category: Mapped[TrainingCategory] = mapped_column(
        enum_type(TrainingCategory, "training_category")
    )
    start_date: Mapped[date] = mapped_column(Date, index=True)
    end_date: Mapped[date] = mapped_column(Date)
    participants: Mapped[int]
    completed: Mapped[int]
    provider: Mapped[str] = mapped_column(String(120), default="", server_default="")

    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="end_not_before_start"),
        CheckConstraint("participants >= 0", name="participants_not_negative"),
        CheckConstraint("completed >= 0 AND completed <= participants", name="completed_range"),
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
