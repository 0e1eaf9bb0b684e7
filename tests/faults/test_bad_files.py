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
