"""the district's goals: status history, course participants, public procurement

Issue 17 (the goals on the first page):

- ``team_status_changes``: a team's status from a day on, so the operation rate of a
  past 31 December is read, not guessed from today's statuses. Existing files are
  seeded from the status of the day of the upgrade: one row per team from the day it
  was founded (or entered), and for a closed or archived team with a closing date,
  operating until that date and closed (or archived) from it (the file knows no more,
  and close(archive=True) records the same).
- ``training_courses`` gain place, hours, sessions, the completion rule (a share of
  the sessions attended), a version (stale edits) and ``named`` (a participant list;
  without one a course keeps its headcounts, as a school visit of 500 pupils does).
- ``training_participants``: named people of a course (never a resident number).
- ``procurement_targets`` and ``purchases``: 부서별 공공구매 목표제.
- ``yearly_targets.metric`` takes the new goals: budget by funding source, public
  procurement, and the term's distinct people trained.
- covering indexes for the first page's figures (read from an index alone at scale
  100): completed participants, purchases by day, completed sessions by time, and
  each agreement's paid money.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-08 03:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from hubdesk.storage.models.base import NAMING_CONVENTION

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_METRICS = ("operation_rate", "people_trained", "budget_execution")
NEW_METRICS = (
    *OLD_METRICS,
    "budget_city",
    "budget_district",
    "public_procurement",
    "people_trained_term",
)
TEAM_STATUSES = ("operating", "dormant", "closed", "archived")
TEAM_KINDS = (
    "social_enterprise",
    "pre_social_enterprise",
    "village_enterprise",
    "cooperative",
    "social_cooperative",
    "self_sufficiency",
    "startup_team",
    "other",
)
COURSE_CHECKS = {
    "hours_not_negative": "hours >= 0",
    "sessions_positive": "sessions >= 1",
    "completion_percent_range": "completion_percent BETWEEN 1 AND 100",
}


def _enum(name: str, values: Sequence[str]) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def _versioned() -> sa.Column[int]:
    return sa.Column("version", sa.Integer(), server_default="1", nullable=False)


def _targets_table(metrics: Sequence[str]) -> sa.Table:
    """yearly_targets as 0001 made it, for batch mode to copy without reflecting it."""
    return sa.Table(
        "yearly_targets",
        sa.MetaData(naming_convention=NAMING_CONVENTION),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("metric", _enum("target_metric", metrics), nullable=False),
        sa.Column("target_value", sa.Integer(), nullable=False),
        sa.CheckConstraint("target_value >= 0", name=op.f("ck_yearly_targets_target_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_yearly_targets")),
        sa.UniqueConstraint("year", "metric", name=op.f("uq_yearly_targets_year_metric")),
    )


def _courses_table() -> sa.Table:
    """training_courses as 0001 made it."""
    return sa.Table(
        "training_courses",
        sa.MetaData(naming_convention=NAMING_CONVENTION),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column(
            "category",
            _enum(
                "training_category", ("academy", "procurement", "school", "campus_town", "other")
            ),
            nullable=False,
        ),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("participants", sa.Integer(), nullable=False),
        sa.Column("completed", sa.Integer(), nullable=False),
        sa.Column("provider", sa.String(length=120), server_default="", nullable=False),
        sa.CheckConstraint(
            "completed >= 0 AND completed <= participants",
            name=op.f("ck_training_courses_completed_range"),
        ),
        sa.CheckConstraint(
            "end_date >= start_date", name=op.f("ck_training_courses_end_not_before_start")
        ),
        sa.CheckConstraint(
            "participants >= 0", name=op.f("ck_training_courses_participants_not_negative")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_courses")),
        sa.Index("ix_training_courses_start_date", "start_date"),
    )


def upgrade() -> None:
    _add_status_history()
    _extend_courses()
    _add_participants()
    _add_procurement()
    _change_metrics(OLD_METRICS, NEW_METRICS)
    _add_dashboard_indexes()


def _add_status_history() -> None:
    op.create_table(
        "team_status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("status", _enum("team_status", TEAM_STATUSES), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_team_status_changes_team_id_teams")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_status_changes")),
    )
    op.create_index(
        "ix_team_status_changes_team_day", "team_status_changes", ["team_id", "changed_on"]
    )
    _seed_status_history()


def _seed_status_history() -> None:
    """Today's status from the day each team was founded (or entered the file); a closed
    or archived team with a closing date operated until that day."""
    teams = sa.table(
        "teams",
        sa.column("id", sa.Integer()),
        sa.column("status", sa.String()),
        sa.column("founded_on", sa.Date()),
        sa.column("closed_on", sa.Date()),
        sa.column("created_at", sa.DateTime()),
    )
    history = sa.table(
        "team_status_changes",
        sa.column("team_id", sa.Integer()),
        sa.column("status", sa.String()),
        sa.column("changed_on", sa.Date()),
    )
    rows = op.get_bind().execute(sa.select(teams).order_by(teams.c.id)).all()
    first, closings = [], []
    for team, status, founded, closed, created in rows:
        since = founded or created.date()
        if status in ("closed", "archived") and closed is not None and closed > since:
            first.append({"team_id": team, "status": "operating", "changed_on": since})
            closings.append({"team_id": team, "status": status, "changed_on": closed})
        else:
            first.append({"team_id": team, "status": status, "changed_on": since})
    if first:
        op.bulk_insert(history, first + closings)


def _extend_courses() -> None:
    with op.batch_alter_table("training_courses", copy_from=_courses_table()) as batch_op:
        batch_op.add_column(sa.Column("place", sa.String(200), server_default="", nullable=False))
        batch_op.add_column(sa.Column("hours", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("sessions", sa.Integer(), server_default="1", nullable=False))
        batch_op.add_column(
            sa.Column("completion_percent", sa.Integer(), server_default="80", nullable=False)
        )
        batch_op.add_column(sa.Column("named", sa.Boolean(), server_default="0", nullable=False))
        batch_op.add_column(_versioned())
        for name, condition in COURSE_CHECKS.items():
            batch_op.create_check_constraint(op.f(f"ck_training_courses_{name}"), condition)


def _add_participants() -> None:
    op.create_table(
        "training_participants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("affiliation", sa.String(length=120), server_default="", nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column(
            "kind",
            _enum("participant_kind", ("resident", "enterprise_worker", "official", "student")),
            nullable=False,
        ),
        sa.Column(
            "status",
            _enum("participation_status", ("applied", "attended", "completed", "not_completed")),
            nullable=False,
        ),
        sa.Column("sessions_attended", sa.Integer(), server_default="0", nullable=False),
        _versioned(),
        sa.CheckConstraint(
            "length(trim(name)) > 0", name=op.f("ck_training_participants_name_not_empty")
        ),
        sa.CheckConstraint(
            "sessions_attended >= 0",
            name=op.f("ck_training_participants_sessions_attended_not_negative"),
        ),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["training_courses.id"],
            name=op.f("fk_training_participants_course_id_training_courses"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_participants")),
    )
    op.create_index(
        op.f("ix_training_participants_course_id"), "training_participants", ["course_id"]
    )
    op.create_index(
        "ix_training_participants_people",
        "training_participants",
        ["status", "phone", "name", "affiliation", "course_id"],
    )


def _add_procurement() -> None:
    op.create_table(
        "procurement_targets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("department", sa.String(length=60), nullable=False),
        sa.Column("target_amount", sa.BigInteger(), nullable=False),
        _versioned(),
        sa.CheckConstraint(
            "length(trim(department)) > 0",
            name=op.f("ck_procurement_targets_department_not_empty"),
        ),
        sa.CheckConstraint(
            "target_amount >= 0", name=op.f("ck_procurement_targets_target_amount_not_negative")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_procurement_targets")),
        sa.UniqueConstraint(
            "year", "department", name=op.f("uq_procurement_targets_year_department")
        ),
    )
    op.create_table(
        "purchases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("purchased_on", sa.Date(), nullable=False),
        sa.Column("department", sa.String(length=60), nullable=False),
        sa.Column("enterprise_name", sa.String(length=200), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("enterprise_kind", _enum("team_kind", TEAM_KINDS), nullable=False),
        sa.Column(
            "category", _enum("purchase_category", ("goods", "services", "works")), nullable=False
        ),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("evidence", sa.Text(), server_default="", nullable=False),
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        _versioned(),
        sa.CheckConstraint("amount > 0", name=op.f("ck_purchases_amount_positive")),
        sa.CheckConstraint(
            "length(trim(department)) > 0", name=op.f("ck_purchases_department_not_empty")
        ),
        sa.CheckConstraint(
            "length(trim(enterprise_name)) > 0",
            name=op.f("ck_purchases_enterprise_name_not_empty"),
        ),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"], name=op.f("fk_purchases_team_id_teams")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purchases")),
    )
    op.create_index(op.f("ix_purchases_purchased_on"), "purchases", ["purchased_on"])
    op.create_index(op.f("ix_purchases_department"), "purchases", ["department"])
    op.create_index(op.f("ix_purchases_team_id"), "purchases", ["team_id"])
    op.create_index("ix_purchases_day_amount", "purchases", ["purchased_on", "amount"])


# Indexes of tables an earlier revision made: name → (table, columns).
DASHBOARD_INDEXES = {
    "ix_sessions_field_time": ("consulting_sessions", ["field", "status", "starts_at", "ends_at"]),
    "ix_disbursements_agreement_paid": ("disbursements", ["agreement_id", "status", "amount"]),
}


def _add_dashboard_indexes() -> None:
    for name, (table, columns) in DASHBOARD_INDEXES.items():
        op.create_index(name, table, columns)


def _change_metrics(old: Sequence[str], new: Sequence[str]) -> None:
    with op.batch_alter_table("yearly_targets", copy_from=_targets_table(old)) as batch_op:
        batch_op.alter_column(
            "metric", existing_type=_enum("target_metric", old), type_=_enum("target_metric", new)
        )


def downgrade() -> None:
    for name, (table, _columns) in DASHBOARD_INDEXES.items():
        op.drop_index(name, table_name=table)
    op.execute(f"DELETE FROM yearly_targets WHERE metric NOT IN {OLD_METRICS}")
    _change_metrics(NEW_METRICS, OLD_METRICS)
    op.drop_table("purchases")
    op.drop_table("procurement_targets")
    op.drop_table("training_participants")
    with op.batch_alter_table("training_courses") as batch_op:
        for name in COURSE_CHECKS:
            batch_op.drop_constraint(op.f(f"ck_training_courses_{name}"), type_="check")
        for column in ("version", "named", "completion_percent", "sessions", "hours", "place"):
            batch_op.drop_column(column)
    op.drop_table("team_status_changes")
