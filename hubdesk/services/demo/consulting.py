"""The SKHU MOU, its consultants and two years of consulting sessions."""

from __future__ import annotations

import math
import random
from collections import defaultdict
from datetime import date, datetime, time, timedelta

from hubdesk.domain.enums import ConsultingField as F
from hubdesk.domain.enums import SessionMode, SessionStatus
from hubdesk.domain.periods import Quarter, add_months
from hubdesk.services.demo import names, texts
from hubdesk.services.demo.context import Demo, month_start, stamp

PARTNER = "성공회대학교 산학협력단"
QUOTA_HOURS_PER_SCALE = 400
SESSIONS_PER_MONTH = 24  # × scale; the hour guard keeps a year inside the quota
WORKING_DAYS_PER_MONTH = 20.8
HOURS_WEIGHTS = ((1, 0.65), (2, 0.3), (3, 0.05))
LEAD_DAYS = 25  # sessions are booked this far ahead
DAY_START, DAY_END = 9 * 60, 18 * 60  # minutes
# (affiliation, position, fields: the first always, others sometimes)
PROFILES: tuple[tuple[str, str, tuple[F, ...]], ...] = (
    ("성공회대학교 경영학부", "교수", (F.STRATEGY, F.MARKETING, F.FINANCE)),
    ("성공회대학교 사회적경제대학원", "교수", (F.SOCIAL_VALUE, F.STRATEGY)),
    ("성공회대학교 사회적경제대학원", "부교수", (F.FINANCE, F.SOCIAL_VALUE)),
    ("성공회대학교 경영학부", "부교수", (F.ACCOUNTING_TAX, F.FINANCE)),
    ("성공회대학교 IT융합자율학부", "교수", (F.IT, F.MARKETING)),
    ("성공회대학교 사회적경제대학원", "겸임교수", (F.LEGAL, F.LABOR_HR)),
    ("성공회대학교 협동조합경영학과", "연구교수", (F.STRATEGY, F.SOCIAL_VALUE)),
    ("성공회대학교 경영학부", "겸임교수", (F.MARKETING, F.STRATEGY)),
    ("성공회대학교 사회적경제연구센터", "연구교수", (F.SOCIAL_VALUE, F.FINANCE, F.STRATEGY)),
    ("금천세무회계사무소", "세무사", (F.ACCOUNTING_TAX,)),
    ("노무법인 한결", "노무사", (F.LABOR_HR,)),
    ("법무법인 다온", "변호사", (F.LEGAL, F.LABOR_HR)),
)
SLOT = tuple[int, int]  # minutes from midnight, half-open


class _Booking:
    """Who is busy when: no consultant and no team in two sessions at once, and the
    booked hours (cancelled ones aside) of a calendar or MOU year below the quota."""

    def __init__(self, quota: int, mou_start: date) -> None:
        self.busy: dict[tuple[str, int, date], list[SLOT]] = defaultdict(list)
        self.hours: dict[tuple[str, int], int] = defaultdict(int)
        self.limit = int(quota * 0.95)
        self.mou_start = mou_start

    def _years(self, day: date) -> tuple[tuple[str, int], tuple[str, int]]:
        mou_year = (day.year - self.mou_start.year) * 12 + day.month - self.mou_start.month
        return ("calendar", day.year), ("mou", mou_year // 12)

    def fits(self, consultant: int, team: int, day: date, slot: SLOT, counts: bool = True) -> bool:
        hours = (slot[1] - slot[0]) // 60 if counts else 0
        if any(self.hours[year] + hours > self.limit for year in self._years(day)):
            return False
        for key in (("c", consultant, day), ("t", team, day)):
            if any(slot[0] < end and start < slot[1] for start, end in self.busy[key]):
                return False
        return True

    def book(self, consultant: int, team: int, day: date, slot: SLOT, counts: bool) -> None:
        self.busy["c", consultant, day].append(slot)
        self.busy["t", team, day].append(slot)
        if counts:
            for year in self._years(day):
                self.hours[year] += (slot[1] - slot[0]) // 60


def add_consulting(demo: Demo) -> None:
    rng = demo.rng("consulting")
    start = add_months(month_start(demo.today), -24)
    end = add_months(start, 36) - timedelta(days=1)
    quota = QUOTA_HOURS_PER_SCALE * demo.scale
    mou_id = demo.add(
        "mous",
        {
            "partner": PARTNER,
            "title": "금천구-성공회대학교 사회적경제 기업 컨설팅 업무협약",
            "start_date": start,
            "end_date": end,
            "yearly_quota_hours": quota,
            "signed_on": start - timedelta(days=14),
        },
    )
    fields = _add_consultants(demo, rng, mou_id)
    _add_sessions(demo, rng, mou_id, fields, _Booking(quota, start), start)


def _add_consultants(demo: Demo, rng: random.Random, mou_id: int) -> dict[int, list[F]]:
    fields: dict[int, list[F]] = {}
    for index in range(len(PROFILES) * demo.scale):
        affiliation, position, choices = PROFILES[index % len(PROFILES)]
        consultant_id = demo.add(
            "consultants",
            {
                "name": names.person_name(rng),
                "affiliation": affiliation,
                "position": position,
                "phone": names.mobile_phone(rng),
                "email": None,
                "active": True,
                "mou_id": mou_id,
            },
        )
        chosen = [choices[0]] + [f for f in choices[1:] if rng.random() < 0.6]
        fields[consultant_id] = chosen
        for field in chosen:
            demo.add("consultant_fields", {"consultant_id": consultant_id, "field": field})
    for row in demo.table("consultant_fields"):
        del row["id"]  # the table's key is (consultant_id, field)
    return fields


def _add_sessions(
    demo: Demo,
    rng: random.Random,
    mou_id: int,
    fields: dict[int, list[F]],
    booking: _Booking,
    start: date,
) -> None:
    teams = [team.id for team in demo.operating_teams()] + demo.active_tenants * 2
    consultants = sorted(fields)
    # Quarter edges come first and are always completed (the quarterly log tests them).
    planned: list[tuple[date, SLOT, int, int, SessionStatus]] = []
    for day, slot in _quarter_edges(demo, start):
        for _ in range(20):
            consultant, team = rng.choice(consultants), rng.choice(teams)
            if booking.fits(consultant, team, day, slot):
                booking.book(consultant, team, day, slot, True)
                planned.append((day, slot, consultant, team, SessionStatus.COMPLETED))
                break
    rate = SESSIONS_PER_MONTH * demo.scale / WORKING_DAYS_PER_MONTH
    day = start
    while day <= demo.today + timedelta(days=LEAD_DAYS):
        if demo.calendar.is_working_day(day):
            for _ in range(_poisson(rng, rate)):
                status = _status(rng, demo, day)
                booked = _book_one(rng, booking, day, consultants, teams, status)
                if booked:
                    planned.append((day, *booked, status))
        day += timedelta(days=1)
    planned.sort()
    for day, slot, consultant, team, status in planned:
        _add_session(demo, rng, mou_id, (day, slot, status), consultant, team, fields[consultant])


def _quarter_edges(demo: Demo, start: date) -> list[tuple[date, SLOT]]:
    """Sessions ending 18:00 on a quarter's last working day and at 09:00 on the next's first."""
    edges: list[tuple[date, SLOT]] = []
    quarter = Quarter.of(start)
    while quarter.last_day < demo.today:
        last = quarter.last_day
        while not demo.calendar.is_working_day(last):
            last -= timedelta(days=1)
        if last >= start:
            edges.append((last, (DAY_END - 120, DAY_END)))
        first = demo.calendar.next_working_day(quarter.next().first_day)
        if first < demo.today:
            edges.append((first, (DAY_START, DAY_START + 60)))
        quarter = quarter.next()
    return edges


def _book_one(
    rng: random.Random,
    booking: _Booking,
    day: date,
    consultants: list[int],
    teams: list[int],
    status: SessionStatus,
) -> tuple[SLOT, int, int] | None:
    for _ in range(8):
        hours = rng.choices([h for h, _ in HOURS_WEIGHTS], [w for _, w in HOURS_WEIGHTS])[0]
        begin = DAY_START + 30 * rng.randint(0, (DAY_END - DAY_START - 60 * hours) // 30)
        slot = (begin, begin + 60 * hours)
        consultant, team = rng.choice(consultants), rng.choice(teams)
        counts = status is not SessionStatus.CANCELLED
        if booking.fits(consultant, team, day, slot, counts):
            booking.book(consultant, team, day, slot, counts)
            return slot, consultant, team
    return None


def _poisson(rng: random.Random, rate: float) -> int:
    if rate > 30:
        return max(0, round(rng.gauss(rate, math.sqrt(rate))))
    limit, count, product = math.exp(-rate), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def _status(rng: random.Random, demo: Demo, day: date) -> SessionStatus:
    roll = rng.random()
    if day >= demo.today:
        return SessionStatus.CANCELLED if roll < 0.03 else SessionStatus.SCHEDULED
    if roll < 0.08:
        return SessionStatus.CANCELLED
    return SessionStatus.NO_SHOW if roll < 0.12 else SessionStatus.COMPLETED


def _add_session(
    demo: Demo,
    rng: random.Random,
    mou_id: int,
    when: tuple[date, SLOT, SessionStatus],
    consultant: int,
    team: int,
    fields: list[F],
) -> None:
    day, slot, status = when
    field = rng.choice(fields)
    topic = rng.choice(texts.TOPICS[field])
    online = rng.random() < 0.25
    summary = advice = follow_up = ""
    if status is SessionStatus.COMPLETED:
        summary, advice, follow_up = texts.session_notes(rng, topic)
    created = stamp(min(day - timedelta(days=rng.randint(3, 21)), demo.today), 9)
    demo.add(
        "consulting_sessions",
        {
            "mou_id": mou_id,
            "team_id": team,
            "consultant_id": consultant,
            "field": field,
            "starts_at": _at(day, slot[0]),
            "ends_at": _at(day, slot[1]),
            "mode": SessionMode.ONLINE if online else SessionMode.IN_PERSON,
            "place": texts.PLACE_ONLINE if online else rng.choice(texts.PLACES_IN_PERSON),
            "topic": topic,
            "status": status,
            "summary": summary,
            "advice": advice,
            "follow_up": follow_up,
            "satisfaction": rng.choice((3, 4, 4, 4, 5, 5, 5)) if summary else None,
            "cancel_reason": rng.choice(texts.CANCEL_REASONS)
            if status.value == "cancelled"
            else "",
            "created_at": created,
            "updated_at": stamp(min(day + timedelta(days=1), demo.today), 9)
            if day < demo.today
            else created,
        },
    )


def _at(day: date, minutes: int) -> datetime:
    return datetime.combine(day, time(minutes // 60, minutes % 60))
