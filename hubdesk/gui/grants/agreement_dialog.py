"""The "New agreement" dialog: a team, a program, the purpose and period, the money
split into city, district and co-payment, and the payee's account.

As the user types it shows what the program allows (``GrantService.limits``: budget
left per source, cap per team, this team's support number and co-payment ratio) and
asks the service whether the agreement would pass (``GrantService.check_agreement``,
the same checks ``create_agreement`` runs). A refusal is shown inline with OK
disabled. OK creates a numbered draft with an undo step that discards it.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from hubdesk.domain.money import amount_for_document
from hubdesk.domain.records import AgreementRecord
from hubdesk.domain.rules import required_copayment
from hubdesk.gui.common.editing import OperationDialog, amount_of, date_edit, problem_of
from hubdesk.gui.common.team_picker import TeamPicker
from hubdesk.gui.common.won_edit import WonEdit
from hubdesk.gui.context import PageContext
from hubdesk.gui.text.labels import label, won
from hubdesk.services.grants.agreements import AgreementDraft, AgreementLimits, GrantService

PURPOSE_HEIGHT = 56


class AgreementDialog(OperationDialog):
    """Create a draft agreement; ``created`` holds it after OK."""

    def __init__(
        self, context: PageContext, parent: QWidget | None = None, team_id: int | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("New agreement"))
        self.service = GrantService(context.db, context.actor)
        self.created: AgreementRecord | None = None
        self._limits: dict[tuple[int, int], AgreementLimits] = {}
        self.team = TeamPicker(context)
        self.program = QComboBox()
        self.purpose = QPlainTextEdit()
        today = context.today()
        self.start = date_edit(today, context)
        self.end = date_edit(max(date(today.year, 12, 31), today + timedelta(days=30)), context)
        self.city = WonEdit()
        self.district = WonEdit()
        self.copayment = WonEdit()
        self.bank = QLineEdit()
        self.account = QLineEdit()
        self.holder = QLineEdit()
        self.limits_text = QLabel()
        self.limits_text.setObjectName("limits")
        self.limits_text.setWordWrap(True)
        self.limits_text.setTextFormat(Qt.TextFormat.RichText)
        self._build()
        self._fill_programs(today.year)
        if team_id is not None:
            self.team.set_team(team_id)
        self._connect()
        self.check()

    def _build(self) -> None:
        self.purpose.setTabChangesFocus(True)
        self.purpose.setFixedHeight(PURPOSE_HEIGHT)
        self.purpose.setPlaceholderText(self.tr("What the grant pays for"))
        self.bank.setPlaceholderText(self.tr("e.g. 신한은행"))
        self.account.setPlaceholderText(self.tr("The team's dedicated grant account"))
        self.form.addRow(self.tr("Team"), self.team)
        self.form.addRow(self.tr("Program"), self.program)
        self.form.addRow(self.tr("Purpose"), self.purpose)
        self.form.addRow(self.tr("Start"), self.start)
        self.form.addRow(self.tr("End"), self.end)
        self.form.addRow(self.tr("City (won)"), self.city.with_words())
        self.form.addRow(self.tr("District (won)"), self.district.with_words())
        self.form.addRow(self.tr("Co-payment (won)"), self.copayment.with_words())
        self.form.addRow(self.tr("Payee bank"), self.bank)
        self.form.addRow(self.tr("Payee account"), self.account)
        self.form.addRow(self.tr("Account holder"), self.holder)
        self.finish_layout(self.limits_text)
        self.setMinimumWidth(600)

    def _fill_programs(self, year: int) -> None:
        programs = self.service.programs()
        for program in programs:
            text = f"{program.fiscal_year} · {label(program.kind)} · {program.name}"
            self.program.addItem(text, program.id)
        this_year = [i for i, p in enumerate(programs) if p.fiscal_year == year]
        self.program.setCurrentIndex(this_year[0] if this_year else len(programs) - 1)

    def _connect(self) -> None:
        self.team.team_changed.connect(self._team_chosen)
        self.program.currentIndexChanged.connect(self.check)
        self.purpose.textChanged.connect(self.check)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self.check)
        for spin in (self.city, self.district, self.copayment):
            spin.valueChanged.connect(self.check)

    def _team_chosen(self, team_id: int | None) -> None:
        if team_id is not None and not self.holder.text().strip():
            self.holder.setText(self.team.text().rsplit(" (", 1)[0])
        self.check()

    def program_id(self) -> int | None:
        value = self.program.currentData()
        return int(value) if value is not None else None

    def draft(self) -> AgreementDraft | None:
        """The agreement as typed; None while a team, a program, a date or an amount is
        missing or mistyped."""
        team, program = self.team.team_id(), self.program_id()
        start, end = self.start.date(), self.end.date()
        city, district, copayment = self.city.value(), self.district.value(), self.copayment.value()
        if team is None or program is None or start is None or end is None:
            return None
        if city is None or district is None or copayment is None:
            return None
        return AgreementDraft(
            team,
            program,
            self.purpose.toPlainText(),
            start,
            end,
            city,
            district,
            copayment,
            self.bank.text(),
            self.account.text(),
            self.holder.text(),
        )

    def limits(self) -> AgreementLimits | None:
        team, program = self.team.team_id(), self.program_id()
        if team is None or program is None:
            return None
        key = (program, team)
        if key not in self._limits:
            self._limits[key] = self.service.limits(program, team)
        return self._limits[key]

    def check(self) -> None:
        """Show the program's limits and the service's verdict on the agreement as typed."""
        self.limits_text.setText(self._limits_html())
        if self.refuse_fields():
            return
        draft = self.draft()
        problem = None
        if draft is not None:
            problem = problem_of(lambda: self.service.check_agreement(draft))
        hint = self._missing()
        if problem is not None:
            self.show_problem(problem)
        else:
            self.show_problem(hint, hint=True)
        self.ok_button().setEnabled(draft is not None and problem is None and hint is None)

    def _missing(self) -> str | None:
        if (missing := self.team.missing()) is not None:
            return missing
        if self.program_id() is None:
            return self.tr("Add a grant program first.")
        if not self.purpose.toPlainText().strip():
            return self.tr("Enter the purpose.")
        return None

    def _limits_html(self) -> str:
        city, district = amount_of(self.city), amount_of(self.district)
        grant = city + district
        total = grant + amount_of(self.copayment)
        money = self.tr("Total cost {0} · grant {1}").format(won(total), amount_for_document(grant))
        limits = self.limits()
        if limits is None:
            return money
        city_after = limits.city_left - city
        district_after = limits.district_left - district
        lines = [
            self.tr(
                "City budget left {0} (after this {1}) · district left {2} (after this {3})"
            ).format(
                won(limits.city_left),
                won(city_after),
                won(limits.district_left),
                won(district_after),
            ),
            self.tr("Cap per team {0}").format(won(limits.cap_per_team)),
            self.tr(
                "Support no. {0} of this team: co-payment at least {1}% of the total cost, "
                "{2} for this grant"
            ).format(
                limits.support_number,
                limits.copay_percent,
                won(required_copayment(grant, limits.copay_percent)),
            ),
            money,
        ]
        return "<br>".join(lines)

    def submit(self) -> None:
        draft = self.draft()
        if draft is None:
            return
        service = self.service
        self.run_edit(
            self.tr("New agreement"),
            lambda: self._create(draft),
            undo=lambda made: service.discard_draft(made.id),
            redo=lambda made: service.recreate_draft(draft, made.number),
        )

    def _create(self, draft: AgreementDraft) -> AgreementRecord:
        self.created = self.service.create_agreement(draft)
        return self.created
