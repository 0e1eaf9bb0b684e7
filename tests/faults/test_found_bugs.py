"""The bad values Hypothesis found, one test each: every one is fixed and stays fixed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time
from typing import Any

import pytest
from support.grants import dev_draft, paid_disbursement
from support.hub import TODAY, Hub, refused

from hubdesk.domain.enums import (
    AgreementStatus,
    ConsultingField,
    SessionMode,
    SpaceKind,
    TeamKind,
    TeamStatus,
)
from hubdesk.domain.errors import (
    HubDeskError,
    InvalidTransition,
    TeamHasRecords,
    ValidationError,
)
from hubdesk.gui.text.messages import _REASONS, describe
from hubdesk.services.consulting.sessions import ConsultingService, SessionDraft
from hubdesk.services.core.boundary import check_value
from hubdesk.services.grants.agreements import GrantService
from hubdesk.services.grants.settlements import SettlementService
from hubdesk.services.people.teams import TeamDraft, TeamService
from hubdesk.services.spaces.applications import ApplicationService
from hubdesk.services.spaces.spaces import SpaceService, TenancyDraft


def test_a_settlement_is_opened_once(hub: Hub) -> None:
    """Was: the second open() of a settlement-due agreement hit the UNIQUE constraint."""
    grants = GrantService(hub.db, hub.admin)
    agreement = grants.create_agreement(dev_draft(hub))
    grants.advance(agreement.id, AgreementStatus.SIGNED, date(2026, 4, 1))
    paid_disbursement(hub, agreement.id, 1_000_000)
    settlements = SettlementService(hub.db, hub.admin)
    settlements.open(agreement.id)
    refused(hub.db, InvalidTransition, settlements.open, agreement.id)


def test_a_team_with_an_application_is_not_deleted(hub: Hub) -> None:
    """Was: delete() counted tenancies, sessions and agreements only: FOREIGN KEY failed."""
    team = hub.teams["startup"]
    ApplicationService(hub.db, hub.clerk).submit(team, SpaceKind.OPEN_DESK, 1, TODAY)
    error = refused(hub.db, TeamHasRecords, TeamService(hub.db, hub.clerk).delete, team)
    assert error.values["applications"] == 1


@pytest.mark.parametrize(
    "status, closed_on",
    [(TeamStatus.ARCHIVED, None), (TeamStatus.CLOSED, None), (TeamStatus.OPERATING, TODAY)],
)
def test_status_and_closing_day_go_together(
    hub: Hub, status: TeamStatus, closed_on: date | None
) -> None:
    """Was: revert_status and restore hit the closed_on_iff_closed CHECK constraint."""
    teams = TeamService(hub.db, hub.clerk)
    team = teams.get(hub.teams["coop"])
    refused(hub.db, ValidationError, teams.revert_status, team.id, status, closed_on)
    gone = teams.add(TeamDraft("지운 팀", TeamKind.OTHER, "김지움"))
    teams.delete(gone.id)
    broken = replace(gone, status=status, closed_on=closed_on)
    refused(hub.db, ValidationError, teams.restore, broken)


def test_restore_checks_the_texts_like_add(hub: Hub) -> None:
    """Was: restore wrote a record's texts unchecked (an empty name hit a CHECK constraint)."""
    teams = TeamService(hub.db, hub.clerk)
    gone = teams.add(TeamDraft("지운 팀", TeamKind.OTHER, "김지움"))
    teams.delete(gone.id)
    refused(hub.db, ValidationError, teams.restore, replace(gone, name=" "))


def test_occupancy_history_is_at_most_ten_years(hub: Hub) -> None:
    """Was: months=19_156_800 ran date arithmetic off the calendar (OverflowError)."""
    refused(
        hub.db, ValidationError, SpaceService(hub.db, hub.admin).occupancy_history, TODAY, 10**7
    )


# Values a dialog, an import or a script can hand over; each must get a typed refusal.
WRONG: list[tuple[str, Callable[[Hub], Callable[[], Any]]]] = [
    ("id beyond SQLite's integers", lambda h: lambda: TeamService(h.db, h.clerk).get(2**64)),
    ("id that is not a number", lambda h: lambda: TeamService(h.db, h.clerk).get({})),
    ("date as text", lambda h: lambda: TeamService(h.db, h.clerk).close(1, "2026-11-24")),
    (
        "date at the end of the calendar",
        lambda h: (
            lambda: SpaceService(h.db, h.admin).allocate(
                TenancyDraft(h.teams["coop"], h.spaces["2F-OD1"], 1, date.max)
            )
        ),
    ),
    (
        "time stamp for a day",
        lambda h: lambda: SpaceService(h.db, h.admin).occupancy(datetime(2026, 11, 24, 9)),
    ),
    (
        "kind that does not exist",
        lambda h: lambda: TeamService(h.db, h.clerk).add(TeamDraft("새 팀", "없는값", "김")),  # type: ignore[arg-type]
    ),
    (
        "float for money",
        lambda h: (
            lambda: SpaceService(h.db, h.admin).allocate(
                TenancyDraft(h.teams["coop"], h.spaces["2F-OD1"], 1, TODAY, deposit=1.5)  # type: ignore[arg-type]
            )
        ),
    ),
    (
        "None for a name",
        lambda h: lambda: TeamService(h.db, h.clerk).add(TeamDraft(None, TeamKind.OTHER, "김")),  # type: ignore[arg-type]
    ),
]


@pytest.mark.parametrize("case", [name for name, _ in WRONG])
def test_wrong_values_get_a_validation_error_naming_the_field(hub: Hub, case: str) -> None:
    call = dict(WRONG)[case](hub)
    error = refused(hub.db, ValidationError, call)
    assert error.values["field"] and error.values["reason"]


def _session(hub: Hub, **changes: Any) -> SessionDraft:
    values: dict[str, Any] = {
        "team_id": hub.teams["coop"],
        "consultant_id": hub.consultants["kang"],
        "field": ConsultingField.STRATEGY,
        "day": date(2026, 11, 30),
        "start": time(10),
        "minutes": 60,
        "mode": SessionMode.IN_PERSON,
        "topic": "판로",
    }
    return SessionDraft(**{**values, **changes})


CONSULTING: list[tuple[str, Callable[[Hub], Callable[[], Any]]]] = [
    ("idle_teams(today='2026-11-24')", lambda h: lambda: _consulting(h).idle_teams("2026-11-24")),
    ("idle_teams(today=date.min)", lambda h: lambda: _consulting(h).idle_teams(date.min)),
    ("quota_usage(year=0)", lambda h: lambda: _consulting(h).quota_usage(0)),
    ("quota_usage(year=None)", lambda h: lambda: _consulting(h).quota_usage(None)),
    (
        "schedule(day='2026-11-30')",
        lambda h: lambda: _consulting(h).schedule(_session(h, day="2026-11-30")),
    ),
    (
        "check_schedule(day=date.max, start=23:30)",
        lambda h: (
            lambda: _consulting(h).check_schedule(_session(h, day=date.max, start=time(23, 30)))
        ),
    ),
]


def _consulting(hub: Hub) -> ConsultingService:
    return ConsultingService(hub.db, hub.admin)


@pytest.mark.parametrize("case", [name for name, _ in CONSULTING])
def test_consulting_refuses_bad_values_with_typed_errors(hub: Hub, case: str) -> None:
    refused(hub.db, HubDeskError, dict(CONSULTING)[case](hub))


def test_the_refusal_to_delete_names_the_applications(hub: Hub) -> None:
    team = hub.teams["startup"]
    ApplicationService(hub.db, hub.clerk).submit(team, SpaceKind.OPEN_DESK, 1, TODAY)
    with pytest.raises(TeamHasRecords) as caught:
        TeamService(hub.db, hub.clerk).delete(team)
    assert "1 applications" in caught.value.message
    assert "1 applications" in describe(caught.value)


@pytest.mark.parametrize(
    "value, hint",
    [
        (3, str),
        ("2026-11-24", date),
        (date(1, 1, 1), date),
        (float("nan"), float),
        ("x", tuple[str, ...]),
        (None, bool),
        ("10:00", time),
        ("없는값", TeamKind),
        (1.5, int),
        (2**64, int),
    ],
)
def test_every_wrong_type_reason_has_a_sentence_to_translate(value: Any, hint: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        check_value(value, hint, "field")
    reason = caught.value.values["reason"]
    assert any(pattern.match(reason) for pattern, _template in _REASONS), reason
