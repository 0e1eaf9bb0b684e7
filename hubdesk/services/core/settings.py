"""Hub settings stored in the file (hub name, director, max stay, approval titles, days off)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hubdesk.domain.agreement_articles import DEFAULT_ARTICLES, unknown_in_article
from hubdesk.domain.agreement_document import AgreementArticle
from hubdesk.domain.deadlines import WorkingCalendar
from hubdesk.domain.errors import RecordChanged, ValidationError
from hubdesk.services.core.base import Service, check_count, clean_text
from hubdesk.services.core.boundary import typed_boundary
from hubdesk.storage.models import DayOff, HubSetting


@dataclass(frozen=True, slots=True)
class HubSettings:
    hub_name: str = "금천구 사회적경제 허브센터"
    hub_address: str = "서울특별시 금천구 가산디지털1로 000"
    director_name: str = "센터장"
    district_name: str = "서울특별시 금천구"
    max_stay_months: int = 36
    deposit_months: int = 1  # a tenancy's deposit (보증금): this many months of its fee
    approval_titles: tuple[str, ...] = ("담당", "팀장", "센터장")
    agreement_articles: tuple[AgreementArticle, ...] = DEFAULT_ARTICLES
    revision: int = 0  # how many times they were saved: an edit of an older one is refused

    def validated(self) -> HubSettings:
        """The settings as they are kept: every text through the door (``clean_text``),
        resident numbers refused in each; raise ``ValidationError`` naming the field."""
        check_count(self.max_stay_months, "max_stay_months", minimum=12, maximum=120)
        check_count(self.deposit_months, "deposit_months", minimum=0, maximum=12)
        if not 1 <= len(self.approval_titles) <= 5:
            raise ValidationError(field="approval_titles", reason="needs one to five titles")
        return replace(
            self,
            hub_name=clean_text(self.hub_name, "hub_name"),
            hub_address=clean_text(self.hub_address, "hub_address"),
            director_name=clean_text(self.director_name, "director_name"),
            district_name=clean_text(self.district_name, "district_name"),
            approval_titles=tuple(
                clean_text(title, "approval_titles", max_length=MAX_APPROVAL_TITLE)
                for title in self.approval_titles
            ),
            agreement_articles=_checked_articles(self.agreement_articles),
        )


MAX_APPROVAL_TITLE = 20
MAX_ARTICLES = 30
MAX_ARTICLE_TITLE = 60
MAX_ARTICLE_TEXT = 4000
ARTICLES = "agreement_articles"


def _checked_articles(articles: tuple[AgreementArticle, ...]) -> tuple[AgreementArticle, ...]:
    """1–30 articles, each with a title and a text, using only known placeholders."""
    if not 1 <= len(articles) <= MAX_ARTICLES:
        raise ValidationError(field=ARTICLES, reason=f"needs one to {MAX_ARTICLES} articles")
    return tuple(_checked_article(number, a) for number, a in enumerate(articles, 1))


def _checked_article(number: int, article: AgreementArticle) -> AgreementArticle:
    where = f"article {number}"
    title = clean_text(article.title, ARTICLES, required=False, max_length=10**6)
    text = clean_text(article.text, ARTICLES, required=False, max_length=10**6, multiline=True)
    if not title or not text:
        raise ValidationError(field=ARTICLES, reason=f"{where} needs a title and a text")
    if len(title) > MAX_ARTICLE_TITLE:
        raise ValidationError(
            field=ARTICLES, reason=f"{where}: title is longer than {MAX_ARTICLE_TITLE} characters"
        )
    if len(text) > MAX_ARTICLE_TEXT:
        raise ValidationError(
            field=ARTICLES, reason=f"{where}: text is longer than {MAX_ARTICLE_TEXT} characters"
        )
    kept = AgreementArticle(title=title, text=text)
    unknown = unknown_in_article(kept)
    if unknown:
        raise ValidationError(
            field=ARTICLES, reason=f"{where}: unknown placeholder {', '.join(unknown)}"
        )
    return kept


def load_settings(tx: Session) -> HubSettings:
    stored = {row.key: json.loads(row.value) for row in tx.scalars(select(HubSetting))}
    known = {f.name for f in fields(HubSettings)}
    values: dict[str, Any] = {k: v for k, v in stored.items() if k in known}
    if "approval_titles" in values:
        values["approval_titles"] = tuple(values["approval_titles"])
    if "agreement_articles" in values:
        values["agreement_articles"] = tuple(
            AgreementArticle(title=str(a["title"]), text=str(a["text"]))
            for a in values["agreement_articles"]
        )
    return replace(HubSettings(), **values)


REVISION = "revision"


def _stored_revision(tx: Session) -> int:
    row = tx.get(HubSetting, REVISION)
    return int(json.loads(row.value)) if row is not None else 0


def _store(tx: Session, key: str, plain: object) -> bool:
    """One setting as JSON (Korean as Korean, so the audit trail shows 센터장, not an
    escape); True when it changed."""
    encoded = json.dumps(plain, ensure_ascii=False)
    row = tx.get(HubSetting, key)
    if row is None:
        tx.add(HubSetting(key=key, value=encoded))
    elif json.loads(row.value) != plain:  # older rows may hold escaped text
        row.value = encoded
    else:
        return False
    return True


def working_calendar(tx: Session) -> WorkingCalendar:
    return WorkingCalendar(tx.scalars(select(DayOff.day)).all())


@typed_boundary
class SettingsService(Service):
    def settings(self) -> HubSettings:
        with self._read() as tx:
            return load_settings(tx)

    def save(self, settings: HubSettings, *, version: int | None = None) -> HubSettings:
        """Hub facts change only by an administrator's hand. ``version`` is the revision
        the editor read: a save by someone else meanwhile is refused (None: undo, redo).
        Returns the settings as saved, with their new revision."""
        self._require_administrator("change the hub settings")
        settings = settings.validated()
        with self._write() as tx:
            stored = _stored_revision(tx)
            if version is not None and version != stored:
                raise RecordChanged(entity="hub settings", key=stored)
            changed = [
                _store(tx, key, list(value) if isinstance(value, tuple) else value)
                for key, value in asdict(settings).items()
                if key != REVISION
            ]
            if not any(changed):
                return replace(settings, revision=stored)  # nothing to write
            _store(tx, REVISION, stored + 1)
            return replace(settings, revision=stored + 1)

    def add_day_off(self, day: date, name: str) -> None:
        self._require_administrator("change the days off")
        name = clean_text(name, "name", max_length=120)
        with self._write() as tx:
            if tx.scalar(select(DayOff).where(DayOff.day == day)) is not None:
                raise ValidationError(field="day", reason=f"{day} is already a day off")
            tx.add(DayOff(day=day, name=name))

    def calendar(self) -> WorkingCalendar:
        with self._read() as tx:
            return working_calendar(tx)
