"""The printed grant agreement: gather one agreement into an ``AgreementDocument``.

Hub name, address, director and the article texts come from the hub settings, so the
hub edits them; the agreement's figures, the team and the payment schedule come from
the records. Printing is logged in the export log (the payee account is personal data).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.agreement_articles import filled_articles
from ..domain.agreement_document import AgreementDocument, Party, PaymentLine
from ..domain.brn import formatted_brn
from ..domain.enums import AgreementStatus, DisbursementStatus, GrantKind
from ..storage.models import Disbursement, ExportLogEntry, GrantAgreement, GrantProgram, Team
from .base import Service, clean_text, get_or_raise
from .boundary import typed_boundary
from .grants import agreement_named
from .settings import HubSettings, load_settings
from .settlement_deadlines import SETTLEMENT_MONTHS, settlement_due

EXPORT_KIND = "agreement"
EXPORT_REASON = "보조금 지원 협약서 출력"
KIND_NAMES = {GrantKind.DEVELOPMENT_COST: "사업개발비", GrantKind.STAFF: "전문인력 인건비"}


@typed_boundary
class AgreementDocumentService(Service):
    def documents(self, agreement_ids: list[int]) -> list[AgreementDocument]:
        """The agreements in the order asked; ``NotFound`` if one does not exist."""
        with self._read() as session:
            settings = load_settings(session)
            rows = [get_or_raise(session, GrantAgreement, i, "agreement") for i in agreement_ids]
            return [_document(session, settings, row) for row in rows]

    def document_by_number(self, number: str) -> AgreementDocument:
        with self._read() as session:
            row = agreement_named(session, number.strip())
            return _document(session, load_settings(session), row)

    def record_export(self, numbers: list[str], target: str) -> None:
        """Log that these agreements were printed or saved to ``target`` (a file or a
        printer's name): they carry the payee's bank account, so they are unmasked."""
        target = clean_text(target, "target", max_length=1000)
        with self._write() as session:
            session.add(
                ExportLogEntry(
                    at=datetime.now(),
                    username=self.actor.username,
                    kind=EXPORT_KIND,
                    target=target,
                    parameters={"numbers": list(numbers)},
                    masked=False,
                    reason=EXPORT_REASON,
                    row_count=len(numbers),
                )
            )


def _document(session: Session, settings: HubSettings, row: GrantAgreement) -> AgreementDocument:
    program = session.get_one(GrantProgram, row.program_id)
    team = session.get_one(Team, row.team_id)
    payments = _payments(session, row.id)
    due = settlement_due(session, row)
    document = AgreementDocument(
        number=row.number,
        is_draft=row.status == AgreementStatus.DRAFT,
        cancelled_on=row.cancelled_on if row.status == AgreementStatus.CANCELLED else None,
        hub=Party(settings.hub_name, settings.hub_address, "센터장", settings.director_name),
        team=Party(
            team.name, team.address or "", "대표자", team.representative, formatted_brn(team.brn)
        ),  # fmt: skip
        district_name=settings.district_name,
        program_name=program.name,
        program_kind=KIND_NAMES[GrantKind(program.kind)],
        fiscal_year=program.fiscal_year,
        purpose=row.purpose,
        start_date=row.start_date,
        end_date=row.end_date,
        city_amount=row.city_amount,
        district_amount=row.district_amount,
        copayment=row.copayment,
        payments=payments,
        payee_bank=row.payee_bank,
        payee_account=row.payee_account,
        payee_holder=row.payee_holder,
        settlement_months=SETTLEMENT_MONTHS,
        settlement_due=due,
        articles=(),
        signed_on=None if row.status == AgreementStatus.DRAFT else row.signed_on,
    )
    return replace(document, articles=filled_articles(document, settings.agreement_articles))


def _payments(session: Session, agreement_id: int) -> tuple[PaymentLine, ...]:
    """The tranches that stand, in order: not rejected, not reversing entries, and not
    undone by a paid reversal (its money is back; a replacement may stand in the plan)."""
    reversed_by_payment = select(Disbursement.reverses_id).where(
        Disbursement.reverses_id.is_not(None), Disbursement.status == DisbursementStatus.PAID
    )
    query = (
        select(Disbursement)
        .where(
            Disbursement.agreement_id == agreement_id,
            Disbursement.status != DisbursementStatus.REJECTED,
            Disbursement.reverses_id.is_(None),
            Disbursement.id.not_in(reversed_by_payment),
        )
        .order_by(Disbursement.sequence)
    )
    rows = session.scalars(query).all()
    # numbered afresh: a rejected 3차 leaves no gap between 2차 and the next tranche
    return tuple(PaymentLine(f"{n}차", row.planned_on, row.amount) for n, row in enumerate(rows, 1))
