"""Spaces of the hub building, tenancies, renewals, checklists and applications."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hubdesk.domain.enums import ApplicationStatus, ChecklistKind, SpaceKind, TenancyStatus
from hubdesk.storage.models.base import (
    Base,
    Versioned,
    created_at_column,
    enum_type,
    updated_at_column,
)


class Space(Versioned, Base):
    """A room (호실) or desk area: ``3F-301``; plan_* place it on the floor plan."""

    __tablename__ = "spaces"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    floor: Mapped[int]
    kind: Mapped[SpaceKind] = mapped_column(enum_type(SpaceKind, "space_kind"))
    seats: Mapped[int]
    area_m2: Mapped[float]
    monthly_fee: Mapped[int] = mapped_column(default=0, server_default="0")
    active: Mapped[bool] = mapped_column(default=True, server_default="1")
    plan_x: Mapped[int] = mapped_column(default=0, server_default="0")
    plan_y: Mapped[int] = mapped_column(default=0, server_default="0")
    plan_width: Mapped[int] = mapped_column(default=1, server_default="1")
    plan_height: Mapped[int] = mapped_column(default=1, server_default="1")

    __table_args__ = (
        CheckConstraint("seats > 0", name="seats_positive"),
        CheckConstraint("area_m2 > 0", name="area_positive"),
        CheckConstraint("monthly_fee >= 0", name="fee_not_negative"),
        CheckConstraint("plan_width > 0 AND plan_height > 0", name="plan_size_positive"),
    )


class Tenancy(Versioned, Base):
    """A team's right to use a space, or some of its seats, from start to end (inclusive)."""

    __tablename__ = "tenancies"

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"), index=True)
    space_id: Mapped[int] = mapped_column(ForeignKey("spaces.id"))
    seats: Mapped[int]
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    status: Mapped[TenancyStatus] = mapped_column(enum_type(TenancyStatus, "tenancy_status"))
    deposit: Mapped[int] = mapped_column(default=0, server_default="0")
    monthly_fee: Mapped[int] = mapped_column(default=0, server_default="0")
    ended_early_on: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = created_at_column()
    updated_at: Mapped[datetime] = updated_at_column()

    __table_args__ = (
        CheckConstraint("seats > 0", name="seats_positive"),
        CheckConstraint("end_date > start_date", name="end_after_start"),
        CheckConstraint("deposit >= 0 AND monthly_fee >= 0", name="money_not_negative"),
        CheckConstraint(
            "ended_early_on IS NULL"
            " OR (ended_early_on >= start_date AND ended_early_on <= end_date)",
            name="ended_early_within_term",
        ),
        Index("ix_tenancies_space_period", "space_id", "start_date", "end_date"),
    )


class TenancyRenewal(Base):
    """One yearly renewal: the tenancy's end moved from ``previous_end`` to ``new_end``."""

    __tablename__ = "tenancy_renewals"

    id: Mapped[int] = mapped_column(primary_key=True)
    tenancy_id: Mapped[int] = mapped_column(ForeignKey("tenancies.id"), index=True)
    previous_end: Mapped[date] = mapped_column(Date)
    new_end: Mapped[date] = mapped_column(Date)
    renewed_on: Mapped[date] = mapped_column(Date)
    review_note: Mapped[str] = mapped_column(Text, default="", server_default="")

    __table_args__ = (CheckConstraint("new_end > previous_end", name="extends_the_end"),)


class ChecklistItem(Versioned, Base):
    """One box of the move-in or move-out checklist that staff tick off."""

    __tablename__ = "checklist_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    tenancy_id: Mapped[int] = mapped_column(ForeignKey("tenancies.id"), index=True)
    kind: Mapped[ChecklistKind] = mapped_column(enum_type(ChecklistKind, "checklist_kind"))
    item_key: Mapped[str] = mapped_column(String(32))
    due_date: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    done_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    note: Mapped[str] = mapped_column(Text, default="", server_default="")

    __table_args__ = (
        UniqueConstraint("tenancy_id", "kind", "item_key"),
        CheckConstraint("(done_on IS NULL) = (done_by IS NULL)", name="done_with_who"),
    )


class Application(Versioned, Base):
    """A team's request for space: reviewed, then selected, wait-listed or rejected."""

    __tablename__ = "applications"

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"), index=True)
    space_kind: Mapped[SpaceKind] = mapped_column(enum_type(SpaceKind, "wanted_space_kind"))
    seats: Mapped[int]
    submitted_on: Mapped[date] = mapped_column(Date)
    status: Mapped[ApplicationStatus] = mapped_column(
        enum_type(ApplicationStatus, "application_status"), index=True
    )
    review_score: Mapped[int | None]
    reviewed_on: Mapped[date | None] = mapped_column(Date)
    tenancy_id: Mapped[int | None] = mapped_column(ForeignKey("tenancies.id"))
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = created_at_column()

    __table_args__ = (
        CheckConstraint("seats > 0", name="seats_positive"),
        CheckConstraint(
            "review_score IS NULL OR (review_score BETWEEN 0 AND 100)", name="score_range"
        ),
        CheckConstraint(
            "(status = 'allocated') = (tenancy_id IS NOT NULL)", name="allocated_has_tenancy"
        ),
    )
