"""The audit trail's own part of ``hubdesk check``: the append-only triggers are there
and unchanged, the hash chains of the audit trail and the export log hold, and the
file still holds what its newest backup holds of them.

Each problem is a (code, message) pair; ``checks`` turns them into violations.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import Connection, select

from hubdesk.storage import Database
from hubdesk.storage.append_only import foreign_triggers, trigger_problems
from hubdesk.storage.backup import backup_folder, chain_anchor, chain_heads
from hubdesk.storage.chain import CHAINED_TABLES, HASH_COLUMN, TABLES, head, verify

MAX_BREAKS = 10  # per table; beyond that they are counted, not listed

Problem = tuple[str, str]


def trail_problems(db: Database, connection: Connection) -> Iterator[Problem]:
    """Everything wrong with the logs, in the order a reader should see it."""
    yield from repairs_on_open(db)
    yield from trigger_state(connection)
    yield from chain_breaks(connection)
    yield from backup_anchor(db, connection)


def repairs_on_open(db: Database) -> Iterator[Problem]:
    """Triggers that were gone or altered when this check opened the file."""
    for repair in db.repairs:
        yield "trigger_restored", str(repair)


def trigger_state(connection: Connection) -> Iterator[Problem]:
    for name, problem in trigger_problems(connection).items():
        yield f"trigger_{problem}", f"trigger {name} is {problem}: the log can be rewritten"
    for name in foreign_triggers(connection):
        yield "trigger_foreign", f"trigger {name} on a log was not made by HubDesk"


def chain_breaks(connection: Connection) -> Iterator[Problem]:
    """Every break of each chain: the first ``MAX_BREAKS`` named, the rest counted."""
    for table in CHAINED_TABLES:
        more = 0
        for number, found in enumerate(verify(connection, table)):
            if number < MAX_BREAKS:
                yield f"chain_{found.kind}", str(found)
            else:
                more += 1
        if more:
            yield "chain_more", f"{table}: {more:,} more rows do not follow the chain"


def backup_anchor(db: Database, connection: Connection) -> Iterator[Problem]:
    """The newest rows of the newest backup must still be in the file, unchanged: the
    chain alone cannot tell a file cut short, or rewritten with every hash recomputed."""
    backup = chain_anchor(backup_folder(db.path))
    if backup is None:
        return
    for table, (row_id, expected) in chain_heads(backup.path, CHAINED_TABLES).items():
        clause = TABLES[table]
        stored = connection.execute(
            select(clause.c[HASH_COLUMN]).where(clause.c.id == row_id)
        ).scalar()
        name = backup.path.name
        if stored is None:
            last = head(connection, table)[0]
            yield (
                "chain_truncated",
                f"{table} ends at row #{last}, but backup {name} holds rows up to #{row_id}: "
                "the newest rows were removed",
            )
        elif stored != expected:
            yield (
                "chain_rewritten",
                f"{table} row #{row_id} is not the row backup {name} holds: "
                "the trail was rewritten since",
            )
