"""The consulting session list as a Qt table model: SQL filters and sorts, Qt pages it.

Rows are fetched 200 at a time (``PagedTableModel``); the model keeps ``SessionRecord``
records, never ORM objects.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush

from hubdesk.domain.records import SessionRecord
from hubdesk.gui.common.paged import AnyIndex, PagedTableModel
from hubdesk.gui.consulting.quota_chart import hours_text
from hubdesk.gui.consulting.session_calendar import STYLES
from hubdesk.gui.text.labels import day, label
from hubdesk.services.consulting.views import (
    ConsultingViewService,
    IdleTeam,
    SessionColumn,
    SessionFilter,
    SessionQuery,
)

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

_TEXTS: dict[SessionColumn, Callable[[SessionRecord], str]] = {
    SessionColumn.STARTS_AT: lambda r: f"{r.starts_at:%Y-%m-%d %H:%M}–{r.ends_at:%H:%M}",
    SessionColumn.TEAM: lambda r: r.team_name,
    SessionColumn.CONSULTANT: lambda r: r.consultant_name,
    SessionColumn.FIELD: lambda r: label(r.field),
    SessionColumn.HOURS: lambda r: hours_text(r.hours),
    SessionColumn.MODE: lambda r: label(r.mode),
    SessionColumn.TOPIC: lambda r: r.topic,
    SessionColumn.STATUS: lambda r: label(r.status),
}


class SessionTableModel(PagedTableModel[SessionQuery, SessionRecord]):
    """Sessions matching a ``SessionQuery``, newest first unless sorted otherwise."""

    sort_keys = COLUMNS
    right_columns = frozenset({COLUMNS.index(SessionColumn.HOURS)})

    def __init__(self, service: ConsultingViewService, parent: QObject | None = None) -> None:
        super().__init__(SessionQuery(), parent)
        self._service = service

    def set_filter(self, chosen: SessionFilter) -> None:
        self.set_query(replace(self._query, filter=chosen))

    def session_row(self, row: int) -> SessionRecord:
        return self.row_at(row)

    def _count(self, query: SessionQuery) -> int:
        return self._service.count(query)

    def _count_aside(self, query: SessionQuery) -> bool:
        return bool(query.filter.text.strip())  # a search reads every session

    def _fetch(self, query: SessionQuery, offset: int, limit: int) -> list[SessionRecord]:
        return self._service.search(query, offset, limit)

    def _cells(self, row: SessionRecord) -> list[str]:
        return [_TEXTS[column](row) for column in COLUMNS]

    def _role_data(self, row: SessionRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and COLUMNS[column] == SessionColumn.STATUS:
            return QBrush(STYLES[row.status].fill)
        return None

    def _headers(self) -> Sequence[str]:
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
        return [headers[column] for column in COLUMNS]


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
