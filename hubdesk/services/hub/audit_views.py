"""Reading the audit trail and the export log: filters, pages, names of records and staff.

Everything is filtered, sorted and paged in SQL over plain columns; names of the
records on a page are looked up with one query per table that page shows.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, String, Text, and_, cast, func, or_, select, union
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from hubdesk.domain.audit import (
    AuditAction,
    AuditQuery,
    AuditRow,
    ExportQuery,
    ExportRow,
    FieldChange,
    StaffName,
)
from hubdesk.services.core.base import Service
from hubdesk.services.core.boundary import typed_boundary
from hubdesk.storage.models import (
    Application,
    AuditEntry,
    Base,
    ChecklistItem,
    Consultant,
    ConsultingSession,
    DayOff,
    Disbursement,
    ExportLogEntry,
    GrantAgreement,
    GrantProgram,
    Mou,
    Settlement,
    SettlementExpense,
    Space,
    StaffUser,
    Team,
    Tenancy,
    TenancyRenewal,
    TrainingCourse,
    WageLine,
    YearlyTarget,
)

LOG_TABLES = frozenset({AuditEntry.__tablename__, ExportLogEntry.__tablename__})
LABEL_SEPARATOR = " · "
# Values in a change that name the record, for records that no longer exist.
_NAMING_FIELDS = ("name", "code", "number", "title", "display_name", "partner", "key")

LabelQuery = Callable[[Sequence[int]], Select[*tuple[Any, ...]]]


def _team_space(model: Any, tenancy_key: Any) -> LabelQuery:
    """Labels "team · space" for rows that belong to a tenancy."""
    return lambda ids: (
        select(model.id, Team.name, Space.code)
        .select_from(model)
        .join(Tenancy, Tenancy.id == tenancy_key)
        .join(Team, Team.id == Tenancy.team_id)
        .join(Space, Space.id == Tenancy.space_id)
        .where(model.id.in_(ids))
    )


def _of_agreement(model: Any, *extra: Any) -> LabelQuery:
    """Labels "agreement number · …" for rows that belong to an agreement."""
    return lambda ids: (
        select(model.id, GrantAgreement.number, *extra)
        .join(GrantAgreement, GrantAgreement.id == model.agreement_id)
        .where(model.id.in_(ids))
    )


def _columns(model: Any, *columns: Any) -> LabelQuery:
    return lambda ids: select(model.id, *columns).where(model.id.in_(ids))


_LABELS: dict[str, LabelQuery] = {
    "teams": _columns(Team, Team.name),
    "spaces": _columns(Space, Space.code, Space.name),
    "tenancies": lambda ids: (
        select(Tenancy.id, Team.name, Space.code)
        .join(Team, Team.id == Tenancy.team_id)
        .join(Space, Space.id == Tenancy.space_id)
        .where(Tenancy.id.in_(ids))
    ),
    "tenancy_renewals": _team_space(TenancyRenewal, TenancyRenewal.tenancy_id),
    "checklist_items": _team_space(ChecklistItem, ChecklistItem.tenancy_id),
    "applications": lambda ids: (
        select(Application.id, Team.name)
        .join(Team, Team.id == Application.team_id)
        .where(Application.id.in_(ids))
    ),
    "grant_agreements": lambda ids: (
        select(GrantAgreement.id, GrantAgreement.number, Team.name)
        .join(Team, Team.id == GrantAgreement.team_id)
        .where(GrantAgreement.id.in_(ids))
    ),
    "disbursements": _of_agreement(Disbursement, Disbursement.label),
    "wage_lines": _of_agreement(WageLine),
    "settlements": _of_agreement(Settlement),
    "settlement_expenses": lambda ids: (
        select(SettlementExpense.id, GrantAgreement.number)
        .join(Settlement, Settlement.id == SettlementExpense.settlement_id)
        .join(GrantAgreement, GrantAgreement.id == Settlement.agreement_id)
        .where(SettlementExpense.id.in_(ids))
    ),
    "grant_programs": _columns(GrantProgram, GrantProgram.name),
    "consultants": _columns(Consultant, Consultant.name),
    "consultant_fields": _columns(Consultant, Consultant.name),  # keyed "consultant/field"
    "consulting_sessions": lambda ids: (
        select(ConsultingSession.id, Team.name, ConsultingSession.starts_at)
        .join(Team, Team.id == ConsultingSession.team_id)
        .where(ConsultingSession.id.in_(ids))
    ),
    "mous": _columns(Mou, Mou.partner),
    "staff_users": _columns(StaffUser, StaffUser.display_name),
    "training_courses": _columns(TrainingCourse, TrainingCourse.title),
    "days_off": _columns(DayOff, DayOff.day, DayOff.name),
    "yearly_targets": _columns(YearlyTarget, YearlyTarget.year),
}


def _key_of(record_id: str) -> int | None:
    """The integer id a label query looks up (the first part of a composite key)."""
    first = record_id.split("/", 1)[0]
    return int(first) if first.isdigit() else None


def _part(value: object) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):  # e.g. the agreement numbers of one print
        return ", ".join(_part(item) for item in value)
    return "" if value is None else str(value)


def _label(parts: Iterable[object]) -> str:
    return LABEL_SEPARATOR.join(text for text in map(_part, parts) if text)


def _field_changes(changes: object) -> tuple[FieldChange, ...]:
    """The stored ``{field: [old, new]}`` as records; other values are a bulk summary."""
    if not isinstance(changes, dict):
        return ()
    result = []
    for field, value in changes.items():
        if isinstance(value, list) and len(value) == 2:
            result.append(FieldChange(str(field), value[0], value[1]))
        else:
            result.append(FieldChange(str(field), None, value, paired=False))
    return tuple(result)


# Columns that hold a staff member's id: the trail shows the person, not the number.
STAFF_ID_FIELDS = frozenset({"done_by", "requested_by", "approved_by"})


def _staff_ids(all_changes: Iterable[object]) -> set[int]:
    ids: set[int] = set()
    for changes in all_changes:
        if isinstance(changes, dict):
            for field in STAFF_ID_FIELDS & changes.keys():
                pair = changes[field]
                if isinstance(pair, list):
                    ids.update(v for v in pair if isinstance(v, int) and not isinstance(v, bool))
    return ids


def _staff_by_id(tx: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    query = select(StaffUser.id, StaffUser.display_name).where(StaffUser.id.in_(ids))
    return {int(key): str(name) for key, name in tx.execute(query)}


def _named_staff(
    changes: tuple[FieldChange, ...], people: dict[int, str]
) -> tuple[FieldChange, ...]:
    """Staff ids in ``STAFF_ID_FIELDS`` replaced by the person's name (kept when unknown)."""

    def name(value: object) -> object:
        return people.get(value, value) if isinstance(value, int) else value

    return tuple(
        replace(change, old=name(change.old), new=name(change.new))
        if change.field in STAFF_ID_FIELDS
        else change
        for change in changes
    )


def _label_from_changes(changes: tuple[FieldChange, ...]) -> str:
    """A naming value (name, code, number…) among the changes, for a deleted record."""
    values = {
        change.field: change.new if change.new is not None else change.old for change in changes
    }
    for field in _NAMING_FIELDS:
        if values.get(field):
            return _part(values[field])
    return ""


def _day_bounds(start: date | None, end: date | None, column: Any) -> list[ColumnElement[bool]]:
    """``column`` on or after the start day and before the day after the end day."""
    where = []
    if start is not None:
        where.append(column >= datetime.combine(start, time.min))
    if end is not None:
        where.append(column < datetime.combine(end + timedelta(days=1), time.min))
    return where


def _json_text(text: str) -> str:
    """``text`` as it appears inside stored JSON (non-ASCII is written as \\u escapes)."""
    return json.dumps(text)[1:-1]


def _records_named(text: str) -> list[ColumnElement[bool]]:
    """Audit rows about teams, spaces, agreements and consultants whose name holds ``text``."""
    teams = select(Team.id).where(Team.name.contains(text, autoescape=True))
    by_table: dict[str, Select[Any]] = {
        "teams": select(cast(Team.id, String)).where(Team.name.contains(text, autoescape=True)),
        "spaces": select(cast(Space.id, String)).where(
            or_(
                Space.code.contains(text, autoescape=True),
                Space.name.contains(text, autoescape=True),
            )
        ),
        "grant_agreements": select(cast(GrantAgreement.id, String)).where(
            or_(
                GrantAgreement.number.contains(text, autoescape=True),
                GrantAgreement.team_id.in_(teams),
            )
        ),
        "consultants": select(cast(Consultant.id, String)).where(
            Consultant.name.contains(text, autoescape=True)
        ),
        "tenancies": select(cast(Tenancy.id, String)).where(Tenancy.team_id.in_(teams)),
        "applications": select(cast(Application.id, String)).where(Application.team_id.in_(teams)),
    }
    return [
        and_(AuditEntry.table_name == table, AuditEntry.record_id.in_(ids))
        for table, ids in by_table.items()
    ]


def _text_filter(text: str) -> ColumnElement[bool]:
    changes = cast(AuditEntry.changes, Text)
    matches = [
        AuditEntry.record_id.contains(text, autoescape=True),
        changes.contains(text, autoescape=True),
    ]
    escaped = _json_text(text)
    if escaped != text:
        matches.append(changes.contains(escaped, autoescape=True))
    return or_(*matches, *_records_named(text))


def _audit_filters(query: AuditQuery) -> list[ColumnElement[bool]]:
    where = _day_bounds(query.start, query.end, AuditEntry.at)
    if query.username:
        where.append(AuditEntry.username == query.username)
    if query.table:
        where.append(AuditEntry.table_name == query.table)
    if query.record_id:
        where.append(AuditEntry.record_id == query.record_id)
    if query.action is not None:
        where.append(AuditEntry.action == AuditAction(query.action).value)
    text = query.text.strip()
    if text:
        where.append(_text_filter(text))
    return where


def _export_filters(query: ExportQuery) -> list[ColumnElement[bool]]:
    where = _day_bounds(query.start, query.end, ExportLogEntry.at)
    if query.username:
        where.append(ExportLogEntry.username == query.username)
    return where


def _page(offset: int, limit: int) -> tuple[int, int]:
    return max(offset, 0), max(limit, 0)


@typed_boundary
class AuditViewService(Service):
    """Queries behind the audit page; never writes."""

    def search(self, query: AuditQuery, offset: int = 0, limit: int = 200) -> list[AuditRow]:
        """One page of the trail, newest first (ties by id), with staff and record names."""
        start, size = _page(offset, limit)
        statement = (
            select(
                AuditEntry.id,
                AuditEntry.at,
                AuditEntry.username,
                AuditEntry.action,
                AuditEntry.table_name,
                AuditEntry.record_id,
                AuditEntry.changes,
            )
            .where(*_audit_filters(query))
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
            .offset(start)
            .limit(size)
        )
        with self._read() as tx:
            rows = tx.execute(statement).all()
            names = _staff_names(tx, {row.username for row in rows})
            labels = _record_labels(tx, [(row.table_name, row.record_id) for row in rows])
            people = _staff_by_id(tx, _staff_ids(row.changes for row in rows))
        return [_audit_row(row, names, labels, people) for row in rows]

    def count(self, query: AuditQuery) -> int:
        """How many rows of the trail the query finds (all pages)."""
        statement = select(func.count()).select_from(AuditEntry).where(*_audit_filters(query))
        with self._read() as tx:
            return int(tx.scalar(statement) or 0)

    def exports(self, query: ExportQuery, offset: int = 0, limit: int = 200) -> list[ExportRow]:
        """One page of the export log, newest first."""
        start, size = _page(offset, limit)
        statement = (
            select(*_EXPORT_COLUMNS)
            .where(*_export_filters(query))
            .order_by(ExportLogEntry.at.desc(), ExportLogEntry.id.desc())
            .offset(start)
            .limit(size)
        )
        with self._read() as tx:
            entries = tx.execute(statement).all()
            names = _staff_names(tx, {entry.username for entry in entries})
        return [_export_row(entry, names) for entry in entries]

    def export_count(self, query: ExportQuery) -> int:
        statement = select(func.count()).select_from(ExportLogEntry).where(*_export_filters(query))
        with self._read() as tx:
            return int(tx.scalar(statement) or 0)

    def staff(self) -> list[StaffName]:
        """Everyone who can appear in the logs: staff accounts, then other names seen there."""
        seen = union(select(AuditEntry.username), select(ExportLogEntry.username)).subquery()
        with self._read() as tx:
            accounts = tx.execute(
                select(StaffUser.username, StaffUser.display_name).order_by(
                    StaffUser.display_name, StaffUser.username
                )
            ).all()
            known = {username for username, _name in accounts}
            others = [name for (name,) in tx.execute(select(seen.c.username)) if name not in known]
        staff = [StaffName(username, name or username) for username, name in accounts]
        return staff + [StaffName(name, name) for name in sorted(others)]

    def tables(self) -> list[str]:
        """The tables whose changes the trail records, in alphabetical order."""
        return sorted(name for name in Base.metadata.tables if name not in LOG_TABLES)


def _staff_names(tx: Session, usernames: set[str]) -> dict[str, str]:
    if not usernames:
        return {}
    query = select(StaffUser.username, StaffUser.display_name).where(
        StaffUser.username.in_(usernames)
    )
    return {username: name for username, name in tx.execute(query) if name}


def _record_labels(tx: Session, records: Sequence[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """Names of the records, one query per table among ``records``."""
    wanted: dict[str, set[int]] = defaultdict(set)
    for table, record_id in records:
        key = _key_of(record_id)
        if table in _LABELS and key is not None:
            wanted[table].add(key)
    found: dict[tuple[str, int], str] = {}
    for table, keys in wanted.items():
        for row in tx.execute(_LABELS[table](sorted(keys))):
            found[(table, row[0])] = _label(row[1:])
    labels = {}
    for table, record_id in records:
        key = _key_of(record_id)
        if key is not None and (table, key) in found:
            labels[(table, record_id)] = found[(table, key)]
    return labels


def _audit_row(
    row: Any,
    names: dict[str, str],
    labels: dict[tuple[str, str], str],
    people: dict[int, str] | None = None,
) -> AuditRow:
    changes = _named_staff(_field_changes(row.changes), people or {})
    label = labels.get((row.table_name, row.record_id)) or _label_from_changes(changes)
    return AuditRow(
        id=row.id,
        at=row.at,
        username=row.username,
        staff_name=names.get(row.username, row.username),
        action=AuditAction(row.action),
        table_name=row.table_name,
        record_id=row.record_id,
        record_label=label,
        changes=changes,
    )


_EXPORT_COLUMNS = (
    ExportLogEntry.id,
    ExportLogEntry.at,
    ExportLogEntry.username,
    ExportLogEntry.kind,
    ExportLogEntry.target,
    ExportLogEntry.parameters,
    ExportLogEntry.masked,
    ExportLogEntry.reason,
    ExportLogEntry.row_count,
)


def _export_row(entry: Any, names: dict[str, str]) -> ExportRow:
    parameters = entry.parameters if isinstance(entry.parameters, dict) else {}
    return ExportRow(
        id=entry.id,
        at=entry.at,
        username=entry.username,
        staff_name=names.get(entry.username, entry.username),
        kind=entry.kind,
        target=entry.target,
        parameters=tuple(sorted((str(k), _part(v)) for k, v in parameters.items())),
        masked=entry.masked,
        reason=entry.reason,
        row_count=entry.row_count,
    )
