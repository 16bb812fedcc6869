"""An import's analysis of one article: what spawned workers load to run it, and what it finds."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import core.parallel
from core.import_analysis import analyse, row_values, work
from core.learning import library_lexicon, library_tagger
from core.parallel import Detector
from core.store import open_db
from core.store.registry import load_registry

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ("【ワシントン共同】茂木外相は10日、ワシントンでブリンケン米国務長官と会談した。"
           "両氏は日米同盟の強化で一致し、茂木氏は「緊密に連携していく」と述べた。")


def test_a_spawned_worker_loads_no_reading_or_cleaning_of_pages():
    """A spawned worker runs the window's main module, then unpickles the function it is sent: that is all it imports."""
    script = ("import pickle, runpy, sys\n"
              "runpy.run_path('main.py', run_name='__mp_main__')\n"
              f"function = pickle.loads({pickle.dumps(work)!r})\n"
              "print(function.__module__, sorted(m for m in sys.modules if m.split('.')[0] == 'trafilatura'\n"
              "      or m.startswith(('core.ingest', 'core.cleaning', 'core.jobs'))))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["core.import_analysis", "[]"]


def test_a_workers_analysis_stores_the_rows_the_writer_would_make():
    """What a worker sends (rows' values, no mentions) equals what the writer makes from an analysis in place."""
    db = open_db(None)
    detector = Detector(load_registry(db), library_tagger(db), library_lexicon(db))
    here = analyse("見出し", ARTICLE, "2021-06-10", None, detector)
    mentions, claims = row_values(ARTICLE, here)
    assert any(value[2] == "茂木" for value in mentions), mentions
    assert claims, "the quote is a claim candidate"
    core.parallel._WORKER = detector
    try:
        sent = work("見出し", ARTICLE, "2021-06-10", None)
    finally:
        core.parallel._WORKER = None
    assert sent.found == [] and sent.candidates == [] and sent.plan.country_of is None
    assert row_values(ARTICLE, sent) == (mentions, claims)
    assert sent.index == here.index
