"""The approval inbox: requests by others for approvers, undecided settlement expenses."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text
from support.grants import paid_disbursement, signed_dev_agreement
from support.hub import Hub

from hubdesk.services.grants.approvals import ApprovalKind, ApprovalService
from hubdesk.services.grants.disbursements import DisbursementService
from hubdesk.services.grants.settlements import SettlementService


def test_requests_wait_for_every_approver_but_the_requester(hub: Hub) -> None:
    agreement = signed_dev_agreement(hub)
    clerk = DisbursementService(hub.db, hub.clerk)
    tranche = clerk.request(clerk.plan(agreement.id, 4_000_000).id)
    own = DisbursementService(hub.db, hub.manager)
    own_request = own.request(own.plan(agreement.id, 1_000_000).id)

    manager_items = ApprovalService(hub.db, hub.manager).waiting_for_me()
    assert [(i.kind, i.record_id, i.amount, i.requester) for i in manager_items] == [
        (ApprovalKind.DISBURSEMENT, tranche.id, 4_000_000, "김담당")
    ]
    assert manager_items[0].agreement_number == agreement.number
    director_ids = {i.record_id for i in ApprovalService(hub.db, hub.director).waiting_for_me()}
    assert director_ids == {tranche.id, own_request.id}
    assert ApprovalService(hub.db, hub.clerk).waiting_for_me() == []
    assert ApprovalService(hub.db, hub.clerk).count_waiting() == 0
    assert ApprovalService(hub.db, hub.manager).count_waiting() == 1
    assert ApprovalService(hub.db, hub.director).count_waiting() == 2

    DisbursementService(hub.db, hub.director).approve(tranche.id)
    assert ApprovalService(hub.db, hub.manager).waiting_for_me() == []


def test_a_reversal_waits_as_a_reversal(hub: Hub) -> None:
    agreement = signed_dev_agreement(hub)
    paid = paid_disbursement(hub, agreement.id, 2_000_000)
    reversal = DisbursementService(hub.db, hub.clerk).reverse(paid, "계좌 오류")
    (item,) = ApprovalService(hub.db, hub.manager).waiting_for_me()
    assert (item.kind, item.record_id, item.amount) == (
        ApprovalKind.REVERSAL,
        reversal.id,
        reversal.amount,
    )


def test_a_settlement_waits_while_an_expense_is_undecided(hub: Hub) -> None:
    agreement = signed_dev_agreement(hub, end_date=date(2026, 8, 9))
    paid_disbursement(hub, agreement.id, 9_000_000)
    service = SettlementService(hub.db, hub.clerk)
    settlement = service.open(agreement.id)
    first = service.add_expense(settlement.id, "재료비", "원자재", date(2026, 5, 2), 4_000_000)
    second = service.add_expense(settlement.id, "홍보비", "박람회", date(2026, 6, 1), 3_000_000)
    service.decide(first, 4_000_000)

    (item,) = ApprovalService(hub.db, hub.manager).waiting_for_me()
    assert (item.kind, item.record_id, item.count, item.amount) == (
        ApprovalKind.SETTLEMENT,
        settlement.id,
        1,
        3_000_000,
    )
    assert item.since == settlement.due_date
    assert ApprovalService(hub.db, hub.manager).count_waiting() == 1
    service.decide(second, 0, "목적 외")
    assert ApprovalService(hub.db, hub.manager).waiting_for_me() == []


def test_the_count_matches_an_independent_query(hub: Hub) -> None:
    agreement = signed_dev_agreement(hub)
    clerk = DisbursementService(hub.db, hub.clerk)
    for amount in (1_000_000, 2_000_000, 3_000_000):
        clerk.request(clerk.plan(agreement.id, amount).id)
    with hub.db.engine.connect() as connection:
        expected = connection.scalar(
            text(
                "SELECT count(*) FROM disbursements WHERE status = 'requested'"
                " AND requested_by != :me"
            ),
            {"me": hub.manager.user_id},
        )
    manager = ApprovalService(hub.db, hub.manager)
    assert manager.count_waiting() == len(manager.waiting_for_me()) == expected == 3


def test_a_request_with_no_recorded_requester_waits_for_every_approver(hub: Hub) -> None:
    """A row made outside the window (an old or imported file) may lack its requester;
    the approval rule lets any approver decide it, so every approver's inbox shows it."""
    agreement = signed_dev_agreement(hub)
    clerk = DisbursementService(hub.db, hub.clerk)
    request = clerk.request(clerk.plan(agreement.id, 1_000_000).id)
    with hub.db.engine.begin() as connection:
        connection.execute(
            text("UPDATE disbursements SET requested_by = NULL WHERE id = :id"),
            {"id": request.id},
        )
    for approver in (hub.manager, hub.director):
        inbox = ApprovalService(hub.db, approver)
        assert [i.record_id for i in inbox.waiting_for_me()] == [request.id]
        assert inbox.count_waiting() == 1
