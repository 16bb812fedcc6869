"""The search planner: how a search's page is best read, from the index's counts of its hits.

Sorting every hit of a common word costs seconds in a million articles; walking the list's index
in order and checking each article costs a few times the rows shown. The planner estimates the
hits (from the newest articles) and chooses; core.store.article_list runs what it chose.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.store.search import match_expression
from core.store.search_index import recorded_segments

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils

# What the planner weighs, in microseconds, measured at 300,000 and a million articles: checking one
# article for one bigram of the query through one segment of the index (a probe asks every segment:
# 70 in a library of fifteen, 4 in a merged one), and reading one hit of one bigram when all the
# hits are gathered first.
PROBE_COST = 4.5
GATHER_COST = 0.15
WALK, PROBE, NONE = "walk", "probe", "none"
# Sorting the hits reads each hit's row up to the sort's column, which the row held after the page's raw
# text until schema 14: a chain of overflow pages, about 10 microseconds a hit when the library's file is
# in memory and 0.2 ms when it is read from disk (the first search after a launch); the figures below were
# measured then (the column now lies in the row's first page: the sort costs less). A walk of the sort's index takes
# SQLite about WALK_STEPS steps (instructions of its virtual machine) an article, 0.04-0.06 microseconds
# a step in memory, 0.12 from disk (the index's pages lie together). Measured at a million articles:
# the sort costs 150-280 steps of a walk a hit in memory, 1,500 from disk. So a walk expected to fill
# its page within ROW_STEPS steps a hit is tried first and given up for the sort when it has not:
# a word whose hits the newest articles hold fewer of than the estimate says costs the sort at most
# two thirds more in memory, a fifteenth more from disk.
WALK_STEPS = 3
ROW_STEPS = 100


def plan(db: sqlite_utils.Database, search: str | None, limit: int | None, offset: int,
         column: str = "published") -> tuple[str, int | None]:
    """How a search is best answered (see in_order), and the steps a walk may take before the hits are
    sorted instead (None: no bound). By id, the hits come from the index in order: no row is read to sort."""
    expression = match_expression(search) if search and search.strip() else None
    if expression is None:
        return "", None
    articles = db.execute("SELECT max(id) FROM articles").fetchone()[0] or 0
    hits = estimated_hits(db, expression, articles)
    if not hits:
        return NONE, None
    walked = articles if limit is None else min(articles, (limit + offset) * articles / hits)
    if walked > 4 * hits:
        steps = int(hits * ROW_STEPS)
        bounded = limit is not None and column != "id" and walked * WALK_STEPS <= steps
        return (WALK, steps) if bounded else ("", None)
    return PROBE if walked * PROBE_COST * max(1, recorded_segments(db)) < hits * GATHER_COST else WALK, None


def in_order(db: sqlite_utils.Database, search: str | None, limit: int | None, offset: int) -> str:
    """How a search is best answered: "" (sort every hit), WALK or PROBE (walk the list's index in order);
    NONE when the index counted no hit (an estimate of none is a full count).

    SQLite otherwise sorts every hit, seconds for a common word in a million articles. Walking the
    list's index checks about articles * rows / hits articles to fill rows; it wins when that is
    fewer than a few times the hits (both are counted from the indexes, in milliseconds). A walk
    either gathers the hits once and checks each article against them (WALK, the cost grows with
    the hits) or asks the index about each article it passes (PROBE, the cost grows with the
    articles walked): a common word fills its first page after a few hundred probes, far sooner
    than its hundreds of thousands of hits are gathered.
    """
    return plan(db, search, limit, offset)[0]


# The newest articles whose hits estimate the share of a library that holds a word.
SAMPLE = 20_000


def estimated_hits(db: sqlite_utils.Database, expression: str, articles: int, table: str = "article_search") -> float:
    """How many articles hold expression: counted among the newest SAMPLE and scaled to the library.

    Counting every hit of a common word takes a tenth of a second in a million articles; the
    sample, a millisecond. A word the sample misses is counted in full (few hits, quickly).
    """
    if articles > 2 * SAMPLE:
        found = index_hits(db, expression, after=articles - SAMPLE, table=table)
        if found:
            return found * articles / SAMPLE
    return index_hits(db, expression, table=table)


def index_hits(db: sqlite_utils.Database, expression: str, after: int = 0, table: str = "article_search") -> int:
    """How many articles with an id above after the search index (or table, the marks index) finds for expression."""
    newer = " AND rowid > ?" if after else ""  # (a bound that holds every row still costs a fifth more)
    return db.execute(f"SELECT count(*) FROM {table} WHERE {table} MATCH ?{newer}",
                      [expression, after][: 2 if after else 1]).fetchone()[0]
