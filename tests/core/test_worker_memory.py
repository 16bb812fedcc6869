"""What analysis keeps between articles stays bounded however long a run is."""

from __future__ import annotations

from pathlib import Path

import pytest

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
    """The tagger keeps its trimmed views; the full ones memoised under them (1.5 kB a word) are dropped."""
    db = open_db(tmp_path / "lib.db")
    detector = core.jobs._detector(db)
    detector.tagger = library_tagger(db)
    first = [core.jobs._analyse(None, text, None, None, detector).found for text in texts]
    assert token_view.cache_info().currsize == 0
    assert len(detector.tagger._views) > 500  # what the next articles look up again
    detector.tagger._views.clear()  # every view computed afresh: the same entities
    assert [core.jobs._analyse(None, text, None, None, detector).found for text in texts] == first
    db.close()


def test_reanalysis_leaves_no_full_token_views_behind(tmp_path, texts):
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
