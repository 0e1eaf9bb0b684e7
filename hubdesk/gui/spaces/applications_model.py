"""Applications as a Qt table model: a list of ``ApplicationRecord``s, no ORM objects.

A hub has a few thousand applications at most, and the service filters them by
status in SQL, so the model holds the whole (filtered) list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum

from PySide6.QtCore import QObject

from hubdesk.domain.records import ApplicationRecord
from hubdesk.gui.common.records import Col, RecordsModel
from hubdesk.gui.text.labels import label


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


class ApplicationsModel(RecordsModel):
    """Applications, one a row, in the columns asked for."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__((), parent)
        self.kinds = tuple(columns)
        headers = self._headers()
        self.columns = tuple(Col(headers[c], _TEXT[c], right=c in _RIGHT) for c in self.kinds)

    def application(self, row: int) -> ApplicationRecord | None:
        return self.record(row)

    def _headers(self) -> dict[Column, str]:
        return {
            Column.SCORE: self.tr("Score"),
            Column.TEAM: self.tr("Team"),
            Column.KIND: self.tr("Space wanted"),
            Column.SEATS: self.tr("Seats"),
            Column.SUBMITTED: self.tr("Submitted on"),
            Column.STATUS: self.tr("Status"),
        }
