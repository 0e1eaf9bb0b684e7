"""The SKHU MOU, consultants with their fields, and consulting sessions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hubdesk.domain.enums import ConsultingField, SessionMode, SessionStatus
from hubdesk.storage.models.base import (
    Base,
    Versioned,
    created_at_column,
    enum_type,
    updated_at_column,
)


class Mou(Base):
    """The consulting agreement (업무협약) with a university: period and yearly quota."""

    __tablename__ = "mous"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner: Mapped[str] = mapped_column(String(120))
    title: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    yearly_quota_hours: Mapped[int]
    signed_on: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (
        CheckConstraint("end_date > start_date", name="end_after_start"),
        CheckConstraint("yearly_quota_hours > 0", name="quota_positive"),
    )


class Consultant(Versioned, Base):
    __tablename__ = "consultants"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    affiliation: Mapped[str] = mapped_column(String(120))
    position: Mapped[str] = mapped_column(String(64), default="", server_default="")
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(default=True, server_default="1")
    mou_id: Mapped[int | None] = mapped_column(ForeignKey("mous.id"))

    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_empty"),)


class ConsultantField(Base):
    """A field (분야) a consultant advises on; a consultant has one or more."""

    __tablename__ = "consultant_fields"

    consultant_id: Mapped[int] = mapped_column(ForeignKey("consultants.id"), primary_key=True)
    field: Mapped[ConsultingField] = mapped_column(
        enum_type(ConsultingField, "consultant_field"), primary_key=True
    )


class ConsultingSession(Versioned, Base):
    """One meeting of a consultant with a team, ``starts_at`` to ``ends_at`` (half-open)."""

    __tablename__ = "consulting_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    mou_id: Mapped[int | None] = mapped_column(ForeignKey("mous.id"))
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"))
    consultant_id: Mapped[int] = mapped_column(ForeignKey("consultants.id"))
    field: Mapped[ConsultingField] = mapped_column(enum_type(ConsultingField, "session_field"))
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    mode: Mapped[SessionMode] = mapped_column(enum_type(SessionMode, "session_mode"))
    place: Mapped[str] = mapped_column(String(200), default="", server_default="")
    topic: Mapped[str] = mapped_column(String(200))
    status: Mapped[SessionStatus] = mapped_column(enum_type(SessionStatus, "session_status"))
    summary: Mapped[str] = mapped_column(Text, default="", server_default="")
    advice: Mapped[str] = mapped_column(Text, default="", server_default="")
    follow_up: Mapped[str] = mapped_column(Text, default="", server_default="")
    satisfaction: Mapped[int | None]
    cancel_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = created_at_column()
    updated_at: Mapped[datetime] = updated_at_column()

    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        CheckConstraint(
            "satisfaction IS NULL OR (satisfaction BETWEEN 1 AND 5)", name="satisfaction_range"
        ),
        Index("ix_sessions_consultant_time", "consultant_id", "starts_at"),
        Index("ix_sessions_team_time", "team_id", "starts_at", "status"),
        # What the list's filters and search read, in time order (schema 0005).
        Index(
            "ix_sessions_time", "starts_at", "status", "team_id", "consultant_id", "topic", "place"
        ),
        Index("ix_sessions_quota", "mou_id", "status", "field", "starts_at", "ends_at"),
        # The dashboard's hours by field of a year: each field's completed sessions of the
        # year, read from the index alone in group order (schema 0006). Led by the field,
        # not the status: a search by status and time keeps ix_sessions_time.
        Index("ix_sessions_field_time", "field", "status", "starts_at", "ends_at"),
    )
