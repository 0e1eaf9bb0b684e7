"""Records of the audit trail and the export log as the audit page shows them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

BULK_RECORD = "*"  # record id of one audit row standing for a bulk write (demo data, imports)


class AuditAction(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One column of one change: its value before and after (None when there was none).

    A bulk row's summary (``rows: 148``) has no before/after: ``paired`` is False and
    the value is in ``new``.
    """

    field: str
    old: object
    new: object
    paired: bool = True


@dataclass(frozen=True, slots=True)
class AuditRow:
    """One row of the audit trail: who changed which record when, old → new."""

    id: int
    at: datetime
    username: str
    staff_name: str  # the staff member's display name, or the username when unknown
    action: AuditAction
    table_name: str
    record_id: str
    record_label: str  # a human name of the record ("3F-301 · 301호"), or ""
    changes: tuple[FieldChange, ...]

    @property
    def bulk(self) -> bool:
        return self.record_id == BULK_RECORD


@dataclass(frozen=True, slots=True)
class ExportRow:
    """One export: who wrote which file when, masked or not, and why."""

    id: int
    at: datetime
    username: str
    staff_name: str
    kind: str
    target: str
    parameters: tuple[tuple[str, str], ...]
    masked: bool
    reason: str
    row_count: int


@dataclass(frozen=True, slots=True)
class StaffName:
    username: str
    display_name: str


@dataclass(frozen=True, slots=True)
class AuditQuery:
    """Which audit rows to show; every filter left empty matches everything.

    ``start`` and ``end`` are days, both included. ``text`` matches the record id,
    the changed values, or the name of the record (team, space, agreement, consultant).
    """

    start: date | None = None
    end: date | None = None
    username: str | None = None
    table: str | None = None
    record_id: str | None = None
    action: AuditAction | None = None
    text: str = ""


@dataclass(frozen=True, slots=True)
class ExportQuery:
    start: date | None = None
    end: date | None = None
    username: str | None = None
