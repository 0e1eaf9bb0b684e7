"""The dashboard's parts on hand-made figures: a tile's colour against its pace, a tile
opened by mouse and keys, the drill dialog's table, chart and workbook, the week's links,
and a workbook never written onto the database."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from support.hub import Hub
from support.keyboard import show_active

from hubdesk.domain.enums import TargetMetric
from hubdesk.domain.goals import Drill, DrillRows, GoalFigure, WeekItem
from hubdesk.gui.common import table_xlsx
from hubdesk.gui.context import PageContext
from hubdesk.gui.goals.dashboard_drill import DrillDialog
from hubdesk.gui.goals.dashboard_tiles import COLOURS, GoalTile, Standing
from hubdesk.gui.goals.dashboard_week import WeekPanel
from hubdesk.gui.operations import Operations


def people(actual: int, target: int | None, pace: float | None) -> GoalFigure:
    return GoalFigure(TargetMetric.PEOPLE_TRAINED, 2026, target, actual, pace=pace)


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        (people(1_000, 1_000, 900.0), Standing.MET),
        (people(850, 1_000, 800.0), Standing.ON_PACE),
        (people(700, 1_000, 800.0), Standing.BEHIND),  # 87.5 % of the pace
        (people(500, 1_000, 800.0), Standing.FAR_BEHIND),  # under 80 % of it
        (people(500, None, None), Standing.NO_TARGET),
        # The rate's pace is its target: 74.0 % of 78 % is behind.
        (
            GoalFigure(TargetMetric.OPERATION_RATE, 2026, 78, 111, of=150, pace=78.0),
            Standing.BEHIND,
        ),
    ],
)
def test_a_tile_is_coloured_by_its_pace(
    qtbot: QtBot, figure: GoalFigure, expected: Standing
) -> None:
    tile = GoalTile("People trained")
    qtbot.addWidget(tile)
    tile.show_figure(figure)
    assert tile.standing() is expected
    assert tile.bar.colour == COLOURS[expected]
    if figure.target and figure.pace is not None:
        assert tile.bar.pace == pytest.approx(figure.pace / figure.target)


def test_a_tile_says_target_share_and_pace(qtbot: QtBot) -> None:
    tile = GoalTile("People trained")
    qtbot.addWidget(tile)
    tile.show_figure(people(700, 1_000, 800.0))
    assert tile.value.text() == "700 people"
    assert tile.target.text() == "Target 1,000 people · 70.0% of the target\npace 800 people"
    rate = GoalFigure(TargetMetric.OPERATION_RATE, 2026, 78, 113, of=148, pace=78.0)
    tile.show_figure(rate)
    assert tile.value.text() == "76.4%"
    assert tile.target.text() == "Target 78% · 97.9% of the target"  # no pace: it is the target


def test_a_tile_opens_on_a_click_enter_and_space(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    first, second = GoalTile("A", parent=holder), GoalTile("B", parent=holder)
    second.move(0, 200)
    show_active(qtbot, holder)
    opened: list[str] = []
    first.activated.connect(lambda: opened.append("A"))
    second.activated.connect(lambda: opened.append("B"))
    qtbot.mouseClick(second, Qt.MouseButton.LeftButton)
    assert opened == ["B"]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert second.hasFocus()
    qtbot.keyClick(second, Qt.Key.Key_Return)
    qtbot.keyClick(second, Qt.Key.Key_Space)
    assert opened == ["B", "B", "B"]


@pytest.fixture
def context(hub: Hub, qtbot: QtBot) -> PageContext:
    window = QWidget()
    qtbot.addWidget(window)
    ops = Operations(window, QUndoStack(window), hub.db)
    errors: list[str] = []
    ops.report_error = errors.append
    return PageContext(hub.db, hub.clerk, ops, lambda: date(2026, 11, 24))


PAYMENTS = DrillRows(
    Drill.PAYMENTS,
    ("Date", "Team", "Name", "Source", "Amount"),
    (
        ("2026-03-02", "금천도시농업협동조합", "김철용", "City", "3,000,000"),
        ("2026-04-10", "가산마을부엌", "박민수", "District", "1,500,000"),
        ("2026-05-20", "(주)함께일하는세상", "이영희", "City", "2,000,000"),
    ),
    (11, 12, 13),
)


def test_the_drill_dialog_lists_the_rows_and_charts_them(
    context: PageContext, qtbot: QtBot
) -> None:
    dialog = DrillDialog(context, PAYMENTS, "Grant payments", chosen=12)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 3
    assert [dialog.model.id_at(row) for row in range(3)] == [11, 12, 13]
    assert dialog.model.text(1, 1) == "가산마을부엌"
    assert dialog.table.selectionModel().selectedRows()[0].row() == 1  # the week's item
    qtbot.mouseClick(dialog.toggle, Qt.MouseButton.LeftButton)
    assert dialog.views.currentIndex() == 1
    assert [(bar.label, bar.value) for bar in dialog.chart.bars] == [
        ("City", 5_000_000.0),
        ("District", 1_500_000.0),
    ]
    qtbot.mouseClick(dialog.toggle, Qt.MouseButton.LeftButton)
    assert dialog.views.currentIndex() == 0


def test_save_as_excel_writes_the_rows_with_names_masked(
    context: PageContext, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "payments.xlsx"
    monkeypatch.setattr(table_xlsx, "ask_path", lambda _parent, _name: target)
    dialog = DrillDialog(context, PAYMENTS, "Grant payments")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    sheet = load_workbook(target).active
    rows = [list(row) for row in sheet.iter_rows(min_row=3, values_only=True)]
    assert rows[0] == ["Date", "Team", "Name", "Source", "Amount"]
    assert rows[1] == ["2026-03-02", "금천도시농업협동조합", "김*용", "City", 3_000_000]
    assert [row[4] for row in rows[1:]] == [3_000_000, 1_500_000, 2_000_000]


def test_no_workbook_lands_on_the_database(
    context: PageContext, hub: Hub, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = Path(hub.db.path)
    before = database.read_bytes()[:100]
    monkeypatch.setattr(table_xlsx, "ask_path", lambda _parent, _name: database)
    errors: list[str] = []
    context.ops.report_error = errors.append
    dialog = DrillDialog(context, PAYMENTS, "Grant payments")
    qtbot.addWidget(dialog)
    assert dialog.save() is None
    assert errors and str(database) in errors[0]
    assert database.read_bytes()[:100] == before


def test_the_week_links_open_their_lists(qtbot: QtBot) -> None:
    panel = WeekPanel()
    qtbot.addWidget(panel)
    panel.may_approve = True
    panel.approvals_waiting = 2
    items = [
        WeekItem(Drill.ENDING_TENANCIES, date(2026, 11, 25 + n), f"3F-30{n} 팀{n}", 100 + n)
        for n in range(6)
    ] + [WeekItem(Drill.SETTLEMENTS_DUE, date(2026, 11, 20), "정산 2026-001", 7)]
    panel.show_week(items)
    panel.show()
    opened: list[tuple[Drill, int]] = []
    panel.opened.connect(lambda drill, record: opened.append((drill, record)))
    ending = panel.links[Drill.ENDING_TENANCIES]
    assert ending[0].full_text == "Tenancies ending (6)"
    assert len(ending) == 1 + 4 + 1  # heading, four items, "… 2 more"
    assert ending[-1].full_text == "… 2 more"
    qtbot.mouseClick(ending[2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ending[0], Qt.MouseButton.LeftButton)
    panel.links[Drill.SETTLEMENTS_DUE][1].setFocus()
    qtbot.keyClick(panel.links[Drill.SETTLEMENTS_DUE][1], Qt.Key.Key_Return)
    qtbot.mouseClick(panel.approvals_link, Qt.MouseButton.LeftButton)
    assert opened == [
        (Drill.ENDING_TENANCIES, 101),
        (Drill.ENDING_TENANCIES, 0),
        (Drill.SETTLEMENTS_DUE, 7),
        (Drill.MY_APPROVALS, 0),
    ]
    assert panel.approvals_link.full_text == "Waiting for my approval (2)"
    assert panel.links[Drill.WEEK_SESSIONS][0].full_text == "Sessions (0)"
