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
