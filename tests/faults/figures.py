"""Counts the fault suite reports at the end of the run (see conftest.py)."""

from __future__ import annotations

import os
from collections import Counter

FIGURES: Counter[str] = Counter()


def rounds() -> int:
    """The soak factor from ``HUBDESK_FAULT_ROUNDS`` (at least 1)."""
    try:
        return max(1, int(os.environ.get("HUBDESK_FAULT_ROUNDS", "1")))
    except ValueError:
        return 1
