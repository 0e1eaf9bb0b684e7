"""The applications panel driven as a user: submit, review, withdraw, allocate the next
from the waiting list, and undo each."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QRadioButton
from pytestqt.qtbot import QtBot
from support.hub import Hub, snapshot
from support.keyboard import pick_team, set_day, show_active, type_text
from support.panels import click, opened

from hubdesk.domain.enums import ApplicationStatus, SpaceKind, TenancyStatus
from hubdesk.domain.records import ApplicationRecord
from hubdesk.gui.main_window import MainWindow
from hubdesk.gui.spaces.application_dialogs import (
    AllocateApplicationDialog,
    ApplicationDialog,
    ReviewDialog,
)
from hubdesk.gui.spaces.applications_panel import ApplicationsPanel
from hubdesk.services.spaces.applications import ApplicationService
from hubdesk.services.spaces.spaces import SpaceService, TenancyDraft

COOP = "금천도시농업협동조합"


@pytest.fixture
def panel(qtbot: QtBot, window: MainWindow) -> ApplicationsPanel:
    """The panel in a window of its own, refreshed after every edit as the page will."""
    panel = ApplicationsPanel(window.context)
    window.ops.changed.connect(panel.refresh)
    qtbot.addWidget(panel)
    panel.resize(1100, 500)
    show_active(qtbot, panel)
    return panel


@pytest.fixture
def apps(hub: Hub) -> ApplicationService:
    return ApplicationService(hub.db, hub.clerk)


def choose(qtbot: QtBot, panel: ApplicationsPanel, team_name: str) -> None:
    """Click the team's row in the applications table."""
    row = next(i for i, a in enumerate(panel.model.rows) if a.team_name == team_name)
    rect = panel.table.visualRect(panel.model.index(row, 0))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.current is not None and panel.current.team_name == team_name


def table_texts(panel: ApplicationsPanel) -> list[list[str]]:
    model = panel.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def waitlisted(hub: Hub, team: str, score: int, seats: int) -> ApplicationRecord:
    apps = ApplicationService(hub.db, hub.clerk)
    app = apps.submit(hub.teams[team], SpaceKind.OPEN_DESK, seats, date(2026, 10, 1))
    return apps.review(app.id, score, ApplicationStatus.WAITLISTED, date(2026, 11, 2))


def test_submit_an_application_and_undo(
    qtbot: QtBot,
    window: MainWindow,
    panel: ApplicationsPanel,
    apps: ApplicationService,
    errors: list[str],
) -> None:
    click(qtbot, panel.submit_button)
    dialog = opened(qtbot, panel, ApplicationDialog)
    assert not dialog.ok_button().isEnabled()
    pick_team(qtbot, dialog.team, "도시농업")
    dialog.kind.setCurrentIndex(dialog.kind.findData(SpaceKind.OPEN_DESK))
    dialog.seats.setValue(2)
    type_text(dialog.note, "창가 2석 희망")
    click(qtbot, dialog.ok_button())

    (app,) = apps.applications()
    assert (app.team_name, app.space_kind, app.seats, app.status, app.note) == (
        COOP,
        SpaceKind.OPEN_DESK,
        2,
        ApplicationStatus.SUBMITTED,
        "창가 2석 희망",
    )
    assert table_texts(panel) == [[COOP, "Open desk", "2", "2026-11-24", "Submitted", ""]]
    window.undo_stack.undo()
    assert apps.application(app.id).status == ApplicationStatus.WITHDRAWN
    assert table_texts(panel)[0][4] == "Withdrawn"
    window.undo_stack.redo()
    assert apps.application(app.id).status == ApplicationStatus.SUBMITTED
    assert errors == []


def test_review_onto_the_waiting_list_and_undo(
    qtbot: QtBot,
    window: MainWindow,
    hub: Hub,
    panel: ApplicationsPanel,
    apps: ApplicationService,
) -> None:
    app = apps.submit(hub.teams["coop"], SpaceKind.OPEN_DESK, 2, date(2026, 11, 2))
    panel.refresh(frozenset())
    assert not panel.review_button.isEnabled()  # nothing chosen yet
    choose(qtbot, panel, COOP)
    click(qtbot, panel.review_button)
    dialog = opened(qtbot, panel, ReviewDialog)
    dialog.score.setValue(85)
    waiting = dialog.findChild(QRadioButton, "waitlisted")
    assert waiting is not None and waiting.text() == "Waiting list"
    click(qtbot, waiting)
    assert dialog.decision() == ApplicationStatus.WAITLISTED
    click(qtbot, dialog.ok_button())

    reviewed = apps.application(app.id)
    assert (reviewed.status, reviewed.review_score) == (ApplicationStatus.WAITLISTED, 85)
    assert [a.id for a in panel.waiting_model.rows] == [app.id]
    window.undo_stack.undo()
    assert apps.application(app.id) == app
    assert panel.waiting_model.rows == []


def test_allocate_the_next_from_the_waiting_list_and_undo(
    qtbot: QtBot,
    window: MainWindow,
    hub: Hub,
    panel: ApplicationsPanel,
    apps: ApplicationService,
    errors: list[str],
) -> None:
    desk = hub.spaces["2F-OD1"]  # 6 seats, 3 let
    spaces = SpaceService(hub.db, hub.clerk)
    spaces.allocate(TenancyDraft(hub.teams["startup"], desk, 3, date(2026, 6, 1)))
    too_big = waitlisted(hub, "social", 95, seats=4)
    fits = waitlisted(hub, "coop", 80, seats=3)
    panel.refresh(frozenset())
    assert [a.id for a in panel.waiting_model.rows] == [too_big.id, fits.id]

    panel.set_space(desk)
    set_day(panel.next_start, date(2026, 12, 1))
    click(qtbot, panel.next_button)
    dialog = opened(qtbot, panel, AllocateApplicationDialog)
    assert dialog.application.id == fits.id and dialog.space.space_id() == desk
    assert dialog.start.date() == date(2026, 12, 1)
    assert dialog.problem_text() == "" and dialog.ok_button().isEnabled()
    click(qtbot, dialog.ok_button())

    allocated = apps.application(fits.id)
    assert allocated.status == ApplicationStatus.ALLOCATED and allocated.tenancy_id
    tenancy = spaces.tenancy(allocated.tenancy_id)
    assert (tenancy.team_id, tenancy.seats, tenancy.start_date) == (
        hub.teams["coop"],
        3,
        date(2026, 12, 1),
    )
    assert [a.id for a in panel.waiting_model.rows] == [too_big.id]

    window.undo_stack.undo()
    assert apps.application(fits.id) == fits
    assert spaces.tenancy(tenancy.id).status == TenancyStatus.CANCELLED
    assert [a.id for a in panel.waiting_model.rows] == [too_big.id, fits.id]
    window.undo_stack.redo()
    assert apps.application(fits.id).tenancy_id == tenancy.id
    assert spaces.tenancy(tenancy.id).status == TenancyStatus.ACTIVE
    assert errors == []


def test_nobody_fits_says_so(qtbot: QtBot, hub: Hub, panel: ApplicationsPanel) -> None:
    waitlisted(hub, "social", 95, seats=7)  # more than the desk has
    panel.refresh(frozenset())
    panel.set_space(hub.spaces["2F-OD1"])
    before = snapshot(hub.db)
    click(qtbot, panel.next_button)
    assert "2F-OD1" in panel.next_info.text()
    assert panel.findChild(AllocateApplicationDialog) is None
    assert snapshot(hub.db) == before


def test_an_allocation_clash_shows_in_the_dialog(
    qtbot: QtBot, hub: Hub, panel: ApplicationsPanel
) -> None:
    office = hub.spaces["3F-301"]
    SpaceService(hub.db, hub.clerk).allocate(
        TenancyDraft(hub.teams["startup"], office, 4, date(2026, 6, 1))
    )
    app = waitlisted(hub, "coop", 80, seats=2)
    panel.refresh(frozenset())
    choose(qtbot, panel, COOP)
    click(qtbot, panel.allocate_button)
    dialog = opened(qtbot, panel, AllocateApplicationDialog)
    assert dialog.space.select(office)
    assert "청년창업팀 온기" in dialog.problem_text()
    assert not dialog.ok_button().isEnabled()
    assert dialog.application.id == app.id


def test_withdraw_and_undo(
    qtbot: QtBot,
    window: MainWindow,
    hub: Hub,
    panel: ApplicationsPanel,
    apps: ApplicationService,
) -> None:
    app = waitlisted(hub, "coop", 80, seats=2)
    panel.refresh(frozenset())
    choose(qtbot, panel, COOP)
    click(qtbot, panel.withdraw_button)
    assert apps.application(app.id).status == ApplicationStatus.WITHDRAWN
    assert panel.waiting_model.rows == [] and not panel.withdraw_button.isEnabled()
    window.undo_stack.undo()
    assert apps.application(app.id) == app
    assert panel.withdraw_button.isEnabled()


def test_filter_by_status(hub: Hub, panel: ApplicationsPanel, apps: ApplicationService) -> None:
    waitlisted(hub, "coop", 80, seats=2)
    apps.submit(hub.teams["social"], SpaceKind.PRIVATE_OFFICE, 3, date(2026, 11, 2))
    panel.refresh(frozenset())
    assert len(panel.model.rows) == 2
    panel.status.setCurrentIndex(panel.status.findData(ApplicationStatus.SUBMITTED))
    assert [a.team_name for a in panel.model.rows] == ["(주)함께일하는세상"]


def test_double_click_opens_the_review(
    qtbot: QtBot, hub: Hub, panel: ApplicationsPanel, apps: ApplicationService
) -> None:
    app = apps.submit(hub.teams["coop"], SpaceKind.OPEN_DESK, 2, date(2026, 11, 2))
    panel.refresh(frozenset())
    viewport = panel.table.viewport()
    at = viewport.mapTo(panel, panel.table.visualRect(panel.model.index(0, 0)).center())
    # Through the window, so Qt itself turns two quick presses into a double-click.
    handle = panel.windowHandle()
    assert handle is not None
    QTest.mouseDClick(handle, Qt.MouseButton.LeftButton, pos=at)
    dialog = opened(qtbot, panel, ReviewDialog)
    assert dialog.application.id == app.id
