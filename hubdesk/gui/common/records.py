"""A small table model over a list of records (disbursements, settlement expenses, late
settlements, budget lines, programs): a few dozen rows each, so no paging.

Columns are given with translated headers by whoever shows them; ``key`` says which
id a row stands for (its ``UserRole``), the record's own ``id`` unless told otherwise.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from hubdesk.gui.common.paged import AnyIndex

RED = QColor("#b00020")
_ANSWERED = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.UserRole,
    }
)


@dataclass(frozen=True)
class Col:
    """One column: its header, the text of a record, alignment, colour and tooltip."""

    header: str
    text: Callable[[Any], str]
    right: bool = False
    colour: Callable[[Any], QColor | None] | None = None
    tip: Callable[[Any], str] | None = None


def amount(value: int | None) -> str:
    return "" if value is None else f"{value:,}"


def red_if_negative(value: int) -> QColor | None:
    return RED if value < 0 else None


def record_id(record: Any) -> int:
    return int(record.id)


class RecordsModel(QAbstractTableModel):
    """Records, one a row, each standing for the id ``key`` gives."""

    def __init__(
        self,
        columns: Sequence[Col],
        parent: QObject | None = None,
        key: Callable[[Any], int] = record_id,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.key = key
        self.rows: list[Any] = []
        self._texts: list[list[str] | None] = []  # a row's cells, made when first shown

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show ``rows``. The same records in the same order (a reload after an edit of
        one) are updated in place: only the rows that changed are drawn again, and the
        selection and scrolling stay."""
        rows = list(rows)
        if [self.key(row) for row in rows] != [self.key(row) for row in self.rows]:
            self.beginResetModel()
            self.rows, self._texts = rows, [None] * len(rows)
            self.endResetModel()
            return
        pairs = enumerate(zip(self.rows, rows, strict=True))
        changed = [number for number, (old, new) in pairs if old != new]
        self.rows = rows
        last = len(self.columns) - 1
        for number in changed:
            self._texts[number] = None
            self.dataChanged.emit(self.index(number, 0), self.index(number, last))

    def record(self, row: int) -> Any | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, key: int) -> int | None:
        """The first row standing for ``key``."""
        return next((i for i, r in enumerate(self.rows) if self.key(r) == key), None)

    def id_at(self, row: int) -> int:
        return self.key(self.rows[row])

    def text(self, row: int, column: int) -> str:
        return self.columns[column].text(self.rows[row])

    def texts(self) -> list[list[str]]:
        """Every cell as shown (tests and screenshots read the table this way)."""
        return [[column.text(r) for column in self.columns] for r in self.rows]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks each cell for a dozen roles as it fits the columns: those never
        # answered go first and cheapest.
        if role not in _ANSWERED or not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_texts(index.row())[index.column()]
        column, record = self.columns[index.column()], self.rows[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            colour = column.colour(record)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and column.tip is not None:
            return column.tip(record) or None
        if role == Qt.ItemDataRole.UserRole:
            return self.key(record)
        return None

    def _row_texts(self, row: int) -> list[str]:
        texts = self._texts[row]
        if texts is None:
            record = self.rows[row]
            texts = self._texts[row] = [column.text(record) for column in self.columns]
        return texts

    def headerData(  # noqa: N802 (Qt name)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None
