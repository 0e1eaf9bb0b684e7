"""The audit trail and the export log as Qt table models, 200 rows a page.

Filtering, ordering (newest first) and paging run in SQL (``AuditViewService``);
the models keep frozen ``AuditRow``/``ExportRow`` records and fetch more rows when
the view scrolls near the end (``PagedTableModel``, like the team list).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject

from hubdesk.domain.audit import AuditQuery, AuditRow, ExportQuery, ExportRow, FieldChange
from hubdesk.gui.common.paged import PagedTableModel
from hubdesk.gui.text.audit_names import export_kind, field_name, table_name, value_text
from hubdesk.gui.text.labels import label
from hubdesk.services.hub.audit_views import AuditViewService

SUMMARY_LIMIT = 4  # changed fields named in the list; the detail pane shows all
ARROW = " → "


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


class AuditTableModel(PagedTableModel[AuditQuery, AuditRow]):
    """The audit trail, newest first."""

    def __init__(self, service: AuditViewService, parent: QObject | None = None) -> None:
        super().__init__(AuditQuery(), parent)
        self._service = service

    def _count(self, query: AuditQuery) -> int:
        return self._service.count(query)

    def _count_aside(self, query: AuditQuery) -> bool:
        return bool(query.text.strip())  # a search reads every row of the trail

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


class ExportTableModel(PagedTableModel[ExportQuery, ExportRow]):
    """The export log, newest first."""

    right_columns = frozenset({6})

    def __init__(self, service: AuditViewService, parent: QObject | None = None) -> None:
        super().__init__(ExportQuery(), parent)
        self._service = service

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
