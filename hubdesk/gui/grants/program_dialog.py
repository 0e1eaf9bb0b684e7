"""Add or edit a grant program: year, kind, budgets per source, cap per team, co-payment
ratios by support count, the monthly wage cap of staff programs, eligible expenses.

The service checks the draft as the user types (``GrantService.check_program``): an
edit that would leave a stored agreement above the new budget or cap, or below the
new co-payment ratio, is shown inline with OK disabled.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from hubdesk.domain.enums import GrantKind
from hubdesk.gui.common.editing import OperationDialog, problem_of
from hubdesk.gui.common.won_edit import WonEdit
from hubdesk.gui.context import PageContext
from hubdesk.gui.text.labels import label
from hubdesk.services.grants.agreements import (
    GrantService,
    ProgramDraft,
    ProgramVersion,
    program_draft_of,
)

DEFAULT_CAP = 10_000_000  # what the district's development-cost programs allow a team
MAX_BUDGET = 10**13  # 10조 won: far beyond any program, still a typing slip caught
MAX_WAGE_CAP = 2_000_000_000


def parse_percents(text: str) -> tuple[int, ...] | None:
    """``"10, 20, 30"`` → ``(10, 20, 30)``; None when a part is not a whole number."""
    parts = [part.removesuffix("%") for part in re.split(r"[,\s/]+", text.strip()) if part]
    if not parts or not all(part.isdigit() for part in parts):
        return None
    return tuple(int(part) for part in parts)


def parse_categories(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


class EditProgramSteps:
    """Save an edit; undo puts the old values back. Each step names the version it saw."""

    def __init__(self, service: GrantService, before: ProgramVersion, after: ProgramDraft):
        self._service, self._before, self._after = service, before, after
        self._version = before.version

    def do(self) -> ProgramVersion:
        return self._save(self._after)

    def undo(self, _saved: ProgramVersion) -> ProgramVersion:
        return self._save(program_draft_of(self._before.program))

    def redo(self, _saved: ProgramVersion) -> ProgramVersion:
        return self.do()

    def _save(self, draft: ProgramDraft) -> ProgramVersion:
        saved = self._service.update_program(self._before.program.id, draft, version=self._version)
        self._version = saved.version
        return saved


class ProgramDialog(OperationDialog):
    """New program (``program_id`` None) or an edit of one."""

    def __init__(
        self, context: PageContext, parent: QWidget | None = None, program_id: int | None = None
    ) -> None:
        super().__init__(context, parent)
        self.service = GrantService(context.db, context.actor)
        self.before = self.service.program_version(program_id) if program_id else None
        self.setWindowTitle(self.tr("Edit program") if self.before else self.tr("New program"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(context.today().year)
        self.kind = QComboBox()
        for kind in GrantKind:
            self.kind.addItem(label(kind), kind)
        self.name = QLineEdit()
        self.city = WonEdit(0, maximum=MAX_BUDGET)
        self.district = WonEdit(0, maximum=MAX_BUDGET)
        self.cap = WonEdit(DEFAULT_CAP, maximum=MAX_BUDGET)
        self.percents = QLineEdit("10, 20, 30")
        self.percents.setToolTip(
            self.tr(
                "Co-payment percent of the total cost for a team's 1st, 2nd, 3rd … support; "
                "the last one holds for every later support."
            )
        )
        self.wage_cap = WonEdit(2_000_000, maximum=MAX_WAGE_CAP)
        self.categories = QLineEdit()
        self.categories.setPlaceholderText(self.tr("e.g. 재료비, 홍보비, 외주용역비"))
        self._build()
        if self.before is not None:
            self._load(self.before)
        self._connect()
        self.check()

    def _build(self) -> None:
        self.name.setPlaceholderText(self.tr("e.g. 2026년 사회적경제기업 사업개발비 지원사업"))
        self.form.addRow(self.tr("Fiscal year"), self.year)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("City budget (won)"), self.city.with_words())
        self.form.addRow(self.tr("District budget (won)"), self.district.with_words())
        self.form.addRow(self.tr("Cap per team (won)"), self.cap.with_words())
        self.form.addRow(self.tr("Co-payment % by support"), self.percents)
        self.form.addRow(self.tr("Monthly wage cap (won)"), self.wage_cap.with_words())
        self.form.addRow(self.tr("Eligible expenses"), self.categories)
        self.finish_layout()
        self.setMinimumWidth(520)

    def _load(self, saved: ProgramVersion) -> None:
        program = saved.program
        self.year.setValue(program.fiscal_year)
        self.kind.setCurrentIndex(self.kind.findData(program.kind))
        self.name.setText(program.name)
        self.city.setValue(program.city_budget)
        self.district.setValue(program.district_budget)
        self.cap.setValue(program.cap_per_team)
        self.percents.setText(", ".join(str(p) for p in program.copay_percents))
        if program.monthly_wage_cap is not None:
            self.wage_cap.setValue(program.monthly_wage_cap)
        self.categories.setText(", ".join(program.eligible_categories))

    def _connect(self) -> None:
        self.year.valueChanged.connect(self.check)
        self.kind.currentIndexChanged.connect(self.check)
        for edit in (self.name, self.percents, self.categories):
            edit.textChanged.connect(self.check)
        for money in (self.city, self.district, self.cap, self.wage_cap):
            money.valueChanged.connect(self.check)

    def is_staff(self) -> bool:
        return bool(self.kind.currentData() == GrantKind.STAFF)

    def draft(self) -> ProgramDraft | None:
        """The program as typed; None while the percents or an amount are mistyped."""
        percents = parse_percents(self.percents.text())
        city, district, cap = self.city.value(), self.district.value(), self.cap.value()
        wage_cap = self.wage_cap.value() if self.is_staff() else None
        if percents is None or city is None or district is None or cap is None:
            return None
        if self.is_staff() and wage_cap is None:
            return None
        return ProgramDraft(
            self.year.value(),
            GrantKind(self.kind.currentData()),
            self.name.text(),
            city,
            district,
            cap,
            percents,
            wage_cap,
            parse_categories(self.categories.text()),
        )

    def check(self) -> None:
        self.wage_cap.setEnabled(self.is_staff())
        if self.refuse_fields():
            return
        draft = self.draft()
        if draft is None:
            self.show_problem(
                self.tr("Co-payment: enter whole percents separated by commas, e.g. 10, 20, 30.")
            )
            self.ok_button().setEnabled(False)
            return
        program_id = self.before.program.id if self.before else None
        problem = problem_of(lambda: self.service.check_program(draft, program_id))
        hint = None if self.name.text().strip() else self.tr("Enter the program's name.")
        if problem is not None:
            self.show_problem(problem)
        else:
            self.show_problem(hint, hint=True)
        self.ok_button().setEnabled(problem is None and hint is None)

    def submit(self) -> None:
        draft = self.draft()
        if draft is None:
            return
        service = self.service
        if self.before is None:
            self.run_edit(
                self.tr("New program {0}").format(draft.name),
                lambda: service.add_program(draft),
                undo=lambda added: service.discard_program(added.id),
            )
            return
        steps = EditProgramSteps(service, self.before, draft)
        self.run_edit(
            self.tr("Edit program {0}").format(draft.name),
            steps.do,
            undo=steps.undo,
            redo=steps.redo,
        )
