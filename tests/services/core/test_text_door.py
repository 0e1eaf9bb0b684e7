"""Input that gets through (issue 12.6): every text field of every service passes one
door. Bad text is refused with the field's name and changes nothing; good text is kept
NFKC-normalised without invisible characters; a resident number is refused however it
is written."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select
from support.consulting import session_draft
from support.grants import dev_draft, paid_disbursement, signed_dev_agreement
from support.hub import TODAY, Hub, refused

from hubdesk.domain.agreement_document import AgreementArticle
from hubdesk.domain.enums import (
    ConsultingField,
    GrantKind,
    SpaceKind,
    StaffRole,
    TeamKind,
    TrainingCategory,
)
from hubdesk.domain.errors import ResidentNumberNotAllowed, ValidationError
from hubdesk.services.consulting.consultants import ConsultantService
from hubdesk.services.consulting.sessions import ConsultingService
from hubdesk.services.core.settings import SettingsService
from hubdesk.services.goals.goals import GoalService
from hubdesk.services.grants.agreements import GrantService, ProgramDraft
from hubdesk.services.grants.settlements import SettlementService
from hubdesk.services.hub.team_views import TeamQuery, TeamViewService
from hubdesk.services.people.accounts import AccountService, sign_in
from hubdesk.services.people.teams import TeamDraft, TeamService
from hubdesk.services.spaces.applications import ApplicationService
from hubdesk.services.spaces.spaces import SpaceService
from hubdesk.storage.models import ConsultingSession, HubSetting, SettlementExpense, Team


@dataclass(frozen=True)
class TextField:
    """One text field of a service: ``write(hub, text)`` saves a record with ``text`` in it."""

    label: str
    field: str
    write: Callable[[Hub, str], Any]
    multiline: bool = False

    def __str__(self) -> str:
        return self.label


def _team(hub: Hub, **values: Any) -> Any:
    fields: dict[str, Any] = {
        "name": "독산동 돌봄협동조합",
        "kind": TeamKind.COOPERATIVE,
        "representative": "정수민",
    }
    return TeamService(hub.db, hub.clerk).add(TeamDraft(**(fields | values)))


def _settings(hub: Hub, **values: Any) -> Any:
    service = SettingsService(hub.db, hub.admin)
    return service.save(replace(service.settings(), **values))


def _article(hub: Hub, title: str, text: str) -> Any:
    return _settings(hub, agreement_articles=(AgreementArticle(title, text),))


def _program(hub: Hub, **values: Any) -> Any:
    draft = ProgramDraft(2027, GrantKind.DEVELOPMENT_COST, "2027 사업개발비", 10**7, 10**7, 10**7)
    return GrantService(hub.db, hub.admin).add_program(replace(draft, **values))


FIELDS = [
    TextField("team name", "name", lambda hub, t: _team(hub, name=t)),
    TextField("representative", "representative", lambda hub, t: _team(hub, representative=t)),
    TextField("team address", "address", lambda hub, t: _team(hub, address=t)),
    TextField("team e-mail", "email", lambda hub, t: _team(hub, email=f"{t}@coop.kr")),
    TextField("description", "description", lambda hub, t: _team(hub, description=t), True),
    TextField(
        "consultant name",
        "name",
        lambda hub, t: ConsultantService(hub.db, hub.admin).add_consultant(
            t, "성공회대학교", [ConsultingField.LEGAL]
        ),
    ),
    TextField(
        "affiliation",
        "affiliation",
        lambda hub, t: ConsultantService(hub.db, hub.admin).add_consultant(
            "한변호사", t, [ConsultingField.LEGAL]
        ),
    ),
    TextField(
        "space name",
        "name",
        lambda hub, t: SpaceService(hub.db, hub.admin).add_space(
            "4F-401", t, 4, SpaceKind.PRIVATE_OFFICE, 4, 20.0, 300_000
        ),
    ),
    TextField(
        "session topic",
        "topic",
        lambda hub, t: ConsultingService(hub.db, hub.clerk).schedule(session_draft(hub, topic=t)),
    ),
    TextField(
        "agreement purpose",
        "purpose",
        lambda hub, t: GrantService(hub.db, hub.clerk).create_agreement(dev_draft(hub, purpose=t)),
        True,
    ),
    TextField(
        "payee holder",
        "payee_holder",
        lambda hub, t: GrantService(hub.db, hub.clerk).create_agreement(
            dev_draft(hub, payee_holder=t)
        ),
    ),
    TextField("program name", "name", lambda hub, t: _program(hub, name=t)),
    TextField(
        "eligible category",
        "eligible_categories",
        lambda hub, t: _program(hub, eligible_categories=("재료비", t)),
    ),
    TextField(
        "application note",
        "note",
        lambda hub, t: ApplicationService(hub.db, hub.clerk).submit(
            hub.teams["startup"], SpaceKind.OPEN_DESK, 1, TODAY, t
        ),
        True,
    ),
    TextField(
        "course title",
        "title",
        lambda hub, t: GoalService(hub.db, hub.clerk).add_course(
            t, TrainingCategory.ACADEMY, date(2026, 3, 2), date(2026, 3, 30), 20, 18
        ),
    ),
    TextField(
        "staff name",
        "display_name",
        lambda hub, t: AccountService(hub.db, hub.director).add(
            "choi", t, StaffRole.STAFF, "password-123"
        ),
    ),
    TextField(
        "day off",
        "name",
        lambda hub, t: SettingsService(hub.db, hub.admin).add_day_off(date(2026, 12, 24), t),
    ),
    TextField("hub name", "hub_name", lambda hub, t: _settings(hub, hub_name=t)),
    TextField("director", "director_name", lambda hub, t: _settings(hub, director_name=t)),
    TextField(
        "approval title",
        "approval_titles",
        lambda hub, t: _settings(hub, approval_titles=("담당", t, "센터장")),
    ),
    TextField("article title", "agreement_articles", lambda hub, t: _article(hub, t, "본문")),
    TextField("article text", "agreement_articles", lambda hub, t: _article(hub, "특약", t), True),
]
ONE_LINE = [field for field in FIELDS if not field.multiline]
REQUIRED = [
    field
    for field in ONE_LINE
    if field.label not in ("team address", "team e-mail", "eligible category", "payee holder")
]

# --- invisible characters, control and direction characters, broken text ------------

INVISIBLE_ONLY = [
    "\u200b",  # zero-width space
    "\u200b\u200c\u200d",  # zero-width space, non-joiner, joiner
    "\u2060\ufeff",  # word joiner, byte-order mark
    "\u3164\u3164",  # Hangul filler: the "blank" Korean name
    "\uffa0",  # half-width Hangul filler
    " \u200b\u3000\u00ad ",  # with spaces, an ideographic space and a soft hyphen
]


@pytest.mark.parametrize("invisible", INVISIBLE_ONLY, ids=ascii)
@pytest.mark.parametrize("field", REQUIRED, ids=str)
def test_a_name_of_only_invisible_characters_is_empty(
    hub: Hub, field: TextField, invisible: str
) -> None:
    error = refused(hub.db, ValidationError, field.write, hub, invisible)
    assert error.values["field"] == field.field
    assert error.values["reason"] in ("must not be empty", "article 1 needs a title and a text")


BAD_CHARACTERS = [
    "\x00",  # NUL
    "\x07",  # bell
    "\x1b",  # escape
    "\x7f",  # delete
    "\x85",  # next line (C1)
    "\u202e",  # right-to-left override
    "\u202d",  # left-to-right override
    "\u2066",  # left-to-right isolate
    "\u200f",  # right-to-left mark
    "\ud800",  # a lone high surrogate
    "\udfff",  # a lone low surrogate
]


@pytest.mark.parametrize("char", BAD_CHARACTERS, ids=ascii)
@pytest.mark.parametrize("field", FIELDS, ids=str)
def test_control_direction_and_broken_characters_are_refused_by_field(
    hub: Hub, field: TextField, char: str
) -> None:
    error = refused(hub.db, ValidationError, field.write, hub, f"함께{char}카페")
    assert error.values["field"] == field.field
    assert f"U+{ord(char):04X}" in error.values["reason"]


@pytest.mark.parametrize("field", ONE_LINE, ids=str)
@pytest.mark.parametrize("char", ["\n", "\r", "\t", "\u2028"], ids=ascii)
def test_a_one_line_field_refuses_a_line_break_or_tab_inside(
    hub: Hub, field: TextField, char: str
) -> None:
    error = refused(hub.db, ValidationError, field.write, hub, f"함께{char}카페")
    assert error.values["field"] == field.field


def test_a_multi_line_field_keeps_its_tabs_and_line_breaks(hub: Hub) -> None:
    text = "첫째 줄\n\t- 들여 쓴 둘째 줄\r\n셋째 줄"
    assert _team(hub, description=text).description == text


def test_a_search_with_broken_text_is_refused_by_field(hub: Hub) -> None:
    service = TeamViewService(hub.db, hub.clerk)
    for text in ("\ud800", "함께\x00", "\u202e카페"):
        error = refused(hub.db, ValidationError, service.search, TeamQuery(text=text), TODAY)
        assert error.values["field"] == "text"


# --- NFKC: what is kept ----------------------------------------------------------------


def test_team_text_is_kept_nfkc_normalised_without_invisible_characters(hub: Hub) -> None:
    team = _team(
        hub,
        name="ＡＢＣ\u200b협동조합",
        representative="\u3164정\u200d수민",
        address="서울특별시　금천구 가산로 １２",
        description="ﬁ ５개 ① 유지",
    )
    assert (team.name, team.representative) == ("ABC협동조합", "정수민")
    assert (team.address, team.description) == ("서울특별시 금천구 가산로 12", "fi 5개 ① 유지")
    with hub.db.read() as session:
        assert session.get_one(Team, team.id).name == "ABC협동조합"
    found = TeamViewService(hub.db, hub.clerk).search(TeamQuery(text="ａｂｃ"), TODAY)
    assert [row.id for row in found] == [team.id]


def test_hub_settings_are_kept_through_the_door(hub: Hub) -> None:
    kept = _settings(
        hub,
        hub_name="  금천구 사회적경제 허브센터\u200b ",
        approval_titles=(" 담당 ", "팀\u200b장", "센터장"),
        agreement_articles=(AgreementArticle(" 목적\u3000", "본문１\n둘째 줄\n"),),
    )
    assert kept.hub_name == "금천구 사회적경제 허브센터"
    assert kept.approval_titles == ("담당", "팀장", "센터장")
    assert kept.agreement_articles == (AgreementArticle("목적", "본문1\n둘째 줄"),)
    assert SettingsService(hub.db, hub.clerk).settings() == kept
    with hub.db.read() as session:
        assert session.get_one(HubSetting, "approval_titles").value == '["담당", "팀장", "센터장"]'


def test_an_approval_title_longer_than_a_box_is_refused(hub: Hub) -> None:
    write = FIELDS[[f.label for f in FIELDS].index("approval title")].write
    error = refused(hub.db, ValidationError, write, hub, "가" * 21)
    assert error.values["field"] == "approval_titles"


def test_a_redone_session_keeps_its_text_through_the_door(hub: Hub) -> None:
    """restore_session wrote the record's place and topic as they came."""
    service = ConsultingService(hub.db, hub.clerk)
    booked = service.schedule(session_draft(hub)).session
    service.unschedule(booked.id)
    again = replace(booked, topic="  사업계획 점검\u200b ", place="３층 회의실")
    service.restore_session(again)
    with hub.db.read() as session:
        row = session.scalars(select(ConsultingSession)).one()
        assert (row.topic, row.place) == ("사업계획 점검", "3층 회의실")
    service.unschedule(booked.id)
    refused(
        hub.db,
        ResidentNumberNotAllowed,
        service.restore_session,
        replace(booked, topic="900101－1234567"),
    )


def test_an_expense_category_is_read_through_the_door(hub: Hub) -> None:
    """A category typed with a trailing space or a zero-width character is the category."""
    agreement = signed_dev_agreement(hub, end_date=date(2026, 8, 9))
    paid_disbursement(hub, agreement.id, 9_000_000)
    service = SettlementService(hub.db, hub.clerk)
    settlement = service.open(agreement.id)
    first = service.add_expense(settlement.id, "재료비 ", "원자재", date(2026, 5, 2), 100_000)
    second = service.add_expense(settlement.id, "홍보\u200b비", "전단", date(2026, 5, 3), 50_000)
    with hub.db.read() as session:
        kept = [session.get_one(SettlementExpense, key).category for key in (first, second)]
    assert kept == ["재료비", "홍보비"]


# --- passwords are taken as typed ----------------------------------------------------


def test_a_password_is_not_normalised_and_broken_text_is_refused_by_field(hub: Hub) -> None:
    service = AccountService(hub.db, hub.director)
    service.add("choi", "최담당", StaffRole.STAFF, "ｐａｓｓｗｏｒｄ１２")
    assert sign_in(hub.db, "choi", "ｐａｓｓｗｏｒｄ１２").username == "choi"
    for password in ("password\ud800", "password\x00"):
        error = refused(
            hub.db, ValidationError, service.add, "jung", "정담당", StaffRole.STAFF, password
        )
        assert error.values["field"] == "password"


# --- resident numbers in every disguise, in every field --------------------------------

DISGUISES = [
    "900101.1234567",  # dots
    "900101\u20131234567",  # en dash
    "900101\u20141234567",  # em dash
    "900101\u22121234567",  # minus sign
    "900101\u20101234567",  # hyphen
    "900101\u20111234567",  # non-breaking hyphen
    "900101\ufe631234567",  # small hyphen-minus
    "900101\uff0d1234567",  # full-width hyphen-minus
    "900101\u23af1234567",  # horizontal line extension
    "900101\u25001234567",  # box drawing ─, typed from the Korean ㅂ+한자 table
    "900101\u31611234567",  # the Hangul letter ㅡ typed as a dash
    "900101/1234567",
    "900101 -- 1234567",
    "900101\u00b71234567",  # middle dot
    "９００１０１－１２３４５６７",  # full-width digits and dash
    "９００１０１-１２３４５６７",
    "𝟗𝟎𝟎𝟏𝟎𝟏-𝟏𝟐𝟑𝟒𝟓𝟔𝟕",  # mathematical bold digits
    "٩٠٠١٠١-١٢٣٤٥٦٧",  # Arabic-Indic digits
    "9001\u200b01-12345\u200d67",  # zero-width characters inside
    "900101\u2060-\u20601234567",  # word joiners
    "900101\u00ad-1234567",  # a soft hyphen
]


@pytest.mark.parametrize("disguise", DISGUISES, ids=ascii)
def test_a_resident_number_in_disguise_is_refused(hub: Hub, disguise: str) -> None:
    error = refused(
        hub.db, ResidentNumberNotAllowed, _team, hub, description=f"대표 주민번호 {disguise}"
    )
    assert error.values == {"field": "description"}


@pytest.mark.parametrize("field", FIELDS, ids=str)
def test_every_text_field_refuses_a_disguised_resident_number(hub: Hub, field: TextField) -> None:
    text = (
        "９００１０１－１２３４５６７" if field.label != "team e-mail" else "９００１０１.1234567"
    )
    error = refused(hub.db, ResidentNumberNotAllowed, field.write, hub, text)
    assert error.values == {"field": field.field}


def test_a_thirteen_digit_bank_account_is_no_resident_number(hub: Hub) -> None:
    """Digits split other than 6 | 7 are another number (농협 accounts have 13 digits)."""
    record = GrantService(hub.db, hub.clerk).create_agreement(
        dev_draft(hub, payee_account="301-0123-4567-81")
    )
    assert record.number
