"""The cells of the consultation log that the XLSX, CSV and PDF writers share."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from hubdesk.domain.consultation_log import (
    FIELD_NAMES,
    MODE_NAMES,
    ConsultationLog,
    LogSession,
    TotalRow,
)

Cell = str | int | float | date | None

LOG_HEADER: tuple[str, ...] = (
    "번호", "일자", "시간", "시간(h)", "기업·팀", "대표자", "연락처", "이메일", "컨설턴트",
    "소속", "분야", "방식", "장소", "주제", "내용 요약", "자문 내용", "후속 조치", "만족도",
)  # fmt: skip


def log_values(session: LogSession) -> tuple[Cell, ...]:
    """One row of the log, in ``LOG_HEADER`` order (text not yet neutralised)."""
    return (
        session.number, session.day, session.time_text, round(session.hours, 2), session.team,
        session.representative, session.phone, session.email, session.consultant,
        session.affiliation, FIELD_NAMES[session.field], MODE_NAMES[session.mode], session.place,
        session.topic, session.summary, session.advice, session.follow_up, session.satisfaction,
    )  # fmt: skip


def hours_text(hours: float) -> str:
    """``1.5``, ``2``, ``0.33``: hours as CSV and PDF print them."""
    return f"{hours:,.2f}".rstrip("0").rstrip(".")


@dataclass(frozen=True, slots=True)
class CoverLine:
    label: str
    value: str | int | float
    unit: str = ""  # 건, 시간, 곳, 명: printed after numbers


def cover_lines(log: ConsultationLog) -> list[CoverLine]:
    """The cover sheet's facts, top to bottom."""
    quarter = log.quarter
    privacy = "마스킹" if log.masked else f"마스킹 해제 (사유: {log.reason})"
    lines = [
        CoverLine("기관", log.hub_name),
        CoverLine("분기", f"{quarter.korean} ({quarter.first_day} ~ {quarter.last_day})"),
        CoverLine("작성", f"{log.made_at:%Y-%m-%d %H:%M} · {log.made_by}"),
        CoverLine("개인정보", privacy),
        CoverLine("완료 컨설팅", len(log.sessions), "건"),
        CoverLine("컨설팅 시간", round(log.total_hours, 2), "시간"),
        CoverLine("취소", log.cancelled, "건"),
        CoverLine("불참(노쇼)", log.no_show, "건"),
        CoverLine("참여 기업·팀", len(log.by_team), "곳"),
        CoverLine("참여 컨설턴트", len(log.by_consultant), "명"),
    ]
    quota = log.quota
    if quota is None:
        return [*lines, CoverLine("업무협약", "해당 분기의 업무협약 없음")]
    return [
        *lines,
        CoverLine("업무협약", f"{quota.partner} · {quota.title}"),
        CoverLine(f"{quota.year}년 한도 시간", quota.quota_hours, "시간"),
        CoverLine("사용 시간 (완료, 분기 말까지)", round(quota.used_hours, 2), "시간"),
        CoverLine("잔여 시간", round(quota.left_hours, 2), "시간"),
    ]


def cover_text(line: CoverLine) -> str:
    if isinstance(line.value, str):
        return line.value
    number = f"{line.value:,}" if isinstance(line.value, int) else hours_text(line.value)
    return f"{number}{line.unit}"


@dataclass(frozen=True, slots=True)
class TotalsTable:
    """One totals table: its sheet name, header and rows, with a 합계 line at the end."""

    name: str
    header: tuple[str, ...]
    rows: Sequence[TotalRow]
    with_detail: bool

    def values(self, row: TotalRow) -> tuple[Cell, ...]:
        head: tuple[Cell, ...] = (row.label, row.detail) if self.with_detail else (row.label,)
        return (*head, row.sessions, round(row.hours, 2))

    def sum_values(self) -> tuple[Cell, ...]:
        sessions = sum(row.sessions for row in self.rows)
        hours = round(sum(row.minutes for row in self.rows) / 60, 2)
        head: tuple[Cell, ...] = ("합계", "") if self.with_detail else ("합계",)
        return (*head, sessions, hours)


def totals_tables(log: ConsultationLog) -> list[TotalsTable]:
    return [
        TotalsTable("분야별", ("분야", "건수", "시간(h)"), log.by_field, False),
        TotalsTable("컨설턴트별", ("컨설턴트", "소속", "건수", "시간(h)"), log.by_consultant, True),
        TotalsTable("기업·팀별", ("기업·팀", "건수", "시간(h)"), log.by_team, False),
    ]
