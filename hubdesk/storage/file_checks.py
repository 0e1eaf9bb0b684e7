"""Is this a HubDesk file this build can work on? The checks that opening a file,
restoring a backup and listing backups share.

Each check answers in the plain words of ``DatabaseFileError``/``DatabaseDamaged``:
never SQL, never a driver's traceback. They read only (a read-only connection where
they open one themselves), so a refused file keeps its bytes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hubdesk.domain.errors import DatabaseDamaged, DatabaseFileError
from hubdesk.storage.models import Base

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 10.0
DAMAGED = "the file is damaged"
READ_ONLY = "the file or its folder is read-only"
NOT_SQLITE = "this is not a HubDesk file (not an SQLite database)"
FOREIGN = "this SQLite file belongs to another program, not HubDesk"
EMPTY_SQLITE = "this is an empty SQLite database, not a HubDesk file; choose a new file name"
EMPTY = "the file is empty: not a HubDesk file"
UNFOLLOWABLE = "the path is a link that cannot be followed (a loop of links?)"
UNREADABLE_PAGE = "SQLite cannot read a damaged page"
_DETAIL_LENGTH = 120


def resolved(path: Path | str) -> Path:
    """``path`` absolute with its links followed; a loop of links is refused in words."""
    try:
        return Path(path).expanduser().resolve()
    except (RuntimeError, OSError) as error:  # "Symlink loop from …"
        raise DatabaseFileError(path=str(path), reason=UNFOLLOWABLE) from error


@contextmanager
def read_only_connection(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection that survives text SQLite cannot decode (a damaged page
    may put any bytes in an error message), closed at the end."""
    if not path.is_file():
        raise sqlite3.DatabaseError(f"{path} does not exist")
    connection = sqlite3.connect(
        f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S
    )
    connection.text_factory = lambda data: data.decode("utf-8", "replace")
    try:
        yield connection
    finally:
        connection.close()


def user_tables(connection: sqlite3.Connection) -> set[str]:
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )
    return {str(name) for (name,) in rows}


def refuse_foreign_file(path: Path, *, empty_is_new: bool = True) -> None:
    """Refuse a file that is not SQLite, another program's SQLite file or (unless
    ``empty_is_new``) an SQLite file with no tables, before anything changes it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as file:
        if file.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise DatabaseFileError(path=str(path), reason=NOT_SQLITE)
    try:
        with read_only_connection(path) as connection:
            tables = user_tables(connection)
    except sqlite3.DatabaseError as error:
        raise file_error(path, str(error)) from error
    except UnicodeDecodeError as error:  # SQLite's message quoted bytes of a damaged page
        raise DatabaseDamaged(path=str(path), detail=UNREADABLE_PAGE) from error
    if tables and "alembic_version" not in tables:
        raise DatabaseFileError(path=str(path), reason=FOREIGN)
    if not tables and not empty_is_new:
        raise DatabaseFileError(path=str(path), reason=EMPTY_SQLITE)


NOT_DAMAGE = frozenset({5, 6, 8, 14})  # SQLITE_BUSY, _LOCKED, _READONLY, _CANTOPEN


def integrity_problem(connection: sqlite3.Connection) -> str | None:
    """None when SQLite's quick check finds every page intact, else its first problem
    in one short line."""
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.OperationalError as error:
        if error.sqlite_errorcode & 0xFF in NOT_DAMAGE:
            raise  # busy, locked, read-only or cannot open: the file is fine, its access not
        return short_detail(str(error))
    except sqlite3.DatabaseError as error:  # so damaged the check itself stops
        return short_detail(str(error))
    except UnicodeDecodeError:  # SQLite's message quoted bytes of the damaged page
        return UNREADABLE_PAGE
    problems = [str(row[0]) for row in rows if row[0] != "ok"]
    return short_detail(problems[0]) if problems else None


def missing_schema(connection: sqlite3.Connection) -> str | None:
    """The first table or column of HubDesk's newest schema the file lacks, or None."""
    tables = user_tables(connection)
    for table in Base.metadata.sorted_tables:
        if table.name not in tables:
            return f"the table {table.name} is missing"
        columns = {str(row[1]) for row in connection.execute(f'PRAGMA table_info("{table.name}")')}
        for column in table.columns:
            if column.name not in columns:
                return f"the column {table.name}.{column.name} is missing"
    return None


def short_detail(text: str) -> str:
    """SQLite's report reduced to its first informative line (it can run to pages)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    informative = [line for line in lines if not line.startswith("***")]
    line = (informative or lines or ["?"])[0]
    return line if len(line) <= _DETAIL_LENGTH else line[: _DETAIL_LENGTH - 1] + "…"


def file_error(path: Path, text: str) -> DatabaseFileError:
    """A driver's error message as HubDesk's plain reason."""
    if "not a database" in text:
        return DatabaseFileError(path=str(path), reason=NOT_SQLITE)
    if "malformed" in text or "disk image" in text:
        return DatabaseDamaged(path=str(path), detail=short_detail(text))
    if "readonly" in text or "read-only" in text:
        return DatabaseFileError(path=str(path), reason=READ_ONLY)
    if "locked" in text or "busy" in text:
        return DatabaseFileError(
            path=str(path), reason="another program is writing the file; try again in a moment"
        )
    return DatabaseFileError(path=str(path), reason=short_detail(text))
