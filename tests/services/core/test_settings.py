"""Hub settings: the agreement's articles are stored, loaded and checked at the door."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from sqlalchemy import select
from support.hub import Hub, refused, snapshot

from hubdesk.domain.agreement_articles import DEFAULT_ARTICLES
from hubdesk.domain.agreement_document import AgreementArticle
from hubdesk.domain.errors import PermissionDenied, ResidentNumberNotAllowed, ValidationError
from hubdesk.services.core.settings import HubSettings, SettingsService
from hubdesk.storage.models import HubSetting

EDITED = (
    AgreementArticle("목적", "{갑}과 {을}의 협약. 금액은 {보조금_한글}({보조금})."),
    AgreementArticle("특약", "을은 성과공유회에 참여한다. 중괄호는 {{이렇게}} 쓴다."),
)


def test_a_new_file_has_the_default_articles(hub: Hub) -> None:
    assert SettingsService(hub.db, hub.clerk).settings().agreement_articles == DEFAULT_ARTICLES


def test_edited_articles_are_stored_as_json_and_read_back(hub: Hub) -> None:
    service = SettingsService(hub.db, hub.admin)
    service.save(replace(service.settings(), agreement_articles=EDITED))
    assert SettingsService(hub.db, hub.clerk).settings().agreement_articles == EDITED
    with hub.db.read() as session:
        stored = session.scalar(select(HubSetting).where(HubSetting.key == "agreement_articles"))
        assert stored is not None
        assert json.loads(stored.value) == [{"title": a.title, "text": a.text} for a in EDITED]


@pytest.mark.parametrize(
    ("articles", "reason"),
    [
        ((), "one to 30"),
        ((AgreementArticle("목적", "본문"),) * 31, "one to 30"),
        ((EDITED[0], AgreementArticle("  ", "본문")), "article 2 needs a title"),
        ((AgreementArticle("목적", " \n "),), "article 1 needs a title and a text"),
        ((AgreementArticle("가" * 61, "본문"),), "article 1: title is longer than 60"),
        ((AgreementArticle("목적", "가" * 4001),), "article 1: text is longer than 4000"),
        (
            (EDITED[0], AgreementArticle("특약", "{대표자}는 서명한다.")),
            "article 2: unknown placeholder {대표자}",
        ),
        ((AgreementArticle("{사업번호}", "본문"),), "article 1: unknown placeholder {사업번호}"),
        ((AgreementArticle("목적", "금액 {보조금"),), "article 1: unknown placeholder {"),
    ],
)
def test_bad_articles_are_refused_and_nothing_changes(
    hub: Hub, articles: tuple[AgreementArticle, ...], reason: str
) -> None:
    service = SettingsService(hub.db, hub.admin)
    changed = replace(service.settings(), hub_name="바뀐 이름", agreement_articles=articles)
    error = refused(hub.db, ValidationError, service.save, changed)
    assert error.values["field"] == "agreement_articles"
    assert reason in error.values["reason"]
    assert service.settings().hub_name != "바뀐 이름"


def test_an_article_is_not_a_place_for_a_resident_number(hub: Hub) -> None:
    service = SettingsService(hub.db, hub.admin)
    article = AgreementArticle("특약", "대표자 800101-1234567")
    changed = replace(service.settings(), agreement_articles=(article,))
    refused(hub.db, ResidentNumberNotAllowed, service.save, changed)


def test_only_an_administrator_changes_the_articles(hub: Hub) -> None:
    service = SettingsService(hub.db, hub.manager)
    changed = replace(service.settings(), agreement_articles=EDITED)
    refused(hub.db, PermissionDenied, service.save, changed)


def test_an_article_that_is_not_an_article_is_refused_at_the_door(hub: Hub) -> None:
    service = SettingsService(hub.db, hub.admin)
    changed = replace(HubSettings(), agreement_articles=({"title": "목적", "text": "본문"},))  # type: ignore[arg-type]
    error = refused(hub.db, ValidationError, service.save, changed)
    assert error.values["field"] == "agreement_articles"


def test_korean_is_stored_as_korean_and_an_escaped_row_is_not_rewritten(hub: Hub) -> None:
    service = SettingsService(hub.db, hub.admin)
    service.save(replace(service.settings(), director_name="정민호"))
    with hub.db.write("test") as session:  # a row saved by an older version: escaped
        row = session.get_one(HubSetting, "hub_name")
        row.value = json.dumps("금천구 사회적경제 허브센터")
        assert "\\u" in row.value
    before = snapshot(hub.db)
    service.save(service.settings())  # nothing changed in meaning: nothing is written
    assert snapshot(hub.db) == before
    with hub.db.read() as session:
        assert session.get_one(HubSetting, "director_name").value == '"정민호"'
