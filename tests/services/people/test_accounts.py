"""Accounts: scrypt hashes, sign-in, the lock after wrong passwords, administrators only."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from support.hub import Hub, refused

from hubdesk.domain.enums import StaffRole
from hubdesk.domain.errors import (
    AccountLocked,
    PermissionDenied,
    ReadOnlyFile,
    SignInFailed,
    ValidationError,
    WrongPassword,
)
from hubdesk.services.hub.checks import check_database
from hubdesk.services.people import accounts as accounts_module
from hubdesk.services.people.accounts import (
    MAX_FAILED,
    AccountService,
    create_first_administrator,
    hash_password,
    needs_first_administrator,
    sign_in,
    verify_password,
)
from hubdesk.storage import Database
from hubdesk.storage.lock import FileLock, lock_path
from hubdesk.storage.models import AuditEntry, StaffUser

NOW = datetime(2026, 11, 25, 9, 0)
PASSWORD = "금천허브-2026"


def test_new_hashes_use_owasps_scrypt_cost_outside_the_tests() -> None:
    assert accounts_module.OWASP_COST == accounts_module.ScryptCost(n=2**17, r=8, p=1)
    # tests/conftest.py lowers it for the suite; a fresh interpreter has the real one.
    assert accounts_module.COST == accounts_module.ScryptCost(n=2**10, r=8, p=1)
    default = subprocess.run(
        [
            sys.executable,
            "-c",
            "from hubdesk.services.people import accounts; print(accounts.COST)",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert default.strip() == "ScryptCost(n=131072, r=8, p=1)"
    assert hash_password(PASSWORD, cost=accounts_module.OWASP_COST).startswith("scrypt$131072$8$1$")


def test_a_hash_is_salted_scrypt_and_verifies_only_the_right_password() -> None:
    first, second = hash_password(PASSWORD), hash_password(PASSWORD)
    assert first.startswith("scrypt$1024$8$1$") and first != second
    assert verify_password(PASSWORD, first) and verify_password(PASSWORD, second)
    assert not verify_password(PASSWORD + "x", first)
    assert not verify_password(PASSWORD, None)
    assert not verify_password(PASSWORD, "scrypt$bad")
    assert PASSWORD not in first


def test_a_new_file_asks_for_a_first_administrator_once(db: Database) -> None:
    assert needs_first_administrator(db)
    admin = create_first_administrator(db, " Jisu ", "한지수", PASSWORD)
    assert (admin.username, admin.role) == ("jisu", StaffRole.ADMINISTRATOR)
    assert not needs_first_administrator(db)
    refused(db, PermissionDenied, create_first_administrator, db, "other", "남", PASSWORD)
    assert sign_in(db, "jisu", PASSWORD, now=NOW) == admin


@pytest.mark.parametrize(
    ("username", "password"),
    [("jisu", "short"), ("Jisu Han", PASSWORD), ("system", PASSWORD), ("jisu", " padded  pw ")],
)
def test_a_bad_first_administrator_is_refused_with_nothing_written(
    db: Database, username: str, password: str
) -> None:
    refused(db, ValidationError, create_first_administrator, db, username, "한지수", password)
    assert needs_first_administrator(db)


@pytest.fixture
def accounts(hub: Hub) -> AccountService:
    return AccountService(hub.db, hub.director)


@pytest.fixture
def clerk_id(hub: Hub, accounts: AccountService) -> int:
    return accounts.add("minji", "김민지", StaffRole.STAFF, PASSWORD).id


def test_wrong_passwords_count_down_then_lock_the_account(hub: Hub, clerk_id: int) -> None:
    for attempt in range(1, MAX_FAILED):
        with pytest.raises(WrongPassword) as caught:
            sign_in(hub.db, "minji", "wrong-password", now=NOW)
        assert caught.value.values["attempts_left"] == MAX_FAILED - attempt
    with pytest.raises(AccountLocked) as locked:
        sign_in(hub.db, "minji", "wrong-password", now=NOW)
    assert locked.value.values["until"] == NOW + timedelta(minutes=15)
    # Locked: even the right password is refused until the lock runs out.
    with pytest.raises(AccountLocked):
        sign_in(hub.db, "minji", PASSWORD, now=NOW + timedelta(minutes=14))
    actor = sign_in(hub.db, "minji", PASSWORD, now=NOW + timedelta(minutes=16))
    assert actor.username == "minji"
    with hub.db.read() as session:
        user = session.get_one(StaffUser, clerk_id)
        assert (user.failed_logins, user.locked_until) == (0, None)
        trail = session.scalars(
            select(AuditEntry.username).where(
                AuditEntry.table_name == "staff_users", AuditEntry.action == "update"
            )
        ).all()
    assert trail == ["minji"] * (MAX_FAILED + 1)  # every counted attempt is audited


def test_a_right_password_clears_the_count(hub: Hub, clerk_id: int) -> None:
    with pytest.raises(SignInFailed):
        sign_in(hub.db, "minji", "wrong-password", now=NOW)
    sign_in(hub.db, "minji", PASSWORD, now=NOW)
    with pytest.raises(SignInFailed) as caught:
        sign_in(hub.db, "minji", "wrong-password", now=NOW)
    assert caught.value.values["attempts_left"] == MAX_FAILED - 1


@pytest.mark.parametrize("username", ["nobody", "system", "minji-inactive"])
def test_unknown_system_or_inactive_accounts_fail_like_a_wrong_password(
    hub: Hub, accounts: AccountService, clerk_id: int, username: str
) -> None:
    accounts.add("minji-inactive", "퇴사자", StaffRole.STAFF, PASSWORD)
    accounts.set_active(accounts.accounts()[-1].id, False)
    error = refused(hub.db, SignInFailed, sign_in, hub.db, username, PASSWORD, now=NOW)
    assert type(error) is SignInFailed and error.values == {}


def test_an_administrator_can_unlock_and_reset(
    hub: Hub, accounts: AccountService, clerk_id: int
) -> None:
    for _ in range(MAX_FAILED - 1):
        with pytest.raises(SignInFailed):
            sign_in(hub.db, "minji", "wrong-password", now=NOW)
    with pytest.raises(AccountLocked):
        sign_in(hub.db, "minji", "wrong-password", now=NOW)
    accounts.unlock(clerk_id)
    assert sign_in(hub.db, "minji", PASSWORD, now=NOW).username == "minji"
    accounts.reset_password(clerk_id, "새-비밀번호-123")
    with pytest.raises(SignInFailed):  # the old password no longer works
        sign_in(hub.db, "minji", PASSWORD, now=NOW + timedelta(1))


def test_only_administrators_manage_accounts(hub: Hub, clerk_id: int) -> None:
    for actor in (hub.clerk, hub.manager):
        service = AccountService(hub.db, actor)
        refused(hub.db, PermissionDenied, service.add, "x1", "X", StaffRole.STAFF, PASSWORD)
        refused(hub.db, PermissionDenied, service.set_role, clerk_id, StaffRole.ADMINISTRATOR)
        refused(hub.db, PermissionDenied, service.reset_password, clerk_id, PASSWORD)
        refused(hub.db, PermissionDenied, service.set_active, clerk_id, False)
        refused(hub.db, PermissionDenied, service.unlock, clerk_id)


def test_the_last_administrator_stays_one(db: Database) -> None:
    admin = create_first_administrator(db, "jisu", "한지수", PASSWORD)
    service = AccountService(db, admin)
    refused(db, ValidationError, service.set_role, admin.user_id, StaffRole.MANAGER)
    refused(db, ValidationError, service.set_active, admin.user_id, False)
    second = service.add("junho", "박준호", StaffRole.ADMINISTRATOR, PASSWORD)
    assert service.set_role(admin.user_id, StaffRole.MANAGER).role == StaffRole.MANAGER
    refused(db, ValidationError, service.set_active, second.id, False)


def test_a_duplicate_or_bad_account_is_refused(
    hub: Hub, accounts: AccountService, clerk_id: int
) -> None:
    refused(hub.db, ValidationError, accounts.add, "minji", "또", StaffRole.STAFF, PASSWORD)
    refused(hub.db, ValidationError, accounts.add, "new1", "새", "boss", PASSWORD)
    refused(hub.db, ValidationError, accounts.add, "new1", " ", StaffRole.STAFF, PASSWORD)
    refused(hub.db, ValidationError, accounts.add, "new1", "새", StaffRole.STAFF, None)


def test_staff_change_their_own_password_knowing_the_old_one(hub: Hub, clerk_id: int) -> None:
    minji = sign_in(hub.db, "minji", PASSWORD, now=NOW)
    service = AccountService(hub.db, minji)
    refused(hub.db, ValidationError, service.change_own_password, "not-it-at-all", "새-비밀번호-1")
    service.change_own_password(PASSWORD, "새-비밀번호-1")
    assert sign_in(hub.db, "minji", "새-비밀번호-1", now=NOW) == minji


def test_only_administrators_change_hub_settings(hub: Hub) -> None:
    from dataclasses import replace
    from datetime import date

    from hubdesk.services.core.settings import SettingsService

    for actor in (hub.clerk, hub.manager):
        service = SettingsService(hub.db, actor)
        changed = replace(service.settings(), hub_name="다른 센터")
        refused(hub.db, PermissionDenied, service.save, changed)
        refused(hub.db, PermissionDenied, service.add_day_off, date(2026, 12, 24), "휴무")
    director = SettingsService(hub.db, hub.director)
    director.save(replace(director.settings(), hub_name="다른 센터"))
    assert SettingsService(hub.db, hub.clerk).settings().hub_name == "다른 센터"


def test_the_audit_trail_never_holds_a_password_hash(hub: Hub, clerk_id: int) -> None:
    AccountService(hub.db, hub.director).reset_password(clerk_id, "새-비밀번호-123")
    with hub.db.read() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "staff_users")
        ).all()
        stored = session.scalars(select(StaffUser.password_hash)).all()
    changes = [
        entry.changes["password_hash"] for entry in entries if "password_hash" in entry.changes
    ]
    assert changes == [[None, "(hidden)"], ["(hidden)", "(hidden)"]]  # added, then reset
    trail = repr([entry.changes for entry in entries])
    assert "scrypt" not in trail and not any(h and h in trail for h in stored)


def forge_lock(path: Path) -> None:
    """A lock file naming another PC, refreshed just now: HubDesk opens read-only."""
    moment = datetime.now().replace(microsecond=0)
    owner = {"user": "한지수", "host": "PC-ELSEWHERE", "pid": 4242, "token": "forged"}
    owner |= {"since": moment.isoformat(), "refreshed": moment.isoformat()}
    lock_path(path).write_text(json.dumps(owner), encoding="utf-8")


def test_a_forged_lock_does_not_stop_the_count(hub: Hub, clerk_id: int) -> None:
    forge_lock(hub.db.path)
    assert FileLock(hub.db.path, "mallory").acquire() is not None  # so: read-only
    with Database.open(hub.db.path, create=False, read_only=True) as viewer:
        for attempt in range(1, MAX_FAILED):
            with pytest.raises(WrongPassword) as caught:
                sign_in(viewer, "minji", "wrong-password", now=NOW)
            assert caught.value.values["attempts_left"] == MAX_FAILED - attempt
        with pytest.raises(AccountLocked):
            sign_in(viewer, "minji", "wrong-password", now=NOW)
        with pytest.raises(AccountLocked):
            sign_in(viewer, "minji", PASSWORD, now=NOW + timedelta(minutes=1))
    with hub.db.read() as session:  # saved in the file, for the lock holder too
        user = session.get_one(StaffUser, clerk_id)
        assert user.locked_until == NOW + timedelta(minutes=15)
    with pytest.raises(AccountLocked):
        sign_in(hub.db, "minji", PASSWORD, now=NOW + timedelta(minutes=1))
    assert check_database(hub.db) == []  # the counts went into the audit chain


def test_a_right_password_clears_the_count_in_a_file_open_read_only(
    hub: Hub, clerk_id: int
) -> None:
    with pytest.raises(WrongPassword):
        sign_in(hub.db, "minji", "wrong-password", now=NOW)
    with Database.open(hub.db.path, create=False, read_only=True) as viewer:
        with pytest.raises(WrongPassword) as caught:
            sign_in(viewer, "minji", "wrong-password", now=NOW)
        assert caught.value.values["attempts_left"] == MAX_FAILED - 2
        assert sign_in(viewer, "minji", PASSWORD, now=NOW).username == "minji"
        with pytest.raises(ReadOnlyFile):  # everything else stays refused
            AccountService(viewer, hub.director).unlock(clerk_id)
    with hub.db.read() as session:
        assert session.get_one(StaffUser, clerk_id).failed_logins == 0
