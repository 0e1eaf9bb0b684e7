"""The district's goals: operation rate, people trained, budget executed, targets."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import text
from support.grants import paid_disbursement
from support.hub import TODAY, Hub, refused

from hubdesk.domain.enums import (
    AgreementStatus,
    ParticipantKind,
    ParticipationStatus,
    TargetMetric,
    TeamKind,
    TeamStatus,
)
from hubdesk.domain.enums import TrainingCategory as Category
from hubdesk.domain.errors import (
    HubDeskError,
    InvalidPeriod,
    PermissionDenied,
    RecordChanged,
    ValidationError,
)
from hubdesk.domain.goals import GoalFigure
from hubdesk.services.goals.goals import GoalService
from hubdesk.services.grants.agreements import AgreementDraft, GrantService
from hubdesk.services.grants.disbursements import DisbursementService
from hubdesk.services.people.teams import TeamDraft, TeamService
from hubdesk.storage.models import TrainingCourse, TrainingParticipant

M = TargetMetric


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
    assert service.people_trained(2026) == 555  # completions, not participants
    assert service.people_trained(2025) == 12
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


@pytest.mark.parametrize(
    ("year", "value"),
    [(1999, 10), (2101, 10), (2026, -1)],
)
def test_set_target_checks_year_and_value(hub: Hub, year: int, value: int) -> None:
    service = GoalService(hub.db, hub.director)
    refused(hub.db, ValidationError, service.set_target, year, TargetMetric.PEOPLE_TRAINED, value)


def by_metric(figures: tuple[GoalFigure, ...]) -> dict[TargetMetric, GoalFigure]:
    assert [f.metric for f in figures] == list(TargetMetric)  # every goal, in order
    return {f.metric: f for f in figures}


def admin_goals(hub: Hub) -> GoalService:
    return GoalService(hub.db, hub.director)


def test_figures_compare_each_goal_with_its_target_and_pace(hub: Hub) -> None:
    service = admin_goals(hub)
    service.add_course("학교 교육", Category.SCHOOL, date(2026, 4, 1), date(2026, 4, 1), 500, 500)
    service.set_targets({(2026, M.PEOPLE_TRAINED): 800, (2026, M.OPERATION_RATE): 76})
    service.set_targets({(2026, M.BUDGET_CITY): 4_000_000, (2026, M.BUDGET_DISTRICT): 1_000})
    paid_agreement(hub, "coop", "dev", [9_000_000])  # city 6 of 10 million, district 4

    figures = by_metric(service.figures(2026, TODAY))
    share = ((TODAY - date(2026, 1, 1)).days + 1) / 365  # 328 of 365 days
    trained = figures[M.PEOPLE_TRAINED]
    assert (trained.year, trained.target, trained.actual, trained.of) == (2026, 800, 500, None)
    assert trained.pace == pytest.approx(800 * share)
    assert trained.behind_pace  # 500 < 718.9
    assert trained.percent_of_target == pytest.approx(62.5)
    city, district = figures[M.BUDGET_CITY], figures[M.BUDGET_DISTRICT]
    assert (city.actual, district.actual) == (5_400_000, 3_600_000)  # 9 M × 6/10 and × 4/10
    assert figures[M.BUDGET_EXECUTION].actual == 9_000_000
    assert figures[M.BUDGET_EXECUTION].target is None and figures[M.BUDGET_EXECUTION].pace is None
    assert not city.behind_pace  # 5.4 M ≥ 4 M × share


def test_the_rate_is_read_from_the_history_against_its_target(hub: Hub) -> None:
    """The fixture's three enterprises operate since TODAY; a dormant cooperative joins."""
    service = admin_goals(hub)
    service.set_target(2026, M.OPERATION_RATE, 76)
    draft = TeamDraft("독산 협동조합", TeamKind.COOPERATIVE, "유하나", founded_on=date(2019, 1, 2))
    TeamService(hub.db, hub.clerk).add(replace(draft, status=TeamStatus.DORMANT), today=TODAY)
    rate = by_metric(service.figures(2026, TODAY))[M.OPERATION_RATE]
    assert (rate.actual, rate.of, rate.target, rate.pace) == (3, 4, 76, 76)  # a state: no pace
    assert rate.value == 75 and rate.behind_pace


def test_a_past_year_is_measured_against_its_whole_target(hub: Hub) -> None:
    service = admin_goals(hub)
    service.set_target(2025, M.PEOPLE_TRAINED, 600)
    service.add_course(
        "캠퍼스타운", Category.CAMPUS_TOWN, date(2025, 3, 1), date(2025, 5, 1), 19, 12
    )
    trained = by_metric(service.figures(2025, TODAY))[M.PEOPLE_TRAINED]
    assert (trained.actual, trained.pace) == (12, 600)
    future = by_metric(service.figures(2027, TODAY))[M.PEOPLE_TRAINED]
    assert future.pace is None and future.actual == 0


def test_the_term_sums_targets_and_actuals_and_takes_the_rate_of_its_last_year(hub: Hub) -> None:
    service = admin_goals(hub)
    plan = {2025: 600, 2026: 800, 2027: 1_000}
    service.set_targets({(year, M.PEOPLE_TRAINED): value for year, value in plan.items()})
    service.set_targets({(2026, M.OPERATION_RATE): 77, (2027, M.OPERATION_RATE): 78})
    service.set_target(2027, M.PEOPLE_TRAINED_TERM, 4_600)
    service.add_course("아카데미", Category.ACADEMY, date(2025, 3, 1), date(2025, 5, 1), 61, 55)
    service.add_course("학교", Category.SCHOOL, date(2026, 4, 1), date(2026, 4, 1), 500, 500)
    service.add_course("전", Category.OTHER, date(2024, 4, 1), date(2024, 4, 1), 9, 9)  # before
    assert service.term() == (2025, 2027)

    figures = by_metric(service.figures(None, TODAY))
    trained = figures[M.PEOPLE_TRAINED]
    assert (trained.year, trained.target, trained.actual) == (None, 2_400, 555)
    days = (date(2027, 12, 31) - date(2025, 1, 1)).days + 1
    elapsed = (TODAY - date(2025, 1, 1)).days + 1
    assert trained.pace == pytest.approx(2_400 * elapsed / days)
    assert figures[M.OPERATION_RATE].target == 78
    people = figures[M.PEOPLE_TRAINED_TERM]
    assert (people.year, people.target, people.actual) == (None, 4_600, 555)  # headcounts
    # A year's term figure counts from the term's start to the end of that year.
    assert by_metric(service.figures(2025, TODAY))[M.PEOPLE_TRAINED_TERM].actual == 55


def test_the_term_defaults_to_five_years_from_last_year(hub: Hub) -> None:
    today = date.today()
    assert goals(hub).term() == (today.year - 1, today.year + 3)


def add_named_course(hub: Hub, start: date, people: list[tuple[str, str | None, str, str]]) -> int:
    """A course with a participant list: (name, phone, affiliation, status) each."""
    with hub.db.write("system") as tx:
        course = TrainingCourse(
            title="사회적경제 아카데미",
            category=Category.ACADEMY,
            start_date=start,
            end_date=start,
            participants=len(people),
            completed=sum(status == "completed" for *_, status in people),
            named=True,
        )
        tx.add(course)
        tx.flush()
        for name, phone, affiliation, status in people:
            tx.add(
                TrainingParticipant(
                    course_id=course.id,
                    name=name,
                    phone=phone,
                    affiliation=affiliation,
                    kind=ParticipantKind.RESIDENT,
                    status=ParticipationStatus(status),
                )
            )
        return course.id


def test_distinct_people_over_the_term(hub: Hub) -> None:
    service = admin_goals(hub)
    service.set_targets({(2025, M.PEOPLE_TRAINED): 600, (2027, M.PEOPLE_TRAINED): 600})
    add_named_course(
        hub,
        date(2025, 3, 2),
        [
            ("김민지", "010-1111-2222", "", "completed"),
            ("김민지", "010-3333-4444", "", "completed"),  # another 김민지
            ("이서준", None, "독산동", "completed"),
            ("박하늘", None, "가산동", "not_completed"),
        ],
    )
    add_named_course(
        hub,
        date(2026, 5, 2),
        [
            ("김민지", "010-1111-2222", "", "completed"),  # the first again
            ("이서준", None, "독산동", "completed"),  # the same resident again
            ("이서준", None, "시흥동", "completed"),  # a namesake elsewhere
            ("박하늘", None, "가산동", "completed"),
        ],
    )
    service.add_course("학교", Category.SCHOOL, date(2026, 4, 1), date(2026, 4, 1), 500, 480)
    figures = by_metric(service.figures(2026, TODAY))
    assert figures[M.PEOPLE_TRAINED_TERM].actual == 5 + 480
    assert figures[M.PEOPLE_TRAINED].actual == 4 + 480  # completions, not people
    with hub.db.read() as tx:
        independent = tx.execute(
            text(
                "SELECT count(*) FROM (SELECT DISTINCT p.name, p.phone,"
                " CASE WHEN p.phone IS NULL THEN p.affiliation ELSE '' END"
                " FROM training_participants p JOIN training_courses c ON c.id = p.course_id"
                " WHERE p.status = 'completed' AND c.named"
                " AND c.start_date BETWEEN '2025-01-01' AND '2027-12-31')"
            )
        ).scalar_one()
    assert independent == 5


@pytest.mark.parametrize("who", ["clerk", "manager"])
def test_only_administrators_set_targets(hub: Hub, who: str) -> None:
    service = GoalService(hub.db, getattr(hub, who))
    refused(hub.db, PermissionDenied, service.set_target, 2026, M.PEOPLE_TRAINED, 600)
    refused(hub.db, PermissionDenied, service.set_targets, {(2026, M.PEOPLE_TRAINED): 600})


def test_set_targets_is_all_or_nothing(hub: Hub) -> None:
    service = admin_goals(hub)
    service.set_target(2026, M.PEOPLE_TRAINED, 600)
    changes = {(2026, M.PEOPLE_TRAINED): 800, (2027, M.OPERATION_RATE): 101}  # not a percent
    refused(hub.db, ValidationError, service.set_targets, changes)
    refused(hub.db, ValidationError, service.set_targets, {(2026, "speed"): 1})
    assert service.targets(2026, 2027) == {(2026, M.PEOPLE_TRAINED): 600}
    service.set_targets({(2026, M.PEOPLE_TRAINED): None, (2027, M.OPERATION_RATE): 77})
    assert service.targets(2020, 2030) == {(2027, M.OPERATION_RATE): 77}
    service.set_target(2027, M.OPERATION_RATE, 78)  # replaces, not a second row
    with hub.db.read() as tx:
        rows = tx.execute(text("SELECT year, metric, target_value FROM yearly_targets")).all()
    assert [tuple(row) for row in rows] == [(2027, "operation_rate", 78)]


def test_procurements_target_is_the_departments_sum_once_they_have_targets(hub: Hub) -> None:
    from hubdesk.services.goals.procurement import ProcurementService

    service = admin_goals(hub)
    service.set_target(2026, M.PUBLIC_PROCUREMENT, 5_000_000)
    assert by_metric(service.figures(2026, TODAY))[M.PUBLIC_PROCUREMENT].target == 5_000_000
    assert service.department_target_years(2025, 2029) == frozenset()
    departments = ProcurementService(hub.db, hub.director)
    departments.set_target(2026, "총무과", 1_000_000)
    departments.set_target(2026, "도로과", 2_000_000)
    assert by_metric(service.figures(2026, TODAY))[M.PUBLIC_PROCUREMENT].target == 3_000_000
    assert service.targets(2026, 2026)[(2026, M.PUBLIC_PROCUREMENT)] == 3_000_000
    assert service.department_target_years(2025, 2029) == frozenset({2026})


def test_yearly_targets_saved_meanwhile_are_not_overwritten(hub: Hub) -> None:
    service = admin_goals(hub)
    service.set_target(2026, M.PEOPLE_TRAINED, 800)
    read = {(2026, M.PEOPLE_TRAINED): 800, (2026, M.OPERATION_RATE): None}
    service.set_target(2026, M.OPERATION_RATE, 77)  # someone else, since the editor read
    changes = {(2026, M.PEOPLE_TRAINED): 900, (2026, M.OPERATION_RATE): 78}
    refused(hub.db, RecordChanged, service.set_targets, changes, read)
    service.set_targets(changes, {(2026, M.PEOPLE_TRAINED): 800, (2026, M.OPERATION_RATE): 77})
    assert service.targets(2026, 2026) == {
        (2026, M.PEOPLE_TRAINED): 900,
        (2026, M.OPERATION_RATE): 78,
    }
