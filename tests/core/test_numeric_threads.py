"""Indexing a long text leaves the process free to fork detection workers: it loads no numpy (whose BLAS would start
threads), and numpy loaded through core.numeric starts none."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.shared_data import require

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"

# In a fresh interpreter, as a command-line import then analysis runs: the writer indexes a long article
# (its bigrams made over the whole text at once), then asks whether it may fork the analysis's workers.
SCRIPT = """
import sys
from core.parallel import fork_is_safe
from core.store.search import WHOLE_TEXT_GRAMS, grams
text = open(sys.argv[1], encoding="utf-8").read()
assert len(text) >= WHOLE_TEXT_GRAMS and "numpy" not in sys.modules
index = grams(text)
print("numpy" in sys.modules, fork_is_safe(), len(index.split()))
"""


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods() or not Path("/proc/self/task").exists(),
                    reason="forking and counting threads need Linux")
def test_indexing_a_long_article_leaves_workers_forkable():
    article = max(require(SEEDS, "seeds").glob("*.txt"), key=lambda p: p.stat().st_size)
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")}
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(article)], cwd=ROOT, env=env, capture_output=True,
                         text=True, check=True).stdout.split()
    assert out[:2] == ["False", "True"]  # indexing loads no numpy (an import worker's tenth of a second), forks
    assert int(out[2]) > 100


NUMPY = """
from core.numeric import numpy_module
from core.parallel import fork_is_safe
numpy_module()
print(fork_is_safe())
"""


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods() or not Path("/proc/self/task").exists(),
                    reason="forking and counting threads need Linux")
def test_numpy_loaded_for_kaidan_leaves_workers_forkable():
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")}
    out = subprocess.run([sys.executable, "-c", NUMPY], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True"]  # no thread of its BLAS blocks a fork
