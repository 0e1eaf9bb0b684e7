"""Applications as a Qt table model: a list of ``ApplicationRecord``s, no ORM objects.

A hub has a few thousand applications at most, and the service filters them by
status in SQL, so the model holds the whole (filtered) list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ...domain.records import ApplicationRecord
from ..labels import label

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(Enum):
    SCORE = "score"
    TEAM = "team"
    KIND = "kind"
    SEATS = "seats"
    SUBMITTED = "submitted"
    STATUS = "status"


_TEXT: dict[Column, Callable[[ApplicationRecord], str]] = {
    Column.SCORE: lambda a: "" if a.review_score is None else str(a.review_score),
    Column.TEAM: lambda a: a.team_name,
    Column.KIND: lambda a: label(a.space_kind),
    Column.SEATS: lambda a: str(a.seats),
    Column.SUBMITTED: lambda a: a.submitted_on.isoformat(),
    Column.STATUS: lambda a: label(a.status),
}
_RIGHT = (Column.SCORE, Column.SEATS)


class ApplicationsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.rows: list[ApplicationRecord] = []

    def set_rows(self, rows: list[ApplicationRecord]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def application(self, row: int) -> ApplicationRecord | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, application_id: int) -> int | None:
        return next((i for i, a in enumerate(self.rows) if a.id == application_id), None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _TEXT[column](self.rows[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return self.rows[index.row()].id
        return None

    def headerData(  # noqa: N802 (Qt name)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._headers()[self.columns[section]]

    def _headers(self) -> dict[Column, str]:
        return {
            Column.SCORE: self.tr("Score"),
            Column.TEAM: self.tr("Team"),
            Column.KIND: self.tr("Space wanted"),
            Column.SEATS: self.tr("Seats"),
            Column.SUBMITTED: self.tr("Submitted on"),
            Column.STATUS: self.tr("Status"),
        }
