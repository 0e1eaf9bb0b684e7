"""indexes that serve the pages' lists, filters and sums

Issue 15: every page reads in under 100 ms at demo scale 100. Six indexes serve what
the pages ask of the longest tables:

- ``ix_sessions_time`` also holds the columns the session list's filters and search
  read (status, team, consultant, topic, place), so a search walks the index newest
  first and reads a table row only for the sessions it shows.
- ``ix_sessions_quota`` answers the yearly quota's burn-down from the index alone.
- ``ix_sessions_team_time`` also holds the status: a team's last booked session (the
  teams without consulting for 60 days) is read from the index alone.
- ``ix_audit_table_at`` and ``ix_audit_user_at`` give the trail of one kind of record
  or of one staff member newest first without sorting the rest of the trail.
- ``ix_teams_kind_status`` counts the teams by kind and status from the index alone
  (the overview).

Only indexes: no row changes, and the append-only triggers stay as they are.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-08 12:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SESSION_SEARCH = ["starts_at", "status", "team_id", "consultant_id", "topic", "place"]
SESSION_QUOTA = ["mou_id", "status", "field", "starts_at", "ends_at"]
TEAM_SESSIONS = ["team_id", "starts_at", "status"]


def upgrade() -> None:
    op.drop_index("ix_sessions_time", table_name="consulting_sessions")
    op.create_index("ix_sessions_time", "consulting_sessions", SESSION_SEARCH)
    op.drop_index("ix_sessions_team_time", table_name="consulting_sessions")
    op.create_index("ix_sessions_team_time", "consulting_sessions", TEAM_SESSIONS)
    op.create_index("ix_sessions_quota", "consulting_sessions", SESSION_QUOTA)
    op.create_index("ix_audit_table_at", "audit_log", ["table_name", "at"])
    op.create_index("ix_audit_user_at", "audit_log", ["username", "at"])
    op.create_index("ix_teams_kind_status", "teams", ["kind", "status"])


def downgrade() -> None:
    op.drop_index("ix_teams_kind_status", table_name="teams")
    op.drop_index("ix_audit_user_at", table_name="audit_log")
    op.drop_index("ix_audit_table_at", table_name="audit_log")
    op.drop_index("ix_sessions_quota", table_name="consulting_sessions")
    op.drop_index("ix_sessions_team_time", table_name="consulting_sessions")
    op.create_index("ix_sessions_team_time", "consulting_sessions", ["team_id", "starts_at"])
    op.drop_index("ix_sessions_time", table_name="consulting_sessions")
    op.create_index("ix_sessions_time", "consulting_sessions", ["starts_at"])
