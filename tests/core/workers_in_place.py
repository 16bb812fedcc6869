"""Workers in the test's process: a pool that runs each task at once, and what a library holds to compare."""

from __future__ import annotations

import pickle
from concurrent.futures import Executor, Future

from pathlib import Path

import core.parallel
from core.nlp import tagger as tagger_model
from core.store import open_db


class InPlacePool(Executor):
    """A pool whose tasks run at once in this process, as a worker holding the given detector runs them.

    Each task gets its own copy of what it is sent, as a worker unpickles it; an error in a task is held by
    its future, as a worker's is. tasks: the items sent in each task, appended as they are sent.
    """

    def __init__(self, detector, tasks: list) -> None:
        path = detector.tagger_path
        detector.tagger = tagger_model.load_file(path) if path else tagger_model.load()
        self.detector, self.tasks = detector, tasks

    def submit(self, fn, *args):
        self.tasks.append(args[0])
        previous, core.parallel._WORKER = core.parallel._WORKER, self.detector
        future = Future()
        try:
            future.set_result(fn(*pickle.loads(pickle.dumps(args))))
        except Exception as exc:
            future.set_exception(exc)
        finally:
            core.parallel._WORKER = previous
        return future


def library_tables(path: Path, queries: dict[str, str]) -> dict[str, list]:
    """The rows of each query (by name) on the library at path."""
    db = open_db(path)
    try:
        return {name: db.execute(sql).fetchall() for name, sql in queries.items()}
    finally:
        db.close()
