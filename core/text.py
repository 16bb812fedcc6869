"""Matching text: full-width letters and half-width kana folded, offsets unchanged."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from core.scan import skipping

_WIDE = re.compile("[\uff01-\uff5e\uff61-\uff9f\u3000]")
# (core.scan.skipping's twin: re finds no first letters in a repeated class and tries each letter of a body)
_WIDE_RUN = skipping(re.compile(_WIDE.pattern + "+"))
# Full-width digits as ASCII ones, one code point each (offsets hold): "１３".translate(NARROW_DIGITS) == "13"
NARROW_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    # Only characters whose NFKC form is one character: the result has the same
    # length as the input, so offsets found in it are offsets into the body.
    table = {}
    for code in list(range(0xFF01, 0xFF5F)) + list(range(0xFF61, 0xFFA0)) + [0x3000]:
        folded = unicodedata.normalize("NFKC", chr(code))
        if len(folded) == 1 and folded != chr(code):
            table[code] = folded
    return table


def fold(text: str) -> str:
    """Text for matching: ＡＳＥＡＮ → ASEAN, １１日 → 11日, ｶﾀｶﾅ → カタカナ; same length."""
    if _WIDE.search(text) is None:
        return text  # most bodies have nothing to fold: skip the copy
    return translated_runs(_WIDE_RUN, _fold_table(), text)


def translated_runs(runs: re.Pattern, table: dict[int, str], text: str) -> str:
    """text.translate(table), where runs finds every run of the letters table replaces: only those runs are
    translated. translate looks each letter it is given up in the table, four times the time of finding the
    few runs a news text holds (full-width figures and brackets among thousands of kanji and kana)."""
    return runs.sub(lambda run: run.group().translate(table), text)


def sentence_start(text: str, at: int, reach: int | None = None) -> int:
    """Where the sentence holding position at begins: right after the last 。 or line break before it, looking back
    at most reach characters (a page with no 。 would be read back to its start for every position asked)."""
    floor = 0 if reach is None else max(0, at - reach)
    return max(text.rfind("。", floor, at), text.rfind("\n", floor, at), floor - 1) + 1


def line_start(text: str, at: int, reach: int | None = None) -> int:
    """Right after the last line break before at, looking back at most reach characters: where the reach starts when
    none is (a page with no line break would be read back to its start for every position asked)."""
    floor = 0 if reach is None else max(0, at - reach)
    return max(text.rfind("\n", floor, at), floor - 1) + 1


def shared_sentence_start(text: str, at: int, reach: int) -> int:
    """sentence_start looked back at most reach characters, but where none of its marks lies within reach (a page with
    no 。 and no line break) the reach's start moved on to the next multiple of a quarter reach: the positions of such a
    page share one sentence a quarter reach long in four, read once for them all, not one sentence each."""
    start = sentence_start(text, at, reach)
    if start == 0 or text[start - 1] in "。\n":
        return start
    quarter = max(1, reach // 4)
    return min(at, -(-start // quarter) * quarter)


def stop_start(text: str, at: int, reach: int | None = None) -> int:
    """Right after the last 。 before at (a line break is no stop here), looking back at most reach characters: where
    the reach starts when none is (a page with no 。 would be read back to its start for every position asked)."""
    floor = 0 if reach is None else max(0, at - reach)
    return max(text.rfind("。", floor, at), floor - 1) + 1


def sentence_end(text: str, at: int, reach: int | None = None) -> int:
    """Where the sentence holding position at ends: the first 。 or line break from at, or the text's end, looking on
    at most reach characters."""
    ceiling = len(text) if reach is None else min(len(text), at + reach)
    ends = [end for end in (text.find("。", at, ceiling), text.find("\n", at, ceiling)) if end >= 0]
    return min(ends) if ends else ceiling


_SENTENCE_GAP = "。\n \u3000"


def previous_sentence_start(text: str, s_start: int, reach: int | None = None) -> int:
    """Where the sentence before the one beginning at s_start begins (s_start when none is before it). The sentence
    before ends in 。, a line break or both (…発表した。\n同社は…): stepping back over them first keeps the 。 of the
    sentence before from being read as its start. Looked back at most reach characters, as sentence_start (a
    sentence start cut by a reach on a page with no 。 has before it a sentence that reaches the page's start)."""
    at = s_start
    while at > 0 and text[at - 1] in _SENTENCE_GAP:
        at -= 1
    return sentence_start(text, at, reach) if at > 0 else s_start


def last_match(pattern: re.Pattern, text: str, start: int = 0, end: int | None = None) -> re.Match | None:
    """The last match of pattern in text[start:end] (the one nearest the end), or None."""
    found = None
    for found in pattern.finditer(text, start, len(text) if end is None else end):
        pass
    return found


_REGEX_SPECIAL = frozenset("\\.^$*+?{}[]|()")


def words_pattern(words: list[str]) -> str:
    """The alternation of words (regex text, tried in the order given) behind a look-ahead of the letters they
    begin with: at a position none begins at, the engine fails one test instead of trying every word (the
    same matches: each word must begin with one of those letters). Without the look-ahead when a word
    begins with anything but a plain letter."""
    alternation = "|".join(words)
    if not words or any(not word or word[0] in _REGEX_SPECIAL for word in words):
        return f"(?:{alternation})"
    letters = "".join(re.escape(letter) for letter in sorted({word[0] for word in words}))
    return f"(?=[{letters}])(?:{alternation})"


def unfolded(char: str) -> list[str]:
    """Every character that fold() turns into char, char first (& → &, ＆)."""
    return [char, *(chr(code) for code, folded in _fold_table().items() if folded == char)]
