"""versions on expenses and checklist items; the output journal

Two staff deciding the same settlement expense, or ticking the same checklist box,
overwrote each other: both rows now carry the version the other edits check.
``pending_outputs`` is the journal that keeps an export and its export-log row
together across a crash (``hubdesk.storage.outputs``).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 19:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED = ("settlement_expenses", "checklist_items")


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), server_default="1", nullable=False)
            )
    op.create_table(
        "pending_outputs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("part", sa.Text(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("export_log_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["export_log_id"],
            ["export_log.id"],
            name=op.f("fk_pending_outputs_export_log_id_export_log"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pending_outputs")),
    )


def downgrade() -> None:
    op.drop_table("pending_outputs")
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("version")
