"""A hub with a record in every state the services act on, so bad values meet real rows:
a tenancy with its checklist, applications, agreements with tranches, a settlement,
wage lines, a consulting session, a course by headcount and one with a participant
list, a goal target, a department's procurement targets with a purchase, and a day off."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from support.grants import dev_draft, paid_disbursement
from support.hub import Hub, make_hub

from hubdesk.domain.enums import (
    AgreementStatus,
    ApplicationStatus,
    ConsultingField,
    ParticipantKind,
    PurchaseCategory,
    SessionMode,
    SpaceKind,
    TargetMetric,
    TrainingCategory,
)
from hubdesk.domain.goals import CourseDraft
from hubdesk.services.consulting.sessions import ConsultingService, SessionDraft
from hubdesk.services.core.settings import SettingsService
from hubdesk.services.goals.goals import GoalService
from hubdesk.services.goals.procurement import ProcurementService, PurchaseDraft
from hubdesk.services.goals.training import ParticipantDraft, TrainingService
from hubdesk.services.grants.agreements import GrantService
from hubdesk.services.grants.disbursements import DisbursementService
from hubdesk.services.grants.settlements import SettlementService
from hubdesk.services.spaces.applications import ApplicationService
from hubdesk.services.spaces.spaces import SpaceService, TenancyDraft
from hubdesk.storage import Database


def build_world(db: Database) -> Hub:
    hub = make_hub(db)
    _spaces(hub)
    _grants(hub)
    ConsultingService(db, hub.admin).schedule(
        SessionDraft(
            hub.teams["coop"],
            hub.consultants["kang"],
            ConsultingField.STRATEGY,
            date(2026, 11, 30),
            time(10),
            60,
            SessionMode.IN_PERSON,
            "판로 전략",
        )
    )
    goals = GoalService(db, hub.admin)
    goals.add_course(
        "사회적경제 아카데미", TrainingCategory.ACADEMY, date(2026, 5, 1), date(2026, 5, 2), 30, 25
    )
    goals.set_target(2026, TargetMetric.PEOPLE_TRAINED, 100)
    _training_and_procurement(hub)
    SettingsService(db, hub.admin).add_day_off(date(2026, 12, 25), "성탄절")
    return hub


def _spaces(hub: Hub) -> None:
    spaces = SpaceService(hub.db, hub.admin)
    spaces.allocate(TenancyDraft(hub.teams["coop"], hub.spaces["3F-301"], 2, date(2026, 1, 1)))
    ended = spaces.allocate(
        TenancyDraft(hub.teams["social"], hub.spaces["2F-OD1"], 1, date(2026, 1, 1))
    )
    spaces.move_out(ended.id, date(2026, 6, 30), "이전")
    applications = ApplicationService(hub.db, hub.clerk)
    applications.submit(hub.teams["village"], SpaceKind.OPEN_DESK, 2, date(2026, 10, 1))
    waiting = applications.submit(hub.teams["startup"], SpaceKind.OPEN_DESK, 1, date(2026, 10, 2))
    applications.review(waiting.id, 80, ApplicationStatus.WAITLISTED, date(2026, 10, 10))


def _grants(hub: Hub) -> None:
    grants = GrantService(hub.db, hub.admin)
    paying = grants.create_agreement(dev_draft(hub))
    grants.advance(paying.id, AgreementStatus.SIGNED, date(2026, 4, 1))
    paid_disbursement(hub, paying.id, 3_000_000)
    clerk = DisbursementService(hub.db, hub.clerk)
    clerk.request(clerk.plan(paying.id, 2_000_000, date(2026, 6, 1)).id)
    clerk.plan(paying.id, 1_000_000, date(2026, 8, 1))
    settling = grants.create_agreement(
        dev_draft(hub, "social", city_amount=500_000, district_amount=500_000, copayment=200_000)
    )
    grants.advance(settling.id, AgreementStatus.SIGNED, date(2026, 4, 1))
    paid_disbursement(hub, settling.id, 1_000_000)
    settlements = SettlementService(hub.db, hub.admin)
    settlement = settlements.open(settling.id)
    settlements.add_expense(settlement.id, "재료비", "원재료 구입", date(2026, 5, 1), 400_000)
    wages = grants.create_agreement(
        replace(
            dev_draft(hub, "village", city_amount=2_000_000, district_amount=2_000_000),
            program_id=hub.programs["staff"],
        )
    )
    grants.advance(wages.id, AgreementStatus.SIGNED, date(2026, 4, 1))
    clerk.add_wage_line(wages.id, date(2026, 5, 1), "이전문", 2_500_000, 1_800_000)


def _training_and_procurement(hub: Hub) -> None:
    training = TrainingService(hub.db, hub.clerk)
    listed = training.add_course(
        CourseDraft(
            "공공구매 담당자 교육",
            TrainingCategory.PROCUREMENT,
            date(2026, 6, 1),
            date(2026, 6, 5),
            sessions=5,
            named=True,
        )
    )
    person = training.add_participant(
        listed.id, ParticipantDraft("김민용", "금천구청", ParticipantKind.OFFICIAL)
    )
    training.set_attendance(person.id, person.version, 4)
    procurement = ProcurementService(hub.db, hub.director)
    procurement.set_target(2026, "일자리경제과", 50_000_000)
    procurement.set_target(2027, "일자리경제과", 60_000_000)
    procurement.add_purchase(
        PurchaseDraft(
            date(2026, 3, 10),
            "일자리경제과",
            "",
            None,
            PurchaseCategory.GOODS,
            1_200_000,
            "물품 구매",
            team_id=hub.teams["coop"],
        )
    )
