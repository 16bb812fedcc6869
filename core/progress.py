"""The callbacks long work takes: progress(done, total, what) and cancelled(); and the loop that honours them."""

from typing import Callable, Iterable, TypeVar

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]
T = TypeVar("T")


def run_each(items: Iterable[T], step: Callable[[T], None], progress: Progress | None,
             cancelled: Cancelled | None, every: int = 1, total: int | None = None,
             label: Callable[[T], str] = str) -> bool:
    """Call step on every item, reporting progress before every `every`-th; returns True if cancelled.

    Items are read into a list first, unless total is given: then they are taken one
    at a time from a stream (a generator over a large file or a query), and total
    (0: unknown) is what progress reports. A cancelled run makes no final report.
    """
    if total is None:
        items = list(items)
        total = len(items)
    done = 0
    for item in items:
        if cancelled and cancelled():
            return True
        if progress and done % every == 0:
            progress(done, total, label(item))
        step(item)
        done += 1
    if progress:
        progress(done, max(total, done), "")
    return False


class FileProgress:
    """Progress by files stored: file k is reported once every article of the files before it is stored."""

    def __init__(self, files: list[str], progress: Progress | None) -> None:
        self.paths, self.progress = files, progress
        self.current = 0  # the file being read; those before it are read
        self.stored = 0  # files whose articles are all stored
        self.reported = 0  # the next progress step to report

    def reading(self, index: int, oldest_queued: int | None = None) -> None:
        """The reader moved on to file index."""
        self.current = index
        self.report(index if oldest_queued is None else min(index, oldest_queued))

    def report(self, stored: int) -> None:
        """Report every step up to stored files done."""
        self.stored = max(self.stored, stored)
        while self.reported <= self.stored and self.reported <= len(self.paths):
            if self.progress:
                what = str(self.paths[self.reported]) if self.reported < len(self.paths) else ""
                self.progress(self.reported, len(self.paths), what)
            self.reported += 1
