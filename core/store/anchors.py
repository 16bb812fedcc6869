from __future__ import annotations

from bisect import bisect_right
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from core.store.transactions import atomic

if TYPE_CHECKING:  # in annotations only: reading needs no sqlite-utils
    import sqlite_utils

CONTEXT = 8  # characters kept on each side of an annotation
_JOIN = "\u2063"  # separates the text before from the text after


def context_of(body: str, start: int, end: int) -> str:
    """The few characters around body[start:end], kept to find it again."""
    return body[max(start - CONTEXT, 0) : start] + _JOIN + body[end : end + CONTEXT]


def paragraph_shift(old_body: str, new_body: str):
    """A function mapping an old span to its new start when its paragraph survived, else None."""
    old, new = old_body.split("\n"), new_body.split("\n")
    old_starts, new_starts = paragraph_starts(old), paragraph_starts(new)
    moved = {}
    for tag, i1, i2, j1, _ in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            moved.update({i1 + k: j1 + k for k in range(i2 - i1)})

    def shift(start: int, end: int) -> int | None:
        paragraph = bisect_right(old_starts, start) - 1
        if paragraph not in moved or end > old_starts[paragraph] + len(old[paragraph]):
            return None
        return new_starts[moved[paragraph]] + start - old_starts[paragraph]

    return shift


def paragraph_starts(paragraphs: list[str]) -> list[int]:
    starts, position = [], 0
    for paragraph in paragraphs:
        starts.append(position)
        position += len(paragraph) + 1
    return starts


def find_anchor(body: str, text: str, context: str | None) -> int | None:
    """Where text occurs in body, preferring the occurrence with the same surroundings."""
    before, _, after = (context or "").partition(_JOIN)
    best, best_score = None, -1
    position = body.find(text)
    while position >= 0:
        score = body.endswith(before, 0, position) * 2 + body.startswith(after, position + len(text))
        if score > best_score:
            best, best_score = position, score
        position = body.find(text, position + 1)
    return best


def reanchor_table(db: sqlite_utils.Database, table: str, article_id: int, old_body: str,
                   new_body: str, condition: str = "1") -> None:
    """Move a table's annotations to where their text is in a re-cleaned body.

    Paragraphs that stayed keep their annotations at the shifted offsets; an
    annotation whose text left the body is detached (kept, not shown) and comes
    back when its text does.
    """
    shift = paragraph_shift(old_body, new_body)
    rows = list(db.query(f"SELECT * FROM {table} WHERE article_id = ? AND ({condition})", [article_id]))
    with atomic(db):
        for row in rows:
            start = None if row["detached"] else shift(row["start_char"], row["end_char"])
            if start is None:
                start = find_anchor(new_body, row["text"], row["context"])
            if start is None:
                db.execute(f"UPDATE {table} SET detached = 1 WHERE id = ?", [row["id"]])
                continue
            end = start + len(row["text"])
            db.execute(f"UPDATE {table} SET start_char = ?, end_char = ?, detached = 0, context = ? "
                       "WHERE id = ?", [start, end, context_of(new_body, start, end), row["id"]])


def words_at(db: sqlite_utils.Database, article_id: int, start: int, end: int) -> str | None:
    """The article's body[start:end] as stored now (None: no such article), read without loading the body."""
    row = db.execute("SELECT substr(body, ?, ?) FROM articles WHERE id = ?",
                     [start + 1, max(end - start, 0), article_id]).fetchone()
    return row[0] if row else None


def standing_row(db: sqlite_utils.Database, table: str, row_id: int, article_id: int, start: int, end: int,
                 words: str | None, kept: str, over_span: str = "1", order: str = "id",
                 params: tuple = ()) -> int | None:
    """The row of table a window read as row_id over body[start:end] (reading words there) stands as now.

    While the body still reads those words there: that row if it is still over the span, else the first row
    over the span (`over_span` and `order`, with `params`) written since, as a run elsewhere writes its rows
    again under new ids and gives a freed id to another span. When the body no longer reads them (the article
    was re-cleaned elsewhere, which moves the rows it keeps, `kept`, and writes the others again): that row
    only if it still holds those words, never a row now over the span, which holds other words; None: no row
    stands for it. words None: the words are not checked."""
    if words is not None and words_at(db, article_id, start, end) != words:
        row = db.execute(f"SELECT id FROM {table} WHERE id = ? AND article_id = ? AND text = ? AND detached = 0 "
                         f"AND ({kept})", [row_id, article_id, words]).fetchone()
        return row[0] if row else None
    row = db.execute(f"SELECT id FROM {table} WHERE id = ? AND article_id = ? AND start_char = ? AND end_char = ?",
                     [row_id, article_id, start, end]).fetchone()
    if row is None:
        row = db.execute(f"SELECT id FROM {table} WHERE article_id = ? AND start_char = ? AND end_char = ? "
                         f"AND ({over_span}) ORDER BY {order} LIMIT 1", [article_id, start, end, *params]).fetchone()
    return row[0] if row else None
