"""Hypothesis throws plausible and bad values at every public service method.

A call either succeeds (and the file then still keeps every rule of ``hubdesk check``)
or raises a typed ``HubDeskError`` and changes nothing: never TypeError, AttributeError,
OverflowError, a driver error or an IntegrityError. The file is put back to the world
after every success, so each call starts from the same rows.

``HUBDESK_FAULT_ROUNDS`` multiplies the examples (and lets Hypothesis pick new ones).
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.hub import Hub, snapshot

from faults.figures import FIGURES, rounds
from faults.values import calls, public_methods, sneaky_calls, takes_text
from faults.world import build_world
from hubdesk.domain.errors import HubDeskError
from hubdesk.domain.masking import contains_resident_number
from hubdesk.domain.text import INVISIBLE, normalised, refusal
from hubdesk.services.consulting.consultants import ConsultantService
from hubdesk.services.consulting.sessions import ConsultingService
from hubdesk.services.core.settings import SettingsService
from hubdesk.services.goals.annual import AnnualReportService
from hubdesk.services.goals.dashboard import DashboardService
from hubdesk.services.goals.goals import GoalService
from hubdesk.services.goals.procurement import ProcurementService
from hubdesk.services.goals.training import TrainingService
from hubdesk.services.grants.agreements import GrantService
from hubdesk.services.grants.disbursements import DisbursementService
from hubdesk.services.grants.document import AgreementDocumentService
from hubdesk.services.grants.settlements import SettlementService
from hubdesk.services.grants.views import GrantViewService
from hubdesk.services.hub.checks import DIGEST_COLUMNS, check_database
from hubdesk.services.people.teams import TeamService
from hubdesk.services.spaces.applications import ApplicationService
from hubdesk.services.spaces.spaces import SpaceService
from hubdesk.services.spaces.views import SpaceViewService
from hubdesk.storage import Database
from hubdesk.storage.models import Base

EXAMPLES = 120
SERVICES: dict[str, tuple[type, Sequence[str] | None]] = {
    "teams": (TeamService, None),
    "spaces": (SpaceService, None),
    "space views": (SpaceViewService, None),
    "applications": (ApplicationService, None),
    "consulting": (ConsultingService, None),
    "consultants": (ConsultantService, None),
    "grants": (GrantService, None),
    "grant views": (GrantViewService, None),
    "agreement documents": (AgreementDocumentService, None),
    "disbursements": (DisbursementService, None),
    "settlements": (SettlementService, None),
    "goals": (GoalService, None),
    "training": (TrainingService, None),
    "procurement": (ProcurementService, None),
    "dashboard": (DashboardService, None),
    "annual report": (AnnualReportService, None),
    "settings": (SettingsService, None),
}


@dataclass
class World:
    hub: Hub
    pristine: Path
    rows: dict[str, list[tuple[Any, ...]]]

    def restore(self) -> None:
        """Put every page of the pristine file back (SQLite's online backup)."""
        source = sqlite3.connect(self.pristine)
        try:
            with self.hub.db.engine.connect() as connection:
                target = connection.connection.driver_connection
                assert isinstance(target, sqlite3.Connection)
                source.backup(target)
        finally:
            source.close()
        assert snapshot(self.hub.db) == self.rows


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, template_db: Path) -> Iterator[World]:
    folder = tmp_path_factory.mktemp("world")
    path = folder / "world.sqlite"
    shutil.copy(template_db, path)
    db = Database.open(path)
    hub = build_world(db)
    assert check_database(db) == []
    pristine = folder / "pristine.sqlite"
    source, copy = sqlite3.connect(path), sqlite3.connect(pristine)
    source.backup(copy)
    source.close()
    copy.close()
    yield World(hub, pristine, snapshot(db))
    db.close()


def attempt(world: World, service: type, name: str, arguments: dict[str, Any], actor: Any) -> str:
    """Call; check the outcome; put the file back. 'refused' or 'accepted'."""
    method = getattr(service(world.hub.db, actor), name)
    try:
        method(**arguments)
    except HubDeskError:
        assert snapshot(world.hub.db) == world.rows, f"{name} refused but changed the file"
        return "refused"
    after = snapshot(world.hub.db)
    if after != world.rows:
        violations = check_database(world.hub.db) + stored_text_problems(world.rows, after)
        world.restore()
        assert violations == [], f"{name}({arguments}) was accepted and broke {violations}"
    return "accepted"


def stored_text_problems(
    before: dict[str, list[tuple[Any, ...]]], after: dict[str, list[tuple[Any, ...]]]
) -> list[str]:
    """Texts of new or changed rows that did not pass the door (DOMAIN.md, Everything)."""
    problems = []
    for table, rows in after.items():
        old = {repr(row) for row in before.get(table, [])}  # rows may hold JSON dicts
        written_by_us = machine_written_columns(table)
        for row in (row for row in rows if repr(row) not in old):
            for value in (v for i, v in enumerate(row) if i not in written_by_us):
                problem = text_problem(value) if isinstance(value, str) else None
                if problem is not None:
                    problems.append(f"{table}: {value!r} {problem}")
    return problems


def machine_written_columns(table: str) -> set[int]:
    """Positions of the digests HubDesk computes itself (not typed text, see DIGEST_COLUMNS)."""
    columns = Base.metadata.tables[table].columns
    return {i for i, c in enumerate(columns) if c.name in DIGEST_COLUMNS}


def text_problem(text: str) -> str | None:
    """Why ``text`` should not be in the file, or None."""
    if refusal(text, multiline=True) is not None:
        return str(refusal(text, multiline=True))
    if normalised(text) != text:
        return "is not NFKC-normalised"
    if set(text) & INVISIBLE:
        return "holds invisible characters"
    if contains_resident_number(text):
        return "holds a resident number"
    return None


@pytest.mark.parametrize(
    "area",
    list(SERVICES),
)
def test_bad_values_get_typed_errors_and_change_nothing(area: str, world: World) -> None:
    service, only = SERVICES[area]
    names = public_methods(service, only)
    hub = world.hub
    people = st.sampled_from([hub.clerk, hub.manager, hub.director])

    @settings(
        max_examples=EXAMPLES * rounds(),
        deadline=None,
        derandomize=rounds() == 1,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(call=calls(service, names), actor=people)
    def run(call: tuple[str, dict[str, Any]], actor: Any) -> None:
        name, arguments = call
        outcome = attempt(world, service, name, arguments, actor)
        FIGURES[f"bad values: calls {outcome}"] += 1

    run()
    FIGURES["bad values: service methods covered"] += len(names)


# The dashboard and the annual report take no text (a year, a day, enum values): there
# is nothing for a sneaky text to ride in, and their bad values are the test above's.
TEXT_AREAS = [
    area
    for area, (service, only) in SERVICES.items()
    if takes_text(service, public_methods(service, only))
]


@pytest.mark.parametrize("area", TEXT_AREAS)
def test_sneaky_texts_in_plausible_calls_are_refused_or_stored_clean(
    area: str, world: World
) -> None:
    """Issue 12.6: every other argument plausible, so the text reaches the write path."""
    service, only = SERVICES[area]
    hub = world.hub
    people = st.sampled_from([hub.clerk, hub.manager, hub.director])

    @settings(
        max_examples=EXAMPLES * rounds(),
        deadline=None,
        derandomize=rounds() == 1,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(call=sneaky_calls(service, public_methods(service, only)), actor=people)
    def run(call: tuple[str, dict[str, Any]], actor: Any) -> None:
        name, arguments = call
        outcome = attempt(world, service, name, arguments, actor)
        FIGURES[f"sneaky texts: calls {outcome}"] += 1

    run()
