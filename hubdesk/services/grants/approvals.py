"""The approval inbox (내 결재 대기): what waits for the acting person's decision.

- disbursements and reversals (지급 취소) requested by someone else, for a manager or an
  administrator: the four-eyes rule makes the requester's own requests never theirs;
- settlements with expenses nobody has decided yet, for the same roles.

Staff members approve nothing, so their inbox is always empty. The rules are those of
``DisbursementService._check_approver``; this module only finds the rows they allow.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session, aliased

from hubdesk.domain.enums import DisbursementStatus, ExpenseDecision, SettlementStatus
from hubdesk.services.core.base import Service
from hubdesk.services.core.boundary import typed_boundary
from hubdesk.services.grants.disbursements import APPROVER_ROLES
from hubdesk.storage.models import (
    Disbursement,
    GrantAgreement,
    Settlement,
    SettlementExpense,
    StaffUser,
    Team,
)


class ApprovalKind(StrEnum):
    DISBURSEMENT = "disbursement"  # a tranche or a month's wages to pay
    REVERSAL = "reversal"  # a paid disbursement to take back
    SETTLEMENT = "settlement"  # expenses to approve, approve in part or reject


@dataclass(frozen=True, slots=True)
class ApprovalItem:
    """One thing waiting for a decision. For a settlement, ``amount`` is the money the
    undecided expenses claim and ``count`` how many they are; ``since`` is when it was
    requested (a disbursement) or the settlement's deadline."""

    kind: ApprovalKind
    record_id: int  # the disbursement or the settlement
    agreement_id: int
    agreement_number: str
    team_name: str
    what: str  # 1차, 2026-03 인건비 …; empty for a settlement
    amount: int
    requester: str
    since: datetime | date | None
    count: int = 1


@typed_boundary
class ApprovalService(Service):
    def may_approve(self) -> bool:
        return self.actor.role in APPROVER_ROLES

    def waiting_for_me(self) -> list[ApprovalItem]:
        """Everything the acting person may decide now, oldest request first."""
        if not self.may_approve():
            return []
        with self._read() as tx:
            items = self._disbursements(tx) + self._settlements(tx)
        return sorted(items, key=_oldest_first)

    def payments_waiting_for_me(self, tx: Session) -> list[ApprovalItem]:
        """The disbursements and reversals of ``waiting_for_me``, in the caller's read
        (the dashboard's week, which does not list settlements), oldest request first."""
        if not self.may_approve():
            return []
        return sorted(self._disbursements(tx), key=_oldest_first)

    def count_waiting(self) -> int:
        """How many items ``waiting_for_me`` would list (two small counts, no rows)."""
        if not self.may_approve():
            return 0
        with self._read() as tx:
            disbursements = tx.scalar(
                self._requested().with_only_columns(func.count(Disbursement.id))
            )
            settlements = tx.scalar(
                select(func.count(func.distinct(SettlementExpense.settlement_id)))
                .join(Settlement, Settlement.id == SettlementExpense.settlement_id)
                .where(*_undecided_in_open())
            )
        return (disbursements or 0) + (settlements or 0)

    def _requested(self) -> Select[Disbursement]:
        return select(Disbursement).where(
            Disbursement.status == DisbursementStatus.REQUESTED,
            or_(  # NULL != me is not true in SQL: an unknown requester is not me
                Disbursement.requested_by.is_(None),
                Disbursement.requested_by != self.actor.user_id,
            ),
        )

    def _disbursements(self, tx: Session) -> list[ApprovalItem]:
        requester = aliased(StaffUser)
        rows = tx.execute(
            self._requested()
            .with_only_columns(
                Disbursement.id,
                Disbursement.agreement_id,
                Disbursement.label,
                Disbursement.amount,
                Disbursement.reverses_id,
                Disbursement.requested_at,
                GrantAgreement.number,
                Team.name,
                requester.display_name,
            )
            .join(GrantAgreement, GrantAgreement.id == Disbursement.agreement_id)
            .join(Team, Team.id == GrantAgreement.team_id)
            .join(requester, requester.id == Disbursement.requested_by, isouter=True)
        )
        return [
            ApprovalItem(
                kind=ApprovalKind.REVERSAL if reverses else ApprovalKind.DISBURSEMENT,
                record_id=row_id,
                agreement_id=agreement_id,
                agreement_number=number,
                team_name=team,
                what=label,
                amount=amount,
                requester=who or "",
                since=requested_at,
            )
            for (
                row_id,
                agreement_id,
                label,
                amount,
                reverses,
                requested_at,
                number,
                team,
                who,
            ) in rows
        ]

    @staticmethod
    def _settlements(tx: Session) -> list[ApprovalItem]:
        rows = tx.execute(
            select(
                Settlement.id,
                Settlement.agreement_id,
                Settlement.due_date,
                GrantAgreement.number,
                Team.name,
                func.count(SettlementExpense.id),
                func.sum(SettlementExpense.claimed),
            )
            .select_from(SettlementExpense)
            .join(Settlement, Settlement.id == SettlementExpense.settlement_id)
            .join(GrantAgreement, GrantAgreement.id == Settlement.agreement_id)
            .join(Team, Team.id == GrantAgreement.team_id)
            .where(*_undecided_in_open())
            .group_by(Settlement.id, Settlement.agreement_id, Settlement.due_date)
            .group_by(GrantAgreement.number, Team.name)
        )
        return [
            ApprovalItem(
                kind=ApprovalKind.SETTLEMENT,
                record_id=settlement_id,
                agreement_id=agreement_id,
                agreement_number=number,
                team_name=team,
                what="",
                amount=claimed or 0,
                requester="",
                since=due,
                count=count,
            )
            for settlement_id, agreement_id, due, number, team, count, claimed in rows
        ]


def _undecided_in_open() -> tuple[ColumnElement[bool], ...]:
    return (
        SettlementExpense.decision == ExpenseDecision.PENDING,
        Settlement.status == SettlementStatus.OPEN,
    )


def _oldest_first(item: ApprovalItem) -> tuple[date, int]:
    since = item.since
    day = since.date() if isinstance(since, datetime) else since
    return (day or date.max, item.record_id)
