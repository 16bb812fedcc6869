"""Which articles an export takes: all, chosen ids, a status, a date range, outlets."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Iterator

from core.model import Article
from core.store.article_list import LIST_DATE
from core.store.articles import _decode
from core.store.records import record_of

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils

STATUSES = ("new", "in progress", "done")
_DAY = f"substr({LIST_DATE}, 1, 10)"


@dataclass(frozen=True)
class Scope:
    """Filters combined with AND; an empty Scope is the whole library. Dates are ISO days, inclusive.

    An article's day is the page's own date, else the day Kaidan read from its text (the list's ≈ date,
    LIST_DATE): a range then keeps the undated pages the list shows among that range's days. An article
    with no day at all is outside every range; undated_left_out counts them for the summary. An article dated
    by its month or year alone is in a range that holds one of its days.
    """

    ids: tuple[int, ...] | None = None
    statuses: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    outlets: tuple[str, ...] = ()

    def where(self) -> tuple[str, list]:
        """SQL conditions (a WHERE body) and their parameters."""
        conditions, params = ["1"], []
        if self.ids is not None:
            conditions.append(f"id IN ({','.join('?' * len(self.ids))})" if self.ids else "0")
            params.extend(self.ids)
        if self.statuses:
            unknown = set(self.statuses) - set(STATUSES)
            if unknown:
                raise ValueError(f"status must be one of {STATUSES}")
            conditions.append(f"status IN ({','.join('?' * len(self.statuses))})")
            params.extend(self.statuses)
        # published may carry a time ("2025-07-11T09:30+09:00"): compare its day; a date of a month or a year
        # (2019-03, a dataset's column) is in a range that holds one of its days: compared as long as it is written
        for bound, operator in ((self.date_from, ">="), (self.date_to, "<=")):
            if bound:
                conditions.append(f"{_DAY} {operator} substr(?, 1, length({_DAY}))")
                params.append(bound[:10])
        if self.outlets:
            conditions.append(f"outlet IN ({','.join('?' * len(self.outlets))})")
            params.extend(self.outlets)
        return " AND ".join(conditions), params

    def describe(self) -> dict:
        """The scope as written in the dataset card."""
        out: dict = {}
        if self.ids is not None:
            out["ids"] = list(self.ids)
        for key in ("statuses", "outlets"):
            if getattr(self, key):
                out[key] = list(getattr(self, key))
        for key in ("date_from", "date_to"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        return out or {"all": True}


    def has_dates(self) -> bool:
        return bool(self.date_from or self.date_to)


ALL = Scope()


def count_in_scope(db: sqlite_utils.Database, scope: Scope = ALL) -> int:
    where, params = scope.where()
    return db.execute(f"SELECT count(*) FROM articles WHERE {where}", params).fetchone()[0]


def undated_left_out(db: sqlite_utils.Database, scope: Scope) -> int:
    """The articles the scope's other choices take that its date range leaves out for having no day at all
    (neither a page date nor one read from the text): said in the summary, so none falls out unseen."""
    if not scope.has_dates():
        return 0
    where, params = replace(scope, date_from=None, date_to=None).where()
    return db.execute(f"SELECT count(*) FROM articles WHERE {where} AND {LIST_DATE} IS NULL", params).fetchone()[0]


def article_batches(db: sqlite_utils.Database, scope: Scope = ALL, batch: int = 200) -> Iterator[list[Article]]:
    """The articles in scope, decoded, in id order, a batch at a time (bounded memory)."""
    where, params = scope.where()
    last = 0
    while True:
        rows = list(db.query(f"SELECT * FROM articles WHERE id > ? AND {where} ORDER BY id LIMIT ?",
                             [last, *params, batch]))
        if not rows:
            return
        yield [record_of(Article, _decode(row)) for row in rows]
        last = rows[-1]["id"]
