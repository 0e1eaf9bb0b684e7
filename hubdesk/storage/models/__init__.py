"""Typed SQLAlchemy models for every entity of DOMAIN.md."""

from .base import Base
from .consulting import Consultant, ConsultantField, ConsultingSession, Mou
from .grants import (
    Disbursement,
    GrantAgreement,
    GrantProgram,
    Settlement,
    SettlementExpense,
    WageLine,
)
from .people import DayOff, HubSetting, StaffUser, Team
from .records import AuditEntry, ExportLogEntry, PendingOutput, TrainingCourse, YearlyTarget
from .spaces import Application, ChecklistItem, Space, Tenancy, TenancyRenewal

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
