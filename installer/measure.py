"""The bundle's start beside the floor and beside a start from the checkout.

    uv run python installer/measure.py [--bundle dist/HubDesk] [--runs 7]

Whole processes, offscreen, on one demo file the bundle writes: the floor (a bare
QMainWindow painted once, ``benchmarks/floor_window.py``, run by the environment's Python
as ``uv run python`` runs it, without uv's own start), HubDesk from the checkout
(``python -m hubdesk``) and the bundle, each to its start frame's first paint
(``--smoke-test first-paint``) and to the full window's (``--smoke-test``); with uv on the
PATH, the floor and the first paint through ``uv run`` too, as a developer starts them. The runs
alternate so that a busy moment of the machine hits every kind; medians are printed. The
checkout's bytecode is compiled first (this machine sets PYTHONDONTWRITEBYTECODE).
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from installer import metadata  # noqa: E402

FLOOR = ROOT / "benchmarks" / "floor_window.py"
DEMO_TODAY = "2026-11-24"

Timings = dict[str, float]


def seconds(command: Sequence[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(
        command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return time.perf_counter() - started


def commands(bundle: Path, database: Path) -> dict[str, list[str]]:
    """Every start that is timed, by its label."""
    source = [sys.executable, "-m", "hubdesk", "--db", str(database), "--smoke-test"]
    program = metadata.executable(bundle, metadata.gui_name())
    frozen = [str(program), "--db", str(database), "--smoke-test"]
    starts = {
        "floor (bare QMainWindow)": [sys.executable, str(FLOOR)],
        "checkout first paint": [*source, "first-paint"],
        "bundle first paint": [*frozen, "first-paint"],
        "checkout full window": source,
        "bundle full window": frozen,
    }
    if uv := shutil.which("uv"):  # as a developer starts them, uv's own check included
        starts["uv run: floor"] = [uv, "run", "python", str(FLOOR)]
        starts["uv run: hubdesk first paint"] = [uv, "run", *source[1:], "first-paint"]
    return starts


def medians(starts: dict[str, list[str]], runs: int, env: dict[str, str]) -> Timings:
    """Each start once to warm the disk cache, then ``runs`` rounds of all, alternated."""
    for command in starts.values():
        seconds(command, env)
    samples: dict[str, list[float]] = {label: [] for label in starts}
    for _ in range(runs):
        for label, command in starts.items():
            samples[label].append(seconds(command, env))
    return {label: statistics.median(values) for label, values in samples.items()}


def measure(bundle: Path, runs: int = 7) -> Timings:
    for folder in (Path(sysconfig.get_paths()["purelib"]), ROOT / "hubdesk"):
        compileall.compile_dir(folder, quiet=2, workers=0)  # errors: templates
    with tempfile.TemporaryDirectory(prefix="hubdesk-measure-") as name:
        folder = Path(name)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": name, "PYTHONPATH": str(ROOT)}
        env["XDG_CONFIG_HOME"] = str(folder / "config")
        database = folder / "demo.sqlite"
        cli = metadata.executable(bundle, metadata.CLI_NAME)
        demo = [str(cli), "demo", str(database), "--today", DEMO_TODAY]
        subprocess.run(demo, check=True, env=env, stdout=subprocess.DEVNULL)
        return medians(commands(bundle, database), runs, env)


def report(timings: Timings) -> None:
    floor = timings["floor (bare QMainWindow)"]
    print(f"    {'start':34} {'median':>8} {'× floor':>8}", flush=True)
    for label, value in timings.items():
        print(f"    {label:34} {value:8.3f} {value / floor:8.2f}", flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / metadata.APP_NAME)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    report(measure(args.bundle, args.runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
