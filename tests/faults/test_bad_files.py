"""Files HubDesk cannot work on: truncated, not SQLite at all, another program's.

``Database.open`` refuses each with ``DatabaseFileError`` and a plain reason (no SQL, no
driver names), leaves the file's bytes as they were, and ``hubdesk check --db`` prints
that reason in one line on stderr and exits 2.
"""

from __future__ import annotations

import io
import random
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from support.hub import make_hub

from faults.figures import FIGURES
from hubdesk import cli
from hubdesk.domain.errors import DatabaseFileError
from hubdesk.storage import Database

TECHNICAL = ("sqlite3", "Traceback", "SQL:", "sqlalche.me", "OperationalError", "PRAGMA")


@pytest.fixture(scope="module")
def good_file(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The bytes of a small hub, checkpointed into the main file (no -wal left)."""
    path = tmp_path_factory.mktemp("good") / "hub.sqlite"
    with Database.open(path) as db:
        make_hub(db)
    assert not path.with_name("hub.sqlite-wal").exists()
    return path.read_bytes()


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("입주기업.csv", "이름,대표자\n함께카페,김민용\n" * 200)
    return buffer.getvalue()


def _other_program(path: Path) -> bytes:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE songs (title TEXT)")
    connection.execute("INSERT INTO songs VALUES ('아리랑')")
    connection.commit()
    connection.close()
    return path.read_bytes()


NOT_HUBDESK: dict[str, Callable[[Path], bytes]] = {
    "empty": lambda _path: b"",
    "random bytes": lambda _path: random.Random(7).randbytes(16_384),
    "text": lambda _path: "입주기업 명단\n함께카페 협동조합, 김민용\n".encode() * 300,
    "zip": lambda _path: _zip(),
    "sqlite header, then garbage": lambda _path: (
        b"SQLite format 3\x00" + random.Random(8).randbytes(8_192)
    ),
    "another program's SQLite file": _other_program,
}


def assert_refused(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """Open and ``hubdesk check`` both refuse in plain words; the bytes stay. The reason."""
    before = path.read_bytes()
    with pytest.raises(DatabaseFileError) as caught:
        Database.open(path, create=False).close()
    reason = str(caught.value.values.get("reason") or caught.value.message)
    assert not any(word in str(caught.value) for word in TECHNICAL), caught.value
    capsys.readouterr()
    assert cli.main(["check", "--db", str(path)]) == cli.EXIT_ERROR
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and err.startswith("hubdesk: error:"), err
    assert not any(word in err for word in TECHNICAL), err
    assert path.read_bytes() == before, "refusing the file changed it"
    FIGURES["bad files: refused in one plain line"] += 1
    return reason


@pytest.mark.parametrize("kind", sorted(NOT_HUBDESK))
def test_file_that_is_not_a_hubdesk_database_is_refused(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "hub.sqlite"
    path.write_bytes(NOT_HUBDESK[kind](path))
    reason = assert_refused(path, capsys)
    assert "HubDesk" in reason or "empty" in reason or "damaged" in reason, reason


# Where a copy broke off: inside the header, after it, after the first page, in the
# middle, a page or a page and a half short. (One byte short is not damage: SQLite reads
# the missing byte of the last page as the zero it almost always is.)
CUTS: dict[str, Callable[[int], int]] = {
    "inside the header": lambda _size: 10,
    "after the header": lambda _size: 100,
    "after the first page": lambda _size: 4096,
    "in the middle": lambda size: size // 2,
    "one page short": lambda size: size - 4096,
    "a page and a half short": lambda size: size - 6144,
}


@pytest.mark.parametrize("cut", list(CUTS))
def test_truncated_file_is_refused(
    cut: str, good_file: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "hub.sqlite"
    path.write_bytes(good_file[: CUTS[cut](len(good_file))])
    reason = assert_refused(path, capsys)
    assert "damaged" in reason or "not a HubDesk file" in reason, reason


def _scribbled(good_file: bytes, seed: int) -> bytes:
    """Three small scribbles at random places past the header: page damage."""
    rng = random.Random(seed)
    data = bytearray(good_file)
    for _ in range(3):
        at = rng.randrange(4096, len(data) - 16)
        data[at : at + 8] = rng.randbytes(8)
    return bytes(data)


def test_page_damage_is_one_short_line_whatever_sqlite_reports(
    good_file: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """SQLite's report of a damaged page can run to pages and hold bytes that are no
    text at all; the user reads one line naming the file."""
    path = tmp_path / "hub.sqlite"
    damaged = 0
    for seed in range(80):
        path.write_bytes(_scribbled(good_file, seed))
        with sqlite3.connect(path) as connection:
            connection.text_factory = bytes
            try:
                clean = connection.execute("PRAGMA quick_check").fetchall() == [(b"ok",)]
            except (sqlite3.DatabaseError, UnicodeDecodeError):
                clean = False
        connection.close()
        if clean:
            continue
        damaged += 1
        capsys.readouterr()
        assert cli.main(["check", "--db", str(path)]) == cli.EXIT_ERROR
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and len(err) < 400 and str(path) in err, err
        assert not any(word in err for word in TECHNICAL), err
    FIGURES["bad files: damaged pages refused in one short line"] += damaged
    assert damaged >= 10


SCHEMA_DAMAGE = {
    "a table dropped": ("PRAGMA foreign_keys=OFF", "DROP TABLE days_off"),
    "a column dropped": ("ALTER TABLE teams DROP COLUMN email",),
}


@pytest.mark.parametrize("kind", list(SCHEMA_DAMAGE))
def test_a_dropped_table_or_column_is_damage(
    kind: str, good_file: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "hub.sqlite"
    path.write_bytes(good_file)
    connection = sqlite3.connect(path)
    for statement in SCHEMA_DAMAGE[kind]:
        connection.execute(statement)
    connection.commit()
    connection.close()
    reason = assert_refused(path, capsys)
    assert "damaged" in reason and "missing" in reason, reason


def test_an_empty_sqlite_file_of_no_program_gets_no_schema(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("VACUUM")  # an SQLite header and no table at all
    connection.close()
    assert path.stat().st_size > 0
    reason = assert_refused(path, capsys)
    assert "empty SQLite database" in reason


def test_a_loop_of_links_is_refused_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    first.symlink_to(second)
    second.symlink_to(first)
    with pytest.raises(DatabaseFileError, match="loop of links"):
        Database.open(first, create=False)
    assert cli.main(["check", "--db", str(first)]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "loop of links" in err and "Traceback" not in err
