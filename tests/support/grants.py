"""Grant helpers shared by the grant, disbursement, settlement and goal tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hubdesk.domain.enums import AgreementStatus, GrantKind
from hubdesk.domain.records import AgreementRecord
from hubdesk.services.grants.agreements import AgreementDraft, GrantService, ProgramDraft
from hubdesk.services.grants.disbursements import DisbursementService
from support.hub import Hub


def dev_draft(hub: Hub, team: str = "coop", **changes: object) -> AgreementDraft:
    """A first-support development-cost agreement: 9,000,000 won grant, 10% co-payment."""
    draft = AgreementDraft(
        team_id=hub.teams[team],
        program_id=hub.programs["dev"],
        purpose="친환경 도시농업 키트 개발 및 판로 개척",
        start_date=date(2026, 4, 1),
        end_date=date(2026, 11, 30),
        city_amount=5_000_000,
        district_amount=4_000_000,
        copayment=1_000_000,
        payee_bank="신한은행",
        payee_account="110-123-456456",
        payee_holder="금천도시농업협동조합",
    )
    return replace(draft, **changes)  # type: ignore[arg-type]


def signed_dev_agreement(hub: Hub, team: str = "coop", **changes: object) -> AgreementRecord:
    """``dev_draft(hub, team, **changes)`` created and signed on 2026-03-25 by the clerk."""
    grants = GrantService(hub.db, hub.clerk)
    record = grants.create_agreement(dev_draft(hub, team, **changes))
    return grants.advance(record.id, AgreementStatus.SIGNED, date(2026, 3, 25))


def signed_staff_agreement(hub: Hub) -> AgreementRecord:
    """The social enterprise's signed 2026 professional-staff agreement: 24,000,000 won
    (10,000,000 city, 14,000,000 district), wages up to the program's 2,000,000 won a month."""
    grants = GrantService(hub.db, hub.clerk)
    record = grants.create_agreement(
        AgreementDraft(
            hub.teams["social"],
            hub.programs["staff"],
            "전문인력(회계 담당) 인건비 지원",
            date(2026, 1, 1),
            date(2026, 12, 31),
            10_000_000,
            14_000_000,
            2_700_000,
        )
    )
    return grants.advance(record.id, AgreementStatus.SIGNED, date(2025, 12, 20))


def paid_disbursement(hub: Hub, agreement_id: int, amount: int) -> int:
    """Plan, request (clerk), approve (manager) and pay a tranche; its id."""
    clerk = DisbursementService(hub.db, hub.clerk)
    disbursement = clerk.plan(agreement_id, amount, date(2026, 4, 10))
    clerk.request(disbursement.id)
    DisbursementService(hub.db, hub.manager).approve(disbursement.id)
    return clerk.pay(disbursement.id, date(2026, 4, 15)).id


def large_2025_draft(hub: Hub) -> AgreementRecord:
    """A draft 3억 (150M city + 150M district) agreement of the social enterprise in 2025."""
    grants = GrantService(hub.db, hub.admin)
    program = grants.add_program(
        ProgramDraft(
            2025,
            GrantKind.DEVELOPMENT_COST,
            "2025 대형 사업개발비",
            400_000_000,
            400_000_000,
            500_000_000,
            (10,),
            None,
            ("재료비",),
        )
    )
    return grants.create_agreement(
        AgreementDraft(
            hub.teams["social"],
            program.id,
            "공장 설비 구축",
            date(2025, 3, 1),
            date(2025, 12, 31),
            150_000_000,
            150_000_000,
            40_000_000,
        )
    )
