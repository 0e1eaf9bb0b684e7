"""The team list as a Qt table model: SQL does the searching and sorting, Qt pages it.

Rows are fetched 200 at a time (Qt's ``fetchmore`` example): the view asks
``canFetchMore``/``fetchMore`` when it scrolls near the end. The model keeps
``TeamRow`` records, never ORM objects.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ...domain.brn import parse_brn
from ...domain.enums import TeamStatus
from ...domain.errors import InvalidBusinessNumber
from ...domain.records import TeamRow
from ...services.teams import TeamColumn, TeamQuery, TeamService
from ..labels import label

PAGE_SIZE = 200
COLUMNS = (
    TeamColumn.NAME,
    TeamColumn.KIND,
    TeamColumn.STATUS,
    TeamColumn.BRN,
    TeamColumn.REPRESENTATIVE,
    TeamColumn.SPACES,
)
INACTIVE = (TeamStatus.CLOSED, TeamStatus.ARCHIVED)
AnyIndex = QModelIndex | QPersistentModelIndex


def formatted_brn(digits: str | None) -> str:
    """``1234567890`` as ``123-45-67890``; empty for a team not yet registered."""
    if not digits:
        return ""
    try:
        return parse_brn(digits).formatted
    except InvalidBusinessNumber:
        return digits


def cell_text(row: TeamRow, column: TeamColumn) -> str:
    texts: dict[TeamColumn, Callable[[TeamRow], str]] = {
        TeamColumn.NAME: lambda r: r.name,
        TeamColumn.KIND: lambda r: label(r.kind),
        TeamColumn.STATUS: lambda r: label(r.status),
        TeamColumn.BRN: lambda r: formatted_brn(r.brn),
        TeamColumn.REPRESENTATIVE: lambda r: r.representative,
        TeamColumn.SPACES: lambda r: r.spaces,
    }
    return texts[column](row)


class TeamTableModel(QAbstractTableModel):
    """Teams matching a ``TeamQuery``, loaded a page at a time."""

    def __init__(
        self, service: TeamService, today: Callable[[], date], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._today = today
        self._query = TeamQuery()
        self._rows: list[TeamRow] = []
        self._total = 0

    # --- what the page uses ----------------------------------------------

    @property
    def query(self) -> TeamQuery:
        return self._query

    @property
    def total(self) -> int:
        """How many teams match, loaded or not."""
        return self._total

    def set_query(self, query: TeamQuery) -> None:
        """Show the teams of ``query`` from the first page on."""
        self._load(query, PAGE_SIZE)

    def reload(self) -> None:
        """Re-read the current query, keeping as many rows loaded as before."""
        self._load(self._query, max(PAGE_SIZE, len(self._rows)))

    def team_row(self, row: int) -> TeamRow:
        return self._rows[row]

    def team_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, team_id: int) -> int | None:
        """The row showing ``team_id`` among the loaded rows, if any."""
        return next((i for i, r in enumerate(self._rows) if r.id == team_id), None)

    def ids(self) -> list[int]:
        return [row.id for row in self._rows]

    def _load(self, query: TeamQuery, rows: int) -> None:
        today = self._today()
        self.beginResetModel()
        self._query = query
        self._total = self._service.count(query, today)
        self._rows = self._service.search(query, today, 0, rows)
        self.endResetModel()

    # --- Qt's model interface ----------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: AnyIndex) -> bool:  # noqa: N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex) -> None:  # noqa: N802
        if parent.isValid():
            return
        more = self._service.search(self._query, self._today(), len(self._rows), PAGE_SIZE)
        if not more:  # teams were removed meanwhile: stop asking
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()
        if len(more) < PAGE_SIZE:
            self._total = len(self._rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query, sort=COLUMNS[column], descending=descending))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cell_text(row, COLUMNS[index.column()])
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and row.status in INACTIVE:
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if 0 <= section < len(COLUMNS):
            return self._header(COLUMNS[section])
        return None

    def _header(self, column: TeamColumn) -> str:
        headers = {
            TeamColumn.NAME: self.tr("Name"),
            TeamColumn.KIND: self.tr("Kind"),
            TeamColumn.STATUS: self.tr("Status"),
            TeamColumn.BRN: self.tr("Business number"),
            TeamColumn.REPRESENTATIVE: self.tr("Representative"),
            TeamColumn.SPACES: self.tr("Space"),
        }
        return headers[column]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
