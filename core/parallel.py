"""Worker processes for detection: each loads the library's registry, tagger and lexicon once.

Workers never open the library: they receive what detection reads from it, run
module-level functions on an article's text and return plain picklable
results. The process that started them stays the library's only writer.
"""

from __future__ import annotations

import gc
import os
import pickle
import tempfile
import threading
import time
import weakref
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from core.nlp import tagger as tagger_model

# Below this many articles a pool costs more to start than it saves.
MIN_PARALLEL = 20
# Articles in flight per worker: enough to keep every core busy, few enough to bound memory.
IN_FLIGHT = 16


@dataclass
class Detector:
    """What detection reads from the library once per run: registry, tagger, the user's lexicon."""

    registry: object
    tagger: object
    lexicon: object
    tagger_path: str | None = None  # where a worker loads the tagger from (None: the bundled model)


_WORKER: Detector | None = None
# Temporary files holding the registry and lexicon for a pool's workers: kaidan-detector-PID-….pickle
_SHARED = "kaidan-detector-"


def _start_worker(shared: str, tagger_path: str | None, parent: int) -> None:
    """Load what detection reads: the registry and lexicon from the file shared, then the tagger."""
    global _WORKER
    # Watch first: the importing process may be killed while this worker still loads its tagger.
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    with open(shared, "rb") as file:
        registry, lexicon = pickle.load(file)
    model = tagger_model.load_file(tagger_path) if tagger_path else tagger_model.load()
    _WORKER = Detector(registry, model, lexicon, tagger_path)
    # What was loaded lives as long as the worker: kept out of the collector's passes, which the
    # tokens of every article would otherwise make walk it again and again (a few per cent of its time).
    gc.freeze()


def _exit_with_parent(parent: int) -> None:
    """End this worker when the importing process is gone (killed mid-import): never linger holding memory.

    parent is the pid the importing process gave, not this worker's getppid() at start: by then the
    importer may already be dead and this worker adopted by another process.
    """
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(0)


def worker_detector() -> Detector:
    """The detector this worker process loaded when it started."""
    if _WORKER is None:
        raise RuntimeError("not a detection worker")
    return _WORKER


def worker_count() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def start_pool(detector: Detector, items: int) -> Executor | None:
    """A pool of detection workers for a run of items articles; None when in-process is better or needed."""
    workers = worker_count()
    if items < MIN_PARALLEL or workers < 2:
        return None
    try:
        shared = _share(detector)
    except OSError:
        return None
    try:
        pool = ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=_start_worker,
                                   initargs=(shared, detector.tagger_path, os.getpid()))
    except (OSError, ValueError, NotImplementedError):
        os.unlink(shared)
        return None
    weakref.finalize(pool, _forget, shared)
    return pool


def _share(detector: Detector) -> str:
    """The registry and lexicon pickled once into a temporary file each worker reads as it starts.

    Passed as the pool's start arguments instead, they would be written down each new worker's
    pipe (half a megabyte), this process waiting until the worker has started up to read them.
    The file is removed when the pool is; those of importing processes killed meanwhile, here.
    """
    _forget_orphans()
    handle, path = tempfile.mkstemp(prefix=f"{_SHARED}{os.getpid()}-", suffix=".pickle")
    with os.fdopen(handle, "wb") as file:
        pickle.dump((detector.registry, detector.lexicon), file, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def _forget_orphans() -> None:
    """Remove the shared files of processes that are gone (killed before they could remove them)."""
    for path in Path(tempfile.gettempdir()).glob(f"{_SHARED}*-*.pickle"):
        try:
            os.kill(int(path.name[len(_SHARED):].split("-")[0]), 0)
        except ProcessLookupError:
            _forget(str(path))
        except (ValueError, OSError):
            pass  # not ours to judge: another user's process, or not a name we gave


def _forget(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
