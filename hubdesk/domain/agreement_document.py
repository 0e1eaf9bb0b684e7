"""Everything the printed grant agreement (보조금 지원 협약서) shows, already resolved.

The service fills an ``AgreementDocument`` from the database and the hub settings; the
PDF writer only lays it out. Texts are final (placeholders filled, numbers formatted
where a printed form is fixed, such as the business number ``000-00-00000``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from hubdesk.domain.money import grant_amount


@dataclass(frozen=True, slots=True)
class AgreementArticle:
    """One article: ``title`` without its number (목적), ``text`` may hold placeholders."""

    title: str
    text: str


@dataclass(frozen=True, slots=True)
class DisbursementLine:
    """One planned tranche of the payment schedule (교부 계획)."""

    label: str  # 1차, 2차 …
    planned_on: date | None
    amount: int


@dataclass(frozen=True, slots=True)
class Party:
    """One side of the agreement: name, address, who signs and (for a team) its number."""

    name: str
    address: str
    signer_title: str  # 센터장 / 대표
    signer_name: str
    business_number: str = ""  # formatted 000-00-00000, or "" when the team has none


@dataclass(frozen=True, slots=True)
class AgreementDocument:
    number: str
    is_draft: bool
    cancelled_on: date | None  # a cancelled (해지) agreement still prints, marked so
    hub: Party  # 갑
    team: Party  # 을
    district_name: str
    program_name: str
    program_kind: str  # 사업개발비 / 전문인력
    fiscal_year: int
    purpose: str
    start_date: date
    end_date: date
    city_amount: int
    district_amount: int
    copayment: int
    disbursements: tuple[DisbursementLine, ...]
    payee_bank: str
    payee_account: str
    payee_holder: str
    settlement_months: int
    settlement_due: date
    articles: tuple[AgreementArticle, ...]  # placeholders filled
    signed_on: date | None  # None: the date line is left blank to be written by hand

    @property
    def grant(self) -> int:
        """보조금 = 시비 + 구비."""
        return grant_amount(self.city_amount, self.district_amount)

    @property
    def total_cost(self) -> int:
        """총사업비 = 보조금 + 자부담."""
        return self.grant + self.copayment

    @property
    def is_cancelled(self) -> bool:
        return self.cancelled_on is not None

    @property
    def title(self) -> str:
        base = "보조금 지원 협약서"
        return f"{base}(안)" if self.is_draft else base


def korean_date(day: date) -> str:
    """``2026-03-01`` → ``2026년 3월 1일``."""
    return f"{day.year}년 {day.month}월 {day.day}일"
