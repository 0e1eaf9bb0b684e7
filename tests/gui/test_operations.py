"""The operation helper: a refused edit changes nothing; undo and redo call the services."""

from __future__ import annotations

from dataclasses import replace

from support.hub import Hub, snapshot

from hubdesk.domain.records import TeamRecord
from hubdesk.gui.main_window import MainWindow
from hubdesk.gui.topics import AUDIT, GOALS, TEAMS
from hubdesk.services.people.teams import TeamDraft, TeamService


def rename(service: TeamService, record: TeamRecord, name: str) -> TeamRecord:
    draft = TeamDraft(record.name, record.kind, record.representative, brn=record.brn)
    return service.update(record.id, replace(draft, name=name), version=record.version)


def test_an_edit_is_undone_and_redone(window: MainWindow, hub: Hub) -> None:
    service = TeamService(hub.db, hub.clerk)
    before = service.get(hub.teams["coop"])
    seen: list[frozenset[str]] = []
    window.ops.changed.connect(seen.append)

    renamed = window.ops.run(
        "Rename",
        lambda: rename(service, before, "새이름협동조합"),
        undo=lambda done: rename(service, service.get(done.id), before.name),
        redo=lambda done: rename(service, service.get(done.id), "새이름협동조합"),
    )
    assert renamed is not None and service.get(before.id).name == "새이름협동조합"
    assert window.undo_stack.count() == 1 and seen == [frozenset({TEAMS, GOALS, AUDIT})]

    window.undo_stack.undo()
    assert service.get(before.id).name == before.name
    window.undo_stack.redo()
    assert service.get(before.id).name == "새이름협동조합"
    assert len(seen) == 3


def test_a_refused_edit_changes_nothing_and_says_why(
    window: MainWindow, hub: Hub, errors: list[str]
) -> None:
    service = TeamService(hub.db, hub.clerk)
    record = service.get(hub.teams["coop"])
    before = snapshot(hub.db)
    result = window.ops.run("Rename", lambda: rename(service, record, "   "), undo=print)
    assert result is None
    assert snapshot(hub.db) == before
    assert window.undo_stack.count() == 0
    assert errors and "Name" in errors[0]  # the field is named


def test_an_undo_that_is_refused_leaves_the_stack(
    window: MainWindow, hub: Hub, errors: list[str]
) -> None:
    """Someone changed the team meanwhile: undo with the old version is refused, not forced."""
    service = TeamService(hub.db, hub.clerk)
    record = service.get(hub.teams["coop"])
    window.ops.run(
        "Rename",
        lambda: rename(service, record, "첫이름"),
        undo=lambda done: rename(service, done, record.name),  # stale version on purpose
    )
    rename(service, service.get(record.id), "다른사람이바꿈")
    window.undo_stack.undo()
    assert service.get(record.id).name == "다른사람이바꿈"
    assert errors and "changed" in errors[-1]
    assert window.undo_stack.count() == 0
