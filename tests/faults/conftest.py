"""The fault suite prints its figures (kills, corrupt files, half batches, examples)
at the end of the run, for the lead to quote.

``HUBDESK_FAULT_ROUNDS`` multiplies every count (default 1, sized for CI); a soak run
sets e.g. ``HUBDESK_FAULT_ROUNDS=20``. ``HUBDESK_FAULT_REPORT=path.json`` also writes
the figures to a file.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from support.hub import Hub, make_hub

from faults.figures import FIGURES
from hubdesk.storage import Database


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not FIGURES:
        return
    terminalreporter.section("HubDesk fault suite")
    for name, value in sorted(FIGURES.items()):
        terminalreporter.write_line(f"{name}: {value}")
    target = os.environ.get("HUBDESK_FAULT_REPORT")
    if target:
        Path(target).write_text(json.dumps(dict(FIGURES), indent=2, sort_keys=True) + "\n")


@pytest.fixture
def hub(db: Database) -> Hub:
    """The small test hub (tests/support/hub.py) in a fresh file."""
    return make_hub(db)
