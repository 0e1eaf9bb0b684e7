"""Application dialogs: submit an application, review it, allocate space from it.

Each runs its edit on OK with an undo step; a refusal is shown inline and the dialog
stays open. The allocate dialog checks seats and dates as the user changes them.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from hubdesk.domain.enums import ApplicationStatus
from hubdesk.domain.periods import one_year_from
from hubdesk.domain.records import ApplicationRecord, SpaceRecord
from hubdesk.gui.common.editing import (
    OperationDialog,
    SpaceCombo,
    date_edit,
    problem_of,
)
from hubdesk.gui.common.team_picker import TeamPicker
from hubdesk.gui.context import PageContext
from hubdesk.gui.text.labels import label
from hubdesk.services.spaces.applications import REVIEW_DECISIONS, ApplicationService
from hubdesk.services.spaces.spaces import LETTABLE_KINDS, SpaceService

FITTING_TRIED = 60  # spaces tried for a free one when the dialog opens


def application_summary(app: ApplicationRecord) -> str:
    """``team · Open desk · 2`` as a one-line caption."""
    return f"{app.team_name} · {label(app.space_kind)} · {app.seats}"


class ApplicationDialog(OperationDialog):
    """A team applies for space: the kind of space, seats, the day it applied."""

    def __init__(
        self, context: PageContext, parent: QWidget | None = None, team_id: int | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Submit an application"))
        self.service = ApplicationService(context.db, context.actor)
        self.team = TeamPicker(context)
        self.kind = QComboBox()
        for kind in LETTABLE_KINDS:
            self.kind.addItem(label(kind), kind)
        self.seats = QSpinBox()
        self.seats.setRange(1, 1000)
        self.submitted_on = date_edit(context.today(), context)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(60)
        self.form.addRow(self.tr("Team"), self.team)
        self.form.addRow(self.tr("Space wanted"), self.kind)
        self.form.addRow(self.tr("Seats"), self.seats)
        self.form.addRow(self.tr("Submitted on"), self.submitted_on)
        self.form.addRow(self.tr("Note"), self.note)
        self.finish_layout()
        self.setMinimumWidth(460)
        if team_id is not None:
            self.team.set_team(team_id)
        self.team.team_changed.connect(self.check)
        self.submitted_on.dateChanged.connect(self.check)
        self.check()

    def check(self) -> None:
        if self.refuse_fields():
            return
        self.ok_button().setEnabled(self.team.team_id() is not None)
        self.show_problem(self.team.missing(), hint=True)

    def submit(self) -> None:
        team, submitted_on = self.team.team_id(), self.submitted_on.date()
        if team is None or submitted_on is None:
            return
        kind, seats, note = self.kind.currentData(), self.seats.value(), self.note.toPlainText()
        self.run_edit(
            self.tr("Submit the application of {0}").format(self.team.text()),
            lambda: self.service.submit(team, kind, seats, submitted_on, note),
            undo=lambda done: self.service.withdraw(done.id),
            redo=lambda done: self.service.unwithdraw(done.id, ApplicationStatus.SUBMITTED),
        )


class ReviewDialog(OperationDialog):
    """Score an application (0–100) and select, wait-list or reject it."""

    def __init__(
        self, context: PageContext, application_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Review an application"))
        self.service = ApplicationService(context.db, context.actor)
        self.application = self.service.application(application_id)
        self.score = QSpinBox()
        self.score.setRange(0, 100)
        self.score.setValue(self.application.review_score or 0)
        self.reviewed_on = date_edit(context.today(), context)
        self.decisions = QButtonGroup(self)
        row = QHBoxLayout()
        for index, decision in enumerate(REVIEW_DECISIONS):
            button = QRadioButton(label(decision))
            button.setObjectName(decision.value)
            self.decisions.addButton(button, index)
            row.addWidget(button)
        current = self.application.status
        chosen = REVIEW_DECISIONS.index(current) if current in REVIEW_DECISIONS else 1
        self.decisions.button(chosen).setChecked(True)
        app = self.application
        self.form.addRow(self.tr("Application"), QLabel(application_summary(app)))
        self.form.addRow(self.tr("Submitted on"), QLabel(str(app.submitted_on)))
        if app.note:
            note = QLabel(app.note)
            note.setWordWrap(True)
            self.form.addRow(self.tr("Note"), note)
        self.form.addRow(self.tr("Score"), self.score)
        self.form.addRow(self.tr("Decision"), row)
        self.form.addRow(self.tr("Reviewed on"), self.reviewed_on)
        self.finish_layout()
        self.setMinimumWidth(460)
        self.reviewed_on.dateChanged.connect(self.check)
        self.check()

    def decision(self) -> ApplicationStatus:
        return REVIEW_DECISIONS[self.decisions.checkedId()]

    def submit(self) -> None:
        before = self.application
        score, decision = self.score.value(), self.decision()
        reviewed_on = self.reviewed_on.date()
        if reviewed_on is None:
            return
        self.run_edit(
            self.tr("Review the application of {0}").format(before.team_name),
            lambda: self.service.review(before.id, score, decision, reviewed_on),
            undo=lambda done: self.service.reset_review(
                done.id, before.status, before.review_score, before.reviewed_on
            ),
        )


class AllocateApplicationDialog(OperationDialog):
    """Give a selected or wait-listed applicant a space; a clash shows before OK."""

    def __init__(
        self,
        context: PageContext,
        application_id: int,
        parent: QWidget | None = None,
        space_id: int | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Allocate space to an application"))
        self.service = ApplicationService(context.db, context.actor)
        self.spaces = SpaceService(context.db, context.actor)
        self.application = self.service.application(application_id)
        wanted = self.application.space_kind
        spaces = sorted(self.spaces.lettable_spaces(), key=lambda s: (s.kind != wanted, s.code))
        self.space = SpaceCombo(spaces)
        today = context.today()
        self.start = date_edit(today, context)
        self.end = date_edit(one_year_from(today), context)
        self._start_was = today
        app = self.application
        status = label(app.status)
        if app.review_score is not None:
            status = self.tr("{0}, score {1}").format(status, app.review_score)
        self.form.addRow(self.tr("Application"), QLabel(application_summary(app)))
        self.form.addRow(self.tr("Status"), QLabel(status))
        self.form.addRow(self.tr("Space"), self.space)
        self.form.addRow(self.tr("Start"), self.start)
        self.form.addRow(self.tr("End"), self.end)
        self.finish_layout()
        self.setMinimumWidth(500)
        self.space.select(space_id if space_id is not None else self._first_fitting(spaces))
        self.space.currentIndexChanged.connect(self.check)
        self.start.dateChanged.connect(self._start_moved)
        self.end.dateChanged.connect(self.check)
        self.check()

    def _first_fitting(self, spaces: list[SpaceRecord]) -> int:
        """The first space of the wanted kind with room from today (or simply the first)."""
        app, start, end = self.application, self.context.today(), one_year_from(self._start_was)
        wanted = [s for s in spaces if s.kind == app.space_kind][:FITTING_TRIED]
        for space in wanted:
            check = partial(self.spaces.check_allocation, space.id, app.seats, start, end)
            if problem_of(check) is None:
                return space.id
        return spaces[0].id if spaces else -1

    def _start_moved(self) -> None:
        start = self.start.date()
        if start is not None:
            if self.end.date() == one_year_from(self._start_was):
                self.end.setDate(one_year_from(start))
            self._start_was = start
        self.check()

    def check(self) -> None:
        if self.refuse_fields():
            return
        space = self.space.space_id()
        seats, start, end = self.application.seats, self.start.date(), self.end.date()
        problem = None
        if space is not None and start is not None and end is not None:
            problem = problem_of(lambda: self.spaces.check_allocation(space, seats, start, end))
        self.show_problem(problem)
        self.ok_button().setEnabled(space is not None and problem is None)

    def submit(self) -> None:
        space = self.space.space()
        if space is None:
            return
        app, start, end = self.application, self.start.date(), self.end.date()
        if start is None or end is None:
            return
        self.run_edit(
            self.tr("Allocate {0} to {1}").format(space.code, app.team_name),
            lambda: self.service.allocate(app.id, space.id, start, end),
            undo=lambda _done: self.service.unallocate(app.id, app.status),
            redo=lambda done: self.service.reallocate(app.id, done.id),
        )
