"""Who has a HubDesk file open: a small lock file beside it.

SQLite's own locks keep every single transaction safe, but not a whole working
session: two people editing one file on a shared folder would each see the other's
changes only after a reload. So the first HubDesk to open a file writes
``<file>.lock`` (who, which PC, which process, since when) and refreshes it while it
runs; a second HubDesk reads it, tells its user who has the file, and opens it
read-only. A lock whose process is gone (same PC) or that was not refreshed for
``STALE_AFTER`` (another PC) was left by a crash and is taken over.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from hubdesk.storage.processes import process_alive, this_host

REFRESH_EVERY = timedelta(minutes=2)
STALE_AFTER = timedelta(minutes=10)


@dataclass(frozen=True, slots=True)
class LockOwner:
    """The HubDesk that holds a file: the staff member, the PC and the process."""

    user: str
    host: str
    pid: int
    since: datetime
    refreshed: datetime
    token: str

    def describe(self) -> str:
        return f"{self.user} ({self.host}, since {self.since:%Y-%m-%d %H:%M})"


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class FileLock:
    """The lock of one database file, held by this process once ``acquire`` succeeds."""

    def __init__(self, database: Path, user: str, *, now: datetime | None = None) -> None:
        self.path = lock_path(database)
        moment = (now or datetime.now()).replace(microsecond=0)
        self.mine = LockOwner(user, this_host(), os.getpid(), moment, moment, uuid.uuid4().hex)
        self.held = False

    def acquire(self, *, now: datetime | None = None) -> LockOwner | None:
        """Take the lock; return None on success, or the live owner that holds it."""
        if self._create():
            return None
        owner = self.owner()
        if owner is not None and not self.is_stale(owner, now=now):
            return owner
        self._write(self.mine)  # a crash left it: take it over
        if (current := self.owner()) is not None and current.token != self.mine.token:
            return current  # another HubDesk took it over at the same moment
        self.held = True
        return None

    def owner(self) -> LockOwner | None:
        """The owner written in the lock file, or None when there is none or it is unreadable."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return LockOwner(
                str(data["user"]),
                str(data["host"]),
                int(data["pid"]),
                datetime.fromisoformat(data["since"]),
                datetime.fromisoformat(data["refreshed"]),
                str(data["token"]),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def is_stale(self, owner: LockOwner, *, now: datetime | None = None) -> bool:
        """Left by a crash: its process is gone (this PC), or it stopped refreshing
        (another PC, or this PC's process id reused by another program)."""
        if owner.host == self.mine.host and not process_alive(owner.pid):
            return True
        return (now or datetime.now()) - owner.refreshed > STALE_AFTER

    def refresh(self, *, user: str | None = None, now: datetime | None = None) -> None:
        """Say we are still here (and, after sign-in, who we are)."""
        if not self.held:
            return
        moment = (now or datetime.now()).replace(microsecond=0)
        self.mine = replace(self.mine, user=user or self.mine.user, refreshed=moment)
        self._write(self.mine)

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        owner = self.owner()
        if owner is not None and owner.token == self.mine.token:
            self.path.unlink(missing_ok=True)

    def _create(self) -> bool:
        try:
            descriptor = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            return False
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(_encode(self.mine))
        self.held = True
        return True

    def _write(self, owner: LockOwner) -> None:
        temporary = self.path.with_name(f"{self.path.name}.{owner.token}.tmp")
        temporary.write_text(_encode(owner), encoding="utf-8")
        os.replace(temporary, self.path)


def _encode(owner: LockOwner) -> str:
    data = asdict(owner)
    data["since"] = owner.since.isoformat()
    data["refreshed"] = owner.refreshed.isoformat()
    return json.dumps(data, ensure_ascii=False)
