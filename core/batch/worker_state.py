"""What each batch worker thread builds on its first task and keeps: its detector (the tokenizer is not
thread-safe) and the meeting merge rule's entity → country look-up."""

from __future__ import annotations

import threading

from core.batch.records import Detector, default_detector
from core.meetings.country_of import country_lookup

_LOCAL = threading.local()


def worker_detector() -> Detector:
    """One detector per worker thread, built on its first partition."""
    if getattr(_LOCAL, "detector", None) is None:
        _LOCAL.detector = default_detector()
    return _LOCAL.detector


def worker_country_of():
    """The merge rule's entity → country look-up, on the bundled registry (one per worker thread)."""
    if getattr(_LOCAL, "country_of", None) is None:
        _LOCAL.country_of = country_lookup(worker_detector().registry)
    return _LOCAL.country_of
