"""Fixtures for storage tests: a small valid data set written through the ORM, and
helpers to look at a table as plain rows (to prove a refused write changed nothing).

Test modules take everything here as fixtures and import it only for type checking,
so they work in any pytest import mode.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import text

from hubdesk.domain.brn import make_valid_brn
from hubdesk.domain.enums import (
    AgreementStatus,
    DisbursementStatus,
    ExpenseDecision,
    GrantKind,
    SettlementStatus,
    SpaceKind,
    StaffRole,
    TeamKind,
    TeamStatus,
    TenancyStatus,
)
from hubdesk.storage import Database
from hubdesk.storage.models import (
    Disbursement,
    GrantAgreement,
    GrantProgram,
    Settlement,
    SettlementExpense,
    Space,
    StaffUser,
    Team,
    Tenancy,
)

TEAM_BRN = make_valid_brn("105871234").digits


@dataclass(frozen=True)
class Seeded:
    """Ids of one valid row of each kind the constraint tests lean on."""

    kim: int
    lee: int
    team: int
    team_brn: str
    space: int
    tenancy: int
    program: int
    agreement: int
    disbursement: int
    settlement: int
    expense: int


def make_team(name: str = "함께카페 협동조합", **overrides: Any) -> Team:
    values: dict[str, Any] = {
        "name": name,
        "kind": TeamKind.COOPERATIVE,
        "status": TeamStatus.OPERATING,
        "representative": "김민용",
    }
    values.update(overrides)
    return Team(**values)


MakeTeam = Callable[..., Team]


@pytest.fixture(name="make_team")
def make_team_fixture() -> MakeTeam:
    """``make_team(name, **overrides)``: a valid, unsaved Team."""
    return make_team


@pytest.fixture
def seeded(db: Database) -> Seeded:
    with db.write("kim") as session:
        kim = StaffUser(username="kim", display_name="김담당", role=StaffRole.STAFF)
        lee = StaffUser(username="lee", display_name="이팀장", role=StaffRole.MANAGER)
        team = make_team(brn=TEAM_BRN)
        space = Space(
            code="3F-301",
            name="301호",
            floor=3,
            kind=SpaceKind.PRIVATE_OFFICE,
            seats=4,
            area_m2=30.5,
        )
        program = GrantProgram(
            fiscal_year=2025,
            kind=GrantKind.DEVELOPMENT_COST,
            code="DEV",
            name="사회적경제기업 사업개발비 지원",
            city_budget=50_000_000,
            district_budget=130_000_000,
            cap_per_team=20_000_000,
            copay_percents=[10, 20, 30],
            eligible_categories=["홍보비", "시제품 제작비"],
        )
        session.add_all([kim, lee, team, space, program])
        session.flush()
        tenancy = Tenancy(
            team_id=team.id,
            space_id=space.id,
            seats=4,
            start_date=date(2025, 1, 1),
            end_date=date(2025, 12, 31),
            status=TenancyStatus.ACTIVE,
        )
        agreement = GrantAgreement(
            number="2025-DEV-001",
            program_id=program.id,
            team_id=team.id,
            status=AgreementStatus.SIGNED,
            purpose="온라인 판로 개척",
            start_date=date(2025, 3, 1),
            end_date=date(2025, 11, 30),
            city_amount=4_000_000,
            district_amount=6_000_000,
            copayment=1_200_000,
            support_number=1,
        )
        session.add_all([tenancy, agreement])
        session.flush()
        disbursement = Disbursement(
            agreement_id=agreement.id,
            sequence=1,
            label="1차",
            amount=5_000_000,
            status=DisbursementStatus.REQUESTED,
            requested_by=kim.id,
            requested_at=datetime(2025, 3, 10, 10, 0),
        )
        settlement = Settlement(
            agreement_id=agreement.id, status=SettlementStatus.OPEN, due_date=date(2026, 1, 30)
        )
        session.add_all([disbursement, settlement])
        session.flush()
        expense = SettlementExpense(
            settlement_id=settlement.id,
            category="홍보비",
            description="전단지 인쇄",
            spent_on=date(2025, 5, 2),
            claimed=1_000_000,
            decision=ExpenseDecision.PENDING,
        )
        session.add(expense)
        session.flush()
        return Seeded(
            kim=kim.id,
            lee=lee.id,
            team=team.id,
            team_brn=TEAM_BRN,
            space=space.id,
            tenancy=tenancy.id,
            program=program.id,
            agreement=agreement.id,
            disbursement=disbursement.id,
            settlement=settlement.id,
            expense=expense.id,
        )


TableRows = Callable[[str], list[tuple[Any, ...]]]


@pytest.fixture
def table_rows(db: Database) -> TableRows:
    """Every row of a table, in rowid order, read on a fresh connection."""

    def rows(table: str) -> list[tuple[Any, ...]]:
        with db.engine.connect() as connection:
            result = connection.execute(text(f"SELECT * FROM {table} ORDER BY rowid"))
            return [tuple(row) for row in result]

    return rows
