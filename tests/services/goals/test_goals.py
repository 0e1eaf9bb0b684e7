"""The district's goals: operation rate, people trained, budget executed, targets."""

from __future__ import annotations

from datetime import date

import pytest
from support.grants import paid_disbursement
from support.hub import TODAY, Hub, refused

from hubdesk.domain.enums import AgreementStatus, TargetMetric, TeamKind, TeamStatus
from hubdesk.domain.enums import TrainingCategory as Category
from hubdesk.domain.errors import HubDeskError, InvalidPeriod, ValidationError
from hubdesk.services.goals.goals import GoalProgress, GoalService
from hubdesk.services.grants.agreements import AgreementDraft, GrantService
from hubdesk.services.grants.disbursements import DisbursementService
from hubdesk.services.people.teams import TeamDraft, TeamService


def goals(hub: Hub) -> GoalService:
    return GoalService(hub.db, hub.clerk)


def paid_agreement(hub: Hub, team: str, program: str, disbursements: list[int]) -> int:
    """An agreement signed and paid tranche by tranche: clerk requests, manager approves."""
    grants = GrantService(hub.db, hub.clerk)
    agreement = grants.create_agreement(
        AgreementDraft(
            team_id=hub.teams[team],
            program_id=hub.programs[program],
            purpose="친환경 포장재 개발",
            start_date=date(2026, 4, 1),
            end_date=date(2026, 12, 31),
            city_amount=6_000_000,
            district_amount=4_000_000,
            copayment=2_000_000,
        )
    )
    grants.advance(agreement.id, AgreementStatus.SIGNED, date(2026, 4, 1))
    for amount in disbursements:
        paid_disbursement(hub, agreement.id, amount)
    return agreement.id


def test_operation_rate_counts_registered_enterprises_without_startup_teams(hub: Hub) -> None:
    assert goals(hub).operation_rate() == (3, 3)
    teams = TeamService(hub.db, hub.clerk)
    teams.add(
        TeamDraft("독산동 돌봄협동조합", TeamKind.COOPERATIVE, "정수민", status=TeamStatus.DORMANT)
    )
    teams.add(TeamDraft("두번째 창업팀", TeamKind.STARTUP_TEAM, "한지민"))
    assert goals(hub).operation_rate() == (3, 4)
    teams.close(hub.teams["village"], TODAY)  # closed: still registered, not operating
    assert goals(hub).operation_rate() == (2, 4)
    teams.close(hub.teams["social"], TODAY, archive=True)  # archived: left the register
    assert goals(hub).operation_rate() == (1, 3)
    teams.close(hub.teams["startup"], TODAY)  # a startup team never counts
    assert goals(hub).operation_rate() == (1, 3)


def test_people_trained_per_year_by_the_course_start(hub: Hub) -> None:
    service = goals(hub)
    service.add_course(
        "사회적경제 아카데미", Category.ACADEMY, date(2026, 3, 2), date(2026, 6, 30), 61, 55
    )
    service.add_course(
        "학교 협동조합 교육", Category.SCHOOL, date(2026, 4, 1), date(2026, 4, 1), 500, 500
    )
    service.add_course(
        "캠퍼스타운", Category.CAMPUS_TOWN, date(2025, 12, 1), date(2026, 2, 27), 19, 12
    )
    assert service.people_trained(2026) == 561
    assert service.people_trained(2025) == 19
    assert service.people_trained(2024) == 0


def test_add_course_returns_the_record(hub: Hub) -> None:
    course = goals(hub).add_course(
        "공공구매 담당자 교육",
        Category.PROCUREMENT,
        date(2026, 5, 1),
        date(2026, 5, 2),
        51,
        49,
        provider="금천구청",
    )
    assert (course.title, course.participants, course.completed) == ("공공구매 담당자 교육", 51, 49)


@pytest.mark.parametrize(
    ("end", "participants", "completed", "error"),
    [
        (date(2026, 3, 3), 20, 21, ValidationError),  # more completed than took part
        (date(2026, 3, 1), 20, 10, InvalidPeriod),  # ends before it starts
    ],
)
def test_a_course_with_bad_figures_is_refused(
    hub: Hub, end: date, participants: int, completed: int, error: type[HubDeskError]
) -> None:
    service = goals(hub)
    refused(
        hub.db,
        error,
        service.add_course,
        "아카데미",
        Category.ACADEMY,
        date(2026, 3, 2),
        end,
        participants,
        completed,
    )


def test_budget_executed_sums_paid_disbursements_net_of_reversals(hub: Hub) -> None:
    service = goals(hub)
    assert service.budget_executed(2026) == 0
    first = paid_agreement(hub, "coop", "dev", [6_000_000, 3_000_000])
    assert service.budget_executed(2026) == 9_000_000

    # Planned, requested and approved money is not executed yet.
    clerk = DisbursementService(hub.db, hub.clerk)
    third = clerk.plan(first, 1_000_000)
    clerk.request(third.id)
    DisbursementService(hub.db, hub.manager).approve(third.id)
    assert service.budget_executed(2026) == 9_000_000

    # A reversing entry (requested, approved and paid like any) nets the paid one out.
    disbursements = clerk.of_agreement(first)
    reversal = clerk.reverse(disbursements[1].id, "중복 지급")
    assert reversal.amount == -3_000_000
    DisbursementService(hub.db, hub.manager).approve(reversal.id)
    clerk.pay(reversal.id, date(2026, 6, 1))
    assert service.budget_executed(2026) == 6_000_000

    paid_agreement(hub, "social", "staff", [2_000_000])
    assert service.budget_executed(2026) == 8_000_000
    assert service.budget_executed(2025) == 0


def test_money_clawed_back_is_not_executed(hub: Hub) -> None:
    service = goals(hub)
    agreement = paid_agreement(hub, "coop", "dev", [6_000_000])
    GrantService(hub.db, hub.clerk).cancel(agreement, TODAY, "부정수급 확인", clawback=4_000_000)
    assert service.budget_executed(2026) == 2_000_000


def test_operation_rate_of_a_past_year_is_unknown(hub: Hub) -> None:
    rate = {p.metric: p for p in goals(hub).progress(2025, TODAY)}[TargetMetric.OPERATION_RATE]
    assert rate.actual is None and rate.achieved is None


def test_targets_and_progress(hub: Hub) -> None:
    service = goals(hub)
    service.add_course("학교 교육", Category.SCHOOL, date(2026, 4, 1), date(2026, 4, 1), 500, 500)
    service.set_target(2026, TargetMetric.PEOPLE_TRAINED, 600)
    service.set_target(2026, TargetMetric.BUDGET_EXECUTION, 9_000_000)
    paid_agreement(hub, "coop", "dev", [9_000_000])

    progress = {p.metric: p for p in service.progress(2026, TODAY)}
    assert progress[TargetMetric.PEOPLE_TRAINED] == GoalProgress(
        2026, TargetMetric.PEOPLE_TRAINED, 600, 500
    )
    assert progress[TargetMetric.PEOPLE_TRAINED].achieved is False
    assert progress[TargetMetric.BUDGET_EXECUTION].achieved is True
    assert progress[TargetMetric.OPERATION_RATE].target is None
    assert progress[TargetMetric.OPERATION_RATE].achieved is None
    assert progress[TargetMetric.OPERATION_RATE].actual == 100

    service.set_target(2026, TargetMetric.PEOPLE_TRAINED, 500)  # replaces, not a second row
    progress = {p.metric: p for p in service.progress(2026, TODAY)}
    assert progress[TargetMetric.PEOPLE_TRAINED].target == 500
    assert progress[TargetMetric.PEOPLE_TRAINED].achieved is True
    assert {p.target for p in service.progress(2027, TODAY)} == {None}


def test_operation_rate_target_is_not_met_by_rounding_up(hub: Hub) -> None:
    """2 of 3 operate: 66.7% does not reach a 67% target."""
    TeamService(hub.db, hub.clerk).close(hub.teams["village"], TODAY)
    service = goals(hub)
    service.set_target(2026, TargetMetric.OPERATION_RATE, 67)
    rate = {p.metric: p for p in service.progress(2026, TODAY)}[TargetMetric.OPERATION_RATE]
    assert rate.actual == 66
    assert rate.achieved is False


@pytest.mark.parametrize(
    ("year", "value"),
    [(1999, 10), (2101, 10), (2026, -1)],
)
def test_set_target_checks_year_and_value(hub: Hub, year: int, value: int) -> None:
    refused(
        hub.db, ValidationError, goals(hub).set_target, year, TargetMetric.PEOPLE_TRAINED, value
    )
