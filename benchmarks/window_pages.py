"""Every wait on the pages, at demo scales: each page's and tab's first open in a fresh
process, search keystrokes, reloads after an edit, dialog opens, the next 200 rows of
each long list, and the tenancy timeline.

A script, not a test (offscreen; the machine is shared, so compare within a run):

    uv run python benchmarks/window_pages.py [SCALE ...]

Each step is timed with the repaint it causes (processEvents) and repeated; the median
is shown beside the bar it must stay under: 100 ms up to scale 100, 250 ms above. A first
open is timed once in each of ``FIRST_OPEN_RUNS`` fresh processes (module imports and
first reads included). ``figures(scale)`` gives the same numbers to a combined benchmark.
Set ``HUBDESK_BENCH_DEMOS`` to a folder to keep the generated demo files between runs.
"""

from __future__ import annotations

import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from audit_trail import TRAIL_PER_SCALE, add_trail, trail_rows  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QWidget  # noqa: E402
from sqlalchemy import select  # noqa: E402
from timing import median_ms  # noqa: E402

from hubdesk.domain.enums import (  # noqa: E402
    AgreementStatus,
    ApplicationStatus,
    SessionStatus,
    TenancyStatus,
)
from hubdesk.gui.audit.page import AuditPage  # noqa: E402
from hubdesk.gui.consulting.page import LIST, MONTH, WEEK, ConsultingPage  # noqa: E402
from hubdesk.gui.goals.page import OverviewPage  # noqa: E402
from hubdesk.gui.grants.page import AGREEMENTS, BUDGET, DEADLINES, GrantsPage  # noqa: E402
from hubdesk.gui.main_window import MainWindow  # noqa: E402
from hubdesk.gui.spaces.page import APPLICATIONS_TAB, PLAN, TIMELINE, SpacesPage  # noqa: E402
from hubdesk.gui.start import create_application  # noqa: E402
from hubdesk.gui.teams.page import TeamsPage  # noqa: E402
from hubdesk.gui.topics import (  # noqa: E402
    APPLICATIONS,
    GOALS,
    GRANTS,
    SESSIONS,
    TEAMS,
    TENANCIES,
)
from hubdesk.gui.ui_settings import UiSettings  # noqa: E402
from hubdesk.services.demo import DEMO_MANAGER, generate_demo  # noqa: E402
from hubdesk.services.people.staff import actor_for  # noqa: E402
from hubdesk.storage import Database  # noqa: E402
from hubdesk.storage.models import (  # noqa: E402
    Application,
    ConsultingSession,
    GrantAgreement,
    GrantProgram,
    Tenancy,
)

TODAY = date(2026, 11, 24)
REPEATS = 5
DIALOG_REPEATS = 3
FIRST_OPEN_RUNS = 3
NEXT_PAGES = 5  # "next 200 rows" from rows 200 to 1,200
HERE = Path(__file__).resolve().parent
Figures = list[tuple[str, float]]

# Each page's later tabs, opened in turn after the page in a fresh process.
FIRST_OPENS: dict[str, tuple[type[QWidget], tuple[tuple[str, int], ...]]] = {
    "teams": (TeamsPage, ()),
    "spaces": (SpacesPage, (("timeline", TIMELINE), ("applications", APPLICATIONS_TAB))),
    "consulting": (ConsultingPage, (("month", MONTH), ("list", LIST))),
    "grants": (GrantsPage, (("agreements", AGREEMENTS), ("settlement deadlines", DEADLINES))),
    "audit": (AuditPage, (("export log", 1),)),
}


def bar_ms(scale: int) -> float:
    """The most a step may take: instant up to scale 100, a short wait above."""
    return 100.0 if scale <= 100 else 250.0


# --- the stopwatch ---------------------------------------------------------------------


def timed(step: Callable[[], object], repeats: int = REPEATS) -> float:
    """Median milliseconds of ``step`` followed by the repaint it causes."""

    def with_repaint() -> None:
        step()
        QApplication.processEvents()

    return median_ms(with_repaint, repeats)


def once(step: Callable[[], object]) -> float:
    return timed(step, 1)


def timed_dialog(open_: Callable[[], QWidget | None], repeats: int = DIALOG_REPEATS) -> float:
    """Median milliseconds from asking for a dialog to its first paint; closed untimed."""
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        dialog = open_()
        QApplication.processEvents()
        samples.append(time.perf_counter() - started)
        if isinstance(dialog, QDialog):
            dialog.reject()
        elif dialog is not None:
            dialog.close()
        QApplication.processEvents()
    return statistics.median(samples) * 1000


def cycle(*values: object) -> Iterator[object]:
    while True:
        yield from values


# --- the window -----------------------------------------------------------------------


def build_window(db: Database, folder: Path, name: str = "ui", idle: bool = True) -> MainWindow:
    """The window on the demo manager; ``idle=False``: no page is built before it is shown
    (a first open then builds its page, as when a person clicks before the idle builds)."""
    actor = actor_for(db, DEMO_MANAGER)
    ui = UiSettings.at(folder / f"{name}.ini")
    window = MainWindow(db, actor, demo=True, ui=ui, today=lambda: TODAY)
    if not idle:
        window.build_remaining_pages = lambda: None  # type: ignore[method-assign]
    window.resize(1280, 800)
    window.show()
    return window


def show(window: MainWindow, kind: type[QWidget]) -> QWidget:
    window.show_page(window.index_of(kind))
    QApplication.processEvents()
    page = window.page_of(kind)
    assert isinstance(page, kind)
    return page


def next_rows(model: object, label: str) -> Figures:
    """The next 200 rows of a paged list, from row 200 on."""
    fetch_more = model.fetchMore  # type: ignore[attr-defined]
    index = model.index(0, 0).parent()  # type: ignore[attr-defined]
    return [(label, timed(lambda: fetch_more(index), NEXT_PAGES))]


# --- the steps in one process -----------------------------------------------------------


def measure(db: Database, folder: Path) -> Figures:
    results: Figures = []
    window = build_window(db, folder)
    QApplication.processEvents()
    ids = record_ids(db)
    results += dashboard_steps(window)
    results += teams_steps(window)
    results += spaces_steps(window, ids)
    results += applications_steps(window, ids)
    results += consulting_steps(window, ids)
    results += grants_steps(window, ids)
    results += audit_steps(window)
    results += window_dialogs(window)
    window.close()
    return results


def record_ids(db: Database) -> dict[str, int]:
    """A record of each kind the dialogs open on."""
    queries = {
        "tenancy": select(Tenancy.id).where(
            Tenancy.status == TenancyStatus.ACTIVE,
            Tenancy.ended_early_on.is_(None),
            Tenancy.start_date <= TODAY,
            Tenancy.end_date >= TODAY,
        ),
        "application": select(Application.id).where(
            Application.status == ApplicationStatus.SUBMITTED
        ),
        "session": select(ConsultingSession.id).where(
            ConsultingSession.status == SessionStatus.SCHEDULED
        ),
        "draft": select(GrantAgreement.id).where(GrantAgreement.status == AgreementStatus.DRAFT),
        "agreement": select(GrantAgreement.id).where(
            GrantAgreement.status == AgreementStatus.IN_PROGRESS
        ),
        "program": select(GrantProgram.id),
    }
    with db.read() as session:
        found = {name: session.scalar(query.limit(1)) for name, query in queries.items()}
        found["space"] = session.scalar(
            select(Tenancy.space_id).where(Tenancy.id == found["tenancy"])
        )
    return {name: int(value) for name, value in found.items() if value is not None}


def dashboard_steps(window: MainWindow) -> Figures:
    """The first page: built anew (as when the window opens on it), a year switch with
    the arrow keys' path (the selector's index), and a reload after an edit."""
    page = show(window, OverviewPage)
    assert isinstance(page, OverviewPage)
    for _page in window.kinds:  # the other pages' idle builds, not timed with the open
        QApplication.processEvents()
    this_year = page.year_box.currentIndex()
    other_year = max(this_year - 1, 0)
    years = cycle(other_year, this_year)

    def open_page() -> QWidget:
        built = OverviewPage(page.context)
        built.resize(page.size())
        built.show()
        return built

    def switch_year() -> None:
        page._seen.clear()  # a year not read before: the page keeps those it has read
        page.year_box.setCurrentIndex(int(next(years)))

    results = [
        ("dashboard: open", timed_dialog(open_page, REPEATS)),
        ("dashboard: switch year", timed(switch_year)),
        ("dashboard: reload after an edit", timed(lambda: page.refresh(frozenset({GOALS})))),
    ]
    page.year_box.setCurrentIndex(this_year)
    return results


def teams_steps(window: MainWindow) -> Figures:
    page = show(window, TeamsPage)
    assert isinstance(page, TeamsPage)
    words = cycle("협동조합", "김", "119-86", "햇살", "마을", "")

    def search() -> None:
        page.search.setText(str(next(words)))
        page.apply_filters()

    rows = cycle(3, 4)
    # Each step turns the order round: sorting into the order already shown reads nothing.
    orders = cycle(Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder)
    results = [("teams: search keystroke", timed(search))]
    page.search.setText("")
    page.apply_filters()
    results += next_rows(page.model, "teams: next 200 rows")
    results += [
        ("teams: select a row (detail)", timed(lambda: page.table.selectRow(int(next(rows))))),
        ("teams: sort by space", timed(lambda: page.table.sortByColumn(5, next(orders)))),  # type: ignore[arg-type]
        ("teams: reload after an edit", timed(lambda: page.refresh(frozenset({TEAMS})))),
    ]
    page.table.selectRow(0)
    results += [
        ("teams: new team dialog", timed_dialog(lambda: (page.new_record(), page.dialog)[1])),
        ("teams: edit team dialog", timed_dialog(lambda: (page.edit_selected(), page.dialog)[1])),
    ]
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    return results


def spaces_steps(window: MainWindow, ids: dict[str, int]) -> Figures:
    page = show(window, SpacesPage)
    assert isinstance(page, SpacesPage)
    turns = iter(range(100))

    def switch_floor() -> None:
        page.floor_box.setCurrentIndex(next(turns) % max(1, page.floor_box.count()))
        page._floor_chosen()  # what the combo's activated signal calls

    words = cycle("협동", "2F", "마을", "B5-", "")

    def find() -> None:
        page.search_box.setText(str(next(words)))
        page._find_next()  # Enter in the search box

    def open_timeline() -> None:
        page.tabs.setCurrentIndex(PLAN)
        page.stale.add(TIMELINE)  # as after an edit: the timeline reads anew
        page.tabs.setCurrentIndex(TIMELINE)

    results = [
        ("spaces: switch floor", timed(switch_floor)),
        ("spaces: find a room (Enter)", timed(find)),
        ("spaces: click a room", timed(lambda: page.show_room(ids["space"]))),
        (
            "spaces: reload after an edit (plan)",
            timed(lambda: page.refresh(frozenset({TENANCIES}))),
        ),
        ("spaces: open the timeline", timed(open_timeline)),
        (
            "spaces: timeline filter keystroke",
            timed(lambda: page.timeline_filter.setText(str(next(words)))),
        ),
        (
            "spaces: reload after an edit (timeline)",
            timed(lambda: page.refresh(frozenset({TENANCIES}))),
        ),
    ]
    page.timeline_filter.setText("")
    page.tabs.setCurrentIndex(PLAN)
    page.show_room(ids["space"])
    results += [
        ("spaces: allocate dialog", timed_dialog(lambda: (page.allocate(), page.dialog)[1])),
        ("spaces: renew dialog", timed_dialog(lambda: (page.renew(), page.dialog)[1])),
        ("spaces: end early dialog", timed_dialog(lambda: (page.end_tenancy(), page.dialog)[1])),
        ("spaces: checklist dialog", timed_dialog(lambda: (page.checklist(), page.dialog)[1])),
    ]
    return results


def applications_steps(window: MainWindow, ids: dict[str, int]) -> Figures:
    page = show(window, SpacesPage)
    assert isinstance(page, SpacesPage)
    page.tabs.setCurrentIndex(APPLICATIONS_TAB)
    QApplication.processEvents()
    panel = page.applications
    assert panel is not None
    statuses = iter(range(100))

    def choose_status() -> None:
        panel.status.setCurrentIndex(next(statuses) % panel.status.count())

    from hubdesk.gui.spaces.application_dialogs import AllocateApplicationDialog, ReviewDialog

    application = ids["application"]
    results = [
        ("applications: filter by status", timed(choose_status)),
        (
            "applications: reload after an edit",
            timed(lambda: page.refresh(frozenset({APPLICATIONS}))),
        ),
        ("applications: submit dialog", timed_dialog(panel.submit)),
        (
            "applications: review dialog",
            timed_dialog(lambda: ReviewDialog(page.context, application, page)),
        ),
        (
            "applications: allocate dialog",
            timed_dialog(lambda: AllocateApplicationDialog(page.context, application, page)),
        ),
    ]
    panel.status.setCurrentIndex(0)
    page.tabs.setCurrentIndex(PLAN)
    return results


def consulting_steps(window: MainWindow, ids: dict[str, int]) -> Figures:
    """Scale 100 has 60,334 sessions: 613 in the week of TODAY, 3,431 in its month grid."""
    page = show(window, ConsultingPage)
    assert isinstance(page, ConsultingPage)

    def show_tab(tab: int) -> None:
        page.stale.add(tab)  # as after an edit: the view reads its sessions anew
        page.tabs.setCurrentIndex(tab)
        page._load_visible()

    steps = cycle(1, -1)
    words = cycle("협동", "김", "마케팅", "")

    def search() -> None:
        page.search_box.setText(str(next(words)))
        page.apply_filters()

    teams = cycle("협", "협동", "마을", "햇")

    def pick_team() -> None:
        text = str(next(teams))
        page.team_filter.setText(text)
        page.team_filter.textEdited.emit(text)

    results = [
        ("consulting: show the week", timed(lambda: show_tab(WEEK))),
        ("consulting: next/previous week", timed(lambda: page.go(int(next(steps))))),
        ("consulting: search keystroke (week)", timed(search)),
        ("consulting: team filter keystroke", timed(pick_team)),
    ]
    page.search_box.setText("")
    page.team_filter.setText("")
    page.apply_filters()
    results += [
        ("consulting: reload after an edit", timed(lambda: page.refresh(frozenset({SESSIONS})))),
        ("consulting: show the month", timed(lambda: show_tab(MONTH))),
        ("consulting: show the list", timed(lambda: show_tab(LIST))),
        ("consulting: search keystroke (list)", timed(search)),
    ]
    page.search_box.setText("")
    page.apply_filters()
    results += next_rows(page.model, "consulting: next 200 rows")
    page.tabs.setCurrentIndex(WEEK)
    QApplication.processEvents()
    session = ids["session"]

    from hubdesk.gui.consulting.session_dialogs import CancelDialog, CompleteDialog, ScheduleDialog

    def schedule() -> QWidget:
        row = page.week.rows[0]
        dialog = ScheduleDialog(page.context, page, day=row.starts_at.date(), team_id=row.team_id)
        dialog.consultant.setCurrentIndex(dialog.consultant.findData(row.consultant_id))
        dialog.show()
        return dialog

    def opened(dialog: QWidget) -> QWidget:
        dialog.show()
        return dialog

    results += [
        ("consulting: schedule dialog", timed_dialog(schedule)),
        (
            "consulting: change dialog",
            timed_dialog(lambda: opened(ScheduleDialog(page.context, page, session_id=session))),
        ),
        (
            "consulting: complete dialog",
            timed_dialog(lambda: opened(CompleteDialog(page.context, session, page))),
        ),
        (
            "consulting: cancel dialog",
            timed_dialog(lambda: opened(CancelDialog(page.context, session, page))),
        ),
        ("consulting: MOU dialog", timed_dialog(lambda: (page.edit_mou(), page.dialog)[1])),
        ("consulting: export log dialog", timed_dialog(lambda: _export_dialog(page))),
    ]
    return results


def _export_dialog(page: ConsultingPage) -> QWidget:
    from hubdesk.gui.consulting.export_dialog import open_export_dialog

    return open_export_dialog(page.context, page)


def grants_steps(window: MainWindow, ids: dict[str, int]) -> Figures:
    """Scale 100 has 4,343 agreements; the list pages them 200 at a time."""
    page = show(window, GrantsPage)
    assert isinstance(page, GrantsPage)

    def show_tab(tab: int) -> None:
        page.stale.add(tab)  # as after an edit: the tab reads anew
        page.tabs.setCurrentIndex(tab)
        page._load_visible()

    rows = cycle(0, 1, 2, 3)
    words = cycle("협동조합", "2026-사업개발", "마을", "")

    def search() -> None:
        page.agreements.search_box.setText(str(next(words)))
        page.agreements.apply_filters()

    results = [
        ("grants: budget tab", timed(lambda: show_tab(BUDGET))),
        ("grants: reload after an edit (budget)", timed(lambda: page.refresh(frozenset({GRANTS})))),
        ("grants: agreements tab", timed(lambda: show_tab(AGREEMENTS))),
        (
            "grants: select an agreement",
            timed(lambda: page.agreements.table.selectRow(int(next(rows)))),
        ),
        ("grants: search keystroke", timed(search)),
    ]
    page.agreements.search_box.setText("")
    page.agreements.apply_filters()
    results += next_rows(page.agreements.model, "grants: next 200 rows")
    results += [
        (
            "grants: reload after an edit (agreements)",
            timed(lambda: page.refresh(frozenset({GRANTS}))),
        ),
        ("grants: settlement deadlines tab", timed(lambda: show_tab(DEADLINES))),
        (
            "grants: reload after an edit (deadlines)",
            timed(lambda: page.refresh(frozenset({GRANTS}))),
        ),
    ]
    page.tabs.setCurrentIndex(BUDGET)
    QApplication.processEvents()

    from hubdesk.gui.grants.agreement_dialog import AgreementDialog
    from hubdesk.gui.grants.program_dialog import ProgramDialog
    from hubdesk.gui.grants.status_dialogs import SignDialog

    def opened(dialog: QWidget) -> QWidget:
        dialog.show()
        return dialog

    draft = page.agreements.views.agreement_detail(ids["draft"])
    results += [
        (
            "grants: new program dialog",
            timed_dialog(lambda: opened(ProgramDialog(page.context, page))),
        ),
        (
            "grants: edit program dialog",
            timed_dialog(lambda: opened(ProgramDialog(page.context, page, ids["program"]))),
        ),
        (
            "grants: new agreement dialog",
            timed_dialog(lambda: opened(AgreementDialog(page.context, page))),
        ),
        (
            "grants: sign dialog",
            timed_dialog(lambda: opened(SignDialog(page.context, draft, page))),
        ),
    ]
    return results


def audit_steps(window: MainWindow) -> Figures:
    """On a trail of TRAIL_PER_SCALE rows per scale unit (benchmarks/audit_trail.py)."""
    page = show(window, AuditPage)
    assert isinstance(page, AuditPage)
    changes = page.changes
    turns = iter(range(100))
    kinds = cycle("teams", "spaces", "tenancies", "consulting_sessions", "disbursements")

    def choose(combo: QComboBox) -> None:
        combo.setCurrentIndex(1 + next(turns) % (combo.count() - 1))  # the list reloads

    def choose_kind() -> None:
        changes.table_filter.setCurrentIndex(changes.table_filter.findData(next(kinds)))

    words = cycle("이영희", "협동조합", "3F-", "010-", "")

    def search() -> None:
        changes.search.setText(str(next(words)))
        changes.apply_filters()

    results = [("audit: reload after an edit", timed(lambda: page.refresh(frozenset())))]
    results.append(("audit: filter by staff member", timed(lambda: choose(changes.staff_filter))))
    changes.clear_filters()
    results.append(("audit: filter by kind of record", timed(choose_kind)))
    changes.clear_filters()
    results.append(("audit: search keystroke", timed(search)))
    changes.clear_filters()
    results += next_rows(changes.model, "audit: next 200 rows")
    rows = cycle(3, 4)
    results.append(
        ("audit: select a row (detail)", timed(lambda: changes.table.selectRow(int(next(rows)))))
    )
    results.append(("audit: export log tab", timed(lambda: page.tabs.setCurrentIndex(1))))
    page.tabs.setCurrentIndex(0)
    return results


def window_dialogs(window: MainWindow) -> Figures:
    from hubdesk.gui.admin.backups_dialog import BackupsDialog
    from hubdesk.gui.admin.hub_settings_dialog import HubSettingsDialog

    def opened(dialog: QWidget) -> QWidget:
        dialog.show()
        return dialog

    return [
        ("window: approvals dialog", timed_dialog(window.open_approvals)),
        (
            "window: hub settings dialog",
            timed_dialog(lambda: opened(HubSettingsDialog(window.context, window))),
        ),
        (
            "window: backups dialog",
            timed_dialog(lambda: opened(BackupsDialog(window.db, window.actor, window))),
        ),
    ]


# --- first opens, each in a fresh process -------------------------------------------------


def first_open(path: Path, folder: Path, key: str) -> dict[str, float]:
    """In this (fresh) process: open the window, then the page (built on the click), then
    each later tab."""
    create_application()
    results: dict[str, float] = {}
    kind, tabs = FIRST_OPENS[key]
    with Database.open(path, create=False) as db:
        started = time.perf_counter()
        window = build_window(db, folder, f"ui-{key}", idle=False)
        QApplication.processEvents()
        results["window: open (fresh process)"] = (time.perf_counter() - started) * 1000
        results[f"{key}: first open"] = once(lambda: window.show_page(window.index_of(kind)))
        page = window.page_of(kind)
        for name, tab in tabs:
            results[f"{key} {name}: first open"] = once(
                lambda tab=tab: page.tabs.setCurrentIndex(tab)  # type: ignore[attr-defined]
            )
        window.close()
    return results


def first_opens(path: Path, folder: Path) -> Figures:
    """Median of FIRST_OPEN_RUNS processes per page; the window's open over all of them."""
    compileall.compile_dir(HERE.parent / "hubdesk", quiet=1)  # imports as an installed app's
    samples: dict[str, list[float]] = {}
    for _run in range(FIRST_OPEN_RUNS):
        for key in FIRST_OPENS:
            command = [sys.executable, str(Path(__file__)), "--first-open", key, str(path)]
            output = subprocess.run(
                [*command, str(folder)], check=True, capture_output=True, text=True
            ).stdout
            for step, ms in json.loads(output.splitlines()[-1]).items():
                samples.setdefault(step, []).append(ms)
    return [(step, statistics.median(values)) for step, values in samples.items()]


# --- the whole run ---------------------------------------------------------------------------


def demo_file(folder: Path, scale: int) -> Path:
    """The demo at ``scale`` with its audit trail, made (or copied from the kept ones)."""
    path = folder / f"demo-{scale}.sqlite"
    kept_folder = os.environ.get("HUBDESK_BENCH_DEMOS")
    kept = Path(kept_folder) / path.name if kept_folder else None
    if kept is not None and kept.exists():
        shutil.copyfile(kept, path)
        return path
    generate_demo(path, scale=scale, today=TODAY)
    with Database.open(path, create=False) as db:
        add_trail(db, trail_rows(db, TRAIL_PER_SCALE * scale))
    if kept is not None:
        kept.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, kept)
    return path


def figures(scale: int) -> Figures:
    """Every step's median milliseconds at ``scale``: first opens, then the rest."""
    create_application()
    with tempfile.TemporaryDirectory(prefix="hubdesk-bench-") as name:
        folder = Path(name)
        path = demo_file(folder, scale)
        with Database.open(path, create=False) as db:
            warm = measure(db, folder)
        return first_opens(path, folder) + warm


def main(scales: list[int]) -> None:
    table = {scale: dict(figures(scale)) for scale in scales}
    steps = list(next(iter(table.values())))
    print(f"{'step':<44}" + "".join(f"{'scale ' + str(s):>16}" for s in scales))
    for step in steps:
        cells = []
        for scale in scales:
            ms = table[scale][step]
            cells.append(f"{ms:>9.0f} ms {'ok' if ms < bar_ms(scale) else 'SLOW':<4}")
        print(f"{step:<44}" + " ".join(cells))
    over = {s: sum(ms >= bar_ms(s) for ms in table[s].values()) for s in scales}
    print("over the bar: " + ", ".join(f"scale {s}: {n} of {len(steps)}" for s, n in over.items()))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--first-open"]:
        key, path, folder = sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4])
        print(json.dumps(first_open(path, folder, key)))
    else:
        main([int(arg) for arg in sys.argv[1:]] or [1, 100])
