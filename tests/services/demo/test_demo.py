"""The demo data set: deterministic, shaped like the hub of DOMAIN.md, keeping every rule."""

from __future__ import annotations

import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hubdesk.domain.brn import BusinessNumber, EntityType
from hubdesk.domain.deadlines import WorkingCalendar
from hubdesk.domain.enums import (
    AgreementStatus,
    ApplicationStatus,
    DisbursementStatus,
    SessionStatus,
    SettlementStatus,
    SpaceKind,
    TeamKind,
    TeamStatus,
    TenancyStatus,
)
from hubdesk.domain.errors import DatabaseFileError
from hubdesk.domain.money import percent_of
from hubdesk.domain.periods import Quarter, add_months, one_year_from
from hubdesk.services.demo import DemoSummary, generate_demo
from hubdesk.services.demo.generator import DEMO_SETTINGS
from hubdesk.services.demo.people import DEMO_PASSWORD
from hubdesk.services.people.accounts import verify_password
from hubdesk.services.spaces.spaces import MOVE_IN_ITEMS, MOVE_OUT_ITEMS
from hubdesk.storage import Database
from hubdesk.storage.models import (
    Application,
    AuditEntry,
    Base,
    ChecklistItem,
    ConsultantField,
    ConsultingSession,
    Disbursement,
    GrantAgreement,
    GrantProgram,
    Mou,
    Settlement,
    SettlementExpense,
    Space,
    StaffUser,
    Team,
    Tenancy,
    TenancyRenewal,
    TrainingCourse,
    WageLine,
    YearlyTarget,
)

TODAY = date(2026, 11, 24)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    generate_demo(path, today=TODAY)
    return path


@pytest.fixture(scope="module")
def session(demo_path: Path) -> Iterator[Session]:
    with Database.open(demo_path) as db, db.read() as read:
        yield read


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table; the audit rows without their wall-clock timestamp (and
    so without their chain hashes), the accounts without their randomly salted hashes."""
    connection = sqlite3.connect(path)
    try:
        tables = [
            t for (t,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        rows = {
            t: connection.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables
        }
        rows["audit_log"] = connection.execute(
            "SELECT id, username, action, table_name, record_id, changes FROM audit_log ORDER BY id"
        ).fetchall()
        rows["staff_users"] = connection.execute(
            "SELECT id, username, display_name, role, active, failed_logins, locked_until,"
            " created_at FROM staff_users ORDER BY id"
        ).fetchall()
        return rows
    finally:
        connection.close()


# --- the file ------------------------------------------------------------------------


def test_same_seed_and_day_give_identical_rows(tmp_path: Path, demo_path: Path) -> None:
    again = tmp_path / "again.sqlite"
    generate_demo(again, today=TODAY)
    assert _rows(again) == _rows(demo_path)


def test_every_demo_account_has_its_own_salt(demo_path: Path) -> None:
    with Database.open(demo_path) as db, db.read() as read:
        hashes = read.scalars(select(StaffUser.password_hash).order_by(StaffUser.id)).all()
    assert len(hashes) == 4 and all(verify_password(DEMO_PASSWORD, h) for h in hashes)
    salts = {h.split("$")[4] for h in hashes if h}
    assert len(salts) == 4


def test_another_seed_gives_another_hub(tmp_path: Path, demo_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    generate_demo(other, today=TODAY, seed=7)
    assert _rows(other)["teams"] != _rows(demo_path)["teams"]


def test_refuses_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "there.sqlite"
    path.write_bytes(b"")
    with pytest.raises(DatabaseFileError) as caught:
        generate_demo(path, today=TODAY)
    assert caught.value.values["reason"] == "already exists"
    assert path.read_bytes() == b""


def test_summary_counts_the_rows_and_progress_reaches_the_end(tmp_path: Path) -> None:
    calls: list[tuple[str, int, int]] = []
    path = tmp_path / "counted.sqlite"
    summary = generate_demo(path, today=TODAY, progress=lambda *call: calls.append(call))
    assert isinstance(summary, DemoSummary)
    with Database.open(path) as db, db.read() as read:
        for table, count in summary.counts().items():
            model = next(m for m in Base.registry.mappers if m.local_table.name == table)
            assert read.scalar(select(func.count()).select_from(model.local_table)) == count
        audited = Counter(read.scalars(select(AuditEntry.table_name)))
    # one audit row per table, and one per hub setting the demo sets
    assert audited == Counter(summary.counts().keys()) + Counter(
        {"hub_settings": len(DEMO_SETTINGS)}
    )
    assert calls[-1] == ("done", calls[-1][2], calls[-1][2])
    assert [done for _, done, _ in calls] == sorted(done for _, done, _ in calls)


def test_every_rule_of_the_checker_holds(demo_path: Path) -> None:
    checks = pytest.importorskip("hubdesk.services.hub.checks")
    with Database.open(demo_path) as db:
        assert checks.check_database(db) == []


def test_scale_two_doubles_the_volumes(tmp_path: Path) -> None:
    summary = generate_demo(tmp_path / "two.sqlite", today=TODAY, scale=2)
    assert summary.teams == 2 * 148
    assert summary.consultants == 2 * 12
    assert summary.grant_programs == 4
    with Database.open(tmp_path / "two.sqlite") as db, db.read() as read:
        codes = set(read.scalars(select(Space.code)))
        kinds = Counter(read.execute(select(Team.kind, Team.status)).all())
        budget = read.scalar(
            select(func.sum(GrantProgram.city_budget + GrantProgram.district_budget))
        )
        checks = pytest.importorskip("hubdesk.services.hub.checks")
        assert checks.check_database(db) == []
    assert {"3F-301", "B2-3F-301"} <= codes
    assert kinds[TeamKind.COOPERATIVE, TeamStatus.OPERATING] == 140
    assert budget == 2 * 450_000_000


# --- teams -----------------------------------------------------------------------------


def test_team_mix_and_operation_rate_follow_the_district_plan(session: Session) -> None:
    teams = session.scalars(select(Team)).all()
    assert len(teams) == 148
    kinds = Counter(t.kind for t in teams)
    assert kinds == {
        TeamKind.SOCIAL_ENTERPRISE: 31,
        TeamKind.VILLAGE_ENTERPRISE: 5,
        TeamKind.COOPERATIVE: 106,
        TeamKind.SELF_SUFFICIENCY: 6,
    }
    operating = Counter(t.kind for t in teams if t.status is TeamStatus.OPERATING)
    assert operating[TeamKind.COOPERATIVE] == 70
    assert all(operating[k] == kinds[k] for k in kinds if k is not TeamKind.COOPERATIVE)
    closed = [t for t in teams if t.status is TeamStatus.CLOSED]
    assert 0 < len(closed) < 36 and all(t.closed_on and t.closed_on < TODAY for t in closed)


def test_teams_have_valid_unique_numbers_and_local_details(session: Session) -> None:
    teams = session.scalars(select(Team)).all()
    assert len({t.brn for t in teams}) == len(teams)
    for team in teams:
        number = BusinessNumber(team.brn or "")
        assert number.check_digit_ok
        if team.kind is TeamKind.COOPERATIVE:
            assert number.entity_type in (EntityType.COMPANY, EntityType.NON_PROFIT)
        assert re.fullmatch(r"010-\d{4}-\d{4}", team.phone or "")
        assert "금천구" in (team.address or "")
        assert re.fullmatch(r"[가-힣]{2,4}", team.representative)
        assert team.founded_on and team.founded_on < TODAY - timedelta(days=3 * 365)


# --- spaces and tenancies ----------------------------------------------------------------


def test_floor_plans_do_not_overlap(session: Session) -> None:
    spaces = session.scalars(select(Space)).all()
    assert {s.floor for s in spaces} == {2, 3, 4}
    assert {s.kind for s in spaces} == set(SpaceKind)
    for a in spaces:
        assert re.fullmatch(rf"{a.floor}F-{a.floor}\d\d", a.code)
        for b in spaces:
            if a.id < b.id and a.floor == b.floor:
                apart_x = a.plan_x + a.plan_width <= b.plan_x or b.plan_x + b.plan_width <= a.plan_x
                apart_y = (
                    a.plan_y + a.plan_height <= b.plan_y or b.plan_y + b.plan_height <= a.plan_y
                )
                assert apart_x or apart_y, (a.code, b.code)


def test_tenancies_are_yearly_terms_renewed_up_to_three_years(session: Session) -> None:
    renewals = defaultdict(list)
    for renewal in session.scalars(select(TenancyRenewal).order_by(TenancyRenewal.id)):
        renewals[renewal.tenancy_id].append(renewal)
    teams = {t.id: t for t in session.scalars(select(Team))}
    for tenancy in session.scalars(select(Tenancy)):
        chain = renewals[tenancy.id]
        assert len(chain) <= 2
        assert tenancy.end_date == add_months(
            tenancy.start_date, 12 * (len(chain) + 1)
        ) - timedelta(1)
        end = one_year_from(tenancy.start_date)
        for renewal in chain:
            assert renewal.previous_end == end and renewal.renewed_on <= min(end, TODAY)
            end = renewal.new_end
        assert end == tenancy.end_date
        if tenancy.status is TenancyStatus.ACTIVE:
            assert tenancy.end_date >= TODAY and tenancy.ended_early_on is None
            assert teams[tenancy.team_id].status is TeamStatus.OPERATING
        else:
            assert (tenancy.ended_early_on or tenancy.end_date) < TODAY and tenancy.end_reason


def test_occupancy_and_renewal_flags_look_like_today(session: Session) -> None:
    active = session.scalars(select(Tenancy).where(Tenancy.status == TenancyStatus.ACTIVE)).all()
    ending_soon = [t for t in active if t.end_date <= TODAY + timedelta(days=60)]
    assert len(ending_soon) >= 3
    assert any(t.ended_early_on for t in session.scalars(select(Tenancy)))
    taken = sum(t.seats for t in active if t.start_date <= TODAY)
    offered = session.scalar(
        select(func.sum(Space.seats)).where(Space.kind != SpaceKind.MEETING_ROOM)
    )
    assert 0.6 < taken / offered < 0.98
    assert session.scalar(select(func.min(Tenancy.start_date))) < TODAY - timedelta(days=900)


def test_checklists_cover_move_in_and_move_out(session: Session) -> None:
    items = session.scalars(select(ChecklistItem)).all()
    tenancies = {t.id: t for t in session.scalars(select(Tenancy))}
    keys = defaultdict(set)
    for item in items:
        keys[item.tenancy_id].add(item.item_key)
        assert (item.done_on is None) == (item.done_by is None)
        assert item.done_on is None or item.done_on <= TODAY
        if item.item_key == "address_moved":
            assert item.due_date == add_months(tenancies[item.tenancy_id].start_date, 3)
    for tenancy_id, tenancy in tenancies.items():
        # The same boxes the services open (and the window has labels for).
        expected = set(MOVE_IN_ITEMS)
        if tenancy.status is TenancyStatus.ENDED:
            expected |= set(MOVE_OUT_ITEMS)
        assert keys[tenancy_id] == expected
    done = sum(1 for item in items if item.done_on)
    assert 0.75 < done / len(items) < 1


def test_applications_in_every_state(session: Session) -> None:
    applications = session.scalars(select(Application)).all()
    assert 20 <= len(applications) <= 30
    statuses = Counter(a.status for a in applications)
    assert set(statuses) >= {
        ApplicationStatus.SUBMITTED,
        ApplicationStatus.WAITLISTED,
        ApplicationStatus.REJECTED,
        ApplicationStatus.SELECTED,
        ApplicationStatus.ALLOCATED,
    }
    tenancies = {t.id: t for t in session.scalars(select(Tenancy))}
    for application in applications:
        assert application.submitted_on <= TODAY
        assert (
            application.reviewed_on is None
            or application.submitted_on < application.reviewed_on <= TODAY
        )
        if application.status is ApplicationStatus.ALLOCATED:
            tenancy = tenancies[application.tenancy_id]
            assert tenancy.team_id == application.team_id and tenancy.seats == application.seats


# --- consulting ----------------------------------------------------------------------------


def test_mou_and_consultants(session: Session) -> None:
    (mou,) = session.scalars(select(Mou)).all()
    assert mou.partner == "성공회대학교 산학협력단"
    assert mou.start_date <= TODAY - timedelta(days=700) and mou.end_date >= TODAY + timedelta(
        days=300
    )
    fields = Counter(session.scalars(select(ConsultantField.consultant_id)))
    assert len(fields) == 12 and all(1 <= n <= 3 for n in fields.values())


def test_sessions_are_booked_like_a_real_calendar(session: Session) -> None:
    calendar = WorkingCalendar()
    (mou,) = session.scalars(select(Mou)).all()
    fields = defaultdict(set)
    for row in session.scalars(select(ConsultantField)):
        fields[row.consultant_id].add(row.field)
    sessions = session.scalars(select(ConsultingSession)).all()
    assert 24 * 20 <= len(sessions) <= 24 * 26
    hours_by_year: Counter[int] = Counter()
    for s in sessions:
        day = s.starts_at.date()
        assert calendar.is_working_day(day) and mou.start_date <= day <= mou.end_date
        assert time(9) <= s.starts_at.time() and s.ends_at.time() <= time(18)
        assert s.ends_at.date() == day and (s.ends_at - s.starts_at).seconds // 3600 in (1, 2, 3)
        assert s.field in fields[s.consultant_id]
        if day < TODAY:
            assert s.status is not SessionStatus.SCHEDULED
        else:
            assert s.status in (SessionStatus.SCHEDULED, SessionStatus.CANCELLED)
            assert day <= TODAY + timedelta(days=28)
        if s.status is SessionStatus.COMPLETED:
            assert s.summary and s.advice and s.follow_up and 3 <= (s.satisfaction or 0) <= 5
        if s.status is SessionStatus.CANCELLED:
            assert s.cancel_reason
            continue
        hours_by_year[day.year] += (s.ends_at - s.starts_at).seconds // 3600
    assert max(hours_by_year.values()) <= mou.yearly_quota_hours
    statuses = Counter(s.status for s in sessions)
    assert statuses[SessionStatus.COMPLETED] > 0.8 * len(sessions)
    assert all(statuses[status] for status in SessionStatus)


def test_sessions_sit_on_quarter_boundaries(session: Session) -> None:
    calendar = WorkingCalendar()
    completed = {
        s.ends_at
        for s in session.scalars(
            select(ConsultingSession).where(ConsultingSession.status == SessionStatus.COMPLETED)
        )
    }
    quarter = Quarter.of(TODAY).next()
    edges = 0
    for _ in range(6):
        quarter = Quarter(quarter.year - (quarter.number == 1), (quarter.number - 2) % 4 + 1)
        last = quarter.last_day
        while not calendar.is_working_day(last):
            last -= timedelta(days=1)
        edges += datetime.combine(last, time(18)) in completed
    assert edges >= 5


# --- grants --------------------------------------------------------------------------------


def test_programs_follow_the_budget_shape(session: Session) -> None:
    programs = session.scalars(select(GrantProgram)).all()
    by_year = defaultdict(lambda: [0, 0])
    for program in programs:
        by_year[program.fiscal_year][0] += program.city_budget
        by_year[program.fiscal_year][1] += program.district_budget
        assert program.copay_percents == [10, 20, 30]
        assert (program.monthly_wage_cap == 2_000_000) == (program.code == "전문인력")
    assert by_year == {2025: [120_000_000, 130_000_000], 2026: [50_000_000, 150_000_000]}


def test_agreements_keep_the_grant_rules(session: Session) -> None:
    programs = {p.id: p for p in session.scalars(select(GrantProgram))}
    agreements = session.scalars(select(GrantAgreement).order_by(GrantAgreement.id)).all()
    earlier: Counter[int] = Counter()
    for a in sorted(agreements, key=lambda a: (programs[a.program_id].fiscal_year, a.id)):
        program = programs[a.program_id]
        assert re.fullmatch(rf"{program.fiscal_year}-{program.code}-\d{{3}}", a.number)
        earlier[a.team_id] += 1
        assert a.support_number == earlier[a.team_id]
        grant = a.city_amount + a.district_amount
        assert grant <= program.cap_per_team and a.end_date > a.start_date
        percent = program.copay_percents[min(a.support_number, 3) - 1]
        assert a.copayment >= percent_of(grant + a.copayment, percent)
        assert a.payee_bank and a.payee_account and a.payee_holder
    assert max(a.support_number for a in agreements) >= 2
    statuses = Counter((programs[a.program_id].fiscal_year, a.status) for a in agreements)
    assert (
        statuses[2025, AgreementStatus.CLOSED] > statuses[2025, AgreementStatus.SETTLEMENT_DUE] > 0
    )
    for status in (AgreementStatus.IN_PROGRESS, AgreementStatus.SIGNED, AgreementStatus.DRAFT):
        assert statuses[2026, status] > 0
    cancelled = [a for a in agreements if a.status is AgreementStatus.CANCELLED]
    assert cancelled and all(a.clawback_amount > 0 and a.cancelled_on for a in cancelled)


def test_disbursements_in_every_state_with_a_reversal(session: Session) -> None:
    disbursements = session.scalars(select(Disbursement).order_by(Disbursement.id)).all()
    assert {d.status for d in disbursements} == set(DisbursementStatus)
    by_agreement = defaultdict(list)
    for d in disbursements:
        by_agreement[d.agreement_id].append(d)
        assert d.label == f"{d.sequence}차"
        if d.status is DisbursementStatus.PAID:
            assert d.paid_on and d.paid_on <= TODAY and d.approved_by != d.requested_by
    for rows in by_agreement.values():
        assert [d.sequence for d in rows] == list(range(1, len(rows) + 1))
    reversals = [d for d in disbursements if d.reverses_id]
    assert reversals
    originals = {d.id: d for d in disbursements}
    for reversal in reversals:
        assert reversal.amount == -originals[reversal.reverses_id].amount
        assert reversal.status is DisbursementStatus.PAID


def test_wage_lines_follow_the_monthly_cap(session: Session) -> None:
    disbursements = {d.id: d for d in session.scalars(select(Disbursement))}
    lines = session.scalars(select(WageLine)).all()
    assert lines
    for line in lines:
        assert line.month.day == 1 and add_months(line.month, 1) <= TODAY
        assert line.support_amount <= min(line.gross_wage, 2_000_000)
        assert disbursements[line.disbursement_id].agreement_id == line.agreement_id


def test_settlements_of_ended_agreements(session: Session) -> None:
    calendar = WorkingCalendar()
    agreements = {a.id: a for a in session.scalars(select(GrantAgreement))}
    paid: Counter[int] = Counter()
    for d in session.scalars(select(Disbursement).where(Disbursement.status == "paid")):
        paid[d.agreement_id] += d.amount
    approved: Counter[int] = Counter()
    for e in session.scalars(select(SettlementExpense)):
        approved[e.settlement_id] += e.approved or 0
    settlements = session.scalars(select(Settlement)).all()
    for s in settlements:
        agreement = agreements[s.agreement_id]
        assert agreement.end_date < TODAY
        assert s.due_date == calendar.deadline_after_months(agreement.end_date, 2)
        assert approved[s.id] <= paid[s.agreement_id]
        closed = s.status is SettlementStatus.CLOSED
        assert closed == (agreement.status is AgreementStatus.CLOSED)
        if closed:
            assert s.returned_amount == paid[s.agreement_id] - approved[s.id]
            assert s.submitted_on and s.closed_on and s.submitted_on <= s.closed_on <= TODAY
    ended = [a for a in agreements.values() if a.status is AgreementStatus.SETTLEMENT_DUE]
    assert len(ended) == len(settlements) - sum(
        s.status is SettlementStatus.CLOSED for s in settlements
    )
    assert any(s.returned_amount > 0 for s in settlements)
    assert any(s.status is not SettlementStatus.CLOSED and s.due_date < TODAY for s in settlements)


# --- training and targets --------------------------------------------------------------------


def test_training_grows_toward_the_targets(session: Session) -> None:
    participants: Counter[int] = Counter()
    for course in session.scalars(select(TrainingCourse)):
        assert course.completed <= course.participants
        participants[course.start_date.year] += course.participants
    targets = {
        (t.year, t.metric.value): t.target_value for t in session.scalars(select(YearlyTarget))
    }
    assert participants[2024] >= 631 * 0.95
    assert participants[2025] >= targets[2025, "people_trained"] == 600
    assert participants[2026] >= 0.95 * targets[2026, "people_trained"]
    assert [targets[y, "operation_rate"] for y in range(2025, 2030)] == [76, 77, 78, 79, 80]
    assert targets[2025, "budget_execution"] == 470_000_000
    assert len(targets) == 29  # 5 goals × 5 years, procurement × 3 years, the term's people
