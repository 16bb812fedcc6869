"""Answers that depend only on a page's text and a place in it, kept while the same page is read.

A sentence's claims each read the names and marks before them; what a reader finds at one place (the title written
after a name, the last name before an institution) is the same for every claim of the sentence, so it is read once
and looked up after. Tables are kept for the last few texts read (the page and the page with a quote blanked out),
by identity: a text never seen is read afresh, and no answer outlives the text it was read on.
"""

from __future__ import annotations

_KEPT = 3
_tables: list[tuple[str, dict]] = []


def table(body: str) -> dict:
    """The answers kept for body (the same object), a new empty table when it was not read last."""
    for i, (held, answers) in enumerate(_tables):
        if held is body:
            if i:
                _tables.insert(0, _tables.pop(i))
            return answers
    answers: dict = {}
    _tables.insert(0, (body, answers))
    del _tables[_KEPT:]
    return answers
