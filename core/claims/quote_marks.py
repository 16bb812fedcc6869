"""Quote marks: where a sentence's 「…」 open and close, and other brackets written as quotes.

Reads the brackets only (「」, ｢｣, 『』, “”, 〝〟), and for a bracket other than 「…」 whether a speech verb follows it.
The verbs themselves are read in core.claims.quote_verbs, the quotes they report in core.claims.quotes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.claims.clauses import AFTER_QUOTE
from core.claims.quote_verbs import qualifies_a_noun


_HALF_WIDTH = str.maketrans("｢｣", "「」")


def as_corner_quotes(body: str) -> str:
    """body with every quote written as 「…」, character for character (offsets stay the same).

    Half-width brackets ｢…｣ (old keyboards, some wires) are quotes like 「…」; 『…』, “…” or 〝…〟 outside
    any 「…」 is a quote when a speech verb follows it (『…』と述べた), else a title or a word set apart
    (『…』を出版, a cited headline, “控えめ”な性格).
    The text is returned as it came when it has neither, so the article is split into sentences once.
    """
    if "｢" in body:
        body = body.translate(_HALF_WIDTH)
    if not any(opening in body for opening in _OTHER_QUOTES):
        return body
    chars, depth, at = None, 0, 0
    for mark in _MARKS.finditer(body):
        if mark.start() < at:
            continue
        char = mark.group(0)
        if char == "「":
            depth += 1
        elif char == "」":
            depth = max(depth - 1, 0)
        elif depth == 0:
            close = body.find(_OTHER_QUOTES[char], mark.start() + 1)
            if close < 0 or "「" in body[mark.start() + 1 : close] or "\n" in body[mark.start() + 1 : close]:
                continue
            if char != "『" and not has_kana(body, mark.start() + 1, close):
                continue  # “リーダー”と紹介し, “収録”と伝える: a word set apart, not words said
            said = AFTER_QUOTE.match(body, close + 1)
            if said is not None and not said.group("as") and not qualifies_a_noun(body, said):
                chars = chars or list(body)
                chars[mark.start()], chars[close] = "「", "」"
                at = close + 1
    return "".join(chars) if chars else body


_OTHER_QUOTES = {"『": "』", "“": "”", "〝": "〟"}  # brackets some writers quote with: “…”と述べた
_MARKS = re.compile("[「」『“〝]")


_KANA = {1: re.compile(r"[ぁ-ゖ]"), 2: re.compile(r"[ぁ-ゖ]{2}")}


def has_kana(text: str, start: int = 0, end: int | None = None, run: int = 1) -> bool:
    """Whether text[start:end] holds a hiragana (run=2: two in a row): words said (「対話を続けたい」), not only a name,
    a title or a term in kanji, katakana or letters (「哀悼日」, 「ノリック」, TBS「ニュース23」)."""
    return _KANA[run].search(text, start, len(text) if end is None else end) is not None


_CORNERS = re.compile("[「」]")
# Words said end as a sentence or a clause does (…認められない, …ください。, …か？); a cited headline on a noun does not
SAID_WORDS = re.compile(r"[ぁ-ゖ。！？!?…ー]」$")


def quotes(body: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Outermost 「…」 spans inside [start, end) (kept: the readers ask for a sentence's quotes many times)."""
    if body.find("」", start, end) < 0:
        return ()  # no quote closes there (most sentences): found in C, without the cache
    return _quotes(body, start, end)


@lru_cache(maxsize=1024)
def _quotes(body: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    out, depth, opened = [], 0, 0
    for mark in _CORNERS.finditer(body, start, end):  # only the marks: a sentence is read a dozen times
        if mark.group() == "「":
            if depth == 0:
                opened = mark.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                out.append((opened, mark.end()))
    return tuple(out)


def quote_spans(body: str, s_start: int, s_end: int) -> list[tuple[int, int]]:
    """A sentence's outermost quotes, the first from the sentence's start when its opening mark was lost."""
    lost = body.find("」", s_start, s_end)
    if lost < 0:
        return []  # no quote closes in the sentence
    spans = list(_quotes(body, s_start, s_end))
    if lost > s_start + 4 and "「" not in body[s_start:lost] and body[s_start] not in "(（『":
        spans = [(s_start, lost + 1)] + spans  # もし…べきである」と大統領は語った: the opening mark was lost
    return spans
