"""Import in worker processes finds exactly what the in-process import finds."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import core.analysis
import core.jobs
import core.parallel
import core.pool_chunks
from core.analysis import analyze_library
from core.jobs import import_paths
from core.store import open_db
from tests.core.workers_in_place import InPlacePool, library_tables

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))
LIVEDOOR = sorted(p for p in (SHARED / "corpus" / "livedoor" / "text").glob("*/*.txt") if p.name != "LICENSE.txt")

QUERIES = {
    "articles": "SELECT id, content_hash, title, body, line_labels FROM articles ORDER BY id",
    "mentions": "SELECT article_id, start_char, end_char, text, type, entity_id, value, source, state "
                "FROM mentions ORDER BY id",
    "claims": "SELECT article_id, start_char, end_char, text, holder_entity_id, target_ref, stance, cue "
              "FROM claims ORDER BY id",
    "meetings": "SELECT id, kind, status, start_date, end_date, place_entity_id, title FROM meetings ORDER BY id",
    "participants": "SELECT meeting_id, entity_id, name, role, office FROM meeting_participants ORDER BY id",
    "meeting_mentions": "SELECT article_id, meeting_id, start_char, end_char, text FROM meeting_mentions ORDER BY id",
    "furniture": "SELECT text, pages FROM furniture_lines ORDER BY text",
}


def _tables(path: Path) -> dict[str, list]:
    return library_tables(path, QUERIES)


@pytest.fixture
def files(tmp_path) -> list[Path]:
    if len(SEEDS) < 5 or len(LIVEDOOR) < 30:
        pytest.fail("shared seeds or corpus not available", pytrace=False)
    picked = LIVEDOOR[:: max(1, len(LIVEDOOR) // 30)][:30]
    again = []  # copies of two seeds: duplicates by content within one import
    for seed in SEEDS[:2]:
        copy = tmp_path / f"again_{seed.name}"
        copy.write_bytes(seed.read_bytes())
        again.append(copy)
    return SEEDS + picked + again


# Run in a process of its own: a test runner's threads make a process spawn its workers (fork_is_safe).
_IN_A_PROCESS = """
import json, sys
import core.analysis, core.jobs
pools = []
def spy(real):
    def start(*args):
        pool = real(*args)
        pools.append(type(pool).__name__)
        return pool
    return start
core.jobs.start_pool = spy(core.jobs.start_pool)
core.analysis.start_pool = spy(core.analysis.start_pool)
what, db, files = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
if what == "import":
    s = core.jobs.import_paths(files, db)
    print(json.dumps({"pools": pools, "imported": list(s.imported), "duplicates": list(s.duplicates),
                      "failed": list(s.failed), "stopped": s.stopped}))
else:
    s = core.analysis.analyze_library(db)
    print(json.dumps({"pools": pools, "articles": s.articles, "stopped": s.stopped}))
"""


def _in_a_process(what: str, db: Path, files: list[Path]) -> dict:
    import json
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", _IN_A_PROCESS, what, str(db), json.dumps([str(f) for f in files])],
                          cwd=root, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def test_forked_workers_import_and_analyze_what_one_process_finds(tmp_path, files, monkeypatch):
    """A command-line import forks its workers; what they find is what the import finds without them."""
    parallel = _in_a_process("import", tmp_path / "parallel.db", files)
    assert parallel["pools"] == ["_ForkedPool"], "the workers were forked"
    monkeypatch.setattr(core.jobs, "start_pool", lambda *args: None)
    sequential = import_paths(files, tmp_path / "sequential.db")
    assert parallel["imported"] == [list(item) for item in sequential.imported]
    assert len(parallel["imported"]) == len(files) - 2
    assert parallel["duplicates"] == sequential.duplicates == [str(p) for p in files[-2:]]
    assert not parallel["failed"] and not parallel["stopped"]
    expected = _tables(tmp_path / "sequential.db")
    assert expected["mentions"] and expected["claims"] and expected["meetings"]
    assert _tables(tmp_path / "parallel.db") == expected

    analysed = _in_a_process("analyze", tmp_path / "parallel.db", [])
    assert analysed == {"pools": ["_ForkedPool"], "articles": len(files) - 2, "stopped": ""}
    assert _tables(tmp_path / "parallel.db") == expected


def test_spawned_workers_import_and_analyze_what_one_process_finds(tmp_path, files, monkeypatch):
    """Workers spawned (as from the window) find what the import finds without them."""
    pools = []
    real_start = core.jobs.start_pool

    def spy(*args):
        pool = real_start(*args)
        pools.append(pool)
        return pool

    monkeypatch.setattr(core.parallel, "FORK", False)
    monkeypatch.setattr(core.jobs, "start_pool", spy)
    parallel = import_paths(files, tmp_path / "parallel.db")
    assert pools and pools[0] is not None, "a pool of workers was used"
    assert not isinstance(pools[0], core.parallel._ForkedPool)

    monkeypatch.setattr(core.jobs, "start_pool", lambda *args: None)
    sequential = import_paths(files, tmp_path / "sequential.db")

    assert parallel.imported == sequential.imported and len(parallel.imported) == len(files) - 2
    assert parallel.duplicates == sequential.duplicates == [str(p) for p in files[-2:]]
    assert not parallel.failed and not parallel.stopped
    expected = _tables(tmp_path / "sequential.db")
    assert _tables(tmp_path / "parallel.db") == expected

    # Analysing again in workers changes nothing either.
    real_analysis_pool = core.analysis.start_pool
    monkeypatch.setattr(core.analysis, "start_pool", lambda *args: pools.append(real_analysis_pool(*args)) or pools[-1])
    summary = analyze_library(tmp_path / "parallel.db")
    assert pools[-1] is not None, "analysis used a pool of workers"
    assert summary.articles == len(parallel.imported) and not summary.stopped
    assert _tables(tmp_path / "parallel.db") == expected


def test_workers_are_sent_articles_a_chunk_at_a_time_the_last_one_short(tmp_path, files, monkeypatch):
    """Import and analysis send workers CHUNK articles a task, the rest in a last shorter one: nothing is left out."""
    monkeypatch.setattr(core.jobs, "start_pool", lambda *args: None)
    sequential = import_paths(files, tmp_path / "sequential.db")
    articles = len(sequential.imported)
    chunk = next(size for size in (4, 3, 5, 7) if articles % size)  # a last chunk shorter than the others
    monkeypatch.setattr(core.pool_chunks, "CHUNK", chunk)
    tasks: list[int] = []
    monkeypatch.setattr(core.jobs, "start_pool", lambda detector, *args: InPlacePool(detector, tasks))
    chunked = import_paths(files, tmp_path / "chunked.db")

    assert chunked.imported == sequential.imported and chunked.duplicates == sequential.duplicates
    sizes = [len(task) for task in tasks]
    assert sizes[:-1] == [chunk] * (len(sizes) - 1) and 0 < sizes[-1] < chunk
    assert sum(sizes) == articles  # every article stored was analysed by a worker once (duplicates never sent)
    expected = _tables(tmp_path / "sequential.db")
    assert _tables(tmp_path / "chunked.db") == expected

    tasks.clear()
    monkeypatch.setattr(core.analysis, "start_pool", lambda detector, *args: InPlacePool(detector, tasks))
    summary = analyze_library(tmp_path / "chunked.db")
    assert summary.articles == articles and not summary.stopped
    sizes = [len(task) for task in tasks]
    assert sizes[:-1] == [chunk] * (len(sizes) - 1) and 0 < sizes[-1] < chunk and sum(sizes) == articles
    assert _tables(tmp_path / "chunked.db") == expected


def test_reimport_after_cancel_completes_without_duplicates(tmp_path, files):
    seen = []

    def cancel_after_ten() -> bool:
        return len(seen) >= 10

    first = import_paths(files, tmp_path / "lib.db", cancelled=cancel_after_ten, on_article=seen.append)
    assert first.cancelled and 10 <= len(first.imported) < len(files) - 2
    second = import_paths(files, tmp_path / "lib.db")
    assert len(first.imported) + len(second.imported) == len(files) - 2
    ids = [i for _, i in first.imported + second.imported]
    assert len(set(ids)) == len(ids)


def test_the_workers_file_of_a_killed_import_is_removed_by_the_next_pool(tmp_path, monkeypatch):
    """The registry goes to workers in a temporary file; a file left by a process that is gone is removed."""
    import subprocess
    import sys
    import tempfile

    from core.parallel import Detector, start_pool

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(core.parallel, "FORK", False)  # forked workers need no file
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True).stdout.strip()
    orphan = tmp_path / f"kaidan-detector-{gone}-x.pickle"
    orphan.write_bytes(b"left by a killed import")
    pool = start_pool(Detector({"registry": 1}, None, None), 100)
    if pool is None:
        pytest.skip("one core: no pool, no file")
    mine = list(tmp_path.glob("kaidan-detector-*.pickle"))
    assert not orphan.exists() and len(mine) == 1
    pool.shutdown()
    del pool
    import gc

    gc.collect()
    assert list(tmp_path.glob("kaidan-detector-*.pickle")) == []


def test_lines_of_stored_pages_are_forgotten_by_the_run(tmp_path, monkeypatch):
    """A page's furniture lines count only while it is queued: a long import must not keep every unique line."""
    folder = tmp_path / "pages"
    folder.mkdir()
    body = LIVEDOOR[0].read_text(encoding="utf-8") if LIVEDOOR else pytest.fail("corpus not available")
    for i in range(24):  # each page ends with its own serial line, furniture the counts see once
        (folder / f"page_{i:03d}.txt").write_text(f"ニュース速報\n\n{body}\n\n記事番号 {i:06d}\n", encoding="utf-8")
    left = {}
    close = core.jobs._Run.close

    def closing(run):
        left.update(lines=len(run.lines), sites=len(run.site_lines), queued=len(run.queue))
        close(run)

    monkeypatch.setattr(core.jobs._Run, "close", closing)
    summary = import_paths([folder], tmp_path / "lib.db")
    assert len(summary.imported) == 24
    assert left == {"lines": 0, "sites": 0, "queued": 0}


def _python(script: str) -> str:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    return subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True,
                          check=True).stdout.strip()


def test_workers_are_forked_only_from_a_process_running_one_thread_without_qt():
    """The window imports on a Qt pool thread beside Qt's own: a fork there would copy locks held by them."""
    check = "import core.parallel as p; print(p.fork_is_safe())"
    assert _python(check) == "True"
    assert _python("import threading, time\n"
                   "threading.Thread(target=threading.Event().wait, daemon=True).start()\n" + check) == "False"
    assert _python("import threading\nfound = []\nimport core.parallel as p\n"
                   "t = threading.Thread(target=lambda: found.append(p.fork_is_safe())); t.start(); t.join()\n"
                   "print(found[0])") == "False"
    assert _python("import PySide6.QtCore\n" + check) == "False"


def test_forked_workers_share_the_loaded_detector_and_collect_nothing_of_it():
    """Forked workers detect with the forking process's own objects, frozen out of every collection."""
    found = _python("""
import gc, os
import core.parallel as p
def view():
    return os.getpid(), p.worker_detector().registry["marker"], gc.get_freeze_count()
if __name__ == "__main__":
    warmed = []
    pool = p.start_pool(p.Detector({"marker": os.getpid()}, None, None), 100, warmed.append)
    frozen = gc.get_freeze_count()
    seen = {pool.submit(view).result() for _ in range(8)}
    pool.shutdown()
    print(type(pool).__name__, len(warmed), warmed[0].tagger is not None, frozen > 0, gc.get_freeze_count(),
          all(marker == os.getpid() and count > 0 and pid != os.getpid() for pid, marker, count in seen))
""")
    # forked, warmed once with the tagger loaded, objects frozen for the workers and thawed after them
    assert found == "_ForkedPool 1 True True 0 True"


@pytest.mark.parametrize("fork", [True, False], ids=["forked", "spawned"])
def test_workers_collect_young_objects_less_often_than_the_process_that_started_them(fork):
    """A worker's tokens start a collection every WORKER_GC_THRESHOLD allocations, not Python's 700."""
    found = _python(f"""
import gc
import core.parallel as p
p.FORK = {fork}
if __name__ == "__main__":
    pool = p.start_pool(p.Detector({{}}, None, None), 100)
    seen = {{pool.submit(gc.get_threshold).result() for _ in range(4)}}
    pool.shutdown()
    print(type(pool).__name__, gc.get_threshold()[0], sorted(seen))
""")
    kind = "_ForkedPool" if fork else "ProcessPoolExecutor"
    assert found == f"{kind} 700 [(10000, 10, 10)]"


@pytest.mark.parametrize("fork", [True, False], ids=["forked", "spawned"])
def test_workers_exit_at_once_when_their_process_is_killed(tmp_path, fork):
    """However started, workers end soon after the process that started them is killed (never lingering)."""
    import signal
    import subprocess
    import sys
    import time

    root = Path(__file__).resolve().parents[2]
    script = ("import sys\n"
              "import core.parallel as parallel\n"
              f"parallel.FORK = {fork}\n"
              "pool = parallel.start_pool(parallel.Detector({}, None, None), 100)\n"
              "pids = {pool.submit(__import__('os').getpid).result() for _ in range(20)}\n"
              "print(type(pool).__name__, *sorted(pids), flush=True)\n"
              "sys.stdin.read()\n")  # alive until killed (or until the test is gone)
    process = subprocess.Popen([sys.executable, "-c", script], cwd=root, stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True)
    try:
        kind, *pids = process.stdout.readline().split()
    finally:
        process.kill()
        process.wait()
    assert pids, "the pool started its workers"
    assert (kind == "_ForkedPool") == fork
    deadline = time.monotonic() + 120  # a bound against lingering only: the loop ends when they do
    alive = [int(p) for p in pids]
    while alive and time.monotonic() < deadline:
        time.sleep(0.1)
        alive = [p for p in alive if _running(p)]
    for p in alive:  # never leave them behind, even when the test fails
        os.kill(p, signal.SIGKILL)
    assert not alive


def _running(pid: int) -> bool:
    """True while the process exists and is not a zombie."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_analysis_in_batches_keeps_the_users_decisions_like_one_article_at_a_time(tmp_path, files, monkeypatch):
    """Workers' detections stored a batch per transaction give what analysing each article in turn gives."""
    import shutil

    from core.store.mentions import add_user_mention, mentions_for, update_mention

    monkeypatch.setattr(core.jobs, "start_pool", lambda *args: None)
    import_paths(files, tmp_path / "lib.db")
    db = open_db(tmp_path / "lib.db")
    try:
        ids = [row[0] for row in db.execute("SELECT id FROM articles ORDER BY id")]
        for article_id in ids[::3]:  # the user rejects a detected name and marks a span of their own
            found = [m for m in mentions_for(db, article_id) if m.type == "PERSON"]
            if found:
                update_mention(db, found[0].id, state="rejected")
            add_user_mention(db, article_id, 0, 2, "ORG")
    finally:
        db.close()
    shutil.copy(tmp_path / "lib.db", tmp_path / "one_by_one.db")
    pools = []
    real_start = core.analysis.start_pool
    monkeypatch.setattr(core.analysis, "start_pool", lambda *args: pools.append(real_start(*args)) or pools[-1])
    summary = analyze_library(tmp_path / "lib.db")
    assert pools[-1] is not None and summary.articles == len(ids) > core.analysis.BATCH
    monkeypatch.setattr(core.analysis, "start_pool", lambda *args: None)
    analyze_library(tmp_path / "one_by_one.db")
    assert _tables(tmp_path / "lib.db") == _tables(tmp_path / "one_by_one.db")


def test_the_workers_claim_candidates_are_taken_only_for_mentions_stored_as_detected():
    """A worker proposes claims from the mentions as stored; any user decision or other row sends them back."""
    from dataclasses import replace

    from core.analysis import _as_stored
    from core.analysis import _stored_as_detected as stored_keys_as_detected
    from core.model import Mention, ShortForm
    from core.store.mentions import READ_BY_CLAIMS

    def _stored_as_detected(stored, found):  # the library's rows as store.mentions.claim_keys reads them
        return stored_keys_as_detected([tuple(getattr(m, name) for name in READ_BY_CLAIMS) for m in stored], found)

    found = [Mention(0, 2, "米国", "GPE", "country:US", source="gazetteer", confidence=0.9),
             ShortForm(5, 7, "岸田", "PERSON", "person:kishida", source=None, full_name="岸田文雄")]
    stored = [replace(m, id=i, article_id=3, context="…", created="2026") for i, m in enumerate(_as_stored(found))]
    assert _stored_as_detected(stored, found)
    assert not _stored_as_detected([replace(stored[0], state="accepted"), stored[1]], found)
    assert not _stored_as_detected(stored[:1], found)  # a detected span a user's mention blocked
    assert not _stored_as_detected(stored + [Mention(9, 11, "中国", "GPE", origin="user", state="accepted")], found)
    assert not _stored_as_detected([replace(stored[0], entity_id=None), stored[1]], found)
