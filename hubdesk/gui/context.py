"""What every page and dialog of one window shares."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from PySide6.QtWidgets import QWidget

from hubdesk.domain.records import Actor
from hubdesk.gui.operations import Operations
from hubdesk.storage import Database


@dataclass
class PageContext:
    """The open file, who works on it, the edit path, and which day it is."""

    db: Database
    actor: Actor
    ops: Operations
    today: Callable[[], date] = field(default=date.today)


class Page(Protocol):
    """A page of the main window. Pages subclass QWidget and provide these."""

    def title(self) -> str: ...

    def refresh(self, topics: frozenset[str]) -> None:
        """Reload what shows ``topics`` (an empty set means everything)."""

    def new_record(self) -> None:
        """Ctrl+N: open the page's dialog for a new record (may do nothing)."""

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor into the page's search box (may do nothing)."""


def as_widget(page: Page) -> QWidget:
    assert isinstance(page, QWidget)
    return page
