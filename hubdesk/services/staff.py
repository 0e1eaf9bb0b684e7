"""Staff members: who acts. Passwords and sign-in are in ``accounts``."""

from __future__ import annotations

import re

from sqlalchemy import select

from ..domain.enums import StaffRole
from ..domain.errors import NotFound, ValidationError
from ..domain.records import Actor
from ..storage import Database
from ..storage.models import StaffUser
from .base import clean_text

SYSTEM_USERNAME = "system"
USERNAME_PATTERN = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")


def _actor(user: StaffUser) -> Actor:
    return Actor(user.id, user.username, user.role, user.display_name)


def add_staff(db: Database, actor: str, username: str, display_name: str, role: StaffRole) -> Actor:
    """Register a staff member; ``username`` is lower-case latin (login name)."""
    if not USERNAME_PATTERN.match(username):
        raise ValidationError(field="username", reason=f"{username!r} is not a login name")
    name = clean_text(display_name, "display_name", max_length=64)
    with db.write(actor) as session:
        if session.scalars(select(StaffUser).where(StaffUser.username == username)).first():
            raise ValidationError(field="username", reason=f"{username} already exists")
        user = StaffUser(username=username, display_name=name, role=StaffRole(role))
        session.add(user)
        session.flush()
        return _actor(user)


def actor_for(db: Database, username: str) -> Actor:
    with db.read() as session:
        user = session.scalars(select(StaffUser).where(StaffUser.username == username)).first()
        if user is None or not user.active:
            raise NotFound(entity="staff member", key=username)
        return _actor(user)


def system_actor(db: Database) -> Actor:
    """The account the command line and migrations act as (created on first use)."""
    try:
        return actor_for(db, SYSTEM_USERNAME)
    except NotFound:
        return add_staff(db, SYSTEM_USERNAME, SYSTEM_USERNAME, "시스템", StaffRole.ADMINISTRATOR)
