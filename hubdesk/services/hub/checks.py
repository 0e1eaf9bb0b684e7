"""``hubdesk check``: SQLite integrity, the audit trail's triggers and hash chains, and
every rule of DOMAIN.md over the whole file."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import String, Text, func, select, text
from sqlalchemy.orm import Session

from hubdesk.domain.brn import BusinessNumber
from hubdesk.domain.enums import SettlementStatus, SpaceKind, TenancyStatus
from hubdesk.domain.masking import contains_resident_number
from hubdesk.domain.periods import DateRange, months_between
from hubdesk.domain.rules import SeatUse, amount_owed_back, copayment_ok, overbooked_days
from hubdesk.services.consulting.sessions import BOOKED
from hubdesk.services.core.settings import load_settings
from hubdesk.services.grants.rows import (
    COMMITTING,
    approved_by_settlement,
    paid_by_agreement,
    program_record,
)
from hubdesk.services.hub.trail_checks import trail_problems
from hubdesk.services.spaces.spaces import LETTABLE_KINDS
from hubdesk.storage import Database
from hubdesk.storage.chain import HASH_COLUMN
from hubdesk.storage.models import (
    Base,
    ConsultingSession,
    Disbursement,
    GrantAgreement,
    GrantProgram,
    Mou,
    Settlement,
    Space,
    StaffUser,
    Team,
    Tenancy,
    WageLine,
)


@dataclass(frozen=True, slots=True)
class Violation:
    code: str
    message: str

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


Check = Callable[[Session], Iterable[Violation]]


def check_database(db: Database) -> list[Violation]:
    """Every violation in the file; an empty list means the file keeps every rule.
    Triggers that opening the file had to put back count: someone removed them."""
    with db.read() as tx:
        trail = [Violation(code, text) for code, text in trail_problems(db, tx.connection())]
        return trail + [v for check in CHECKS for v in check(tx)]


def _integrity(tx: Session) -> Iterator[Violation]:
    for (result,) in tx.execute(text("PRAGMA integrity_check")):
        if result != "ok":
            yield Violation("integrity", str(result))
    for row in tx.execute(text("PRAGMA foreign_key_check")):
        yield Violation("foreign_key", f"{row[0]} row {row[1]} points to a missing {row[2]}")


def _business_numbers(tx: Session) -> Iterator[Violation]:
    query = select(Team.name, Team.brn, Team.brn_check_confirmed).where(Team.brn.is_not(None))
    for name, brn, confirmed in tx.execute(query):
        if brn is None:
            continue
        if len(brn) != 10 or not brn.isdigit():
            yield Violation("brn_invalid", f"{name}: business number {brn!r} is not 10 digits")
        elif not BusinessNumber(brn).check_digit_ok and not confirmed:
            yield Violation("brn_checksum", f"{name}: check digit of {brn} wrong and not confirmed")


def _seats(tx: Session) -> Iterator[Violation]:
    uses: dict[int, list[SeatUse]] = defaultdict(list)
    query = select(Tenancy, Team.name).join(Team).where(Tenancy.status != TenancyStatus.CANCELLED)
    for tenancy, name in tx.execute(query):
        period = DateRange(tenancy.start_date, tenancy.ended_early_on or tenancy.end_date)
        uses[tenancy.space_id].append(SeatUse(tenancy.id, name, period, tenancy.seats))
    for space in tx.scalars(select(Space).where(Space.id.in_(list(uses)))):
        if space.kind not in LETTABLE_KINDS:
            yield Violation("space_not_lettable", f"{space.code} ({space.kind}) has tenancies")
        if space.kind == SpaceKind.PRIVATE_OFFICE:  # one team at a time: count teams
            clash = overbooked_days(
                [SeatUse(u.key, u.label, u.period, 1) for u in uses[space.id]], 1
            )
        else:
            clash = overbooked_days(uses[space.id], space.seats)
        if clash is not None:
            names = ", ".join(f"{u.label} #{u.key}" for u in clash.users)
            yield Violation("seats_exceeded", f"{space.code} on {clash.on}: {names}")


def _max_stay(tx: Session) -> Iterator[Violation]:
    limit = load_settings(tx).max_stay_months
    for tenancy in tx.scalars(select(Tenancy)):
        months = months_between(tenancy.start_date, tenancy.end_date)
        if months > limit:
            yield Violation("max_stay_exceeded", f"tenancy #{tenancy.id} runs {months} months")


def _double_bookings(tx: Session) -> Iterator[Violation]:
    rows = tx.execute(
        select(
            ConsultingSession.id,
            ConsultingSession.consultant_id,
            ConsultingSession.team_id,
            ConsultingSession.starts_at,
            ConsultingSession.ends_at,
        ).where(ConsultingSession.status.in_(BOOKED))
    ).all()
    by_consultant = sorted((r.consultant_id, r.starts_at, r.ends_at, r.id) for r in rows)
    by_team = sorted((r.team_id, r.starts_at, r.ends_at, r.id) for r in rows)
    for code, slots in (
        ("consultant_double_booked", by_consultant),
        ("team_double_booked", by_team),
    ):
        for first, second in _overlaps(slots):
            yield Violation(code, f"sessions #{first} and #{second} overlap")


def _overlaps(slots: list[tuple[int, datetime, datetime, int]]) -> Iterator[tuple[int, int]]:
    """Sweep (owner, start, end, id) sorted by owner and start: pairs of one owner that overlap."""
    latest: tuple[int, datetime, int] | None = None  # owner, latest end so far, its session id
    for owner, start, end, session_id in slots:
        if latest is not None and latest[0] == owner and start < latest[1]:
            yield latest[2], session_id
        if latest is None or latest[0] != owner or end > latest[1]:
            latest = (owner, end, session_id)


def _mou_period(tx: Session) -> Iterator[Violation]:
    query = (
        select(ConsultingSession.id, ConsultingSession.starts_at, Mou.start_date, Mou.end_date)
        .join(Mou, Mou.id == ConsultingSession.mou_id)
        .where(ConsultingSession.status.in_(BOOKED))
    )
    for session_id, starts_at, start, end in tx.execute(query):
        if not start <= starts_at.date() <= end:
            yield Violation("outside_mou_period", f"session #{session_id} on {starts_at:%Y-%m-%d}")


def _grant_money(tx: Session) -> Iterator[Violation]:
    for program in tx.scalars(select(GrantProgram)):
        record = program_record(program)
        agreements = tx.scalars(
            select(GrantAgreement).where(
                GrantAgreement.program_id == program.id, GrantAgreement.status.in_(COMMITTING)
            )
        ).all()
        city = sum(a.city_amount for a in agreements)
        district = sum(a.district_amount for a in agreements)
        if city > program.city_budget or district > program.district_budget:
            yield Violation(
                "budget_exceeded",
                f"{program.fiscal_year} {program.name}: city {city:,}/{program.city_budget:,}, "
                f"district {district:,}/{program.district_budget:,}",
            )
        for a in agreements:
            grant = a.grant
            if grant > program.cap_per_team:
                yield Violation("cap_exceeded", f"{a.number}: {grant:,} > {program.cap_per_team:,}")
            percent = record.copay_percent(a.support_number)
            if not copayment_ok(a.copayment, grant + a.copayment, percent):
                yield Violation("copayment_too_low", f"{a.number}: below {percent}%")


def _disbursements(tx: Session) -> Iterator[Violation]:
    paid = paid_by_agreement().subquery()
    query = select(
        GrantAgreement.number,
        GrantAgreement.grant,
        paid.c.amount,
    ).join(paid, paid.c.agreement_id == GrantAgreement.id)
    for number, grant, total in tx.execute(query):
        if total > grant:
            yield Violation("overpayment", f"{number}: paid {total:,} of a {grant:,} grant")
    four_eyes = select(Disbursement.id).where(
        Disbursement.approved_by.is_not(None), Disbursement.approved_by == Disbursement.requested_by
    )
    for (disbursement_id,) in tx.execute(four_eyes):
        yield Violation("four_eyes", f"disbursement #{disbursement_id} approved by its requester")
    approvers = (
        select(Disbursement.id)
        .join(StaffUser, StaffUser.id == Disbursement.approved_by)
        .where(StaffUser.role == "staff")
    )
    for (disbursement_id,) in tx.execute(approvers):
        yield Violation("permission_denied", f"disbursement #{disbursement_id} approved by staff")


def _wages(tx: Session) -> Iterator[Violation]:
    query = (
        select(WageLine.id, WageLine.support_amount, WageLine.month, GrantProgram.monthly_wage_cap)
        .join(GrantAgreement, GrantAgreement.id == WageLine.agreement_id)
        .join(GrantProgram, GrantProgram.id == GrantAgreement.program_id)
    )
    for line_id, amount, month, cap in tx.execute(query):
        if cap is None or amount > cap:
            yield Violation("wage_cap_exceeded", f"wage line #{line_id}: {amount:,} > {cap}")
        if month.day != 1:
            yield Violation("wage_month", f"wage line #{line_id}: month {month} is not a 1st")


def _settlements(tx: Session) -> Iterator[Violation]:
    """A closed settlement got back exactly paid − approved spending (when positive)."""
    approved = approved_by_settlement().subquery()
    paid = paid_by_agreement().subquery()
    query = (
        select(
            Settlement.id,
            Settlement.returned_amount,
            func.coalesce(paid.c.amount, 0),
            func.coalesce(approved.c.amount, 0),
        )
        .outerjoin(paid, paid.c.agreement_id == Settlement.agreement_id)
        .outerjoin(approved, approved.c.settlement_id == Settlement.id)
        .where(Settlement.status == SettlementStatus.CLOSED)
    )
    for settlement_id, returned, paid_total, approved_total in tx.execute(query):
        owed = amount_owed_back(int(paid_total), int(approved_total))
        if returned != owed:
            yield Violation(
                "settlement_arithmetic",
                f"settlement #{settlement_id}: returned {returned:,}, owed back {owed:,}",
            )


# Hex digests HubDesk computes itself: a run of 13 digits in one is chance (a chain hash
# held ``4212248185602``), not a 주민등록번호 somebody typed.
DIGEST_COLUMNS = frozenset({HASH_COLUMN, "password_hash"})


def _resident_numbers(tx: Session) -> Iterator[Violation]:
    for table in Base.metadata.sorted_tables:
        if table.name == "audit_log":
            continue
        columns = [
            c
            for c in table.columns
            if isinstance(c.type, String | Text) and c.name not in DIGEST_COLUMNS
        ]
        if not columns:
            continue
        for row in tx.execute(select(*table.primary_key.columns, *columns)):
            if any(isinstance(v, str) and contains_resident_number(v) for v in row):
                yield Violation(
                    "resident_number", f"{table.name} row {row[0]} holds a 주민등록번호"
                )


CHECKS: tuple[Check, ...] = (
    _integrity,
    _business_numbers,
    _seats,
    _max_stay,
    _double_bookings,
    _mou_period,
    _grant_money,
    _disbursements,
    _wages,
    _settlements,
    _resident_numbers,
)
