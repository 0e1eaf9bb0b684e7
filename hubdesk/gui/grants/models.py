"""Table models of the Grants page: the budget lines, the programs, and the agreement
list (thousands of rows at scale 100, so paged in SQL like the session list)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from hubdesk.domain.enums import AgreementStatus
from hubdesk.domain.records import ProgramRecord
from hubdesk.gui.common.paged import PagedTableModel
from hubdesk.gui.common.records import Col, RecordsModel, amount
from hubdesk.gui.text.labels import day, label
from hubdesk.services.grants.views import (
    AgreementColumn,
    AgreementFilter,
    AgreementQuery,
    AgreementRow,
    BudgetLine,
    GrantViewService,
)

STATUS_COLOURS = {
    AgreementStatus.DRAFT: QColor("#eeeeee"),
    AgreementStatus.SIGNED: QColor("#dbe8f7"),
    AgreementStatus.IN_PROGRESS: QColor("#d9f0dc"),
    AgreementStatus.SETTLEMENT_DUE: QColor("#fff1c9"),
    AgreementStatus.CLOSED: QColor("#e3e3ef"),
    AgreementStatus.CANCELLED: QColor("#f6d5d5"),
}


def percent(fraction: float) -> str:
    return f"{fraction * 100:.1f}%"


def period(row: AgreementRow) -> str:
    return f"{row.start_date.isoformat()} – {row.end_date.isoformat()}"


def _cell(header: str, text: Callable[[Any], str], right: bool = False) -> Col:
    """A column whose tooltip repeats the cell (long names are cut by the column)."""
    return Col(header, text, right, tip=text)


class BudgetTableModel(RecordsModel):
    """One row per program and source: budget, committed, left, paid, settled, returned;
    a row stands for its program."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__((), parent, key=lambda line: line.program_id)
        self.columns = (
            _cell(self.tr("Year"), lambda line: str(line.fiscal_year)),
            _cell(self.tr("Program"), lambda line: line.program_name),
            _cell(self.tr("Source"), lambda line: label(line.source)),
            _cell(self.tr("Budget"), lambda line: amount(line.budget), True),
            _cell(self.tr("Committed"), lambda line: amount(line.committed), True),
            _cell(self.tr("Left"), lambda line: amount(line.left), True),
            _cell(self.tr("Paid"), lambda line: amount(line.paid), True),
            _cell(self.tr("Settled"), lambda line: amount(line.settled), True),
            _cell(self.tr("Returned"), lambda line: amount(line.returned), True),
            _cell(self.tr("Execution"), lambda line: percent(line.execution_rate), True),
        )

    def set_lines(self, lines: Sequence[BudgetLine]) -> None:
        self.set_rows(lines)


class ProgramTableModel(RecordsModel):
    """The programs: year, name, budgets, cap, co-payment ratios, wage cap."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__((), parent)
        self.columns = (
            _cell(self.tr("Year"), lambda p: str(p.fiscal_year)),
            _cell(self.tr("Name"), lambda p: p.name),
            _cell(self.tr("City budget"), lambda p: amount(p.city_budget), True),
            _cell(self.tr("District budget"), lambda p: amount(p.district_budget), True),
            _cell(self.tr("Cap per team"), lambda p: amount(p.cap_per_team), True),
            _cell(self.tr("Co-payment"), lambda p: " / ".join(f"{x}%" for x in p.copay_percents)),
            _cell(self.tr("Wage cap / month"), lambda p: amount(p.monthly_wage_cap or None), True),
            _cell(self.tr("Eligible expenses"), lambda p: ", ".join(p.eligible_categories)),
        )

    def set_programs(self, programs: Sequence[ProgramRecord]) -> None:
        self.set_rows(programs)


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
