"""A table model over an SQL query, loaded a page at a time (the Anki browser pattern).

SQL does the filtering, searching and sorting; the model keeps the frozen row
records loaded so far (their ids are the rows' ``UserRole``) with their cell texts,
made once, and asks for the next 200 rows when the view scrolls near the end
(``canFetchMore``/``fetchMore``, Qt's ``fetchmore`` example): the rows after the last one
loaded, where the service can page by keyset.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import suppress
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from hubdesk.gui.common.count_aside import CountAside, count_aside

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
    counted = Signal()  # the total of a query counted aside is known now

    def __init__(self, query: QueryT, parent: QObject | None) -> None:
        super().__init__(parent)
        self._query = query
        self._rows: list[RowT] = []
        self._texts: list[list[str]] = []  # the cells of each row, made once
        self._total = 0
        self._total_known = True  # False while a count runs aside
        self._counting: CountAside | None = None  # the count of the query shown
        self._header_texts: Sequence[str] | None = None  # translated once, asked often

    # --- what subclasses provide ----------------------------------------------

    def _count(self, query: QueryT) -> int:
        raise NotImplementedError

    def _fetch(self, query: QueryT, offset: int, limit: int) -> list[RowT]:
        raise NotImplementedError

    def _count_aside(self, query: QueryT) -> bool:
        """Whether counting ``query`` reads the whole table (a text search): its count then
        runs on a thread while its first page shows. None does by default."""
        return False

    def _fetch_after(self, query: QueryT, last: RowT, limit: int) -> list[RowT]:
        """The rows after ``last``, the last row loaded. A subclass whose service pages by
        keyset asks for those (a page then costs the same wherever it is in the list);
        by default the next ``offset``."""
        return self._fetch(query, len(self._rows), limit)

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
        """How many rows match, loaded or not (while counted aside: the rows loaded)."""
        return self._total

    @property
    def total_known(self) -> bool:
        """False while the total is being counted aside (``counted`` follows)."""
        return self._total_known

    def total_text(self) -> str:
        """The total as a count label shows it: "1,234", or "200+" while being counted."""
        return f"{self._total:,}" if self._total_known else f"{self._total:,}+"

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
        self._stop_count()
        self._rows = self._fetch(query, 0, rows)
        # A page not full is every row: no count (a search that finds few rows read the
        # whole table once already, looking for them).
        self._total, self._total_known = len(self._rows), True
        if len(self._rows) == rows:
            if self._count_aside(query):
                self._total_known = False
                self._start_count(query)
            else:
                self._total = self._count(query)
        self._texts = [self._cells(row) for row in self._rows]
        self.endResetModel()

    def _start_count(self, query: QueryT) -> None:
        self._counting = count_aside(lambda: self._count(query), self._counted)

    def _stop_count(self) -> None:
        """Forget the count of the query shown before (it finishes unheard)."""
        if self._counting is not None:
            with suppress(RuntimeError):  # finished and deleted already
                self._counting.counted.disconnect(self._counted)
            self._counting = None

    def _counted(self, total: int) -> None:
        self._counting = None
        self._know(max(total, len(self._rows)))

    def _know(self, total: int) -> None:
        """The total is ``total``; ``counted`` tells whoever waited for it."""
        waited = not self._total_known
        self._total, self._total_known = total, True
        if waited:
            self._stop_count()
            self.counted.emit()

    # --- Qt's model interface ----------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._header_list())

    def canFetchMore(self, parent: AnyIndex) -> bool:  # noqa: N802
        if parent.isValid():
            return False
        return len(self._rows) < self._total or not self._total_known

    def fetchMore(self, parent: AnyIndex) -> None:  # noqa: N802
        if parent.isValid():
            return
        if self._rows:
            more = self._fetch_after(self._query, self._rows[-1], PAGE_SIZE)
        else:
            more = self._fetch(self._query, 0, PAGE_SIZE)
        if not more:  # rows were removed meanwhile (or counted aside: none left)
            self._know(len(self._rows))
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self._texts.extend(self._cells(row) for row in more)
        self.endInsertRows()
        self._total = max(self._total, len(self._rows))
        if len(more) < PAGE_SIZE:  # the last page
            self._know(len(self._rows))

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
        headers = self._header_list()
        return headers[section] if 0 <= section < len(headers) else None

    def _header_list(self) -> Sequence[str]:
        """The headers, made once: the view asks for the column count at every cell."""
        if self._header_texts is None:
            self._header_texts = self._headers()
        return self._header_texts

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
