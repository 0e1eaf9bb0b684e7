"""Signing in at start, and creating the first administrator of a new file."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from hubdesk.domain.errors import HubDeskError
from hubdesk.domain.records import Actor
from hubdesk.gui.common.editing import ok_cancel, password_edit, problem_label
from hubdesk.gui.text.messages import describe
from hubdesk.services.people.accounts import MIN_PASSWORD, create_first_administrator, sign_in
from hubdesk.storage import Database


class SignInDialog(QDialog):
    """Username and password; a refusal (wrong password, locked) is shown inline."""

    def __init__(self, db: Database, file_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in to HubDesk"))
        self.username = QLineEdit()
        self.password = password_edit()
        self.problem = problem_label()
        self.buttons = ok_cancel(self.accept, self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(file_label))
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.setMinimumWidth(380)

    def accept(self) -> None:
        try:
            self.actor = sign_in(self.db, self.username.text(), self.password.text())
        except HubDeskError as error:
            self.problem.setText(describe(error))
            self.problem.show()
            self.password.clear()
            self.password.setFocus()
            return
        super().accept()


class FirstAdministratorDialog(QDialog):
    """A new file has no accounts yet: the person setting it up becomes its administrator."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Create the first administrator"))
        intro = QLabel(
            self.tr(
                "This file has no staff accounts yet. Create the administrator account: "
                "it can add the other staff members and manage the hub settings."
            )
        )
        intro.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("lower-case latin letters, e.g. jisu.han"))
        self.display_name = QLineEdit()
        self.password = password_edit()
        self.password.setPlaceholderText(self.tr("at least %n characters", "", MIN_PASSWORD))
        self.repeat = password_edit()
        self.problem = problem_label()
        self.buttons = ok_cancel(self.accept, self.reject)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Name"), self.display_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.repeat)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.setMinimumWidth(440)

    def accept(self) -> None:
        if self.password.text() != self.repeat.text():
            self._show(self.tr("The two passwords differ."))
            return
        try:
            self.actor = create_first_administrator(
                self.db, self.username.text(), self.display_name.text(), self.password.text()
            )
        except HubDeskError as error:
            self._show(describe(error))
            return
        super().accept()

    def _show(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
