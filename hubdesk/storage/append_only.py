"""The triggers that keep the logs append-only: what they are, and whether they are.

Migration 0002 created them; anyone with the file can drop them. The triggers are
SQLite's: a server database will need its own (the migrations refuse other engines
for now).
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from . import chain

APPEND_ONLY_TABLES = chain.CHAINED_TABLES
MISSING, ALTERED = "missing", "altered"


def trigger_sql(table: str, action: str) -> str:
    """The trigger refusing ``action`` (UPDATE or DELETE) on ``table``, as 0002 wrote it."""
    return (
        f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
        f"BEGIN SELECT RAISE(ABORT, '{table} is append-only: {action} refused'); END"
    )


EXPECTED: dict[str, str] = {
    f"{table}_no_{action.lower()}": trigger_sql(table, action)
    for table in APPEND_ONLY_TABLES
    for action in ("UPDATE", "DELETE")
}


def _stored_triggers(connection: Connection) -> dict[str, tuple[str, str]]:
    """Trigger name → (its table, its SQL) as stored in the file."""
    if connection.dialect.name != "sqlite":
        raise NotImplementedError("the append-only triggers are written for SQLite only")
    rows = connection.execute(
        text("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'")
    )
    return {str(name): (str(table), str(sql or "")) for name, table, sql in rows}


def _normal(sql: str) -> str:
    return " ".join(sql.split())


def trigger_problems(connection: Connection) -> dict[str, str]:
    """HubDesk's triggers that are missing or do something else than HubDesk's."""
    stored = _stored_triggers(connection)
    problems = {}
    for name, sql in EXPECTED.items():
        if name not in stored:
            problems[name] = MISSING
        elif _normal(stored[name][1]) != _normal(sql):
            problems[name] = ALTERED
    return problems


def create_triggers(connection: Connection) -> None:
    """Create every trigger (a migration that recreated a log table dropped them)."""
    for sql in EXPECTED.values():
        connection.execute(text(sql))


def drop_triggers(connection: Connection) -> None:
    for name in EXPECTED:
        connection.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
