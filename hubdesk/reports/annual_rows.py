"""The tables of the annual report (사회적경제 활성화 추진실적) that the PDF and XLSX
writers share: Korean names, number texts, and each section as columns and rows.

The report is a Korean document the hub sends to the district, whatever the window's
language, so its names live here (as the consultation log's live in the domain).
Rows hold numbers as numbers; each column's ``kind`` says how a writer shows them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from hubdesk.domain.enums import PurchaseCategory, TargetMetric, TeamKind, TrainingCategory
from hubdesk.domain.goals import (
    AnnualReport,
    DepartmentProcurement,
    GoalFigure,
    GoalUnit,
    QuarterFigures,
)

Cell = str | int | float | None

KIND_NAMES: dict[TeamKind, str] = {
    TeamKind.SOCIAL_ENTERPRISE: "사회적기업",
    TeamKind.PRE_SOCIAL_ENTERPRISE: "예비사회적기업",
    TeamKind.VILLAGE_ENTERPRISE: "마을기업",
    TeamKind.COOPERATIVE: "협동조합",
    TeamKind.SOCIAL_COOPERATIVE: "사회적협동조합",
    TeamKind.SELF_SUFFICIENCY: "자활기업",
    TeamKind.STARTUP_TEAM: "창업준비팀",
    TeamKind.OTHER: "기타",
}
CATEGORY_NAMES: dict[TrainingCategory, str] = {
    TrainingCategory.ACADEMY: "사회적경제 아카데미",
    TrainingCategory.PROCUREMENT: "공공구매 담당자 교육",
    TrainingCategory.SCHOOL: "학교 교육",
    TrainingCategory.CAMPUS_TOWN: "캠퍼스타운",
    TrainingCategory.OTHER: "기타",
}
PURCHASE_NAMES: dict[PurchaseCategory, str] = {
    PurchaseCategory.GOODS: "물품",
    PurchaseCategory.SERVICES: "용역",
    PurchaseCategory.WORKS: "공사",
}
METRIC_NAMES: dict[TargetMetric, str] = {
    TargetMetric.OPERATION_RATE: "사회적경제기업 운영률",
    TargetMetric.PEOPLE_TRAINED: "인재양성 (교육 이수)",
    TargetMetric.PEOPLE_TRAINED_TERM: "인재양성 (임기 누적 실인원)",
    TargetMetric.BUDGET_EXECUTION: "예산 집행 (합계)",
    TargetMetric.BUDGET_CITY: "예산 집행 (시비)",
    TargetMetric.BUDGET_DISTRICT: "예산 집행 (구비)",
    TargetMetric.PUBLIC_PROCUREMENT: "공공구매",
}
SHORT_NAMES: dict[TargetMetric, str] = {  # chart labels
    TargetMetric.OPERATION_RATE: "운영률",
    TargetMetric.PEOPLE_TRAINED: "교육 이수",
    TargetMetric.PEOPLE_TRAINED_TERM: "임기 누적",
    TargetMetric.BUDGET_EXECUTION: "예산 합계",
    TargetMetric.BUDGET_CITY: "시비",
    TargetMetric.BUDGET_DISTRICT: "구비",
    TargetMetric.PUBLIC_PROCUREMENT: "공공구매",
}
UNIT_SUFFIX = {GoalUnit.PEOPLE: "명", GoalUnit.WON: "원", GoalUnit.PERCENT: "%"}
SECTION_TITLES = (
    "1. 추진 목표 대비 실적",
    "2. 분기별 실적",
    "3. 인재양성 실적",
    "4. 공공구매 실적",
    "5. 기업 유형별 운영 현황",
)


NOTHING = "해당 연도 실적이 없습니다."
NO_GOAL_CHART = "연간 목표가 입력되지 않아 달성률을 그릴 수 없습니다."
NO_RUNNING_CHART = "연간 목표 또는 분기 실적이 없어 누계 그래프를 그리지 않습니다."


def document_title(year: int) -> str:
    return f"{year}년 사회적경제 활성화 추진실적"


def korean_date(day: date) -> str:
    """2026. 12. 8. — a date as a Korean office writes it in a document."""
    return f"{day.year}. {day.month}. {day.day}."


def won_text(amount: int) -> str:
    return f"{amount:,}원"


def million(amount: int) -> float:
    """Won in 백만원, one decimal, halves rounded up (381,250,000 → 381.3)."""
    if amount < 0:
        return -million(-amount)
    return (amount + 50_000) // 100_000 / 10


def million_text(amount: int) -> str:
    return f"{million(amount):,.1f}"


def rate_text(value: float | None) -> str:
    return "-" if value is None else f"{value:,.1f}%"


def share(part: int, whole: int) -> float | None:
    return 100 * part / whole if whole else None


# --- 1. the goals ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoalLine:
    """One goal's row: target and actual in the goal's unit (the rate in percent)."""

    metric: TargetMetric
    label: str
    unit: GoalUnit
    target: float | None
    actual: float | None  # None: a rate of no registered enterprise
    percent: float | None  # 달성률
    note: str


def goal_lines(report: AnnualReport) -> list[GoalLine]:
    """The goals' rows; the rate is counted on 31 December, or on the day the report is
    made while the year is not over."""
    day = min(date(report.year, 12, 31), report.made_on)
    return [_goal_line(goal, day) for goal in report.goals]


def _goal_line(goal: GoalFigure, day: date) -> GoalLine:
    target = None if goal.target is None else float(goal.target)
    no_rate = goal.unit is GoalUnit.PERCENT and not goal.of
    return GoalLine(
        goal.metric,
        METRIC_NAMES[goal.metric],
        goal.unit,
        target,
        None if no_rate else goal.value,
        None if no_rate else goal.percent_of_target,
        _goal_note(goal, day),
    )


def _goal_note(goal: GoalFigure, day: date) -> str:
    if goal.unit is GoalUnit.PERCENT:
        return f"운영 {goal.actual:,}개 / 등록 {goal.of or 0:,}개 ({korean_date(day)} 기준)"
    if goal.year is None:
        return "임기 중 이수한 주민 실인원"
    if goal.unit is GoalUnit.WON:
        target = "-" if goal.target is None else million_text(goal.target)
        return f"백만원: 목표 {target} / 실적 {million_text(goal.actual)}"
    return "연도 중 교육 이수 인원"


def goal_value_text(line: GoalLine, value: float | None) -> str:
    if value is None:
        return "-"
    if line.unit is GoalUnit.PERCENT:
        return rate_text(value)
    return f"{round(value):,}{UNIT_SUFFIX[line.unit]}"


def goal_for(report: AnnualReport, metric: TargetMetric) -> GoalFigure | None:
    """The year's figure of ``metric`` (not the term's)."""
    for goal in report.goals:
        if goal.metric is metric and goal.year is not None:
            return goal
    return None


# --- the other sections: columns and rows -------------------------------------------


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    kind: str  # text, count, won, rate (percent 0–100), million (won shown in 백만원)
    group: str = ""  # a header spanning the columns that share it


@dataclass(frozen=True, slots=True)
class Table:
    """A section's table; the last row is the 합계 (or 계) when ``total`` is set."""

    name: str  # the XLSX sheet and the PDF sub-heading
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    total: bool = True
    unit_note: str = ""
    empty_note: str = NOTHING  # said instead of the table when it holds no figure


def has_figures(table: Table) -> bool:
    """Whether a body row holds a number other than 0: a table of only zeros and blanks
    (a small hub's first year) is said in a line, not printed as a grid of zeros."""
    body = table.rows[:-1] if table.total else table.rows
    return any(
        value
        for row in body
        for value, column in zip(row, table.columns, strict=True)
        if column.kind != "text"
    )


def quarter_table(report: AnnualReport, money: str = "won") -> Table:
    """Q1–Q4 with the quarter's figures and the year's running totals, then 계."""
    m = money
    columns = (
        Column("구분", "text"),
        Column("운영률", "rate", "기업 운영"),
        Column("운영 / 등록", "text", "기업 운영"),
        Column("분기", "count", "인재양성 (명)"),
        Column("누계", "count", "인재양성 (명)"),
        Column("시비", m, "예산 집행"),
        Column("구비", m, "예산 집행"),
        Column("누계", m, "예산 집행"),
        Column("분기", m, "공공구매"),
        Column("누계", m, "공공구매"),
    )
    rows = [_quarter_row(f"{q.quarter}분기", q) for q in report.quarters]
    if report.quarters:
        rows.append(_quarter_total(report.quarters))
    note = "단위: 명, 백만원" if money == "million" else "단위: 명, 원"
    return Table("분기별 실적", columns, tuple(rows), bool(report.quarters), note)


def _quarter_row(label: str, q: QuarterFigures) -> tuple[Cell, ...]:
    return (
        label, share(q.operating, q.registered), f"{q.operating:,} / {q.registered:,}",
        q.trained, q.trained_to_date, q.budget_city, q.budget_district, q.budget_to_date,
        q.procurement, q.procurement_to_date,
    )  # fmt: skip


def _quarter_total(quarters: Sequence[QuarterFigures]) -> tuple[Cell, ...]:
    last = quarters[-1]
    return (
        "계", share(last.operating, last.registered), f"{last.operating:,} / {last.registered:,}",
        sum(q.trained for q in quarters), last.trained_to_date,
        sum(q.budget_city for q in quarters), sum(q.budget_district for q in quarters),
        last.budget_to_date, sum(q.procurement for q in quarters), last.procurement_to_date,
    )  # fmt: skip


def training_table(report: AnnualReport) -> Table:
    total = sum(count for _, count in report.trained_by_category)
    rows: list[tuple[Cell, ...]] = [
        (CATEGORY_NAMES[category], count, share(count, total))
        for category, count in report.trained_by_category
    ]
    rows.append(("합계", total, 100.0 if total else None))
    columns = (Column("교육 구분", "text"), Column("이수 인원", "count"), Column("구성비", "rate"))
    empty = "해당 연도 교육 이수 실적이 없습니다."
    return Table("인재양성", columns, tuple(rows), unit_note="단위: 명", empty_note=empty)


def department_table(
    departments: Sequence[DepartmentProcurement], money: str = "won", year: int | None = None
) -> Table:
    """부서별 목표, 실적, 달성률, 차년도 목표, with the 합계 line."""
    rows: list[tuple[Cell, ...]] = [
        (d.department, d.target, d.actual, d.percent, d.next_year_target) for d in departments
    ]
    target = sum(d.target for d in departments)
    actual = sum(d.actual for d in departments)
    plans = [d.next_year_target for d in departments if d.next_year_target is not None]
    next_year = sum(plans) if plans else None
    rows.append(("합계", target, actual, share(actual, target), next_year))
    next_name = f"{year + 1}년 목표" if year else "차년도 목표"
    columns = (
        Column("부서명", "text"),
        Column("목표액", money),
        Column("실적액", money),
        Column("달성률", "rate"),
        Column(next_name, money),
    )
    unit = "단위: 백만원" if money == "million" else "단위: 원"
    empty = "해당 연도 부서별 공공구매 목표와 실적이 없습니다."
    return Table("부서별 공공구매", columns, tuple(rows), unit_note=unit, empty_note=empty)


def kind_amount_table(by_kind: Sequence[tuple[TeamKind, int]], money: str = "won") -> Table:
    total = sum(amount for _, amount in by_kind)
    rows: list[tuple[Cell, ...]] = [
        (KIND_NAMES[kind], amount, share(amount, total)) for kind, amount in by_kind
    ]
    rows.append(("합계", total, 100.0 if total else None))
    columns = (Column("기업 유형", "text"), Column("구매액", money), Column("구성비", "rate"))
    unit = "단위: 백만원" if money == "million" else "단위: 원"
    empty = "해당 연도 공공구매 실적이 없습니다."
    return Table("기업 유형별 공공구매", columns, tuple(rows), unit_note=unit, empty_note=empty)


def teams_table(report: AnnualReport) -> Table:
    rows: list[tuple[Cell, ...]] = [
        (KIND_NAMES[kind], registered, operating, share(operating, registered))
        for kind, operating, registered in report.teams_by_kind
    ]
    operating = sum(o for _, o, _ in report.teams_by_kind)
    registered = sum(r for _, _, r in report.teams_by_kind)
    rows.append(("합계", registered, operating, share(operating, registered)))
    columns = (
        Column("기업 유형", "text"),
        Column("등록", "count"),
        Column("운영", "count"),
        Column("운영률", "rate"),
    )
    empty = "등록된 사회적경제기업이 없습니다."
    return Table("기업 유형별 운영", columns, tuple(rows), unit_note="단위: 개", empty_note=empty)


def cell_text(value: Cell, kind: str) -> str:
    """A cell as the PDF prints it."""
    if value is None:
        return "-"
    if isinstance(value, str):
        return value
    if kind == "rate":
        return rate_text(float(value))
    if kind == "million":
        return million_text(int(value))
    return f"{round(value):,}"


def running_percent(report: AnnualReport) -> list[tuple[str, list[float]]]:
    """The quarters' running totals of people trained, budget and procurement as a
    percent of the year's target (a goal without a target is left out)."""
    series: tuple[tuple[TargetMetric, str, Callable[[QuarterFigures], int]], ...] = (
        (TargetMetric.PEOPLE_TRAINED, "교육 이수", lambda q: q.trained_to_date),
        (TargetMetric.BUDGET_EXECUTION, "예산 집행", lambda q: q.budget_to_date),
        (TargetMetric.PUBLIC_PROCUREMENT, "공공구매", lambda q: q.procurement_to_date),
    )
    lines = []
    for metric, name, to_date in series:
        goal = goal_for(report, metric)
        if goal is not None and goal.target:
            target = goal.target
            lines.append((name, [100 * to_date(q) / target for q in report.quarters]))
    return lines
