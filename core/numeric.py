"""numpy, loaded so that it starts no threads of its own.

Kaidan's uses of numpy (agreement figures; the search index's bigrams are made
with the standard library's array, so an import never loads it) are
array copies and comparisons, never BLAS. Yet OpenBLAS, loaded with numpy,
starts a thread per core at once, and a process running a thread it did not
start may not fork detection workers (core.parallel.fork_is_safe): an import
that indexed a long text left its process spawning the workers of every later
analysis, each one loading modules, registry and tagger afresh (a re-analysis
of 1,000 articles after an import: 6.2 s instead of 4.5 s on two cores).
"""

from __future__ import annotations

import os
import sys

# The variables OpenBLAS (and an OpenMP build of it) reads for its thread count when it is loaded.
_THREAD_COUNTS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")


def numpy_module():
    """numpy, its BLAS told to run on the calling thread alone (when this loads it first)."""
    if "numpy" not in sys.modules:
        for name in _THREAD_COUNTS:
            os.environ.setdefault(name, "1")
    import numpy

    return numpy
