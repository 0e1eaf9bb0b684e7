"""append-only audit and export logs

The database itself refuses UPDATE and DELETE on ``audit_log`` and ``export_log``,
so not even a program that bypasses HubDesk can rewrite the trail quietly.

A later batch migration that recreates one of these tables drops its triggers
with it: such a migration must create them again (``tests/storage`` checks that
the newest schema has them).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 01:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPEND_ONLY_TABLES = ("audit_log", "export_log")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        raise NotImplementedError("append-only triggers are written for SQLite only")
    for table in APPEND_ONLY_TABLES:
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only: {action} refused'); END"
            )


def downgrade() -> None:
    for table in APPEND_ONLY_TABLES:
        for action in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{action}")
