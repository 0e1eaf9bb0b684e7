"""Staff members: who acts. Passwords and sign-in are in ``accounts``."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from hubdesk.domain.enums import StaffRole
from hubdesk.domain.errors import NotFound, ValidationError
from hubdesk.domain.records import Actor
from hubdesk.services.core.base import clean_text
from hubdesk.storage import Database
from hubdesk.storage.models import StaffUser

SYSTEM_USERNAME = "system"
USERNAME_PATTERN = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")


def staff_actor(user: StaffUser) -> Actor:
    return Actor(user.id, user.username, user.role, user.display_name)


def staff_by_name(tx: Session, username: str) -> StaffUser | None:
    return tx.scalars(select(StaffUser).where(StaffUser.username == username)).first()


def new_staff(
    tx: Session,
    username: str,
    display_name: str,
    role: StaffRole,
    password_hash: str | None = None,
) -> StaffUser:
    """Add a staff member in ``session``; ``username`` is lower-case latin (login name)."""
    if not USERNAME_PATTERN.match(username):
        raise ValidationError(field="username", reason=f"{username!r} is not a login name")
    name = clean_text(display_name, "display_name", max_length=64)
    if staff_by_name(tx, username) is not None:
        raise ValidationError(field="username", reason=f"{username} already exists")
    user = StaffUser(
        username=username, display_name=name, role=StaffRole(role), password_hash=password_hash
    )
    tx.add(user)
    tx.flush()
    return user


def add_staff(db: Database, actor: str, username: str, display_name: str, role: StaffRole) -> Actor:
    """Register a staff member without a password (the system account, test staff)."""
    with db.write(actor) as tx:
        return staff_actor(new_staff(tx, username, display_name, role))


def actor_for(db: Database, username: str) -> Actor:
    with db.read() as tx:
        user = staff_by_name(tx, username)
        if user is None or not user.active:
            raise NotFound(entity="staff member", key=username)
        return staff_actor(user)


def first_administrator(db: Database) -> Actor | None:
    """The file's first active administrator (the smoke test opens the window as them)."""
    with db.read() as tx:
        user = tx.scalars(
            select(StaffUser)
            .where(StaffUser.role == StaffRole.ADMINISTRATOR, StaffUser.active.is_(True))
            .order_by(StaffUser.id)
            .limit(1)
        ).first()
        return staff_actor(user) if user is not None else None


def system_actor(db: Database) -> Actor:
    """The account the command line and migrations act as (created on first use)."""
    try:
        return actor_for(db, SYSTEM_USERNAME)
    except NotFound:
        return add_staff(db, SYSTEM_USERNAME, SYSTEM_USERNAME, "시스템", StaffRole.ADMINISTRATOR)
