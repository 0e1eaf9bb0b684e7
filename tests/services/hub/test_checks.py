"""``check_database``: a hub made through the services is clean; each rule broken behind
the services' back (plain ORM writes) is reported under its own code, and only that one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from support.hub import Hub
from support.tamper import TRIGGERS, audit_ids, forged_audit_row, rehash_everything, tamper

from hubdesk.domain.brn import make_valid_brn
from hubdesk.domain.enums import (
    AgreementStatus,
    ConsultingField,
    DisbursementStatus,
    SessionMode,
    SessionStatus,
    TenancyStatus,
)
from hubdesk.services.consulting.consultants import ConsultantService
from hubdesk.services.consulting.sessions import ConsultingService, SessionDraft
from hubdesk.services.grants.agreements import AgreementDraft, GrantService
from hubdesk.services.grants.disbursements import DisbursementService
from hubdesk.services.grants.settlements import SettlementService
from hubdesk.services.hub.checks import check_database
from hubdesk.services.spaces.spaces import SpaceService, TenancyDraft
from hubdesk.storage import Database
from hubdesk.storage.backup import BackupReason, take_backup
from hubdesk.storage.models import (
    ConsultingSession,
    Disbursement,
    ExportLogEntry,
    GrantAgreement,
    Mou,
    Settlement,
    Team,
    Tenancy,
    WageLine,
)
from hubdesk.storage.restore import restore_backup

DAY = date(2026, 11, 2)


@dataclass
class Busy:
    """The fixture hub after a year of ordinary work, all of it through the services."""

    hub: Hub
    labor: int  # a third consultant (labor_hr)
    office_tenancy: int  # the cooperative in the private office 3F-301
    dev_agreement: int  # paid in full, settled and closed
    staff_agreement: int  # wage support, one month paid
    settlement: int


def codes(hub: Hub) -> list[str]:
    return [violation.code for violation in check_database(hub.db)]


def draft(hub: Hub, team: str, consultant: str, field: ConsultingField, hour: int) -> SessionDraft:
    return SessionDraft(
        hub.teams[team],
        hub.consultants[consultant],
        field,
        DAY,
        time(hour),
        60,
        SessionMode.IN_PERSON,
        "정기 상담",
    )


def signed(hub: Hub, team: str, program: str, city: int, district: int, copay: int) -> int:
    grants = GrantService(hub.db, hub.clerk)
    agreement = grants.create_agreement(
        AgreementDraft(
            hub.teams[team],
            hub.programs[program],
            "사업 고도화",
            date(2026, 3, 1),
            date(2026, 10, 31),
            city,
            district,
            copay,
        )
    )
    grants.advance(agreement.id, AgreementStatus.SIGNED, date(2026, 3, 1))
    return agreement.id


def approve_and_pay(hub: Hub, disbursement_id: int) -> None:
    DisbursementService(hub.db, hub.manager).approve(disbursement_id)
    DisbursementService(hub.db, hub.clerk).pay(disbursement_id, date(2026, 4, 10))


def make_busy(hub: Hub) -> Busy:
    spaces = SpaceService(hub.db, hub.admin)
    start = date(2026, 3, 1)
    office = spaces.allocate(TenancyDraft(hub.teams["coop"], hub.spaces["3F-301"], 4, start))
    spaces.allocate(TenancyDraft(hub.teams["social"], hub.spaces["2F-OD1"], 4, start))
    # 6 of 6 seats of the open desk are taken.
    spaces.allocate(TenancyDraft(hub.teams["village"], hub.spaces["2F-OD1"], 2, start))

    consulting = ConsultingService(hub.db, hub.admin)
    labor = (
        ConsultantService(hub.db, hub.admin)
        .add_consultant("정노무사", "정노무법인", [ConsultingField.LABOR_HR])
        .id
    )
    consulting.schedule(draft(hub, "coop", "kang", ConsultingField.STRATEGY, 10))
    consulting.schedule(draft(hub, "social", "yoon", ConsultingField.ACCOUNTING_TAX, 10))
    done = consulting.schedule(draft(hub, "social", "kang", ConsultingField.MARKETING, 11))
    consulting.complete(done.session.id, "판로 점검", "", "", 4)

    clerk = DisbursementService(hub.db, hub.clerk)
    dev = signed(hub, "coop", "dev", 6_000_000, 4_000_000, 2_000_000)
    for amount in (6_000_000, 4_000_000):
        disbursement = clerk.plan(dev, amount)
        clerk.request(disbursement.id)
        approve_and_pay(hub, disbursement.id)
    settlements = SettlementService(hub.db, hub.clerk)
    settlement = settlements.open(dev)
    expense = settlements.add_expense(
        settlement.id, "재료비", "포장재", date(2026, 5, 2), 8_000_000
    )
    settlements.decide(expense, 7_000_000, "일부 증빙 미비")
    settlements.close(settlement.id, 3_000_000, date(2026, 12, 20))

    staff = signed(hub, "social", "staff", 10_000_000, 0, 2_000_000)
    clerk.add_wage_line(staff, date(2026, 4, 1), "홍길동", 3_000_000, 2_000_000)
    wages = clerk.request_wages(staff, date(2026, 4, 1))
    approve_and_pay(hub, wages.id)
    return Busy(hub, labor, office.id, dev, staff, settlement.id)


@pytest.fixture
def busy(hub: Hub) -> Busy:
    return make_busy(hub)


def test_the_fixture_hub_keeps_every_rule(hub: Hub) -> None:
    assert check_database(hub.db) == []


def test_a_hub_worked_through_the_services_keeps_every_rule(busy: Busy) -> None:
    assert check_database(busy.hub.db) == []


# --- corruptions, written behind the services' back ------------------------------------


def tenancy(busy: Busy, team: str, space: str, seats: int, start: date, end: date) -> Tenancy:
    return Tenancy(
        team_id=busy.hub.teams[team],
        space_id=busy.hub.spaces[space],
        seats=seats,
        start_date=start,
        end_date=end,
        status=TenancyStatus.ACTIVE,
    )


def second_team_in_the_private_office(session: Session, busy: Busy) -> None:
    session.add(tenancy(busy, "social", "3F-301", 1, date(2026, 6, 1), date(2026, 12, 31)))


def open_desk_overbooked(session: Session, busy: Busy) -> None:
    session.add(tenancy(busy, "startup", "2F-OD1", 1, date(2026, 9, 1), date(2026, 10, 31)))


def stay_longer_than_36_months(session: Session, busy: Busy) -> None:
    session.get_one(Tenancy, busy.office_tenancy).end_date = date(2029, 6, 30)


def booked_session(busy: Busy, team: str, consultant: int, start: datetime) -> ConsultingSession:
    return ConsultingSession(
        mou_id=1,
        team_id=busy.hub.teams[team],
        consultant_id=consultant,
        field=ConsultingField.STRATEGY,
        starts_at=start,
        ends_at=start.replace(hour=start.hour + 1),
        mode=SessionMode.ONLINE,
        topic="몰래 잡은 상담",
        status=SessionStatus.SCHEDULED,
    )


def consultant_in_two_sessions(session: Session, busy: Busy) -> None:
    # Kang meets the cooperative 10:00–11:00 (and another team 11:00–12:00).
    kang = busy.hub.consultants["kang"]
    session.add(booked_session(busy, "village", kang, datetime(2026, 11, 2, 9, 30)))


def team_in_two_sessions(session: Session, busy: Busy) -> None:
    # The cooperative meets Kang 10:00–11:00.
    session.add(booked_session(busy, "coop", busy.labor, datetime(2026, 11, 2, 9, 30)))


def session_after_the_mou(session: Session, busy: Busy) -> None:
    assert session.get_one(Mou, 1).end_date == date(2027, 12, 31)
    kang = busy.hub.consultants["kang"]
    session.add(booked_session(busy, "village", kang, datetime(2028, 3, 2, 10, 0)))


def agreement(busy: Busy, team: str, program: str, number: str, **money: int) -> GrantAgreement:
    return GrantAgreement(
        number=number,
        program_id=busy.hub.programs[program],
        team_id=busy.hub.teams[team],
        status=AgreementStatus.SIGNED,
        purpose="직접 입력",
        start_date=date(2026, 6, 1),
        end_date=date(2026, 12, 31),
        support_number=1,
        **money,
    )


def grant_above_the_cap(session: Session, busy: Busy) -> None:
    session.add(
        agreement(
            busy,
            "startup",
            "dev",
            "2026-사업개발-901",
            city_amount=9_000_000,
            district_amount=6_000_000,
            copayment=5_000_000,
        )
    )


def grants_above_the_program_budget(session: Session, busy: Busy) -> None:
    # The staff program has 20,000,000 won of city money; 10,000,000 are committed.
    for number, team in (("2026-전문인력-901", "coop"), ("2026-전문인력-902", "village")):
        session.add(
            agreement(
                busy,
                team,
                "staff",
                number,
                city_amount=6_000_000,
                district_amount=0,
                copayment=1_000_000,
            )
        )


def copayment_below_the_ratio(session: Session, busy: Busy) -> None:
    session.add(
        agreement(
            busy,
            "village",
            "dev",
            "2026-사업개발-901",
            city_amount=6_000_000,
            district_amount=4_000_000,
            copayment=100_000,
        )
    )


def paid(busy: Busy, amount: int, sequence: int, approver: int) -> Disbursement:
    return Disbursement(
        agreement_id=busy.staff_agreement,
        sequence=sequence,
        label=f"{sequence}차",
        amount=amount,
        status=DisbursementStatus.PAID,
        requested_by=busy.hub.clerk.user_id,
        approved_by=approver,
        paid_on=date(2026, 6, 1),
    )


def paid_above_the_grant(session: Session, busy: Busy) -> None:
    # 2,000,000 are paid of the 10,000,000 grant; 9,000,000 more is 1,000,000 too many.
    session.add(paid(busy, 9_000_000, 2, busy.hub.manager.user_id))


def approved_by_plain_staff(session: Session, busy: Busy) -> None:
    payment = paid(busy, 1_000_000, 2, busy.hub.clerk.user_id)
    payment.requested_by = busy.hub.manager.user_id
    session.add(payment)


def wrong_check_digit_not_confirmed(session: Session, busy: Busy) -> None:
    valid = make_valid_brn("119822222").digits
    team = session.get_one(Team, busy.hub.teams["village"])
    team.brn = valid[:9] + str((int(valid[9]) + 1) % 10)
    team.brn_check_confirmed = False


def resident_number_in_a_description(session: Session, busy: Busy) -> None:
    team = session.get_one(Team, busy.hub.teams["startup"])
    team.description = "대표자 주민등록번호 900101-1234567"


def resident_number_in_a_session_summary(session: Session, busy: Busy) -> None:
    row = session.scalars(select(ConsultingSession).limit(1)).one()
    row.summary = "참석자 880203-2345678 확인"


def returned_amount_wrong(session: Session, busy: Busy) -> None:
    session.get_one(Settlement, busy.settlement).returned_amount = 2_000_000


def wage_line_above_the_cap(session: Session, busy: Busy) -> None:
    session.add(
        WageLine(
            agreement_id=busy.staff_agreement,
            month=date(2026, 5, 1),
            employee_name="홍길동",
            gross_wage=3_000_000,
            support_amount=2_500_000,
        )
    )


Corruption = Callable[[Session, Busy], None]


@pytest.mark.parametrize(
    ("corrupt", "code"),
    [
        (second_team_in_the_private_office, "seats_exceeded"),
        (open_desk_overbooked, "seats_exceeded"),
        (stay_longer_than_36_months, "max_stay_exceeded"),
        (consultant_in_two_sessions, "consultant_double_booked"),
        (team_in_two_sessions, "team_double_booked"),
        (session_after_the_mou, "outside_mou_period"),
        (grant_above_the_cap, "cap_exceeded"),
        (grants_above_the_program_budget, "budget_exceeded"),
        (copayment_below_the_ratio, "copayment_too_low"),
        (paid_above_the_grant, "overpayment"),
        (approved_by_plain_staff, "permission_denied"),
        (wrong_check_digit_not_confirmed, "brn_checksum"),
        (resident_number_in_a_description, "resident_number"),
        (resident_number_in_a_session_summary, "resident_number"),
        (returned_amount_wrong, "settlement_arithmetic"),
        (wage_line_above_the_cap, "wage_cap_exceeded"),
    ],
    ids=lambda value: value.__name__ if callable(value) else value,
)
def test_a_broken_rule_is_reported_under_its_code(
    busy: Busy, corrupt: Corruption, code: str
) -> None:
    with busy.hub.db.write("test") as session:
        corrupt(session, busy)
    assert codes(busy.hub) == [code]


def test_the_violation_names_the_culprits(busy: Busy) -> None:
    with busy.hub.db.write("test") as session:
        second_team_in_the_private_office(session, busy)
    (violation,) = check_database(busy.hub.db)
    assert "3F-301" in violation.message
    assert "(주)함께일하는세상" in violation.message
    assert str(violation).startswith("[seats_exceeded] ")


def test_a_confirmed_wrong_check_digit_is_no_violation(busy: Busy) -> None:
    with busy.hub.db.write("test") as session:
        wrong_check_digit_not_confirmed(session, busy)
        session.get_one(Team, busy.hub.teams["village"]).brn_check_confirmed = True
    assert codes(busy.hub) == []


def test_a_cancelled_tenancy_or_session_takes_nothing(busy: Busy) -> None:
    with busy.hub.db.write("test") as session:
        extra = tenancy(busy, "startup", "2F-OD1", 1, date(2026, 9, 1), date(2026, 10, 31))
        extra.status = TenancyStatus.CANCELLED
        session.add(extra)
        clash = booked_session(
            busy, "village", busy.hub.consultants["kang"], datetime(2026, 11, 2, 10, 30)
        )
        clash.status = SessionStatus.CANCELLED
        session.add(clash)
    assert codes(busy.hub) == []


def test_a_tenancy_of_exactly_36_months_is_allowed(busy: Busy) -> None:
    with busy.hub.db.write("test") as session:
        session.get_one(Tenancy, busy.office_tenancy).end_date = date(2029, 2, 28)
    assert codes(busy.hub) == []


def test_a_tenancy_after_another_in_the_private_office_is_allowed(busy: Busy) -> None:
    with busy.hub.db.write("test") as session:
        session.add(tenancy(busy, "social", "3F-301", 2, date(2027, 3, 1), date(2028, 2, 29)))
    assert codes(busy.hub) == []


def test_every_violation_is_listed(busy: Busy) -> None:
    with busy.hub.db.write("test") as session:
        for corrupt in (open_desk_overbooked, paid_above_the_grant, wage_line_above_the_cap):
            corrupt(session, busy)
    assert sorted(codes(busy.hub)) == ["overpayment", "seats_exceeded", "wage_cap_exceeded"]


# --- the audit trail, rewritten with its triggers out of the way -------------------------


@pytest.fixture
def logged(hub: Hub) -> Hub:
    """The fixture hub with three exports in the export log."""
    with hub.db.write("kim") as session:
        session.add_all(
            ExportLogEntry(
                at=datetime(2026, 11, 20 + n, 10),
                username="kim",
                kind="consultations",
                target=f"/tmp/2026Q{n}.xlsx",
                parameters={"quarter": f"2026Q{n}"},
                masked=True,
                row_count=10 + n,
            )
            for n in (1, 2, 3)
        )
    return hub


def check_after(hub: Hub, *statements: str, put_triggers_back: bool = True) -> list[str]:
    """``check_database`` of a fresh open (as ``hubdesk check``) after the rewrite."""
    tamper(hub.db.path, *statements, put_triggers_back=put_triggers_back)
    with Database.open(hub.db.path, create=False) as db:
        return [str(violation) for violation in check_database(db)]


def middle_row(hub: Hub) -> int:
    ids = audit_ids(hub.db.path)
    assert len(ids) > 10
    return ids[len(ids) // 2]


def test_an_edited_audit_row_is_named(logged: Hub) -> None:
    row = middle_row(logged)
    found = check_after(logged, f"UPDATE audit_log SET username = 'mallory' WHERE id = {row}")
    assert found == [
        f"[chain_edited] audit_log row #{row} was edited: it no longer matches its hash"
    ]


def test_a_removed_audit_row_is_named(logged: Hub) -> None:
    row = middle_row(logged)
    found = check_after(logged, f"DELETE FROM audit_log WHERE id = {row}")
    assert found == [
        f"[chain_removed] audit_log row #{row + 1} follows a gap: row #{row} was removed"
    ]


def test_a_forged_audit_row_is_named(logged: Hub) -> None:
    newest = audit_ids(logged.db.path)[-1]
    found = check_after(logged, forged_audit_row(None, "f" * 63 + "x"))
    assert found == [
        f"[chain_inserted] audit_log row #{newest + 1} was inserted: it has no valid chain hash"
    ]


def test_a_forged_row_slipped_into_the_middle_is_named(logged: Hub) -> None:
    row = middle_row(logged)
    found = check_after(
        logged,
        f"UPDATE audit_log SET id = id + 100000 WHERE id >= {row}",
        "UPDATE audit_log SET id = id - 99999 WHERE id > 100000",
        forged_audit_row(row, "0" * 64),
    )
    assert found == [
        f"[chain_inserted] audit_log row #{row} was inserted; the rows after it were renumbered"
    ]


def test_reordered_audit_rows_are_named(logged: Hub) -> None:
    row = middle_row(logged)
    found = check_after(
        logged,
        f"UPDATE audit_log SET id = -1 WHERE id = {row}",
        f"UPDATE audit_log SET id = {row} WHERE id = {row + 1}",
        f"UPDATE audit_log SET id = {row + 1} WHERE id = -1",
    )
    assert found == [f"[chain_reordered] audit_log row #{row} changed places with #{row + 1}"]


def test_an_edited_export_log_row_is_named(logged: Hub) -> None:
    found = check_after(logged, "UPDATE export_log SET masked = 0, reason = '요청' WHERE id = 2")
    assert found == ["[chain_edited] export_log row #2 was edited: it no longer matches its hash"]


def test_a_digest_with_thirteen_digits_in_a_row_is_no_resident_number(logged: Hub) -> None:
    # A real chain hash from CI: 5ca4212248185602b7 reads as 421224-8185602.
    digest = "52c9865ef725f3713edfe71425eec61d87b9541b9beb5ca4212248185602b704"
    found = check_after(
        logged,
        f"UPDATE export_log SET chain_hash = '{digest}' WHERE id = 2",
        f"UPDATE staff_users SET password_hash = 'x${digest}' WHERE username = 'kim'",
    )
    assert [line.split("]")[0] for line in found] == ["[chain_rewritten", "[chain_edited"]


def test_dropped_triggers_are_put_back_and_named(logged: Hub) -> None:
    newest = audit_ids(logged.db.path)[-1]
    found = check_after(logged, put_triggers_back=False)
    assert found == [
        f"[trigger_restored] trigger {name} was missing: recreated on open "
        f"(audit row #{newest + 1})"
        for name in TRIGGERS
    ]
    with Database.open(logged.db.path, create=False) as db:
        assert check_database(db) == []  # put back, and the repair is in the chain


def test_dropped_triggers_and_an_edit_are_both_named(logged: Hub) -> None:
    found = check_after(
        logged, "UPDATE audit_log SET changes = '{}' WHERE id = 3", put_triggers_back=False
    )
    assert [line.split("]")[0] for line in found] == ["[trigger_restored"] * 4 + ["[chain_edited"]
    assert found[-1].startswith("[chain_edited] audit_log row #3 ")


def test_missing_triggers_of_a_file_open_read_only_are_named(logged: Hub) -> None:
    tamper(logged.db.path, "DROP TRIGGER IF EXISTS x", put_triggers_back=False)
    with Database.open(logged.db.path, create=False, read_only=True) as viewer:
        found = [str(violation) for violation in check_database(viewer)]
    assert found == [
        f"[trigger_missing] trigger {name} is missing: the log can be rewritten"
        for name in TRIGGERS
    ]


def test_a_trigger_added_to_a_log_is_named(logged: Hub) -> None:
    found = check_after(
        logged, "CREATE TRIGGER quiet AFTER INSERT ON audit_log BEGIN SELECT 1; END"
    )
    assert found == ["[trigger_foreign] trigger quiet on a log was not made by HubDesk"]


def test_rows_cut_from_the_end_are_caught_by_the_newest_backup(logged: Hub) -> None:
    backup = take_backup(logged.db.path, BackupReason.MANUAL, engine=logged.db.engine)
    newest = audit_ids(logged.db.path)[-1]
    found = check_after(logged, f"DELETE FROM audit_log WHERE id > {newest - 2}")
    assert found == [
        f"[chain_truncated] audit_log ends at row #{newest - 2}, but backup "
        f"{backup.path.name} holds rows up to #{newest}: the newest rows were removed"
    ]


def test_a_rewrite_with_every_hash_recomputed_is_caught_only_by_a_backup(logged: Hub) -> None:
    """The limit of a chain without a secret (README): whoever recomputes every later
    hash hides an edit from the chain; the newest backup still holds the old rows."""
    backup = take_backup(logged.db.path, BackupReason.MANUAL, engine=logged.db.engine)
    newest = audit_ids(logged.db.path)[-1]
    tamper(logged.db.path, "UPDATE audit_log SET username = 'mallory' WHERE id = 3")
    rehash_everything(logged.db.path)
    with Database.open(logged.db.path, create=False) as db:
        found = [str(violation) for violation in check_database(db)]
    assert found == [
        f"[chain_rewritten] audit_log row #{newest} is not the row backup "
        f"{backup.path.name} holds: the trail was rewritten since"
    ]
    backup.path.unlink()
    with Database.open(logged.db.path, create=False) as db:
        assert check_database(db) == []


def test_a_restored_backup_is_no_rewrite(logged: Hub) -> None:
    earlier = take_backup(logged.db.path, BackupReason.MANUAL, engine=logged.db.engine)
    with logged.db.write("kim") as session:
        session.get_one(Team, logged.teams["coop"]).description = "나중에 바뀐 설명"
    take_backup(logged.db.path, BackupReason.MANUAL, engine=logged.db.engine)
    logged.db.close()
    restore_backup(earlier.path, logged.db.path)
    with Database.open(logged.db.path, create=False) as db:
        assert check_database(db) == []
        with db.write("kim") as session:  # the restored file goes its own way
            session.get_one(Team, logged.teams["coop"]).description = "복원 후 설명"
        take_backup(db.path, BackupReason.OPEN, engine=db.engine)
        assert check_database(db) == []
