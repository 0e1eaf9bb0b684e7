"""``hubdesk --smoke-test``: open the main window on a file as a start does, wait for its
first paint, and exit 0 — for timing a whole start (``benchmarks/start.py``) and for
checking that an installed bundle runs.

Nobody is asked to sign in: the window opens as the file's first active administrator,
read-only (no lock, no backup, no upgrade, nothing remembered), and closes at its first
paint; nothing can be done in it. A file that cannot be opened prints one line and exits
2, as the commands do; a window that never paints exits 3 after two minutes.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from hubdesk.domain.records import Actor
from hubdesk.services.people.staff import first_administrator
from hubdesk.storage import Database

if TYPE_CHECKING:
    from hubdesk.gui.app import Desk


def prepare(desk: Desk) -> None:
    """Answer what a start asks a person: nobody signs in, a message is one line on
    stderr, and a question (restore a backup?) is answered no."""
    desk.sign_in = _administrator
    desk.look_only = True  # read-only: no lock, no backup, no upgrade, no recent file
    desk.report_error = print_error
    desk.inform = lambda message: print(f"hubdesk: note: {message}", file=sys.stderr)
    desk.confirm = lambda _question: False


def _administrator(db: Database) -> Actor | None:
    actor = first_administrator(db)
    if actor is None:
        print_error(f"{db.path}: the file has no administrator yet; open it once in the window")
    return actor


def print_error(message: str) -> None:
    print(f"hubdesk: error: {message}", file=sys.stderr)
