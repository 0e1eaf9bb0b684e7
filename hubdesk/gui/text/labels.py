"""Translated names of the domain's enums, dates and money for display.

The English names are marked with ``QT_TRANSLATE_NOOP`` so lupdate collects them;
``label()`` looks them up in the installed translation at call time.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from hubdesk.domain.audit import AuditAction
from hubdesk.domain.enums import (
    AgreementStatus,
    ApplicationStatus,
    ChecklistKind,
    ConsultingField,
    DisbursementStatus,
    ExpenseDecision,
    FundingSource,
    GrantKind,
    ParticipantKind,
    ParticipationStatus,
    PurchaseCategory,
    SessionMode,
    SessionStatus,
    SettlementStatus,
    SpaceKind,
    StaffRole,
    TargetMetric,
    TeamKind,
    TeamStatus,
    TenancyStatus,
    TrainingCategory,
)
from hubdesk.domain.records import TenancyRecord
from hubdesk.domain.rules import ends_soon
from hubdesk.gui.text.noop import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

# Grant-side statuses have their own contexts: "Closed", "Approved" and "Rejected" read
# differently for an agreement (종료), a disbursement (승인, 반려), a settlement (정산 완료)
# and an expense (인정, 불인정).
GRANT_CONTEXT = "GrantLabels"
SETTLEMENT_CONTEXT = "SettlementLabels"
EXPENSE_CONTEXT = "ExpenseLabels"
# A participant "Completed" a course (수료); a consulting session was "Completed" (완료).
TRAINING_CONTEXT = "TrainingLabels"
_CONTEXTS: dict[type, str] = {
    ParticipationStatus: TRAINING_CONTEXT,
    AgreementStatus: GRANT_CONTEXT,
    DisbursementStatus: GRANT_CONTEXT,
    SettlementStatus: SETTLEMENT_CONTEXT,
    ExpenseDecision: EXPENSE_CONTEXT,
}

# Keyed by (enum class, value): StaffRole.STAFF and GrantKind.STAFF are both "staff".
_ENTRIES: tuple[tuple[StrEnum, str], ...] = (
    (TeamKind.SOCIAL_ENTERPRISE, QT_TRANSLATE_NOOP("Labels", "Social enterprise")),
    (TeamKind.PRE_SOCIAL_ENTERPRISE, QT_TRANSLATE_NOOP("Labels", "Pre-social enterprise")),
    (TeamKind.VILLAGE_ENTERPRISE, QT_TRANSLATE_NOOP("Labels", "Village enterprise")),
    (TeamKind.COOPERATIVE, QT_TRANSLATE_NOOP("Labels", "Cooperative")),
    (TeamKind.SOCIAL_COOPERATIVE, QT_TRANSLATE_NOOP("Labels", "Social cooperative")),
    (TeamKind.SELF_SUFFICIENCY, QT_TRANSLATE_NOOP("Labels", "Self-sufficiency enterprise")),
    (TeamKind.STARTUP_TEAM, QT_TRANSLATE_NOOP("Labels", "Startup-prep team")),
    (TeamKind.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (TeamStatus.OPERATING, QT_TRANSLATE_NOOP("Labels", "Operating")),
    (TeamStatus.DORMANT, QT_TRANSLATE_NOOP("Labels", "Dormant")),
    (TeamStatus.CLOSED, QT_TRANSLATE_NOOP("Labels", "Closed")),
    (TeamStatus.ARCHIVED, QT_TRANSLATE_NOOP("Labels", "Archived")),
    (SpaceKind.PRIVATE_OFFICE, QT_TRANSLATE_NOOP("Labels", "Private office")),
    (SpaceKind.SHARED_OFFICE, QT_TRANSLATE_NOOP("Labels", "Shared office")),
    (SpaceKind.OPEN_DESK, QT_TRANSLATE_NOOP("Labels", "Open desk")),
    (SpaceKind.MEETING_ROOM, QT_TRANSLATE_NOOP("Labels", "Meeting room")),
    (TenancyStatus.ACTIVE, QT_TRANSLATE_NOOP("Labels", "Active")),
    (TenancyStatus.ENDED, QT_TRANSLATE_NOOP("Labels", "Ended")),
    (TenancyStatus.CANCELLED, QT_TRANSLATE_NOOP("Labels", "Cancelled")),
    (ChecklistKind.MOVE_IN, QT_TRANSLATE_NOOP("Labels", "Move-in")),
    (ChecklistKind.MOVE_OUT, QT_TRANSLATE_NOOP("Labels", "Move-out")),
    (ApplicationStatus.SUBMITTED, QT_TRANSLATE_NOOP("Labels", "Submitted")),
    (ApplicationStatus.SELECTED, QT_TRANSLATE_NOOP("Labels", "Selected")),
    (ApplicationStatus.WAITLISTED, QT_TRANSLATE_NOOP("Labels", "Waiting list")),
    (ApplicationStatus.REJECTED, QT_TRANSLATE_NOOP("Labels", "Rejected")),
    (ApplicationStatus.ALLOCATED, QT_TRANSLATE_NOOP("Labels", "Allocated")),
    (ApplicationStatus.WITHDRAWN, QT_TRANSLATE_NOOP("Labels", "Withdrawn")),
    (StaffRole.STAFF, QT_TRANSLATE_NOOP("Labels", "Staff member")),
    (StaffRole.MANAGER, QT_TRANSLATE_NOOP("Labels", "Manager")),
    (StaffRole.ADMINISTRATOR, QT_TRANSLATE_NOOP("Labels", "Administrator")),
    (ConsultingField.STRATEGY, QT_TRANSLATE_NOOP("Labels", "Strategy")),
    (ConsultingField.ACCOUNTING_TAX, QT_TRANSLATE_NOOP("Labels", "Accounting and tax")),
    (ConsultingField.LABOR_HR, QT_TRANSLATE_NOOP("Labels", "Labour and HR")),
    (ConsultingField.LEGAL, QT_TRANSLATE_NOOP("Labels", "Legal")),
    (ConsultingField.MARKETING, QT_TRANSLATE_NOOP("Labels", "Marketing and sales")),
    (ConsultingField.SOCIAL_VALUE, QT_TRANSLATE_NOOP("Labels", "Social value")),
    (ConsultingField.FINANCE, QT_TRANSLATE_NOOP("Labels", "Investment and finance")),
    (ConsultingField.IT, QT_TRANSLATE_NOOP("Labels", "IT")),
    (SessionMode.IN_PERSON, QT_TRANSLATE_NOOP("Labels", "In person")),
    (SessionMode.ONLINE, QT_TRANSLATE_NOOP("Labels", "Online")),
    (SessionStatus.SCHEDULED, QT_TRANSLATE_NOOP("Labels", "Scheduled")),
    (SessionStatus.COMPLETED, QT_TRANSLATE_NOOP("Labels", "Completed")),
    (SessionStatus.CANCELLED, QT_TRANSLATE_NOOP("Labels", "Cancelled")),
    (SessionStatus.NO_SHOW, QT_TRANSLATE_NOOP("Labels", "No-show")),
    (GrantKind.DEVELOPMENT_COST, QT_TRANSLATE_NOOP("Labels", "Business development cost")),
    (GrantKind.STAFF, QT_TRANSLATE_NOOP("Labels", "Professional staff")),
    (FundingSource.NATIONAL, QT_TRANSLATE_NOOP("Labels", "National")),
    (FundingSource.CITY, QT_TRANSLATE_NOOP("Labels", "City")),
    (FundingSource.DISTRICT, QT_TRANSLATE_NOOP("Labels", "District")),
    (AgreementStatus.DRAFT, QT_TRANSLATE_NOOP("GrantLabels", "Draft")),
    (AgreementStatus.SIGNED, QT_TRANSLATE_NOOP("GrantLabels", "Signed")),
    (AgreementStatus.IN_PROGRESS, QT_TRANSLATE_NOOP("GrantLabels", "In progress")),
    (AgreementStatus.SETTLEMENT_DUE, QT_TRANSLATE_NOOP("GrantLabels", "Settlement due")),
    (AgreementStatus.CLOSED, QT_TRANSLATE_NOOP("GrantLabels", "Closed")),
    (AgreementStatus.CANCELLED, QT_TRANSLATE_NOOP("GrantLabels", "Cancelled")),
    (DisbursementStatus.PLANNED, QT_TRANSLATE_NOOP("GrantLabels", "Planned")),
    (DisbursementStatus.REQUESTED, QT_TRANSLATE_NOOP("GrantLabels", "Requested")),
    (DisbursementStatus.APPROVED, QT_TRANSLATE_NOOP("GrantLabels", "Approved")),
    (DisbursementStatus.PAID, QT_TRANSLATE_NOOP("GrantLabels", "Paid")),
    (DisbursementStatus.REJECTED, QT_TRANSLATE_NOOP("GrantLabels", "Rejected")),
    (SettlementStatus.OPEN, QT_TRANSLATE_NOOP("SettlementLabels", "Open")),
    (SettlementStatus.SUBMITTED, QT_TRANSLATE_NOOP("SettlementLabels", "Submitted")),
    (SettlementStatus.CLOSED, QT_TRANSLATE_NOOP("SettlementLabels", "Closed")),
    (ExpenseDecision.PENDING, QT_TRANSLATE_NOOP("ExpenseLabels", "Pending")),
    (ExpenseDecision.APPROVED, QT_TRANSLATE_NOOP("ExpenseLabels", "Approved")),
    (ExpenseDecision.PARTLY_APPROVED, QT_TRANSLATE_NOOP("ExpenseLabels", "Partly approved")),
    (ExpenseDecision.REJECTED, QT_TRANSLATE_NOOP("ExpenseLabels", "Rejected")),
    (TrainingCategory.ACADEMY, QT_TRANSLATE_NOOP("Labels", "Social-economy academy")),
    (TrainingCategory.PROCUREMENT, QT_TRANSLATE_NOOP("Labels", "Public procurement training")),
    (TrainingCategory.SCHOOL, QT_TRANSLATE_NOOP("Labels", "School education")),
    (TrainingCategory.CAMPUS_TOWN, QT_TRANSLATE_NOOP("Labels", "Campus town")),
    (TrainingCategory.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
    (TargetMetric.OPERATION_RATE, QT_TRANSLATE_NOOP("Labels", "Enterprise operation rate")),
    (TargetMetric.PEOPLE_TRAINED, QT_TRANSLATE_NOOP("Labels", "People trained")),
    (TargetMetric.BUDGET_EXECUTION, QT_TRANSLATE_NOOP("Labels", "Budget execution")),
    (TargetMetric.BUDGET_CITY, QT_TRANSLATE_NOOP("Labels", "Budget execution (city)")),
    (TargetMetric.BUDGET_DISTRICT, QT_TRANSLATE_NOOP("Labels", "Budget execution (district)")),
    (TargetMetric.PUBLIC_PROCUREMENT, QT_TRANSLATE_NOOP("Labels", "Public procurement")),
    (TargetMetric.PEOPLE_TRAINED_TERM, QT_TRANSLATE_NOOP("Labels", "People trained (term)")),
    (ParticipantKind.RESIDENT, QT_TRANSLATE_NOOP("Labels", "Resident")),
    (ParticipantKind.ENTERPRISE_WORKER, QT_TRANSLATE_NOOP("Labels", "Enterprise worker")),
    (ParticipantKind.OFFICIAL, QT_TRANSLATE_NOOP("Labels", "Public official")),
    (ParticipantKind.STUDENT, QT_TRANSLATE_NOOP("Labels", "Student")),
    (ParticipationStatus.APPLIED, QT_TRANSLATE_NOOP("TrainingLabels", "Applied")),
    (ParticipationStatus.ATTENDED, QT_TRANSLATE_NOOP("TrainingLabels", "Attended")),
    (ParticipationStatus.COMPLETED, QT_TRANSLATE_NOOP("TrainingLabels", "Completed")),
    (ParticipationStatus.NOT_COMPLETED, QT_TRANSLATE_NOOP("TrainingLabels", "Not completed")),
    (PurchaseCategory.GOODS, QT_TRANSLATE_NOOP("Labels", "Goods")),
    (PurchaseCategory.SERVICES, QT_TRANSLATE_NOOP("Labels", "Services")),
    (PurchaseCategory.WORKS, QT_TRANSLATE_NOOP("Labels", "Works")),
    (AuditAction.INSERT, QT_TRANSLATE_NOOP("Labels", "Added")),
    (AuditAction.UPDATE, QT_TRANSLATE_NOOP("Labels", "Changed")),
    (AuditAction.DELETE, QT_TRANSLATE_NOOP("Labels", "Deleted")),
)
_NAMES: dict[tuple[type, str], str] = {(type(m), m.value): text for m, text in _ENTRIES}

# Checklist boxes by their stored key (services/spaces.py MOVE_IN_ITEMS, MOVE_OUT_ITEMS).
_CHECKLIST_ITEMS: dict[str, str] = {
    "keys_handed": QT_TRANSLATE_NOOP("Labels", "Keys handed over"),
    "deposit_received": QT_TRANSLATE_NOOP("Labels", "Deposit received"),
    "address_moved": QT_TRANSLATE_NOOP("Labels", "Business address moved into the district"),
    "keys_returned": QT_TRANSLATE_NOOP("Labels", "Keys returned"),
    "space_inspected": QT_TRANSLATE_NOOP("Labels", "Space inspected"),
    "deposit_returned": QT_TRANSLATE_NOOP("Labels", "Deposit returned"),
}

# What each placeholder of the agreement articles (domain/agreement_articles.py
# ARTICLE_PLACEHOLDERS) stands for, by name: shown in the hub settings' article editor.
PLACEHOLDER_CONTEXT = "ArticlePlaceholders"
_PLACEHOLDERS: dict[str, str] = {
    "갑": QT_TRANSLATE_NOOP("ArticlePlaceholders", "the hub's name"),
    "을": QT_TRANSLATE_NOOP("ArticlePlaceholders", "the team's name"),
    "자치구": QT_TRANSLATE_NOOP("ArticlePlaceholders", "the district (e.g. 서울특별시 금천구)"),
    "사업명": QT_TRANSLATE_NOOP("ArticlePlaceholders", "the program's name"),
    "사업목적": QT_TRANSLATE_NOOP("ArticlePlaceholders", "the purpose of the agreement"),
    "시작일": QT_TRANSLATE_NOOP("ArticlePlaceholders", "first day of the period (2026년 3월 1일)"),
    "종료일": QT_TRANSLATE_NOOP("ArticlePlaceholders", "last day of the period"),
    "총사업비": QT_TRANSLATE_NOOP("ArticlePlaceholders", "total cost in figures (12,000,000원)"),
    "보조금": QT_TRANSLATE_NOOP("ArticlePlaceholders", "grant = city + district money, in figures"),
    "보조금_한글": QT_TRANSLATE_NOOP("ArticlePlaceholders", "the grant in Korean words (금 …원정)"),
    "시비": QT_TRANSLATE_NOOP("ArticlePlaceholders", "city money in figures"),
    "구비": QT_TRANSLATE_NOOP("ArticlePlaceholders", "district money in figures"),
    "자부담": QT_TRANSLATE_NOOP("ArticlePlaceholders", "the team's co-payment in figures"),
    "교부계획": QT_TRANSLATE_NOOP(
        "ArticlePlaceholders", "the payment schedule, one line per tranche"
    ),
    "전용계좌": QT_TRANSLATE_NOOP(
        "ArticlePlaceholders", "the dedicated account: bank, number, holder"
    ),
    "정산개월": QT_TRANSLATE_NOOP(
        "ArticlePlaceholders", "months after the period for the settlement (2)"
    ),
    "정산기한": QT_TRANSLATE_NOOP("ArticlePlaceholders", "the settlement deadline (a date)"),
}


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def label(value: StrEnum) -> str:
    """The translated name of an enum member (its value when it has none)."""
    name = _NAMES.get((type(value), value.value))
    if not name:
        return str(value)
    return QCoreApplication.translate(_CONTEXTS.get(type(value), CONTEXT), name)


def checklist_label(key: str) -> str:
    name = _CHECKLIST_ITEMS.get(key)
    return translate(name) if name else key


def placeholder_description(name: str) -> str:
    """What the article placeholder ``{name}`` stands for, translated ("" if unknown)."""
    text = _PLACEHOLDERS.get(name)
    return QCoreApplication.translate(PLACEHOLDER_CONTEXT, text) if text else ""


def has_label(value: StrEnum) -> bool:
    return (type(value), value.value) in _NAMES


def won(amount: int) -> str:
    """12,345,000원 in Korean, ₩12,345,000 in English."""
    return QCoreApplication.translate("Labels", "{0} won").format(f"{amount:,}")


def day(value: date | None) -> str:
    return value.isoformat() if value else ""


def tenancy_state(tenancy: TenancyRecord, today: date) -> str:
    """A tenancy's state as every page says it: ended early, ending soon, starting later,
    term over, or its status (the room panel and a team's detail alike)."""
    if tenancy.ended_early_on is not None:
        text = QCoreApplication.translate("TenancyState", "Ended early on {0}")
        return text.format(day(tenancy.ended_early_on))
    if ends_soon(tenancy.status, tenancy.end_date, tenancy.ended_early_on, today):
        text = QCoreApplication.translate("TenancyState", "Ends in {0} day(s)")
        return text.format((tenancy.end_date - today).days)
    if tenancy.status == TenancyStatus.ACTIVE and tenancy.start_date > today:
        text = QCoreApplication.translate("TenancyState", "Starts on {0}")
        return text.format(day(tenancy.start_date))
    if tenancy.status == TenancyStatus.ACTIVE and tenancy.end_date < today:
        return QCoreApplication.translate("TenancyState", "Term over: move-out not recorded")
    return label(tenancy.status)
