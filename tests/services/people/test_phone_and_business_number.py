"""A phone field takes only what a Korean phone number can be; a business number that
was never issued (000-00-00000) is refused (issue 12.6)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from support.hub import Hub, refused

from hubdesk.domain.brn import make_valid_brn
from hubdesk.domain.enums import ConsultingField, TeamKind
from hubdesk.domain.errors import BusinessNumberNotIssued, ValidationError
from hubdesk.services.consulting.consultants import ConsultantService
from hubdesk.services.consulting.views import ConsultingViewService
from hubdesk.services.people.teams import TeamDraft, TeamService

NOT_PHONES = [
    "abc",
    "전화 없음",
    "010-1234-567O",
    "010-1234-5678 (내선 2)",
    "010-1234",
    "010-1234-56789",
    "000-0000-0000",
    "012-345-6789",
    "+1 212 555 1234",
    "02-000-0000",
    "1234",
]


def draft(**changes: object) -> TeamDraft:
    values: dict[str, object] = {
        "name": "독산동 돌봄협동조합",
        "kind": TeamKind.COOPERATIVE,
        "representative": "정수민",
    }
    return TeamDraft(**(values | changes))  # type: ignore[arg-type]


@pytest.mark.parametrize("phone", NOT_PHONES)
def test_a_team_phone_that_is_no_korean_number_is_refused_by_field(hub: Hub, phone: str) -> None:
    error = refused(hub.db, ValidationError, TeamService(hub.db, hub.clerk).add, draft(phone=phone))
    assert error.values["field"] == "phone"


@pytest.mark.parametrize("phone", NOT_PHONES)
def test_a_consultant_phone_that_is_no_korean_number_is_refused_by_field(
    hub: Hub, phone: str
) -> None:
    service = ConsultantService(hub.db, hub.admin)
    fields = [ConsultingField.LEGAL]
    error = refused(
        hub.db, ValidationError, service.add_consultant, "한변호사", "법무법인", fields, phone=phone
    )
    assert error.values["field"] == "phone"
    (kang,) = [
        c
        for c in ConsultingViewService(hub.db, hub.clerk).consultants()
        if c.id == hub.consultants["kang"]
    ]
    edit = replace(kang.draft, phone=phone)
    refused(hub.db, ValidationError, service.update_consultant, kang.id, edit, version=kang.version)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("01012345678", "010-1234-5678"),
        ("０１０．１２３４．５６７８", "010-1234-5678"),  # full-width, through NFKC
        ("+82 10 1234 5678", "010-1234-5678"),
        ("(02) 123-4567", "02-123-4567"),
        ("1588 1234", "1588-1234"),
    ],
)
def test_a_phone_is_kept_in_one_form(hub: Hub, typed: str, kept: str | None) -> None:
    assert TeamService(hub.db, hub.clerk).add(draft(phone=typed)).phone == kept


@pytest.mark.parametrize(
    "brn", ["000-00-00000", "0000000000", "000-86-12345", "119-00-12345", "119-86-00005"]
)
def test_a_business_number_never_issued_is_refused_even_when_confirmed(hub: Hub, brn: str) -> None:
    service = TeamService(hub.db, hub.clerk)
    for confirm in (False, True):
        refused(
            hub.db,
            BusinessNumberNotIssued,
            service.add,
            draft(brn=brn),
            confirm_check_digit=confirm,
        )


def test_an_issued_business_number_is_still_taken(hub: Hub) -> None:
    team = TeamService(hub.db, hub.clerk).add(draft(brn=make_valid_brn("101010001").formatted))
    assert team.brn == make_valid_brn("101010001").digits


def test_a_blank_phone_is_no_phone(hub: Hub) -> None:
    assert TeamService(hub.db, hub.clerk).add(draft(phone="  ")).phone is None
