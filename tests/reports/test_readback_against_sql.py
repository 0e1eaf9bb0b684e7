"""Each format read back (openpyxl, csv, pypdf); every total compared with SQL."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from reports.log_data import (
    FORMULA_ADVICE,
    FORMULA_FOLLOW_UP,
    FORMULA_SUMMARY,
    FORMULA_TOPIC,
    Q3,
    QuarterSessions,
    sql_count,
    sql_ids,
    sql_totals,
)
from reports.readback import (
    cover_value,
    csv_rows,
    pdf_pages,
    pdf_text,
    totals_from_sheet,
    xlsx_sheets,
)
from support.hub import Hub

from hubdesk.domain.consultation_log import FIELD_NAMES
from hubdesk.domain.enums import ConsultingField
from hubdesk.domain.exports import CsvEncoding, ExportFormat
from hubdesk.reports.consultation_rows import LOG_HEADER
from hubdesk.services.consulting.log import ConsultationLogService, ExportRequest


def export(hub: Hub, path: Path, fmt: ExportFormat, **options: object) -> Path:
    ConsultationLogService(hub.db, hub.clerk).export(ExportRequest(Q3, fmt, path, **options))  # type: ignore[arg-type]
    return path


def sql_by_label(hub: Hub, group: str) -> dict[str, tuple[int, float]]:
    """SQL totals as label → (sessions, hours), field codes turned into their names."""
    totals = sql_totals(hub.db.path, group)
    named = {
        FIELD_NAMES[ConsultingField(k)] if group == "s.field" else str(k): v
        for k, v in totals.items()
    }
    return {label: (n, minutes / 60) for label, (n, minutes) in named.items()}


def with_sum(totals: dict[str, tuple[int, float]]) -> dict[str, tuple[int, float]]:
    sessions = sum(n for n, _ in totals.values())
    return {**totals, "합계": (sessions, sum(h for _, h in totals.values()))}


def test_xlsx_cover_log_and_totals_match_sql(
    hub: Hub, quarter: QuarterSessions, tmp_path: Path
) -> None:
    path = export(hub, tmp_path / "log.xlsx", ExportFormat.XLSX, masked=False, reason="감사")
    sheets = xlsx_sheets(path)
    assert list(sheets) == ["표지", "컨설팅 일지", "분야별", "컨설턴트별", "기업·팀별"]
    cover, rows = sheets["표지"], sheets["컨설팅 일지"]
    db = hub.db.path
    count, minutes = sql_totals(db, "'all'")["all"]
    assert cover_value(cover, "완료 컨설팅") == count == len(sql_ids(db))
    assert cover_value(cover, "컨설팅 시간") == minutes / 60
    assert cover_value(cover, "취소") == sql_count(db, "cancelled")
    assert cover_value(cover, "불참(노쇼)") == sql_count(db, "no_show")
    assert cover_value(cover, "참여 기업·팀") == len(sql_totals(db, "t.id"))
    assert cover_value(cover, "참여 컨설턴트") == len(sql_totals(db, "c.id"))
    assert cover_value(cover, "개인정보") == "마스킹 해제 (사유: 감사)"
    assert rows[0] == LOG_HEADER
    assert [r[0] for r in rows[1:]] == list(range(1, count + 1))
    assert sum(r[LOG_HEADER.index("시간(h)")] for r in rows[1:]) == minutes / 60
    assert rows[-1][1:3] == (rows[-1][1], "22:00~24:00")  # the session ending at midnight
    assert str(rows[1][1].date()) == "2026-07-01"
    assert totals_from_sheet(sheets["분야별"]) == with_sum(sql_by_label(hub, "s.field"))
    assert totals_from_sheet(sheets["컨설턴트별"]) == with_sum(sql_by_label(hub, "c.name"))
    assert totals_from_sheet(sheets["기업·팀별"]) == with_sum(sql_by_label(hub, "t.name"))


def test_csv_rows_and_their_sums_match_sql(
    hub: Hub, quarter: QuarterSessions, tmp_path: Path
) -> None:
    path = export(hub, tmp_path / "log.csv", ExportFormat.CSV)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    header, *rows = csv_rows(path)
    assert tuple(header) == LOG_HEADER
    assert len(rows) == len(sql_ids(hub.db.path))
    column = {name: i for i, name in enumerate(header)}
    hours: dict[str, float] = defaultdict(float)
    counts: dict[str, int] = defaultdict(int)
    for row in rows:
        hours[row[column["분야"]]] += float(row[column["시간(h)"]])
        counts[row[column["분야"]]] += 1
    assert {k: (counts[k], hours[k]) for k in counts} == sql_by_label(hub, "s.field")
    assert rows[0][column["대표자"]] == "김*용"  # masked by default
    assert rows[0][column["연락처"]] == "010-1234-****"


def test_cp949_csv_reads_back_in_cp949(hub: Hub, quarter: QuarterSessions, tmp_path: Path) -> None:
    path = export(hub, tmp_path / "log.csv", ExportFormat.CSV, encoding=CsvEncoding.CP949)
    assert not path.read_bytes().startswith(b"\xef\xbb\xbf")
    header, *rows = csv_rows(path, "cp949")
    assert header[4] == "기업·팀" and rows[0][4] == "금천도시농업협동조합"
    assert len(rows) == len(quarter.completed)


def test_pdf_text_carries_the_cover_totals_and_every_row(
    hub: Hub, quarter: QuarterSessions, tmp_path: Path
) -> None:
    path = export(hub, tmp_path / "log.pdf", ExportFormat.PDF)
    pages = [" ".join(page.split()) for page in pdf_pages(path)]  # one cell per line → spaces
    text = " ".join(pages)
    db = hub.db.path
    count, minutes = sql_totals(db, "'all'")["all"]
    cover = pages[0]
    assert "2026년 3분기 컨설팅 일지" in cover
    for title in ("담당", "팀장", "센터장"):
        assert title in cover
    assert f"완료 컨설팅 {count}건" in cover
    assert f"컨설팅 시간 {minutes / 60:g}시간" in cover
    assert f"취소 {sql_count(db, 'cancelled')}건" in cover
    assert f"불참(노쇼) {sql_count(db, 'no_show')}건" in cover
    for label, (n, hours) in sql_by_label(hub, "s.field").items():
        assert re.search(rf"{re.escape(label)} {n} {hours:g}\b", text), label
    for label, (n, hours) in sql_by_label(hub, "t.name").items():
        assert re.search(rf"{re.escape(label)} {n} {hours:g}\b", text), label
    assert "22:00~24:00" in text
    assert "김*용" in text and "김철용" not in text
    for number, page in enumerate(pages, 1):
        assert f"{number} / {len(pages)}" in page


def test_formulas_are_neutralised_in_xlsx_and_csv(
    hub: Hub, quarter: QuarterSessions, tmp_path: Path
) -> None:
    xlsx = export(hub, tmp_path / "log.xlsx", ExportFormat.XLSX)
    csv_path = export(hub, tmp_path / "log.csv", ExportFormat.CSV)
    pdf = export(hub, tmp_path / "log.pdf", ExportFormat.PDF)
    wanted = {f"'{t}" for t in (FORMULA_TOPIC, FORMULA_SUMMARY, FORMULA_ADVICE, FORMULA_FOLLOW_UP)}
    xlsx_cells = {c for row in xlsx_sheets(xlsx)["컨설팅 일지"] for c in row if isinstance(c, str)}
    csv_cells = {c for row in csv_rows(csv_path) for c in row}
    assert wanted <= xlsx_cells and wanted <= csv_cells
    assert not any(c.startswith(("=", "+", "-", "@")) for c in xlsx_cells | csv_cells)
    assert "+1+2 상담 내용" in pdf_text(pdf)  # a PDF runs no formulas: printed as typed
