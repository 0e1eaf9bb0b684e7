"""The rules of a grant program: its own values, one program of a kind a year, and
whether the program's existing agreements still fit an edited program.

An edit must not turn stored agreements into rule breaches that the file check
(services/checks.py) would then report: the budget per source stays at or above
what is committed, the cap at or above every grant, the co-payment ratios at or
below what each agreement paid in, and the wage cap at or above every wage line.
Agreements are numbered with the program's year and kind, so those stay fixed once
an agreement exists. Each rule is one aggregate query, not a loop over agreements.
"""

from __future__ import annotations

from typing import Any, Protocol

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from hubdesk.domain.enums import AgreementStatus, GrantKind
from hubdesk.domain.errors import ValidationError
from hubdesk.domain.money import check_amount
from hubdesk.services.core.base import check_count, clean_text
from hubdesk.storage.models import GrantAgreement, GrantProgram, WageLine

A = GrantAgreement
KIND_LABELS = {GrantKind.DEVELOPMENT_COST: "사업개발", GrantKind.STAFF: "전문인력"}


class ProgramValues(Protocol):
    """What an edit sets (services.grants.ProgramDraft)."""

    @property
    def fiscal_year(self) -> int: ...
    @property
    def kind(self) -> GrantKind: ...
    @property
    def name(self) -> str: ...
    @property
    def city_budget(self) -> int: ...
    @property
    def district_budget(self) -> int: ...
    @property
    def cap_per_team(self) -> int: ...
    @property
    def copay_percents(self) -> tuple[int, ...]: ...
    @property
    def monthly_wage_cap(self) -> int | None: ...
    @property
    def eligible_categories(self) -> tuple[str, ...]: ...


def validate_program(draft: ProgramValues) -> None:
    """The values of a program on their own: years, amounts, ratios, names."""
    check_count(draft.fiscal_year, "fiscal_year", minimum=2000, maximum=2100)
    check_amount(draft.city_budget, "city_budget")
    check_amount(draft.district_budget, "district_budget")
    check_amount(draft.cap_per_team, "cap_per_team", allow_zero=False)
    if not draft.copay_percents:
        raise ValidationError(field="copay_percents", reason="needs at least one ratio")
    for percent in draft.copay_percents:
        check_count(percent, "copay_percents", maximum=99)
    if draft.monthly_wage_cap is not None:
        check_amount(draft.monthly_wage_cap, "monthly_wage_cap", allow_zero=False)
    if draft.kind == GrantKind.STAFF and draft.monthly_wage_cap is None:
        raise ValidationError(field="monthly_wage_cap", reason="a staff program needs a wage cap")
    for category in draft.eligible_categories:
        clean_text(category, "eligible_categories", max_length=64)


def check_code_free(tx: Session, draft: ProgramValues, program_id: int | None) -> None:
    """A year has at most one program of a kind (its code numbers the agreements)."""
    code = KIND_LABELS[GrantKind(draft.kind)]
    clash = select(GrantProgram.id).where(
        GrantProgram.fiscal_year == draft.fiscal_year, GrantProgram.code == code
    )
    if program_id is not None:
        clash = clash.where(GrantProgram.id != program_id)
    if tx.scalars(clash).first() is not None:
        raise ValidationError(
            field="kind", reason=f"{draft.fiscal_year} already has a {code} program"
        )


def check_program_fits(tx: Session, program: GrantProgram, draft: ProgramValues) -> None:
    """Refuse an edit of ``program`` under which a stored agreement would break a rule."""
    _check_numbering(tx, program, draft)
    _check_budget_and_cap(tx, program.id, draft)
    _check_copayments(tx, program.id, draft.copay_percents)
    _check_wage_cap(tx, program.id, draft.monthly_wage_cap)


def _check_numbering(tx: Session, program: GrantProgram, draft: ProgramValues) -> None:
    if draft.fiscal_year == program.fiscal_year and GrantKind(draft.kind) == program.kind:
        return
    if tx.scalar(select(func.count()).where(A.program_id == program.id)):
        field = "fiscal_year" if draft.fiscal_year != program.fiscal_year else "kind"
        raise ValidationError(
            field=field, reason="cannot change: the program's agreements are numbered with it"
        )


def _check_budget_and_cap(tx: Session, program_id: int, draft: ProgramValues) -> None:
    grant = A.grant
    city, district, largest = tx.execute(
        select(
            func.coalesce(func.sum(A.city_amount), 0),
            func.coalesce(func.sum(A.district_amount), 0),
            func.coalesce(func.max(grant), 0),
        ).where(A.program_id == program_id, A.status != AgreementStatus.CANCELLED)
    ).one()
    for field, budget, used in (
        ("city_budget", draft.city_budget, int(city)),
        ("district_budget", draft.district_budget, int(district)),
    ):
        if budget < used:
            raise ValidationError(
                field=field, reason=f"{used:,} won is already committed in agreements"
            )
    if draft.cap_per_team < int(largest):
        raise ValidationError(
            field="cap_per_team", reason=f"an agreement of this program grants {int(largest):,} won"
        )


def _percent_for(percents: tuple[int, ...]) -> Any:
    """The co-payment percent of each agreement's support number, as SQL."""
    whens = [(A.support_number == index, p) for index, p in enumerate(percents[:-1], start=1)]
    return case(*whens, else_=percents[-1]) if whens else percents[-1]


def _check_copayments(tx: Session, program_id: int, percents: tuple[int, ...]) -> None:
    total = A.grant + A.copayment
    short = tx.scalars(
        select(A.number)
        .where(
            A.program_id == program_id,
            A.status != AgreementStatus.CANCELLED,
            A.copayment * 100 < total * _percent_for(percents),
        )
        .order_by(A.number)
        .limit(1)
    ).first()
    if short is not None:
        raise ValidationError(
            field="copay_percents", reason=f"agreement {short} has a lower co-payment"
        )


def _check_wage_cap(tx: Session, program_id: int, cap: int | None) -> None:
    largest = tx.scalar(
        select(func.max(WageLine.support_amount))
        .join(A, A.id == WageLine.agreement_id)
        .where(A.program_id == program_id)
    )
    if largest is not None and (cap is None or cap < largest):
        raise ValidationError(
            field="monthly_wage_cap", reason=f"a wage line supports {int(largest):,} won a month"
        )
