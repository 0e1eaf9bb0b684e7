"""The articles (조항) of the grant agreement and the placeholders the hub may use in them.

The default texts follow the 보조금 지원 협약서 of Seoul districts' social-economy
programs under 「지방자치단체 보조금 관리에 관한 법률」. The parties are called 갑 (the
hub) and 을 (the team) after the preamble, as in real agreements, so the texts need no
particles that depend on a name. A text may hold ``{placeholder}`` fields; ``{{`` and
``}}`` print a single brace. A paragraph break is a new line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from hubdesk.domain.agreement_document import AgreementArticle, AgreementDocument, korean_date
from hubdesk.domain.money import amount_in_words, format_krw

# The placeholders article texts may use, in the order the editor lists them (the window
# describes each one: gui/labels.py).
ARTICLE_PLACEHOLDERS: tuple[str, ...] = (
    "갑",
    "을",
    "자치구",
    "사업명",
    "사업목적",
    "시작일",
    "종료일",
    "총사업비",
    "보조금",
    "보조금_한글",
    "시비",
    "구비",
    "자부담",
    "교부계획",
    "전용계좌",
    "정산개월",
    "정산기한",
)

NO_SCHEDULE = "보조금의 교부 시기와 금액은 갑과 을이 협의하여 정한다."
NO_ACCOUNT = "을이 갑에게 신고한 보조금 전용계좌"
LAW = "「지방자치단체 보조금 관리에 관한 법률」"


def _article(title: str, *paragraphs: str) -> AgreementArticle:
    return AgreementArticle(title, "\n".join(paragraphs))


DEFAULT_ARTICLES: tuple[AgreementArticle, ...] = (
    _article(
        "목적",
        '이 협약은 {자치구}의 「{사업명}」(이하 "보조사업"이라 한다)을 수행하기 위하여 '
        "갑이 을에게 교부하는 보조금의 지원 조건과 갑과 을의 권리·의무에 관한 사항을 "
        "정함을 목적으로 한다.",
    ),
    _article(
        "사업 내용 및 기간",
        "① 을은 갑이 승인한 사업계획서에 따라 보조사업(사업 내용: {사업목적})을 성실히 "
        "수행하여야 한다.",
        "② 보조사업의 기간은 {시작일}부터 {종료일}까지로 한다.",
    ),
    _article(
        "사업비 및 분담",
        "① 보조사업의 총사업비는 {총사업비}으로 하며, 그 분담 내역은 다음 각 호와 같다.",
        "1. 보조금: {보조금_한글}({보조금})",
        "  가. 시비: {시비}",
        "  나. 구비: {구비}",
        "2. 자부담: {자부담}",
        "② 을은 자부담금을 사업기간 내에 확보하여 보조금과 함께 집행하여야 하며, 자부담금을 "
        "확보하지 못한 경우 갑은 그 비율에 따라 보조금을 감액할 수 있다.",
    ),
    _article(
        "보조금의 교부",
        "① 갑은 을의 보조금 교부신청을 받아 다음 각 호와 같이 보조금을 교부한다.",
        "{교부계획}",
        "② 보조금은 제5조에 따른 보조금 전용계좌로 입금한다.",
        "③ 갑은 을이 이 협약을 위반하거나 보조사업의 수행이 곤란하다고 인정하는 경우 "
        "보조금의 교부를 중지하거나 감액할 수 있다.",
    ),
    _article(
        "보조금의 사용 및 전용계좌",
        "① 을은 보조금을 보조사업의 목적 외의 용도에 사용하여서는 아니 된다.",
        "② 을은 보조금을 전용계좌({전용계좌})로 관리하여야 하며, 다른 자금과 섞어 "
        "사용하여서는 아니 된다.",
        "③ 보조금의 집행은 계좌이체 또는 전용카드 사용을 원칙으로 하며, 을은 집행에 관한 "
        "증빙서류를 갖추어 보조사업이 끝난 날부터 5년간 보관하여야 한다.",
        "④ 보조금에서 발생한 이자는 보조금으로 보며, 갑의 승인 없이 사용할 수 없다.",
    ),
    _article(
        "사업계획의 변경",
        "① 을은 사업의 내용, 사업비의 배분 또는 사업기간을 변경하려는 경우 변경 사유와 "
        "내용을 적은 사업계획 변경 승인 신청서를 갑에게 미리 제출하여 승인을 받아야 한다.",
        "② 을은 보조사업을 중단하거나 폐지하려는 경우 그 사유를 적어 갑의 승인을 받아야 한다.",
    ),
    _article(
        "보고 및 정산",
        "① 을은 갑이 요구하는 경우 보조사업의 추진 상황을 보고하여야 하며, 갑은 필요한 경우 "
        "현장을 점검하거나 관계 서류의 제출을 요구할 수 있다.",
        "② 을은 사업기간이 끝난 날부터 {정산개월}개월 이내({정산기한}까지)에 사업실적보고서와 "
        "정산보고서를 증빙서류와 함께 갑에게 제출하여야 한다.",
        "③ 갑은 정산보고서를 검토하여 부적정하게 집행된 금액을 인정하지 아니할 수 있다.",
    ),
    _article(
        "반납 및 환수",
        "① 을은 정산 결과 남은 보조금(집행잔액)과 그 이자를 갑이 정하는 기한까지 반납하여야 한다.",
        "② 갑은 다음 각 호의 어느 하나에 해당하는 경우 이미 교부한 보조금의 전부 또는 "
        "일부를 환수할 수 있다.",
        "1. 보조금을 보조사업의 목적 외의 용도에 사용한 경우",
        "2. 정산 결과 인정되지 아니한 금액이 있는 경우",
        "3. 이 협약 또는 관계 법령을 위반한 경우",
        f"③ 을이 반납 또는 환수 기한까지 납부하지 아니하는 경우 갑은 {LAW} 및 관계 법령에 "
        "따라 징수할 수 있다.",
    ),
    _article(
        "협약의 해지",
        "① 갑은 을이 다음 각 호의 어느 하나에 해당하는 경우 이 협약을 해지할 수 있다.",
        "1. 거짓 신청이나 그 밖의 부정한 방법으로 보조금을 교부받은 경우",
        "2. 보조금을 다른 용도에 사용한 경우",
        "3. 정당한 사유 없이 보조사업을 수행하지 아니하거나 중단한 경우",
        "4. 휴업·폐업 등으로 보조사업을 계속 수행할 수 없는 경우",
        "② 협약이 해지된 경우 을은 이미 교부받은 보조금의 전부 또는 일부를 반납하여야 한다.",
        f"③ 제1항제1호에 해당하는 경우 {LAW}에 따라 제재부가금이 부과되고, 일정 기간 "
        "보조금 교부 대상에서 제외될 수 있다.",
    ),
    _article(
        "개인정보 수집·이용 동의",
        "① 을은 갑이 보조사업의 선정, 관리, 정산 및 사후관리를 위하여 을과 그 대표자의 "
        "개인정보(성명, 연락처, 주소, 계좌번호)를 수집·이용하고 관계 기관에 제공하는 것에 "
        "동의한다.",
        "② 갑은 수집한 개인정보를 보조사업이 끝난 날부터 5년간 보유하며, 「개인정보 보호법」에 "
        "따라 안전하게 관리한다.",
    ),
    _article(
        "기타",
        f"① 이 협약에서 정하지 아니한 사항은 {LAW}, 「{{자치구}} 지방보조금 관리 조례」, "
        "사업 공고문 및 관계 법령에 따른다.",
        "② 이 협약에 관하여 분쟁이 생긴 경우 갑과 을이 협의하여 해결하며, 협의가 이루어지지 "
        "아니하는 경우 갑의 소재지를 관할하는 법원을 관할 법원으로 한다.",
        "③ 이 협약의 성립을 증명하기 위하여 협약서 2부를 작성하여 갑과 을이 서명 또는 날인한 "
        "후 각 1부씩 보관한다.",
    ),
)

_FIELD = re.compile(r"\{\{|\}\}|\{([^{}]*)\}")


def fill_article(text: str, values: Mapping[str, str]) -> str:
    """Replace each ``{name}`` found in ``values``; ``{{``/``}}`` print one brace."""

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if token in ("{{", "}}"):
            return token[0]
        return values.get(match.group(1), token)

    return _FIELD.sub(replace, text)


def unknown_placeholders(text: str) -> list[str]:
    """Fields of ``text`` that are not known placeholders, and stray single braces."""
    unknown = []
    position = 0
    for match in _FIELD.finditer(text):
        unknown += _stray_braces(text[position : match.start()])
        name = match.group(1)
        if name is not None and name not in ARTICLE_PLACEHOLDERS:
            unknown.append(match.group(0))
        position = match.end()
    return unknown + _stray_braces(text[position:])


def unknown_in_article(article: AgreementArticle) -> list[str]:
    """``unknown_placeholders`` of an article's title and text together."""
    return unknown_placeholders(article.title + "\n" + article.text)


def _stray_braces(text: str) -> list[str]:
    return [brace for brace in text if brace in "{}"]


def disbursement_schedule_text(document: AgreementDocument) -> str:
    """One numbered line per tranche, or the sentence saying it is agreed later."""
    if not document.disbursements:
        return NO_SCHEDULE
    lines = []
    for number, line in enumerate(document.disbursements, 1):
        when = korean_date(line.planned_on) if line.planned_on else "갑이 정하는 날"
        lines.append(f"{number}. {line.label}: {when}, {format_krw(line.amount)}")
    return "\n".join(lines)


def account_text(document: AgreementDocument) -> str:
    """``국민은행 123-45-678 (예금주 …)``, or a sentence when no account is known yet."""
    if not document.payee_account:
        return NO_ACCOUNT
    holder = f", 예금주 {document.payee_holder}" if document.payee_holder else ""
    return f"{document.payee_bank} {document.payee_account}{holder}".strip()


def placeholder_values(document: AgreementDocument) -> dict[str, str]:
    """What each placeholder of ``ARTICLE_PLACEHOLDERS`` stands for in ``document``."""
    return {
        "갑": document.hub.name,
        "을": document.team.name,
        "자치구": document.district_name,
        "사업명": document.program_name,
        "사업목적": document.purpose,
        "시작일": korean_date(document.start_date),
        "종료일": korean_date(document.end_date),
        "총사업비": format_krw(document.total_cost),
        "보조금": format_krw(document.grant),
        "보조금_한글": amount_in_words(document.grant),
        "시비": format_krw(document.city_amount),
        "구비": format_krw(document.district_amount),
        "자부담": format_krw(document.copayment),
        "교부계획": disbursement_schedule_text(document),
        "전용계좌": account_text(document),
        "정산개월": str(document.settlement_months),
        "정산기한": korean_date(document.settlement_due),
    }


def filled_articles(
    document: AgreementDocument, articles: Sequence[AgreementArticle]
) -> tuple[AgreementArticle, ...]:
    """``articles`` with this agreement's values in place of their placeholders."""
    values = placeholder_values(document)
    return tuple(
        AgreementArticle(fill_article(a.title, values), fill_article(a.text, values))
        for a in articles
    )
