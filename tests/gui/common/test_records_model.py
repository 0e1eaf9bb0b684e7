"""A list of records as a table: a reload of the same records updates them in place."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from hubdesk.gui.common.records import Col, RecordsModel
from hubdesk.gui.common.views import chosen_row, list_table


@dataclass(frozen=True)
class Item:
    id: int
    name: str


def shown(qtbot: QtBot, items: list[Item]) -> tuple[QTableView, RecordsModel]:
    model = RecordsModel([Col("Name", lambda item: item.name)])
    model.set_rows(items)
    view = QTableView()
    view.setModel(model)
    list_table(view, 0)
    qtbot.addWidget(view)
    view.resize(300, 200)
    view.show()
    qtbot.waitExposed(view)
    return view, model


def click_row(qtbot: QtBot, view: QTableView, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_reload_of_the_same_records_keeps_the_choice(qtbot: QtBot) -> None:
    items = [Item(1, "가온"), Item(2, "나래"), Item(3, "다온")]
    view, model = shown(qtbot, items)
    click_row(qtbot, view, 1)
    assert chosen_row(view) == 1
    renamed = [items[0], Item(2, "나래협동조합"), items[2]]
    with qtbot.assertNotEmitted(model.modelReset):
        with qtbot.waitSignal(model.dataChanged) as changed:
            model.set_rows(renamed)
    assert [index.row() for index in changed.args[:2]] == [1, 1]
    assert model.text(1, 0) == "나래협동조합" and chosen_row(view) == 1


def test_other_records_are_shown_afresh(qtbot: QtBot) -> None:
    items = [Item(1, "가온"), Item(2, "나래")]
    view, model = shown(qtbot, items)
    click_row(qtbot, view, 0)
    with qtbot.waitSignal(model.modelReset):
        model.set_rows([items[1], items[0]])  # the same records, in another order
    assert [model.id_at(row) for row in range(model.rowCount())] == [2, 1]
    with qtbot.waitSignal(model.modelReset):
        model.set_rows([items[0]])
    assert model.rowCount() == 1
