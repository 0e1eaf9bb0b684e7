"""The triggers that keep the logs append-only: what they are, and putting them back.

Migration 0002 created them; anyone with the file can drop them. Opening a file for
writing recreates a missing (or altered) trigger and records that in the audit trail;
``hubdesk check`` reports it. The triggers are SQLite's: a server database will need
its own (the migrations refuse other engines for now).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, text

from hubdesk.storage import chain

APPEND_ONLY_TABLES = chain.CHAINED_TABLES
SYSTEM_ACTOR = "system"
MISSING, ALTERED = "missing", "altered"
# The audit row of a repair: which triggers were put back, which replaced.
_REPAIR_FIELDS = {MISSING: "restored", ALTERED: "replaced"}


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


@dataclass(frozen=True, slots=True)
class TriggerRepair:
    """A protective trigger that was missing or altered when the file was opened."""

    trigger: str
    problem: str  # missing | altered
    audit_id: int  # the audit row that records the repair

    def __str__(self) -> str:
        return (
            f"trigger {self.trigger} was {self.problem}: recreated on open "
            f"(audit row #{self.audit_id})"
        )


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


def foreign_triggers(connection: Connection) -> list[str]:
    """Triggers on the logs that HubDesk did not make (they could rewrite new rows)."""
    return sorted(
        name
        for name, (table, _sql) in _stored_triggers(connection).items()
        if table in APPEND_ONLY_TABLES and name not in EXPECTED
    )


def create_triggers(connection: Connection) -> None:
    """Create every trigger (a migration that recreated a log table dropped them)."""
    for sql in EXPECTED.values():
        connection.execute(text(sql))


def drop_triggers(connection: Connection) -> None:
    for name in EXPECTED:
        connection.execute(text(f"DROP TRIGGER IF EXISTS {name}"))


def restore_triggers(connection: Connection) -> list[TriggerRepair]:
    """Recreate missing or altered triggers, in the caller's write transaction, and add
    one audit row saying so. Returns what was repaired (nothing when all were fine)."""
    problems = trigger_problems(connection)
    if not problems:
        return []
    for name in problems:
        connection.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
        connection.execute(text(EXPECTED[name]))
    changes = {
        _REPAIR_FIELDS[problem]: [
            None,
            ", ".join(n for n, found in problems.items() if found == problem),
        ]
        for problem in sorted(set(problems.values()))
    }
    row = {
        "at": datetime.now().replace(microsecond=0),
        "username": SYSTEM_ACTOR,
        "action": "insert",
        "table_name": "triggers",
        "record_id": "*",
        "changes": changes,
    }
    chain.append(connection, "audit_log", [row])
    audit_id = chain.head(connection, "audit_log")[0]
    return [TriggerRepair(name, problem, audit_id) for name, problem in problems.items()]
