"""Editing programs, and the undo steps of the grants page: discard a new program or a
draft agreement, take back a signature; the dry-run checks the dialogs call."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from support.grants import dev_draft, paid_disbursement
from support.hub import Hub, refused, snapshot

from hubdesk.domain.enums import AgreementStatus, GrantKind
from hubdesk.domain.errors import (
    BudgetExceeded,
    CapExceeded,
    CoPaymentTooLow,
    InvalidTransition,
    RecordChanged,
    ValidationError,
)
from hubdesk.services.grants.agreements import GrantService, ProgramDraft, program_draft_of
from hubdesk.services.grants.disbursements import DisbursementService


@pytest.fixture
def grants(hub: Hub) -> GrantService:
    return GrantService(hub.db, hub.clerk)


def dev_program(grants: GrantService, hub: Hub) -> tuple[ProgramDraft, int]:
    saved = grants.program_version(hub.programs["dev"])
    return program_draft_of(saved.program), saved.version


def test_update_program_saves_and_bumps_the_version(hub: Hub, grants: GrantService) -> None:
    draft, version = dev_program(grants, hub)
    changed = replace(draft, name="2026 사업개발비 (추경)", city_budget=35_000_000)
    saved = grants.update_program(hub.programs["dev"], changed, version=version)
    assert saved.version == version + 1
    assert (saved.program.name, saved.program.city_budget) == ("2026 사업개발비 (추경)", 35_000_000)
    assert grants.programs(2026)[0] == saved.program


def test_update_program_refuses_a_stale_version(hub: Hub, grants: GrantService) -> None:
    draft, version = dev_program(grants, hub)
    grants.update_program(hub.programs["dev"], replace(draft, name="첫 수정"), version=version)
    refused(
        hub.db,
        RecordChanged,
        grants.update_program,
        hub.programs["dev"],
        replace(draft, name="늦은 수정"),
        version=version,
    )


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"city_budget": 4_999_999}, "city_budget"),  # 5,000,000 committed
        ({"district_budget": 3_999_999}, "district_budget"),
        ({"cap_per_team": 8_999_999}, "cap_per_team"),  # a 9,000,000 grant exists
        ({"copay_percents": (11, 20, 30)}, "copay_percents"),  # it paid in exactly 10%
        ({"fiscal_year": 2027}, "fiscal_year"),  # its number says 2026
        ({"kind": GrantKind.STAFF, "monthly_wage_cap": 2_000_000}, "kind"),
    ],
)
def test_an_edit_must_keep_the_agreements_within_the_rules(
    hub: Hub, grants: GrantService, changes: dict[str, object], field: str
) -> None:
    grants.create_agreement(dev_draft(hub))
    draft, version = dev_program(grants, hub)
    error = refused(
        hub.db,
        ValidationError,
        grants.update_program,
        hub.programs["dev"],
        replace(draft, **changes),  # type: ignore[arg-type]
        version=version,
    )
    assert error.values["field"] == field
    with pytest.raises(ValidationError):
        grants.check_program(replace(draft, **changes), hub.programs["dev"])  # type: ignore[arg-type]


def test_an_edit_down_to_exactly_what_is_committed_passes(hub: Hub, grants: GrantService) -> None:
    grants.create_agreement(dev_draft(hub))
    draft, version = dev_program(grants, hub)
    tight = replace(draft, city_budget=5_000_000, district_budget=4_000_000, cap_per_team=9_000_000)
    saved = grants.update_program(hub.programs["dev"], tight, version=version).program
    assert (saved.city_budget, saved.district_budget, saved.cap_per_team) == (
        5_000_000,
        4_000_000,
        9_000_000,
    )


def test_cancelled_agreements_do_not_hold_an_edit_back(hub: Hub, grants: GrantService) -> None:
    record = grants.create_agreement(dev_draft(hub))
    grants.cancel(record.id, date(2026, 4, 1), "철회")
    draft, version = dev_program(grants, hub)
    grants.update_program(
        hub.programs["dev"], replace(draft, city_budget=0, cap_per_team=1), version=version
    )


def test_wage_cap_stays_above_every_wage_line(hub: Hub, grants: GrantService) -> None:
    staff = grants.create_agreement(
        dev_draft(
            hub,
            program_id=hub.programs["staff"],
            city_amount=9_000_000,
            district_amount=9_000_000,
            copayment=2_000_000,
        )
    )
    DisbursementService(hub.db, hub.clerk).add_wage_line(
        staff.id, date(2026, 5, 1), "김직원", 2_500_000, 1_800_000
    )
    saved = grants.program_version(hub.programs["staff"])
    draft = program_draft_of(saved.program)
    error = refused(
        hub.db,
        ValidationError,
        grants.update_program,
        hub.programs["staff"],
        replace(draft, monthly_wage_cap=1_799_999),
        version=saved.version,
    )
    assert error.values["field"] == "monthly_wage_cap"
    grants.update_program(
        hub.programs["staff"], replace(draft, monthly_wage_cap=1_800_000), version=saved.version
    )


def test_a_program_without_agreements_may_move_year_but_not_onto_another(
    hub: Hub, grants: GrantService
) -> None:
    draft, version = dev_program(grants, hub)
    moved = grants.update_program(
        hub.programs["dev"], replace(draft, fiscal_year=2027), version=version
    )
    assert moved.program.fiscal_year == 2027
    staff = grants.program_version(hub.programs["staff"])
    error = refused(
        hub.db,
        ValidationError,
        grants.update_program,
        hub.programs["staff"],
        replace(program_draft_of(staff.program), kind=GrantKind.DEVELOPMENT_COST, fiscal_year=2027),
        version=staff.version,
    )
    assert error.values["field"] == "kind"


def test_discard_program_undoes_adding_one(hub: Hub, grants: GrantService) -> None:
    before = snapshot(hub.db)["grant_programs"]
    added = grants.add_program(
        ProgramDraft(2027, GrantKind.DEVELOPMENT_COST, "2027 사업개발", 1, 1, 1)
    )
    assert grants.discard_program(added.id) == added
    assert snapshot(hub.db)["grant_programs"] == before


def test_a_program_with_agreements_is_not_discarded(hub: Hub, grants: GrantService) -> None:
    grants.create_agreement(dev_draft(hub))
    refused(hub.db, InvalidTransition, grants.discard_program, hub.programs["dev"])


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        (
            {"city_amount": 6_000_000, "district_amount": 4_000_001, "copayment": 3_000_000},
            CapExceeded,
        ),
        ({"copayment": 999_999}, CoPaymentTooLow),
        ({"end_date": date(2026, 4, 1)}, ValidationError),
    ],
)
def test_check_agreement_refuses_what_create_refuses_and_writes_nothing(
    hub: Hub, grants: GrantService, changes: dict[str, object], error: type[Exception]
) -> None:
    draft = dev_draft(hub, **changes)
    before = snapshot(hub.db)
    with pytest.raises(error):
        grants.check_agreement(draft)
    with pytest.raises(error):
        grants.create_agreement(draft)
    assert snapshot(hub.db) == before


def test_check_agreement_sees_the_budget_left(hub: Hub, grants: GrantService) -> None:
    for team in ("coop", "social"):
        grants.create_agreement(
            dev_draft(hub, team, city_amount=1_000_000, district_amount=8_000_000)
        )
    with pytest.raises(BudgetExceeded):
        grants.check_agreement(
            dev_draft(hub, "village", city_amount=1_000_000, district_amount=5_000_000)
        )
    grants.check_agreement(
        dev_draft(hub, "village", city_amount=1_000_000, district_amount=4_000_000)
    )


def test_discard_draft_deletes_it_and_its_number_is_never_given_again(
    hub: Hub, grants: GrantService
) -> None:
    before = snapshot(hub.db)["grant_agreements"]
    made = grants.create_agreement(dev_draft(hub))
    assert made.number == "2026-사업개발-001"
    assert grants.discard_draft(made.id) == made
    assert snapshot(hub.db)["grant_agreements"] == before
    # The discarded draft may have been printed as 001: the next one is 002.
    assert grants.create_agreement(dev_draft(hub)).number == "2026-사업개발-002"


def test_discard_draft_refuses_a_signed_agreement_or_one_with_tranches(
    hub: Hub, grants: GrantService
) -> None:
    signed = grants.create_agreement(dev_draft(hub))
    grants.advance(signed.id, AgreementStatus.SIGNED, date(2026, 3, 25))
    refused(hub.db, InvalidTransition, grants.discard_draft, signed.id)
    planned = grants.create_agreement(dev_draft(hub, "social"))
    DisbursementService(hub.db, hub.clerk).plan(planned.id, 1_000_000, date(2026, 4, 10))
    refused(hub.db, InvalidTransition, grants.discard_draft, planned.id)


def test_unsign_takes_back_a_signature_until_money_moves(hub: Hub, grants: GrantService) -> None:
    made = grants.create_agreement(dev_draft(hub))
    grants.advance(made.id, AgreementStatus.SIGNED, date(2026, 3, 25))
    assert grants.unsign(made.id).status == AgreementStatus.DRAFT
    with hub.db.read() as session:
        from hubdesk.storage.models import GrantAgreement

        assert session.get_one(GrantAgreement, made.id).signed_on is None
    refused(hub.db, InvalidTransition, grants.unsign, made.id)  # a draft is not signed
    grants.advance(made.id, AgreementStatus.SIGNED, date(2026, 3, 25))
    paid_disbursement(hub, made.id, 1_000_000)
    refused(hub.db, InvalidTransition, grants.unsign, made.id)


def test_only_a_discarded_draft_gets_its_number_back(hub: Hub, grants: GrantService) -> None:
    made = grants.create_agreement(dev_draft(hub))
    second = dev_draft(hub, copayment=3_000_000)  # the team's 2nd support pays 20 %
    refused(hub.db, ValidationError, grants.recreate_draft, second, made.number)  # in use
    refused(hub.db, ValidationError, grants.recreate_draft, second, "2026-사업개발-009")
    grants.discard_draft(made.id)
    again = grants.recreate_draft(dev_draft(hub), made.number)  # redo after undo
    assert again.number == made.number
    assert grants.create_agreement(second).number == "2026-사업개발-002"
