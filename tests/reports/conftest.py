"""Report fixtures: the small test hub with a quarter of sessions (log_data.py)."""

from __future__ import annotations

import pytest
from reports.log_data import QuarterSessions, make_quarter
from support.hub import Hub, make_hub

from hubdesk.storage import Database


@pytest.fixture
def hub(db: Database) -> Hub:
    return make_hub(db)


@pytest.fixture
def quarter(hub: Hub) -> QuarterSessions:
    return make_quarter(hub)
