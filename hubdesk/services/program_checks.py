"""Whether a program's existing agreements still fit an edited program.

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

from ..domain.enums import AgreementStatus, GrantKind
from ..domain.errors import ValidationError
from ..storage.models import GrantAgreement, GrantProgram, WageLine

A = GrantAgreement


class ProgramValues(Protocol):
    """What an edit sets (services.grants.ProgramDraft)."""

    @property
    def fiscal_year(self) -> int: ...
    @property
    def kind(self) -> GrantKind: ...
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


def check_program_fits(session: Session, program: GrantProgram, draft: ProgramValues) -> None:
    """Refuse an edit of ``program`` under which a stored agreement would break a rule."""
    _check_numbering(session, program, draft)
    _check_budget_and_cap(session, program.id, draft)
    _check_copayments(session, program.id, draft.copay_percents)
    _check_wage_cap(session, program.id, draft.monthly_wage_cap)


def _check_numbering(session: Session, program: GrantProgram, draft: ProgramValues) -> None:
    if draft.fiscal_year == program.fiscal_year and GrantKind(draft.kind) == program.kind:
        return
    if session.scalar(select(func.count()).where(A.program_id == program.id)):
        field = "fiscal_year" if draft.fiscal_year != program.fiscal_year else "kind"
        raise ValidationError(
            field=field, reason="cannot change: the program's agreements are numbered with it"
        )


def _check_budget_and_cap(session: Session, program_id: int, draft: ProgramValues) -> None:
    grant = A.city_amount + A.district_amount
    city, district, largest = session.execute(
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


def _check_copayments(session: Session, program_id: int, percents: tuple[int, ...]) -> None:
    total = A.city_amount + A.district_amount + A.copayment
    short = session.scalars(
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


def _check_wage_cap(session: Session, program_id: int, cap: int | None) -> None:
    largest = session.scalar(
        select(func.max(WageLine.support_amount))
        .join(A, A.id == WageLine.agreement_id)
        .where(A.program_id == program_id)
    )
    if largest is not None and (cap is None or cap < largest):
        raise ValidationError(
            field="monthly_wage_cap", reason=f"a wage line supports {int(largest):,} won a month"
        )

