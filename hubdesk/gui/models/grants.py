"""Table models of the Grants page: the budget lines, the programs, and the agreement
list (thousands of rows at scale 100, so paged in SQL like the session list)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from ...domain.enums import AgreementStatus
from ...domain.records import ProgramRecord
from ...services.grant_views import (
    AgreementColumn,
    AgreementFilter,
    AgreementQuery,
    AgreementRow,
    BudgetLine,
    GrantViewService,
)
from ..labels import day, label
from .paged import RIGHT, AnyIndex, PagedTableModel

STATUS_COLOURS = {
    AgreementStatus.DRAFT: QColor("#eeeeee"),
    AgreementStatus.SIGNED: QColor("#dbe8f7"),
    AgreementStatus.IN_PROGRESS: QColor("#d9f0dc"),
    AgreementStatus.SETTLEMENT_DUE: QColor("#fff1c9"),
    AgreementStatus.CLOSED: QColor("#e3e3ef"),
    AgreementStatus.CANCELLED: QColor("#f6d5d5"),
}


def amount(value: int) -> str:
    return f"{value:,}"


def percent(fraction: float) -> str:
    return f"{fraction * 100:.1f}%"


def period(row: AgreementRow) -> str:
    return f"{row.start_date.isoformat()} – {row.end_date.isoformat()}"


class TextTableModel(QAbstractTableModel):
    """Rows of ready-made cell texts with an id each; subclasses name the columns."""

    right_columns: frozenset[int] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts: list[list[str]] = []
        self._ids: list[int] = []

    def _headers(self) -> Sequence[str]:
        raise NotImplementedError

    def set_texts(self, texts: list[list[str]], ids: list[int]) -> None:
        self.beginResetModel()
        self._texts, self._ids = texts, ids
        self.endResetModel()

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, row_id: int) -> int | None:
        return self._ids.index(row_id) if row_id in self._ids else None

    def text(self, row: int, column: int) -> str:
        return self._texts[row][column]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._texts)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers())

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._texts):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right_columns:
            return RIGHT
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


class BudgetTableModel(TextTableModel):
    """One row per program and source: budget, committed, left, paid, settled, returned."""

    right_columns = frozenset(range(3, 10))

    def set_lines(self, lines: Sequence[BudgetLine]) -> None:
        self.lines = list(lines)
        texts = [
            [
                str(line.fiscal_year),
                line.program_name,
                label(line.source),
                amount(line.budget),
                amount(line.committed),
                amount(line.left),
                amount(line.paid),
                amount(line.settled),
                amount(line.returned),
                percent(line.execution_rate),
            ]
            for line in lines
        ]
        self.set_texts(texts, [line.program_id for line in lines])

    def _headers(self) -> Sequence[str]:
        return (
            self.tr("Year"),
            self.tr("Program"),
            self.tr("Source"),
            self.tr("Budget"),
            self.tr("Committed"),
            self.tr("Left"),
            self.tr("Paid"),
            self.tr("Settled"),
            self.tr("Returned"),
            self.tr("Execution"),
        )


class ProgramTableModel(TextTableModel):
    """The programs: year, name, budgets, cap, co-payment ratios, wage cap."""

    right_columns = frozenset({2, 3, 4, 6})

    def set_programs(self, programs: Sequence[ProgramRecord]) -> None:
        self.programs = list(programs)
        texts = [
            [
                str(p.fiscal_year),
                p.name,
                amount(p.city_budget),
                amount(p.district_budget),
                amount(p.cap_per_team),
                " / ".join(f"{x}%" for x in p.copay_percents),
                amount(p.monthly_wage_cap) if p.monthly_wage_cap else "",
                ", ".join(p.eligible_categories),
            ]
            for p in programs
        ]
        self.set_texts(texts, [p.id for p in programs])

    def _headers(self) -> Sequence[str]:
        return (
            self.tr("Year"),
            self.tr("Name"),
            self.tr("City budget"),
            self.tr("District budget"),
            self.tr("Cap per team"),
            self.tr("Co-payment"),
            self.tr("Wage cap / month"),
            self.tr("Eligible expenses"),
        )


COLUMNS = tuple(AgreementColumn)
_TEXTS: dict[AgreementColumn, Callable[[AgreementRow], str]] = {
    AgreementColumn.NUMBER: lambda r: r.number,
    AgreementColumn.TEAM: lambda r: r.team_name,
    AgreementColumn.PROGRAM: lambda r: f"{r.fiscal_year} {label(r.kind)}",
    AgreementColumn.STATUS: lambda r: label(r.status),
    AgreementColumn.PERIOD: period,
    AgreementColumn.GRANT: lambda r: amount(r.grant),
    AgreementColumn.COPAYMENT: lambda r: amount(r.copayment),
    AgreementColumn.PAID: lambda r: amount(r.paid),
    AgreementColumn.SETTLEMENT_DUE: lambda r: day(r.settlement_due),
}


class AgreementTableModel(PagedTableModel[AgreementQuery, AgreementRow]):
    """Agreements matching an ``AgreementQuery``, 200 rows at a time."""

    sort_keys = COLUMNS
    right_columns = frozenset(
        COLUMNS.index(c)
        for c in (AgreementColumn.GRANT, AgreementColumn.COPAYMENT, AgreementColumn.PAID)
    )

    def __init__(self, service: GrantViewService, parent: QObject | None = None) -> None:
        super().__init__(AgreementQuery(), parent)
        self._service = service

    def set_filter(self, chosen: AgreementFilter) -> None:
        self.set_query(replace(self._query, filter=chosen))

    def _count(self, query: AgreementQuery) -> int:
        return self._service.count(query)

    def _fetch(self, query: AgreementQuery, offset: int, limit: int) -> list[AgreementRow]:
        return self._service.search(query, offset, limit)

    def _cells(self, row: AgreementRow) -> list[str]:
        return [_TEXTS[column](row) for column in COLUMNS]

    def _role_data(self, row: AgreementRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and COLUMNS[column] == AgreementColumn.STATUS:
            return QBrush(STATUS_COLOURS[row.status])
        return None

    def _headers(self) -> Sequence[str]:
        headers = {
            AgreementColumn.NUMBER: self.tr("Number"),
            AgreementColumn.TEAM: self.tr("Team"),
            AgreementColumn.PROGRAM: self.tr("Program"),
            AgreementColumn.STATUS: self.tr("Status"),
            AgreementColumn.PERIOD: self.tr("Period"),
            AgreementColumn.GRANT: self.tr("Grant"),
            AgreementColumn.COPAYMENT: self.tr("Co-payment"),
            AgreementColumn.PAID: self.tr("Paid"),
            AgreementColumn.SETTLEMENT_DUE: self.tr("Settlement due"),
        }
        return [headers[column] for column in COLUMNS]
