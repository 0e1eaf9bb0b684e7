"""The quarterly consultation log: gather a quarter, write XLSX/CSV/PDF, log the export.

A session belongs to the quarter of its start; the log lists completed sessions
and counts cancelled and no-show ones on the cover (see domain/consultation_log.py).
Rows are read as plain columns in one query, so a quarter of a large hub is quick.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from hubdesk.domain.consultation_log import ConsultationLog, LogSession, QuotaLine, with_totals
from hubdesk.domain.enums import SessionStatus
from hubdesk.domain.exports import (
    CancelCheck,
    CsvEncoding,
    ExportFormat,
    Progress,
    UnmaskedExportNeedsReason,
)
from hubdesk.domain.masking import mask_email, mask_name, mask_phone, mask_resident_numbers
from hubdesk.domain.periods import Quarter
from hubdesk.reports.consultation_csv import write_consultation_csv
from hubdesk.reports.consultation_pdf import write_consultation_pdf
from hubdesk.reports.consultation_xlsx import write_consultation_xlsx
from hubdesk.services.core.base import Service, clean_text
from hubdesk.services.core.boundary import typed_boundary
from hubdesk.services.core.settings import HubSettings, load_settings
from hubdesk.storage.models import Consultant, ConsultingSession, ExportLogEntry, Mou, Team
from hubdesk.storage.outputs import journaled_output, refuse_protected_target

EXPORT_KIND = "consultation_log"
_COUNTED = (SessionStatus.CANCELLED, SessionStatus.NO_SHOW)


@dataclass(frozen=True, slots=True)
class ExportRequest:
    quarter: Quarter
    format: ExportFormat
    path: Path
    masked: bool = True
    reason: str = ""
    encoding: CsvEncoding = CsvEncoding.UTF8_BOM


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    rows: int
    log_id: int


def quarter_bounds(quarter: Quarter) -> tuple[datetime, datetime]:
    """The quarter as a half-open range of start times: [first day 00:00, next quarter)."""
    return datetime.combine(quarter.first_day, time()), datetime.combine(
        quarter.next().first_day, time()
    )


def checked_reason(masked: bool, reason: str) -> str:
    """The reason, stripped; an unmasked export without one is refused."""
    text = clean_text(reason, "reason", required=False, max_length=500)
    if not masked and not text:
        raise UnmaskedExportNeedsReason()
    return text


@typed_boundary
class ConsultationLogService(Service):
    def gather(self, quarter: Quarter, *, masked: bool = True, reason: str = "") -> ConsultationLog:
        """One quarter's log; personal data masked unless ``masked`` is False."""
        reason = checked_reason(masked, reason)
        with self._read() as tx:
            settings = load_settings(tx)
            rows = tx.execute(_log_query(quarter)).all()
            counts = _status_counts(tx, quarter)
            quota = _quota_line(tx, quarter)
        if masked:  # defence in depth: what an older file holds never prints
            settings = _resident_numbers_masked(settings)
        log = ConsultationLog(
            hub_name=settings.hub_name,
            approval_titles=settings.approval_titles,
            quarter=quarter,
            made_at=datetime.now().replace(microsecond=0),
            made_by=self.actor.display_name or self.actor.username,
            masked=masked,
            reason=reason,
            sessions=tuple(_log_session(i, row, masked) for i, row in enumerate(rows, 1)),
            cancelled=counts.get(SessionStatus.CANCELLED, 0),
            no_show=counts.get(SessionStatus.NO_SHOW, 0),
            quota=quota,
        )
        return with_totals(log)

    def export(
        self,
        request: ExportRequest,
        *,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ExportResult:
        """Write the file and log who, when, what and why: the file appears with its
        export-log row or not at all, even across a crash (``storage.outputs``)."""
        target = refuse_protected_target(Path(request.path), self.db.path)
        log = self.gather(request.quarter, masked=request.masked, reason=request.reason)
        entry = _log_entry(request, target, log, self.actor.username)
        with journaled_output(self.db, self.actor.username, target, entry) as part:
            _writer(request)(log, part, progress, cancelled)
        return ExportResult(target, len(log.sessions), entry.id)


def _log_entry(
    request: ExportRequest, target: Path, log: ConsultationLog, username: str
) -> ExportLogEntry:
    parameters: dict[str, object] = {
        "quarter": str(request.quarter),
        "format": request.format.value,
    }
    if request.format is ExportFormat.CSV:
        parameters["encoding"] = request.encoding.value
    return ExportLogEntry(
        at=datetime.now(),
        username=username,
        kind=EXPORT_KIND,
        target=str(target),
        parameters=parameters,
        masked=log.masked,
        reason=log.reason,
        row_count=len(log.sessions),
    )


Writer = Callable[[ConsultationLog, Path, Progress | None, CancelCheck | None], None]


def _writer(request: ExportRequest) -> Writer:
    if request.format is ExportFormat.CSV:
        encoding = request.encoding
        return lambda log, path, progress, cancelled: write_consultation_csv(
            log, path, encoding=encoding, progress=progress, cancelled=cancelled
        )
    write = (
        write_consultation_xlsx if request.format is ExportFormat.XLSX else write_consultation_pdf
    )
    return lambda log, path, progress, cancelled: write(
        log, path, progress=progress, cancelled=cancelled
    )


def _log_query(quarter: Quarter) -> Any:
    start, end = quarter_bounds(quarter)
    s = ConsultingSession
    return (
        select(
            s.id,
            s.starts_at,
            s.ends_at,
            s.team_id,
            Team.name,
            Team.representative,
            Team.phone,
            Team.email,
            s.consultant_id,
            Consultant.name,
            Consultant.affiliation,
            s.field,
            s.mode,
            s.place,
            s.topic,
            s.summary,
            s.advice,
            s.follow_up,
            s.satisfaction,
        )
        .join(Team, Team.id == s.team_id)
        .join(Consultant, Consultant.id == s.consultant_id)
        .where(s.status == SessionStatus.COMPLETED, s.starts_at >= start, s.starts_at < end)
        .order_by(s.starts_at, s.id)
    )


def _log_session(number: int, row: Row[Any], masked: bool) -> LogSession:
    values: tuple[Any, ...] = tuple(row)
    (sid, starts, ends, team_id, team, representative, phone, email) = values[:8]
    (consultant_id, consultant, affiliation, field, mode, place, topic) = values[8:15]
    summary, advice, follow_up, satisfaction = values[15:]
    phone, email = phone or "", email or ""
    if masked:
        representative, consultant = mask_name(representative), mask_name(consultant)
        phone = mask_phone(phone) if phone else ""
        email = mask_email(email) if email else ""
    log_session = LogSession(
        number,
        sid,
        starts.date(),
        starts.time(),
        ends.time(),
        round((ends - starts).total_seconds() / 60),
        team_id,
        team,
        representative,
        phone,
        email,
        consultant_id,
        consultant,
        affiliation,
        field,
        mode,
        place,
        topic,
        summary,
        advice,
        follow_up,
        satisfaction,
    )
    return _resident_numbers_masked(log_session) if masked else log_session


RecordT = TypeVar("RecordT", LogSession, HubSettings)


def _resident_numbers_masked(record: RecordT) -> RecordT:
    """``record`` with every resident number in its texts written ``******-*******``.

    None is stored since the door refuses them, but a file from an older version, or
    one edited outside HubDesk, may hold one: a masked log never prints it.
    """
    changes: dict[str, Any] = {}
    for item in fields(record):
        value = getattr(record, item.name)
        if isinstance(value, str):
            masked: str | tuple[str, ...] = mask_resident_numbers(value)
        elif isinstance(value, tuple) and all(isinstance(text, str) for text in value):
            masked = tuple(mask_resident_numbers(text) for text in value)
        else:
            continue
        if masked != value:
            changes[item.name] = masked
    return replace(record, **changes) if changes else record  # nearly always unchanged


def _status_counts(tx: Session, quarter: Quarter) -> dict[SessionStatus, int]:
    start, end = quarter_bounds(quarter)
    s = ConsultingSession
    query = (
        select(s.status, func.count())
        .where(s.status.in_(_COUNTED), s.starts_at >= start, s.starts_at < end)
        .group_by(s.status)
    )
    return {SessionStatus(status): count for status, count in tx.execute(query)}


def _quota_line(tx: Session, quarter: Quarter) -> QuotaLine | None:
    mou = _quarter_mou(tx, quarter)
    if mou is None:
        return None
    start = datetime(quarter.year, 1, 1)
    _first, end = quarter_bounds(quarter)
    s = ConsultingSession
    query = select(s.starts_at, s.ends_at).where(
        s.mou_id == mou.id,
        s.status == SessionStatus.COMPLETED,
        s.starts_at >= start,
        s.starts_at < end,
    )
    minutes = sum(round((e - b).total_seconds() / 60) for b, e in tx.execute(query))
    return QuotaLine(mou.partner, mou.title, quarter.year, mou.yearly_quota_hours, minutes)


def _quarter_mou(tx: Session, quarter: Quarter) -> Mou | None:
    """The MOU in force at the quarter's end, else the latest one overlapping it."""
    last: date = quarter.last_day
    query = (
        select(Mou)
        .where(Mou.start_date <= last, Mou.end_date >= quarter.first_day)
        .order_by((Mou.end_date >= last).desc(), Mou.end_date.desc(), Mou.id)
    )
    return tx.scalars(query.limit(1)).first()
