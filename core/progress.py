"""The callbacks long work takes: progress(done, total, what) and cancelled(); and the loop that honours them."""

from typing import Callable, Iterable, TypeVar

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
T = TypeVar("T")


def run_each(items: Iterable[T], step: Callable[[T], None], progress: Progress | None,
             cancelled: Cancelled | None) -> bool:
    """Call step on every item, reporting progress before each; returns True if cancelled."""
    items = list(items)
    for done, item in enumerate(items):
        if cancelled and cancelled():
            return True
        if progress:
            progress(done, len(items), str(item))
        step(item)
    if progress:
        progress(len(items), len(items), "")
    return False
