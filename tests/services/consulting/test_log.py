"""The quarterly consultation log: the quarter's sessions, totals, masking, the export
log; every total is compared with independent SQL over the same quarter."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from reports.log_data import (
    COOP_EMAIL,
    COOP_PHONE,
    Q3,
    QuarterSessions,
    make_quarter,
    sql,
    sql_count,
    sql_ids,
    sql_totals,
)
from reports.readback import csv_rows, pdf_text, xlsx_sheets
from sqlalchemy import select
from support.hub import Hub, refused

from hubdesk.domain.consultation_log import FIELD_NAMES
from hubdesk.domain.enums import ConsultingField
from hubdesk.domain.exports import ExportFileError, ExportFormat, UnmaskedExportNeedsReason
from hubdesk.domain.masking import contains_resident_number
from hubdesk.domain.periods import Quarter
from hubdesk.services.consulting.log import (
    EXPORT_KIND,
    ConsultationLogService,
    ExportRequest,
)
from hubdesk.storage.models import (
    Consultant,
    ConsultingSession,
    ExportLogEntry,
    HubSetting,
    Team,
)


@pytest.fixture
def quarter(hub: Hub) -> QuarterSessions:
    return make_quarter(hub)


def service(hub: Hub) -> ConsultationLogService:
    return ConsultationLogService(hub.db, hub.clerk)


def test_the_log_holds_the_completed_sessions_that_start_in_the_quarter(
    hub: Hub, quarter: QuarterSessions
) -> None:
    log = service(hub).gather(Q3, masked=False, reason="점검")
    ids = [s.session_id for s in log.sessions]
    assert ids == sql_ids(hub.db.path) == quarter.completed
    assert quarter.boundary in ids  # ends at 2026-10-01 00:00, starts in Q3
    assert not set(quarter.outside) & set(ids)
    assert {quarter.cancelled, quarter.no_show, quarter.scheduled}.isdisjoint(ids)
    assert [s.number for s in log.sessions] == list(range(1, len(ids) + 1))
    boundary = next(s for s in log.sessions if s.session_id == quarter.boundary)
    assert (boundary.time_text, boundary.minutes) == ("22:00~24:00", 120)
    first = log.sessions[0]
    assert (str(first.day), first.time_text) == ("2026-07-01", "09:00~10:00")
    assert str(log.sessions[-1].day) == "2026-09-30"


def test_cancelled_and_no_show_are_counted_apart(hub: Hub, quarter: QuarterSessions) -> None:
    log = service(hub).gather(Q3)
    assert log.cancelled == sql_count(hub.db.path, "cancelled") == 1
    assert log.no_show == sql_count(hub.db.path, "no_show") == 1


def test_totals_match_sql_by_field_consultant_and_team(hub: Hub, quarter: QuarterSessions) -> None:
    log = service(hub).gather(Q3, masked=False, reason="점검")
    path = hub.db.path
    fields = {FIELD_NAMES[ConsultingField(k)]: v for k, v in sql_totals(path, "s.field").items()}
    assert {r.label: (r.sessions, r.minutes) for r in log.by_field} == fields
    assert {r.label: (r.sessions, r.minutes) for r in log.by_consultant} == sql_totals(
        path, "c.name"
    )
    assert {r.label: (r.sessions, r.minutes) for r in log.by_team} == sql_totals(path, "t.name")
    everything = sql_totals(path, "'all'")["all"]
    assert (len(log.sessions), log.total_minutes) == everything
    assert [r.label for r in log.by_field] == ["경영전략", "회계·세무"]  # the fields' order


def test_quota_counts_completed_hours_of_the_year_to_the_quarters_end(
    hub: Hub, quarter: QuarterSessions
) -> None:
    quota = service(hub).gather(Q3).quota
    assert quota is not None
    minutes = sql(
        hub.db.path,
        "SELECT sum(CAST(ROUND((julianday(ends_at) - julianday(starts_at)) * 1440) AS INTEGER)) "
        "FROM consulting_sessions WHERE status = 'completed' AND mou_id IS NOT NULL "
        "AND starts_at >= '2026-01-01' AND starts_at < '2026-10-01'",
    )[0][0]
    assert quota.used_minutes == minutes == 60 + 60 + 90 + 120 + 30 + 120
    assert (quota.quota_hours, quota.left_hours) == (40, 40 - minutes / 60)


def test_a_quarter_without_sessions_or_mou(hub: Hub) -> None:
    log = service(hub).gather(Quarter(2024, 2))
    assert (log.sessions, log.cancelled, log.no_show, log.quota) == ((), 0, 0, None)
    assert (log.by_field, log.by_consultant, log.by_team) == ((), (), ())


def test_personal_data_is_masked_unless_asked(hub: Hub, quarter: QuarterSessions) -> None:
    masked = service(hub).gather(Q3).sessions[0]
    assert (masked.representative, masked.consultant) == ("김*용", "강*수")
    assert (masked.phone, masked.email) == ("010-1234-****", "ho**@coop.kr")
    assert masked.team == "금천도시농업협동조합"  # an organisation, not a person
    plain = service(hub).gather(Q3, masked=False, reason="구청 감사 제출").sessions[0]
    assert (plain.representative, plain.consultant) == ("김철용", "강교수")
    assert (plain.phone, plain.email) == (COOP_PHONE, COOP_EMAIL)


def test_an_unmasked_export_without_a_reason_is_refused(
    hub: Hub, quarter: QuarterSessions, tmp_path: Path
) -> None:
    target = tmp_path / "log.xlsx"
    for reason in ("", "   "):
        request = ExportRequest(Q3, ExportFormat.XLSX, target, masked=False, reason=reason)
        refused(hub.db, UnmaskedExportNeedsReason, service(hub).export, request)
    assert not target.exists()


def test_a_missing_folder_is_refused_before_anything(hub: Hub, tmp_path: Path) -> None:
    request = ExportRequest(Q3, ExportFormat.CSV, tmp_path / "nowhere" / "log.csv")
    refused(hub.db, ExportFileError, service(hub).export, request)


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_every_export_is_logged_with_who_what_and_why(
    hub: Hub, quarter: QuarterSessions, tmp_path: Path, fmt: ExportFormat
) -> None:
    target = tmp_path / f"log.{fmt.value}"
    masked = service(hub).export(ExportRequest(Q3, fmt, target))
    plain = service(hub).export(
        ExportRequest(Q3, fmt, target, masked=False, reason="  구청 감사 제출 ")
    )
    assert target.is_file() and masked.rows == plain.rows == len(quarter.completed)
    with hub.db.read() as session:
        entries = session.scalars(select(ExportLogEntry).order_by(ExportLogEntry.id)).all()
    assert [e.id for e in entries] == [masked.log_id, plain.log_id]
    for entry in entries:
        assert (entry.username, entry.kind, entry.target) == ("kim", EXPORT_KIND, str(target))
        assert entry.parameters["quarter"] == "2026Q3"
        assert entry.parameters["format"] == fmt.value
        assert entry.row_count == len(quarter.completed)
    assert [(e.masked, e.reason) for e in entries] == [(True, ""), (False, "구청 감사 제출")]


# --- a resident number an older file holds never prints masked (issue 12.6) ------------

OLD_FILE_NUMBERS = {
    "summary": "대표 900101-1234567 면담",
    "topic": "９００１０１－２３４５６７８ 확인",
    "team": "협동조합 900101.1234567",
    "affiliation": "성공회대 900101\u20131234567",
    "title": "팀장 900101 1234567",
}


def _old_file_with_resident_numbers(hub: Hub, quarter: QuarterSessions) -> None:
    """Write resident numbers past the services, as an older version or a hand edit could."""
    numbers = OLD_FILE_NUMBERS
    session_id = quarter.completed[0]
    titles = json.dumps(["담당", numbers["title"], "센터장"], ensure_ascii=False)
    with hub.db.write("test") as session:
        row = session.get_one(ConsultingSession, session_id)
        row.summary, row.topic = numbers["summary"], numbers["topic"]
        session.get_one(Team, row.team_id).name = numbers["team"]
        session.get_one(Consultant, row.consultant_id).affiliation = numbers["affiliation"]
        session.merge(HubSetting(key="approval_titles", value=titles))


def test_a_masked_log_never_prints_a_stored_resident_number(
    hub: Hub, quarter: QuarterSessions, tmp_path: Path
) -> None:
    _old_file_with_resident_numbers(hub, quarter)
    log = service(hub).gather(Q3)
    first = log.sessions[0]
    assert first.summary == "대표 ******-******* 면담"
    assert (first.topic, first.team) == ("******-******* 확인", "협동조합 ******-*******")
    assert log.approval_titles == ("담당", "팀장 ******-*******", "센터장")
    assert [r.label for r in log.by_team if "협동조합 " in r.label] == ["협동조합 ******-*******"]
    texts = []
    for format in ExportFormat:
        target = tmp_path / f"log.{format.value}"
        service(hub).export(ExportRequest(Q3, format, target))
        if format is ExportFormat.CSV:
            texts.append(str(csv_rows(target)))
        elif format is ExportFormat.XLSX:
            texts.append(str(xlsx_sheets(target)))
        else:
            texts.append(pdf_text(target))
    for text in texts:
        assert "******-*******" in text
        assert not contains_resident_number(text)
    unmasked = service(hub).gather(Q3, masked=False, reason="구청 감사 제출").sessions[0]
    assert unmasked.summary == OLD_FILE_NUMBERS["summary"]  # asked for: shown as stored
