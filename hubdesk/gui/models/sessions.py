"""The consulting session list as a Qt table model: SQL filters and sorts, Qt pages it.

Rows are fetched 200 at a time (``canFetchMore``/``fetchMore``); the model keeps
``SessionRow`` records, never ORM objects.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from ...services.consulting_views import (
    ConsultingViewService,
    IdleTeam,
    SessionColumn,
    SessionFilter,
    SessionQuery,
    SessionRow,
)
from ..labels import day, label
from ..widgets.quota_chart import hours_text
from ..widgets.session_calendar import STYLES

PAGE_SIZE = 200
COLUMNS = (
    SessionColumn.STARTS_AT,
    SessionColumn.TEAM,
    SessionColumn.CONSULTANT,
    SessionColumn.FIELD,
    SessionColumn.HOURS,
    SessionColumn.MODE,
    SessionColumn.TOPIC,
    SessionColumn.STATUS,
)
AnyIndex = QModelIndex | QPersistentModelIndex

_TEXTS: dict[SessionColumn, Callable[[SessionRow], str]] = {
    SessionColumn.STARTS_AT: lambda r: f"{r.starts_at:%Y-%m-%d %H:%M}–{r.ends_at:%H:%M}",
    SessionColumn.TEAM: lambda r: r.team_name,
    SessionColumn.CONSULTANT: lambda r: r.consultant_name,
    SessionColumn.FIELD: lambda r: label(r.field),
    SessionColumn.HOURS: lambda r: hours_text(r.hours),
    SessionColumn.MODE: lambda r: label(r.mode),
    SessionColumn.TOPIC: lambda r: r.topic,
    SessionColumn.STATUS: lambda r: label(r.status),
}


class SessionTableModel(QAbstractTableModel):
    """Sessions matching a ``SessionQuery``, newest first unless sorted otherwise."""

    def __init__(self, service: ConsultingViewService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._query = SessionQuery()
        self._rows: list[SessionRow] = []
        self._total = 0

    @property
    def query(self) -> SessionQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def set_filter(self, chosen: SessionFilter) -> None:
        self._load(replace(self._query, filter=chosen), PAGE_SIZE)

    def reload(self) -> None:
        self._load(self._query, max(PAGE_SIZE, len(self._rows)))

    def session_row(self, row: int) -> SessionRow:
        return self._rows[row]

    def row_of(self, session_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == session_id), None)

    def _load(self, query: SessionQuery, rows: int) -> None:
        self.beginResetModel()
        self._query = query
        self._total = self._service.count(query)
        self._rows = self._service.search(query, 0, rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: AnyIndex) -> bool:  # noqa: N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex) -> None:  # noqa: N802
        if parent.isValid():
            return
        more = self._service.search(self._query, len(self._rows), PAGE_SIZE)
        if not more:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            descending = order == Qt.SortOrder.DescendingOrder
            self._load(replace(self._query, sort=COLUMNS[column], descending=descending), PAGE_SIZE)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return _TEXTS[column](row)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.BackgroundRole and column == SessionColumn.STATUS:
            return QBrush(STYLES[row.status].fill)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SessionColumn.HOURS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = {
            SessionColumn.STARTS_AT: self.tr("When"),
            SessionColumn.TEAM: self.tr("Team"),
            SessionColumn.CONSULTANT: self.tr("Consultant"),
            SessionColumn.FIELD: self.tr("Field"),
            SessionColumn.HOURS: self.tr("Hours"),
            SessionColumn.MODE: self.tr("Mode"),
            SessionColumn.TOPIC: self.tr("Topic"),
            SessionColumn.STATUS: self.tr("Status"),
        }
        return headers[COLUMNS[section]] if 0 <= section < len(COLUMNS) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class IdleTeamModel(QAbstractTableModel):
    """Teams without consulting for 60 days (thousands at scale 100): name, last session."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.teams: list[IdleTeam] = []

    def set_teams(self, teams: list[IdleTeam]) -> None:
        self.beginResetModel()
        self.teams = teams
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.teams)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 2

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.teams):
            return None
        team = self.teams[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return team.name
            return day(team.last_session) if team.last_session else self.tr("never")
        if role == Qt.ItemDataRole.UserRole:
            return team.team_id
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Team"), self.tr("Last session"))[section] if section in (0, 1) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
