"""Answers that depend only on a page's text and a place in it, kept while the same page is read.

A sentence's claims each read the names and marks before them; what a reader finds at one place (the title written
after a name, the last name before an institution) is the same for every claim of the sentence, so it is read once
and looked up after. Tables are kept for the last few texts read (the page and the page with a quote blanked out),
by identity: a text never seen is read afresh, and no answer outlives the text it was read on.
"""

from __future__ import annotations

from bisect import bisect_right

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


def matches_before(body: str, pattern, s_start: int, limit: int) -> list:
    """pattern.finditer(body, s_start, limit) as a list, from one scan per sentence start kept as far as its claims
    reach (rescanned twice as far when one reaches past it), for a pattern that looks ahead at no letter it does not
    consume: a scan cut shorter only fails more, so every match ending by limit is the kept scan's, and only the
    one match running past limit is scanned again from its start to limit."""
    answers = table(body)
    key = ("matches", pattern, s_start)
    kept = answers.get(key)
    if kept is None or kept[0] < limit:
        reach = limit if kept is None else min(len(body), max(limit, s_start + 2 * (kept[0] - s_start)))
        matches = list(pattern.finditer(body, s_start, reach))
        kept = answers[key] = (reach, matches, [m.end() for m in matches])
    _, matches, ends = kept
    k = bisect_right(ends, limit)
    if k < len(matches) and matches[k].start() < limit:
        return matches[:k] + list(pattern.finditer(body, matches[k].start(), limit))
    return matches[:k]
