"""The agreement's articles: placeholders filled, unknown ones found, defaults complete."""

from __future__ import annotations

import re
from dataclasses import fields, replace

import pytest
from support.agreement import sample_document

from hubdesk.domain.agreement_articles import (
    ARTICLE_PLACEHOLDERS,
    DEFAULT_ARTICLES,
    NO_ACCOUNT,
    NO_SCHEDULE,
    fill_article,
    filled_articles,
    placeholder_values,
    unknown_placeholders,
)
from hubdesk.domain.agreement_document import AgreementArticle, AgreementDocument, korean_date
from hubdesk.domain.money import amount_in_words


def test_fill_replaces_known_fields_and_unescapes_double_braces() -> None:
    text = "{갑}은 {{을}}과 {보조금}을 {{ 협의 }}한다."
    assert fill_article(text, {"갑": "센터", "보조금": "9,000,000원"}) == (
        "센터은 {을}과 9,000,000원을 { 협의 }한다."
    )


def test_fill_leaves_a_field_it_has_no_value_for() -> None:
    assert fill_article("{갑} {대표}", {"갑": "센터"}) == "센터 {대표}"


@pytest.mark.parametrize(
    ("text", "unknown"),
    [
        ("{갑}과 {을}은 {정산기한}까지 정산한다.", []),
        ("{대표자}의 {갑}", ["{대표자}"]),
        ("{ 갑 }", ["{ 갑 }"]),  # spaces are part of the name
        ("{}", ["{}"]),
        ("금액 {보조금", ["{"]),
        ("금액 }", ["}"]),
        ("{{대표자}}는 글자 그대로", []),
        ("{{{갑}}}", []),
        ("{{{대표}}}", ["{대표}"]),
    ],
)
def test_unknown_placeholders(text: str, unknown: list[str]) -> None:
    assert unknown_placeholders(text) == unknown


def test_the_default_articles_are_valid_and_cover_the_issue() -> None:
    assert 1 <= len(DEFAULT_ARTICLES) <= 30
    for article in DEFAULT_ARTICLES:
        assert unknown_placeholders(article.title + "\n" + article.text) == []
        assert 0 < len(article.title) <= 60 and 0 < len(article.text) <= 4000
    titles = " ".join(article.title for article in DEFAULT_ARTICLES)
    for topic in ("목적", "기간", "사업비", "교부", "전용계좌", "변경", "정산", "반납", "환수",
                  "해지", "개인정보", "기타"):  # fmt: skip
        assert topic in titles, topic
    texts = " ".join(article.text for article in DEFAULT_ARTICLES)
    for term in (
        "시비",
        "구비",
        "자부담",
        "부정한 방법",
        "제재부가금",
        "지방자치단체 보조금 관리에 관한 법률",
    ):
        assert term in texts, term


def test_every_placeholder_has_a_value_and_every_default_text_is_filled() -> None:
    document = sample_document()
    assert set(placeholder_values(document)) == set(ARTICLE_PLACEHOLDERS)
    filled = filled_articles(document, DEFAULT_ARTICLES)
    assert len(filled) == len(DEFAULT_ARTICLES)
    for article in filled:
        assert not re.search(r"[{}]", article.title + article.text), article


def test_values_of_one_agreement() -> None:
    values = placeholder_values(sample_document())
    assert values["갑"] == "금천구 사회적경제 허브센터"
    assert values["을"] == "금천도시농업협동조합"
    assert values["보조금"] == "9,150,000원"
    assert values["보조금_한글"] == amount_in_words(9_150_000) == "금 구백일십오만원정"
    assert values["총사업비"] == "10,320,000원"
    assert (values["시비"], values["구비"], values["자부담"]) == (
        "5,120,000원",
        "4,030,000원",
        "1,170,000원",
    )
    assert values["시작일"] == "2026년 4월 1일" == korean_date(sample_document().start_date)
    assert values["정산기한"] == "2027년 2월 1일"
    assert (
        values["교부계획"]
        == "1. 1차: 2026년 4월 10일, 6,110,000원\n2. 2차: 갑이 정하는 날, 3,040,000원"
    )
    assert values["전용계좌"] == "신한은행 110-123-456456, 예금주 금천도시농업협동조합"


def test_without_tranches_or_account_the_text_says_so() -> None:
    values = placeholder_values(sample_document(disbursements=(), payee_bank="", payee_account=""))
    assert values["교부계획"] == NO_SCHEDULE
    assert values["전용계좌"] == NO_ACCOUNT


def test_the_document_adds_up_and_names_a_draft() -> None:
    document = sample_document()
    assert document.grant == 9_150_000 and document.total_cost == 10_320_000
    assert document.title == "보조금 지원 협약서" and not document.is_cancelled
    assert replace(document, is_draft=True).title == "보조금 지원 협약서(안)"
    names = {f.name for f in fields(AgreementDocument)}
    assert names >= {"hub", "team", "disbursements", "articles"}


def test_an_edited_article_is_filled_too() -> None:
    edited = (AgreementArticle("특약", "{을}은 {사업명} 성과를 공유한다. {{참고}}"),)
    (article,) = filled_articles(sample_document(), edited)
    assert article == AgreementArticle(
        "특약",
        "금천도시농업협동조합은 2026년 사회적경제기업 사업개발비 지원사업 성과를 공유한다. {참고}",
    )
