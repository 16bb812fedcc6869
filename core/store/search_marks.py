"""Searches that hold marks (AT&T, C++, G7/G20, 3.11, &amp;): the index narrows, the article's text decides.

The search index holds runs of letters and digits only (core.store.search): a word's marks are lost in
it, so "&amp;" alone is searched as "amp", "<b>" as any word that begins with b, and "&" as nothing. A
search word that holds a mark is looked for as written in the title and body of each hit of the index
(its letters: AT&T gives "at" and "t"), both folded and lower-cased as the reader's highlights are (＆ is &,
ＡＴ is at); a search of marks alone gives the index nothing to narrow, and every article's text is read in
list order until the page is full. A search without marks is answered by the index alone, as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from core.store.article_list import article_page, count_matching
from core.store.search import bounded_query, match_expression
from core.text import fold, unfolded

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils

_MARK = re.compile(r"[^\w\s]")
# A lone surrogate (a command line's undecodable byte, a broken paste): no stored text, UTF-8, holds one.
_SURROGATE = re.compile("[\ud800-\udfff]")
# Articles whose texts are read at a time: a few megabytes of text.
BATCH = 500


def _folded(text: str) -> str:
    return fold(text).lower()


def marked_words(search: str | None) -> list[str]:
    """The words of the search (space separated, bounded as the index's query is) that hold a mark, folded."""
    words = _folded(bounded_query(search or "")[0]).replace("\u3000", " ").split()
    return [word for word in words if _MARK.search(word)]


def search_page(db: sqlite_utils.Database, search: str | None = None, sort: str = "published",
                descending: bool = True, entity_id: str | None = None, limit: int | None = 200,
                offset: int = 0) -> list[int]:
    """core.store.article_list.article_page, where the words that hold marks are found as written."""
    words = marked_words(search)
    if not words:
        return article_page(db, search, sort, descending, entity_id, limit, offset)
    if any(_SURROGATE.search(word) for word in words):
        return []
    wanted = None if limit is None else max(0, limit) + max(0, offset)
    found: list[int] = []
    for ids in _candidates(db, search, sort, descending, entity_id):
        found.extend(_holding(db, ids, words))
        if wanted is not None and len(found) >= wanted:
            break
    return found[max(0, offset):wanted]


def search_ids(db: sqlite_utils.Database, search: str | None = None, sort: str = "published",
               descending: bool = True, entity_id: str | None = None) -> list[int]:
    """Every id search_page would list, in order."""
    return search_page(db, search, sort, descending, entity_id, limit=None)


def search_count(db: sqlite_utils.Database, search: str | None = None, entity_id: str | None = None) -> int:
    """How many articles search_ids would list: counted by the index when the search holds no mark."""
    if not marked_words(search):
        return count_matching(db, search, entity_id)
    return len(search_page(db, search, "id", False, entity_id, limit=None))


def _candidates(db: sqlite_utils.Database, search: str | None, sort: str, descending: bool,
                entity_id: str | None) -> Iterator[list[int]]:
    """The articles that may hold the search, BATCH at a time in list order: the index's hits for its letters,
    every article (of the entity) when it has none."""
    letters = search if match_expression(search or "") else None
    offset = 0
    while True:
        ids = article_page(db, letters, sort, descending, entity_id, limit=BATCH, offset=offset)
        if ids:
            yield ids
        if len(ids) < BATCH:
            return
        offset += BATCH


def _holding(db: sqlite_utils.Database, ids: list[int], words: list[str]) -> list[int]:
    """The ids (in their order) of the articles whose folded title or body holds every word."""
    marks = ",".join("?" * len(ids))
    # SQLite first keeps the texts that hold, as stored, a form of each word's first mark: most articles
    # are passed over without being read into Python and folded (a count of a rare mark in half the time).
    forms = [unfolded(_MARK.search(word).group()) for word in words]
    held_marks = " AND ".join("(" + " OR ".join(["instr(title, ?) OR instr(body, ?)"] * len(each)) + ")"
                              for each in forms)
    params = [*ids, *(form for each in forms for form in each for _ in (0, 1))]
    texts = {row[0]: f"{row[1] or ''}\n{row[2] or ''}" for row in db.execute(
        f"SELECT id, title, body FROM articles WHERE id IN ({marks}) AND {held_marks}", params)}
    held = []
    for article_id in ids:
        text = _folded(texts.get(article_id, ""))
        if all(word in text for word in words):
            held.append(article_id)
    return held
