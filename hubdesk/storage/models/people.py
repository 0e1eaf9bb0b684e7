"""Teams and their status history, staff users, hub settings and days off."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hubdesk.domain.enums import StaffRole, TeamKind, TeamStatus
from hubdesk.storage.models.base import (
    Base,
    Versioned,
    created_at_column,
    enum_type,
    updated_at_column,
)


class StaffUser(Base):
    """A member of the hub's staff who signs in and whose changes are audited."""

    __tablename__ = "staff_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(64))
    role: Mapped[StaffRole] = mapped_column(enum_type(StaffRole, "staff_role"))
    password_hash: Mapped[str | None] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(default=True, server_default="1")
    failed_logins: Mapped[int] = mapped_column(default=0, server_default="0")
    locked_until: Mapped[datetime | None]
    created_at: Mapped[datetime] = created_at_column()

    __table_args__ = (
        CheckConstraint("length(username) > 0", name="username_not_empty"),
        CheckConstraint("failed_logins >= 0", name="failed_logins_not_negative"),
    )


class Team(Versioned, Base):
    """An enterprise or startup-prep team the hub supports (입주기업·창업팀)."""

    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), index=True)
    kind: Mapped[TeamKind] = mapped_column(enum_type(TeamKind, "team_kind"), index=True)
    status: Mapped[TeamStatus] = mapped_column(enum_type(TeamStatus, "team_status"), index=True)
    brn: Mapped[str | None] = mapped_column(String(10), unique=True)
    brn_check_confirmed: Mapped[bool] = mapped_column(default=False, server_default="0")
    representative: Mapped[str] = mapped_column(String(64), index=True)
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(120))
    address: Mapped[str | None] = mapped_column(String(255))
    founded_on: Mapped[date | None] = mapped_column(Date)
    employees: Mapped[int] = mapped_column(default=0, server_default="0")
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    closed_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = created_at_column()
    updated_at: Mapped[datetime] = updated_at_column()

    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_empty"),
        CheckConstraint("brn IS NULL OR length(brn) = 10", name="brn_ten_digits"),
        CheckConstraint("employees >= 0", name="employees_not_negative"),
        CheckConstraint(
            "(status IN ('closed', 'archived')) = (closed_on IS NOT NULL)",
            name="closed_on_iff_closed",
        ),
        Index("ix_teams_kind_status", "kind", "status"),  # the overview's counts (schema 0005)
    )


class TeamStatusChange(Base):
    """A team's status from a day on: the operation rate of any past date is read here
    (DOMAIN.md: a year's rate is taken on 31 December). Written with every status change;
    a file from before 0006 was seeded from the status of its day (migration 0006)."""

    __tablename__ = "team_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"))
    status: Mapped[TeamStatus] = mapped_column(enum_type(TeamStatus, "team_status"))
    changed_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = created_at_column()

    __table_args__ = (Index("ix_team_status_changes_team_day", "team_id", "changed_on"),)


class HubSetting(Base):
    """One fact of the hub (name, director, max stay, article texts), stored as JSON."""

    __tablename__ = "hub_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class DayOff(Base):
    """An extra day off that deadlines skip besides the public holidays."""

    __tablename__ = "days_off"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    name: Mapped[str] = mapped_column(String(120))
