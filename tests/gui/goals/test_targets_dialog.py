"""The yearly targets editor: typed as an office types, saved in one go by an
administrator, refused to staff, and Cancel changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from support.hub import Hub, snapshot
from support.keyboard import type_over
from support.panels import click, page_context, shown

from hubdesk.domain.enums import TargetMetric
from hubdesk.domain.records import Actor
from hubdesk.gui.goals.targets_dialog import TargetsDialog
from hubdesk.gui.main_window import MainWindow
from hubdesk.services.goals.goals import GoalService


def targets(hub: Hub) -> set[tuple[int, str, int]]:
    with hub.db.read() as session:
        rows = session.execute(text("SELECT year, metric, target_value FROM yearly_targets"))
        return {(int(y), str(m), int(v)) for y, m, v in rows}


def open_dialog(qtbot: QtBot, hub: Hub, actor: Actor, errors: list[str]) -> TargetsDialog:
    return shown(qtbot, TargetsDialog(page_context(qtbot, hub.db, actor, errors)), 900, 500)


def cell(dialog: TargetsDialog, year: int, metric: TargetMetric) -> object:
    return dialog.cells[(year, metric)]


def test_an_administrator_saves_every_change_at_once(
    qtbot: QtBot, hub: Hub, errors: list[str]
) -> None:
    dialog = open_dialog(qtbot, hub, hub.director, errors)
    first, last = dialog.first, dialog.last
    type_over(dialog.cells[(first, TargetMetric.OPERATION_RATE)], "78%")
    type_over(dialog.cells[(first + 1, TargetMetric.PEOPLE_TRAINED)], "1,200명")
    type_over(dialog.cells[(first, TargetMetric.BUDGET_EXECUTION)], "4억 1,700만")
    type_over(dialog.cells[(last, TargetMetric.PEOPLE_TRAINED_TERM)], "4,600")
    assert not dialog.cells[(first, TargetMetric.PEOPLE_TRAINED_TERM)].isEnabled()
    click(qtbot, dialog.ok_button())
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert targets(hub) == {
        (first, "operation_rate", 78),
        (first + 1, "people_trained", 1200),
        (first, "budget_execution", 417_000_000),
        (last, "people_trained_term", 4600),
    }
    audit = "SELECT count(DISTINCT at) FROM audit_log WHERE table_name = 'yearly_targets'"
    with hub.db.read() as session:
        assert session.execute(text(audit)).scalar_one() == 1  # one transaction


def test_a_mistyped_cell_keeps_ok_disabled(qtbot: QtBot, hub: Hub, errors: list[str]) -> None:
    dialog = open_dialog(qtbot, hub, hub.director, errors)
    type_over(dialog.cells[(dialog.first, TargetMetric.OPERATION_RATE)], "78.5")
    assert not dialog.ok_button().isEnabled() and dialog.problem_text()
    type_over(dialog.cells[(dialog.first, TargetMetric.OPERATION_RATE)], "101")
    assert not dialog.ok_button().isEnabled()


def test_cancel_changes_nothing(qtbot: QtBot, hub: Hub, errors: list[str]) -> None:
    GoalService(hub.db, hub.director).set_targets({(2026, TargetMetric.PEOPLE_TRAINED): 800})
    before = snapshot(hub.db)
    dialog = open_dialog(qtbot, hub, hub.director, errors)
    type_over(dialog.cells[(2026, TargetMetric.PEOPLE_TRAINED)], "900")
    dialog.cancel()  # the "discard what you typed?" question is answered Discard
    assert not dialog.isVisible()
    assert snapshot(hub.db) == before


def test_staff_are_refused_and_nothing_changes(qtbot: QtBot, hub: Hub, errors: list[str]) -> None:
    before = snapshot(hub.db)
    dialog = open_dialog(qtbot, hub, hub.clerk, errors)
    type_over(dialog.cells[(dialog.first, TargetMetric.OPERATION_RATE)], "80")
    click(qtbot, dialog.ok_button())
    assert dialog.isVisible() and dialog.problem_text()  # the refusal, in the dialog
    assert snapshot(hub.db) == before


@pytest.mark.parametrize(
    ("who", "sees"), [("clerk", False), ("manager", False), ("director", True)]
)
def test_the_menu_offers_the_editor_to_administrators_only(
    make_window: Callable[..., MainWindow], hub: Hub, who: str, sees: bool
) -> None:
    window = make_window(getattr(hub, who))
    texts = [action.text() for action in window.file_menu.actions()]
    assert any("targets" in text for text in texts) is sees
    assert hasattr(window, "targets_action") is sees


def test_a_target_saved_meanwhile_by_someone_else_is_not_overwritten(
    qtbot: QtBot, hub: Hub, errors: list[str]
) -> None:
    dialog = open_dialog(qtbot, hub, hub.director, errors)
    first = dialog.first
    GoalService(hub.db, hub.director).set_target(first, TargetMetric.OPERATION_RATE, 79)
    before = snapshot(hub.db)
    type_over(dialog.cells[(first, TargetMetric.OPERATION_RATE)], "78%")
    type_over(dialog.cells[(first, TargetMetric.PEOPLE_TRAINED)], "900")
    click(qtbot, dialog.ok_button())
    assert snapshot(hub.db) == before  # neither change: the other's 79 % stands
    assert targets(hub) == {(first, "operation_rate", 79)}
    assert dialog.isVisible() and "Someone else changed" in dialog.problem.text()
