"""The dashboard on the demo file, through the hands: tiles opened by a click and by Tab
and Enter show exactly the records behind them, the year selector turned with the arrow
keys changes the figures, behind-pace colours, a chart saved as Excel, the approvals link,
and what a refresh reads. Every figure is checked against a plain SQL query."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from support.keyboard import show_active

from hubdesk.domain.goals import Drill, GoalFigure, elapsed_share
from hubdesk.gui.common import table_xlsx
from hubdesk.gui.context import PageContext
from hubdesk.gui.goals import dashboard_text as text
from hubdesk.gui.goals.dashboard_tiles import COLOURS, Standing, standing
from hubdesk.gui.goals.page import OverviewPage
from hubdesk.gui.operations import Operations
from hubdesk.gui.topics import GOALS, GRANTS, TEAMS
from hubdesk.services.demo import DEMO_MANAGER
from hubdesk.services.goals.dashboard import DashboardService
from hubdesk.services.people.staff import actor_for
from hubdesk.storage import Database

TODAY = date(2026, 11, 24)


@pytest.fixture
def sql(demo: Database) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(demo.path)
    yield connection
    connection.close()


@pytest.fixture
def page(demo: Database, qtbot: QtBot) -> OverviewPage:
    holder = QWidget()
    qtbot.addWidget(holder)
    ops = Operations(holder, QUndoStack(holder), demo)
    ops.report_error = pytest.fail
    context = PageContext(demo, actor_for(demo, DEMO_MANAGER), ops, lambda: TODAY)
    built = OverviewPage(context)
    qtbot.addWidget(built)
    built.resize(1100, 700)
    show_active(qtbot, built)
    return built


# --- independent SQL ---------------------------------------------------------------------


def purchases(sql: sqlite3.Connection, year: int) -> tuple[list[int], int]:
    rows = sql.execute(
        "SELECT id, amount FROM purchases WHERE purchased_on BETWEEN ? AND ? ORDER BY id",
        (f"{year}-01-01", f"{year}-12-31"),
    ).fetchall()
    return [r[0] for r in rows], sum(r[1] for r in rows)


def operating(sql: sqlite3.Connection, day: date) -> tuple[list[int], int]:
    """Teams operating on ``day`` and the registered count, from the status history."""
    rows = sql.execute(
        """
        SELECT t.id, c.status FROM teams t JOIN team_status_changes c ON c.team_id = t.id
        WHERE t.kind != 'startup_team' AND c.id = (
            SELECT c2.id FROM team_status_changes c2
            WHERE c2.team_id = t.id AND c2.changed_on <= ?
            ORDER BY c2.changed_on DESC, c2.id DESC LIMIT 1)
        """,
        (day.isoformat(),),
    ).fetchall()
    registered = [r for r in rows if r[1] != "archived"]
    return sorted(r[0] for r in registered if r[1] == "operating"), len(registered)


def target(sql: sqlite3.Connection, year: int, metric: str) -> int | None:
    row = sql.execute(
        "SELECT target_value FROM yearly_targets WHERE year = ? AND metric = ?", (year, metric)
    ).fetchone()
    return row[0] if row else None


def dialog_amounts(page: OverviewPage, header: str) -> list[int]:
    assert page.dialog is not None
    column = list(page.dialog.drill.headers).index(header)
    return [int(cells[column].replace(",", "")) for cells in page.dialog.drill.rows]


# --- the tiles ---------------------------------------------------------------------------


def test_the_tiles_show_this_years_figures(page: OverviewPage, sql: sqlite3.Connection) -> None:
    assert page.year() == 2026 and page.year_box.currentText() == "Year 2026"
    ids, total = purchases(sql, 2026)
    assert page.tiles["procurement"].value.text() == text.won(total)
    ops, registered = operating(sql, TODAY)
    assert page.tiles["operation"].detail.text() == f"{len(ops):,} / {registered:,} operating"
    assert page.tiles["operation"].value.text() == f"{100 * len(ops) / registered:.1f}%"
    (completed,) = sql.execute(
        "SELECT coalesce(sum(completed), 0) FROM training_courses"
        " WHERE start_date BETWEEN '2026-01-01' AND '2026-12-31'"
    ).fetchone()
    assert page.tiles["trained"].value.text() == text.people(completed)
    assert "2026" in page.tiles["trained"].note.text()
    assert page.tiles["term"].note.text().startswith("Counts distinct people")


def test_a_click_on_the_procurement_tile_opens_exactly_its_purchases(
    page: OverviewPage, sql: sqlite3.Connection, qtbot: QtBot
) -> None:
    qtbot.mouseClick(page.tiles["procurement"], Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    ids, total = purchases(sql, 2026)
    assert sorted(dialog.drill.ids) == ids
    assert dialog.model.rowCount() == len(ids)
    assert sum(dialog_amounts(page, "Amount")) == total


def test_tab_and_enter_open_the_operating_enterprises(
    page: OverviewPage, sql: sqlite3.Connection, qtbot: QtBot
) -> None:
    page.year_box.setFocus()
    qtbot.keyClick(page.year_box, Qt.Key.Key_Tab)
    tile = page.tiles["operation"]
    assert tile.hasFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    assert page.dialog is not None
    ids, _registered = operating(sql, TODAY)
    assert sorted(page.dialog.drill.ids) == ids
    page.dialog.close()
    qtbot.keyClick(page.tiles["operation"], Qt.Key.Key_Tab)
    assert page.tiles["trained"].hasFocus()
    qtbot.keyClick(page.tiles["trained"], Qt.Key.Key_Space)
    assert page.dialog is not None and page.dialog.drill.drill is Drill.COMPLETIONS


def test_the_year_turned_with_the_keys_changes_the_figures(
    page: OverviewPage, sql: sqlite3.Connection, qtbot: QtBot
) -> None:
    page.year_box.setFocus()
    qtbot.keyClick(page.year_box, Qt.Key.Key_Up)
    assert page.year() == 2025
    _ids, total = purchases(sql, 2025)
    assert page.tiles["procurement"].value.text() == text.won(total)
    ops, registered = operating(sql, date(2025, 12, 31))  # a past year: on 31 December
    assert page.tiles["operation"].detail.text() == f"{len(ops):,} / {registered:,} operating"
    service = DashboardService(page.context.db, page.context.actor).dashboard(2025, TODAY)
    assert page.tiles["budget"].value.text() == text.won(service.budget.actual)
    qtbot.mouseClick(page.tiles["procurement"], Qt.MouseButton.LeftButton)
    assert page.dialog is not None and sorted(page.dialog.drill.ids) == _ids
    page.dialog.close()
    qtbot.keyClick(page.year_box, Qt.Key.Key_End)  # the whole term
    assert page.year() is None and page.data is not None and page.data.year is None


def test_a_tile_behind_its_pace_is_amber_or_red(
    page: OverviewPage, sql: sqlite3.Connection
) -> None:
    _ids, total = purchases(sql, 2026)
    goal = target(sql, 2026, "public_procurement")
    tile = page.tiles["procurement"]
    if goal:
        pace = goal * elapsed_share(2026, TODAY)
        expected = (
            Standing.MET
            if total >= goal
            else Standing.FAR_BEHIND
            if total < 0.8 * pace
            else Standing.BEHIND
            if total < pace
            else Standing.ON_PACE
        )
    else:
        expected = Standing.NO_TARGET
    assert tile.standing() is expected
    assert tile.bar.colour == COLOURS[expected]
    # A figure made to lag: the tile turns red, and green once it is met.
    figure = page.tiles["trained"].figure
    assert figure is not None
    lagging = GoalFigure(figure.metric, 2026, 1_000, 100, pace=900.0)
    page.tiles["trained"].show_figure(lagging)
    assert standing(lagging) is Standing.FAR_BEHIND
    assert page.tiles["trained"].bar.colour == COLOURS[Standing.FAR_BEHIND]
    page.tiles["trained"].show_figure(GoalFigure(figure.metric, 2026, 1_000, 1_000, pace=900.0))
    assert page.tiles["trained"].bar.colour == COLOURS[Standing.MET]


def test_the_occupancy_chart_saves_its_numbers_as_excel(
    page: OverviewPage, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target_file = tmp_path / "occupancy.xlsx"
    monkeypatch.setattr(table_xlsx, "ask_path", lambda _parent, _name: target_file)
    qtbot.mouseClick(page.occupancy.save_button, Qt.MouseButton.LeftButton)
    sheet = load_workbook(target_file).active
    rows = [list(r) for r in sheet.iter_rows(min_row=4, values_only=True)]
    assert page.data is not None
    months = page.data.occupancy_by_month
    assert [(r[1], r[2]) for r in rows] == [(m.value, m.of) for m in months]
    assert [bar.fraction for bar in page.month_chart.bars] == [
        m.value / m.of if m.of else 0.0 for m in months
    ]


def test_a_month_bar_opens_the_tenancies_of_its_first_day(
    page: OverviewPage, sql: sqlite3.Connection, qtbot: QtBot
) -> None:
    chart = page.month_chart
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(2).center().toPoint())
    assert page.dialog is not None
    assert page.dialog.drill.drill is Drill.OCCUPIED_SEATS
    assert page.data is not None
    taken = page.data.occupancy_by_month[2].value
    seats = dialog_amounts(page, "Seats")
    assert sum(seats) == taken


def test_the_approvals_link_asks_for_the_inbox(page: OverviewPage, qtbot: QtBot) -> None:
    assert page.week.may_approve
    with qtbot.waitSignal(page.approvals_requested, timeout=1000):
        qtbot.mouseClick(page.week.approvals_link, Qt.MouseButton.LeftButton)
    assert page.dialog is None


def test_a_refresh_reads_only_for_goals(
    page: OverviewPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[object] = []
    original = page.service.dashboard
    monkeypatch.setattr(
        page.service, "dashboard", lambda *args: calls.append(args) or original(*args)
    )
    page.refresh(frozenset({TEAMS}))
    page.refresh(frozenset({GRANTS}))
    assert calls == []
    page.refresh(frozenset({GOALS}))
    page.refresh(frozenset())
    assert len(calls) == 2
