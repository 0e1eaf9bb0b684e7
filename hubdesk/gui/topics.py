"""Which pages a change concerns: the tables an edit changed, mapped to the topics
pages listen for, in this one place.

The write path reports the tables it changed (``storage.changes``); a page shows some
topics (its ``SHOWN_TOPICS``). A table belongs to every topic whose page shows it: a
consulting session is on the Consulting page and in a team's detail on the Teams page,
so a session changes both SESSIONS and TEAMS. An empty set means "everything".
"""

from __future__ import annotations

from hubdesk.storage.changes import Changes

TEAMS, SPACES, TENANCIES, APPLICATIONS = "teams", "spaces", "tenancies", "applications"
SESSIONS, CONSULTANTS = "sessions", "consultants"
GRANTS = "grants"  # programs, agreements, disbursements and settlements
GOALS = "goals"  # the dashboard: targets, training, procurement, and every figure they count
AUDIT = "audit"  # the trail, the export log, the staff who appear in them

EVERYTHING: frozenset[str] = frozenset()
_GRANTS = frozenset({GRANTS, TEAMS, GOALS})  # a team's detail lists its agreements
_TENANCIES = frozenset({TENANCIES, SPACES, TEAMS, GOALS})  # the team list names its rooms

TABLE_TOPICS: dict[str, frozenset[str]] = {
    "teams": frozenset({TEAMS, GOALS}),
    "team_status_changes": frozenset({TEAMS, GOALS}),
    "spaces": frozenset({SPACES, GOALS}),
    "tenancies": _TENANCIES,
    "tenancy_renewals": _TENANCIES,
    "checklist_items": _TENANCIES,
    "applications": frozenset({APPLICATIONS}),
    "consulting_sessions": frozenset({SESSIONS, TEAMS, GOALS}),
    "consultants": frozenset({CONSULTANTS, SESSIONS}),
    "consultant_fields": frozenset({CONSULTANTS, SESSIONS}),
    "mous": frozenset({CONSULTANTS, SESSIONS, GOALS}),
    "grant_programs": _GRANTS,
    "grant_agreements": _GRANTS,
    "disbursements": _GRANTS,
    "wage_lines": _GRANTS,
    "settlements": _GRANTS,
    "settlement_expenses": _GRANTS,
    "training_courses": frozenset({GOALS}),
    "training_participants": frozenset({GOALS}),
    "yearly_targets": frozenset({GOALS}),
    "procurement_targets": frozenset({GOALS}),
    "purchases": frozenset({GOALS}),
    "staff_users": frozenset({AUDIT}),
    "export_log": frozenset({AUDIT}),
}
# Facts every page may show (the hub's name, days off that move deadlines).
SHOWN_EVERYWHERE = frozenset({"hub_settings", "days_off"})
# HubDesk's own bookkeeping: no page shows it.
UNSHOWN = frozenset({"pending_outputs", "audit_log"})


def topics_of(changes: Changes) -> frozenset[str] | None:
    """The topics ``changes`` concern; None when no page shows any of it."""
    tables = changes.tables - UNSHOWN
    if not tables:
        return None
    if tables & SHOWN_EVERYWHERE or tables - TABLE_TOPICS.keys():
        return EVERYTHING  # a table no page claims yet: refresh them all, never go stale
    return frozenset({AUDIT}).union(*(TABLE_TOPICS[table] for table in tables))
