"""A small hub for tests: staff, teams, spaces, the MOU, grant programs; snapshot checks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from hubdesk.domain.brn import make_valid_brn
from hubdesk.domain.enums import ConsultingField, GrantKind, SpaceKind, StaffRole, TeamKind
from hubdesk.domain.errors import HubDeskError
from hubdesk.domain.records import Actor
from hubdesk.services.consulting.consultants import ConsultantService
from hubdesk.services.grants.agreements import GrantService, ProgramDraft
from hubdesk.services.people.staff import add_staff, system_actor
from hubdesk.services.people.teams import TeamDraft, TeamService
from hubdesk.services.spaces.spaces import SpaceService
from hubdesk.storage import Database
from hubdesk.storage.models import Base

TODAY = date(2026, 11, 24)


@dataclass
class Hub:
    """Ids of what the fixture made, and the people who act."""

    db: Database
    admin: Actor
    clerk: Actor  # 담당 (staff): requests
    manager: Actor  # 팀장: approves
    director: Actor  # 센터장 (administrator): approves too
    teams: dict[str, int]
    spaces: dict[str, int]
    consultants: dict[str, int]
    programs: dict[str, int]


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, audit trail included."""
    with db.read() as session:
        return {
            table.name: [
                tuple(row) for row in session.execute(select(table).order_by(*table.primary_key))
            ]
            for table in Base.metadata.sorted_tables
        }


def refused(
    db: Database, error: type[HubDeskError], call: Callable[..., Any], *args: Any, **kwargs: Any
) -> HubDeskError:
    """Call a service that must refuse: the typed error is raised and nothing changed."""
    before = snapshot(db)
    with pytest.raises(error) as caught:
        call(*args, **kwargs)
    assert snapshot(db) == before, "a refused operation changed the database"
    return caught.value


def make_hub(db: Database) -> Hub:
    admin = system_actor(db)
    clerk = add_staff(db, "system", "kim", "김담당", StaffRole.STAFF)
    manager = add_staff(db, "system", "lee", "이팀장", StaffRole.MANAGER)
    director = add_staff(db, "system", "park", "박센터장", StaffRole.ADMINISTRATOR)
    teams_service = TeamService(db, clerk)
    teams = {
        key: teams_service.add(
            TeamDraft(name, kind, representative, brn=make_valid_brn(nine).formatted),
            today=TODAY,
        ).id
        for key, name, kind, representative, nine in (
            ("coop", "금천도시농업협동조합", TeamKind.COOPERATIVE, "김철용", "119861234"),
            ("social", "(주)함께일하는세상", TeamKind.SOCIAL_ENTERPRISE, "이영희", "119811111"),
            ("village", "가산마을부엌", TeamKind.VILLAGE_ENTERPRISE, "박민수", "119822222"),
        )
    }
    teams["startup"] = teams_service.add(
        TeamDraft("청년창업팀 온기", TeamKind.STARTUP_TEAM, "최지우"), today=TODAY
    ).id
    space_service = SpaceService(db, admin)
    spaces = {
        code: space_service.add_space(code, name, floor, kind, seats, area, fee).id
        for code, name, floor, kind, seats, area, fee in (
            ("3F-301", "301호", 3, SpaceKind.PRIVATE_OFFICE, 4, 20.0, 300_000),
            ("2F-OD1", "오픈데스크 A", 2, SpaceKind.OPEN_DESK, 6, 40.0, 50_000),
            ("2F-MR1", "회의실 1", 2, SpaceKind.MEETING_ROOM, 10, 30.0, 0),
        )
    }
    consultant_service = ConsultantService(db, admin)
    consultant_service.add_mou(
        "성공회대학교 산학협력단",
        "사회적경제 컨설팅 업무협약",
        date(2025, 1, 1),
        date(2027, 12, 31),
        40,
    )
    consultants = {
        "kang": consultant_service.add_consultant(
            "강교수", "성공회대학교 경영학부", [ConsultingField.STRATEGY, ConsultingField.MARKETING]
        ).id,
        "yoon": consultant_service.add_consultant(
            "윤세무사", "윤세무회계", [ConsultingField.ACCOUNTING_TAX]
        ).id,
    }
    grants = GrantService(db, admin)
    programs = {
        "dev": grants.add_program(
            ProgramDraft(
                2026,
                GrantKind.DEVELOPMENT_COST,
                "2026 사업개발비 지원",
                30_000_000,
                20_000_000,
                10_000_000,
                (10, 20, 30),
                None,
                ("재료비", "홍보비", "외주용역비"),
            )
        ).id,
        "staff": grants.add_program(
            ProgramDraft(
                2026,
                GrantKind.STAFF,
                "2026 전문인력 지원",
                20_000_000,
                20_000_000,
                24_000_000,
                (10, 20, 30),
                2_000_000,
                ("인건비",),
            )
        ).id,
    }
    return Hub(db, admin, clerk, manager, director, teams, spaces, consultants, programs)
