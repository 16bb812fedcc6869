"""Wrapping a function so that the CPU seconds of its calls add up under a name (the benches' --stages)."""

from __future__ import annotations

import time


def cpu_timed(run, name: str, totals: dict[str, float]):
    """run, wrapped so that the CPU time of every call adds to totals[name] (also when it raises)."""
    def wrapper(*args, **kwargs):
        began = time.process_time()
        try:
            return run(*args, **kwargs)
        finally:
            totals[name] = totals.get(name, 0.0) + time.process_time() - began
    return wrapper


def least_cpu(work, runs: int) -> float:
    """The least CPU seconds of runs calls of work(): the figure least touched by other load on the machine."""
    best = float("inf")
    for _ in range(runs):
        began = time.process_time()
        work()
        best = min(best, time.process_time() - began)
    return best
