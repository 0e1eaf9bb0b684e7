"""The grant features speak Korean: enum labels, the article placeholders, and every
refusal the grant services give, provoked for real and described as the window shows it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from support.grants import dev_draft, paid_disbursement
from support.hub import Hub
from support.korean import RecordingTranslator, korean_recorder, latin_words, shown_texts

from hubdesk.domain.agreement_articles import ARTICLE_PLACEHOLDERS
from hubdesk.domain.agreement_document import AgreementArticle
from hubdesk.domain.enums import (
    AgreementStatus,
    DisbursementStatus,
    ExpenseDecision,
    FundingSource,
    GrantKind,
    SettlementStatus,
)
from hubdesk.domain.errors import HubDeskError, ValidationError
from hubdesk.gui.admin.article_editor import ArticleEditor
from hubdesk.gui.grants.page import GrantsPage
from hubdesk.gui.i18n import install_translators
from hubdesk.gui.main_window import MainWindow
from hubdesk.gui.text.labels import label, placeholder_description
from hubdesk.gui.text.messages import describe
from hubdesk.services.core.settings import SettingsService
from hubdesk.services.grants.agreements import GrantService, ProgramDraft, program_draft_of
from hubdesk.services.grants.disbursements import DisbursementService
from hubdesk.services.grants.settlements import SettlementService
from hubdesk.services.people.teams import TeamService

HANGUL = re.compile(r"[가-힣]")
GRANT_ENUMS = (
    AgreementStatus,
    DisbursementStatus,
    SettlementStatus,
    ExpenseDecision,
    GrantKind,
    FundingSource,
)


@pytest.fixture
def korean(qapp: object) -> Iterator[RecordingTranslator]:
    yield from korean_recorder()


def english_left(text: str) -> list[tuple[str, str]]:
    return latin_words(iter([("text", text)]), allowed=set())


# --- labels and placeholders ---------------------------------------------------------


def test_every_grant_enum_member_reads_korean(korean: RecordingTranslator) -> None:
    for enum in GRANT_ENUMS:
        for member in enum:
            shown = label(member)
            assert HANGUL.search(shown) and not english_left(shown), (member, shown)
    assert korean.our_misses() == set()


def test_a_word_shared_by_two_grant_enums_reads_right_for_each(
    korean: RecordingTranslator,
) -> None:
    assert label(DisbursementStatus.APPROVED) == "승인"
    assert label(ExpenseDecision.APPROVED) == "인정"
    assert label(DisbursementStatus.REJECTED) == "반려"
    assert label(ExpenseDecision.REJECTED) == "불인정"
    assert label(AgreementStatus.CLOSED) == "종료"
    assert label(SettlementStatus.CLOSED) == "정산 완료"


def test_every_placeholder_has_its_description_in_english_and_korean(qapp: object) -> None:
    install_translators("en")
    english = {name: placeholder_description(name) for name in ARTICLE_PLACEHOLDERS}
    assert all(english.values()), english  # every placeholder the domain knows is described
    install_translators("ko")
    try:
        for name, text in english.items():
            shown = placeholder_description(name)
            assert shown != text and HANGUL.search(shown), name
            assert not english_left(shown), (name, shown)
    finally:
        install_translators("en")


def test_the_article_editor_lists_the_placeholders_in_korean(
    korean: RecordingTranslator, qtbot: object
) -> None:
    editor = ArticleEditor()
    items = [editor.placeholders.item(i).text() for i in range(editor.placeholders.count())]
    assert len(items) == len(ARTICLE_PLACEHOLDERS)
    assert "{보조금_한글}  —  보조금, 한글(금 …원정)" in items
    assert [item for item in items if english_left(item)] == []
    assert korean.our_misses() == set()


# --- refusals ------------------------------------------------------------------------


def caught(call: Callable[[], object]) -> HubDeskError:
    with pytest.raises(HubDeskError) as error:
        call()
    return error.value


def signed(hub: Hub, team: str = "coop", **changes: object) -> int:
    grants = GrantService(hub.db, hub.admin)
    agreement = grants.create_agreement(dev_draft(hub, team, **changes))
    grants.advance(agreement.id, AgreementStatus.SIGNED, date(2026, 3, 20))
    return agreement.id


def staff_agreement(hub: Hub) -> int:
    return signed(
        hub,
        "social",
        program_id=hub.programs["staff"],
        city_amount=4_000_000,
        district_amount=4_000_000,
        copayment=1_000_000,
    )


def open_settlement(hub: Hub) -> int:
    agreement = signed(hub)
    paid_disbursement(hub, agreement, 1_000_000)
    GrantService(hub.db, hub.admin).advance(
        agreement, AgreementStatus.SETTLEMENT_DUE, date(2026, 12, 1)
    )
    return SettlementService(hub.db, hub.admin).open(agreement).id


def dev_program(hub: Hub, **changes: object) -> ProgramDraft:
    record = GrantService(hub.db, hub.admin).program_version(hub.programs["dev"]).program
    return replace(program_draft_of(record), **changes)  # type: ignore[arg-type]


def _agreement_cases(hub: Hub) -> Iterator[tuple[str, Callable[[], object]]]:
    grants = GrantService(hub.db, hub.admin)
    yield "cap", lambda: grants.create_agreement(dev_draft(hub, city_amount=7_000_000))
    yield "co-payment", lambda: grants.create_agreement(dev_draft(hub, copayment=0))
    yield (
        "no grant",
        lambda: grants.create_agreement(dev_draft(hub, city_amount=0, district_amount=0)),
    )
    yield "period", lambda: grants.create_agreement(dev_draft(hub, end_date=date(2026, 1, 1)))
    yield "negative", lambda: grants.create_agreement(dev_draft(hub, copayment=-5))
    yield "too large", lambda: grants.create_agreement(dev_draft(hub, copayment=10**16))
    small = grants.add_program(
        ProgramDraft(
            2027, GrantKind.DEVELOPMENT_COST, "2027 사업개발비", 1_000_000, 9_000_000, 9_000_000
        )
    )
    yield (
        "budget",
        lambda: grants.create_agreement(
            dev_draft(hub, program_id=small.id, city_amount=2_000_000, district_amount=1_000_000)
        ),
    )
    TeamService(hub.db, hub.admin).close(hub.teams["village"], date(2026, 3, 1))
    yield "closed team", lambda: grants.create_agreement(dev_draft(hub, "village"))
    agreement = signed(hub)
    yield "discard", lambda: grants.discard_draft(agreement)
    yield "settle a signed one", lambda: SettlementService(hub.db, hub.admin).open(agreement)
    yield (
        "claw back more than paid",
        lambda: grants.cancel(agreement, date(2026, 5, 1), "부정 수급", 1_000),
    )
    yield "missing", lambda: grants.agreement_by_number("2026-없음-999")
    yield "delete a program in use", lambda: grants.discard_program(hub.programs["dev"])
    paid_disbursement(hub, agreement, 1_000_000)
    yield "unsign", lambda: grants.unsign(agreement)


def _program_cases(hub: Hub) -> Iterator[tuple[str, Callable[[], object]]]:
    grants = GrantService(hub.db, hub.admin)
    dev = hub.programs["dev"]
    signed(hub)  # 5,000,000 city + 4,000,000 district, co-payment 10%

    def update(**changes: object) -> object:
        version = grants.program_version(dev).version
        return grants.update_program(dev, dev_program(hub, **changes), version=version)

    yield "no percents", lambda: grants.add_program(dev_program(hub, copay_percents=()))
    yield (
        "staff without cap",
        lambda: grants.add_program(dev_program(hub, kind=GrantKind.STAFF, fiscal_year=2030)),
    )
    yield "second of a kind", lambda: grants.add_program(dev_program(hub))
    yield "year of numbered agreements", lambda: update(fiscal_year=2027)
    yield "budget below committed", lambda: update(city_budget=1_000_000)
    yield "cap below a grant", lambda: update(cap_per_team=5_000_000)
    yield "co-payment above an agreement", lambda: update(copay_percents=(50,))
    yield "stale edit", lambda: grants.update_program(dev, dev_program(hub), version=0)


def _disbursement_cases(hub: Hub) -> Iterator[tuple[str, Callable[[], object]]]:
    clerk = DisbursementService(hub.db, hub.clerk)
    manager = DisbursementService(hub.db, hub.manager)
    agreement = signed(hub)
    yield "over the grant", lambda: clerk.plan(agreement, 10_000_000)
    own = clerk.plan(agreement, 1_000_000)
    clerk.request(own.id)
    yield "four eyes", lambda: clerk.approve(own.id)
    yield "withdraw another's", lambda: manager.withdraw(own.id)
    yield "unplan a request", lambda: clerk.unplan(own.id)
    yield "reverse unpaid", lambda: clerk.reverse(own.id, "착오")
    theirs = manager.plan(agreement, 1_000_000)
    manager.request(theirs.id)
    yield "role", lambda: clerk.approve(theirs.id)
    draft = GrantService(hub.db, hub.admin).create_agreement(dev_draft(hub, "social"))
    early = manager.plan(draft.id, 1_000_000)
    manager.request(early.id)
    DisbursementService(hub.db, hub.director).approve(early.id)
    yield "pay a draft", lambda: manager.pay(early.id, date(2026, 4, 1))
    cancelled = signed(hub, "startup")
    GrantService(hub.db, hub.admin).cancel(cancelled, date(2026, 4, 1), "사업 포기")
    yield "plan on a cancelled one", lambda: clerk.plan(cancelled, 1_000_000)


def _wage_cases(hub: Hub) -> Iterator[tuple[str, Callable[[], object]]]:
    clerk = DisbursementService(hub.db, hub.clerk)
    staff = staff_agreement(hub)
    dev = signed(hub, "village")
    month = date(2026, 5, 1)
    yield "support above wage", lambda: clerk.add_wage_line(staff, month, "윤현정", 1_000, 2_000)
    yield "above the cap", lambda: clerk.add_wage_line(staff, month, "윤현정", 3_000_000, 2_500_000)
    yield "not a staff agreement", lambda: clerk.add_wage_line(dev, month, "윤현정", 2_000, 1_000)
    yield "no lines", lambda: clerk.request_wages(staff, month)
    line = clerk.add_wage_line(staff, month, "윤현정", 2_600_000, 2_000_000)
    clerk.request_wages(staff, month)
    yield "remove a requested line", lambda: clerk.remove_wage_line(line)
    yield "a second line", lambda: clerk.add_wage_line(staff, month, "윤현정", 2_600_000, 1_000)
    grants = GrantService(hub.db, hub.admin)
    staff_program = hub.programs["staff"]
    record = grants.program_version(staff_program)
    lower = replace(program_draft_of(record.program), monthly_wage_cap=1_000_000)
    yield (
        "wage cap below a line",
        lambda: grants.update_program(staff_program, lower, version=record.version),
    )


def _settlement_cases(hub: Hub) -> Iterator[tuple[str, Callable[[], object]]]:
    service = SettlementService(hub.db, hub.admin)
    settlement = open_settlement(hub)
    day = date(2026, 6, 1)
    yield "category", lambda: service.add_expense(settlement, "유흥비", "회식", day, 100_000)
    yield (
        "outside",
        lambda: service.add_expense(settlement, "재료비", "원료", date(2027, 1, 5), 100_000),
    )
    expense = service.add_expense(settlement, "재료비", "원료", day, 300_000)
    yield "above claimed", lambda: service.decide(expense, 400_000)
    yield "undecided", lambda: service.close(settlement, 1_000_000, date(2026, 12, 20))
    yield "unopen with expenses", lambda: service.unopen(settlement, AgreementStatus.IN_PROGRESS)
    service.decide(expense, 300_000)
    yield "returned", lambda: service.close(settlement, 5, date(2026, 12, 20))
    service.close(settlement, 700_000, date(2026, 12, 20))
    yield "closed", lambda: service.add_expense(settlement, "재료비", "원료", day, 100_000)


def _settings_cases(hub: Hub) -> Iterator[tuple[str, Callable[[], object]]]:
    admin, clerk = SettingsService(hub.db, hub.admin), SettingsService(hub.db, hub.clerk)
    base = admin.settings()
    article = AgreementArticle("목적", "이 협약은 {사업명}을 위한 것이다.")

    def save(**changes: object) -> object:
        return admin.save(replace(base, **changes))  # type: ignore[arg-type]

    yield "not an administrator", lambda: clerk.save(base)
    yield "titles", lambda: save(approval_titles=())
    yield "no articles", lambda: save(agreement_articles=())
    yield "empty article", lambda: save(agreement_articles=(AgreementArticle("목적", " "),))
    yield "long title", lambda: save(agreement_articles=(replace(article, title="가" * 61),))
    yield "long text", lambda: save(agreement_articles=(replace(article, text="가" * 4001),))
    yield (
        "unknown placeholder",
        lambda: save(agreement_articles=(replace(article, text="{사업명} {대표자}"),)),
    )
    yield "empty hub name", lambda: save(hub_name=" ")
    yield "max stay", lambda: save(max_stay_months=6)
    admin.add_day_off(date(2026, 12, 31), "종무식")
    yield "day off twice", lambda: admin.add_day_off(date(2026, 12, 31), "종무식")


CASES = {
    "agreements": _agreement_cases,
    "programs": _program_cases,
    "disbursements": _disbursement_cases,
    "wages": _wage_cases,
    "settlements": _settlement_cases,
    "settings": _settings_cases,
}


@pytest.mark.parametrize("group", CASES)
def test_every_grant_refusal_is_one_korean_sentence(
    group: str, hub: Hub, korean: RecordingTranslator
) -> None:
    # Each case is refused before the next one's setup runs (the generator is lazy).
    refusals = [(name, caught(call)) for name, call in CASES[group](hub)]
    shown = {name: describe(error) for name, error in refusals}
    left = {name: text for name, text in shown.items() if english_left(text)}
    assert left == {}
    assert all(HANGUL.search(text) for text in shown.values()), shown
    assert korean.our_misses() == set()


def test_a_budget_refusal_names_the_program_once_and_its_source(
    hub: Hub, korean: RecordingTranslator
) -> None:
    grants = GrantService(hub.db, hub.admin)
    program = grants.add_program(
        ProgramDraft(2027, GrantKind.DEVELOPMENT_COST, "2027년 사업개발비", 1_000_000, 0, 9_000_000)
    )
    error = caught(
        lambda: grants.create_agreement(
            dev_draft(hub, program_id=program.id, city_amount=2_000_000, district_amount=0)
        )
    )
    assert describe(error).startswith("2027년 사업개발비 (시비) 예산은 1,000,000원입니다")


def test_the_four_eyes_refusal_names_the_requester(hub: Hub, korean: RecordingTranslator) -> None:
    clerk = DisbursementService(hub.db, hub.clerk)
    disbursement = clerk.plan(signed(hub), 1_000_000)
    clerk.request(disbursement.id)
    error = caught(lambda: clerk.approve(disbursement.id))
    assert describe(error) == "김담당님이 요청한 교부(1차)는 다른 직원이 승인해야 합니다."


def test_the_grants_page_with_agreements_speaks_korean(
    korean: RecordingTranslator, make_window: Callable[..., MainWindow], hub: Hub
) -> None:
    """The agreement list (its Program column is year and kind: 2026 사업개발비), the facts
    and both money panels of a paid agreement with an open settlement."""
    agreement = open_settlement(hub)
    window = make_window(hub.manager)
    page = window.page_of(GrantsPage)
    assert isinstance(page, GrantsPage)
    window.show_page(window.pages.index(page))
    page.tabs.setCurrentIndex(1)
    page.show_agreement(SettlementService(hub.db, hub.admin).settlement(agreement).agreement_id)
    model = page.agreements.model
    program = next(
        i
        for i in range(model.columnCount())
        if model.headerData(i, Qt.Orientation.Horizontal) == "지원사업"
    )
    assert model.data(model.index(0, program)) == "2026 사업개발비"
    for tab in range(page.agreements.money_tabs.count()):
        page.agreements.money_tabs.setCurrentIndex(tab)
        assert latin_words(shown_texts(page), allowed={"PDF"}) == []
    assert korean.our_misses() == set()


def test_a_number_not_given_back_is_refused_in_korean(
    korean: RecordingTranslator, hub: Hub
) -> None:
    grants = GrantService(hub.db, hub.admin)
    made = grants.create_agreement(dev_draft(hub))
    second = dev_draft(hub, copayment=3_000_000)
    with pytest.raises(ValidationError) as refusal:
        grants.recreate_draft(second, made.number)
    text = describe(refusal.value)
    assert made.number in text and HANGUL.search(text) and not english_left(text), text
