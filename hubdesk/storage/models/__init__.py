"""Typed SQLAlchemy models for every entity of DOMAIN.md."""

from hubdesk.storage.models.base import Base
from hubdesk.storage.models.consulting import Consultant, ConsultantField, ConsultingSession, Mou
from hubdesk.storage.models.grants import (
    Disbursement,
    GrantAgreement,
    GrantProgram,
    Settlement,
    SettlementExpense,
    WageLine,
)
from hubdesk.storage.models.people import DayOff, HubSetting, StaffUser, Team, TeamStatusChange
from hubdesk.storage.models.records import (
    AuditEntry,
    ExportLogEntry,
    PendingOutput,
    ProcurementTarget,
    Purchase,
    TrainingCourse,
    TrainingParticipant,
    YearlyTarget,
)
from hubdesk.storage.models.spaces import Application, ChecklistItem, Space, Tenancy, TenancyRenewal

__all__ = [
    "Application",
    "AuditEntry",
    "Base",
    "ChecklistItem",
    "Consultant",
    "ConsultantField",
    "ConsultingSession",
    "DayOff",
    "Disbursement",
    "ExportLogEntry",
    "GrantAgreement",
    "GrantProgram",
    "HubSetting",
    "Mou",
    "PendingOutput",
    "ProcurementTarget",
    "Purchase",
    "Settlement",
    "SettlementExpense",
    "Space",
    "StaffUser",
    "Team",
    "TeamStatusChange",
    "Tenancy",
    "TenancyRenewal",
    "TrainingCourse",
    "TrainingParticipant",
    "WageLine",
    "YearlyTarget",
]
