"""Items handed to a pool's workers a chunk per task, each item's result found again by its share.

Import and analysis both send articles to detection workers (core.parallel) this way; a chunk is a
list in, a list of results out, so the work is any picklable function of a list.
"""

from __future__ import annotations

from concurrent.futures import Executor
from typing import Callable

# Articles sent to a worker in one task, by import and by analysis. Each task costs the writing process's pool
# threads a hand-over (queued, pickled, its reply read), taking the interpreter from the writer: four articles
# a task, their CPU fell from 0.37 to 0.15 s per 1,000 articles. Larger chunks gained nothing more and
# lengthen the last one.
CHUNK = 4


class Share:
    """One item's place in a chunk of items sent to a worker as one task: its result, once the chunk's reply is back."""

    __slots__ = ("future", "index")

    def __init__(self, index: int) -> None:
        self.future = None  # set when the chunk is sent
        self.index = index

    def sent(self) -> bool:
        return self.future is not None

    def done(self) -> bool:
        return self.future is not None and self.future.done()

    def result(self):
        return self.future.result()[self.index]


class Chunks:
    """Items sent to a pool's workers CHUNK to a task (work is given the chunk's list, returns a list of results).

    Import and analysis both hand articles to workers this way: each item added gets its Share of the
    reply; a full chunk is sent at once, a shorter one when the caller needs its results (send).
    """

    def __init__(self, pool: Executor, work: Callable[[list], list]) -> None:
        self.pool, self.work = pool, work
        self.items: list = []  # added, not yet sent
        self.shares: list[Share] = []  # their places in the chunk

    def add(self, item) -> Share:
        share = Share(len(self.items))
        self.items.append(item)
        self.shares.append(share)
        if len(self.items) >= CHUNK:
            self.send()
        return share

    def send(self) -> None:
        """Send the items added since the last chunk to a worker, as one task."""
        if self.items:
            future = self.pool.submit(self.work, self.items)
            for share in self.shares:
                share.future = future
            self.items, self.shares = [], []
