"""The stopwatch the benchmark scripts share: median milliseconds or best seconds of a step,
and the medians of steps run in turn (HubDesk beside its floor)."""

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


def alternated(
    steps: list[Callable[[], object]], runs: int, *, warm_up: bool = False
) -> list[float]:
    """Median seconds of each of ``steps``, run in turn for ``runs`` rounds so that a busy
    moment of the machine hits all of them (after one untimed round if ``warm_up``)."""
    if warm_up:
        for step in steps:
            step()
    samples: list[list[float]] = [[] for _ in steps]
    for _ in range(runs):
        for index, step in enumerate(steps):
            started = time.perf_counter()
            step()
            samples[index].append(time.perf_counter() - started)
    return [statistics.median(values) for values in samples]
