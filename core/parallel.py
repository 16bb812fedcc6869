"""Worker processes for detection, each with the library's registry, tagger and lexicon.

Where it is safe (the main thread of a process without Qt, on a system that
forks), workers are forked from this process once it has loaded and used all
detection reads, so they start at once and share those pages with it. Elsewhere
(the window, whose imports run on a Qt thread) they are spawned afresh and load
the registry and lexicon from a temporary file, the tagger from its model.
Workers never open the library: they run module-level functions on an
article's text and return plain picklable results. The process that started
them stays the library's only writer.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import signal
import sys
import tempfile
import threading
import weakref
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from multiprocessing.connection import wait
from pathlib import Path
from typing import Callable

from core.nlp import tagger as tagger_model

# Below this many articles a pool costs more to start than it saves.
MIN_PARALLEL = 20
# Articles in flight per worker: enough to keep every core busy, few enough to bound memory.
IN_FLIGHT = 16
# Workers are forked where that is safe (see fork_is_safe); False: always spawned (to compare the two).
FORK = True
# Allocations between two collections of a worker's youngest objects (Python's default: 700). An article's
# tokens alone are thousands of tuples, each batch of 700 starting a pass; what a worker keeps is frozen,
# so the passes find little: 300 articles spent 0.07 s in them at 700, 0.01 s at 10,000.
WORKER_GC_THRESHOLD = 10_000
# A short news text written for Kaidan, detected once before workers are forked (see start_pool).
WARM_TEXT = ("【ワシントン共同】茂木外相は10日、ワシントンでブリンケン米国務長官と会談した。"
             "両氏は日米同盟の強化で一致し、茂木氏は「緊密に連携していく」と述べた。")


@dataclass
class Detector:
    """What detection reads from the library once per run: registry, tagger, the user's lexicon."""

    registry: object
    tagger: object
    lexicon: object
    tagger_path: str | None = None  # where a worker loads the tagger from (None: the bundled model)


_WORKER: Detector | None = None
# The detector a forked worker finds in the memory it shares with the process that forked it.
_INHERITED: Detector | None = None
# Temporary files holding the registry and lexicon for a pool's workers: kaidan-detector-PID-….pickle
_SHARED = "kaidan-detector-"


def _start_worker(shared: str, tagger_path: str | None) -> None:
    """Load what detection reads: the registry and lexicon from the file shared, then the tagger."""
    global _WORKER
    # Watch first: the importing process may be killed while this worker still loads its tagger.
    _watch_parent()
    with open(shared, "rb") as file:
        registry, lexicon = pickle.load(file)
    model = tagger_model.load_file(tagger_path) if tagger_path else tagger_model.load()
    _WORKER = Detector(registry, model, lexicon, tagger_path)
    # What was loaded lives as long as the worker: kept out of the collector's passes, which the
    # tokens of every article would otherwise make walk it again and again (a few per cent of its time).
    gc.freeze()
    _collect_less()


def _start_forked() -> None:
    """In a forked worker: detect with what the forking process loaded (frozen there, see _fork_pool)."""
    global _WORKER
    _watch_parent()
    _WORKER = _INHERITED
    _collect_less()


def _collect_less() -> None:
    """Collect a worker's young objects after WORKER_GC_THRESHOLD allocations, not 700 (the older generations as before)."""
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(WORKER_GC_THRESHOLD, middle, oldest)


def _watch_parent() -> None:
    """End this worker when the process that started it is gone (killed mid-import): never linger holding memory.

    Ctrl+C in a terminal reaches every process of the command; the importing process decides what it
    stops (after the article in hand, saying what it stored), so a worker does not die of it mid-article.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with_parent, args=(parent.sentinel,), daemon=True).start()


def _exit_with_parent(sentinel: int) -> None:
    """Wait until the parent's end of the pipe multiprocessing keeps to each worker is closed, then exit.

    The kernel closes it when the parent dies, however it dies, so this holds for forked and
    spawned workers alike, and for a parent that died before this worker got here. (A worker
    forked later holds a copy of an earlier one's end; it exits first, and so releases it.)
    """
    wait([sentinel])
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


def start_pool(detector: Detector, items: int,
               warm: Callable[[Detector], object] | None = None) -> Executor | None:
    """A pool of detection workers for a run of items articles; None when in-process is better or needed.

    warm: run once on the detector before workers are forked from this process, so that what
    detection builds on first use (patterns, caches) is built once and shared. Forking loads
    the tagger into detector.tagger here, where the caller may detect with it too.
    """
    workers = worker_count()
    if items < MIN_PARALLEL or workers < 2:
        return None
    if FORK and fork_is_safe():
        try:
            return _fork_pool(detector, workers, warm)
        except (OSError, ValueError):
            pass  # spawned instead
    try:
        shared = _share(detector)
    except OSError:
        return None
    try:
        pool = ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=_start_worker,
                                   initargs=(shared, detector.tagger_path))
    except (OSError, ValueError, NotImplementedError):
        os.unlink(shared)
        return None
    weakref.finalize(pool, _forget, shared)
    return pool


def fork_is_safe() -> bool:
    """Whether workers may be forked from this process: on a system that forks, when it runs one thread only.

    A fork copies the calling thread alone: a lock another thread held at that moment (Python's,
    the C library's, an event loop's, Qt's) stays locked in the copy forever, and the worker hangs.
    The window runs imports on a Qt pool thread beside Qt's own, so its workers are always spawned;
    so are those of any process running threads of its own (a test runner, a memory sampler).
    """
    if "fork" not in multiprocessing.get_all_start_methods():
        return False
    if threading.active_count() != 1 or threading.current_thread() is not threading.main_thread():
        return False
    if any(name in sys.modules for name in ("PySide6", "shiboken6", "PyQt5", "PyQt6")):
        return False
    try:
        return len(os.listdir("/proc/self/task")) == 1  # threads started outside Python count too
    except OSError:
        return True  # no /proc: Python's own count above is what there is


class _ForkedPool(ProcessPoolExecutor):
    """Workers forked from this process; the objects frozen for them are collectable again once they end."""

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        super().shutdown(wait=wait, cancel_futures=cancel_futures)
        if wait:
            _thaw()


def _fork_pool(detector: Detector, workers: int, warm) -> Executor:
    """Workers forked now, sharing what this process loaded: modules, registry, lexicon, tagger, patterns."""
    global _INHERITED
    if detector.tagger is None:
        path = detector.tagger_path
        detector.tagger = tagger_model.load_file(path) if path else tagger_model.load()
    if warm is not None:
        warm(detector)
    _INHERITED = detector
    # Frozen objects are left out of every collection, here and in the workers: a collection writes to
    # each object it walks, and a written page is copied, each worker then holding its own.
    gc.collect()
    gc.freeze()
    try:
        pool = _ForkedPool(workers, mp_context=get_context("fork"), initializer=_start_forked)
        pool.submit(int).result()  # forks every worker now, with the objects frozen above
    except BaseException:
        _thaw()
        raise
    return pool


def _thaw() -> None:
    global _INHERITED
    _INHERITED = None
    gc.unfreeze()


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
