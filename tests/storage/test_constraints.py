"""The schema itself refuses bad rows, even from code that bypasses the services."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from hubdesk.domain.enums import DisbursementStatus
from hubdesk.storage import Database
from hubdesk.storage.models import Disbursement, Team, Tenancy

if TYPE_CHECKING:
    from .conftest import MakeTeam, Seeded, TableRows


@dataclass(frozen=True)
class Bad:
    """A plain SQL statement that breaks one rule; ``table`` must stay unchanged."""

    rule: str
    error: str  # pattern of what SQLite names: the constraint, FOREIGN KEY, UNIQUE, NOT NULL
    table: str
    sql: str
    params: Callable[[Seeded], dict[str, Any]]


BAD_WRITES = [
    Bad(
        "tenancy end before start",
        "ck_tenancies_end_after_start",
        "tenancies",
        "INSERT INTO tenancies (team_id, space_id, seats, start_date, end_date, status)"
        " VALUES (:team, :space, 1, '2026-06-01', '2026-05-31', 'active')",
        lambda s: {"team": s.team, "space": s.space},
    ),
    Bad(
        "tenancy end moved before start",
        "ck_tenancies_end_after_start",
        "tenancies",
        "UPDATE tenancies SET end_date = '2024-12-31' WHERE id = :id",
        lambda s: {"id": s.tenancy},
    ),
    Bad(
        "tenancy for a missing team",
        "FOREIGN KEY",
        "tenancies",
        "INSERT INTO tenancies (team_id, space_id, seats, start_date, end_date, status)"
        " VALUES (9999, :space, 1, '2026-01-01', '2026-12-31', 'active')",
        lambda s: {"space": s.space},
    ),
    Bad(
        "team with records deleted",
        "FOREIGN KEY",
        "teams",
        "DELETE FROM teams WHERE id = :id",
        lambda s: {"id": s.team},
    ),
    Bad(
        "duplicate business number",
        "UNIQUE constraint failed: teams.brn",
        "teams",
        "INSERT INTO teams (name, kind, status, representative, brn)"
        " VALUES ('둘째', 'cooperative', 'operating', '박대표', :brn)",
        lambda s: {"brn": s.team_brn},
    ),
    Bad(
        "business number not 10 digits",
        "ck_teams_brn_ten_digits",
        "teams",
        "UPDATE teams SET brn = '123456789' WHERE id = :id",
        lambda s: {"id": s.team},
    ),
    Bad(
        "unknown team kind",
        "ck_teams_team_kind",
        "teams",
        "INSERT INTO teams (name, kind, status, representative)"
        " VALUES ('셋째', 'corporation', 'operating', '최대표')",
        lambda _: {},
    ),
    Bad(
        "unknown team status",
        "ck_teams_team_status",
        "teams",
        "UPDATE teams SET status = 'bankrupt' WHERE id = :id",
        lambda s: {"id": s.team},
    ),
    Bad(
        "closed without a closing date",
        "ck_teams_closed_on_iff_closed",
        "teams",
        "UPDATE teams SET status = 'closed' WHERE id = :id",
        lambda s: {"id": s.team},
    ),
    Bad(
        "missing team name",
        "NOT NULL constraint failed: teams.name",
        "teams",
        "INSERT INTO teams (kind, status, representative)"
        " VALUES ('cooperative', 'operating', '정대표')",
        lambda _: {},
    ),
    Bad(
        "four eyes: approver is the requester",
        "ck_disbursements_four_eyes",
        "disbursements",
        "UPDATE disbursements SET status = 'approved', approved_by = requested_by,"
        " approved_at = '2025-03-11 09:00:00' WHERE id = :id",
        lambda s: {"id": s.disbursement},
    ),
    Bad(
        "four eyes on a new row",
        "ck_disbursements_four_eyes",
        "disbursements",
        "INSERT INTO disbursements (agreement_id, sequence, label, amount, status,"
        " requested_by, approved_by)"
        " VALUES (:agreement, 2, '2차', 1000, 'approved', :kim, :kim)",
        lambda s: {"agreement": s.agreement, "kim": s.kim},
    ),
    Bad(
        "approved without an approver",
        "ck_disbursements_approved_has_approver",
        "disbursements",
        "UPDATE disbursements SET status = 'approved' WHERE id = :id",
        lambda s: {"id": s.disbursement},
    ),
    Bad(
        "paid without a date",
        "ck_disbursements_paid_has_date",
        "disbursements",
        "UPDATE disbursements SET status = 'paid', approved_by = :lee WHERE id = :id",
        lambda s: {"id": s.disbursement, "lee": s.lee},
    ),
    Bad(
        "negative payment that reverses nothing",
        "ck_disbursements_amount_sign",
        "disbursements",
        "UPDATE disbursements SET amount = -5 WHERE id = :id",
        lambda s: {"id": s.disbursement},
    ),
    Bad(
        "expense approved above the claim",
        "ck_settlement_expenses_(approved_range|decision_matches_amount)",
        "settlement_expenses",
        "UPDATE settlement_expenses SET decision = 'partly_approved', approved = claimed + 1"
        " WHERE id = :id",
        lambda s: {"id": s.expense},
    ),
    Bad(
        "expense decision disagrees with the amount",
        "ck_settlement_expenses_decision_matches_amount",
        "settlement_expenses",
        "UPDATE settlement_expenses SET decision = 'approved', approved = 10 WHERE id = :id",
        lambda s: {"id": s.expense},
    ),
    Bad(
        "agreement for a missing program",
        "FOREIGN KEY",
        "grant_agreements",
        "UPDATE grant_agreements SET program_id = 9999 WHERE id = :id",
        lambda s: {"id": s.agreement},
    ),
    Bad(
        "grant agreement without money",
        "ck_grant_agreements_grant_positive",
        "grant_agreements",
        "UPDATE grant_agreements SET city_amount = 0, district_amount = 0 WHERE id = :id",
        lambda s: {"id": s.agreement},
    ),
    Bad(
        "second settlement of one agreement",
        "UNIQUE constraint failed: settlements.agreement_id",
        "settlements",
        "INSERT INTO settlements (agreement_id, status, due_date)"
        " VALUES (:agreement, 'open', '2026-01-30')",
        lambda s: {"agreement": s.agreement},
    ),
]


@pytest.mark.parametrize("bad", BAD_WRITES, ids=lambda bad: bad.rule)
def test_plain_sql_cannot_break_a_rule(
    db: Database, seeded: Seeded, table_rows: TableRows, bad: Bad
) -> None:
    before = table_rows(bad.table)
    audit_before = table_rows("audit_log")
    with pytest.raises(IntegrityError) as refused, db.engine.begin() as connection:
        connection.execute(text(bad.sql), bad.params(seeded))
    assert re.search(bad.error, str(refused.value.orig))
    assert table_rows(bad.table) == before
    assert table_rows("audit_log") == audit_before


def test_orm_tenancy_ending_before_it_starts_is_refused(
    db: Database, seeded: Seeded, table_rows: TableRows
) -> None:
    before = table_rows("tenancies")
    with pytest.raises(IntegrityError, match="end_after_start"), db.write("kim") as session:
        session.add(
            Tenancy(
                team_id=seeded.team,
                space_id=seeded.space,
                seats=1,
                start_date=date(2026, 3, 1),
                end_date=date(2026, 2, 28),
                status="active",
            )
        )
    assert table_rows("tenancies") == before


def test_orm_duplicate_business_number_is_refused(
    db: Database, seeded: Seeded, table_rows: TableRows, make_team: MakeTeam
) -> None:
    before, audit_before = table_rows("teams"), table_rows("audit_log")
    with pytest.raises(IntegrityError, match="UNIQUE"), db.write("kim") as session:
        session.add(make_team("다른 팀", brn=seeded.team_brn))
    assert table_rows("teams") == before
    assert table_rows("audit_log") == audit_before


def test_orm_four_eyes_is_refused(db: Database, seeded: Seeded, table_rows: TableRows) -> None:
    before = table_rows("disbursements")
    with pytest.raises(IntegrityError, match="four_eyes"), db.write("kim") as session:
        disbursement = session.get_one(Disbursement, seeded.disbursement)
        disbursement.status = DisbursementStatus.APPROVED
        disbursement.approved_by = seeded.kim
    assert table_rows("disbursements") == before


def test_orm_team_with_records_cannot_be_deleted(
    db: Database, seeded: Seeded, table_rows: TableRows
) -> None:
    before = table_rows("teams")
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), db.write("kim") as session:
        session.delete(session.get_one(Team, seeded.team))
    assert table_rows("teams") == before


def test_a_valid_second_approver_is_accepted(db: Database, seeded: Seeded) -> None:
    """The constraints are not simply refusing everything."""
    with db.write("lee") as session:
        disbursement = session.get_one(Disbursement, seeded.disbursement)
        disbursement.status = DisbursementStatus.APPROVED
        disbursement.approved_by = seeded.lee
    with db.read() as session:
        assert session.get_one(Disbursement, seeded.disbursement).approved_by == seeded.lee
