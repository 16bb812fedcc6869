"""The marks index: a search of marks alone (＆, ++, 「」) reads only the articles that hold its marks, and a
search of single marks is counted without reading any; the index follows every write and old libraries."""

from __future__ import annotations

import pytest

import core.store.search_marks as marks
from core.article import Article
from core.store import open_db
from core.store.articles import _unindex, insert_article, replace_cleaning
from core.store.migrate import schema_version
from core.store.migrations import MIGRATIONS
from core.text import fold
from tests.core.before_marks import library_of_schema
from tests.shared_data import LIVEDOOR, require

# Searches of marks alone, single and in runs, rare and common in news text, and of marks beside letters.
SEARCHES = ["＆", "&", "++", "/", "「", "」「", "！", "!?", "・", "（", "。", "♪", "【 】", "＆ ・", "<>", "〜",
            "」、「", "!!!", "AT&T", "ｃ＋＋", "「本当!?」", "（株）",  # and marks beside letters
            "http://", ".com", "(S-MAX)", "Wi-Fi", "3.0", "Vol.", "1.5GHz", "15%", "(c)", "SSL/TLS", "3.11", "Ａ-"]


def _news(count: int = 80) -> list[tuple[str, str]]:
    """Real livedoor articles (title, body): their marks are those news text holds."""
    corpus = require(LIVEDOOR, "the livedoor news corpus")
    files = sorted(p for p in corpus.glob("*/*.txt") if p.name != "LICENSE.txt")
    chosen = [files[i * len(files) // count] for i in range(count)]
    texts = []
    for path in chosen:
        lines = path.read_text(encoding="utf-8").splitlines()
        texts.append((lines[2], "\n".join(lines[3:]).strip()))  # livedoor: address, date, title, body
    texts += [("米AT&Tが参入", "米通信大手AT&Tは10日、提携を発表した。"), ("ＡＴ＆Ｔ、新料金", "ＡＴ＆Ｔの幹部が述べた。"),
              ("C++の会議", "C++の標準化委員会が会合を開いた。"), ("<b>太字</b>", "保存したページに<b>が残った。"),
              ("「本当!?」", "「本当!?」と驚いた。"), ("< >", "記号 < と > が離れている。")]
    return texts


def _store(db, texts) -> None:
    for n, (title, body) in enumerate(texts):
        insert_article(db, Article(source=f"news/{n}.txt", source_format="txt", raw=body, title=title,
                                   published=f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}", paragraphs=[body]))


def _holding_every_word(db, search: str) -> list[int]:
    """What the search must list by id: the articles whose folded, lower-cased title and body hold each word."""
    words = marks.marked_words(search)
    return [i for i, title, body in db.execute("SELECT id, title, body FROM articles ORDER BY id")
            if all(word in fold(f"{title or ''}\n{body}").lower() for word in words)]


@pytest.fixture
def library(tmp_path):
    db = open_db(tmp_path / "lib.db")
    _store(db, _news())
    yield db
    db.close()


def _reads(monkeypatch) -> list[int]:
    """The ids whose texts search_marks reads, recorded."""
    read: list[int] = []
    holding = marks._holding

    def recording(db, ids, words):
        read.extend(ids)
        return holding(db, ids, words)

    monkeypatch.setattr(marks, "_holding", recording)
    return read


@pytest.mark.parametrize("search", SEARCHES)
def test_a_search_of_marks_alone_finds_what_reading_every_text_finds(library, search):
    expected = _holding_every_word(library, search)
    assert marks.search_ids(library, search, "id", False) == expected
    assert marks.search_count(library, search) == len(expected)
    by_date = marks.search_ids(library, search)
    assert sorted(by_date) == expected
    assert marks.search_page(library, search, limit=3, offset=1) == by_date[1:4]


def test_only_the_articles_holding_the_marks_are_read_and_short_words_are_counted_unread(library, monkeypatch):
    read = _reads(monkeypatch)
    for search in ("＆", "「 」", "++", "<>", "」「", "」。"):
        assert marks.search_count(library, search) == len(_holding_every_word(library, search))
    assert read == []
    # a longer run: read only in the articles that hold each of its marks and pairs side by side
    assert marks.search_count(library, "」、「") == len(_holding_every_word(library, "」、「")) > 0
    assert set(read) == set(_holding_every_word(library, "」、 、「")) != set(_holding_every_word(library, "」 、 「"))


def test_the_index_follows_a_new_cleaning_a_removal_and_a_new_import(library):
    ampersand = _holding_every_word(library, "&")
    first = ampersand[0]
    replace_cleaning(library, first, Article(source="x", source_format="txt", raw="", title="会談",
                                             paragraphs=["両首脳が会談した。"]))
    plain = library.execute("SELECT min(id) FROM articles WHERE title NOT LIKE '%&%' "
                            "AND body NOT LIKE '%&%' AND body NOT LIKE '%＆%'").fetchone()[0]
    replace_cleaning(library, plain, Article(source="x", source_format="txt", raw="", title="R&D",
                                             paragraphs=["研究開発（R&D）の予算"]))
    assert marks.search_ids(library, "&", "id", False) == sorted({*ampersand, plain} - {first})
    # an article taken out (its rows in the indexes told again, as any removal must) and imported anew
    title, body = library.execute("SELECT title, body FROM articles WHERE id = ?", [plain]).fetchone()
    _unindex(library, plain, title, body)
    library.execute("DELETE FROM articles WHERE id = ?", [plain])
    assert marks.search_ids(library, "&", "id", False) == sorted(set(ampersand) - {first})
    _store(library, [(title, body)])
    again = library.execute("SELECT max(id) FROM articles").fetchone()[0]
    assert marks.search_ids(library, "&", "id", False) == sorted({*ampersand, again} - {first})
    assert marks.search_count(library, "&") == len(ampersand)
    library.execute("INSERT INTO article_search_marks(article_search_marks) VALUES ('integrity-check')")


def test_a_library_of_the_previous_schema_gets_the_marks_of_every_article(tmp_path):
    path = tmp_path / "old.db"
    with library_of_schema(path, 14) as old:
        _store(old, _news(30))
        before = old.execute("SELECT id, title, body FROM articles ORDER BY id").fetchall()
    db = open_db(path)
    try:
        assert schema_version(db) == len(MIGRATIONS)
        assert db.execute("SELECT id, title, body FROM articles ORDER BY id").fetchall() == before
        for search in SEARCHES:
            expected = _holding_every_word(db, search)
            assert marks.search_ids(db, search, "id", False) == expected
            assert marks.search_count(db, search) == len(expected)
    finally:
        db.close()


@pytest.mark.parametrize("plan", ["probe", "walk", "sort"])
def test_each_way_of_reading_the_marks_index_gives_the_same_pages(library, monkeypatch, plan):
    """Probing each article, walking against the gathered hits and sorting them list the same, page by page."""
    full = {search: marks.search_ids(library, search) for search in ("＆", "「", "」「", "!?")}
    monkeypatch.setattr(marks, "BATCH", 3)  # candidates a few at a time: the pages still join
    monkeypatch.setattr(marks, "PROBE_COST", 0 if plan == "probe" else 1e9)
    if plan == "sort":
        monkeypatch.setattr(marks, "estimated_hits", lambda *_args, **_kw: 1)
    for search, expected in full.items():
        pages = [marks.search_page(library, search, limit=4, offset=start) for start in range(0, len(expected) + 4, 4)]
        assert [i for page in pages for i in page] == expected


def test_gathered_candidates_are_sorted_once_the_rarer_index_gathering_them(library, monkeypatch):
    """A search whose candidates are gathered and sorted reads them in one statement however many batches its
    texts are read in (a statement a page sorted every candidate again), and the index counted rarer gathers
    them (the other's hits checked against them, not each looked up)."""
    expected = marks.search_ids(library, "AT&T")
    statements: list[str] = []
    execute = library.execute

    def recording(sql, *args):
        if sql.startswith("SELECT id FROM articles WHERE"):
            statements.append(sql)
        return execute(sql, *args)

    monkeypatch.setattr(library, "execute", recording)
    monkeypatch.setattr(marks, "BATCH", 1)
    # the letters counted rarer than the marks, both few: gathered and sorted
    monkeypatch.setattr(marks, "estimated_hits", lambda _db, _e, _n, table="article_search": 1 if table == "article_search" else 5)
    assert marks.search_page(library, "AT&T", limit=len(expected)) == expected and len(expected) > 1
    assert len(statements) == 1 and f"+id IN (SELECT rowid FROM {marks.MARKS}" in statements[0]
