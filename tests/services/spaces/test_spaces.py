"""Space rules: seats over time, one team per private office, terms, renewals, move-out."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from support.hub import TODAY, Hub, refused

from hubdesk.domain.enums import ChecklistKind, TenancyStatus
from hubdesk.domain.errors import (
    InvalidPeriod,
    InvalidTransition,
    MaxStayExceeded,
    PrivateOfficeTaken,
    SeatsExceeded,
    SpaceNotLettable,
    ValidationError,
)
from hubdesk.services.core.settings import SettingsService
from hubdesk.services.demo import generate_demo
from hubdesk.services.people.staff import actor_for
from hubdesk.services.people.teams import TeamService
from hubdesk.services.spaces.spaces import SpaceService, TenancyDraft
from hubdesk.storage import Database


@pytest.fixture
def spaces(hub: Hub) -> SpaceService:
    return SpaceService(hub.db, hub.clerk)


def test_allocation_runs_one_year_and_opens_the_move_in_checklist(
    hub: Hub, spaces: SpaceService
) -> None:
    tenancy = spaces.allocate(
        TenancyDraft(hub.teams["coop"], hub.spaces["3F-301"], 4, date(2026, 3, 1))
    )
    assert (tenancy.start_date, tenancy.end_date) == (date(2026, 3, 1), date(2027, 2, 28))
    items = spaces.checklist(tenancy.id)
    assert [i.item_key for i in items] == ["keys_handed", "deposit_received", "address_moved"]
    address = next(i for i in items if i.item_key == "address_moved")
    assert address.due_date == date(2026, 6, 1)  # 3 months for an enterprise


def test_startup_team_has_six_months_to_move_its_address(hub: Hub, spaces: SpaceService) -> None:
    tenancy = spaces.allocate(
        TenancyDraft(hub.teams["startup"], hub.spaces["2F-OD1"], 1, date(2026, 3, 3))
    )
    address = next(i for i in spaces.checklist(tenancy.id) if i.item_key == "address_moved")
    assert address.due_date == date(2026, 9, 3)


def test_private_office_holds_one_team_at_a_time(hub: Hub, spaces: SpaceService) -> None:
    first = spaces.allocate(
        TenancyDraft(hub.teams["coop"], hub.spaces["3F-301"], 2, date(2026, 3, 1))
    )
    error = refused(
        hub.db,
        PrivateOfficeTaken,
        spaces.allocate,
        TenancyDraft(hub.teams["social"], hub.spaces["3F-301"], 1, date(2026, 12, 1)),
    )
    assert "금천도시농업협동조합" in str(error)
    assert str(first.start_date) in error.values["clashes"]


def test_private_office_is_free_again_after_the_term(hub: Hub, spaces: SpaceService) -> None:
    spaces.allocate(TenancyDraft(hub.teams["coop"], hub.spaces["3F-301"], 2, date(2025, 3, 1)))
    later = spaces.allocate(
        TenancyDraft(hub.teams["social"], hub.spaces["3F-301"], 2, date(2026, 3, 1))
    )
    assert later.start_date == date(2026, 3, 1)


def test_seats_of_overlapping_tenancies_never_exceed_the_space(
    hub: Hub, spaces: SpaceService
) -> None:
    desk = hub.spaces["2F-OD1"]  # 6 seats
    spaces.allocate(TenancyDraft(hub.teams["coop"], desk, 3, date(2026, 1, 1)))
    spaces.allocate(TenancyDraft(hub.teams["social"], desk, 2, date(2026, 6, 1)))
    error = refused(
        hub.db,
        SeatsExceeded,
        spaces.allocate,
        TenancyDraft(hub.teams["village"], desk, 2, date(2026, 9, 1)),
    )
    assert error.values["taken"] == 5
    assert error.values["capacity"] == 6
    assert len(error.values["clash_ids"]) == 2
    # One seat still fits, and a term that starts after the first one ends fits two.
    spaces.allocate(TenancyDraft(hub.teams["village"], desk, 1, date(2026, 9, 1)))
    spaces.allocate(
        TenancyDraft(hub.teams["startup"], desk, 2, date(2027, 1, 1), date(2027, 5, 31))
    )


def test_seats_free_up_when_a_tenancy_ends_early(hub: Hub, spaces: SpaceService) -> None:
    desk = hub.spaces["2F-OD1"]
    first = spaces.allocate(TenancyDraft(hub.teams["coop"], desk, 6, date(2026, 1, 1)))
    refused(
        hub.db,
        SeatsExceeded,
        spaces.allocate,
        TenancyDraft(hub.teams["social"], desk, 1, date(2026, 7, 1)),
    )
    spaces.move_out(first.id, date(2026, 6, 30), "사업장 이전")
    assert spaces.allocate(TenancyDraft(hub.teams["social"], desk, 6, date(2026, 7, 1))).seats == 6


def test_check_allocation_reports_the_clash_without_writing(hub: Hub, spaces: SpaceService) -> None:
    spaces.allocate(TenancyDraft(hub.teams["coop"], hub.spaces["3F-301"], 2, date(2026, 3, 1)))
    refused(
        hub.db,
        PrivateOfficeTaken,
        spaces.check_allocation,
        hub.spaces["3F-301"],
        1,
        date(2026, 5, 1),
        date(2026, 8, 31),
    )


def test_end_must_be_after_start(hub: Hub, spaces: SpaceService) -> None:
    refused(
        hub.db,
        InvalidPeriod,
        spaces.allocate,
        TenancyDraft(
            hub.teams["coop"], hub.spaces["2F-OD1"], 1, date(2026, 3, 1), date(2026, 3, 1)
        ),
    )


def test_meeting_rooms_are_not_let(hub: Hub, spaces: SpaceService) -> None:
    refused(
        hub.db,
        SpaceNotLettable,
        spaces.allocate,
        TenancyDraft(hub.teams["coop"], hub.spaces["2F-MR1"], 1, TODAY),
    )


def test_closed_team_gets_no_space(hub: Hub, spaces: SpaceService) -> None:
    TeamService(hub.db, hub.clerk).close(hub.teams["village"], TODAY)
    refused(
        hub.db,
        ValidationError,
        spaces.allocate,
        TenancyDraft(hub.teams["village"], hub.spaces["2F-OD1"], 1, TODAY),
    )


def test_renewals_extend_the_same_tenancy_up_to_the_maximum_stay(
    hub: Hub, spaces: SpaceService
) -> None:
    tenancy = spaces.allocate(
        TenancyDraft(hub.teams["coop"], hub.spaces["3F-301"], 2, date(2024, 1, 1))
    )
    tenancy = spaces.renew(tenancy.id, date(2024, 12, 1), review_note="연간 심사 통과")
    tenancy = spaces.renew(tenancy.id, date(2025, 12, 1))
    assert tenancy.end_date == date(2026, 12, 31)
    assert tenancy.renewals == 2
    error = refused(hub.db, MaxStayExceeded, spaces.renew, tenancy.id, date(2026, 12, 1))
    assert error.values["max_months"] == 36 and error.values["months"] == 48


def test_maximum_stay_is_a_hub_setting(hub: Hub, spaces: SpaceService) -> None:
    settings = SettingsService(hub.db, hub.admin)
    from dataclasses import replace

    settings.save(replace(settings.settings(), max_stay_months=48))
    tenancy = spaces.allocate(
        TenancyDraft(hub.teams["coop"], hub.spaces["3F-301"], 2, date(2024, 1, 1))
    )
    for year in (2024, 2025, 2026):
        tenancy = spaces.renew(tenancy.id, date(year, 12, 1))
    assert tenancy.renewals == 3


def test_renewal_must_not_collide_with_the_next_tenancy(hub: Hub, spaces: SpaceService) -> None:
    office = hub.spaces["3F-301"]
    first = spaces.allocate(TenancyDraft(hub.teams["coop"], office, 2, date(2025, 1, 1)))
    spaces.allocate(TenancyDraft(hub.teams["social"], office, 2, date(2026, 1, 1)))
    refused(hub.db, PrivateOfficeTaken, spaces.renew, first.id, date(2025, 12, 1))


def test_move_out_opens_the_move_out_checklist(hub: Hub, spaces: SpaceService) -> None:
    tenancy = spaces.allocate(
        TenancyDraft(hub.teams["coop"], hub.spaces["3F-301"], 2, date(2026, 1, 1))
    )
    ended = spaces.move_out(tenancy.id, date(2026, 8, 31), "사무실 확장 이전")
    assert ended.status == TenancyStatus.ENDED
    assert ended.last_day == date(2026, 8, 31)
    move_out = [i for i in spaces.checklist(tenancy.id) if i.kind == ChecklistKind.MOVE_OUT]
    assert {i.item_key for i in move_out} == {
        "keys_returned",
        "deposit_returned",
        "space_inspected",
    }
    ticked = spaces.tick(move_out[0].id, date(2026, 8, 31))
    assert ticked.done_on == date(2026, 8, 31)
    refused(hub.db, InvalidTransition, spaces.move_out, tenancy.id, date(2026, 9, 1))
    refused(hub.db, InvalidTransition, spaces.renew, tenancy.id, date(2026, 9, 1))


def test_occupancy_is_seats_taken_over_seats_offered(hub: Hub, spaces: SpaceService) -> None:
    spaces.allocate(TenancyDraft(hub.teams["coop"], hub.spaces["3F-301"], 4, date(2026, 1, 1)))
    spaces.allocate(TenancyDraft(hub.teams["social"], hub.spaces["2F-OD1"], 3, date(2026, 11, 1)))
    today = spaces.occupancy(TODAY)
    assert (today.seats_taken, today.seats_offered) == (7, 10)  # the meeting room is not offered
    assert today.rate == pytest.approx(0.7)
    history = spaces.occupancy_history(TODAY)
    assert len(history) == 12 and history[-1] == today
    assert history == [spaces.occupancy(h.on) for h in history]  # one query, the same sums
    assert [(h.on, h.seats_taken) for h in history[:2]] == [
        (date(2025, 12, 31), 0),  # before the office was let
        (date(2026, 1, 31), 4),  # the office only
    ]


def test_tenancies_ending_within_sixty_days_are_flagged(hub: Hub, spaces: SpaceService) -> None:
    soon = spaces.allocate(
        TenancyDraft(hub.teams["coop"], hub.spaces["3F-301"], 2, date(2026, 1, 1))
    )
    spaces.allocate(TenancyDraft(hub.teams["social"], hub.spaces["2F-OD1"], 2, date(2026, 6, 1)))
    assert [t.id for t in spaces.ending_soon(TODAY)] == [soon.id]
    assert spaces.ending_soon_count(TODAY) == 1


def test_spaces_with_room_are_the_closest_fits_space_by_space(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    generate_demo(path, today=TODAY)
    with Database.open(path, create=False) as db:
        spaces = SpaceService(db, actor_for(db, "manager"))
        lettable = spaces.lettable_spaces()
        for seats, start, end in (
            (1, TODAY, date(2027, 11, 23)),
            (2, date(2026, 1, 1), date(2026, 3, 31)),
            (4, TODAY, TODAY),
            (1, date(2030, 1, 1), date(2030, 12, 31)),  # nobody yet: every space
        ):
            fewest = {
                space.id: min(run.free for run in spaces.availability(space.id, start, end))
                for space in lettable
            }
            expected = sorted(
                (fewest[s.id] - seats, s.code, s.id) for s in lettable if fewest[s.id] >= seats
            )[:5]
            rooms = spaces.spaces_with_room(seats, start, end)
            assert [(r.free - seats, r.space.code, r.space.id) for r in rooms] == expected
            assert all(r.space in lettable for r in rooms)
