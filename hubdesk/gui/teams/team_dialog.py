"""Add or edit a team; close or archive one on a date.

The team dialog checks what the user types as they type (required fields, the
business number's length and check digit, the e-mail) and keeps OK disabled while
something is wrong. On OK it runs the change itself through ``context.ops`` with
an undo step; when the service refuses, the dialog stays open and says why.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.brn import BusinessNumber, checked_brn, parse_brn
from hubdesk.domain.enums import TeamKind, TeamStatus
from hubdesk.domain.errors import BusinessNumberChecksum, InvalidBusinessNumber
from hubdesk.domain.records import TeamRecord
from hubdesk.gui.common.editing import (
    PROBLEM_STYLE,
    GuardedDialog,
    date_edit,
    ok_cancel,
    problem_label,
)
from hubdesk.gui.context import PageContext
from hubdesk.gui.text.labels import label
from hubdesk.gui.text.messages import describe
from hubdesk.services.people.teams import (
    LIMITS,
    TeamDraft,
    TeamService,
    check_digit_confirmed,
    draft_of,
)

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
EDITABLE_STATUSES = (TeamStatus.OPERATING, TeamStatus.DORMANT)
MAX_EMPLOYEES = 100_000
WARNING_STYLE = "color: #8a5a00;"


def show_note(note: QLabel, text: str) -> None:
    note.setText(text)
    note.setVisible(bool(text))


class AddTeamSteps:
    """Add a team; undo deletes it, redo brings it back under the same id."""

    def __init__(self, service: TeamService, draft: TeamDraft, confirm: bool) -> None:
        self._service, self._draft, self._confirm = service, draft, confirm
        self._removed: TeamRecord | None = None

    def do(self) -> TeamRecord:
        return self._service.add(self._draft, confirm_check_digit=self._confirm)

    def undo(self, added: TeamRecord) -> None:
        self._removed = self._service.delete(added.id)

    def redo(self, added: TeamRecord) -> TeamRecord:
        return self._service.restore(self._removed or added)


class EditTeamSteps:
    """Save an edit; undo puts the old values back. Each step checks the version it saw."""

    def __init__(
        self, service: TeamService, before: TeamRecord, after: TeamDraft, confirm: bool
    ) -> None:
        self._service, self._before, self._after, self._confirm = service, before, after, confirm
        self._version = before.version

    def do(self) -> TeamRecord:
        return self._save(self._after, self._confirm)

    def undo(self, _saved: TeamRecord) -> TeamRecord:
        return self._save(draft_of(self._before), check_digit_confirmed(self._before.brn))

    def redo(self, _saved: TeamRecord) -> TeamRecord:
        return self.do()

    def _save(self, draft: TeamDraft, confirm: bool) -> TeamRecord:
        saved = self._service.update(
            self._before.id, draft, version=self._version, confirm_check_digit=confirm
        )
        self._version = saved.version
        return saved


class TeamDialog(GuardedDialog):
    """Add a team (``team`` None) or edit one. ``saved`` carries the stored record."""

    saved = Signal(object)

    def __init__(
        self, context: PageContext, parent: QWidget | None = None, team: TeamRecord | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.team = context, team
        self.service = TeamService(context.db, context.actor)
        self.setWindowTitle(self.tr("Edit team") if team else self.tr("New team"))
        self.setMinimumWidth(480)
        self._make_fields()
        self._build()
        if team is not None:
            self._fill(team)
        self._connect()
        self.validate()

    # --- building -------------------------------------------------------------

    def _make_fields(self) -> None:
        self.name = QLineEdit()
        self.kind = QComboBox()
        for kind in TeamKind:
            self.kind.addItem(label(kind), kind)
        self.status = QComboBox()
        for status in EDITABLE_STATUSES:
            self.status.addItem(label(status), status)
        self.representative = QLineEdit()
        self.brn = QLineEdit()
        self.brn.setPlaceholderText("123-45-67890")
        self.confirm_check_digit = QCheckBox(self.tr("I checked the number on the certificate"))
        self.confirm_check_digit.hide()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.address = QLineEdit()
        self.founded_on = date_edit(None, self.context, optional=True)
        self.founded_on.setPlaceholderText(self.tr("Not known"))
        self.employees = QSpinBox()
        self.employees.setRange(0, MAX_EMPLOYEES)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        self.name_note, self.representative_note = problem_label(), problem_label()
        self.brn_note, self.email_note = problem_label(), problem_label()
        self.address_note = problem_label()
        self.founded_note = problem_label()
        self.error = problem_label()
        self.error.setObjectName("teamDialogError")
        self.buttons = ok_cancel(self.accept, self.reject)

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Name"), self._stacked(self.name, self.name_note))
        form.addRow(self.tr("Kind"), self.kind)
        if self.team is not None:
            form.addRow(self.tr("Status"), self.status)
        form.addRow(
            self.tr("Representative"), self._stacked(self.representative, self.representative_note)
        )
        form.addRow(
            self.tr("Business number"),
            self._stacked(self.brn, self.brn_note, self.confirm_check_digit),
        )
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("E-mail"), self._stacked(self.email, self.email_note))
        form.addRow(self.tr("Address"), self._stacked(self.address, self.address_note))
        founded = QHBoxLayout()
        founded.addWidget(self.founded_on)
        founded.addStretch(1)
        form.addRow(self.tr("Founded on"), self._stacked(self._row(founded), self.founded_note))
        form.addRow(self.tr("Employees"), self.employees)
        form.addRow(self.tr("Description"), self.description)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    @staticmethod
    def _row(layout: QHBoxLayout) -> QWidget:
        box = QWidget()
        layout.setContentsMargins(0, 0, 0, 0)
        box.setLayout(layout)
        return box

    @staticmethod
    def _stacked(*widgets: QWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for widget in widgets:
            column.addWidget(widget)
        return box

    def _fill(self, team: TeamRecord) -> None:
        self.name.setText(team.name)
        self.kind.setCurrentIndex(self.kind.findData(team.kind))
        if team.status not in EDITABLE_STATUSES:  # closed or archived: Reopen changes that
            self.status.addItem(label(team.status), team.status)
            self.status.setEnabled(False)
        self.status.setCurrentIndex(self.status.findData(team.status))
        self.representative.setText(team.representative)
        self.brn.setText(parse_brn(team.brn).formatted if team.brn else "")
        self.confirm_check_digit.setChecked(check_digit_confirmed(team.brn))
        self.phone.setText(team.phone or "")
        self.email.setText(team.email or "")
        self.address.setText(team.address or "")
        self.founded_on.setDate(team.founded_on)
        self.employees.setValue(team.employees)
        self.description.setPlainText(team.description)

    def _connect(self) -> None:
        for edit in (self.name, self.representative, self.brn, self.email, self.address):
            edit.textChanged.connect(self.validate)
        self.confirm_check_digit.toggled.connect(self.validate)
        self.founded_on.dateChanged.connect(self.validate)
        self.founded_on.refusalChanged.connect(self.validate)

    # --- checking as the user types -------------------------------------------

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def validate(self) -> bool:
        """Show what is wrong under each field; OK is enabled only when nothing is."""
        name, representative = self._text_problem("name"), self._text_problem("representative")
        show_note(self.name_note, name)
        show_note(self.representative_note, representative)
        email = self.email.text().strip()
        bad_email = bool(email) and not EMAIL.match(email)
        email_problem = self._length_problem("email", email) or (
            self.tr("This is not an e-mail address.") if bad_email else ""
        )
        show_note(self.email_note, email_problem)
        address = self._length_problem("address", self.address.text().strip())
        show_note(self.address_note, address)
        brn_ok = self._check_brn()
        founded_ok = self.founded_on.refusal() is None
        self.founded_note.setStyleSheet(PROBLEM_STYLE if self.founded_on.refusal_shown() else "")
        show_note(self.founded_note, self.founded_on.refusal_text())
        problems = name or representative or email_problem or address
        valid = not problems and brn_ok and founded_ok
        self.ok_button.setEnabled(valid)
        return valid

    def _text_problem(self, field: str) -> str:
        """Required text: empty, or longer than the team's column takes."""
        edit: QLineEdit = getattr(self, field)
        text = edit.text().strip()
        return self._length_problem(field, text) if text else self.tr("Required.")

    def _length_problem(self, field: str, text: str) -> str:
        if len(text) <= LIMITS[field]:
            return ""
        return self.tr("At most {0} characters (now {1}).").format(LIMITS[field], len(text))

    def _check_brn(self) -> bool:
        """A wrong check digit is a warning: fine once the user ticked the box."""
        number = self._business_number()
        if isinstance(number, InvalidBusinessNumber):
            self.confirm_check_digit.hide()
            self.brn_note.setStyleSheet(PROBLEM_STYLE)
            show_note(self.brn_note, describe(number))
            return False
        if number is None or number.check_digit_ok:
            self.confirm_check_digit.hide()
            show_note(self.brn_note, "")
            return True
        self.brn_note.setStyleSheet(WARNING_STYLE)
        warning = BusinessNumberChecksum(
            value=number.formatted, actual=number.digits[9], expected=number.expected_check_digit
        )
        show_note(self.brn_note, describe(warning))
        self.confirm_check_digit.show()
        return self.confirm_check_digit.isChecked()

    def _business_number(self) -> BusinessNumber | InvalidBusinessNumber | None:
        text = self.brn.text().strip()
        if not text:
            return None
        try:
            return checked_brn(text)
        except InvalidBusinessNumber as error:
            return error

    # --- saving -----------------------------------------------------------------

    def draft(self) -> TeamDraft:
        number = self._business_number()
        return TeamDraft(
            name=self.name.text(),
            kind=TeamKind(self.kind.currentData()),
            representative=self.representative.text(),
            brn=number.digits if isinstance(number, BusinessNumber) else None,
            phone=self.phone.text(),
            email=self.email.text(),
            address=self.address.text(),
            founded_on=self.founded_on.date(),
            employees=self.employees.value(),
            description=self.description.toPlainText(),
            status=TeamStatus(self.status.currentData()),
        )

    def accept(self) -> None:
        if not self.validate():
            return
        draft = self.draft()
        number = self._business_number()
        wrong_digit = isinstance(number, BusinessNumber) and not number.check_digit_ok
        confirm = wrong_digit and self.confirm_check_digit.isChecked()
        if self.team is None:
            add = AddTeamSteps(self.service, draft, confirm)
            text = self.tr("Add team {0}").format(draft.name.strip())
            saved = self.context.ops.run(text, add.do, undo=add.undo, redo=add.redo)
        else:
            edit = EditTeamSteps(self.service, self.team, draft, confirm)
            text = self.tr("Edit team {0}").format(draft.name.strip())
            saved = self.context.ops.run(text, edit.do, undo=edit.undo, redo=edit.redo)
        if saved is None:
            show_note(self.error, self.context.ops.last_error or "")
            return
        show_note(self.error, "")
        self.saved.emit(saved)
        super().accept()


class CloseTeamDialog(GuardedDialog):
    """Ask on which day a team closed (폐업·해산) or is archived."""

    def __init__(
        self, team_name: str, archive: bool, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.archive = archive
        self.setWindowTitle(self.tr("Archive team") if archive else self.tr("Close team"))
        explanation = (
            self.tr("{0} is archived: it stays on record with its history.")
            if archive
            else self.tr("{0} closed (business closed or dissolved). It stays on record.")
        )
        self.explanation = QLabel(explanation.format(team_name))
        self.explanation.setWordWrap(True)
        self.day = date_edit(today)
        self.problem = problem_label()
        self.buttons = ok_cancel(self.accept, self.reject)
        form = QFormLayout(self)
        form.addRow(self.explanation)
        form.addRow(self.tr("Archived on") if archive else self.tr("Closed on"), self.day)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.day.dateChanged.connect(self._check)
        self.day.refusalChanged.connect(self._check)

    def _check(self) -> None:
        """OK only with a day typed in full; a mistyped one is named under it."""
        show_note(self.problem, self.day.refusal_text())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.day.date() is not None
        )

    def chosen_day(self) -> date:
        day = self.day.date()
        assert day is not None, "OK waits for a day typed in full"
        return day

    def accept(self) -> None:
        if self.day.date() is not None:
            super().accept()
