"""What the pages' filter bars share: a search that waits for a pause in typing, and
combo boxes a narrow window may squeeze."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QLineEdit

SEARCH_DELAY_MS = 250  # a query per pause, not per keystroke


def search_timer(search: QLineEdit, apply: Callable[[], None]) -> QTimer:
    """Call ``apply`` once typing in ``search`` pauses; stop the timer to apply sooner."""
    timer = QTimer(search)
    timer.setSingleShot(True)
    timer.setInterval(SEARCH_DELAY_MS)
    timer.timeout.connect(apply)
    search.textChanged.connect(lambda _text: timer.start())
    return timer


def squeezable(combo: QComboBox, characters: int) -> QComboBox:
    """Let ``combo`` shrink to ``characters`` wide; its popup still shows whole names."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo
