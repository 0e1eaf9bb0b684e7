"""The ``hub`` fixture: a small hub made through the services."""

from __future__ import annotations

import pytest
from support.hub import Hub, make_hub

from hubdesk.storage import Database


@pytest.fixture
def hub(db: Database) -> Hub:
    return make_hub(db)
