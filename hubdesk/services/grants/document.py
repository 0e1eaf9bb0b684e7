"""The printed grant agreement: gather one agreement into an ``AgreementDocument``.

Hub name, address, director and the article texts come from the hub settings, so the
hub edits them; the agreement's figures, the team and the payment schedule come from
the records. Printing is logged in the export log (the payee account is personal data).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from hubdesk.domain.agreement_articles import filled_articles
from hubdesk.domain.agreement_document import AgreementDocument, DisbursementLine, Party
from hubdesk.domain.brn import formatted_brn
from hubdesk.domain.deadlines import WorkingCalendar
from hubdesk.domain.enums import AgreementStatus, DisbursementStatus, GrantKind
from hubdesk.domain.exports import CancelCheck, Progress
from hubdesk.reports.agreement_pdf import write_agreements_pdf
from hubdesk.services.core.base import Service, clean_text, get_or_raise
from hubdesk.services.core.boundary import typed_boundary
from hubdesk.services.core.settings import HubSettings, load_settings, working_calendar
from hubdesk.services.grants.deadlines import SETTLEMENT_MONTHS, settlement_deadline, settlement_due
from hubdesk.services.grants.rows import agreement_named
from hubdesk.storage.models import Disbursement, ExportLogEntry, GrantAgreement, GrantProgram, Team
from hubdesk.storage.outputs import journaled_output, refuse_protected_target

EXPORT_KIND = "agreement"
EXPORT_REASON = "보조금 지원 협약서 출력"
KIND_NAMES = {GrantKind.DEVELOPMENT_COST: "사업개발비", GrantKind.STAFF: "전문인력 인건비"}
HUB_SIGNER, TEAM_SIGNER = "센터장", "대표자"


@typed_boundary
class AgreementDocumentService(Service):
    def documents(self, agreement_ids: list[int]) -> list[AgreementDocument]:
        """The agreements in the order asked; ``NotFound`` if one does not exist."""
        with self._read() as tx:
            settings = load_settings(tx)
            calendar = working_calendar(tx)  # one read of the days off for the batch
            rows = [get_or_raise(tx, GrantAgreement, i, "agreement") for i in agreement_ids]
            return [_document(tx, settings, row, calendar) for row in rows]

    def document_by_number(self, number: str) -> AgreementDocument:
        with self._read() as tx:
            row = agreement_named(tx, number.strip())
            return _document(tx, load_settings(tx), row)

    def sample(self, settings: HubSettings, today: date) -> AgreementDocument:
        """The agreement with the latest period as it would print with ``settings`` (which
        need not be saved), or a made-up draft when the file has none: the hub settings
        preview."""
        a = GrantAgreement
        newest = select(a).order_by(a.start_date.desc(), a.end_date.desc(), a.id.desc()).limit(1)
        with self._read() as tx:
            row = tx.scalars(newest).first()
            if row is not None:
                return _document(tx, settings, row)
            end = date(today.year, 11, 30)
            due = settlement_deadline(working_calendar(tx), end)
        return made_up_document(settings, today.year, due)

    def save_pdf(
        self,
        documents: list[AgreementDocument],
        target: Path,
        *,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> Path:
        """Write ``documents`` to ``target`` as one PDF and log it: the file appears with
        its export-log row or not at all, even across a crash (``storage.outputs``)."""
        target = refuse_protected_target(target, self.db.path)
        entry = self._log_entry([document.number for document in documents], str(target))
        with journaled_output(self.db, self.actor.username, target, entry) as part:
            write_agreements_pdf(documents, part, progress=progress, cancelled=cancelled)
        return target

    @contextmanager
    def printed_to_file(self, numbers: list[str], target: Path) -> Iterator[Path]:
        """A printer's "print to file": yield the temporary path to print to; when the
        block ends the file gets its name together with its export-log row, and an error
        (a cancelled or failed print) leaves neither (``storage.outputs``)."""
        target = refuse_protected_target(target, self.db.path)
        entry = self._log_entry(list(numbers), str(target))
        with journaled_output(self.db, self.actor.username, target, entry) as part:
            yield part

    def check_target(self, target: Path) -> Path:
        """``target`` made absolute, or refused when it is the database or one of its files
        (a printer's "print to file" goes through here before it prints)."""
        return refuse_protected_target(target, self.db.path)

    def record_export(self, numbers: list[str], target: str) -> None:
        """Log that these agreements were printed to ``target`` (a printer's name or its
        file): they carry the payee's bank account, so they are unmasked."""
        target = clean_text(target, "target", max_length=1000)
        with self._write() as tx:
            tx.add(self._log_entry(numbers, target))

    def _log_entry(self, numbers: list[str], target: str) -> ExportLogEntry:
        return ExportLogEntry(
            at=datetime.now(),
            username=self.actor.username,
            kind=EXPORT_KIND,
            target=target,
            parameters={"numbers": list(numbers)},
            masked=False,
            reason=EXPORT_REASON,
            row_count=len(numbers),
        )


def _hub(settings: HubSettings) -> Party:
    return Party(settings.hub_name, settings.hub_address, HUB_SIGNER, settings.director_name)


def _document(
    tx: Session,
    settings: HubSettings,
    row: GrantAgreement,
    calendar: WorkingCalendar | None = None,
) -> AgreementDocument:
    program = tx.get_one(GrantProgram, row.program_id)
    team = tx.get_one(Team, row.team_id)
    disbursements = _disbursements(tx, row.id)
    due = settlement_due(tx, row, calendar)
    document = AgreementDocument(
        number=row.number,
        is_draft=row.status == AgreementStatus.DRAFT,
        cancelled_on=row.cancelled_on if row.status == AgreementStatus.CANCELLED else None,
        hub=_hub(settings),
        team=Party(
            team.name, team.address or "", TEAM_SIGNER, team.representative, formatted_brn(team.brn)
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
        disbursements=disbursements,
        payee_bank=row.payee_bank,
        payee_account=row.payee_account,
        payee_holder=row.payee_holder,
        settlement_months=SETTLEMENT_MONTHS,
        settlement_due=due,
        articles=(),
        signed_on=None if row.status == AgreementStatus.DRAFT else row.signed_on,
    )
    return replace(document, articles=filled_articles(document, settings.agreement_articles))


def _disbursements(tx: Session, agreement_id: int) -> tuple[DisbursementLine, ...]:
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
    rows = tx.scalars(query).all()
    # numbered afresh: a rejected 3차 leaves no gap between 2차 and the next tranche
    return tuple(
        DisbursementLine(f"{n}차", row.planned_on, row.amount) for n, row in enumerate(rows, 1)
    )


def made_up_document(settings: HubSettings, year: int, settlement_due: date) -> AgreementDocument:
    """A plausible draft agreement of ``year`` for a file that has none yet (the period
    ends on 30 November; ``settlement_due`` is its deadline)."""
    start, end = date(year, 3, 1), date(year, 11, 30)
    team_name = "(예시) ○○사회적협동조합"  # the agreement is a Korean document
    document = AgreementDocument(
        number=f"{year}-사업개발-000",
        is_draft=True,
        cancelled_on=None,
        hub=_hub(settings),
        team=Party(
            team_name, "서울특별시 금천구 가산디지털1로 000", TEAM_SIGNER, "홍길동", "000-00-00000"
        ),
        district_name=settings.district_name,
        program_name=f"{year} 사회적경제 사업개발비 지원",
        program_kind=KIND_NAMES[GrantKind.DEVELOPMENT_COST],
        fiscal_year=year,
        purpose="친환경 제품 개발 및 판로 개척",
        start_date=start,
        end_date=end,
        city_amount=5_000_000,
        district_amount=4_000_000,
        copayment=1_000_000,
        disbursements=(
            DisbursementLine("1차", start + timedelta(days=14), 5_000_000),
            DisbursementLine("2차", date(year, 7, 1), 4_000_000),
        ),
        payee_bank="○○은행",
        payee_account="000-000-000000",
        payee_holder=team_name,
        settlement_months=SETTLEMENT_MONTHS,
        settlement_due=settlement_due,
        articles=(),
        signed_on=None,
    )
    return replace(document, articles=filled_articles(document, settings.agreement_articles))
