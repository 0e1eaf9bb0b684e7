"""The dashboard alone, at demo scales: the page's three steps as ``window_pages.py`` times
them (open, switch year, reload after an edit), then ``DashboardService.dashboard`` by
itself, for this year and the whole term, and each of its parts.

A script, not a test (offscreen; the machine is shared, so compare within a run):

    uv run python benchmarks/dashboard.py [SCALE ...]

``HUBDESK_BENCH_DEMOS`` keeps the demo files between runs, as for ``window_pages.py``.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from timing import median_ms  # noqa: E402
from window_pages import (  # noqa: E402
    TODAY,
    bar_ms,
    build_window,
    create_application,
    dashboard_steps,
    demo_file,
)

from hubdesk.services.demo import DEMO_MANAGER  # noqa: E402
from hubdesk.services.goals import dashboard as board  # noqa: E402
from hubdesk.services.goals.goals import goal_figures, read_term  # noqa: E402
from hubdesk.services.grants.deadlines import settlement_items  # noqa: E402
from hubdesk.services.people.staff import actor_for  # noqa: E402
from hubdesk.storage import Database  # noqa: E402

REPEATS = 7
Figures = list[tuple[str, float]]


def service_steps(db: Database) -> Figures:
    """The service's read, whole and by part (each part in a read of its own)."""
    service = board.DashboardService(db, actor_for(db, DEMO_MANAGER))
    year = TODAY.year

    def part(work: Callable[..., object]) -> Callable[[], object]:
        def run() -> object:
            with db.read() as tx:
                return work(tx, read_term(tx, TODAY))

        return run

    parts: dict[str, Callable[[], object]] = {
        "service: dashboard(year)": lambda: service.dashboard(year, TODAY),
        "service: dashboard(term)": lambda: service.dashboard(None, TODAY),
        "service: dashboard(year), week kept": lambda: service.dashboard(year, TODAY, False),
        "  goal figures": part(lambda tx, term: goal_figures(tx, year, TODAY, term)),
        "  office": part(lambda tx, term: board._office(tx, year, TODAY, term)),
        "  settlements due": part(lambda tx, _term: settlement_items(tx, TODAY, 14)),
        "  my approvals": part(lambda tx, _term: service._my_approvals(tx)),
    }
    return [(name, median_ms(work, REPEATS)) for name, work in parts.items()]


def figures(scale: int) -> Figures:
    create_application()
    with tempfile.TemporaryDirectory(prefix="hubdesk-bench-") as name:
        folder = Path(name)
        path = demo_file(folder, scale)
        with Database.open(path, create=False) as db:
            window = build_window(db, folder)
            results = dashboard_steps(window)
            window.close()
            return results + service_steps(db)


def main(scales: list[int]) -> None:
    table = {scale: dict(figures(scale)) for scale in scales}
    steps = list(next(iter(table.values())))
    print(f"{'step':<44}" + "".join(f"{'scale ' + str(s):>16}" for s in scales))
    for step in steps:
        cells = []
        for scale in scales:
            ms = table[scale][step]
            mark = "" if step.startswith(" ") else ("ok" if ms < bar_ms(scale) else "SLOW")
            cells.append(f"{ms:>9.0f} ms {mark:<4}")
        print(f"{step:<44}" + " ".join(cells))


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [1, 10, 100])
