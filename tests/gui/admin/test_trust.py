"""Trust in the window: sign-in, the first administrator, a second HubDesk reads only,
a damaged file is restored from its backup, backups and restore, staff accounts."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from support.desk import PASSWORD, make_desk
from support.hub import Hub
from support.tamper import TRIGGERS, tamper

from hubdesk.domain.enums import StaffRole
from hubdesk.gui import file_guard
from hubdesk.gui.admin.accounts_dialog import AccountsDialog, ChangePasswordDialog
from hubdesk.gui.admin.backups_dialog import BackupsDialog
from hubdesk.gui.admin.sign_in import FirstAdministratorDialog, SignInDialog
from hubdesk.gui.app import Desk
from hubdesk.gui.i18n import install_translators
from hubdesk.gui.text.audit_names import field_name, table_name
from hubdesk.gui.ui_settings import UiSettings
from hubdesk.services.people.accounts import AccountService, sign_in
from hubdesk.services.people.teams import TeamDraft, TeamService
from hubdesk.storage import Database
from hubdesk.storage.backup import BackupReason, backup_folder, list_backups, take_backup
from hubdesk.storage.lock import lock_path
from hubdesk.storage.models import StaffUser, Team


@pytest.fixture
def desks(ui: UiSettings) -> Iterator[list[Desk]]:
    made: list[Desk] = []
    yield made
    for desk in made:
        desk.close()


def _desk(desks: list[Desk], ui: UiSettings, errors: list[str] | None = None) -> Desk:
    desk = make_desk(ui, errors)
    desks.append(desk)
    return desk


def _teams(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Team)) or 0)


# --- signing in ---------------------------------------------------------------


def test_the_first_administrator_dialog_refuses_differing_passwords(
    qtbot: QtBot, db: Database
) -> None:
    dialog = FirstAdministratorDialog(db)
    qtbot.addWidget(dialog)
    dialog.username.setText("jisu")
    dialog.display_name.setText("한지수")
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD + "!")
    dialog.accept()
    assert dialog.actor is None and not dialog.problem.isHidden()
    dialog.repeat.setText(PASSWORD)
    dialog.accept()
    assert dialog.actor is not None and dialog.actor.role == StaffRole.ADMINISTRATOR
    assert dialog.result() == FirstAdministratorDialog.DialogCode.Accepted


def test_sign_in_shows_a_wrong_password_inline_then_signs_in(qtbot: QtBot, hub: Hub) -> None:
    AccountService(hub.db, hub.director).add("minji", "김민지", StaffRole.STAFF, PASSWORD)
    dialog = SignInDialog(hub.db, str(hub.db.path))
    qtbot.addWidget(dialog)
    dialog.username.setText("minji")
    dialog.password.setText("wrong-password")
    dialog.accept()
    assert dialog.actor is None and "4" in dialog.problem.text()
    assert dialog.password.text() == ""
    dialog.password.setText(PASSWORD)
    dialog.accept()
    assert dialog.actor is not None and dialog.actor.username == "minji"


def test_cancelling_the_sign_in_opens_nothing(ui: UiSettings, hub: Hub, desks: list[Desk]) -> None:
    desk = _desk(desks, ui)
    desk.sign_in = lambda db: None
    assert not desk.open(hub.db.path, create=False)
    assert desk.window is None and not lock_path(hub.db.path).exists()


# --- the audit trail's protection ----------------------------------------------


def test_opening_a_file_whose_triggers_were_dropped_says_so(
    qtbot: QtBot, ui: UiSettings, hub: Hub, desks: list[Desk]
) -> None:
    tamper(hub.db.path, put_triggers_back=False)
    desk, told = _desk(desks, ui), []
    desk.inform = told.append
    assert desk.open(hub.db.path, create=False) and desk.window is not None
    qtbot.addWidget(desk.window)
    assert len(told) == 1 and "(audit_log_no_update, " in told[0] and "hubdesk check" in told[0]
    assert desk.db is not None and [r.trigger for r in desk.db.repairs] == list(TRIGGERS)
    from hubdesk.gui.app import repaired_sentence

    try:
        install_translators("ko")
        korean = repaired_sentence(desk.db.repairs)
        assert korean.startswith("이 파일의 감사 기록 보호 장치가 HubDesk 밖에서 제거되어")
        assert table_name("triggers") == "감사 기록 보호 장치"
        assert field_name("restored") == "다시 설치(없어져 있었음)"
    finally:
        install_translators("en")


# --- a second HubDesk ---------------------------------------------------------


def test_a_second_hubdesk_is_told_who_has_the_file_and_reads_only(
    qtbot: QtBot, ui: UiSettings, hub: Hub, desks: list[Desk]
) -> None:
    first = _desk(desks, ui)
    assert first.open(hub.db.path, create=False) and first.window is not None
    qtbot.addWidget(first.window)
    assert json.loads(lock_path(hub.db.path).read_text("utf-8"))["user"] == "한지수"

    second, told = _desk(desks, ui), []
    second.inform = told.append
    assert second.open(hub.db.path, create=False) and second.window is not None
    qtbot.addWidget(second.window)
    assert told and "한지수" in told[0]
    assert second.db is not None and second.db.read_only
    assert "한지수" in second.window.read_only_label.text()
    refusals: list[str] = []
    second.window.ops.report_error = refusals.append
    before = _teams(hub.db)
    teams = TeamService(second.db, second.window.actor)
    assert second.window.ops.attempt(lambda: teams.add(TeamDraft("새팀", "cooperative", "김")))
    assert refusals and "read-only" in refusals[0] and _teams(hub.db) == before

    first.close()  # the first one leaves: the lock goes with it
    assert not lock_path(hub.db.path).exists()


def test_a_lock_left_by_a_crash_does_not_make_the_file_read_only(
    qtbot: QtBot, ui: UiSettings, hub: Hub, desks: list[Desk]
) -> None:
    lock_path(hub.db.path).write_text(
        json.dumps(
            {
                "user": "이팀장",
                "host": "another-pc",
                "pid": 1,
                "since": "2026-11-20T09:00:00",
                "refreshed": "2026-11-20T18:00:00",
                "token": "old",
            }
        ),
        encoding="utf-8",
    )
    desk = _desk(desks, ui)
    desk.inform = pytest_fail_on_message
    assert desk.open(hub.db.path, create=False) and desk.window is not None
    qtbot.addWidget(desk.window)
    assert desk.db is not None and not desk.db.read_only


def pytest_fail_on_message(message: str) -> None:
    raise AssertionError(f"unexpected message: {message}")


# --- damage, backups and restore ----------------------------------------------


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[100:400] = b"\xff" * 300
    path.write_bytes(bytes(data))


def test_a_damaged_file_is_restored_from_the_newest_intact_backup(
    qtbot: QtBot, ui: UiSettings, hub: Hub, desks: list[Desk]
) -> None:
    teams = _teams(hub.db)
    take_backup(hub.db.path, BackupReason.CLOSE, engine=hub.db.engine)
    hub.db.close()
    for leftover in ("-wal", "-shm"):
        Path(f"{hub.db.path}{leftover}").unlink(missing_ok=True)
    _damage(hub.db.path)
    asked: list[str] = []
    desk = _desk(desks, ui)
    desk.confirm = lambda question: asked.append(question) or True
    assert desk.open(hub.db.path, create=False) and desk.window is not None
    qtbot.addWidget(desk.window)
    assert asked and f"{teams} teams" in asked[0]  # what the backup holds is shown
    assert desk.db is not None and _teams(desk.db) == teams
    reasons = {info.reason for info in list_backups(backup_folder(hub.db.path))}
    assert BackupReason.RESTORE in reasons  # the damaged file was kept as a copy


def test_a_dropped_column_is_damage_and_the_backup_is_offered(
    qtbot: QtBot, ui: UiSettings, hub: Hub, desks: list[Desk]
) -> None:
    """The window used to open such a file and fail in a page's showEvent."""
    teams = _teams(hub.db)
    take_backup(hub.db.path, BackupReason.CLOSE, engine=hub.db.engine)
    hub.db.close()
    connection = sqlite3.connect(hub.db.path)
    connection.execute("ALTER TABLE teams DROP COLUMN email")
    connection.commit()
    connection.close()
    asked: list[str] = []
    desk = _desk(desks, ui)
    desk.confirm = lambda question: asked.append(question) or True
    assert desk.open(hub.db.path, create=False) and desk.window is not None
    qtbot.addWidget(desk.window)
    assert asked and "teams.email is missing" in asked[0]
    assert desk.db is not None and _teams(desk.db) == teams


def test_a_damaged_file_without_a_backup_is_refused_in_words(
    ui: UiSettings, hub: Hub, desks: list[Desk]
) -> None:
    hub.db.close()
    _damage(hub.db.path)
    errors: list[str] = []
    desk = _desk(desks, ui, errors)
    assert not desk.open(hub.db.path, create=False)
    assert errors and "damaged" in errors[0]
    assert not lock_path(hub.db.path).exists()


def test_backups_on_open_by_hand_and_on_close_after_a_change(
    qtbot: QtBot, ui: UiSettings, hub: Hub, desks: list[Desk]
) -> None:
    teams = _teams(hub.db)
    desk = _desk(desks, ui)
    assert desk.open(hub.db.path, create=False) and desk.window is not None
    qtbot.addWidget(desk.window)
    assert desk.guard is not None
    desk.guard.wait()
    folder = backup_folder(hub.db.path)
    assert [info.reason for info in list_backups(folder)] == [BackupReason.OPEN]
    assert not desk.guard.backup_if_changed()  # nothing changed since
    desk.window.backup_requested.emit()
    assert BackupReason.MANUAL in {info.reason for info in list_backups(folder)}
    assert desk.db is not None
    TeamService(desk.db, desk.window.actor).add(TeamDraft("새팀", "cooperative", "김민용"))
    desk.close()
    newest = list_backups(folder)[0]
    assert newest.reason == BackupReason.CLOSE and newest.counts()["teams"] == teams + 1  # type: ignore[index]


def test_the_open_backup_waits_until_the_window_has_started(
    qtbot: QtBot, ui: UiSettings, hub: Hub, desks: list[Desk], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy taken on open must not compete with the window's first paint and pages:
    it starts a moment later, from the event loop."""
    monkeypatch.setattr(file_guard, "OPEN_BACKUP_AFTER", timedelta(milliseconds=200))
    desk = _desk(desks, ui)
    assert desk.open(hub.db.path, create=False) and desk.window is not None
    qtbot.addWidget(desk.window)
    folder = backup_folder(hub.db.path)
    assert desk.guard is not None and desk.guard._thread is None
    assert list_backups(folder) == []  # the window is up; no copy yet
    qtbot.waitUntil(lambda: desk.guard is not None and desk.guard._thread is not None)
    desk.guard.wait()
    assert [info.reason for info in list_backups(folder)] == [BackupReason.OPEN]


def test_a_window_closed_before_the_open_backup_is_still_backed_up(
    qtbot: QtBot, ui: UiSettings, hub: Hub, desks: list[Desk]
) -> None:
    desk = _desk(desks, ui)
    assert desk.open(hub.db.path, create=False) and desk.window is not None
    qtbot.addWidget(desk.window)
    desk.close()  # at once, before the open backup's time
    assert [info.reason for info in list_backups(backup_folder(hub.db.path))] == [
        BackupReason.CLOSE
    ]


def test_an_administrator_restores_a_backup_from_the_dialog(
    qtbot: QtBot, ui: UiSettings, hub: Hub, desks: list[Desk]
) -> None:
    teams = _teams(hub.db)
    desk = _desk(desks, ui)
    assert desk.open(hub.db.path, create=False) and desk.window is not None
    assert desk.guard is not None and desk.db is not None
    desk.guard.wait()
    TeamService(desk.db, desk.window.actor).add(TeamDraft("나중팀", "cooperative", "김민용"))
    assert _teams(desk.db) == teams + 1
    dialog = BackupsDialog(desk.db, desk.window.actor, desk.window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 3).text() == str(teams)
    dialog.restore_requested.connect(desk.window.restore_requested.emit)
    dialog._confirmed = lambda info: True  # type: ignore[method-assign]
    dialog.table.selectRow(0)
    hub.db.engine.dispose()  # the fixture's own connections: a restore waits for no one
    dialog.restore_button.click()
    assert desk.db is not None and _teams(desk.db) == teams
    assert desk.window is not None and desk.window.actor.username == "jisu"
    qtbot.addWidget(desk.window)


def test_staff_see_backups_but_cannot_restore(qtbot: QtBot, hub: Hub) -> None:
    dialog = BackupsDialog(hub.db, hub.clerk)
    qtbot.addWidget(dialog)
    assert dialog.restore_button.isHidden()


# --- accounts -------------------------------------------------------------------


def test_only_administrators_get_the_accounts_menu(make_window, hub: Hub) -> None:  # type: ignore[no-untyped-def]
    def entries(actor):  # type: ignore[no-untyped-def]
        window = make_window(actor)
        return [action.text() for action in window.file_menu.actions()]

    assert any("accounts" in text for text in entries(hub.director))
    assert not any("accounts" in text for text in entries(hub.clerk))
    assert not any("accounts" in text for text in entries(hub.manager))


def test_an_administrator_adds_an_account_who_then_signs_in(qtbot: QtBot, hub: Hub) -> None:
    dialog = AccountsDialog(hub.db, hub.director)
    qtbot.addWidget(dialog)
    before = dialog.table.rowCount()
    from hubdesk.gui.admin.accounts_dialog import AccountDialog

    form = AccountDialog(dialog.service, None, dialog)
    qtbot.addWidget(form)
    form.username.setText("minji")
    form.display_name.setText("김민지")
    form.password.setText(PASSWORD)
    form.repeat.setText(PASSWORD)
    form.accept()
    assert form.problem.isHidden(), form.problem.text()
    dialog.fill()
    assert dialog.table.rowCount() == before + 1
    assert sign_in(hub.db, "minji", PASSWORD).role == StaffRole.STAFF


def test_the_last_administrator_cannot_be_demoted_in_the_dialog(qtbot: QtBot, db: Database) -> None:
    from hubdesk.services.people.accounts import create_first_administrator

    admin = create_first_administrator(db, "jisu", "한지수", PASSWORD)
    dialog = AccountsDialog(db, admin)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    dialog.role.setCurrentIndex(dialog.role.findData(StaffRole.STAFF))
    dialog._set_role()
    assert "administrator" in dialog.problem.text()
    with db.read() as session:
        assert session.scalar(select(StaffUser.role).where(StaffUser.username == "jisu")) == (
            StaffRole.ADMINISTRATOR
        )


def test_changing_ones_password_needs_the_current_one(qtbot: QtBot, db: Database) -> None:
    from hubdesk.services.people.accounts import create_first_administrator

    admin = create_first_administrator(db, "jisu", "한지수", PASSWORD)
    dialog = ChangePasswordDialog(db, admin)
    qtbot.addWidget(dialog)
    dialog.old.setText("not-the-password")
    dialog.new.setText("새-비밀번호-123")
    dialog.repeat.setText("새-비밀번호-123")
    dialog.accept()
    assert not dialog.problem.isHidden()
    dialog.old.setText(PASSWORD)
    dialog.accept()
    assert dialog.problem.isHidden() or dialog.result() == ChangePasswordDialog.DialogCode.Accepted
    assert sign_in(db, "jisu", "새-비밀번호-123") == admin


def test_opening_the_open_file_again_keeps_it_writable(
    qtbot: QtBot, ui: UiSettings, hub: Hub, desks: list[Desk]
) -> None:
    desk = _desk(desks, ui)
    desk.inform = pytest_fail_on_message
    assert desk.open(hub.db.path, create=False) and desk.window is not None
    window = desk.window
    qtbot.addWidget(window)
    window.open_requested.emit(hub.db.path, False)
    assert desk.window is window and desk.db is not None and not desk.db.read_only
