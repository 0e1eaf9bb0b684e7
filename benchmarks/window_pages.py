"""How long the pages take to open and search, at scales 1 and 100.

A script, not a test (offscreen, one run; the machine is shared, so compare within a run):

    uv run python benchmarks/window_pages.py [SCALE ...]

Each step is timed with its repaint (processEvents) and repeated; the median is shown.
A step under 100 ms reads as instant; that is the bar for "no visible pause".
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from audit_trail import TRAIL_PER_SCALE, add_trail  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QComboBox, QWidget  # noqa: E402
from timing import median_ms  # noqa: E402

from hubdesk.gui.audit.page import AuditPage  # noqa: E402
from hubdesk.gui.consulting.page import ConsultingPage  # noqa: E402
from hubdesk.gui.grants.page import AGREEMENTS, BUDGET, DEADLINES, GrantsPage  # noqa: E402
from hubdesk.gui.main_window import MainWindow  # noqa: E402
from hubdesk.gui.spaces.page import SpacesPage  # noqa: E402
from hubdesk.gui.start import create_application  # noqa: E402
from hubdesk.gui.teams.page import TeamsPage  # noqa: E402
from hubdesk.gui.topics import SESSIONS  # noqa: E402
from hubdesk.gui.ui_settings import UiSettings  # noqa: E402
from hubdesk.services.demo import DEMO_MANAGER, generate_demo  # noqa: E402
from hubdesk.services.people.staff import actor_for  # noqa: E402
from hubdesk.storage import Database  # noqa: E402

TODAY = date(2026, 11, 24)
REPEATS = 5


def timed(step: Callable[[], object], repeats: int = REPEATS) -> float:
    """Median milliseconds of ``step`` followed by the repaint it causes."""

    def with_repaint() -> None:
        step()
        QApplication.processEvents()

    return median_ms(with_repaint, repeats)


def measure(db: Database, folder: Path) -> dict[str, float]:
    actor = actor_for(db, DEMO_MANAGER)
    ui = UiSettings.at(folder / "ui.ini")
    results: dict[str, float] = {}

    def build() -> MainWindow:
        window = MainWindow(db, actor, demo=True, ui=ui, today=lambda: TODAY)
        window.resize(1280, 800)
        window.show()
        return window

    results["open the window"] = timed(lambda: build().close(), repeats=3)
    window = build()
    teams, spaces = window.page_of(TeamsPage), window.page_of(SpacesPage)
    assert isinstance(teams, TeamsPage) and isinstance(spaces, SpacesPage)
    results.update(teams_steps(window, teams))
    results.update(spaces_steps(window, spaces))
    consulting = window.page_of(ConsultingPage)
    assert isinstance(consulting, ConsultingPage)
    results.update(consulting_steps(window, consulting))
    grants = window.page_of(GrantsPage)
    assert isinstance(grants, GrantsPage)
    results.update(grants_steps(window, grants))
    audit = window.page_of(AuditPage)
    assert isinstance(audit, AuditPage)
    results.update(audit_steps(window, audit))
    window.close()
    return results


def teams_steps(window: MainWindow, page: TeamsPage) -> dict[str, float]:
    index = window.pages.index(page)
    words = iter(["협동조합", "김", "119-86", "햇살", "마을"] * 10)

    def search() -> None:
        page.search.setText(next(words))
        page.apply_filters()

    rows = iter([3, 4] * 10)
    # Each step turns the order round: sorting into the order already shown reads nothing.
    orders = iter([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder] * 10)

    return {
        "teams: show the page": timed(lambda: (window.show_page(0), window.show_page(index))),
        "teams: search": timed(search),
        "teams: next 200 rows": timed(
            lambda: page.model.fetchMore(page.model.index(0, 0).parent())
        ),
        "teams: select a row (detail)": timed(lambda: page.table.selectRow(next(rows))),
        "teams: sort by space": timed(lambda: page.table.sortByColumn(5, next(orders))),
    }


def spaces_steps(window: MainWindow, page: SpacesPage) -> dict[str, float]:
    index = window.pages.index(page)
    turns = iter(range(100))

    def switch_floor() -> None:
        page.floor_box.setCurrentIndex(next(turns) % max(1, page.floor_box.count()))
        page._floor_chosen()  # what the combo's activated signal calls

    def open_timeline() -> None:
        page.tabs.setCurrentIndex(0)
        page.stale.add(1)
        page.tabs.setCurrentIndex(1)

    words = iter(["협동", "2F", "마을", "B5-", ""] * 10)
    results = {
        "spaces: show the page": timed(lambda: (window.show_page(0), window.show_page(index)))
    }
    window.show_page(index)
    results["spaces: switch floor"] = timed(switch_floor)
    results["spaces: click a room"] = timed(lambda: page.show_room(1))
    results["spaces: open the timeline"] = timed(open_timeline, repeats=3)
    results["spaces: filter the timeline"] = timed(
        lambda: page.timeline_filter.setText(next(words))
    )
    page.tabs.setCurrentIndex(0)
    results["spaces: reload after an edit"] = timed(lambda: page.refresh(frozenset()))
    return results


def consulting_steps(window: MainWindow, page: ConsultingPage) -> dict[str, float]:
    """Scale 100 has 60,334 sessions: 613 in the week of TODAY, 3,431 in its month grid."""
    index = window.pages.index(page)

    def show(tab: int) -> None:
        page.stale.add(tab)  # as after an edit: the view reads its sessions anew
        page.tabs.setCurrentIndex(tab)
        page._load_visible()

    steps = iter([1, -1] * 10)
    results = {
        "consulting: show the page": timed(lambda: (window.show_page(0), window.show_page(index)))
    }
    window.show_page(index)
    results["consulting: show the week"] = timed(lambda: show(0))
    results["consulting: next/previous week"] = timed(lambda: page.go(next(steps)))
    results["consulting: reload after an edit"] = timed(
        lambda: page.refresh(frozenset({SESSIONS}))  # the week, the quota, idle teams
    )
    results["consulting: show the month"] = timed(lambda: show(1))
    results["consulting: show the list"] = timed(lambda: show(2))
    results["consulting: schedule dialog"] = timed(
        lambda: _schedule_dialog(page).close(), repeats=3
    )
    page.tabs.setCurrentIndex(0)
    return results


def _schedule_dialog(page: ConsultingPage) -> QWidget:
    from hubdesk.gui.consulting.session_dialogs import ScheduleDialog

    row = page.week.rows[0]
    dialog = ScheduleDialog(page.context, page, day=row.starts_at.date(), team_id=row.team_id)
    dialog.consultant.setCurrentIndex(dialog.consultant.findData(row.consultant_id))
    dialog.show()
    return dialog


def grants_steps(window: MainWindow, page: GrantsPage) -> dict[str, float]:
    """Scale 100 has 4,343 agreements; the list pages them 200 at a time."""
    index = window.pages.index(page)

    def show(tab: int) -> None:
        page.stale.add(tab)  # as after an edit: the tab reads anew
        page.tabs.setCurrentIndex(tab)
        page._load_visible()

    rows = iter([0, 1, 2, 3] * 10)
    words = iter(["협동조합", "2026-사업개발", "마을", ""] * 10)

    def search() -> None:
        page.agreements.search_box.setText(next(words))
        page.agreements.apply_filters()

    results = {
        "grants: show the page": timed(lambda: (window.show_page(0), window.show_page(index)))
    }
    window.show_page(index)
    results["grants: budget tab"] = timed(lambda: show(BUDGET))
    results["grants: agreements tab"] = timed(lambda: show(AGREEMENTS))
    results["grants: select an agreement"] = timed(
        lambda: page.agreements.table.selectRow(next(rows))
    )
    results["grants: search"] = timed(search)
    results["grants: settlement deadlines tab"] = timed(lambda: show(DEADLINES))
    page.tabs.setCurrentIndex(BUDGET)
    return results


def audit_steps(window: MainWindow, page: AuditPage) -> dict[str, float]:
    """On a trail of TRAIL_PER_SCALE rows per scale unit (benchmarks/audit_trail.py)."""
    index = window.pages.index(page)
    changes = page.changes
    turns = iter(range(100))
    kinds = iter(["teams", "spaces", "tenancies", "consulting_sessions", "disbursements"] * 10)

    def choose(combo: QComboBox) -> None:
        combo.setCurrentIndex(1 + next(turns) % (combo.count() - 1))  # the list reloads

    def choose_kind() -> None:
        changes.table_filter.setCurrentIndex(changes.table_filter.findData(next(kinds)))

    words = iter(["이영희", "협동조합", "3F-", "010-", ""] * 10)

    def search() -> None:
        changes.search.setText(next(words))
        changes.apply_filters()

    results = {"audit: show the page (first time)": timed(lambda: window.show_page(index), 1)}
    results["audit: reload after an edit"] = timed(lambda: page.refresh(frozenset()))
    results["audit: filter by staff member"] = timed(lambda: choose(changes.staff_filter))
    changes.clear_filters()
    results["audit: filter by kind of record"] = timed(choose_kind)
    changes.clear_filters()
    results["audit: search"] = timed(search)
    changes.clear_filters()
    results["audit: next 200 rows"] = timed(
        lambda: changes.model.fetchMore(changes.model.index(0, 0).parent())
    )
    rows = iter([3, 4] * 10)
    results["audit: select a row (detail)"] = timed(lambda: changes.table.selectRow(next(rows)))
    return results


def main(scales: list[int]) -> None:
    create_application()
    table: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="hubdesk-bench-") as name:
        folder = Path(name)
        for scale in scales:
            path = folder / f"demo-{scale}.sqlite"
            generate_demo(path, scale=scale, today=TODAY)
            with Database.open(path, create=False) as db:
                add_trail(db, TRAIL_PER_SCALE * scale)
                table[scale] = measure(db, folder)
    steps = list(next(iter(table.values())))
    print(f"{'step':<32}" + "".join(f"{'scale ' + str(s):>12}" for s in scales))
    for step in steps:
        print(f"{step:<32}" + "".join(f"{table[s][step]:>9.0f} ms" for s in scales))


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [1, 100])
