"""Consultation logs made by hand, for the writers alone (no database)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from hubdesk.domain.consultation_log import ConsultationLog, LogSession, QuotaLine, with_totals
from hubdesk.domain.enums import ConsultingField, SessionMode
from hubdesk.domain.periods import Quarter

FIELDS = list(ConsultingField)


def sample_session(number: int, **changes: object) -> LogSession:
    day = date(2026, 7, 1) + timedelta(days=number % 90)
    session = LogSession(
        number=number,
        session_id=1000 + number,
        day=day,
        starts=time(9 + number % 8),
        ends=time(10 + number % 8),
        minutes=60,
        team_id=number % 40,
        team=f"금천협동조합 {number % 40}호",
        representative="김*용",
        phone="010-1234-****",
        email="ho**@coop.kr",
        consultant_id=number % 12,
        consultant="강*수",
        affiliation="성공회대학교 사회적경제대학원",
        field=FIELDS[number % len(FIELDS)],
        mode=SessionMode.IN_PERSON if number % 4 else SessionMode.ONLINE,
        place="허브센터 3층 회의실",
        topic="사업계획 점검과 판로 개척",
        summary="구성원 2명이 참석하여 사업계획과 판로 개척 방안을 함께 검토하고 "
        "질의응답을 진행함.",
        advice="비용 구조를 다시 계산해 가격 정책을 조정할 것을 권함.",
        follow_up="다음 회차에 수정안 검토 예정.",
        satisfaction=4,
    )
    return replace(session, **changes)  # type: ignore[arg-type]


def sample_log(rows: int = 30, **changes: object) -> ConsultationLog:
    log = ConsultationLog(
        hub_name="금천구 사회적경제 허브센터",
        approval_titles=("담당", "팀장", "센터장"),
        quarter=Quarter(2026, 3),
        made_at=datetime(2026, 11, 24, 10, 30),
        made_by="김담당",
        masked=True,
        reason="",
        sessions=tuple(sample_session(n) for n in range(1, rows + 1)),
        cancelled=2,
        no_show=1,
        quota=QuotaLine(
            "성공회대학교 산학협력단", "사회적경제 컨설팅 업무협약", 2026, 400, 90 * 60
        ),
    )
    return with_totals(replace(log, **changes))  # type: ignore[arg-type]
