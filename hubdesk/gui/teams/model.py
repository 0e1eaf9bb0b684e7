"""The team list as a Qt table model: SQL does the searching and sorting, Qt pages it.

Rows are fetched 200 at a time (``PagedTableModel``); the model keeps ``TeamRow``
records, never ORM objects.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from hubdesk.domain.brn import formatted_brn
from hubdesk.domain.enums import TeamStatus
from hubdesk.domain.records import TeamRow
from hubdesk.gui.common.paged import PagedTableModel
from hubdesk.gui.text.labels import label
from hubdesk.services.hub.team_views import TeamColumn, TeamQuery, TeamViewService

COLUMNS = (
    TeamColumn.NAME,
    TeamColumn.KIND,
    TeamColumn.STATUS,
    TeamColumn.BRN,
    TeamColumn.REPRESENTATIVE,
    TeamColumn.SPACES,
)
INACTIVE = (TeamStatus.CLOSED, TeamStatus.ARCHIVED)


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


class TeamTableModel(PagedTableModel[TeamQuery, TeamRow]):
    """Teams matching a ``TeamQuery``, loaded a page at a time."""

    sort_keys = COLUMNS

    def __init__(
        self, service: TeamViewService, today: Callable[[], date], parent: QObject | None = None
    ) -> None:
        super().__init__(TeamQuery(), parent)
        self._service = service
        self._today = today

    def team_row(self, row: int) -> TeamRow:
        return self.row_at(row)

    def team_id(self, row: int) -> int:
        return self.row_at(row).id

    def _count(self, query: TeamQuery) -> int:
        return self._service.count(query, self._today())

    def _fetch(self, query: TeamQuery, offset: int, limit: int) -> list[TeamRow]:
        return self._service.search(query, self._today(), offset, limit)

    def _fetch_after(self, query: TeamQuery, last: TeamRow, limit: int) -> list[TeamRow]:
        return self._service.search(query, self._today(), 0, limit, after=last)

    def _cells(self, row: TeamRow) -> list[str]:
        return [cell_text(row, column) for column in COLUMNS]

    def _role_data(self, row: TeamRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.status in INACTIVE:
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    def _headers(self) -> Sequence[str]:
        headers = {
            TeamColumn.NAME: self.tr("Name"),
            TeamColumn.KIND: self.tr("Kind"),
            TeamColumn.STATUS: self.tr("Status"),
            TeamColumn.BRN: self.tr("Business number"),
            TeamColumn.REPRESENTATIVE: self.tr("Representative"),
            TeamColumn.SPACES: self.tr("Space"),
        }
        return [headers[column] for column in COLUMNS]

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1)  # the row's number
        return super().headerData(section, orientation, role)
