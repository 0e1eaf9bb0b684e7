"""A quarter of sessions with every edge the log must get right, and independent SQL.

Q3 2026 of the test hub (MOU 2025-01-01 – 2027-12-31, 40 hours a year):

- completed on the quarter's first day at 09:00, and on its last day;
- completed 22:00–24:00 on 30 September: it *ends* exactly at the quarter
  boundary and belongs to Q3 (the quarter of its start);
- completed 23:00–24:00 on 30 June (ends at Q3's first instant: belongs to Q2)
  and at 00:00 on 1 October (Q4): neither is in Q3;
- one cancelled and one no-show session in Q3 (counted on the cover only), and
  one still scheduled (neither listed nor counted);
- texts that start with ``=``, ``+``, ``-`` and ``@`` (formula injection).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date, time

from sqlalchemy import update
from support.consulting import session_draft
from support.hub import Hub

from hubdesk.domain.enums import ConsultingField
from hubdesk.domain.periods import Quarter
from hubdesk.services.consulting.sessions import ConsultingService, SessionDraft
from hubdesk.storage.models import Team

Q3 = Quarter(2026, 3)
FORMULA_TOPIC = '=HYPERLINK("http://evil.example","클릭")'
FORMULA_SUMMARY = "+1+2 상담 내용"
FORMULA_ADVICE = "-3 예산 조정"
FORMULA_FOLLOW_UP = "@SUM(A1) 확인"
COOP_PHONE, COOP_EMAIL = "010-1234-5678", "hong@coop.kr"


@dataclass
class QuarterSessions:
    completed: list[int] = field(default_factory=list)  # in Q3, in log order
    outside: list[int] = field(default_factory=list)  # completed, other quarters
    cancelled: int = 0
    no_show: int = 0
    scheduled: int = 0
    boundary: int = 0  # 22:00–24:00 on 30 September


def _draft(hub: Hub, day: date, start: time, minutes: int, **changes: object) -> SessionDraft:
    return session_draft(hub, day=day, start=start, minutes=minutes, **changes)


def make_quarter(hub: Hub) -> QuarterSessions:
    """Book and settle the sessions described in the module docstring."""
    with hub.db.write("system") as session:
        session.execute(
            update(Team)
            .where(Team.id == hub.teams["coop"])
            .values(phone=COOP_PHONE, email=COOP_EMAIL)
        )
    service = ConsultingService(hub.db, hub.clerk)
    made = QuarterSessions()

    def book(day: date, start: time, minutes: int, **changes: object) -> int:
        return service.schedule(_draft(hub, day, start, minutes, **changes)).session.id

    def done(session_id: int, summary: str = "사업계획을 함께 점검함.", **notes: str) -> int:
        service.complete(
            session_id, summary, notes.get("advice", ""), notes.get("follow_up", ""), 4
        )
        return session_id

    yoon = {"consultant_id": hub.consultants["yoon"], "field": ConsultingField.ACCOUNTING_TAX}
    made.outside.append(done(book(date(2026, 6, 30), time(23), 60)))
    made.completed.append(done(book(date(2026, 7, 1), time(9), 60)))
    made.completed.append(
        done(
            book(date(2026, 7, 15), time(14), 90, team_id=hub.teams["social"], **yoon),
            FORMULA_SUMMARY,
            advice=FORMULA_ADVICE,
            follow_up=FORMULA_FOLLOW_UP,
        )
    )
    made.completed.append(
        done(
            book(
                date(2026, 8, 20), time(10), 120, team_id=hub.teams["village"], topic=FORMULA_TOPIC
            )
        )
    )
    made.completed.append(
        done(book(date(2026, 9, 30), time(10), 30, team_id=hub.teams["startup"], **yoon))
    )
    made.boundary = done(book(date(2026, 9, 30), time(22), 120))
    made.completed.append(made.boundary)
    made.outside.append(done(book(date(2026, 10, 1), time(0), 60)))
    made.cancelled = book(date(2026, 8, 10), time(10), 60)
    service.cancel(made.cancelled, "기업 사정")
    made.no_show = book(date(2026, 8, 11), time(10), 60, team_id=hub.teams["social"])
    service.mark_no_show(made.no_show)
    made.scheduled = book(date(2026, 9, 1), time(10), 60)
    return made


# --- independent SQL over the same quarter (plain sqlite3, no HubDesk code) ----------

_IN_Q3 = "starts_at >= '2026-07-01' AND starts_at < '2026-10-01'"
_MINUTES = "CAST(ROUND((julianday(ends_at) - julianday(starts_at)) * 1440) AS INTEGER)"


def sql(path: object, query: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(str(path))
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


def sql_count(path: object, status: str) -> int:
    rows = sql(
        path, f"SELECT count(*) FROM consulting_sessions WHERE status = '{status}' AND {_IN_Q3}"
    )
    return int(rows[0][0])  # type: ignore[call-overload]


def sql_totals(path: object, group: str) -> dict[object, tuple[int, int]]:
    """Completed sessions and minutes of Q3 by ``group`` (a column or expression)."""
    rows = sql(
        path,
        f"SELECT {group}, count(*), sum({_MINUTES}) FROM consulting_sessions s "
        f"JOIN teams t ON t.id = s.team_id JOIN consultants c ON c.id = s.consultant_id "
        f"WHERE s.status = 'completed' AND s.{_IN_Q3} GROUP BY {group}",
    )
    return {key: (int(n), int(m)) for key, n, m in rows}  # type: ignore[call-overload]


def sql_ids(path: object) -> list[int]:
    rows = sql(
        path,
        f"SELECT id FROM consulting_sessions WHERE status = 'completed' AND {_IN_Q3} "
        "ORDER BY starts_at, id",
    )
    return [int(r[0]) for r in rows]  # type: ignore[call-overload]
