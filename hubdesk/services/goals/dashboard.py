"""The first page: the goals of a year (or the term), the office, consulting by field and
this week's work; and, for every figure, the records it counts (a drill-down).

Fast by construction: each part is one grouped query, most read from a covering index
(the page opens and switches year under 100 ms at ``--scale 100``), and the longest ones
(this week's work, the operation rate) run in a worker thread beside the others, each in
a read of its own: SQLite lets go of the interpreter while it reads. Drill tables carry
English headers from a small fixed vocabulary the window translates; their rows add up
to the figure they open.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from hubdesk.domain.enums import (
    AgreementStatus,
    ConsultingField,
    DisbursementStatus,
    SessionStatus,
    TargetMetric,
    TenancyStatus,
)
from hubdesk.domain.goals import Dashboard, Drill, DrillRows, FieldHours, MonthFigure, WeekItem
from hubdesk.domain.masking import mask_name
from hubdesk.services.consulting.sessions import covering_mou
from hubdesk.services.consulting.views import SecondsBetween
from hubdesk.services.core.base import Service, plain_rows
from hubdesk.services.core.boundary import typed_boundary
from hubdesk.services.goals import figures
from hubdesk.services.goals.goals import (
    ActualPart,
    Actuals,
    actual_parts,
    assemble,
    check_year,
    goal_years,
    read_term,
)
from hubdesk.services.goals.operation import rate_day, registered_on
from hubdesk.services.grants.approvals import ApprovalService
from hubdesk.services.grants.deadlines import settlement_items
from hubdesk.services.spaces.spaces import last_day_column
from hubdesk.storage.models import (
    Consultant,
    ConsultingSession,
    Disbursement,
    GrantAgreement,
    GrantProgram,
    Purchase,
    Settlement,
    Space,
    Team,
    Tenancy,
    TrainingCourse,
)

SETTLEMENT_AHEAD_DAYS = 14  # settlements due within two weeks join the week's work
LETTABLE = ("private_office", "shared_office", "open_desk")  # SpaceKind values
S = ConsultingSession
DRILL_ORDER = {drill: index for index, drill in enumerate(Drill)}  # same-day week items


def week_of(today: date) -> tuple[date, date]:
    """Monday and Sunday of ``today``'s week."""
    monday = today - timedelta(days=today.weekday())
    return monday, monday + timedelta(days=6)


def _years(year: int | None, term: tuple[int, int]) -> tuple[int, int]:
    return (year, year) if year is not None else term


def _span(year: int | None, term: tuple[int, int]) -> tuple[date, date]:
    first, last = _years(year, term)
    return date(first, 1, 1), date(last, 12, 31)


# -- the office -------------------------------------------------------------------------


def _offered(tx: Session) -> int:
    query = select(func.coalesce(func.sum(Space.seats), 0)).where(
        Space.active.is_(True), Space.kind.in_(LETTABLE)
    )
    return int(tx.scalar(query) or 0)


def _taken_on(tx: Session, days: Sequence[date]) -> list[int]:
    """Seats of the tenancies running on each of ``days``: one pass over the tenancies,
    grouped by their first and last day first (a few hundred spans at scale 100, where
    the days' sums would otherwise be taken over thousands of tenancies)."""
    last_day = last_day_column()
    spans = (
        select(
            Tenancy.start_date.label("first"),
            last_day.label("last"),
            func.sum(Tenancy.seats).label("seats"),
        )
        .where(
            Tenancy.status != TenancyStatus.CANCELLED,
            Tenancy.start_date <= max(days),
            last_day >= min(days),
        )
        .group_by(Tenancy.start_date, last_day)
        .subquery("spans")
    )
    sums = [
        func.coalesce(
            func.sum(case((and_(spans.c.first <= d, spans.c.last >= d), spans.c.seats), else_=0)),
            0,
        )
        for d in days
    ]
    row = tx.execute(select(*sums)).one()
    return [int(seats or 0) for seats in row]


def _occupancy(
    tx: Session, year: int, today: date
) -> tuple[tuple[int, int], tuple[MonthFigure, ...]]:
    """Seats taken today, and on the 1st of each month of ``year`` up to today."""
    offered = _offered(tx)
    firsts = [date(year, m, 1) for m in range(1, 13) if date(year, m, 1) <= today]
    taken = _taken_on(tx, [today, *firsts])
    months = tuple(
        MonthFigure(day.month, seats, offered) for day, seats in zip(firsts, taken[1:], strict=True)
    )
    return (taken[0], offered), months


# -- consulting -------------------------------------------------------------------------


def _completed_sessions(first: date, last: date) -> list[Any]:
    return [
        S.status == SessionStatus.COMPLETED,
        S.starts_at >= datetime.combine(first, time()),
        S.starts_at < datetime.combine(last + timedelta(days=1), time()),
    ]


def _consulting(tx: Session, year: int | None, term: tuple[int, int]) -> tuple[FieldHours, ...]:
    first, last = _span(year, term)
    minutes = func.sum(SecondsBetween(S.starts_at, S.ends_at)) / 60
    # Every session has a field: naming them all lets SQLite read each field's range of
    # ix_sessions_field_time, already grouped.
    every_field = S.field.in_(list(ConsultingField))
    query = (
        select(S.field, minutes, func.count())
        .where(*_completed_sessions(first, last), every_field)
        .group_by(S.field)
    )
    found = {ConsultingField(f): (round(float(m or 0)), int(n)) for f, m, n in tx.execute(query)}
    return tuple(FieldHours(f, *found.get(f, (0, 0))) for f in ConsultingField)


def _quota_minutes(tx: Session, year: int | None, term: tuple[int, int]) -> int | None:
    """The MOU's yearly quota in minutes (over the term: each year's MOU's quota)."""
    first, last = _years(year, term)
    total, found = 0, False
    for y in range(first, last + 1):
        mou = covering_mou(tx, date(y, 12, 31)) or covering_mou(tx, date(y, 1, 1))
        if mou is not None:
            total, found = total + mou.yearly_quota_hours * 60, True
    return total if found else None


def _office(
    tx: Session, year: int | None, today: date, term: tuple[int, int]
) -> tuple[tuple[int, int], tuple[MonthFigure, ...], tuple[FieldHours, ...], int | None]:
    """Occupancy today and by month, consulting by field and the quota."""
    occupancy, months = _occupancy(tx, year or today.year, today)
    return occupancy, months, _consulting(tx, year, term), _quota_minutes(tx, year, term)


# -- this week's work ---------------------------------------------------------------------


def _ending(tx: Session, first: date, last: date) -> list[tuple[Any, ...]]:
    """(tenancy id, end, space code, team, seats) of active tenancies ending in the days."""
    query = (
        select(Tenancy.id, Tenancy.end_date, Space.code, Team.name, Tenancy.seats)
        .join(Space, Space.id == Tenancy.space_id)
        .join(Team, Team.id == Tenancy.team_id)
        .where(
            Tenancy.status == TenancyStatus.ACTIVE,
            Tenancy.ended_early_on.is_(None),
            Tenancy.end_date.between(first, last),
        )
        .order_by(Tenancy.end_date, Tenancy.id)
    )
    return [tuple(row) for row in plain_rows(tx, query)]


def _sessions(tx: Session, first: date, last: date) -> list[tuple[Any, ...]]:
    """(session id, start, team, consultant, topic, status) booked or held in the days."""
    query = (
        select(S.id, S.starts_at, Team.name, Consultant.name, S.topic, S.status)
        .join(Team, Team.id == S.team_id)
        .join(Consultant, Consultant.id == S.consultant_id)
        .where(
            S.status.in_((SessionStatus.SCHEDULED, SessionStatus.COMPLETED)),
            S.starts_at >= datetime.combine(first, time()),
            S.starts_at < datetime.combine(last + timedelta(days=1), time()),
        )
        .order_by(S.starts_at, S.id)
    )
    return [tuple(row) for row in plain_rows(tx, query)]


def _week(
    tx: Session, today: date, approvals: Sequence[Any], settlements: Sequence[Any]
) -> tuple[WeekItem, ...]:
    monday, sunday = week_of(today)
    items = [
        WeekItem(Drill.ENDING_TENANCIES, end, f"{team} · {code}", key)
        for key, end, code, team, _seats in _ending(tx, monday, sunday)
    ]
    items += [
        WeekItem(Drill.WEEK_SESSIONS, start.date(), f"{start:%H:%M} {team} · {who}", key)
        for key, start, team, who, _topic, _status in _sessions(tx, monday, sunday)
    ]
    items += [
        WeekItem(Drill.MY_APPROVALS, _day(item.since, today), _approval_text(item), item.record_id)
        for item in approvals
    ]
    items += [
        WeekItem(
            Drill.SETTLEMENTS_DUE,
            item.due_date,
            f"{item.team_name} · {item.agreement_number}",
            item.agreement_id,
        )
        for item in settlements
    ]
    return tuple(sorted(items, key=lambda item: (item.day, DRILL_ORDER[item.drill])))


def _day(since: datetime | date | None, today: date) -> date:
    if isinstance(since, datetime):
        return since.date()
    return since if since is not None else today


def _approval_text(item: Any) -> str:
    what = f" {item.what}" if item.what else ""
    return f"{item.team_name} · {item.agreement_number}{what}"


# -- the service --------------------------------------------------------------------------


@typed_boundary
class DashboardService(Service):
    def dashboard(self, year: int | None, today: date, week: bool = True) -> Dashboard:
        """Everything the first page shows for ``year`` (None: the whole term): a grouped
        query a part, in three reads side by side (see the module's note).

        ``week=False`` leaves this week's work out (``week`` is empty): it does not depend
        on the year, so a page that read it today since the last change keeps it."""
        check_year(year)
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="dashboard") as beside:
            with self._read() as tx:
                term = read_term(tx, today)
                rate, money, people, counted = actual_parts(goal_years(year, term), today, term)
                # The week and the rate in the worker, the rest here: about even halves.
                week_read = beside.submit(self._week, today) if week else None
                rate_read = beside.submit(self._in_read, rate)
                actuals = {**people(tx), **money(tx), **counted(tx)}
                occupancy, months, fields, quota = _office(tx, year, today, term)
                actuals.update(rate_read.result())
                goals = {f.metric: f for f in assemble(tx, year, today, term, actuals)}
            return Dashboard(
                year=year,
                today=today,
                term=term,
                operation=goals[TargetMetric.OPERATION_RATE],
                trained=goals[TargetMetric.PEOPLE_TRAINED],
                trained_term=goals[TargetMetric.PEOPLE_TRAINED_TERM],
                budget=goals[TargetMetric.BUDGET_EXECUTION],
                budget_city=goals[TargetMetric.BUDGET_CITY],
                budget_district=goals[TargetMetric.BUDGET_DISTRICT],
                procurement=goals[TargetMetric.PUBLIC_PROCUREMENT],
                occupancy_today=occupancy,
                occupancy_by_month=months,
                consulting_by_field=fields,
                consulting_quota_minutes=quota,
                week=week_read.result() if week_read is not None else (),
            )

    def _in_read(self, part: ActualPart) -> Actuals:
        """One goal's part, in a read of its own."""
        with self._read() as tx:
            return part(tx)

    def _week(self, today: date) -> tuple[WeekItem, ...]:
        """This week's work, in a read of its own."""
        with self._read() as tx:
            settlements = settlement_items(tx, today, SETTLEMENT_AHEAD_DAYS)
            return _week(tx, today, self._my_approvals(tx), settlements)

    def drill(
        self, drill: Drill, year: int | None, today: date, field: ConsultingField | None = None
    ) -> DrillRows:
        """The records behind a figure of ``dashboard(year, today)``, exactly those it counts."""
        drill = Drill(drill)
        check_year(year)
        with self._read() as tx:
            if drill is Drill.MY_APPROVALS:
                return _approval_rows(self._my_approvals(tx))
            term = read_term(tx, today)
            return _DRILLS[drill](tx, _Scope(year, today, term, field))

    def _my_approvals(self, tx: Session) -> list[Any]:
        """Disbursements and reversals waiting for the acting person's decision, oldest
        first: ``waiting_for_me`` less its settlements, which are not read here (the
        inbox's own rows and order, in the caller's read)."""
        return ApprovalService(self.db, self.actor).payments_waiting_for_me(tx)


# -- drill-downs --------------------------------------------------------------------------


class _Scope:
    """What a drill is asked about: the year (or term), today, a consulting field."""

    __slots__ = ("field", "last", "first", "term", "today", "year")

    def __init__(
        self, year: int | None, today: date, term: tuple[int, int], field: ConsultingField | None
    ) -> None:
        self.year, self.today, self.term, self.field = year, today, term, field
        self.first, self.last = _span(year, term)


def _rows(drill: Drill, headers: tuple[str, ...], rows: Sequence[Sequence[Any]]) -> DrillRows:
    """A drill table from (id, *cells) rows: cells as text (money with separators)."""
    return DrillRows(
        drill,
        headers,
        tuple(tuple(_cell(value) for value in row[1:]) for row in rows),
        tuple(int(row[0]) for row in rows),
    )


def _cell(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    return str(value)


def _operating(tx: Session, scope: _Scope, operating: bool) -> DrillRows:
    day = rate_day(_years(scope.year, scope.term)[1], scope.today)
    query = registered_on(day).order_by(Team.name, Team.id)
    rows = [
        (key, name, kind, status, since)
        for key, name, kind, status, since in plain_rows(tx, query)
        if (status == "operating") == operating
    ]
    drill = Drill.OPERATING if operating else Drill.NOT_OPERATING
    return _rows(drill, ("Team", "Kind", "Status", "Since"), rows)


def _completions(tx: Session, scope: _Scope) -> DrillRows:
    c = TrainingCourse
    query = (
        select(c.id, c.title, c.category, c.start_date, c.participants, c.completed)
        .where(c.start_date.between(scope.first, scope.last))
        .order_by(c.start_date, c.id)
    )
    headers = ("Course", "Category", "Start", "Participants", "Completed")
    return _rows(Drill.COMPLETIONS, headers, plain_rows(tx, query))


def _people_term(tx: Session, scope: _Scope) -> DrillRows:
    """One row a distinct person (the first course they completed), names masked; then
    the headcount courses with their completions."""
    first, last = date(scope.term[0], 1, 1), min(scope.last, date(scope.term[1], 12, 31))
    people = figures.completed_people(first, last).order_by(TrainingCourse.start_date)
    seen: dict[tuple[str, str | None, str], tuple[Any, ...]] = {}
    for _key, name, phone, affiliation, course in plain_rows(tx, people):
        key = (name, phone, "" if phone else affiliation)
        seen.setdefault(key, (course, mask_name(name), affiliation, 1))
    c = TrainingCourse
    counts = (
        select(c.id, c.title, c.category, c.completed)
        .where(c.named.is_(False), c.start_date.between(first, last))
        .order_by(c.start_date, c.id)
    )
    heads = [(key, title, str(category), n) for key, title, category, n in plain_rows(tx, counts)]
    return _rows(Drill.PEOPLE_TERM, ("Name", "Affiliation", "People"), [*seen.values(), *heads])


def _payments(tx: Session, scope: _Scope) -> DrillRows:
    """Paid disbursements of the programs (+), then returns and clawbacks (−): by agreement
    id, adding up to the budget figure."""
    a, p = GrantAgreement, GrantProgram
    years = _years(scope.year, scope.term)
    head = (a.id, Disbursement.paid_on, p.name, Team.name, a.number)
    paid = (
        select(*head, Disbursement.label, Disbursement.amount)
        .join(a, a.id == Disbursement.agreement_id)
        .join(p, p.id == a.program_id)
        .join(Team, Team.id == a.team_id)
        .where(Disbursement.status == DisbursementStatus.PAID, p.fiscal_year.between(*years))
        .order_by(Disbursement.paid_on, Disbursement.id)
    )
    returned = (
        select(a.id, Settlement.closed_on, p.name, Team.name, a.number, -Settlement.returned_amount)
        .join(a, a.id == Settlement.agreement_id)
        .join(p, p.id == a.program_id)
        .join(Team, Team.id == a.team_id)
        .where(Settlement.returned_amount > 0, p.fiscal_year.between(*years))
    )
    clawed = (
        select(a.id, a.cancelled_on, p.name, Team.name, a.number, -a.clawback_amount)
        .join(p, p.id == a.program_id)
        .join(Team, Team.id == a.team_id)
        .where(
            a.status == AgreementStatus.CANCELLED,
            a.clawback_amount > 0,
            p.fiscal_year.between(*years),
        )
    )
    rows = [tuple(row) for row in plain_rows(tx, paid)]
    rows += [(*row[:5], "반납", row[5]) for row in plain_rows(tx, returned)]
    rows += [(*row[:5], "환수", row[5]) for row in plain_rows(tx, clawed)]
    headers = ("Date", "Program", "Team", "Agreement", "Tranche", "Amount")
    return _rows(Drill.PAYMENTS, headers, rows)


def _purchases(tx: Session, scope: _Scope) -> DrillRows:
    u = Purchase
    query = (
        select(u.id, u.purchased_on, u.department, u.enterprise_name, u.enterprise_kind, u.category)
        .add_columns(u.amount)
        .where(u.purchased_on.between(scope.first, scope.last))
        .order_by(u.purchased_on, u.id)
    )
    headers = ("Date", "Department", "Enterprise", "Kind", "Goods/services", "Amount")
    return _rows(Drill.PURCHASES, headers, plain_rows(tx, query))


def _occupied(tx: Session, scope: _Scope) -> DrillRows:
    last_day = last_day_column()
    day = scope.today
    query = (
        select(Tenancy.id, Space.code, Team.name, Tenancy.seats, Tenancy.start_date, last_day)
        .join(Space, Space.id == Tenancy.space_id)
        .join(Team, Team.id == Tenancy.team_id)
        .where(
            Tenancy.status != TenancyStatus.CANCELLED,
            Tenancy.start_date <= day,
            last_day >= day,
        )
        .order_by(Space.code, Tenancy.id)
    )
    headers = ("Space", "Team", "Seats", "Start", "End")
    return _rows(Drill.OCCUPIED_SEATS, headers, plain_rows(tx, query))


def _consulting_field(tx: Session, scope: _Scope) -> DrillRows:
    minutes = SecondsBetween(S.starts_at, S.ends_at) / 60
    query = (
        select(S.id, S.starts_at, Team.name, Consultant.name, S.field, S.topic, minutes)
        .join(Team, Team.id == S.team_id)
        .join(Consultant, Consultant.id == S.consultant_id)
        .where(*_completed_sessions(scope.first, scope.last))
        .order_by(S.starts_at, S.id)
    )
    if scope.field is not None:
        query = query.where(S.field == scope.field)
    rows = [(*row[:6], round(float(row[6]))) for row in plain_rows(tx, query)]
    headers = ("Time", "Team", "Consultant", "Field", "Topic", "Minutes")
    return _rows(Drill.CONSULTING_FIELD, headers, rows)


def _ending_rows(tx: Session, scope: _Scope) -> DrillRows:
    rows = _ending(tx, *week_of(scope.today))
    return _rows(Drill.ENDING_TENANCIES, ("End", "Space", "Team", "Seats"), rows)


def _session_rows(tx: Session, scope: _Scope) -> DrillRows:
    rows = [row[:5] for row in _sessions(tx, *week_of(scope.today))]
    return _rows(Drill.WEEK_SESSIONS, ("Time", "Team", "Consultant", "Topic"), rows)


def _settlement_rows(tx: Session, scope: _Scope) -> DrillRows:
    items = settlement_items(tx, scope.today, SETTLEMENT_AHEAD_DAYS)
    rows = [
        (i.agreement_id, i.due_date, i.team_name, i.agreement_number, i.days_late) for i in items
    ]
    return _rows(Drill.SETTLEMENTS_DUE, ("Due", "Team", "Agreement", "Overdue"), rows)


def _approval_rows(items: Sequence[Any]) -> DrillRows:
    rows = [
        (i.record_id, i.team_name, i.agreement_number, i.what, i.amount, i.requester) for i in items
    ]
    headers = ("Team", "Agreement", "Tranche", "Amount", "Requested by")
    return _rows(Drill.MY_APPROVALS, headers, rows)


_DRILLS: dict[Drill, Callable[[Session, _Scope], DrillRows]] = {
    Drill.OPERATING: lambda tx, scope: _operating(tx, scope, True),
    Drill.NOT_OPERATING: lambda tx, scope: _operating(tx, scope, False),
    Drill.COMPLETIONS: _completions,
    Drill.PEOPLE_TERM: _people_term,
    Drill.PAYMENTS: _payments,
    Drill.PURCHASES: _purchases,
    Drill.OCCUPIED_SEATS: _occupied,
    Drill.CONSULTING_FIELD: _consulting_field,
    Drill.ENDING_TENANCIES: _ending_rows,
    Drill.WEEK_SESSIONS: _session_rows,
    Drill.SETTLEMENTS_DUE: _settlement_rows,
}
