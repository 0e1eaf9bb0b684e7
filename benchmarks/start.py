"""How long HubDesk takes from the start of its process to its first painted main window,
beside the floor: a bare QMainWindow painted once (``floor_window.py``), in the same run.

    uv run python benchmarks/start.py [--scales 1 100] [--runs 7]

Both are whole processes (``python -m hubdesk --smoke-test --db FILE`` and
``python benchmarks/floor_window.py``), offscreen, alternated floor / HubDesk so that a
busy moment of the machine hits both, and the median of ``--runs`` of each is reported
with the ratio. The bytecode of the environment and of ``hubdesk`` is compiled first:
this machine sets PYTHONDONTWRITEBYTECODE, and every start would otherwise measure
compilation. Demo files are written once per scale into a temporary folder.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TODAY = date(2026, 11, 24)


def compile_bytecode() -> None:
    """Write the .pyc files that PYTHONDONTWRITEBYTECODE keeps imports from writing."""
    for folder in (Path(sysconfig.get_paths()["purelib"]), ROOT / "hubdesk"):
        compileall.compile_dir(folder, quiet=1, workers=0)


def seconds(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def demo_file(folder: Path, scale: int) -> Path:
    from hubdesk.services.demo import generate_demo

    path = folder / f"demo-{scale}.sqlite"
    generate_demo(path, scale=scale, today=TODAY)
    return path


def measure(path: Path, runs: int, env: dict[str, str]) -> tuple[float, float, float]:
    """Medians (seconds) of the floor, HubDesk's first paint (the start frame) and its
    full window's first paint (the file open, the pages built), alternated."""
    floor = [sys.executable, str(HERE / "floor_window.py")]
    hubdesk = [sys.executable, "-m", "hubdesk", "--db", str(path), "--smoke-test"]
    seconds(hubdesk, env)  # one start first: the file's first open upgrades nothing later
    floors, firsts, windows = [], [], []
    for _ in range(runs):
        floors.append(seconds(floor, env))
        firsts.append(seconds([*hubdesk, "first-paint"], env))
        windows.append(seconds(hubdesk, env))
    return tuple(statistics.median(v) for v in (floors, firsts, windows))  # type: ignore[return-value]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 100])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    compile_bytecode()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    print(f"{'figure':44} {'HubDesk':>9} {'floor':>9} {'ratio':>6}")
    with tempfile.TemporaryDirectory(prefix="hubdesk-start-") as folder:
        env["HOME"] = folder  # the window's preferences of this run only
        for scale in args.scales:
            path = demo_file(Path(folder), scale)
            floor, first, window = measure(path, args.runs, env)
            for label, value in (
                (f"start → first paint (frame), scale {scale}", first),
                (f"start → full window painted, scale {scale}", window),
            ):
                print(f"{label:44} {value:8.2f}s {floor:8.2f}s {value / floor:5.1f}×", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
