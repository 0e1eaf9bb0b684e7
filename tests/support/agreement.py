"""A grant agreement as the PDF writer receives it, without a database."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hubdesk.domain.agreement_articles import DEFAULT_ARTICLES, filled_articles
from hubdesk.domain.agreement_document import AgreementDocument, DisbursementLine, Party


def sample_document(**changes: object) -> AgreementDocument:
    """A signed 2026 development-cost agreement with two tranches, default articles."""
    document = AgreementDocument(
        number="2026-사업개발-007",
        is_draft=False,
        cancelled_on=None,
        hub=Party(
            "금천구 사회적경제 허브센터", "서울특별시 금천구 가산디지털1로 000", "센터장", "정민호"
        ),
        team=Party(
            "금천도시농업협동조합",
            "서울특별시 금천구 독산로 101",
            "대표자",
            "김철용",
            "119-86-12347",
        ),
        district_name="서울특별시 금천구",
        program_name="2026년 사회적경제기업 사업개발비 지원사업",
        program_kind="사업개발비",
        fiscal_year=2026,
        purpose="친환경 도시농업 키트 개발 및 판로 개척",
        start_date=date(2026, 4, 1),
        end_date=date(2026, 11, 30),
        city_amount=5_120_000,
        district_amount=4_030_000,
        copayment=1_170_000,
        disbursements=(
            DisbursementLine("1차", date(2026, 4, 10), 6_110_000),
            DisbursementLine("2차", None, 3_040_000),
        ),
        payee_bank="신한은행",
        payee_account="110-123-456456",
        payee_holder="금천도시농업협동조합",
        settlement_months=2,
        settlement_due=date(2027, 2, 1),
        articles=(),
        signed_on=date(2026, 3, 25),
    )
    document = replace(document, **changes)  # type: ignore[arg-type]
    if "articles" in changes:
        return document
    return replace(document, articles=filled_articles(document, DEFAULT_ARTICLES))
