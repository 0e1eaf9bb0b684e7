"""The audit page: changes made through the window show up with who and old → new."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select, text
from support.grants import dev_draft
from support.hub import TODAY, Hub, snapshot
from support.keyboard import set_day
from support.sql import counted_statements

from hubdesk.domain.audit import AuditAction
from hubdesk.domain.enums import StaffRole
from hubdesk.domain.records import Actor
from hubdesk.gui.audit.model import yes_no
from hubdesk.gui.audit.page import AuditPage
from hubdesk.gui.common.paged import PAGE_SIZE
from hubdesk.gui.context import PageContext
from hubdesk.gui.main_window import MainWindow
from hubdesk.gui.operations import Operations
from hubdesk.gui.teams.page import TeamsPage
from hubdesk.gui.text.audit_names import export_kind, table_name, value_text
from hubdesk.gui.text.labels import label
from hubdesk.services.core.settings import SettingsService
from hubdesk.services.grants.agreements import GrantService
from hubdesk.services.grants.document import AgreementDocumentService
from hubdesk.services.people.teams import TeamService, draft_of
from hubdesk.storage import Database, chain
from hubdesk.storage.models import AuditEntry, ExportLogEntry


@pytest.fixture
def window(make_window: Callable[..., MainWindow], hub: Hub) -> MainWindow:
    """The audit page is for managers and administrators."""
    return make_window(hub.manager)


def test_staff_members_do_not_get_the_audit_page(
    make_window: Callable[..., MainWindow], hub: Hub
) -> None:
    assert not any(isinstance(page, AuditPage) for page in make_window(hub.clerk).pages)
    assert any(isinstance(page, AuditPage) for page in make_window(hub.director).pages)


@pytest.fixture
def page(window: MainWindow, qtbot: QtBot) -> AuditPage:
    audit = window.page_of(AuditPage)
    assert isinstance(audit, AuditPage)
    window.show_page(window.pages.index(audit))
    qtbot.waitExposed(audit)
    return audit


def sql_count(db: Database, where: str = "1 = 1", **values: object) -> int:
    with db.read() as session:
        return int(session.scalar(text(f"SELECT count(*) FROM audit_log WHERE {where}"), values))


def cells(page: AuditPage, row: int) -> list[str]:
    model = page.changes.model
    return [model.index(row, column).data() for column in range(model.columnCount())]


def detail(page: AuditPage) -> list[list[str]]:
    fields = page.changes.fields
    return [
        [fields.item(row, column).text() for column in range(3)] for row in range(fields.rowCount())
    ]


def edit_representative(window: MainWindow, hub: Hub, name: str) -> None:
    """Change the co-op's representative the way the window does: through an operation."""
    service = TeamService(hub.db, window.actor)
    team_id = hub.teams["coop"]
    before = service.get(team_id)

    def do() -> object:
        team = service.get(team_id)
        return service.update(
            team_id, replace(draft_of(team), representative=name), version=team.version
        )

    def undo(_result: object) -> object:
        team = service.get(team_id)
        return service.update(team_id, draft_of(before), version=team.version)

    window.ops.run("edit", do, undo=undo, redo=lambda _r: do())


def add_entries(db: Database, days: list[datetime], username: str = "lee") -> None:
    rows = [
        {
            "at": at,
            "username": username,
            "action": "update",
            "table_name": "spaces",
            "record_id": "1",
            "changes": {"monthly_fee": [300_000, 320_000 + number]},
        }
        for number, at in enumerate(days)
    ]
    with db.write("system") as session:
        chain.append(session.connection(), "audit_log", rows)


def test_an_edit_shows_who_and_old_to_new(window: MainWindow, hub: Hub, page: AuditPage) -> None:
    edit_representative(window, hub, "홍길동")
    time, staff, action, record, changes = cells(page, 0)
    assert staff == "이팀장" and action == label(AuditAction.UPDATE)
    assert record == f"{table_name('teams')} · 금천도시농업협동조합 (#{hub.teams['coop']})"
    assert changes.endswith("김철용 → 홍길동")
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", time)
    page.changes.table.selectRow(0)
    assert [row[1:] for row in detail(page)] == [["김철용", "홍길동"]]
    assert "이팀장" in page.changes.detail_title.text()
    window.undo_stack.undo()  # the undo is a change of its own, newest first
    assert cells(page, 0)[4].endswith("홍길동 → 김철용")
    assert page.changes.model.total == sql_count(hub.db)


def test_a_hidden_page_catches_up_when_shown(window: MainWindow, hub: Hub, page: AuditPage) -> None:
    window.show_page(window.pages.index(window.page_of(TeamsPage)))
    edit_representative(window, hub, "홍길동")
    window.show_page(window.pages.index(page))
    assert cells(page, 0)[4].endswith("김철용 → 홍길동")


def test_filters_narrow_the_rows_and_counts_match_sql(hub: Hub, page: AuditPage) -> None:
    changes = page.changes
    total = sql_count(hub.db)
    assert changes.model.total == total and str(total) in changes.count_label.text()
    changes.staff_filter.setCurrentIndex(changes.staff_filter.findData("kim"))
    assert changes.model.total == sql_count(hub.db, "username = 'kim'") > 0
    assert {changes.model.row_at(r).staff_name for r in range(changes.model.rowCount())} == {
        "김담당"
    }
    changes.table_filter.setCurrentIndex(changes.table_filter.findData("teams"))
    expected = sql_count(hub.db, "username = 'kim' AND table_name = 'teams'")
    assert changes.model.total == changes.model.rowCount() == expected == 4
    changes.action_filter.setCurrentIndex(changes.action_filter.findData(AuditAction.DELETE))
    assert changes.model.total == 0 and changes.model.rowCount() == 0
    changes.clear_filters()
    changes.search.setText("오픈데스크")
    changes.apply_filters()  # what the search delay would call
    assert changes.model.total == sql_count(
        hub.db, "table_name = 'spaces' AND record_id = :id", id=str(hub.spaces["2F-OD1"])
    )
    assert changes.model.row_at(0).record_label == "2F-OD1 · 오픈데스크 A"


def test_day_range_includes_both_days(hub: Hub, page: AuditPage) -> None:
    add_entries(hub.db, [datetime(2026, 3, d, h) for d in (9, 10, 11, 12) for h in (0, 23)])
    page.refresh(frozenset())
    days = page.changes.days
    days.use_start.setChecked(True)
    days.use_end.setChecked(True)
    set_day(days.start, date(2026, 3, 10))
    set_day(days.end, date(2026, 3, 11))
    model = page.changes.model
    assert model.total == sql_count(hub.db, "date(at) BETWEEN '2026-03-10' AND '2026-03-11'") == 4
    assert [model.row_at(r).at for r in range(4)] == [
        datetime(2026, 3, 11, 23),
        datetime(2026, 3, 11, 0),
        datetime(2026, 3, 10, 23),
        datetime(2026, 3, 10, 0),
    ]
    days.use_start.setChecked(False)
    assert model.total == sql_count(hub.db, "date(at) <= '2026-03-11'") == 6


def test_history_of_one_record(window: MainWindow, hub: Hub, page: AuditPage) -> None:
    edit_representative(window, hub, "홍길동")
    changes = page.changes
    changes.table.selectRow(0)
    assert changes.history_button.isEnabled()
    changes.history_button.click()
    coop = str(hub.teams["coop"])
    assert (
        changes.model.total
        == sql_count(hub.db, "table_name = 'teams' AND record_id = :id", id=coop)
        == 2
    )
    assert "금천도시농업협동조합" in changes.record_label.text()
    assert not changes.table_filter.isEnabled()
    changes.all_records_button.click()
    assert changes.model.total == sql_count(hub.db)


def test_rows_load_a_page_at_a_time(hub: Hub, page: AuditPage) -> None:
    start = datetime(2025, 1, 1)
    add_entries(hub.db, [start + timedelta(minutes=n) for n in range(450)], username="park")
    changes = page.changes
    changes.staff_filter.setCurrentIndex(changes.staff_filter.findData("park"))
    model = changes.model
    expected = sql_count(hub.db, "username = 'park'")
    assert model.total == expected == 450 and model.rowCount() == PAGE_SIZE
    while model.canFetchMore(model.index(0, 0).parent()):
        model.fetchMore(model.index(0, 0).parent())
    ids = [model.row_at(r).id for r in range(model.rowCount())]
    assert len(ids) == len(set(ids)) == expected


def log_export(db: Database, username: str, at: datetime, *, masked: bool) -> None:
    with db.write(username) as session:
        session.add(
            ExportLogEntry(
                at=at,
                username=username,
                kind="consultation_log",
                target=f"/exports/{username}.xlsx",
                parameters={"quarter": "2026-Q3"},
                masked=masked,
                reason="" if masked else "구청 제출",
                row_count=1234,
            )
        )


def test_export_log_rows_show(hub: Hub, page: AuditPage) -> None:
    log_export(hub.db, "kim", datetime(2026, 11, 1, 9), masked=True)
    log_export(hub.db, "lee", datetime(2026, 11, 2, 9), masked=False)
    page.refresh(frozenset())
    exports = page.exports
    page.tabs.setCurrentWidget(exports)
    model = exports.model
    rows = [[model.index(r, c).data() for c in range(7)] for r in range(model.rowCount())]
    no, yes = yes_no(False), yes_no(True)
    log = export_kind("consultation_log")
    assert log == "Quarterly consultation log"  # translated, not the code
    assert [row[1:] for row in rows] == [
        ["이팀장", log, "/exports/lee.xlsx", no, "구청 제출", "1,234"],
        ["김담당", log, "/exports/kim.xlsx", yes, "", "1,234"],
    ]
    exports.table.selectRow(0)
    assert "Quarter: 2026-Q3" in exports.parameters.text()
    exports.staff_filter.setCurrentIndex(exports.staff_filter.findData("kim"))
    assert model.rowCount() == model.total == 1
    assert model.index(0, 1).data() == "김담당" and "1" in exports.count_label.text()


def test_reading_changes_nothing(hub: Hub, page: AuditPage) -> None:
    before = snapshot(hub.db)
    changes = page.changes
    changes.staff_filter.setCurrentIndex(changes.staff_filter.findData("kim"))
    changes.search.setText("김")
    changes.apply_filters()
    changes.table.selectRow(0)
    page.refresh(frozenset())
    page.tabs.setCurrentWidget(page.exports)
    assert snapshot(hub.db) == before


def test_an_empty_trail(db: Database, qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    ops = Operations(holder, QUndoStack(holder), db)
    nobody = Actor(0, "nobody", StaffRole.MANAGER, "아무개")
    page = AuditPage(PageContext(db, nobody, ops, lambda: TODAY))
    qtbot.addWidget(page)
    page.show()
    assert page.changes.model.rowCount() == 0 and page.changes.model.total == 0
    assert not page.changes.history_button.isEnabled()
    assert page.exports.model.rowCount() == 0
    assert page.changes.staff_filter.count() == 1  # "All staff" only
    page.changes.search.setText("anything")
    page.changes.apply_filters()
    page.refresh(frozenset())
    assert page.changes.model.total == 0


def test_the_trail_is_read_when_the_page_is_first_shown(
    make_window: Callable[..., MainWindow], hub: Hub
) -> None:
    with counted_statements(hub.db) as statements:
        window = make_window(hub.manager)
    assert not any("audit_log" in statement for statement in statements)
    page = window.page_of(AuditPage)
    assert isinstance(page, AuditPage) and page.changes.model.rowCount() == 0
    window.show_page(window.pages.index(page))
    assert page.changes.model.total == sql_count(hub.db) > 0


def test_an_agreement_print_and_a_settings_change_read_in_words(hub: Hub, page: AuditPage) -> None:
    made = GrantService(hub.db, hub.admin).create_agreement(dev_draft(hub))
    AgreementDocumentService(hub.db, hub.clerk).record_export([made.number], "printer: HP")
    settings = SettingsService(hub.db, hub.admin)
    settings.save(replace(settings.settings(), director_name="정민호"))
    page.refresh(frozenset())

    exports = page.exports
    page.tabs.setCurrentWidget(exports)
    assert exports.model.index(0, 2).data() == export_kind("agreement") == "Grant agreements"
    exports.table.selectRow(0)
    assert f"Agreement numbers: {made.number}" in exports.parameters.text()

    assert value_text("hub_settings", "key", "director_name") == "Director"
    with hub.db.read() as session:
        stored = session.scalars(
            select(AuditEntry.changes).where(AuditEntry.table_name == "hub_settings")
        ).all()
    assert any("정민호" in str(change) for change in stored)  # not \uc815\ubbfc\ud638


def test_a_search_shows_its_first_rows_then_its_count(
    hub: Hub, page: AuditPage, qtbot: QtBot
) -> None:
    start = datetime(2025, 1, 1)
    add_entries(hub.db, [start + timedelta(minutes=n) for n in range(450)], username="park")
    changes = page.changes
    qtbot.keyClicks(changes.search, "32")
    with qtbot.waitSignal(changes.model.counted, timeout=10_000):
        qtbot.keyClick(changes.search, Qt.Key.Key_Return)
        # The first page shows at once; the count of the whole trail runs aside.
        assert changes.model.rowCount() == PAGE_SIZE and not changes.model.total_known
        assert changes.count_label.text() == f"{PAGE_SIZE}+ changes"
    expected = sql_count(hub.db, "CAST(changes AS TEXT) LIKE '%32%'")
    assert changes.model.total == expected >= 450
    assert changes.count_label.text() == f"{expected} changes"
    model = changes.model
    while model.canFetchMore(model.index(0, 0).parent()):
        model.fetchMore(model.index(0, 0).parent())
    assert model.rowCount() == expected


def test_a_count_that_comes_after_the_last_page_changes_nothing(
    hub: Hub, page: AuditPage, qtbot: QtBot
) -> None:
    start = datetime(2025, 1, 1)
    add_entries(hub.db, [start + timedelta(minutes=n) for n in range(250)], username="park")
    changes = page.changes
    model = changes.model
    with qtbot.waitSignal(model.counted, timeout=10_000):
        changes.search.setText("32")
        changes.apply_filters()
        model.fetchMore(model.index(0, 0).parent())  # the rest, before the count is back
        assert model.total_known and model.total == model.rowCount()
    assert model.total == model.rowCount() == sql_count(hub.db, "CAST(changes AS TEXT) LIKE '%32%'")
