"""The audit trail and the export log as Qt table models, 200 rows a page.

Filtering, ordering (newest first) and paging run in SQL (``AuditViewService``);
the models keep frozen ``AuditRow``/``ExportRow`` records and fetch more rows when
the view scrolls near the end (Qt's ``fetchmore`` example, like the team list).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ...domain.audit import AuditQuery, AuditRow, ExportQuery, ExportRow, FieldChange
from ...services.audit_views import AuditViewService
from ..labels import label
from .audit_names import export_kind, field_name, table_name, value_text

PAGE_SIZE = 200
SUMMARY_LIMIT = 4  # changed fields named in the list; the detail pane shows all
ARROW = " → "
AnyIndex = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")
QueryT = TypeVar("QueryT")


def when(at: datetime) -> str:
    return f"{at:%Y-%m-%d %H:%M}"


def record_text(row: AuditRow) -> str:
    """ "Team · 금천도시농업협동조합 (#12)", or the kind of record for a bulk write."""
    kind = table_name(row.table_name)
    if row.bulk:
        return QCoreApplication.translate("AuditPage", "{0} (many records)").format(kind)
    name = f"{kind} · {row.record_label}" if row.record_label else kind
    return f"{name} (#{row.record_id})"


def change_text(table: str, change: FieldChange) -> str:
    """ "Representative: 김철용 → 홍길동"; a new record's field shows its value only."""
    old = value_text(table, change.field, change.old)
    new = value_text(table, change.field, change.new)
    if not change.paired or change.old is None:
        values = new
    elif change.new is None:
        values = old
    else:
        values = f"{old}{ARROW}{new}"
    return f"{field_name(change.field)}: {values}"


def changes_summary(row: AuditRow) -> str:
    texts = [change_text(row.table_name, change) for change in row.changes[:SUMMARY_LIMIT]]
    more = len(row.changes) - SUMMARY_LIMIT
    if more > 0:
        texts.append(QCoreApplication.translate("AuditPage", "+{0} more").format(more))
    return "; ".join(texts)


def audit_cells(row: AuditRow) -> list[str]:
    return [
        when(row.at),
        row.staff_name,
        label(row.action),
        record_text(row),
        changes_summary(row),
    ]


def yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("AuditPage", "Yes")
    return QCoreApplication.translate("AuditPage", "No")


def export_cells(row: ExportRow) -> list[str]:
    return [
        when(row.at),
        row.staff_name,
        export_kind(row.kind),
        row.target,
        yes_no(row.masked),
        row.reason,
        f"{row.row_count:,}",
    ]


class PagedModel(QAbstractTableModel, Generic[RowT, QueryT]):
    """Rows of a query, loaded a page at a time; subclasses say how to read and show them."""

    def __init__(self, service: AuditViewService, query: QueryT, parent: QObject | None) -> None:
        super().__init__(parent)
        self._service = service
        self._query = query
        self._rows: list[RowT] = []
        self._texts: list[list[str]] = []  # the cells of each row, made once
        self._total = 0

    right_columns: frozenset[int] = frozenset()  # numbers, aligned right

    # --- what subclasses provide ----------------------------------------------

    def _count(self, query: QueryT) -> int:
        raise NotImplementedError

    def _fetch(self, query: QueryT, offset: int, limit: int) -> list[RowT]:
        raise NotImplementedError

    def _cells(self, row: RowT) -> list[str]:
        raise NotImplementedError

    def _headers(self) -> Sequence[str]:
        raise NotImplementedError

    # --- what the page uses ----------------------------------------------------

    @property
    def query(self) -> QueryT:
        return self._query

    @property
    def total(self) -> int:
        """How many rows match, loaded or not."""
        return self._total

    def set_query(self, query: QueryT) -> None:
        self._load(query, PAGE_SIZE)

    def reload(self) -> None:
        """Re-read the query, keeping as many rows loaded as before."""
        self._load(self._query, max(PAGE_SIZE, len(self._rows)))

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

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
        if not more:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self._texts.extend(self._cells(row) for row in more)
        self.endInsertRows()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right_columns:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

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


class AuditTableModel(PagedModel[AuditRow, AuditQuery]):
    """The audit trail, newest first."""

    def __init__(self, service: AuditViewService, parent: QObject | None = None) -> None:
        super().__init__(service, AuditQuery(), parent)

    def _count(self, query: AuditQuery) -> int:
        return self._service.count(query)

    def _fetch(self, query: AuditQuery, offset: int, limit: int) -> list[AuditRow]:
        return self._service.search(query, offset, limit)

    def _cells(self, row: AuditRow) -> list[str]:
        return audit_cells(row)

    def _headers(self) -> Sequence[str]:
        return (
            self.tr("Time"),
            self.tr("Staff member"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("Changes"),
        )


class ExportTableModel(PagedModel[ExportRow, ExportQuery]):
    """The export log, newest first."""

    right_columns = frozenset({6})

    def __init__(self, service: AuditViewService, parent: QObject | None = None) -> None:
        super().__init__(service, ExportQuery(), parent)

    def _count(self, query: ExportQuery) -> int:
        return self._service.export_count(query)

    def _fetch(self, query: ExportQuery, offset: int, limit: int) -> list[ExportRow]:
        return self._service.exports(query, offset, limit)

    def _cells(self, row: ExportRow) -> list[str]:
        return export_cells(row)

    def _headers(self) -> Sequence[str]:
        return (
            self.tr("Time"),
            self.tr("Staff member"),
            self.tr("Kind"),
            self.tr("File"),
            self.tr("Masked"),
            self.tr("Reason"),
            self.tr("Rows"),
        )
