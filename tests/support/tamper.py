"""Changing a HubDesk file the way anyone with the file and sqlite3 can: drop the
append-only triggers, rewrite the logs, and (by default) put the triggers back so that
only the hash chain can tell."""

from __future__ import annotations

import sqlite3
from pathlib import Path

# The append-only triggers as migration 0002 made them, spelled out here so that these
# helpers work on any HubDesk file, whatever the code under test knows.
TRIGGERS = (
    "audit_log_no_update",
    "audit_log_no_delete",
    "export_log_no_update",
    "export_log_no_delete",
)


def trigger_sql(name: str) -> str:
    table, action = name.rsplit("_no_", 1)
    verb = action.upper()
    return (
        f"CREATE TRIGGER {name} BEFORE {verb} ON {table} "
        f"BEGIN SELECT RAISE(ABORT, '{table} is append-only: {verb} refused'); END"
    )


def tamper(path: Path, *statements: str, put_triggers_back: bool = True) -> None:
    """Run ``statements`` on ``path`` with the triggers out of the way, in one commit."""
    connection = sqlite3.connect(path)
    try:
        for name in TRIGGERS:
            connection.execute(f"DROP TRIGGER IF EXISTS {name}")
        for statement in statements:
            connection.execute(statement)
        if put_triggers_back:
            for name in TRIGGERS:
                connection.execute(trigger_sql(name))
        connection.commit()
    finally:
        connection.close()


def rehash_everything(path: Path) -> None:
    """What someone who read HubDesk's source can do: recompute every chain hash."""
    from sqlalchemy import create_engine, update

    from hubdesk.storage import append_only, chain

    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            append_only.drop_triggers(connection)
            for table in chain.CHAINED_TABLES:
                clause = chain.TABLES[table]
                for row_id, value in chain.recomputed(connection, table):
                    connection.execute(
                        update(clause).where(clause.c.id == row_id).values(chain_hash=value)
                    )
            append_only.create_triggers(connection)
    finally:
        engine.dispose()


def audit_ids(path: Path, table: str = "audit_log") -> list[int]:
    connection = sqlite3.connect(path)
    try:
        return [row_id for (row_id,) in connection.execute(f"SELECT id FROM {table} ORDER BY id")]
    finally:
        connection.close()


def forged_audit_row(row_id: int | None, chain_hash: str) -> str:
    """An INSERT of an audit row HubDesk never wrote (a payment someone 'approved')."""
    column, value = ("id, ", f"{row_id}, ") if row_id is not None else ("", "")
    return (
        f"INSERT INTO audit_log ({column}at, username, action, table_name, record_id, changes, "
        f"chain_hash) VALUES ({value}'2026-03-02 09:00:00.000000', 'lee', 'update', "
        f"'disbursements', '1', '{{\"status\": [\"requested\", \"approved\"]}}', '{chain_hash}')"
    )
