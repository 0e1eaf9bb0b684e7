"""A full disk, simulated with ``PRAGMA max_page_count`` on every connection: the write
that no longer fits is refused with a typed error (StorageFull) that the window and the
command line show in one plain sentence, and everything written before it stays."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event
from support.hub import Hub, snapshot

from faults.figures import FIGURES
from hubdesk import cli
from hubdesk.domain.enums import TeamKind
from hubdesk.domain.errors import StorageFull
from hubdesk.services.hub.checks import check_database
from hubdesk.services.people.teams import TeamDraft, TeamService
from hubdesk.storage import Database
from hubdesk.storage import database as storage_database

SPARE_PAGES = 16
BIG_TEXT = "사회적경제 " * 600  # ~4 KB: the description's limit, a page or more per team


def page_count(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("PRAGMA page_count").fetchone()[0])
    finally:
        connection.close()


def integrity_ok(path: Path) -> bool:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        connection.close()


def _limit(pages: int) -> Callable[[Any, Any], None]:
    def limit(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    return limit


@contextmanager
def disk_of(engine: Engine, pages: int) -> Iterator[None]:
    """Every new connection of ``engine`` may grow the file to ``pages`` pages only."""
    limit = _limit(pages)
    event.listen(engine, "connect", limit)
    engine.dispose()
    try:
        yield
    finally:
        event.remove(engine, "connect", limit)
        engine.dispose()


def big_team(number: int) -> TeamDraft:
    return TeamDraft(f"채움 {number}", TeamKind.COOPERATIVE, "김가득", description=BIG_TEXT)


def fill_until_full(hub: Hub) -> tuple[StorageFull, dict[str, list[tuple[Any, ...]]], int]:
    """Add big teams until one is refused: (the error, the snapshot before it, teams added)."""
    teams = TeamService(hub.db, hub.clerk)
    for number in range(500):
        before = snapshot(hub.db)
        try:
            teams.add(big_team(number))
        except StorageFull as error:
            return error, before, number
    raise AssertionError("500 big teams fitted in a few spare pages")


def test_write_that_does_not_fit_is_refused_and_nothing_before_is_lost(hub: Hub) -> None:
    pages = page_count(hub.db.path) + SPARE_PAGES
    with disk_of(hub.db.engine, pages):
        error, before, added = fill_until_full(hub)
        assert error.values["path"] == str(hub.db.path)
        assert snapshot(hub.db) == before, "the refused write left something behind"
        assert hub.db.path.stat().st_size <= (pages + 1) * 4096
    FIGURES["full disk: writes refused"] += 1
    assert integrity_ok(hub.db.path)
    assert check_database(hub.db) == []
    assert snapshot(hub.db) == before
    # Room again (space freed): the hub writes as before.
    TeamService(hub.db, hub.clerk).add(TeamDraft("다시 쓰기", TeamKind.COOPERATIVE, "김가득"))
    assert added >= 1


def test_full_disk_survives_reopening(hub: Hub) -> None:
    pages = page_count(hub.db.path) + SPARE_PAGES
    with disk_of(hub.db.engine, pages):
        _error, before, _added = fill_until_full(hub)
    path = hub.db.path
    hub.db.close()
    with Database.open(path, create=False) as reopened:
        assert snapshot(reopened) == before
        assert check_database(reopened) == []


def test_command_line_reports_a_full_disk_in_one_line(
    tmp_path: Path,
    template_db: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pages = page_count(template_db) + SPARE_PAGES
    make_engine = storage_database.make_engine

    def small_disk(path: Path, **options: Any) -> Engine:
        engine = make_engine(path, **options)
        event.listen(engine, "connect", _limit(pages))
        return engine

    monkeypatch.setattr(storage_database, "make_engine", small_disk)
    target = tmp_path / "demo.sqlite"
    assert cli.main(["demo", str(target), "--today", "2026-11-24"]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("hubdesk: error:"), err
    assert "disk is full" in err and "Traceback" not in err and "OperationalError" not in err
    assert not target.exists(), "a half-written demo file was left behind"


def test_window_reports_a_full_disk_in_a_sentence(hub: Hub, qtbot: Any) -> None:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QWidget

    from hubdesk.gui.operations import Operations
    from hubdesk.gui.text.messages import describe

    window = QWidget()
    qtbot.addWidget(window)
    ops = Operations(window, QUndoStack(window), hub.db)
    shown: list[str] = []
    teams = TeamService(hub.db, hub.clerk)
    with disk_of(hub.db.engine, page_count(hub.db.path) + SPARE_PAGES):
        for number in range(500):
            draft = big_team(number)
            if ops.run("add", lambda d=draft: teams.add(d), report=shown.append) is None:
                break
    assert shown == [describe(StorageFull(path=str(hub.db.path)))]
    assert "disk is full" in shown[0]
