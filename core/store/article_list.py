"""The article list's queries: the ids of a search (and of an entity's articles) in the list's order, one page
at a time as the search planner chose to read it, how many there are, and the columns a row of the list shows.

The window's list, `kaidan list` and the export's choice of articles read these; storing and reading one
article is core.store.articles.
"""

from __future__ import annotations

import sqlite3
from calendar import monthrange
from typing import TYPE_CHECKING

from core.store.search import match_expression
from core.store.search_plan import NONE, PROBE, index_hits, plan

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils

LIST_COLUMNS = ("id", "title", "outlet", "published", "status", "source", "cleaning_check",
                "published_inferred")
# What the list shows for an article without a title: the start of its body. Only an untitled row reads
# its body (NULL otherwise): a page of the list at a million articles then reads no bodies from the disk.
SNIPPET = ("CASE WHEN title IS NULL OR title = '' "
           "THEN replace(substr(body, 1, 40), char(10), ' ') END AS snippet")
# The articles that mention an entity (its id the parameter), as the list filters them.
ENTITY_CONDITION = "id IN (SELECT article_id FROM mentions WHERE entity_id = ? AND state != 'rejected')"
# The date the list sorts by: the page's own, else the day read from its text (shown as ≈2025-10-26), so an
# undated page sits among the articles of its day rather than after every dated one, in no order of its own.
LIST_DATE = "coalesce(published, published_inferred)"
SORT_COLUMNS = {"published": LIST_DATE, "title": "title", "outlet": "outlet", "id": "id"}


def library_days(db: sqlite_utils.Database) -> tuple[str, str] | None:
    """The first and last day of the library's articles, by the date the list shows (its index answers), as
    ISO days: a date of a month or a year (2019-03, from a dataset's column) stands for its first and last day.
    None when no article has a date."""
    first, last = db.execute(f"SELECT min({LIST_DATE}), max({LIST_DATE}) FROM articles").fetchone()
    return (_days_of(first)[0], _days_of(last)[1]) if first and last else None


def _days_of(value: str) -> tuple[str, str]:
    """The first and last day an ISO date covers: a day (maybe with its time) its own, a month or a year all of
    its days."""
    if len(value) == 7 and value[:4].isdigit() and value[5:].isdigit() and 1 <= int(value[5:]) <= 12:  # 2019-03
        return f"{value}-01", f"{value}-{monthrange(int(value[:4]), int(value[5:]))[1]:02d}"
    if len(value) == 4:  # 2019
        return f"{value}-01-01", f"{value}-12-31"
    return value[:10], value[:10]


def article_ids(
    db: sqlite_utils.Database,
    search: str | None = None,
    sort: str = "published",
    descending: bool = True,
    entity_id: str | None = None,
) -> list[int]:
    """Ids of the articles matching search (and mentioning entity_id), in display order."""
    return article_page(db, search, sort, descending, entity_id, limit=None)


def article_page(
    db: sqlite_utils.Database,
    search: str | None = None,
    sort: str = "published",
    descending: bool = True,
    entity_id: str | None = None,
    limit: int | None = 200,
    offset: int = 0,
) -> list[int]:
    """One page of article_ids (limit None: all of them), without counting the rest."""
    how, steps = plan(db, search, limit, offset, SORT_COLUMNS.get(sort, "published"))
    if how == NONE:
        return []  # the index counted no hit: not asked again to sort nothing
    if steps is not None:
        page = _page(db, search, sort, descending, entity_id, limit, offset, how, steps)
        if page is not None:
            return page
        how = ""  # the walk ran past its steps: the hits are sorted after all
    return _page(db, search, sort, descending, entity_id, limit, offset, how) or []


def _page(db: sqlite_utils.Database, search: str | None, sort: str, descending: bool, entity_id: str | None,
          limit: int | None, offset: int, how: str, steps: int | None = None) -> list[int] | None:
    """article_page answered the way how says; with steps, None when SQLite needs more steps than that."""
    filtered = _filter(search, entity_id, how)
    if filtered is None:
        return []
    where, params = filtered
    order = list_order(sort, descending)
    page = ""
    if limit is not None:
        page = " LIMIT ? OFFSET ?"
        params = [*params, max(0, int(limit)), max(0, int(offset))]
    sql = f"SELECT id FROM articles {where}{order}{page}"
    if steps is None:
        return [r[0] for r in db.execute(sql, params)]
    db.conn.set_progress_handler(lambda: True, min(steps, 2**31 - 1))  # True: interrupt the statement
    try:
        return [r[0] for r in db.execute(sql, params)]
    except sqlite3.OperationalError as exc:
        if "interrupt" not in str(exc):
            raise
        return None
    finally:
        db.conn.set_progress_handler(None, 0)


def list_order(sort: str, descending: bool) -> str:
    """The list's ORDER BY: articles without the value last either way; each order is one the indexes hold
    (SQLite sorts NULL first, so descending needs no IS NULL term)."""
    column = SORT_COLUMNS.get(sort, "published")
    if column == "id":
        return f"ORDER BY id {'DESC' if descending else 'ASC'}"
    if descending:
        return f"ORDER BY {column} DESC, id DESC"
    return f"ORDER BY {column} IS NULL, {column} ASC, id ASC"


def count_matching(db: sqlite_utils.Database, search: str | None = None, entity_id: str | None = None) -> int:
    """How many articles article_ids would list (asked after the first page is shown)."""
    filtered = _filter(search, entity_id)
    if filtered is None:
        return 0
    if search and search.strip() and not entity_id:
        # Every row of the index is an article's (added with it, never left behind), so its hits are
        # counted there, without looking each article up: a tenth of the time for a common word.
        return index_hits(db, match_expression(search))
    where, params = filtered
    return db.execute(f"SELECT count(*) FROM articles {where}", params).fetchone()[0]


def _filter(search: str | None, entity_id: str | None, in_order: str = "") -> tuple[str, list] | None:
    """The WHERE clause and its parameters; None when the search can match nothing.

    in_order: WALK, the search is checked article by article in list order (the hits gathered once);
    PROBE, each article in list order is looked up in the index.
    """
    conditions, params = [], []
    if search and search.strip():
        expression = match_expression(search)
        if expression is None:
            return None
        if in_order == PROBE:
            conditions.append("EXISTS (SELECT 1 FROM article_search WHERE article_search MATCH ? "
                              "AND article_search.rowid = articles.id)")
        else:
            # "+id" keeps SQLite from looking articles up by the hits' ids, so it walks the sort's index.
            conditions.append(f"{'+id' if in_order else 'id'} IN (SELECT rowid FROM article_search "
                              "WHERE article_search MATCH ?)")
        params.append(expression)
    if entity_id:
        conditions.append(ENTITY_CONDITION)
        params.append(entity_id)
    where = f"WHERE {' AND '.join(conditions)} " if conditions else ""
    return where, params


def list_rows(db: sqlite_utils.Database, ids: list[int]) -> dict[int, dict]:
    """The list columns of the given articles, keyed by id."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    cols = ", ".join((*LIST_COLUMNS, SNIPPET))
    rows = db.query(f"SELECT {cols} FROM articles WHERE id IN ({marks})", list(ids))
    return {row["id"]: row for row in rows}
