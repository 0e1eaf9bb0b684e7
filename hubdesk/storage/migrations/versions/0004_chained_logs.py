"""hash-chained audit and export logs

The append-only triggers stop a program that goes through SQLite's rules, not
someone who drops them: every row of ``audit_log`` and ``export_log`` now carries
``chain_hash``, SHA-256 over the row before's hash and its own content
(``hubdesk.storage.chain``), so ``hubdesk check`` finds a row edited, removed or
inserted since. Existing rows are chained here in id order with the same code.

The triggers refuse the UPDATE of the backfill and the batch mode's copy drops them:
they are dropped first and created again at the end.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-08 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from hubdesk.storage import append_only, chain

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _backfill(connection: sa.Connection, table_name: str) -> None:
    """Chain the stored rows in id order, as the writer would have."""
    clause = chain.TABLES[table_name]
    hashes = [
        {"row_id": row_id, "hash": value}
        for row_id, value in chain.recomputed(connection, table_name)
    ]
    if hashes:
        connection.execute(
            sa.update(clause)
            .where(clause.c.id == sa.bindparam("row_id"))
            .values({chain.HASH_COLUMN: sa.bindparam("hash")}),
            hashes,
        )


def upgrade() -> None:
    connection = op.get_bind()
    append_only.drop_triggers(connection)
    for table_name in chain.CHAINED_TABLES:
        op.add_column(table_name, sa.Column(chain.HASH_COLUMN, sa.String(64), nullable=True))
        _backfill(connection, table_name)
        with op.batch_alter_table(table_name) as batch_op:
            batch_op.alter_column(chain.HASH_COLUMN, existing_type=sa.String(64), nullable=False)
    append_only.create_triggers(connection)


def downgrade() -> None:
    connection = op.get_bind()
    append_only.drop_triggers(connection)
    for table_name in chain.CHAINED_TABLES:
        with op.batch_alter_table(table_name) as batch_op:
            batch_op.drop_column(chain.HASH_COLUMN)
    append_only.create_triggers(connection)
