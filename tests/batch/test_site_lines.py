"""Lines an outlet repeats are left out of later pages in a batch as on the desktop (core.cleaning.sites)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.batch.pipeline import SITES_FILE, run_batch
from core.batch.tables import read_table
from core.cleaning.apply import apply_cleaning
from core.cleaning.lines import furniture_candidates
from core.ingest import read_path
from core.jobs import import_paths
from core.store import open_db

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "livedoor" / "text"
FILES = sorted(CORPUS.glob("it-life-hack/it-life-hack-6*.txt"))[:200]


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sites")
    run_batch([str(f) for f in FILES], folder / "run", partition_size=50, workers=2)
    import_paths(FILES, folder / "library.db")
    return folder / "run", open_db(folder / "library.db")


def test_pages_the_site_lines_change_get_the_desktop_body(both):
    out, desktop = both
    sites = json.loads((out / SITES_FILE).read_text(encoding="utf-8"))
    assert sites, "no outlet repeats a line: the step was not exercised"
    common = frozenset(json.loads((out / "furniture.json").read_text(encoding="utf-8")))
    batch = {a["id"]: a for a in read_table(out, "articles").to_pylist()}
    desk = {r["content_hash"]: r["body"] for r in desktop.query("SELECT content_hash, body FROM articles")}
    changed = same = 0
    for path in FILES:
        for article in read_path(path, clean_pages=False):  # cleaned without the outlet's lines
            apply_cleaning(article, common & furniture_candidates(article.raw))
            key = article.content_hash
            if key in batch and article.body != batch[key]["body"]:
                changed += 1
                same += batch[key]["body"] == desk.get(key)
    assert changed and same == changed
