"""What analysis keeps between articles stays bounded however long a run is."""

from __future__ import annotations

from pathlib import Path

import pytest

import core.import_analysis
import core.jobs
from core.analysis import analyze_article
from core.learning import library_lexicon, library_tagger
from core.nlp.tagger_features import token_view
from core.store import open_db
from core.store.registry import load_registry

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
WIKINEWS = sorted((SHARED / "corpus" / "wikinews" / "txt").glob("*.txt"))


@pytest.fixture
def texts() -> list[str]:
    if len(WIKINEWS) < 100:
        pytest.fail("shared Wikinews corpus not available", pytrace=False)
    return [path.read_text(encoding="utf-8") for path in WIKINEWS[:100:25]]


def test_an_analysed_article_leaves_no_full_token_views_behind(tmp_path, texts):
    """The tagger keeps its trimmed views; the full ones (1.5 kB a word) are not memoised beside them."""
    token_view.cache_clear()  # training in this process may have filled it
    db = open_db(tmp_path / "lib.db")
    detector = core.jobs.library_detector(db)
    detector.tagger = library_tagger(db)
    first = [core.import_analysis.analyse(None, text, None, None, detector).found for text in texts]
    assert token_view.cache_info().currsize == 0
    assert detector.tagger.views_kept() > 500  # what the next articles look up again
    detector.tagger.forget()  # every view computed afresh: the same entities
    assert [core.import_analysis.analyse(None, text, None, None, detector).found for text in texts] == first
    db.close()


def test_reanalysis_leaves_no_full_token_views_behind(tmp_path, texts):
    token_view.cache_clear()
    db = open_db(tmp_path / "lib.db")
    core.jobs.import_paths([_write(tmp_path, texts[0])], tmp_path / "lib.db")
    article_id = db.execute("SELECT id FROM articles").fetchone()[0]
    mentions = analyze_article(db, article_id, load_registry(db), library_lexicon(db))
    assert mentions > 5
    assert token_view.cache_info().currsize == 0
    db.close()


def _write(folder: Path, text: str) -> Path:
    path = folder / "article.txt"
    path.write_text(text, encoding="utf-8")
    return path



def test_the_import_bench_sums_its_processes_and_counts_their_shared_files_once():
    """A child holding 40 MB of its own is found under this process; the files both map count once alone."""
    import os
    import subprocess
    import sys

    from bench.bench_import import _descendants, _rollup, together

    if not Path("/proc/self/smaps_rollup").exists():
        pytest.skip("memory is sampled from /proc/PID/smaps_rollup (Linux)")
    child = subprocess.Popen([sys.executable, "-c", "import sys; held = bytearray(40 << 20); held[::4096] = "
                              "b'x' * len(held[::4096]); print(); sys.stdin.read()"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        child.stdout.readline()  # its buffer is written
        assert child.pid in _descendants(os.getpid())
        rollups = [_rollup(os.getpid()), _rollup(child.pid)]
    finally:
        child.communicate(b"")
    assert rollups[1]["Pss_Anon"] >= 40 << 10
    total = together(rollups)
    assert total["Rss"] == rollups[0]["Rss"] + rollups[1]["Rss"]
    # both map the interpreter and its libraries: alone, those pages count once, not twice as in RSS
    assert total["Pss_Anon"] < total["Alone"] < total["Rss"]


def test_distinct_pages_count_a_file_mapped_twice_once(tmp_path):
    """bench.page_frames: a child mapping one 8 MB file twice holds it twice in RSS, once in its distinct pages."""
    import os
    import subprocess
    import sys

    from bench.import_memory import rollup
    from bench.page_frames import distinct_mb, frames

    if os.geteuid() != 0:  # the kernel hides frame numbers from others: the bench says so instead of a wrong sum
        assert frames(os.getpid()) is None and distinct_mb([frames(os.getpid())]) is None
        return
    data = tmp_path / "data.bin"
    data.write_bytes(os.urandom(8 << 20))
    child = subprocess.Popen([sys.executable, "-c", "import mmap, sys; f = open(sys.argv[1], 'rb'); "
                              "maps = [mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) for _ in range(2)]; "
                              "[m[i] for m in maps for i in range(0, len(m), 4096)]; print(); sys.stdin.read()",
                              str(data)], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        child.stdout.readline()  # both maps read through
        alone, held = distinct_mb([frames(child.pid)]), rollup(child.pid)
        with_parent = distinct_mb([frames(child.pid), frames(os.getpid())])
    finally:
        child.communicate(b"")
    file_rss = (held["Rss"] - held["Anonymous"]) / 1024
    assert file_rss - alone[0] > 6  # the file's 8 MB counted in RSS twice, in distinct pages once (libraries aside)
    assert alone[0] > 8
    assert with_parent[0] < alone[0] + frames(os.getpid())[0].size * 4096 / 2**20  # the shared interpreter: once


def test_distinct_pages_are_counted_once_across_processes_and_kept_apart_by_kind():
    """bench.page_frames.distinct_mb: a frame two processes hold counts once; file-backed and anonymous apart."""
    import numpy as np

    from bench.page_frames import PAGE, distinct_mb

    mb = PAGE / 2**20
    first = (np.array([1, 2, 3], np.uint64), np.array([10], np.uint64))
    second = (np.array([2, 3, 4, 4], np.uint64), np.array([11, 12], np.uint64))
    assert distinct_mb([first, second]) == (4 * mb, 3 * mb)
    assert distinct_mb([first]) == (3 * mb, 1 * mb)
    assert distinct_mb([first, None]) is None and distinct_mb([]) is None
