"""Small behaviours the views share: list tables, a scrolled widget, and a click that is not
a drag."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QSize, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QScrollArea,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

FITTED_ROWS = 100


class MeasuredOnce(QStyledItemDelegate):
    """Each cell measured once until the model changes: a view fits its columns to their
    contents several times while it settles (five passes over 100 rows when a tab is
    first shown), and each measure asks the model for a dozen roles of the cell."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._sizes: dict[tuple[int, int], QSize] = {}
        model = view.model()
        for signal in (
            model.modelReset,
            model.dataChanged,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.columnsInserted,
            model.columnsRemoved,
        ):
            signal.connect(self._forget)

    def sizeHint(  # noqa: N802 (Qt name)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        key = (index.row(), index.column())
        size = self._sizes.get(key)
        if size is None:
            size = self._sizes[key] = super().sizeHint(option, index)
        return size

    def _forget(self, *_changed: object) -> None:
        self._sizes.clear()


def list_table(view: QTableView, stretch_column: int) -> None:
    """Read-only, one whole row chosen at a time, rows fitted to the font (the model is
    set first: the cells' sizes are kept until it changes)."""
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    # Fit the columns to the rows near the top, not to every row of a long list: each
    # layout pass would otherwise ask for every cell (47,000 calls for 400 late settlements).
    header.setResizeContentsPrecision(FITTED_ROWS)
    if view.model() is not None:
        view.setItemDelegate(MeasuredOnce(view))


def scrolled(widget: QWidget, *, framed: bool = False) -> QScrollArea:
    """``widget`` in a scroll area, so that a small window scrolls it rather than refusing
    to shrink."""
    scroll = QScrollArea()
    scroll.setWidget(widget)
    scroll.setWidgetResizable(True)
    if not framed:
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    return scroll


@contextmanager
def filling(view: QTableView) -> Iterator[None]:
    """Fit the columns once after filling, not after every cell (which is quadratic)."""
    header = view.horizontalHeader()
    modes = [header.sectionResizeMode(section) for section in range(header.count())]
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    try:
        yield
    finally:
        for section, mode in enumerate(modes):
            header.setSectionResizeMode(section, mode)


def click_position(press: QPoint | None, release: QMouseEvent) -> QPoint | None:
    """Where a left click landed, or None when the mouse was dragged or another button."""
    position = release.position().toPoint()
    if press is None or release.button() != Qt.MouseButton.LeftButton:
        return None
    if (position - press).manhattanLength() >= QApplication.startDragDistance():
        return None
    return position


def chosen_row(view: QAbstractItemView) -> int | None:
    """The row a person chose: the first selected row. The current index alone is not a
    choice (a Ctrl+click can unselect it while it stays current)."""
    selection = view.selectionModel()
    rows = sorted(index.row() for index in selection.selectedRows()) if selection else []
    return rows[0] if rows else None


def on_choice(view: QAbstractItemView, chosen: Callable[[int | None], None]) -> None:
    """Call ``chosen(row)`` whenever the chosen row changes, however it was chosen: a mouse
    click (Qt moves the current index before it selects the row, so a handler of the
    current row saw nothing selected yet), the arrow keys, a search, or code."""
    view.selectionModel().selectionChanged.connect(lambda *_: chosen(chosen_row(view)))
