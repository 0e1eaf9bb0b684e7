"""Readable names for what the audit trail stores: tables, columns and their values.

The trail keeps table and column names as the database has them; the audit page
shows them translated. A column without a name here shows as stored.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from hubdesk.domain.enums import (
    AgreementStatus,
    ApplicationStatus,
    ChecklistKind,
    ConsultingField,
    DisbursementStatus,
    ExpenseDecision,
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
from hubdesk.gui.text.labels import checklist_label, label, won
from hubdesk.gui.text.noop import QT_TRANSLATE_NOOP

TABLE_CONTEXT = "AuditTables"
FIELD_CONTEXT = "AuditFields"
HIDDEN_FIELDS = frozenset({"password_hash"})  # the trail shows that it changed, not the value

_TABLES: dict[str, str] = {
    "teams": QT_TRANSLATE_NOOP("AuditTables", "Team"),
    "spaces": QT_TRANSLATE_NOOP("AuditTables", "Space"),
    "tenancies": QT_TRANSLATE_NOOP("AuditTables", "Tenancy"),
    "tenancy_renewals": QT_TRANSLATE_NOOP("AuditTables", "Tenancy renewal"),
    "checklist_items": QT_TRANSLATE_NOOP("AuditTables", "Checklist item"),
    "applications": QT_TRANSLATE_NOOP("AuditTables", "Tenancy application"),
    "mous": QT_TRANSLATE_NOOP("AuditTables", "MOU"),
    "consultants": QT_TRANSLATE_NOOP("AuditTables", "Consultant"),
    "consultant_fields": QT_TRANSLATE_NOOP("AuditTables", "Consultant's field"),
    "consulting_sessions": QT_TRANSLATE_NOOP("AuditTables", "Consulting session"),
    "grant_programs": QT_TRANSLATE_NOOP("AuditTables", "Grant programme"),
    "grant_agreements": QT_TRANSLATE_NOOP("AuditTables", "Grant agreement"),
    "disbursements": QT_TRANSLATE_NOOP("AuditTables", "Disbursement"),
    "wage_lines": QT_TRANSLATE_NOOP("AuditTables", "Wage line"),
    "settlements": QT_TRANSLATE_NOOP("AuditTables", "Settlement"),
    "settlement_expenses": QT_TRANSLATE_NOOP("AuditTables", "Settlement expense"),
    "training_courses": QT_TRANSLATE_NOOP("AuditTables", "Training course"),
    "yearly_targets": QT_TRANSLATE_NOOP("AuditTables", "Yearly target"),
    "training_participants": QT_TRANSLATE_NOOP("AuditTables", "Training participant"),
    "procurement_targets": QT_TRANSLATE_NOOP("AuditTables", "Procurement target"),
    "purchases": QT_TRANSLATE_NOOP("AuditTables", "Public purchase"),
    "team_status_changes": QT_TRANSLATE_NOOP("AuditTables", "Team status change"),
    "staff_users": QT_TRANSLATE_NOOP("AuditTables", "Staff account"),
    "hub_settings": QT_TRANSLATE_NOOP("AuditTables", "Hub setting"),
    "days_off": QT_TRANSLATE_NOOP("AuditTables", "Day off"),
    "export_log": QT_TRANSLATE_NOOP("AuditTables", "Export"),
    "triggers": QT_TRANSLATE_NOOP("AuditTables", "Audit trail protection"),
}

# Hub settings are stored one row per setting: the row's key names it.
_SETTINGS: dict[str, str] = {
    "hub_name": QT_TRANSLATE_NOOP("AuditFields", "Hub name"),
    "hub_address": QT_TRANSLATE_NOOP("AuditFields", "Hub address"),
    "director_name": QT_TRANSLATE_NOOP("AuditFields", "Director"),
    "district_name": QT_TRANSLATE_NOOP("AuditFields", "District"),
    "max_stay_months": QT_TRANSLATE_NOOP("AuditFields", "Maximum stay (months)"),
    "deposit_months": QT_TRANSLATE_NOOP("AuditFields", "Deposit (months of the fee)"),
    "approval_titles": QT_TRANSLATE_NOOP("AuditFields", "Approval titles"),
    "agreement_articles": QT_TRANSLATE_NOOP("AuditFields", "Agreement articles"),
}

_FIELDS: dict[str, str] = {
    "restored": QT_TRANSLATE_NOOP("AuditFields", "Put back (was missing)"),
    "replaced": QT_TRANSLATE_NOOP("AuditFields", "Put back (was altered)"),
    "seed": QT_TRANSLATE_NOOP("AuditFields", "Random seed"),
    "scale": QT_TRANSLATE_NOOP("AuditFields", "Scale"),
    "today": QT_TRANSLATE_NOOP("AuditFields", "Made for the day"),
    "affiliation": QT_TRANSLATE_NOOP("AuditFields", "Affiliation"),
    "agreement_id": QT_TRANSLATE_NOOP("AuditFields", "Agreement"),
    "approved_at": QT_TRANSLATE_NOOP("AuditFields", "Approved at"),
    "cap_per_team": QT_TRANSLATE_NOOP("AuditFields", "Cap per team"),
    "city_budget": QT_TRANSLATE_NOOP("AuditFields", "City budget"),
    "copay_percents": QT_TRANSLATE_NOOP("AuditFields", "Co-payment ratios"),
    "day": QT_TRANSLATE_NOOP("AuditFields", "Day"),
    "decision_note": QT_TRANSLATE_NOOP("AuditFields", "Decision note"),
    "disbursement_id": QT_TRANSLATE_NOOP("AuditFields", "Disbursement"),
    "district_budget": QT_TRANSLATE_NOOP("AuditFields", "District budget"),
    "done_by": QT_TRANSLATE_NOOP("AuditFields", "Done by"),
    "eligible_categories": QT_TRANSLATE_NOOP("AuditFields", "Eligible categories"),
    "evidence": QT_TRANSLATE_NOOP("AuditFields", "Evidence"),
    "failed_logins": QT_TRANSLATE_NOOP("AuditFields", "Failed sign-ins"),
    "fiscal_year": QT_TRANSLATE_NOOP("AuditFields", "Fiscal year"),
    "key": QT_TRANSLATE_NOOP("AuditFields", "Setting"),
    "locked_until": QT_TRANSLATE_NOOP("AuditFields", "Locked until"),
    "metric": QT_TRANSLATE_NOOP("AuditFields", "Metric"),
    "month": QT_TRANSLATE_NOOP("AuditFields", "Month"),
    "monthly_wage_cap": QT_TRANSLATE_NOOP("AuditFields", "Monthly wage cap"),
    "mou_id": QT_TRANSLATE_NOOP("AuditFields", "MOU"),
    "partner": QT_TRANSLATE_NOOP("AuditFields", "Partner"),
    "plan_height": QT_TRANSLATE_NOOP("AuditFields", "Height on the plan"),
    "plan_width": QT_TRANSLATE_NOOP("AuditFields", "Width on the plan"),
    "plan_x": QT_TRANSLATE_NOOP("AuditFields", "Position on the plan (x)"),
    "plan_y": QT_TRANSLATE_NOOP("AuditFields", "Position on the plan (y)"),
    "position": QT_TRANSLATE_NOOP("AuditFields", "Position"),
    "program_id": QT_TRANSLATE_NOOP("AuditFields", "Program"),
    "provider": QT_TRANSLATE_NOOP("AuditFields", "Provider"),
    "reason": QT_TRANSLATE_NOOP("AuditFields", "Reason"),
    "requested_at": QT_TRANSLATE_NOOP("AuditFields", "Requested at"),
    "reverses_id": QT_TRANSLATE_NOOP("AuditFields", "Reverses"),
    "review_note": QT_TRANSLATE_NOOP("AuditFields", "Review note"),
    "sequence": QT_TRANSLATE_NOOP("AuditFields", "Tranche"),
    "settlement_id": QT_TRANSLATE_NOOP("AuditFields", "Settlement"),
    "spent_on": QT_TRANSLATE_NOOP("AuditFields", "Spent on"),
    "support_number": QT_TRANSLATE_NOOP("AuditFields", "Support no."),
    "target_value": QT_TRANSLATE_NOOP("AuditFields", "Target"),
    "username": QT_TRANSLATE_NOOP("AuditFields", "Username"),
    "year": QT_TRANSLATE_NOOP("AuditFields", "Year"),
    "yearly_quota_hours": QT_TRANSLATE_NOOP("AuditFields", "Yearly hours quota"),
    "name": QT_TRANSLATE_NOOP("AuditFields", "Name"),
    "kind": QT_TRANSLATE_NOOP("AuditFields", "Kind"),
    "status": QT_TRANSLATE_NOOP("AuditFields", "Status"),
    "brn": QT_TRANSLATE_NOOP("AuditFields", "Business number"),
    "brn_check_confirmed": QT_TRANSLATE_NOOP("AuditFields", "Check digit confirmed"),
    "representative": QT_TRANSLATE_NOOP("AuditFields", "Representative"),
    "phone": QT_TRANSLATE_NOOP("AuditFields", "Phone"),
    "email": QT_TRANSLATE_NOOP("AuditFields", "E-mail"),
    "address": QT_TRANSLATE_NOOP("AuditFields", "Address"),
    "founded_on": QT_TRANSLATE_NOOP("AuditFields", "Founded"),
    "employees": QT_TRANSLATE_NOOP("AuditFields", "Employees"),
    "description": QT_TRANSLATE_NOOP("AuditFields", "Description"),
    "closed_on": QT_TRANSLATE_NOOP("AuditFields", "Closed on"),
    "code": QT_TRANSLATE_NOOP("AuditFields", "Code"),
    "floor": QT_TRANSLATE_NOOP("AuditFields", "Floor"),
    "seats": QT_TRANSLATE_NOOP("AuditFields", "Seats"),
    "area_m2": QT_TRANSLATE_NOOP("AuditFields", "Area (m²)"),
    "monthly_fee": QT_TRANSLATE_NOOP("AuditFields", "Monthly fee"),
    "active": QT_TRANSLATE_NOOP("AuditFields", "Active"),
    "team_id": QT_TRANSLATE_NOOP("AuditFields", "Team"),
    "space_id": QT_TRANSLATE_NOOP("AuditFields", "Space"),
    "tenancy_id": QT_TRANSLATE_NOOP("AuditFields", "Tenancy"),
    "start_date": QT_TRANSLATE_NOOP("AuditFields", "Start"),
    "end_date": QT_TRANSLATE_NOOP("AuditFields", "End"),
    "deposit": QT_TRANSLATE_NOOP("AuditFields", "Deposit"),
    "ended_early_on": QT_TRANSLATE_NOOP("AuditFields", "Left early on"),
    "end_reason": QT_TRANSLATE_NOOP("AuditFields", "Reason for leaving"),
    "notes": QT_TRANSLATE_NOOP("AuditFields", "Notes"),
    "note": QT_TRANSLATE_NOOP("AuditFields", "Note"),
    "previous_end": QT_TRANSLATE_NOOP("AuditFields", "Previous end"),
    "new_end": QT_TRANSLATE_NOOP("AuditFields", "New end"),
    "renewed_on": QT_TRANSLATE_NOOP("AuditFields", "Renewed on"),
    "item_key": QT_TRANSLATE_NOOP("AuditFields", "Item"),
    "due_date": QT_TRANSLATE_NOOP("AuditFields", "Due"),
    "done_on": QT_TRANSLATE_NOOP("AuditFields", "Done on"),
    "space_kind": QT_TRANSLATE_NOOP("AuditFields", "Space wanted"),
    "submitted_on": QT_TRANSLATE_NOOP("AuditFields", "Submitted on"),
    "review_score": QT_TRANSLATE_NOOP("AuditFields", "Review score"),
    "reviewed_on": QT_TRANSLATE_NOOP("AuditFields", "Reviewed on"),
    "consultant_id": QT_TRANSLATE_NOOP("AuditFields", "Consultant"),
    "field": QT_TRANSLATE_NOOP("AuditFields", "Field"),
    "starts_at": QT_TRANSLATE_NOOP("AuditFields", "Starts"),
    "ends_at": QT_TRANSLATE_NOOP("AuditFields", "Ends"),
    "mode": QT_TRANSLATE_NOOP("AuditFields", "Mode"),
    "place": QT_TRANSLATE_NOOP("AuditFields", "Place"),
    "topic": QT_TRANSLATE_NOOP("AuditFields", "Topic"),
    "summary": QT_TRANSLATE_NOOP("AuditFields", "Summary"),
    "advice": QT_TRANSLATE_NOOP("AuditFields", "Advice"),
    "follow_up": QT_TRANSLATE_NOOP("AuditFields", "Follow-up"),
    "satisfaction": QT_TRANSLATE_NOOP("AuditFields", "Satisfaction"),
    "cancel_reason": QT_TRANSLATE_NOOP("AuditFields", "Reason for cancelling"),
    "number": QT_TRANSLATE_NOOP("AuditFields", "Number"),
    "purpose": QT_TRANSLATE_NOOP("AuditFields", "Purpose"),
    "city_amount": QT_TRANSLATE_NOOP("AuditFields", "City share"),
    "district_amount": QT_TRANSLATE_NOOP("AuditFields", "District share"),
    "copayment": QT_TRANSLATE_NOOP("AuditFields", "Co-payment"),
    "payee_bank": QT_TRANSLATE_NOOP("AuditFields", "Bank"),
    "payee_account": QT_TRANSLATE_NOOP("AuditFields", "Account"),
    "payee_holder": QT_TRANSLATE_NOOP("AuditFields", "Account holder"),
    "signed_on": QT_TRANSLATE_NOOP("AuditFields", "Signed on"),
    "cancelled_on": QT_TRANSLATE_NOOP("AuditFields", "Cancelled on"),
    "clawback_amount": QT_TRANSLATE_NOOP("AuditFields", "Clawback"),
    "amount": QT_TRANSLATE_NOOP("AuditFields", "Amount"),
    "label": QT_TRANSLATE_NOOP("AuditFields", "Label"),
    "planned_on": QT_TRANSLATE_NOOP("AuditFields", "Planned for"),
    "requested_by": QT_TRANSLATE_NOOP("AuditFields", "Requested by"),
    "approved_by": QT_TRANSLATE_NOOP("AuditFields", "Approved by"),
    "paid_on": QT_TRANSLATE_NOOP("AuditFields", "Paid on"),
    "employee_name": QT_TRANSLATE_NOOP("AuditFields", "Employee"),
    "gross_wage": QT_TRANSLATE_NOOP("AuditFields", "Gross wage"),
    "support_amount": QT_TRANSLATE_NOOP("AuditFields", "Support"),
    "claimed": QT_TRANSLATE_NOOP("AuditFields", "Claimed"),
    "approved": QT_TRANSLATE_NOOP("AuditFields", "Approved"),
    "decision": QT_TRANSLATE_NOOP("AuditFields", "Decision"),
    "returned_amount": QT_TRANSLATE_NOOP("AuditFields", "Returned"),
    "title": QT_TRANSLATE_NOOP("AuditFields", "Title"),
    "category": QT_TRANSLATE_NOOP("AuditFields", "Category"),
    "participants": QT_TRANSLATE_NOOP("AuditFields", "Participants"),
    "completed": QT_TRANSLATE_NOOP("AuditFields", "Completed"),
    "display_name": QT_TRANSLATE_NOOP("AuditFields", "Name"),
    "role": QT_TRANSLATE_NOOP("AuditFields", "Role"),
    "password_hash": QT_TRANSLATE_NOOP("AuditFields", "Password"),
    "value": QT_TRANSLATE_NOOP("AuditFields", "Value"),
    "rows": QT_TRANSLATE_NOOP("AuditFields", "Rows"),
    "hours": QT_TRANSLATE_NOOP("AuditFields", "Hours"),
    "sessions": QT_TRANSLATE_NOOP("AuditFields", "Sessions"),
    "completion_percent": QT_TRANSLATE_NOOP("AuditFields", "Completion rule (%)"),
    "named": QT_TRANSLATE_NOOP("AuditFields", "Participant list"),
    "course_id": QT_TRANSLATE_NOOP("AuditFields", "Course"),
    "sessions_attended": QT_TRANSLATE_NOOP("AuditFields", "Sessions attended"),
    "department": QT_TRANSLATE_NOOP("AuditFields", "Department"),
    "target_amount": QT_TRANSLATE_NOOP("AuditFields", "Target amount"),
    "purchased_on": QT_TRANSLATE_NOOP("AuditFields", "Purchased on"),
    "enterprise_name": QT_TRANSLATE_NOOP("AuditFields", "Enterprise"),
    "enterprise_kind": QT_TRANSLATE_NOOP("AuditFields", "Enterprise kind"),
    "changed_on": QT_TRANSLATE_NOOP("AuditFields", "Changed on"),
}

_ENUMS: dict[tuple[str, str], type[StrEnum]] = {
    ("teams", "kind"): TeamKind,
    ("teams", "status"): TeamStatus,
    ("spaces", "kind"): SpaceKind,
    ("tenancies", "status"): TenancyStatus,
    ("checklist_items", "kind"): ChecklistKind,
    ("applications", "space_kind"): SpaceKind,
    ("applications", "status"): ApplicationStatus,
    ("consultant_fields", "field"): ConsultingField,
    ("consulting_sessions", "field"): ConsultingField,
    ("consulting_sessions", "mode"): SessionMode,
    ("consulting_sessions", "status"): SessionStatus,
    ("grant_programs", "kind"): GrantKind,
    ("grant_agreements", "status"): AgreementStatus,
    ("disbursements", "status"): DisbursementStatus,
    ("settlements", "status"): SettlementStatus,
    ("settlement_expenses", "decision"): ExpenseDecision,
    ("staff_users", "role"): StaffRole,
    ("training_courses", "category"): TrainingCategory,
    ("yearly_targets", "metric"): TargetMetric,
    ("training_participants", "kind"): ParticipantKind,
    ("training_participants", "status"): ParticipationStatus,
    ("purchases", "enterprise_kind"): TeamKind,
    ("purchases", "category"): PurchaseCategory,
    ("team_status_changes", "status"): TeamStatus,
}

_MONEY = frozenset(
    {
        "monthly_fee",
        "deposit",
        "city_amount",
        "district_amount",
        "copayment",
        "clawback_amount",
        "amount",
        "city_budget",
        "district_budget",
        "cap_per_team",
        "monthly_wage_cap",
        "gross_wage",
        "support_amount",
        "claimed",
        "approved",
        "returned_amount",
        "target_amount",
    }
)


_EXPORT_KINDS: dict[str, str] = {
    "consultation_log": QT_TRANSLATE_NOOP("AuditFields", "Quarterly consultation log"),
    "agreement": QT_TRANSLATE_NOOP("AuditFields", "Grant agreements"),
    "annual_report": QT_TRANSLATE_NOOP("AuditFields", "Annual report"),
    "procurement_report": QT_TRANSLATE_NOOP("AuditFields", "Public procurement report"),
}

_EXPORT_PARAMETERS: dict[str, str] = {
    "quarter": QT_TRANSLATE_NOOP("AuditFields", "Quarter"),
    "format": QT_TRANSLATE_NOOP("AuditFields", "Format"),
    "encoding": QT_TRANSLATE_NOOP("AuditFields", "Encoding"),
    "numbers": QT_TRANSLATE_NOOP("AuditFields", "Agreement numbers"),
    "year": QT_TRANSLATE_NOOP("AuditFields", "Year"),
}


def export_kind(kind: str) -> str:
    """The translated name of a kind of export (its code when it has none)."""
    name = _EXPORT_KINDS.get(kind)
    return QCoreApplication.translate("AuditFields", name) if name else kind


def export_parameter(key: str) -> str:
    name = _EXPORT_PARAMETERS.get(key)
    return QCoreApplication.translate("AuditFields", name) if name else key


def table_name(table: str) -> str:
    """The translated name of a kind of record ("teams" → 기업·팀)."""
    name = _TABLES.get(table)
    return QCoreApplication.translate(TABLE_CONTEXT, name) if name else table


def field_name(field: str) -> str:
    name = _FIELDS.get(field)
    return QCoreApplication.translate(FIELD_CONTEXT, name) if name else field


def setting_name(key: str) -> str | None:
    """The translated name of a hub setting by its key, None for another key."""
    name = _SETTINGS.get(key)
    return QCoreApplication.translate(FIELD_CONTEXT, name) if name else None


def value_text(table: str, field: str, value: object) -> str:
    """A stored value as staff read it: enum names translated, money in won, yes/no."""
    if value is None:
        return ""
    if field in HIDDEN_FIELDS:
        return "••••"
    enum = _ENUMS.get((table, field))
    if enum is not None and isinstance(value, str) and value in enum._value2member_map_:
        return label(enum(value))
    if table == "checklist_items" and field == "item_key" and isinstance(value, str):
        return checklist_label(value)
    if table == "hub_settings" and field == "key" and value in _SETTINGS:
        return QCoreApplication.translate(FIELD_CONTEXT, _SETTINGS[str(value)])
    if isinstance(value, bool):
        return _yes_no(value)
    if isinstance(value, int) and field in _MONEY:
        return won(value)
    if isinstance(value, str) and len(value) >= 16 and value[10:11] == "T":
        return _minutes(value)
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def _yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("AuditFields", "Yes")
    return QCoreApplication.translate("AuditFields", "No")


def _minutes(text: str) -> str:
    """An ISO date-time as "2026-11-24 09:30"."""
    try:
        return f"{datetime.fromisoformat(text):%Y-%m-%d %H:%M}"
    except ValueError:
        return text
