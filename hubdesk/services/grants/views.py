"""Read-only views of grants for the Grants page: the budget by year, program and source,
the agreement list and one agreement's detail.

Money is summed in SQL: a scale-100 file holds ~4,300 agreements and ~10,000
disbursements, and the budget view reads a handful of grouped rows, not those.

Paid, settled and returned money belongs to an agreement, not to a source, so it is
split between city and district in proportion to the agreement's city and district
amounts, in whole won: the city gets ``floor(amount × city / grant)``, the district
the rest, so the two parts always add up to the amount. Committed money needs no
split: it is the agreements' own city and district amounts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, null, or_, select
from sqlalchemy.orm import Session

from hubdesk.domain.enums import (
    AgreementStatus,
    FundingSource,
    GrantKind,
)
from hubdesk.domain.records import AgreementRecord, ProgramRecord
from hubdesk.services.core.base import Service, get_or_raise, plain_rows
from hubdesk.services.core.boundary import typed_boundary
from hubdesk.services.grants.rows import (
    agreement_record,
    money_by_agreement,
    paid_by_agreement,
    paid_of,
    program_record,
)
from hubdesk.storage.models import (
    GrantAgreement,
    GrantProgram,
    Settlement,
    Team,
)

A, P = GrantAgreement, GrantProgram
SOURCES = (FundingSource.CITY, FundingSource.DISTRICT)


class _Execution:
    """What a budget line and a year's total share: left money and the execution rate."""

    __slots__ = ()
    budget: int
    committed: int
    paid: int
    returned: int

    @property
    def left(self) -> int:
        """Budget not yet committed in agreements."""
        return self.budget - self.committed

    @property
    def executed(self) -> int:
        """Money that stayed out: paid, less what came back (반납, 환수)."""
        return self.paid - self.returned

    @property
    def execution_rate(self) -> float:
        """(paid − returned) / budget; 0 when there is no budget."""
        return self.executed / self.budget if self.budget else 0.0


@dataclass(frozen=True, slots=True)
class BudgetLine(_Execution):
    """One program's money from one source (city or district) in a fiscal year."""

    fiscal_year: int
    program_id: int
    program_name: str
    kind: GrantKind
    source: FundingSource
    budget: int
    committed: int  # agreements that are not cancelled
    paid: int  # paid disbursements, reversing entries netted
    settled: int  # approved spending of closed settlements
    returned: int  # settlement returns and clawbacks of cancelled agreements


@dataclass(frozen=True, slots=True)
class BudgetTotal(_Execution):
    """All programs of a fiscal year from one source: what the chart draws."""

    fiscal_year: int
    source: FundingSource
    budget: int
    committed: int
    paid: int
    settled: int
    returned: int


@dataclass(frozen=True, slots=True)
class BudgetSum(_Execution):
    """Budget lines added up (a year, or every year shown)."""

    budget: int
    committed: int
    paid: int
    settled: int
    returned: int


_MONEY = ("budget", "committed", "paid", "settled", "returned")


def summed(lines: Sequence[BudgetLine]) -> BudgetSum:
    """The money of ``lines`` added up, with its own execution rate."""
    return BudgetSum(*(sum(getattr(line, name) for line in lines) for name in _MONEY))


def budget_totals(lines: list[BudgetLine]) -> list[BudgetTotal]:
    """The lines summed by year and source, by year then city before district."""
    keys = sorted({(line.fiscal_year, SOURCES.index(line.source)) for line in lines})
    totals = []
    for year, index in keys:
        chosen = [x for x in lines if x.fiscal_year == year and x.source == SOURCES[index]]
        total = summed(chosen)
        totals.append(BudgetTotal(year, SOURCES[index], *(getattr(total, n) for n in _MONEY)))
    return totals


class AgreementColumn(StrEnum):
    """The columns the agreement list can be sorted by."""

    NUMBER = "number"
    TEAM = "team"
    PROGRAM = "program"
    STATUS = "status"
    PERIOD = "period"
    GRANT = "grant"
    COPAYMENT = "copayment"
    PAID = "paid"
    SETTLEMENT_DUE = "settlement_due"


@dataclass(frozen=True, slots=True)
class AgreementFilter:
    """What the agreement list shows: every field optional."""

    fiscal_year: int | None = None
    program_id: int | None = None
    status: AgreementStatus | None = None
    text: str = ""  # in the agreement number or the team name


@dataclass(frozen=True, slots=True)
class AgreementQuery:
    filter: AgreementFilter = AgreementFilter()
    sort: AgreementColumn = AgreementColumn.NUMBER
    descending: bool = True


@dataclass(frozen=True, slots=True)
class AgreementRow:
    id: int
    number: str
    team_id: int
    team_name: str
    program_id: int
    program_name: str
    kind: GrantKind
    fiscal_year: int
    status: AgreementStatus
    start_date: date
    end_date: date
    grant: int
    copayment: int
    paid: int
    settlement_due: date | None


@dataclass(frozen=True, slots=True)
class AgreementDetail:
    """An agreement with its parties, program, payee and dates: the detail area."""

    agreement: AgreementRecord
    representative: str
    business_number: str | None
    program: ProgramRecord
    payee_bank: str
    payee_account: str
    payee_holder: str
    signed_on: date | None
    cancelled_on: date | None
    cancel_reason: str
    settlement_due: date | None


def _paid_by_agreement() -> Any:
    return paid_by_agreement().subquery("paid")


def _program_sums(tx: Session, fiscal_year: int | None) -> dict[int, list[int]]:
    """Program id → [city committed, district committed, paid, city part of paid,
    settled, city part of settled, returned, city part of returned]."""
    m = money_by_agreement()
    committing = m.c.status != AgreementStatus.CANCELLED
    columns: list[Any] = [
        func.sum(case((committing, m.c.city_amount), else_=0)),
        func.sum(case((committing, m.c.district_amount), else_=0)),
    ]
    for amount in (m.c.paid, m.c.settled, m.c.returned):
        columns += [func.sum(amount), func.sum(amount * m.c.city_amount // m.c.grant)]
    query = select(m.c.program_id, *columns).group_by(m.c.program_id)
    if fiscal_year is not None:
        years = select(P.id).where(P.fiscal_year == fiscal_year)
        query = query.where(m.c.program_id.in_(years))
    return {row[0]: [int(v or 0) for v in row[1:]] for row in tx.execute(query)}


def _lines(program: GrantProgram, sums: list[int]) -> list[BudgetLine]:
    city_committed, district_committed, paid, city_paid = sums[:4]
    settled, city_settled, returned, city_returned = sums[4:]
    head = (program.fiscal_year, program.id, program.name, program.kind)
    return [
        BudgetLine(
            *head,
            FundingSource.CITY,
            program.city_budget,
            city_committed,
            city_paid,
            city_settled,
            city_returned,
        ),
        BudgetLine(
            *head,
            FundingSource.DISTRICT,
            program.district_budget,
            district_committed,
            paid - city_paid,
            settled - city_settled,
            returned - city_returned,
        ),
    ]


_ROW_COLUMNS = (
    A.id,
    A.number,
    A.team_id,
    Team.name,
    A.program_id,
    P.name,
    P.kind,
    P.fiscal_year,
    A.status,
    A.start_date,
    A.end_date,
    A.grant,
    A.copayment,
)


def _rows_query(paid: Any | None, *columns: Any) -> Select[Any]:
    query = (
        select(*columns)
        .join(Team, Team.id == A.team_id)
        .join(P, P.id == A.program_id)
        .outerjoin(Settlement, Settlement.agreement_id == A.id)
    )
    return query if paid is None else query.outerjoin(paid, paid.c.agreement_id == A.id)


def _sort_keys(column: AgreementColumn, paid: Any | None) -> list[Any]:
    """What the list is sorted by (``paid``: the paid money, joined to sort by it)."""
    if column == AgreementColumn.PAID:
        assert paid is not None
        return [func.coalesce(paid.c.amount, 0)]
    # Numbers sort by year, kind, then numerically (…-999 before …-1000).
    keys: dict[AgreementColumn, list[Any]] = {
        AgreementColumn.NUMBER: [P.fiscal_year, P.code, func.length(A.number), A.number],
        AgreementColumn.TEAM: [Team.name],
        AgreementColumn.PROGRAM: [P.fiscal_year, P.name],
        AgreementColumn.STATUS: [A.status],
        AgreementColumn.PERIOD: [A.start_date, A.end_date],
        AgreementColumn.GRANT: [A.grant],
        AgreementColumn.COPAYMENT: [A.copayment],
        AgreementColumn.SETTLEMENT_DUE: [Settlement.due_date],
    }
    return keys[column]


def _conditions(chosen: AgreementFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if chosen.fiscal_year is not None:
        conditions.append(P.fiscal_year == chosen.fiscal_year)
    if chosen.program_id is not None:
        conditions.append(A.program_id == chosen.program_id)
    if chosen.status is not None:
        conditions.append(A.status == chosen.status)
    text = chosen.text.strip()
    if text:
        pattern = f"%{text}%"
        conditions.append(or_(A.number.ilike(pattern), Team.name.ilike(pattern)))
    return conditions


def _row(values: Any) -> AgreementRow:
    (key, number, team_id, team, program_id, program, kind, year, status) = values[:9]
    (start, end, grant, copayment, paid, due) = values[9:]
    return AgreementRow(
        key,
        number,
        team_id,
        team,
        program_id,
        program,
        kind,
        year,
        status,
        start,
        end,
        int(grant),
        int(copayment),
        int(paid or 0),
        due,
    )


@typed_boundary
class GrantViewService(Service):
    def budget_years(self) -> list[int]:
        """The fiscal years that have programs, oldest first."""
        query = select(P.fiscal_year).distinct().order_by(P.fiscal_year)
        with self._read() as tx:
            return [int(year) for year in tx.scalars(query)]

    def budget(self, fiscal_year: int | None = None) -> list[BudgetLine]:
        """City and district lines of each program (of ``fiscal_year``, or every year)."""
        query = select(P).order_by(P.fiscal_year, P.code, P.id)
        if fiscal_year is not None:
            query = query.where(P.fiscal_year == fiscal_year)
        with self._read() as tx:
            sums = _program_sums(tx, fiscal_year)
            return [
                line
                for program in tx.scalars(query)
                for line in _lines(program, sums.get(program.id, [0] * 8))
            ]

    def agreements(self, filters: AgreementFilter) -> list[AgreementRow]:
        """Every agreement ``filters`` lets through, newest number first."""
        return self.search(AgreementQuery(filters), 0, None)

    def search(self, query: AgreementQuery, offset: int, limit: int | None) -> list[AgreementRow]:
        """One page of the agreement list, filtered and sorted in SQL (ties broken by id)."""
        # Paid money summed for the page's agreements only, unless the list is sorted by it.
        by_paid = query.sort == AgreementColumn.PAID
        paid = _paid_by_agreement() if by_paid else None
        amount = paid.c.amount if paid is not None else null()
        keys = _sort_keys(query.sort, paid)
        order = [k.desc() if query.descending else k.asc() for k in keys]
        statement = (
            _rows_query(paid, *_ROW_COLUMNS, amount, Settlement.due_date)
            .where(*_conditions(query.filter))
            .order_by(*order, A.id.desc() if query.descending else A.id)
            .offset(offset)
            .limit(limit)
        )
        with self._read() as tx:
            rows = plain_rows(tx, statement)
            if not by_paid:
                found = paid_of(tx, [row[0] for row in rows])
                return [_row((*row[:-2], found.get(row[0]), row[-1])) for row in rows]
        return [_row(row) for row in rows]

    def count(self, query: AgreementQuery) -> int:
        chosen = query.filter
        statement = select(func.count(A.id)).where(*_conditions(chosen))
        if chosen.text.strip():  # only a text search needs the team's name
            statement = statement.join(Team, Team.id == A.team_id)
        if chosen.fiscal_year is not None:  # only a year needs the program
            statement = statement.join(P, P.id == A.program_id)
        with self._read() as tx:
            return int(tx.scalar(statement) or 0)

    def agreement_detail(self, agreement_id: int) -> AgreementDetail:
        with self._read() as tx:
            row = get_or_raise(tx, A, agreement_id, "agreement")
            team = tx.get_one(Team, row.team_id)
            due = tx.scalar(select(Settlement.due_date).where(Settlement.agreement_id == row.id))
            return AgreementDetail(
                agreement=agreement_record(tx, row),
                representative=team.representative,
                business_number=team.brn,
                program=program_record(tx.get_one(P, row.program_id)),
                payee_bank=row.payee_bank,
                payee_account=row.payee_account,
                payee_holder=row.payee_holder,
                signed_on=row.signed_on,
                cancelled_on=row.cancelled_on,
                cancel_reason=row.cancel_reason,
                settlement_due=due,
            )
