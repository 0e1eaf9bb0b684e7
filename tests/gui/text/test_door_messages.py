"""The text door's refusals (issue 12.6) read as Korean sentences that name the field."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from support.hub import TODAY, Hub
from support.korean import RecordingTranslator, korean_recorder, latin_words

from hubdesk.domain.enums import StaffRole, TeamKind
from hubdesk.domain.errors import HubDeskError
from hubdesk.gui.text.messages import describe
from hubdesk.services.core.settings import SettingsService
from hubdesk.services.hub.team_views import TeamQuery, TeamViewService
from hubdesk.services.people.accounts import AccountService
from hubdesk.services.people.teams import TeamDraft, TeamService

HANGUL = re.compile(r"[가-힣]")


@pytest.fixture
def korean(qapp: object) -> Iterator[RecordingTranslator]:
    yield from korean_recorder()


def _caught(call: Callable[[], object]) -> HubDeskError:
    with pytest.raises(HubDeskError) as error:
        call()
    return error.value


def _refusals(hub: Hub) -> dict[str, tuple[HubDeskError, str]]:
    """name: (error, the Korean field name the sentence must start with)."""
    teams = TeamService(hub.db, hub.clerk)
    settings = SettingsService(hub.db, hub.admin)

    def team(**values: object) -> Callable[[], object]:
        fields: dict[str, object] = {
            "name": "돌봄협동조합",
            "kind": TeamKind.COOPERATIVE,
            "representative": "정수민",
        }
        return lambda: teams.add(TeamDraft(**(fields | values)))  # type: ignore[arg-type]

    def titles(*values: str) -> Callable[[], object]:
        return lambda: settings.save(replace(settings.settings(), approval_titles=values))

    calls: dict[str, tuple[Callable[[], object], str]] = {
        "control": (team(name="돌봄\x07협동조합"), "이름"),
        "NUL": (team(representative="정\x00수민"), "대표자"),
        "direction": (team(name="돌봄\u202e협동조합"), "이름"),
        "lone surrogate": (team(address="금천구\ud800"), "주소"),
        "one line": (team(name="돌봄\n협동조합"), "이름"),
        "invisible only": (team(name="\u200b\u3164"), "이름"),
        "resident number": (team(description="９００１０１－１２３４５６７"), "소개"),
        "approval title": (titles("담당", "\u200b"), "결재란"),
        "phone": (team(phone="010-1234-567O"), "전화"),
        "business number": (team(brn="000-00-00000"), "사업자등록번호"),
        "search": (
            lambda: TeamViewService(hub.db, hub.clerk).search(TeamQuery(text="\ud800"), TODAY),
            "검색어",
        ),
        "password": (
            lambda: AccountService(hub.db, hub.director).add(
                "choi", "최담당", StaffRole.STAFF, "password\ud800"
            ),
            "비밀번호",
        ),
    }
    return {name: (_caught(call), start) for name, (call, start) in calls.items()}


def test_every_door_refusal_is_a_korean_sentence_naming_the_field(
    hub: Hub, korean: RecordingTranslator
) -> None:
    shown = {name: (describe(error), start) for name, (error, start) in _refusals(hub).items()}
    left = {
        name: text for name, (text, _) in shown.items() if latin_words(iter([("", text)]), set())
    }
    assert left == {}
    assert {name: text for name, (text, start) in shown.items() if start not in text} == {}
    assert all(HANGUL.search(text) for text, _ in shown.values())
    assert korean.our_misses() == set()
