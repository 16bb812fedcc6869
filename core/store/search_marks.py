"""Searches that hold marks (AT&T, C++, G7/G20, 3.11, &amp;): the index narrows, the article's text decides.

The search index holds runs of letters and digits only (core.store.search): a word's marks are lost in
it, so "&amp;" alone is searched as "amp", "<b>" as any word that begins with b, and "&" as nothing. A
search word that holds a mark is looked for as written in the title and body of the articles both indexes
give, folded and lower-cased as the reader's highlights are (＆ is &, ＡＴ is at): the letters' index gives
the hits of its letters (AT&T: a run ending in "at" just before a "t", core.store.search.side_by_side),
the marks index (a row of each article's distinct marks and pairs of marks, core.store.search.marks_text)
those that hold its marks. A search of words of one or two marks alone (＆, ++, 」「) is listed and counted
by the marks index without reading any text. A search without marks is answered by the letters' index
alone, as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from core.store.article_list import ENTITY_CONDITION, article_page, count_matching, list_order
from core.store.search import MARK, bounded_query, folded, marks_expression, match_expression, side_by_side
from core.store.search_index import recorded_segments
from core.store.search_plan import GATHER_COST, PROBE_COST, estimated_hits, index_hits
from core.text import unfolded

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils

# A lone surrogate (a command line's undecodable byte, a broken paste): no stored text, UTF-8, holds one.
_SURROGATE = re.compile("[\ud800-\udfff]")
# Articles whose texts are read at a time: a few megabytes of text.
BATCH = 500
MARKS = "article_search_marks"


def marked_words(search: str | None) -> list[str]:
    """The words of the search (space separated, bounded as the index's query is) that hold a mark, folded."""
    words = folded(bounded_query(search or "")[0]).replace("\u3000", " ").split()
    return [word for word in words if MARK.search(word)]


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
    candidates = _candidates(db, marks_expression(words), _letters(search), sort, descending,
                             entity_id, wanted)
    alone = _marks_alone(search, words)
    for ids in candidates:
        found.extend(ids if alone else _holding(db, ids, words))
        if wanted is not None and len(found) >= wanted:
            break
    return found[max(0, offset):wanted]


def search_ids(db: sqlite_utils.Database, search: str | None = None, sort: str = "published",
               descending: bool = True, entity_id: str | None = None) -> list[int]:
    """Every id search_page would list, in order."""
    return search_page(db, search, sort, descending, entity_id, limit=None)


def search_count(db: sqlite_utils.Database, search: str | None = None, entity_id: str | None = None) -> int:
    """How many articles search_ids would list: counted by the index when the search holds no mark."""
    words = marked_words(search)
    if not words:
        return count_matching(db, search, entity_id)
    if _marks_alone(search, words):
        expression = marks_expression(words)
        if not entity_id:
            return index_hits(db, expression, table=MARKS)
        return db.execute(f"SELECT count(*) FROM articles WHERE {_IN_MARKS} AND {ENTITY_CONDITION}",
                          [expression, entity_id]).fetchone()[0]
    return len(search_page(db, search, "id", False, entity_id, limit=None))


def _marks_alone(search: str | None, words: list[str]) -> bool:
    """Whether the search is of words of one mark or two alone: an article holds each as written when the
    marks index holds its mark or its pair, so its hits are known without reading a text."""
    return (all(len(word) <= 2 and all(map(MARK.match, word)) for word in words)
            and not match_expression(search or ""))


def _letters(search: str | None) -> str | None:
    """The letters' index's expression an article holding the search must match: each word's runs of letters,
    side by side for a word with marks when it can (core.store.search.side_by_side), else anywhere."""
    parts = []
    for word in bounded_query(search or "")[0].split():
        marked = folded(word)
        parts.append((MARK.search(marked) and side_by_side(marked)) or match_expression(word))
    return " AND ".join(part for part in parts if part) or None


_LETTERS = "id IN (SELECT rowid FROM article_search WHERE article_search MATCH ?)"
_IN_MARKS = f"id IN (SELECT rowid FROM {MARKS} WHERE {MARKS} MATCH ?)"
# The list's index walked, each article checked against the hits gathered once ("+id": not looked up by them).
_WALK_MARKS = f"+{_IN_MARKS}"
# The list's index walked, each article looked up in the marks index (a mark most articles hold).
_PROBE_MARKS = f"EXISTS (SELECT 1 FROM {MARKS} WHERE {MARKS} MATCH ? AND {MARKS}.rowid = articles.id)"


def _candidates(db: sqlite_utils.Database, expression: str, letters: str | None, sort: str, descending: bool,
                entity_id: str | None, wanted: int | None) -> Iterator[list[int]]:
    """The articles that may hold the search, BATCH at a time in list order: those that hold every mark and
    pair of marks of its marked words (expression) and, when it has letters, the letters' index's hits.

    Planned as the letters' index is (core.store.search_plan, its costs): when the wanted rows lie among a
    few times the hits' number of articles, the list's index is walked, each article looked up in the marks
    index (few to walk, many hits) or checked against the hits gathered once; otherwise the hits are gathered
    and sorted, once (a page at a time sorted them all again for each page: at a million articles AT&T's
    thousand candidates cost three sorts), the index with fewer hits gathering the articles and the other's
    hits checked against them (the marks' 67,000 articles holding & looked up one by one cost four times
    the letters' 7,000). The whole list (wanted None) is read in one statement.
    """
    articles = db.execute("SELECT max(id) FROM articles").fetchone()[0] or 0
    hits = marks_hits = estimated_hits(db, expression, articles, table=MARKS)
    letters_hits = estimated_hits(db, letters, articles) if letters and hits else None
    if letters_hits is not None:
        hits = min(hits, letters_hits)
    if not hits:
        return
    walked = articles if wanted is None else min(articles, BATCH * articles / hits)
    condition = _IN_MARKS
    if wanted is not None and walked <= 4 * hits:
        probing = walked * PROBE_COST * recorded_segments(db, MARKS) < hits * GATHER_COST
        condition = _PROBE_MARKS if probing else _WALK_MARKS
    gathered = condition == _IN_MARKS
    conditions, params = [condition], [expression]
    if letters:
        if gathered and letters_hits < marks_hits:
            conditions[0] = f"+{_IN_MARKS}"  # "+id": the letters' hits are the articles looked up
        conditions.append(_LETTERS if gathered else f"+{_LETTERS}")
        params.append(letters)
    if entity_id:
        conditions.append(ENTITY_CONDITION)
        params.append(entity_id)
    sql = f"SELECT id FROM articles WHERE {' AND '.join(conditions)} {list_order(sort, descending)}"
    if gathered or wanted is None:
        ids = [row[0] for row in db.execute(sql, params)]
        for start in range(0, len(ids), BATCH):
            yield ids[start:start + BATCH]
        return
    offset = 0
    while True:
        ids = [row[0] for row in db.execute(f"{sql} LIMIT ? OFFSET ?", [*params, BATCH, offset])]
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
    forms = [unfolded(MARK.search(word).group()) for word in words]
    held_marks = " AND ".join("(" + " OR ".join(["instr(title, ?) OR instr(body, ?)"] * len(each)) + ")"
                              for each in forms)
    params = [*ids, *(form for each in forms for form in each for _ in (0, 1))]
    texts = {row[0]: f"{row[1] or ''}\n{row[2] or ''}" for row in db.execute(
        f"SELECT id, title, body FROM articles WHERE id IN ({marks}) AND {held_marks}", params)}
    held = []
    for article_id in ids:
        text = folded(texts.get(article_id, ""))
        if all(word in text for word in words):
            held.append(article_id)
    return held
