"""Two staff editing the same record: the second edit, made on what they saw before
the first, is refused (RecordChanged), never silently applied.

The outside test found two such holes: hub settings saved by two administrators and a
settlement expense decided by two reviewers overwrote each other. The class also holds
the checklist box two staff tick and untick. Teams, sessions, consultants, programs,
tenancies and applications already carried versions (tests beside their services).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from support.grants import paid_disbursement, signed_dev_agreement
from support.hub import Hub, refused

from faults.figures import FIGURES
from hubdesk.domain.errors import RecordChanged
from hubdesk.domain.records import ExpenseRecord
from hubdesk.services.core.settings import SettingsService
from hubdesk.services.grants.settlements import SettlementService
from hubdesk.services.spaces.spaces import SpaceService, TenancyDraft


def test_a_second_administrator_saving_stale_settings_is_refused(hub: Hub) -> None:
    first, second = SettingsService(hub.db, hub.admin), SettingsService(hub.db, hub.director)
    seen_by_first, seen_by_second = first.settings(), second.settings()
    first.save(replace(seen_by_first, director_name="정민호"), version=seen_by_first.revision)
    stale = replace(seen_by_second, hub_address="서울특별시 금천구 가산로 9")
    refused(hub.db, RecordChanged, lambda: second.save(stale, version=seen_by_second.revision))
    assert first.settings().director_name == "정민호"
    FIGURES["lost updates: stale edits refused"] += 1


@pytest.fixture
def expense(hub: Hub) -> tuple[int, int]:
    """(settlement, expense): one undecided expense of an open settlement."""
    agreement = signed_dev_agreement(hub, end_date=date(2026, 8, 9))
    paid_disbursement(hub, agreement.id, 9_000_000)
    service = SettlementService(hub.db, hub.clerk)
    settlement = service.open(agreement.id)
    expense_id = service.add_expense(
        settlement.id, "재료비", "키트 원자재", date(2026, 5, 2), 4_000_000, "세금계산서"
    )
    return settlement.id, expense_id


def _expense(hub: Hub, ids: tuple[int, int]) -> ExpenseRecord:
    settlement = SettlementService(hub.db, hub.manager).settlement(ids[0])
    return next(e for e in settlement.expenses if e.id == ids[1])


@pytest.mark.parametrize("second_approves", [0, 2_000_000, 4_000_000])
def test_a_second_reviewer_deciding_a_stale_expense_is_refused(
    hub: Hub, expense: tuple[int, int], second_approves: int
) -> None:
    seen, expense_id = _expense(hub, expense), expense[1]  # both see it undecided
    first, second = SettlementService(hub.db, hub.manager), SettlementService(hub.db, hub.director)
    first.decide(expense_id, 1_000_000, "일부 인정", version=seen.version)
    refused(
        hub.db,
        RecordChanged,
        lambda: second.decide(expense_id, second_approves, version=seen.version),
    )
    refused(hub.db, RecordChanged, lambda: second.undecide(expense_id, version=seen.version))
    assert _expense(hub, expense).approved == 1_000_000
    FIGURES["lost updates: stale edits refused"] += 2


def test_a_stale_tick_of_a_checklist_box_is_refused(hub: Hub) -> None:
    spaces = SpaceService(hub.db, hub.clerk)
    tenancy = spaces.allocate(
        TenancyDraft(
            hub.teams["coop"], hub.spaces["3F-301"], 1, date(2026, 3, 1), date(2027, 2, 28)
        )
    )
    box = spaces.checklist(tenancy.id)[0]
    spaces.tick(box.id, date(2026, 3, 2), version=box.version)  # one person ticks it
    other = SpaceService(hub.db, hub.manager)
    refused(hub.db, RecordChanged, lambda: other.tick(box.id, None, version=box.version))
    assert spaces.checklist(tenancy.id)[0].done_on == date(2026, 3, 2)
    FIGURES["lost updates: stale edits refused"] += 1
