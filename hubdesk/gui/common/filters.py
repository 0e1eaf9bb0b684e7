"""What the pages' filter bars share: a search that waits for a pause in typing, combo
boxes a narrow window may squeeze, and a choice of years."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker, QTimer
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


def fill_years(box: QComboBox, all_years: str, years: list[int], chosen: int | None) -> None:
    """``all_years`` (data None) then each year; ``chosen`` stays chosen when it is still
    there (else "all"). No signal: the caller reloads once."""
    with QSignalBlocker(box):
        box.clear()
        box.addItem(all_years, None)
        for year in years:
            box.addItem(str(year), year)
        box.setCurrentIndex(max(box.findData(chosen), 0))
