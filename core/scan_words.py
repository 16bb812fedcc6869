"""The words every match of a pattern needs, read from the compiled pattern: a text without them is skipped.

Every match of a pattern that starts with a look-behind or a class of characters (…党, …式典, a katakana name
before 州) holds one of a few fixed words (党, 式典, 州|市|郡|地区): `in` finds them far faster (in C, without
trying the pattern) than re walks an article to find nothing. The words are read from the pattern itself, so a
rule edited later keeps its own words, and a pattern none can be read from is always run.

A word of several letters is searched for only where one letter of it is in the text: Python finds one letter
(from its low byte, in C) many times faster than a word, and most words a pass needs are absent from most articles.
"""

from __future__ import annotations

import re
from itertools import compress
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

# More words than this would cost nearly what the pattern's own pass does.
_MOST_WORDS = 12
# Each requirement of a pattern as (a letter of each word, the words): a word is searched for where its letter is.
_probes_of: dict[re.Pattern, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]] = {}


def may_match(pattern: re.Pattern, text: str) -> bool:
    """False when text lacks a word every match of pattern needs: no match, anywhere in it.

    Each of the pattern's requirements is checked (a pair before 両 needs ・ and 両), the surest first.
    """
    try:
        needs = _probes_of[pattern]
    except KeyError:
        needs = _probes_of[pattern] = tuple((tuple(map(_probe, words)), words) for words in all_needed_words(pattern))
    for probes, words in needs:
        if not any(map(text.__contains__, compress(words, map(text.__contains__, probes)))):
            return False
    return True


def _probe(word: str) -> str:
    """The letter of word looked for before the word: the last in Unicode's order (a kanji before a kana,
    a kana before a Latin letter or a sign: in Japanese text the rarer kind)."""
    return max(word)


def needed_words(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Words one of which is in every text the pattern matches anywhere in (None: none can be told)."""
    if pattern.flags & (re.IGNORECASE | re.LOCALE) or not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    return _best(_requirements(list(parsed)))


def all_needed_words(pattern: re.Pattern) -> tuple[tuple[str, ...], ...]:
    """Every requirement of the pattern (each: one of these words must be in the text), the surest to
    fail first (needed_words' choice); none when nothing can be told."""
    if pattern.flags & (re.IGNORECASE | re.LOCALE) or not isinstance(pattern.pattern, str):
        return ()
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except re.error:
        return ()
    usable = list(dict.fromkeys(words for words in map(_shortest, _requirements(list(parsed)))
                                if words and all(words) and len(words) <= _MOST_WORDS))
    return tuple(sorted(usable, key=lambda words: (-min(map(len, words)), len(words))))


def _best(options: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    """Of several requirements (each: one of these words), the surest to fail on a text and cheap to check."""
    usable = [words for words in map(_shortest, options) if words and all(words) and len(words) <= _MOST_WORDS]
    if not usable:
        return None
    return min(usable, key=lambda words: (-min(map(len, words)), len(words)))


def _shortest(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words without those that hold another of them (a text with 総選挙 holds 選挙)."""
    return tuple(word for word in words if not any(other != word and other in word for other in words))


def _requirements(items: list) -> list[tuple[str, ...]]:
    """What a match of this sequence of parsed items must hold: each entry, one of its words."""
    out: list[tuple[str, ...]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            out.append(("".join(run),))
            run.clear()

    for op, value in items:
        if op is _c.LITERAL:
            run.append(chr(value))
            continue
        close_run()
        if op is _c.SUBPATTERN:
            _group, added, removed, body = value
            if not (added | removed) & (re.IGNORECASE | re.LOCALE):
                out += _requirements(list(body))
        elif op is _c.ATOMIC_GROUP:
            out += _requirements(list(value))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, _high, body = value
            if low >= 1:
                out += _requirements(list(body))
        elif op is _c.ASSERT:
            # a look-ahead or look-behind that holds sees its words in the text (not always in the match)
            _direction, body = value
            out += _requirements(list(body))
        elif op is _c.IN and all(kind is _c.LITERAL for kind, _ in value) and len(value) <= 4:
            out.append(tuple(chr(char) for _, char in value))  # [(（], [」』]: one of a few characters
        elif op is _c.BRANCH:
            _, branches = value
            chosen = [_best(_requirements(list(branch))) for branch in branches]
            if all(words is not None for words in chosen):
                out.append(tuple(dict.fromkeys(word for words in chosen for word in words)))
        # anything else (a class of characters, any character, a negative look-around, a position,
        # a back-reference) says nothing about which words the text holds
    close_run()
    return out
