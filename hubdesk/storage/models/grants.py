"""Grant programs, agreements, disbursements, wage lines, settlements and expenses."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column

from hubdesk.domain.enums import (
    AgreementStatus,
    DisbursementStatus,
    ExpenseDecision,
    GrantKind,
    SettlementStatus,
)
from hubdesk.domain.money import grant_amount
from hubdesk.storage.models.base import (
    Base,
    Versioned,
    created_at_column,
    enum_type,
    updated_at_column,
)


class GrantProgram(Versioned, Base):
    """A yearly program (지원사업) with its city and district budget lines.

    ``copay_percents[i]`` is the co-payment ratio for the (i+1)-th support of a team;
    the last entry holds for every later one.
    """

    __tablename__ = "grant_programs"

    id: Mapped[int] = mapped_column(primary_key=True)
    fiscal_year: Mapped[int]
    kind: Mapped[GrantKind] = mapped_column(enum_type(GrantKind, "grant_kind"))
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    city_budget: Mapped[int]
    district_budget: Mapped[int]
    cap_per_team: Mapped[int]
    copay_percents: Mapped[list[int]] = mapped_column(JSON)
    monthly_wage_cap: Mapped[int | None]
    eligible_categories: Mapped[list[str]] = mapped_column(JSON)
    description: Mapped[str] = mapped_column(Text, default="", server_default="")

    __table_args__ = (
        UniqueConstraint("fiscal_year", "code"),
        CheckConstraint("city_budget >= 0 AND district_budget >= 0", name="budget_not_negative"),
        CheckConstraint("cap_per_team > 0", name="cap_positive"),
        CheckConstraint(
            "monthly_wage_cap IS NULL OR monthly_wage_cap > 0", name="wage_cap_positive"
        ),
        CheckConstraint("fiscal_year BETWEEN 2000 AND 2100", name="fiscal_year_range"),
    )


class GrantAgreement(Versioned, Base):
    """A grant contract with a team; total cost = city + district + co-payment."""

    __tablename__ = "grant_agreements"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("grant_programs.id"), index=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"), index=True)
    status: Mapped[AgreementStatus] = mapped_column(enum_type(AgreementStatus, "agreement_status"))
    purpose: Mapped[str] = mapped_column(Text)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    city_amount: Mapped[int]
    district_amount: Mapped[int]
    copayment: Mapped[int]
    support_number: Mapped[int]
    payee_bank: Mapped[str] = mapped_column(String(64), default="", server_default="")
    payee_account: Mapped[str] = mapped_column(String(64), default="", server_default="")
    payee_holder: Mapped[str] = mapped_column(String(120), default="", server_default="")
    signed_on: Mapped[date | None] = mapped_column(Date)
    cancelled_on: Mapped[date | None] = mapped_column(Date)
    cancel_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    clawback_amount: Mapped[int] = mapped_column(default=0, server_default="0")
    created_at: Mapped[datetime] = created_at_column()
    updated_at: Mapped[datetime] = updated_at_column()

    @hybrid_property
    def grant(self) -> int:
        """The grant (보조금): city plus district money; the same in Python and in SQL."""
        return grant_amount(self.city_amount, self.district_amount)

    __table_args__ = (
        CheckConstraint("end_date > start_date", name="end_after_start"),
        CheckConstraint(
            "city_amount >= 0 AND district_amount >= 0 AND copayment >= 0",
            name="money_not_negative",
        ),
        CheckConstraint("city_amount + district_amount > 0", name="grant_positive"),
        CheckConstraint("support_number >= 1", name="support_number_positive"),
        CheckConstraint("clawback_amount >= 0", name="clawback_not_negative"),
    )


class Disbursement(Base):
    """One payment of a grant: planned → requested → approved → paid.

    A paid disbursement is undone by a reversing entry (negative amount, ``reverses_id``),
    never deleted. The schema refuses an approver who is the requester.
    """

    __tablename__ = "disbursements"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("grant_agreements.id"), index=True)
    sequence: Mapped[int]
    label: Mapped[str] = mapped_column(String(64))
    amount: Mapped[int]
    planned_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[DisbursementStatus] = mapped_column(
        enum_type(DisbursementStatus, "disbursement_status")
    )
    requested_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    requested_at: Mapped[datetime | None] = mapped_column(DateTime)
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    approved_at: Mapped[datetime | None] = mapped_column(DateTime)
    paid_on: Mapped[date | None] = mapped_column(Date)
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("disbursements.id"), unique=True)
    note: Mapped[str] = mapped_column(Text, default="", server_default="")

    __table_args__ = (
        UniqueConstraint("agreement_id", "sequence"),
        # An agreement's paid money from the index alone: the budget goal (schema 0006).
        Index("ix_disbursements_agreement_paid", "agreement_id", "status", "amount"),
        CheckConstraint(
            "approved_by IS NULL OR requested_by IS NULL OR approved_by <> requested_by",
            name="four_eyes",
        ),
        CheckConstraint(
            "amount > 0 OR (reverses_id IS NOT NULL AND amount < 0)", name="amount_sign"
        ),
        CheckConstraint("status <> 'paid' OR paid_on IS NOT NULL", name="paid_has_date"),
        CheckConstraint(
            "status NOT IN ('approved', 'paid') OR approved_by IS NOT NULL",
            name="approved_has_approver",
        ),
    )


class WageLine(Base):
    """Monthly wage support for one professional staff member (전문인력) of a team."""

    __tablename__ = "wage_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("grant_agreements.id"), index=True)
    month: Mapped[date] = mapped_column(Date)
    employee_name: Mapped[str] = mapped_column(String(64))
    gross_wage: Mapped[int]
    support_amount: Mapped[int]
    disbursement_id: Mapped[int | None] = mapped_column(ForeignKey("disbursements.id"))

    __table_args__ = (
        UniqueConstraint("agreement_id", "employee_name", "month"),
        CheckConstraint(
            "support_amount > 0 AND support_amount <= gross_wage", name="support_within_wage"
        ),
    )


class Settlement(Base):
    """The settlement (정산) of an agreement; the deadline is fixed when it is opened."""

    __tablename__ = "settlements"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("grant_agreements.id"), unique=True)
    status: Mapped[SettlementStatus] = mapped_column(
        enum_type(SettlementStatus, "settlement_status")
    )
    due_date: Mapped[date] = mapped_column(Date)
    submitted_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    returned_amount: Mapped[int] = mapped_column(default=0, server_default="0")
    note: Mapped[str] = mapped_column(Text, default="", server_default="")

    __table_args__ = (CheckConstraint("returned_amount >= 0", name="returned_not_negative"),)


class SettlementExpense(Versioned, Base):
    """One spent item with its evidence; reviewers approve all, part or none of it."""

    __tablename__ = "settlement_expenses"

    id: Mapped[int] = mapped_column(primary_key=True)
    settlement_id: Mapped[int] = mapped_column(ForeignKey("settlements.id"), index=True)
    category: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(String(200))
    evidence: Mapped[str] = mapped_column(Text, default="", server_default="")
    spent_on: Mapped[date] = mapped_column(Date)
    claimed: Mapped[int]
    approved: Mapped[int | None]
    decision: Mapped[ExpenseDecision] = mapped_column(
        enum_type(ExpenseDecision, "expense_decision")
    )
    decision_note: Mapped[str] = mapped_column(Text, default="", server_default="")

    __table_args__ = (
        CheckConstraint("claimed > 0", name="claimed_positive"),
        CheckConstraint(
            "approved IS NULL OR (approved >= 0 AND approved <= claimed)", name="approved_range"
        ),
        CheckConstraint(
            "(decision = 'pending' AND approved IS NULL)"
            " OR (decision = 'approved' AND approved = claimed)"
            " OR (decision = 'rejected' AND approved = 0)"
            " OR (decision = 'partly_approved' AND approved > 0 AND approved < claimed)",
            name="decision_matches_amount",
        ),
    )
