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
from hubdesk.storage.models.people import DayOff, HubSetting, StaffUser, Team
from hubdesk.storage.models.records import (
    AuditEntry,
    ExportLogEntry,
    PendingOutput,
    TrainingCourse,
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
    "Settlement",
    "SettlementExpense",
    "Space",
    "StaffUser",
    "Team",
    "Tenancy",
    "TenancyRenewal",
    "TrainingCourse",
    "WageLine",
    "YearlyTarget",
]
