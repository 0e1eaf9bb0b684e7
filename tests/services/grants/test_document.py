"""The printed agreement's record: gathered from the agreement, its team, its tranches
and the hub settings; printing is logged like an export."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select
from support.grants import dev_draft, paid_disbursement, signed_dev_agreement
from support.hub import Hub, snapshot

from hubdesk.domain.agreement_articles import NO_SCHEDULE
from hubdesk.domain.agreement_document import AgreementArticle, DisbursementLine
from hubdesk.domain.errors import NotFound, ValidationError
from hubdesk.domain.records import AgreementRecord
from hubdesk.services.core.settings import SettingsService
from hubdesk.services.grants.agreements import GrantService
from hubdesk.services.grants.disbursements import DisbursementService
from hubdesk.services.grants.document import AgreementDocumentService
from hubdesk.services.grants.settlements import SettlementService
from hubdesk.storage.models import ExportLogEntry


def signed(hub: Hub, team: str = "coop") -> AgreementRecord:
    return signed_dev_agreement(hub, team)


def test_a_draft_is_titled_as_a_draft_with_a_blank_date(hub: Hub) -> None:
    draft = GrantService(hub.db, hub.admin).create_agreement(dev_draft(hub))
    (document,) = AgreementDocumentService(hub.db, hub.clerk).documents([draft.id])
    assert document.is_draft and document.title == "보조금 지원 협약서(안)"
    assert document.signed_on is None and document.disbursements == ()
    assert NO_SCHEDULE in document.articles[3].text


def test_the_document_holds_the_parties_and_the_money(hub: Hub) -> None:
    SettingsService(hub.db, hub.admin).save(
        replace(SettingsService(hub.db, hub.admin).settings(), director_name="정민호")
    )
    agreement = signed(hub)
    document = AgreementDocumentService(hub.db, hub.clerk).document_by_number(agreement.number)
    assert document.number == agreement.number == "2026-사업개발-001"
    assert not document.is_draft and document.signed_on == date(2026, 3, 25)
    assert (document.hub.name, document.hub.signer_title, document.hub.signer_name) == (
        "금천구 사회적경제 허브센터",
        "센터장",
        "정민호",
    )
    assert document.team.name == "금천도시농업협동조합"
    assert (document.team.signer_name, document.team.business_number) == ("김철용", "119-86-12347")
    assert document.district_name == "서울특별시 금천구"
    assert (document.program_name, document.program_kind) == ("2026 사업개발비 지원", "사업개발비")
    assert (document.city_amount, document.district_amount, document.copayment) == (
        5_000_000,
        4_000_000,
        1_000_000,
    )
    assert (document.grant, document.total_cost) == (9_000_000, 10_000_000)
    assert (document.payee_bank, document.payee_account) == ("신한은행", "110-123-456456")
    # the period ends 2026-11-30; two months later is Sunday 2027-01-30 → Monday 2027-02-01
    assert (document.settlement_months, document.settlement_due) == (2, date(2027, 2, 1))
    assert "금 구백만원정(9,000,000원)" in document.articles[2].text


def test_the_schedule_leaves_out_rejected_and_reversing_entries(hub: Hub) -> None:
    agreement = signed(hub)
    clerk, manager = (DisbursementService(hub.db, who) for who in (hub.clerk, hub.manager))
    first = paid_disbursement(hub, agreement.id, 3_000_000)  # planned for 2026-04-10
    clerk.reverse(first, "계좌 오류")
    rejected = clerk.plan(agreement.id, 2_000_000, date(2026, 6, 1))
    clerk.request(rejected.id)
    manager.reject(rejected.id, "증빙 미비")
    clerk.plan(agreement.id, 4_000_000, date(2026, 9, 1))
    clerk.plan(agreement.id, 1_000_000)
    (document,) = AgreementDocumentService(hub.db, hub.clerk).documents([agreement.id])
    assert document.disbursements == (
        DisbursementLine("1차", date(2026, 4, 10), 3_000_000),
        DisbursementLine("2차", date(2026, 9, 1), 4_000_000),
        DisbursementLine("3차", None, 1_000_000),
    )
    assert "2. 2차: 2026년 9월 1일, 4,000,000원" in document.articles[3].text


def test_a_tranche_whose_reversal_is_paid_leaves_the_schedule(hub: Hub) -> None:
    agreement = signed(hub)  # grants 9,000,000 won
    clerk, manager = (DisbursementService(hub.db, who) for who in (hub.clerk, hub.manager))
    wrong = paid_disbursement(hub, agreement.id, 3_000_000)
    reversal = clerk.reverse(wrong, "계좌 오류")
    manager.approve(reversal.id)
    clerk.pay(reversal.id, date(2026, 4, 20))
    clerk.plan(agreement.id, 9_000_000, date(2026, 5, 1))  # the whole grant, planned anew
    (document,) = AgreementDocumentService(hub.db, hub.clerk).documents([agreement.id])
    assert document.disbursements == (DisbursementLine("1차", date(2026, 5, 1), 9_000_000),)
    assert sum(line.amount for line in document.disbursements) <= document.grant


def test_the_printed_deadline_is_the_settlement_s_once_it_is_opened(hub: Hub) -> None:
    agreement = signed(hub)
    paid_disbursement(hub, agreement.id, 3_000_000)  # in progress
    settlement = SettlementService(hub.db, hub.clerk).open(agreement.id)
    assert settlement.due_date == date(2027, 2, 1)
    # A day off added later moves a fresh computation, not the deadline the hub fixed.
    SettingsService(hub.db, hub.admin).add_day_off(date(2027, 2, 1), "센터 휴무일")
    (document,) = AgreementDocumentService(hub.db, hub.clerk).documents([agreement.id])
    assert document.settlement_due == date(2027, 2, 1)
    assert "2027년 2월 1일까지" in document.articles[6].text


def test_documents_keep_the_order_asked(hub: Hub) -> None:
    first, second = signed(hub, "coop"), signed(hub, "village")
    service = AgreementDocumentService(hub.db, hub.clerk)
    numbers = [d.number for d in service.documents([second.id, first.id])]
    assert numbers == [second.number, first.number]


def test_unknown_agreements_are_not_found(hub: Hub) -> None:
    agreement = signed(hub)
    service = AgreementDocumentService(hub.db, hub.clerk)
    with pytest.raises(NotFound):
        service.documents([agreement.id, 999])
    with pytest.raises(NotFound):
        service.document_by_number("2026-사업개발-999")
    with pytest.raises(ValidationError):
        service.documents(["1"])  # type: ignore[list-item]


def test_a_cancelled_agreement_still_prints_with_its_date(hub: Hub) -> None:
    agreement = signed(hub)
    GrantService(hub.db, hub.admin).cancel(agreement.id, date(2026, 5, 2), "사업 포기")
    (document,) = AgreementDocumentService(hub.db, hub.clerk).documents([agreement.id])
    assert document.is_cancelled and document.cancelled_on == date(2026, 5, 2)
    assert document.signed_on == date(2026, 3, 25)


def test_the_articles_come_from_the_settings_filled(hub: Hub) -> None:
    admin = SettingsService(hub.db, hub.admin)
    articles = (AgreementArticle("특약", "{을}은 {정산기한}까지 성과를 공유한다."),)
    admin.save(replace(admin.settings(), agreement_articles=articles))
    (document,) = AgreementDocumentService(hub.db, hub.clerk).documents([signed(hub).id])
    assert document.articles == (
        AgreementArticle("특약", "금천도시농업협동조합은 2027년 2월 1일까지 성과를 공유한다."),
    )


def test_reading_changes_nothing_and_printing_is_logged(hub: Hub) -> None:
    agreement = signed(hub)
    service = AgreementDocumentService(hub.db, hub.clerk)
    before = snapshot(hub.db)
    service.documents([agreement.id])
    assert snapshot(hub.db) == before
    service.record_export([agreement.number], "/tmp/협약서.pdf")
    with hub.db.read() as session:
        (entry,) = session.scalars(select(ExportLogEntry)).all()
        assert (entry.username, entry.kind, entry.target) == ("kim", "agreement", "/tmp/협약서.pdf")
        assert (entry.masked, entry.row_count) == (False, 1)
        assert entry.reason and entry.parameters == {"numbers": [agreement.number]}


def test_the_sample_is_the_latest_agreement_with_unsaved_settings(hub: Hub) -> None:
    signed(hub, "coop")
    latest = GrantService(hub.db, hub.admin).create_agreement(
        dev_draft(hub, "social", start_date=date(2026, 5, 1))
    )
    unsaved = replace(
        SettingsService(hub.db, hub.clerk).settings(),
        hub_name="새 허브",
        agreement_articles=(AgreementArticle("특약", "{갑}은 {을}을 지원한다."),),
    )
    before = snapshot(hub.db)
    document = AgreementDocumentService(hub.db, hub.clerk).sample(unsaved, date(2026, 6, 1))
    assert (document.number, document.hub.name) == (latest.number, "새 허브")
    assert document.articles == (
        AgreementArticle("특약", "새 허브은 (주)함께일하는세상을 지원한다."),
    )
    assert snapshot(hub.db) == before


def test_a_file_without_agreements_samples_a_made_up_draft(hub: Hub) -> None:
    unsaved = replace(SettingsService(hub.db, hub.clerk).settings(), director_name="정민호")
    document = AgreementDocumentService(hub.db, hub.clerk).sample(unsaved, date(2026, 1, 5))
    assert document.number == "2026-사업개발-000" and document.is_draft
    assert document.grant == 9_000_000 and document.hub.signer_name == "정민호"
    # the period ends 2026-11-30; two months later is Saturday 2027-01-30 → Monday 2027-02-01
    assert (document.settlement_months, document.settlement_due) == (2, date(2027, 2, 1))
