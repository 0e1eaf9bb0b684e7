"""Staff accounts: passwords, sign-in with a lock after repeated failures, roles.

Passwords are hashed with scrypt (memory-hard, in the standard library) at OWASP's
recommended cost (N=2^17, r=8, p=1): 128 MiB and a fifth of a second per try, so a
stolen file is slow to attack. After
``MAX_FAILED`` wrong passwords in a row an account is locked for ``LOCK_MINUTES``;
an administrator can unlock it sooner. Only administrators manage accounts, and the
last active administrator can be neither demoted nor deactivated.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import weakref
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from hubdesk.domain.enums import StaffRole
from hubdesk.domain.errors import (
    AccountLocked,
    DatabaseFileError,
    NotFound,
    PermissionDenied,
    SignInFailed,
    ValidationError,
    WrongPassword,
)
from hubdesk.domain.records import Actor
from hubdesk.domain.text import storable
from hubdesk.services.core.base import Service, clean_text, get_or_raise
from hubdesk.services.core.boundary import Verbatim, typed_boundary
from hubdesk.services.people.staff import (
    SYSTEM_USERNAME,
    USERNAME_PATTERN,
    new_staff,
    staff_actor,
    staff_by_name,
)
from hubdesk.storage import Database
from hubdesk.storage.file_checks import READ_ONLY
from hubdesk.storage.models import StaffUser

MAX_FAILED, LOCK_MINUTES, MIN_PASSWORD, MAX_PASSWORD = 5, 15, 8, 128


@dataclass(frozen=True, slots=True)
class ScryptCost:
    n: int
    r: int
    p: int


OWASP_COST = ScryptCost(n=2**17, r=8, p=1)  # 128 MiB per hash
COST = OWASP_COST  # new hashes use this; the test suite lowers it to stay quick
_MAXMEM = 256 * 1024 * 1024  # hashlib refuses more than 32 MiB unless told


@dataclass(frozen=True, slots=True)
class AccountRecord:
    id: int
    username: str
    display_name: str
    role: StaffRole
    active: bool
    has_password: bool
    failed_logins: int
    locked_until: datetime | None


def hash_password(
    password: str, *, salt: bytes | None = None, cost: ScryptCost | None = None
) -> str:
    """``scrypt$n$r$p$salt$hash`` with a fresh random salt (a fixed one only for the
    reproducible demo data). Verifying reads the cost from the stored hash."""
    salt = salt or secrets.token_bytes(16)
    cost = cost or COST
    digest = hashlib.scrypt(
        password.encode(), salt=salt, n=cost.n, r=cost.r, p=cost.p, dklen=32, maxmem=_MAXMEM
    )
    return f"scrypt${cost.n}${cost.r}${cost.p}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str | None) -> bool:
    try:
        scheme, n, r, p, salt, digest = (stored or "").split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            password.encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
            maxmem=_MAXMEM,
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def check_password(password: object) -> str:
    """Refuse a password that is not text, too short, too long or blank-padded."""
    if not isinstance(password, str):
        raise ValidationError(field="password", reason="must be text")
    if len(password) < MIN_PASSWORD:
        raise ValidationError(field="password", reason=f"needs at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        raise ValidationError(field="password", reason=f"is longer than {MAX_PASSWORD} characters")
    if password != password.strip():
        raise ValidationError(field="password", reason="must not start or end with a space")
    if not storable(password):
        raise ValidationError(field="password", reason="contains a character that cannot be stored")
    return password


def needs_first_administrator(db: Database) -> bool:
    """True while no active administrator can sign in (a new file)."""
    with db.read() as tx:
        return tx.scalar(_administrators_who_can_sign_in()) == 0


def create_first_administrator(
    db: Database, username: str, display_name: str, password: str
) -> Actor:
    """The first administrator of a new file; refused once one exists."""
    username, name = (
        _checked_username(username),
        clean_text(display_name, "display_name", max_length=64),
    )
    password_hash = hash_password(check_password(password))
    with db.write(username) as tx:
        if tx.scalar(_administrators_who_can_sign_in()):
            raise PermissionDenied(user=username, role="-", action="create the first administrator")
        user = tx.scalars(select(StaffUser).where(StaffUser.username == username)).first()
        if user is None:
            user = StaffUser(username=username, display_name=name, role=StaffRole.ADMINISTRATOR)
            tx.add(user)
        user.display_name, user.role, user.active = name, StaffRole.ADMINISTRATOR, True
        user.password_hash = password_hash
        tx.flush()
        return staff_actor(user)


def sign_in(db: Database, username: str, password: str, *, now: datetime | None = None) -> Actor:
    """The staff member, if the password is right and the account is not locked.

    A wrong password counts toward the lock (one audited write); a right one clears
    the count. An unknown or inactive username fails like a wrong password. This holds
    in every mode: a file open read-only (someone holds its lock file, or forged one)
    still saves the count (``Database.write_through_lock``). Only a file the system
    does not let anyone write keeps it in memory while it is open.
    """
    moment = now or datetime.now()
    unsaved = _UNSAVED.setdefault(db, {})
    with db.read() as tx:
        user = staff_by_name(tx, username.strip().lower())
        if user is None or not user.active or user.username == SYSTEM_USERNAME:
            raise SignInFailed()
        memory = unsaved.get(user.username, _Count())
        for until in (user.locked_until, memory.locked_until):
            if until is not None and until > moment:
                raise AccountLocked(username=user.username, until=until)
        right = verify_password(password, user.password_hash)
        if right and not user.failed_logins and user.locked_until is None and memory.clear:
            return staff_actor(user)
        stored_failures = user.failed_logins
    try:
        return _record_attempt(db, user.username, right, moment)
    except DatabaseFileError as error:
        if error.values.get("reason") != READ_ONLY:
            raise
    return _count_in_memory(unsaved, user, stored_failures, right, moment)


def _record_attempt(db: Database, username: str, right: bool, moment: datetime) -> Actor:
    with db.write_through_lock(username) as tx:
        user = tx.scalars(select(StaffUser).where(StaffUser.username == username)).one()
        if right:
            user.failed_logins, user.locked_until = 0, None
            return staff_actor(user)
        user.failed_logins += 1
        locks = user.failed_logins >= MAX_FAILED
        if locks:
            user.failed_logins, user.locked_until = 0, moment + timedelta(minutes=LOCK_MINUTES)
    # The count must be saved even though the sign-in fails: raise after the commit.
    if locks:
        raise AccountLocked(username=user.username, until=user.locked_until)
    raise WrongPassword(attempts_left=MAX_FAILED - user.failed_logins)


@dataclass(slots=True)
class _Count:
    """Wrong passwords counted in memory, for a file nobody can write."""

    failed: int = 0
    locked_until: datetime | None = None

    @property
    def clear(self) -> bool:
        return self.failed == 0 and self.locked_until is None


# Per Database (one no longer used drops out): username → its count in memory.
_UNSAVED: weakref.WeakKeyDictionary[Database, dict[str, _Count]] = weakref.WeakKeyDictionary()


def _count_in_memory(
    unsaved: dict[str, _Count], user: StaffUser, stored: int, right: bool, moment: datetime
) -> Actor:
    """The fallback when the file cannot be written: count on top of the stored count."""
    count = unsaved.setdefault(user.username, _Count())
    if right:
        unsaved.pop(user.username)
        return staff_actor(user)
    count.failed += 1
    if stored + count.failed >= MAX_FAILED:
        # Locked: the next round starts from zero, as a saved count would.
        count.failed, count.locked_until = -stored, moment + timedelta(minutes=LOCK_MINUTES)
        raise AccountLocked(username=user.username, until=count.locked_until)
    raise WrongPassword(attempts_left=MAX_FAILED - stored - count.failed)


@typed_boundary
class AccountService(Service):
    """Account management: administrators only (except changing one's own password)."""

    def accounts(self) -> list[AccountRecord]:
        with self._read() as tx:
            users = tx.scalars(
                select(StaffUser)
                .where(StaffUser.username != SYSTEM_USERNAME)
                .order_by(StaffUser.active.desc(), StaffUser.display_name)
            )
            return [_account(user) for user in users]

    def add(
        self, username: str, display_name: str, role: StaffRole, password: Verbatim
    ) -> AccountRecord:
        self._require_administrator("add accounts")
        username = _checked_username(username)
        name = clean_text(display_name, "display_name", max_length=64)
        password_hash = hash_password(check_password(password))
        with self._write() as tx:
            return _account(new_staff(tx, username, name, role, password_hash))

    def set_role(self, user_id: int, role: StaffRole) -> AccountRecord:
        self._require_administrator("change roles")
        role = StaffRole(role)  # typed_boundary has refused unknown roles
        with self._write() as tx:
            user = self._account_row(tx, user_id)
            if role != StaffRole.ADMINISTRATOR:
                _keep_an_administrator(tx, user)
            user.role = role
            return _account(user)

    def set_active(self, user_id: int, active: bool) -> AccountRecord:
        self._require_administrator("activate or deactivate accounts")
        with self._write() as tx:
            user = self._account_row(tx, user_id)
            if not active:
                _keep_an_administrator(tx, user)
            user.active = bool(active)
            return _account(user)

    def reset_password(self, user_id: int, password: Verbatim) -> AccountRecord:
        self._require_administrator("reset passwords")
        password_hash = hash_password(check_password(password))
        with self._write() as tx:
            user = self._account_row(tx, user_id)
            user.password_hash, user.failed_logins, user.locked_until = password_hash, 0, None
            return _account(user)

    def unlock(self, user_id: int) -> AccountRecord:
        self._require_administrator("unlock accounts")
        with self._write() as tx:
            user = self._account_row(tx, user_id)
            user.failed_logins, user.locked_until = 0, None
            return _account(user)

    def change_own_password(self, old: Verbatim, new: Verbatim) -> None:
        password_hash = hash_password(check_password(new))
        with self._write() as tx:
            user = get_or_raise(tx, StaffUser, self.actor.user_id, "staff member")
            if not verify_password(old, user.password_hash):
                raise ValidationError(field="old_password", reason="is not the current password")
            user.password_hash = password_hash

    def _require_administrator(self, action: str) -> None:
        if self.actor.role != StaffRole.ADMINISTRATOR:
            raise PermissionDenied(
                user=self.actor.display_name, role=self.actor.role, action=action
            )

    @staticmethod
    def _account_row(tx: Session, user_id: int) -> StaffUser:
        user = get_or_raise(tx, StaffUser, user_id, "staff member")
        if user.username == SYSTEM_USERNAME:
            raise NotFound(entity="staff member", key=user_id)
        return user


def _administrators_who_can_sign_in() -> Select[int]:
    return (
        select(func.count())
        .select_from(StaffUser)
        .where(
            StaffUser.role == StaffRole.ADMINISTRATOR,
            StaffUser.active.is_(True),
            StaffUser.password_hash.is_not(None),
            StaffUser.username != SYSTEM_USERNAME,
        )
    )


def _keep_an_administrator(tx: Session, user: StaffUser) -> None:
    """Refuse to leave the file with no administrator who can sign in."""
    if user.role != StaffRole.ADMINISTRATOR or not user.active:
        return
    others = tx.scalar(_administrators_who_can_sign_in().where(StaffUser.id != user.id))
    if not others:
        raise ValidationError(field="role", reason="the last administrator must stay one")


def _checked_username(username: object) -> str:
    text = username.strip().lower() if isinstance(username, str) else ""
    if not USERNAME_PATTERN.match(text) or text == SYSTEM_USERNAME:
        raise ValidationError(field="username", reason=f"{username!r} is not a login name")
    return text


def _account(user: StaffUser) -> AccountRecord:
    return AccountRecord(
        user.id,
        user.username,
        user.display_name,
        user.role,
        user.active,
        user.password_hash is not None,
        user.failed_logins,
        user.locked_until,
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
