"""A table model over an SQL query, loaded a page at a time (the Anki browser pattern).

SQL does the filtering, searching and sorting; the model keeps the frozen row
records loaded so far (their ids are the rows' ``UserRole``) with their cell texts,
made once, and asks for the next 200 rows when the view scrolls near the end
(``canFetchMore``/``fetchMore``, Qt's ``fetchmore`` example).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

PAGE_SIZE = 200
AnyIndex = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


if TYPE_CHECKING:
    from _typeshed import DataclassInstance


class Identified(Protocol):
    @property
    def id(self) -> int: ...


QueryT = TypeVar("QueryT", bound="DataclassInstance")  # a frozen dataclass
RowT = TypeVar("RowT", bound=Identified)


class PagedTableModel(QAbstractTableModel, Generic[QueryT, RowT]):
    """Rows of a query, a page at a time; subclasses say how to read and show them."""

    right_columns: frozenset[int] = frozenset()  # numbers, aligned right
    sort_keys: Sequence[object] = ()  # the query's ``sort`` for each column; none: unsorted

    def __init__(self, query: QueryT, parent: QObject | None) -> None:
        super().__init__(parent)
        self._query = query
        self._rows: list[RowT] = []
        self._texts: list[list[str]] = []  # the cells of each row, made once
        self._total = 0

    # --- what subclasses provide ----------------------------------------------

    def _count(self, query: QueryT) -> int:
        raise NotImplementedError

    def _fetch(self, query: QueryT, offset: int, limit: int) -> list[RowT]:
        raise NotImplementedError

    def _cells(self, row: RowT) -> list[str]:
        raise NotImplementedError

    def _headers(self) -> Sequence[str]:
        raise NotImplementedError

    def _role_data(self, row: RowT, column: int, role: int) -> Any:
        """Roles other than text, id and alignment (colours); none by default."""
        return None

    # --- what the page uses ----------------------------------------------------

    @property
    def query(self) -> QueryT:
        return self._query

    @property
    def total(self) -> int:
        """How many rows match, loaded or not."""
        return self._total

    def set_query(self, query: QueryT) -> None:
        """Show the rows of ``query`` from the first page on."""
        self._load(query, PAGE_SIZE)

    def reload(self) -> None:
        """Re-read the query, keeping as many rows loaded as before."""
        self._load(self._query, max(PAGE_SIZE, len(self._rows)))

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    def row_of(self, row_id: int) -> int | None:
        """The row showing ``row_id`` among the loaded rows, if any."""
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), None)

    def ids(self) -> list[int]:
        return [row.id for row in self._rows]

    def _load(self, query: QueryT, rows: int) -> None:
        self.beginResetModel()
        self._query = query
        self._total = self._count(query)
        self._rows = self._fetch(query, 0, rows)
        self._texts = [self._cells(row) for row in self._rows]
        self.endResetModel()

    # --- Qt's model interface ----------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers())

    def canFetchMore(self, parent: AnyIndex) -> bool:  # noqa: N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex) -> None:  # noqa: N802
        if parent.isValid():
            return
        more = self._fetch(self._query, len(self._rows), PAGE_SIZE)
        if not more:  # rows were removed meanwhile: stop asking
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self._texts.extend(self._cells(row) for row in more)
        self.endInsertRows()
        if len(more) < PAGE_SIZE:  # the last page
            self._total = len(self._rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.sort_keys):
            descending = order == Qt.SortOrder.DescendingOrder
            query = replace(self._query, sort=self.sort_keys[column], descending=descending)
            if query != self._query:  # sorted so already (as when sorting is switched on)
                self.set_query(query)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[index.row()].id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right_columns:
            return RIGHT
        return self._role_data(self._rows[index.row()], index.column(), role)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = self._headers()
        return headers[section] if 0 <= section < len(headers) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
