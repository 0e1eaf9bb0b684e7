"""Drive the grant money panels as a user: one window context per staff member, clicks on
rows and buttons, the dialog a click opened."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractButton, QTableView, QWidget
from pytestqt.qtbot import QtBot

from hubdesk.domain.records import Actor
from hubdesk.gui.context import PageContext
from hubdesk.gui.operations import Operations
from hubdesk.storage import Database
from support.hub import TODAY
from support.keyboard import show_active

D = TypeVar("D", bound=QWidget)


def page_context(qtbot: QtBot, db: Database, actor: Actor, errors: list[str]) -> PageContext:
    """What a window signed in as ``actor`` gives its pages; refusals land in ``errors``."""
    holder = QWidget()
    qtbot.addWidget(holder)
    ops = Operations(holder, QUndoStack(holder), db)
    ops.report_error = errors.append
    return PageContext(db, actor, ops, lambda: TODAY)


def shown(qtbot: QtBot, panel: D, width: int = 900, height: int = 420) -> D:
    qtbot.addWidget(panel)
    panel.resize(width, height)
    show_active(qtbot, panel)
    return panel


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_row(qtbot: QtBot, view: QTableView, row: int) -> None:
    model = view.model()
    rect = view.visualRect(model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def opened(qtbot: QtBot, parent: QWidget, kind: type[D]) -> D:
    """The dialog of ``kind`` the last click opened from ``parent``, made the active window."""

    def visible() -> list[D]:
        return [d for d in parent.findChildren(kind) if d.isVisible()]  # closed ones linger

    qtbot.waitUntil(lambda: len(visible()) == 1)
    (dialog,) = visible()
    show_active(qtbot, dialog)
    return dialog
