"""Saving the district's reports: the annual report (사회적경제 활성화 추진실적) as PDF
or XLSX, and the departments' public procurement workbook.

The figures come from the goal services (``AnnualReportService``,
``ProcurementService``); the files go through ``storage.outputs`` as every export does:
a protected target (the database, its side files, its backups, any SQLite file) is
refused before anything is read or written, the file appears complete with its
export-log row or not at all, even across a crash.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select

from hubdesk.domain.enums import PurchaseCategory
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.goals import AnnualReport, DepartmentProcurement
from hubdesk.domain.records import Actor
from hubdesk.reports.annual_pdf import write_annual_pdf
from hubdesk.reports.annual_xlsx import write_annual_xlsx
from hubdesk.reports.procurement_xlsx import write_procurement_xlsx
from hubdesk.services.core.base import Service, plain_rows
from hubdesk.services.core.boundary import typed_boundary
from hubdesk.services.core.settings import load_settings
from hubdesk.services.goals.goals import check_year
from hubdesk.services.goals.procurement import ProcurementService
from hubdesk.storage import Database
from hubdesk.storage.models import ExportLogEntry, Purchase
from hubdesk.storage.outputs import journaled_output, refuse_protected_target

ANNUAL_KIND = "annual_report"
PROCUREMENT_KIND = "procurement_report"
FORMATS = ("pdf", "xlsx")


def save_annual_report(
    db: Database, actor: Actor, year: int, fmt: str, path: Path, today: date
) -> Path:
    """Write the annual report of ``year`` as ``fmt`` ("pdf" or "xlsx") to ``path``,
    made on ``today``; the absolute path written."""
    return ReportFileService(db, actor).save_annual_report(year, fmt, path, today)


def save_procurement_xlsx(db: Database, actor: Actor, year: int, path: Path, today: date) -> Path:
    """Write the departments' procurement workbook of ``year`` to ``path``."""
    return ReportFileService(db, actor).save_procurement_xlsx(year, path, today)


@typed_boundary
class ReportFileService(Service):
    def save_annual_report(self, year: int, fmt: str, path: Path, today: date) -> Path:
        check_year(year)
        if fmt not in FORMATS:
            raise ValidationError(field="format", reason=f"{fmt!r} is not pdf or xlsx")
        target = refuse_protected_target(path, self.db.path)
        report = self._annual(year, today)
        entry = self._entry(ANNUAL_KIND, target, {"year": year, "format": fmt}, len(report.goals))
        with journaled_output(self.db, self.actor.username, target, entry) as part:
            (write_annual_pdf if fmt == "pdf" else write_annual_xlsx)(report, part)
        return target

    def save_procurement_xlsx(self, year: int, path: Path, today: date) -> Path:
        check_year(year)
        target = refuse_protected_target(path, self.db.path)
        procurement = ProcurementService(self.db, self.actor)
        departments = self._with_categories(procurement.by_department(year), year)
        by_kind = procurement.by_kind(year)
        monthly = procurement.monthly_running(year)
        with self._read() as tx:
            hub_name = load_settings(tx).hub_name
        parameters: dict[str, object] = {"year": year, "format": "xlsx"}
        entry = self._entry(PROCUREMENT_KIND, target, parameters, len(departments))
        with journaled_output(self.db, self.actor.username, target, entry) as part:
            write_procurement_xlsx(year, departments, by_kind, monthly, part, hub_name, today)
        return target

    def _annual(self, year: int, today: date) -> AnnualReport:
        from hubdesk.services.goals.annual import AnnualReportService

        return AnnualReportService(self.db, self.actor).report(year, today)

    def _with_categories(
        self, departments: list[DepartmentProcurement], year: int
    ) -> list[DepartmentProcurement]:
        """Each department's purchases of ``year`` split into goods, services and works."""
        p = Purchase
        query = (
            select(p.department, p.category, func.sum(p.amount))
            .where(p.purchased_on >= date(year, 1, 1), p.purchased_on <= date(year, 12, 31))
            .group_by(p.department, p.category)
        )
        with self._read() as tx:
            rows = plain_rows(tx, query)
        split: dict[str, list[tuple[PurchaseCategory, int]]] = {}
        for department, category, amount in rows:
            split.setdefault(department, []).append((PurchaseCategory(category), int(amount)))
        order = list(PurchaseCategory)
        return [
            replace(
                d,
                by_category=tuple(
                    sorted(split.get(d.department, ()), key=lambda c: order.index(c[0]))
                ),
            )
            for d in departments
        ]

    def _entry(
        self, kind: str, target: Path, parameters: dict[str, object], rows: int
    ) -> ExportLogEntry:
        """The export-log row: no personal data in these reports, so masked."""
        return ExportLogEntry(
            at=datetime.now(),
            username=self.actor.username,
            kind=kind,
            target=str(target),
            parameters=parameters,
            masked=True,
            reason="",
            row_count=rows,
        )
