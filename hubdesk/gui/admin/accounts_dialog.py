"""Staff accounts (administrators) and changing one's own password (everyone).

Account changes are not on the undo stack: a password or a role is set on purpose,
and the audit trail records each change.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hubdesk.domain.enums import StaffRole
from hubdesk.domain.errors import HubDeskError
from hubdesk.domain.records import Actor
from hubdesk.gui.common.editing import GuardedDialog, ok_cancel, password_edit, problem_label
from hubdesk.gui.text.labels import label
from hubdesk.gui.text.messages import describe
from hubdesk.services.people.accounts import AccountRecord, AccountService
from hubdesk.storage import Database


class _FormDialog(GuardedDialog):
    """A form whose OK runs ``submit``; a refusal is shown inline and the dialog stays."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.problem = problem_label()
        self.buttons = ok_cancel(self.accept, self.reject)
        self.setMinimumWidth(420)

    def finish_form(self) -> None:
        self.form.addRow(self.problem)
        self.form.addRow(self.buttons)

    def local_problem(self) -> str | None:
        """A problem found without the service (two passwords that differ)."""
        return None

    def submit(self) -> None:
        raise NotImplementedError

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def accept(self) -> None:
        problem = self.local_problem()
        if problem is not None:
            self.show_problem(problem)
            return
        try:
            self.submit()
        except HubDeskError as error:
            self.show_problem(describe(error))
            return
        super().accept()


class ChangePasswordDialog(_FormDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change my password"), parent)
        self.service = AccountService(db, actor)
        self.old, self.new, self.repeat = password_edit(), password_edit(), password_edit()
        self.form.addRow(self.tr("Current password"), self.old)
        self.form.addRow(self.tr("New password"), self.new)
        self.form.addRow(self.tr("New password again"), self.repeat)
        self.finish_form()

    def local_problem(self) -> str | None:
        if self.new.text() != self.repeat.text():
            return self.tr("The two new passwords differ.")
        return None

    def submit(self) -> None:
        self.service.change_own_password(self.old.text(), self.new.text())


class AccountDialog(_FormDialog):
    """A new account, or a new password for an existing one."""

    def __init__(
        self, service: AccountService, account: AccountRecord | None, parent: QWidget | None
    ) -> None:
        title = self.tr("New staff account") if account is None else self.tr("Reset password")
        super().__init__(title, parent)
        self.service, self.account = service, account
        self.username, self.display_name = QLineEdit(), QLineEdit()
        self.role = QComboBox()
        for role in StaffRole:
            self.role.addItem(label(role), role)
        self.password, self.repeat = password_edit(), password_edit()
        if account is None:
            self.form.addRow(self.tr("Username"), self.username)
            self.form.addRow(self.tr("Name"), self.display_name)
            self.form.addRow(self.tr("Role"), self.role)
        else:
            self.form.addRow(QLabel(f"{account.display_name} ({account.username})"))
        self.form.addRow(self.tr("Password"), self.password)
        self.form.addRow(self.tr("Password again"), self.repeat)
        self.finish_form()

    def local_problem(self) -> str | None:
        if self.password.text() != self.repeat.text():
            return self.tr("The two passwords differ.")
        return None

    def submit(self) -> None:
        if self.account is None:
            self.service.add(
                self.username.text(),
                self.display_name.text(),
                StaffRole(self.role.currentData()),
                self.password.text(),
            )
        else:
            self.service.reset_password(self.account.id, self.password.text())


class AccountsDialog(QDialog):
    """Every staff account with its role and state; add, change role, (de)activate,
    reset a password, unlock."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = AccountService(db, actor)
        self.accounts: list[AccountRecord] = []
        self.setWindowTitle(self.tr("Staff accounts"))
        self.setMinimumSize(760, 380)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Username"),
                self.tr("Role"),
                self.tr("State"),
                self.tr("Password"),
            ]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.role = QComboBox()
        for role in StaffRole:
            self.role.addItem(label(role), role)
        self.problem = problem_label()
        self.problem.show()  # always in place: its text is set and cleared
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("New account…"), self._add),
            (self.tr("Set role"), self._set_role),
            (self.tr("Activate / deactivate"), self._toggle_active),
            (self.tr("Reset password…"), self._reset_password),
            (self.tr("Unlock"), self._unlock),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.insertWidget(2, self.role)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        layout.addWidget(close)
        self.fill()

    def fill(self) -> None:
        self.accounts = self.service.accounts()
        self.table.setRowCount(len(self.accounts))
        now = datetime.now()
        for row, account in enumerate(self.accounts):
            cells = [
                account.display_name,
                account.username,
                label(account.role),
                self._state(account, now),
                "" if account.has_password else self.tr("no password yet"),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)

    def _state(self, account: AccountRecord, now: datetime) -> str:
        if not account.active:
            return self.tr("Inactive")
        if account.locked_until is not None and account.locked_until > now:
            return self.tr("Locked until {0}").format(account.locked_until.strftime("%H:%M"))
        return self.tr("Active")

    def selected(self) -> AccountRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.accounts[rows[0].row()] if rows else None

    def _run(self, change: Callable[[AccountRecord], object]) -> None:
        account = self.selected()
        if account is None:
            self.problem.setText(self.tr("Choose an account first."))
            return
        try:
            change(account)
        except HubDeskError as error:
            self.problem.setText(describe(error))
            return
        self.problem.clear()
        self.fill()

    def _add(self) -> None:
        if AccountDialog(self.service, None, self).exec():
            self.fill()

    def _set_role(self) -> None:
        self._run(lambda a: self.service.set_role(a.id, StaffRole(self.role.currentData())))

    def _toggle_active(self) -> None:
        self._run(lambda a: self.service.set_active(a.id, not a.active))

    def _reset_password(self) -> None:
        self._run(lambda a: AccountDialog(self.service, a, self).exec())

    def _unlock(self) -> None:
        self._run(lambda a: self.service.unlock(a.id))
