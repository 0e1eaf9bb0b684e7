"""Grant programs and agreements: budget per source, cap per team, co-payment ratio."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hubdesk.domain.enums import (
    ALLOWED_AGREEMENT_TRANSITIONS,
    AgreementStatus,
    GrantKind,
    TeamStatus,
)
from hubdesk.domain.errors import (
    BudgetExceeded,
    CapExceeded,
    CoPaymentTooLow,
    InvalidPeriod,
    InvalidTransition,
    RecordChanged,
    ValidationError,
)
from hubdesk.domain.money import check_amount, grant_amount
from hubdesk.domain.records import AgreementRecord, ProgramRecord
from hubdesk.domain.rules import copayment_ok, required_copayment
from hubdesk.services.core.base import Service, clean_text, get_or_raise
from hubdesk.services.core.boundary import typed_boundary
from hubdesk.services.grants.program_checks import (
    KIND_LABELS,
    check_code_free,
    check_program_fits,
    validate_program,
)
from hubdesk.services.grants.rows import (
    agreement_named,
    agreement_record,
    committed,
    paid_total,
    program_record,
    support_number,
)
from hubdesk.storage.models import (
    AuditEntry,
    Disbursement,
    GrantAgreement,
    GrantProgram,
    Team,
    WageLine,
)


@dataclass(frozen=True, slots=True)
class ProgramDraft:
    fiscal_year: int
    kind: GrantKind
    name: str
    city_budget: int
    district_budget: int
    cap_per_team: int
    copay_percents: tuple[int, ...] = (10, 20, 30)
    monthly_wage_cap: int | None = None
    eligible_categories: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ProgramVersion:
    """A program as saved, with the version an edit of it must name."""

    program: ProgramRecord
    version: int


@dataclass(frozen=True, slots=True)
class AgreementDraft:
    team_id: int
    program_id: int
    purpose: str
    start_date: date
    end_date: date
    city_amount: int
    district_amount: int
    copayment: int
    payee_bank: str = ""
    payee_account: str = ""
    payee_holder: str = ""

    @property
    def grant(self) -> int:
        """The grant asked for: city plus district money (as ``GrantAgreement.grant``)."""
        return grant_amount(self.city_amount, self.district_amount)


@dataclass(frozen=True, slots=True)
class AgreementLimits:
    """What the agreement dialog shows as the user types."""

    city_left: int
    district_left: int
    cap_per_team: int
    support_number: int
    copay_percent: int


def program_draft_of(record: ProgramRecord) -> ProgramDraft:
    """The draft that saves ``record`` again (undo of a program edit)."""
    return ProgramDraft(
        record.fiscal_year,
        record.kind,
        record.name,
        record.city_budget,
        record.district_budget,
        record.cap_per_team,
        record.copay_percents,
        record.monthly_wage_cap,
        record.eligible_categories,
    )


@typed_boundary
class GrantService(Service):
    def add_program(self, draft: ProgramDraft) -> ProgramRecord:
        validate_program(draft)
        with self._write() as tx:
            check_code_free(tx, draft, None)
            program = GrantProgram(**_program_values(draft))
            tx.add(program)
            tx.flush()
            return program_record(program)

    def check_program(self, draft: ProgramDraft, program_id: int | None = None) -> None:
        """Raise what ``add_program`` (or ``update_program`` of ``program_id``) would."""
        validate_program(draft)
        with self._read() as tx:
            check_code_free(tx, draft, program_id)
            if program_id is not None:
                program = get_or_raise(tx, GrantProgram, program_id, "program")
                check_program_fits(tx, program, draft)

    def update_program(
        self, program_id: int, draft: ProgramDraft, *, version: int
    ) -> ProgramVersion:
        """Save an edit made on ``version``; the program's agreements must still fit it."""
        validate_program(draft)
        with self._write() as tx:
            program = get_or_raise(tx, GrantProgram, program_id, "program")
            if program.version != version:
                raise RecordChanged(entity="program", key=program.name)
            check_code_free(tx, draft, program_id)
            check_program_fits(tx, program, draft)
            for key, value in _program_values(draft).items():
                setattr(program, key, value)
            tx.flush()
            return ProgramVersion(program_record(program), program.version)

    def discard_program(self, program_id: int) -> ProgramRecord:
        """Delete a program no agreement names (undo of "new program")."""
        with self._write() as tx:
            program = get_or_raise(tx, GrantProgram, program_id, "program")
            used = select(func.count()).where(GrantAgreement.program_id == program_id)
            if tx.scalar(used):
                raise InvalidTransition(
                    entity="program", key=program.name, current="in use", target="deleted"
                )
            record = program_record(program)
            tx.delete(program)
            return record

    def program_version(self, program_id: int) -> ProgramVersion:
        with self._read() as tx:
            program = get_or_raise(tx, GrantProgram, program_id, "program")
            return ProgramVersion(program_record(program), program.version)

    def programs(self, fiscal_year: int | None = None) -> list[ProgramRecord]:
        query = select(GrantProgram).order_by(GrantProgram.fiscal_year, GrantProgram.code)
        if fiscal_year is not None:
            query = query.where(GrantProgram.fiscal_year == fiscal_year)
        with self._read() as tx:
            return [program_record(p) for p in tx.scalars(query)]

    def limits(self, program_id: int, team_id: int) -> AgreementLimits:
        with self._read() as tx:
            program = get_or_raise(tx, GrantProgram, program_id, "program")
            city, district = committed(tx, program_id)
            number = support_number(tx, team_id)
            return AgreementLimits(
                program.city_budget - city,
                program.district_budget - district,
                program.cap_per_team,
                number,
                program_record(program).copay_percent(number),
            )

    def create_agreement(self, draft: AgreementDraft) -> AgreementRecord:
        """A draft agreement, numbered like ``2026-사업개발-007``, after every grant rule."""
        return self._create(draft, None)

    def recreate_draft(self, draft: AgreementDraft, number: str) -> AgreementRecord:
        """Redo of "create agreement" after its undo: the draft again under the number it
        had, which only a discarded draft of the same program can give back."""
        return self._create(draft, number)

    def _create(self, draft: AgreementDraft, number: str | None) -> AgreementRecord:
        with self._write() as tx:
            program, team, support = _checked_agreement(tx, draft)
            if number is None:
                number = _next_number(tx, program)
            elif number not in _discarded_numbers(tx, _number_prefix(program)) or (
                tx.scalar(select(GrantAgreement.id).where(GrantAgreement.number == number))
            ):
                raise ValidationError(field="number", reason=f"{number} was not discarded")
            row = GrantAgreement(
                number=number,
                program_id=program.id,
                team_id=team.id,
                status=AgreementStatus.DRAFT,
                purpose=clean_text(draft.purpose, "purpose", max_length=4000, multiline=True),
                start_date=draft.start_date,
                end_date=draft.end_date,
                city_amount=draft.city_amount,
                district_amount=draft.district_amount,
                copayment=draft.copayment,
                support_number=support,
                payee_bank=clean_text(
                    draft.payee_bank, "payee_bank", required=False, max_length=64
                ),
                payee_account=clean_text(
                    draft.payee_account, "payee_account", required=False, max_length=64
                ),
                payee_holder=clean_text(
                    draft.payee_holder, "payee_holder", required=False, max_length=120
                ),
            )
            tx.add(row)
            tx.flush()
            return agreement_record(tx, row)

    def check_agreement(self, draft: AgreementDraft) -> None:
        """Raise what ``create_agreement`` would refuse ``draft`` with; write nothing."""
        with self._read() as tx:
            _checked_agreement(tx, draft)

    def discard_draft(self, agreement_id: int) -> AgreementRecord:
        """Delete a draft nothing was paid or planned on (undo of "create agreement")."""
        with self._write() as tx:
            row = get_or_raise(tx, GrantAgreement, agreement_id, "agreement")
            record = agreement_record(tx, row)
            if row.status != AgreementStatus.DRAFT or _has_money_rows(tx, row.id):
                raise InvalidTransition(
                    entity="agreement", key=row.number, current=row.status, target="discarded"
                )
            tx.delete(row)
            return record

    def unsign(self, agreement_id: int) -> AgreementRecord:
        """Back from signed to draft while nothing is planned or paid (undo of "sign")."""
        with self._write() as tx:
            row = get_or_raise(tx, GrantAgreement, agreement_id, "agreement")
            if row.status != AgreementStatus.SIGNED or _has_money_rows(tx, row.id):
                raise InvalidTransition(
                    entity="agreement", key=row.number, current=row.status, target="draft"
                )
            row.status = AgreementStatus.DRAFT
            row.signed_on = None
            tx.flush()
            return agreement_record(tx, row)

    def advance(self, agreement_id: int, target: AgreementStatus, on: date) -> AgreementRecord:
        """Move an agreement along draft → signed → in progress → settlement due → closed."""
        if target == AgreementStatus.CANCELLED:
            raise ValidationError(field="target", reason="use cancel() with a reason")
        with self._write() as tx:
            row = get_or_raise(tx, GrantAgreement, agreement_id, "agreement")
            move_agreement(row, target)
            if target == AgreementStatus.SIGNED:
                row.signed_on = on
            tx.flush()
            return agreement_record(tx, row)

    def cancel(
        self, agreement_id: int, on: date, reason: str, clawback: int = 0
    ) -> AgreementRecord:
        """Cancel an agreement; what was paid may be clawed back (환수), never more."""
        with self._write() as tx:
            row = get_or_raise(tx, GrantAgreement, agreement_id, "agreement")
            check_amount(clawback, "clawback")
            paid = paid_total(tx, row.id)
            if clawback > paid:
                raise ValidationError(
                    field="clawback", reason=f"{clawback:,} won is more than the {paid:,} paid"
                )
            move_agreement(row, AgreementStatus.CANCELLED)
            row.cancelled_on = on
            row.cancel_reason = clean_text(reason, "reason", max_length=4000, multiline=True)
            row.clawback_amount = clawback
            tx.flush()
            return agreement_record(tx, row)

    def agreement(self, agreement_id: int) -> AgreementRecord:
        with self._read() as tx:
            return agreement_record(tx, get_or_raise(tx, GrantAgreement, agreement_id, "agreement"))

    def agreement_by_number(self, number: str) -> AgreementRecord:
        with self._read() as tx:
            return agreement_record(tx, agreement_named(tx, number))


def _program_values(draft: ProgramDraft) -> dict[str, Any]:
    """The stored columns of a checked program draft."""
    kind = GrantKind(draft.kind)
    return {
        "fiscal_year": draft.fiscal_year,
        "kind": kind,
        "code": KIND_LABELS[kind],
        "name": clean_text(draft.name, "name"),
        "city_budget": draft.city_budget,
        "district_budget": draft.district_budget,
        "cap_per_team": draft.cap_per_team,
        "copay_percents": list(draft.copay_percents),
        "monthly_wage_cap": draft.monthly_wage_cap,
        "eligible_categories": [
            clean_text(category, "eligible_categories", max_length=64)
            for category in draft.eligible_categories
        ],
    }


def move_agreement(row: GrantAgreement, target: AgreementStatus) -> None:
    if target not in ALLOWED_AGREEMENT_TRANSITIONS[row.status]:
        raise InvalidTransition(
            entity="agreement", key=row.number, current=row.status, target=target
        )
    row.status = target


def _checked_agreement(tx: Session, draft: AgreementDraft) -> tuple[GrantProgram, Team, int]:
    """Every rule a new agreement must pass: the program, the team and the money."""
    program = get_or_raise(tx, GrantProgram, draft.program_id, "program")
    team = get_or_raise(tx, Team, draft.team_id, "team")
    if team.status in (TeamStatus.CLOSED, TeamStatus.ARCHIVED):
        raise ValidationError(field="team", reason=f"{team.name} is {team.status.value}")
    number = support_number(tx, team.id)
    _check_money(tx, program, draft, number)
    return program, team, number


def _has_money_rows(tx: Session, agreement_id: int) -> bool:
    """Whether any disbursement or wage line names the agreement."""
    for model in (Disbursement, WageLine):
        query = select(func.count()).where(model.agreement_id == agreement_id)
        if tx.scalar(query):
            return True
    return False


def _check_money(tx: Session, program: GrantProgram, draft: AgreementDraft, number: int) -> None:
    for name in ("city_amount", "district_amount", "copayment"):
        check_amount(getattr(draft, name), name)
    if draft.end_date <= draft.start_date:
        raise InvalidPeriod(field="end_date", start=draft.start_date, end=draft.end_date)
    grant = draft.grant
    if grant <= 0:
        raise ValidationError(field="city_amount", reason="the grant must be more than 0 won")
    if grant > program.cap_per_team:
        raise CapExceeded(requested=grant, cap=program.cap_per_team)
    city, district = committed(tx, program.id)
    for source, budget, used, asked in (
        ("city", program.city_budget, city, draft.city_amount),
        ("district", program.district_budget, district, draft.district_amount),
    ):
        if used + asked > budget:
            raise BudgetExceeded(
                program=f"{program.fiscal_year} {program.name} ({source})",
                budget=budget,
                committed=used,
                left=budget - used,
                requested=asked,
                source=source,
            )
    percent = program_record(program).copay_percent(number)
    total = grant + draft.copayment
    if not copayment_ok(draft.copayment, total, percent):
        raise CoPaymentTooLow(
            copayment=draft.copayment,
            ratio_percent=percent,
            total=total,
            required=required_copayment(grant, percent),
            times_supported=number,
        )


def _number_prefix(program: GrantProgram) -> str:
    return f"{program.fiscal_year}-{program.code}-"


def _discarded_numbers(tx: Session, prefix: str) -> list[str]:
    """Numbers of the program's drafts that were discarded (the audit trail keeps them)."""
    number = func.json_extract(AuditEntry.changes, "$.number[0]")
    query = select(number).where(
        AuditEntry.table_name == GrantAgreement.__tablename__,
        AuditEntry.action == "delete",
        number.startswith(prefix),
    )
    return [str(n) for n in tx.scalars(query)]


def _next_number(tx: Session, program: GrantProgram) -> str:
    """The program's next number; one a discarded draft had is never given to another
    agreement, since it may have been printed."""
    prefix = _number_prefix(program)
    numbers = tx.scalars(
        select(GrantAgreement.number).where(GrantAgreement.number.startswith(prefix))
    ).all()
    used = [*numbers, *_discarded_numbers(tx, prefix)]
    last = max((int(n.rsplit("-", 1)[1]) for n in used), default=0)
    return f"{prefix}{last + 1:03d}"
