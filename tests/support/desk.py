"""A Desk (the application's file owner) whose sign-in is answered by the test."""

from __future__ import annotations

from hubdesk.domain.records import Actor
from hubdesk.gui.app import Desk
from hubdesk.gui.ui_settings import UiSettings
from hubdesk.services.people.accounts import (
    create_first_administrator,
    needs_first_administrator,
    sign_in,
)
from hubdesk.storage import Database

PASSWORD = "금천허브-2026"


def pytest_fail(message: str) -> None:
    raise AssertionError(message)


def signed_in(db: Database) -> Actor:
    """Answer the sign-in: create the first administrator of a new file, or sign in."""
    if needs_first_administrator(db):
        return create_first_administrator(db, "jisu", "한지수", PASSWORD)
    return sign_in(db, "jisu", PASSWORD)


def make_desk(ui: UiSettings, errors: list[str] | None = None) -> Desk:
    desk = Desk(ui)
    desk.report_error = errors.append if errors is not None else pytest_fail
    desk.sign_in = signed_in
    return desk
