"""The stopwatch the benchmark scripts share: median milliseconds or best seconds of a step."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def _samples(step: Callable[[], object], runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        step()
        samples.append(time.perf_counter() - started)
    return samples


def median_ms(step: Callable[[], object], runs: int = 5) -> float:
    """Median milliseconds of ``runs`` runs of ``step``."""
    return statistics.median(_samples(step, runs)) * 1000


def best(repeat: int, work: Callable[[], object]) -> float:
    """Fewest seconds of ``repeat`` runs of ``work``."""
    return min(_samples(work, repeat))
