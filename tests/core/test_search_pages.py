"""Search in pages: the first page without counting, the total asked separately, same hits as the full list."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.jobs import import_paths
from core.store import open_db
from core.store.articles import article_ids, article_page, count_matching

SEEDS = sorted((Path(__file__).resolve().parents[2].parent / "shared" / "seeds").glob("*.txt"))


@pytest.fixture
def db(tmp_path):
    if len(SEEDS) < 5:
        pytest.fail("shared seeds not available", pytrace=False)
    assert len(import_paths(SEEDS, tmp_path / "lib.db").imported) == len(SEEDS)
    library = open_db(tmp_path / "lib.db")
    yield library
    library.close()


@pytest.mark.parametrize("search", [None, "首相", "会談", "外", "!!"])
@pytest.mark.parametrize("descending", [True, False])
def test_pages_join_into_the_full_list(db, search, descending):
    full = article_ids(db, search=search, sort="published", descending=descending)
    pages = [article_page(db, search, "published", descending, limit=2, offset=start) for start in range(0, 8, 2)]
    assert [i for page in pages for i in page] == full
    assert all(len(page) <= 2 for page in pages)
    assert count_matching(db, search) == len(full)


def test_counts_follow_the_search(db):
    assert count_matching(db) == len(SEEDS)
    assert count_matching(db, "!!") == 0 and article_page(db, "!!") == []
    assert 0 < count_matching(db, "首相") <= len(SEEDS)
    assert count_matching(db, "存在しない語彙ですよ") == 0
    assert article_page(db, limit=-3) == []
