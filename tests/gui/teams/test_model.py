"""The team table model without a view: pages of 200, SQL order, resets, cell texts."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from support.hub import TODAY, Hub

from hubdesk.domain.brn import make_valid_brn
from hubdesk.domain.enums import TeamKind, TeamStatus
from hubdesk.gui.common.paged import PAGE_SIZE
from hubdesk.gui.teams.model import COLUMNS, TeamTableModel
from hubdesk.services.hub.team_views import TeamColumn, TeamQuery, TeamViewService
from hubdesk.services.people.teams import TeamService
from hubdesk.storage import Database
from hubdesk.storage.models import Team

MANY = 230
ROOT = QModelIndex()


@pytest.fixture
def crowded(hub: Hub) -> Hub:
    """The small hub plus 230 teams, written in one transaction (the list is the subject)."""
    kinds = list(TeamKind)
    with hub.db.write("system") as session:
        for index in range(MANY):
            session.add(
                Team(
                    name=f"팀 {(index * 37) % 101:03d}",  # repeated names: the id breaks ties
                    kind=kinds[index % len(kinds)],
                    status=TeamStatus.DORMANT if index % 4 == 0 else TeamStatus.OPERATING,
                    brn=make_valid_brn(f"2208{index:05d}").digits if index % 3 else None,
                    representative=f"대표{index % 13}",
                )
            )
    return hub


def make_model(qtbot: QtBot, hub: Hub) -> TeamTableModel:
    model = TeamTableModel(TeamViewService(hub.db, hub.clerk), lambda: TODAY)
    model.set_query(TeamQuery())
    return model


def sql_ids(db: Database, order: str) -> list[int]:
    with db.read() as session:
        return list(session.execute(text(f"SELECT id FROM teams ORDER BY {order}")).scalars())


def loaded_ids(model: TeamTableModel) -> list[int]:
    while model.canFetchMore(ROOT):
        model.fetchMore(ROOT)
    return [
        model.data(model.index(row, 0), Qt.ItemDataRole.UserRole) for row in range(len(model.ids()))
    ]


def test_rows_arrive_a_page_at_a_time(qtbot: QtBot, crowded: Hub) -> None:
    model = make_model(qtbot, crowded)
    total = MANY + len(crowded.teams)
    assert model.total == total
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(ROOT)
    with qtbot.waitSignal(model.rowsInserted):
        model.fetchMore(ROOT)
    assert model.rowCount() == total
    assert not model.canFetchMore(ROOT)
    assert len(set(model.ids())) == total


def test_name_order_is_the_databases_order(qtbot: QtBot, crowded: Hub) -> None:
    model = make_model(qtbot, crowded)
    model.sort(COLUMNS.index(TeamColumn.NAME), Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == PAGE_SIZE  # sorting starts again from the first page
    assert loaded_ids(model) == sql_ids(crowded.db, "name DESC, id DESC")
    model.sort(COLUMNS.index(TeamColumn.REPRESENTATIVE), Qt.SortOrder.AscendingOrder)
    assert loaded_ids(model) == sql_ids(crowded.db, "representative, id")


def test_business_numbers_sort_with_the_unregistered_last(qtbot: QtBot, crowded: Hub) -> None:
    model = make_model(qtbot, crowded)
    model.sort(COLUMNS.index(TeamColumn.BRN), Qt.SortOrder.AscendingOrder)
    assert loaded_ids(model) == sql_ids(crowded.db, "brn IS NULL, brn, id")


def test_kinds_sort_in_the_order_of_the_domain(qtbot: QtBot, crowded: Hub) -> None:
    model = make_model(qtbot, crowded)
    model.sort(COLUMNS.index(TeamColumn.KIND), Qt.SortOrder.AscendingOrder)
    with crowded.db.read() as session:
        rows = session.execute(text("SELECT id, kind FROM teams")).all()
    order = list(TeamKind)
    expected = [i for i, _k in sorted(rows, key=lambda r: (order.index(TeamKind(r[1])), r[0]))]
    assert loaded_ids(model) == expected


def test_set_query_resets_and_counts_again(qtbot: QtBot, crowded: Hub) -> None:
    model = make_model(qtbot, crowded)
    with qtbot.waitSignal(model.modelReset):
        model.set_query(TeamQuery(status=TeamStatus.DORMANT))
    with crowded.db.read() as session:
        dormant = session.scalar(text("SELECT count(*) FROM teams WHERE status = 'dormant'"))
    assert model.total == model.rowCount() == dormant
    assert not model.canFetchMore(ROOT)


def test_reload_keeps_the_rows_that_were_loaded(qtbot: QtBot, crowded: Hub) -> None:
    model = make_model(qtbot, crowded)
    model.fetchMore(ROOT)
    TeamService(crowded.db, crowded.clerk).close(model.team_id(PAGE_SIZE + 5), TODAY)
    model.reload()
    assert model.rowCount() == model.total == MANY + len(crowded.teams)
    closed = model.team_row(PAGE_SIZE + 5)
    assert (closed.status, closed.closed_on) == (TeamStatus.CLOSED, TODAY)


def test_cells_show_translated_names_and_formatted_numbers(qtbot: QtBot, hub: Hub) -> None:
    model = make_model(qtbot, hub)
    model.set_query(TeamQuery(text="금천도시농업"))
    assert model.rowCount() == 1
    cells = [model.data(model.index(0, column)) for column in range(model.columnCount())]
    assert cells == [
        "금천도시농업협동조합",
        "Cooperative",
        "Operating",
        make_valid_brn("119861234").formatted,
        "김철용",
        "",
    ]
    headers = [
        model.headerData(column, Qt.Orientation.Horizontal) for column in range(len(COLUMNS))
    ]
    assert headers == ["Name", "Kind", "Status", "Business number", "Representative", "Space"]


def test_closed_teams_are_greyed(qtbot: QtBot, hub: Hub) -> None:
    TeamService(hub.db, hub.clerk).close(hub.teams["village"], date(2026, 6, 30))
    model = make_model(qtbot, hub)
    row = model.row_of(hub.teams["village"])
    assert row is not None
    assert model.data(model.index(row, 0), Qt.ItemDataRole.ForegroundRole) is not None
    other = model.row_of(hub.teams["coop"])
    assert other is not None
    assert model.data(model.index(other, 0), Qt.ItemDataRole.ForegroundRole) is None
