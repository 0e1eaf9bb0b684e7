"""A consulting session draft for tests: Kang advises the cooperative on strategy."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from hubdesk.domain.enums import ConsultingField, SessionMode
from hubdesk.services.consulting.sessions import SessionDraft
from support.hub import Hub

SESSION_DAY = date(2026, 11, 2)  # a Monday inside the hub fixture's MOU (2025–2027)


def session_draft(
    hub: Hub,
    *,
    team: str = "coop",
    day: date = SESSION_DAY,
    start: time = time(10, 0),
    **changes: Any,
) -> SessionDraft:
    """One hour from ``start`` on ``day``, in person; ``changes`` override any field."""
    values: dict[str, Any] = {
        "team_id": hub.teams[team],
        "consultant_id": hub.consultants["kang"],
        "field": ConsultingField.STRATEGY,
        "day": day,
        "start": start,
        "minutes": 60,
        "mode": SessionMode.IN_PERSON,
        "topic": "사업계획 점검",
        "place": "3층 회의실",
    }
    values.update(changes)
    return SessionDraft(**values)
