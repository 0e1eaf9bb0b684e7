"""What the window asked of the PC in a test: files opened and "open it?" answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from hubdesk.gui.common.desktop import SavedChoice


@dataclass
class DesktopCalls:
    """Files and folders the window opened, and the paths it offered to open."""

    opened: list[Path] = field(default_factory=list)
    asked: list[Path] = field(default_factory=list)
    answer: SavedChoice = SavedChoice.CLOSE
    opens: bool = True  # False: the PC has no program for the file
