"""Search in pages: the first page without counting, the total asked separately, same hits as the full list."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.jobs import import_paths
from core.store import open_db
from core.store.article_list import article_ids, article_page, count_matching

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


def test_a_common_word_walks_the_list_in_order_with_the_same_page(tmp_path):
    """A word most articles hold is answered by walking the sort's index; the page is the sorted hits' first."""
    from core.article import Article
    from core.store.articles import insert_article
    from core.store.search_plan import in_order

    library = open_db(tmp_path / "lib.db")
    for n in range(300):
        insert_article(library, Article(
            source=f"s/{n}.txt", source_format="txt", raw=f"{n}", title=None if n % 7 == 0 else f"題{n % 13}",
            published=None if n % 11 == 0 else f"2024-{1 + n % 12:02d}-{1 + n % 27:02d}",
            paragraphs=[f"両国は会談した。{n}" if n % 4 else f"首脳が声明を出した。{n}" if n % 50 == 0 else "声明"]))
    assert in_order(library, "会談", 20, 0) and not in_order(library, "首脳", 20, 0)
    rows = library.execute("SELECT id, title, published, body FROM articles").fetchall()
    for sort, position in (("published", 2), ("title", 1)):
        for descending in (True, False):
            hits = [r for r in rows if "会談" in r[3]]
            # the list's order: articles without the value last, ties by id in the same direction
            known = sorted((r for r in hits if r[position] is not None), key=lambda r: (r[position], r[0]),
                           reverse=descending)
            unknown = sorted((r[0] for r in hits if r[position] is None), reverse=descending)
            expected = [r[0] for r in known] + unknown
            assert article_page(library, "会談", sort, descending, limit=20) == expected[:20]
            assert article_ids(library, "会談", sort, descending) == expected
    library.close()


def _library_of_300(tmp_path):
    from core.article import Article
    from core.store.articles import insert_article

    library = open_db(tmp_path / "lib.db")
    for n in range(300):
        insert_article(library, Article(
            source=f"s/{n}.txt", source_format="txt", raw=f"{n}", title=f"題{n % 13}",
            published=None if n % 11 == 0 else f"2024-{1 + n % 12:02d}-{1 + n % 27:02d}",
            paragraphs=[f"両国は会談した。{n}" if n % 3 else f"首脳が声明を出した。{n}"]))
    return library


@pytest.mark.parametrize("plan", [("walk", None), ("probe", None), ("", None), ("walk", 10**9), ("walk", 50)])
def test_every_plan_gives_the_same_pages(tmp_path, monkeypatch, plan):
    """Walking with the hits gathered, probing the index article by article, sorting the hits, or a walk
    given up after its steps for the sort: one list."""
    import core.store.article_list as article_list

    library = _library_of_300(tmp_path)
    full = article_ids(library, "会談", "published", True)
    assert len(full) == 200
    monkeypatch.setattr(article_list, "plan", lambda *_args: plan)
    for descending in (True, False):
        expected = article_ids(library, "会談", "published", descending)
        pages = [article_page(library, "会談", "published", descending, limit=30, offset=start)
                 for start in range(0, 240, 30)]
        assert [i for page in pages for i in page] == expected
    library.close()


def test_a_common_word_is_probed_and_its_share_estimated_from_the_newest(tmp_path, monkeypatch):
    import core.store.search_plan as search_plan

    library = _library_of_300(tmp_path)
    expression = '"会談"'
    assert search_plan.estimated_hits(library, expression, 300) == 200  # a small library: counted in full
    monkeypatch.setattr(search_plan, "SAMPLE", 60)
    assert 150 <= search_plan.estimated_hits(library, expression, 300) <= 250  # the newest 60, scaled
    assert search_plan.in_order(library, "会談", 5, 0) == search_plan.WALK  # 200 hits gathered cost less than 8 probes
    monkeypatch.setattr(search_plan, "GATHER_COST", 10.0)  # as reading hits costs against probes in a million
    assert search_plan.in_order(library, "会談", 5, 0) == search_plan.PROBE
    assert search_plan.in_order(library, "会談", None, 0) == search_plan.WALK  # the whole list: gathered once
    assert search_plan.in_order(library, "存在しない", 5, 0) == search_plan.NONE  # counted in full: no hit to sort
    library.close()


@pytest.mark.parametrize("sample", [60, 20_000])
def test_a_word_with_no_hit_asks_the_index_once(tmp_path, monkeypatch, sample):
    """A word no article holds (counted in full, after the newest articles' sample found none when the library
    is larger than two samples) gives its empty page without the index asked again to sort nothing; a word of
    few hits still gives them all."""
    import core.store.search_plan as search_plan

    library = _library_of_300(tmp_path)
    monkeypatch.setattr(search_plan, "SAMPLE", sample)
    asked = []
    library.conn.set_trace_callback(lambda sql: asked.append(sql) if "MATCH" in sql else None)
    for descending in (True, False):
        assert article_page(library, "首脳会談", "published", descending, limit=20) == []
        assert article_ids(library, "首脳会談", "title", descending) == []
    assert len(asked) == 4 * (2 if sample < 150 else 1)  # the count of the sample and the full count, or the full
    library.conn.set_trace_callback(None)
    library.execute("INSERT INTO article_search(rowid, title, body) VALUES (7, '', '首脳 脳会 会談 談')")
    assert article_page(library, "首脳会談", limit=20) == [7]
    library.close()


def test_a_walk_past_its_steps_is_given_up_for_the_sort(tmp_path, monkeypatch):
    """A bounded walk that SQLite cannot finish in its steps answers None; the page then comes from the sort,
    and the connection answers the next statement as before (no step bound left on it)."""
    import core.store.article_list as article_list
    import core.store.search_plan as search_plan

    library = _library_of_300(tmp_path)
    sorted_page = article_list._page(library, "会談", "published", True, None, 30, 0, "")
    assert article_list._page(library, "会談", "published", True, None, 30, 0, search_plan.WALK, steps=50) is None
    assert article_list._page(library, "会談", "published", True, None, 30, 0, search_plan.WALK, steps=10**9) == sorted_page
    assert library.execute("SELECT count(*) FROM articles").fetchone()[0] == 300
    monkeypatch.setattr(article_list, "plan", lambda *_args: (search_plan.WALK, 50))
    assert article_page(library, "会談", "published", True, limit=30) == sorted_page
    library.close()


def test_a_word_of_few_hits_is_walked_within_steps_only_when_its_page_fills_soon(tmp_path, monkeypatch):
    """A word one article in fifteen holds: its page of 20 is walked within steps (a walk of the whole list
    costs less than reading its rows to sort them); a word of three hits in 300 is sorted (its page would
    need the whole list walked)."""
    import core.store.search_plan as search_plan

    library = _library_of_300(tmp_path)
    for n in range(0, 300, 15):
        library.execute("INSERT INTO article_search(rowid, title, body) VALUES (?, '', '友好')", [n + 1])
    how, steps = search_plan.plan(library, "友好", 20, 0)
    assert how == search_plan.WALK and steps == 20 * search_plan.ROW_STEPS
    assert search_plan.plan(library, "友好", None, 0) == ("", None)  # the whole list: every hit sorted, no walk
    assert search_plan.plan(library, "友好", 20, 0, "id") == ("", None)  # by id the hits come in order: no row read
    for n in (7, 150, 290):
        library.execute("INSERT INTO article_search(rowid, title, body) VALUES (?, '', '同盟')", [n])
    assert search_plan.plan(library, "同盟", 20, 0) == ("", None)
    library.close()
