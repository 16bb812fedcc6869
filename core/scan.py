"""Regex passes over a whole article, skipped when the article lacks a word every match needs.

Python's re tries a pattern at every character of the text unless the pattern
starts with a fixed word; a pattern that starts with a look-behind or a class
of characters (…党, …式典, a katakana name before 州) walks all of an article
to find nothing in most of them. Every match of such a pattern holds one of a
few fixed words (党, 式典, 州|市|郡|地区): `in` finds them far faster (in C,
without trying the pattern), so when none is in the text the pass is skipped.
The words are read from the compiled pattern itself, so a rule edited later
keeps its own words, and a pattern none can be read from is always run.

Where the pass does run, re tries the pattern at each character unless the
pattern tells it which characters a match can begin with: it does for a fixed
word or one class of characters first, not for a look-behind first (a name
not glued to the word before it) nor a class repeated (a katakana run). Such a
pattern is run as a twin that re searches the same way but, told the letters
a match can begin with (read from the pattern: a katakana name begins with a
katakana letter), skips every other letter in C: the same matches.

A word of several letters is searched for only where one letter of it is in
the text: Python finds one letter (from its low byte, in C) many times faster
than a word, and most words a pass needs are absent from most articles.

Where the words are there, a pattern whose matches are short (a law's name
before 法, an outlet before によると) and may begin with any of many letters
(any kanji) is searched only near them: a match, with what its look-arounds
read, holds one of the words, so it starts at most its reach before one. The
rest of the article is not walked; each stretch is searched with the text cut
just after what a match begun in it can read, so what is found there is what
a search of the whole text finds. A pattern re finds by a fixed word or by a
few first letters is searched whole: its own scan is already as fast.
"""

from __future__ import annotations

import re
from itertools import compress
from re import _compiler  # type: ignore[attr-defined]
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Iterator

import _sre  # type: ignore[import-not-found]

# More words than this would cost nearly what the pattern's own pass does.
_MOST_WORDS = 12
_NOTHING: tuple = ()
# Each requirement of a pattern as (a letter of each word, the words): a word is searched for where its letter is.
_probes_of: dict[re.Pattern, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]] = {}
_twins: dict[re.Pattern, re.Pattern] = {}
# Each twin skipping() made → the pattern it was made from (what a rule module holds as its twin is checked against it).
_plain_of: dict[re.Pattern, re.Pattern] = {}
# Patterns searched only near their words: (the words, letters a look-behind reads before a match, letters a
# match and its look-aheads read from its start); None for a pattern searched whole.
_nearby_of: dict[re.Pattern, tuple[tuple[str, ...], int, int] | None] = {}
# A pattern reaching further than this is searched whole (its stretches would cover much of an article), and
# so is one whose matches begin with at most _FEW_FIRSTS letters (re skips the others in C).
_MOST_REACH = 48
_FEW_FIRSTS = 100
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)


def finditer(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """pattern.finditer(text), with nothing to find when text lacks the words every match needs.

    The matches are pattern's, found by its twin (skipping): match.re is the twin, not pattern.
    """
    if not may_match(pattern, text):
        return iter(_NOTHING)
    try:
        twin = _twins[pattern]
    except KeyError:
        twin = _twins[pattern] = skipping(pattern)
    try:
        nearby = _nearby_of[pattern]
    except KeyError:
        nearby = _nearby_of[pattern] = _reach(pattern)
    if nearby is not None:
        stretches = _stretches(text, *nearby)
        if stretches is not None:
            return _found_in(twin, text, stretches, nearby[2])
    return twin.finditer(text)


def _reach(pattern: re.Pattern) -> tuple[tuple[str, ...], int, int] | None:
    """(the words of the pattern's surest requirement, letters its look-behinds read before a match, letters a
    match and its look-aheads read from its start), or None for a pattern searched whole: one whose match may
    be empty or long, or which re finds by a fixed word or a few first letters."""
    needs = all_needed_words(pattern)
    if not needs:
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        code = _compiler._code(parsed, pattern.flags)
        if code[0] == _c.INFO and code[2] & _c.SRE_INFO_PREFIX:
            return None
        firsts, _empty = _first_letters(list(parsed))
        if firsts is not None and _letters_in(firsts) <= _FEW_FIRSTS:
            return None
        least, most = parsed.getwidth()
        behind, ahead = _around(list(parsed))
    except Exception:  # a re of another Python parses otherwise: search the whole text
        return None
    if least == 0 or most + ahead > _MOST_REACH:
        return None
    return needs[0], behind, most + ahead


def _letters_in(charset: list) -> int:
    """How many letters a character set (as _first_letters gives it) holds; a category counts as many."""
    count = 0
    for op, value in charset:
        if op is _c.LITERAL:
            count += 1
        elif op is _c.RANGE:
            count += value[1] - value[0] + 1
        else:
            count += _FEW_FIRSTS + 1
    return count


def _around(items: list) -> tuple[int, int]:
    """The letters the look-behinds and the look-aheads among items read at most, each kind added up."""
    behind = ahead = 0
    for op, value in items:
        bodies: list = []
        if op in (_c.ASSERT, _c.ASSERT_NOT):
            direction, body = value
            if direction < 0:
                behind += body.getwidth()[1]
            else:
                ahead += body.getwidth()[1]
            bodies = [body]
        elif op is _c.SUBPATTERN:
            bodies = [value[3]]
        elif op is _c.BRANCH:
            bodies = list(value[1])
        elif op in _REPEATS:
            bodies = [value[2]]
        elif op is _c.ATOMIC_GROUP:
            bodies = [value]
        for body in bodies:
            more_behind, more_ahead = _around(list(body))
            behind, ahead = behind + more_behind, ahead + more_ahead
    return behind, ahead


def _stretches(text: str, words: tuple[str, ...], behind: int, reach: int) -> list[tuple[int, int]] | None:
    """[start, end) of the stretches where a match can start (near each word), merged and in order; None when
    they would cover so much of the text that searching it whole is cheaper."""
    edges = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            edges.append((max(0, at + len(word) - reach), at + behind + 1))
            at = text.find(word, at + 1)
    edges.sort()
    merged: list[tuple[int, int]] = []
    covered = 0
    for start, end in edges:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                covered += end - merged[-1][1]
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
            covered += end - start
    return merged if covered * 2 < len(text) else None


def _found_in(twin: re.Pattern, text: str, stretches: list[tuple[int, int]], reach: int) -> Iterator[re.Match]:
    """twin's matches in text that start in the stretches, as finditer finds them: each stretch is searched
    with the text cut where what a match begun in it reads ends (its matches are never empty)."""
    size, position = len(text), 0
    for start, end in stretches:
        start = max(start, position)
        while start < end:
            match = twin.search(text, start, min(size, end + reach))
            if match is None or match.start() >= end:
                break
            yield match
            start = position = match.end()


def skipping(pattern: re.Pattern) -> re.Pattern:
    """pattern, or a twin of it that finds the same matches and whose search skips, in C, every
    character no match can begin with; pattern itself when re already skips or nothing can be told."""
    if pattern.flags & (re.IGNORECASE | re.LOCALE) or not isinstance(pattern.pattern, str):
        return pattern
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        code = _compiler._code(parsed, pattern.flags)
        # the info block re writes first: INFO, its size, what it knows (a prefix, a charset), min and max width
        if code[0] != _c.INFO or code[2] & (_c.SRE_INFO_PREFIX | _c.SRE_INFO_CHARSET) or code[3] == 0:
            return pattern
        firsts, empty = _first_letters(list(parsed))
        if firsts is None or empty:
            return pattern
        charset, _cased = _compiler._optimize_charset(firsts)
        info = [_c.INFO, 0, _c.SRE_INFO_CHARSET, code[3], code[4]]
        _compiler._compile_charset(charset, pattern.flags, info)
        info[1] = len(info) - 1
        names = [None] * parsed.state.groups
        for name, index in parsed.state.groupdict.items():
            names[index] = name
        twin = _sre.compile(pattern.pattern, pattern.flags | parsed.state.flags, info + code[code[1] + 1 :],
                            parsed.state.groups - 1, parsed.state.groupdict, tuple(names))
        _plain_of[twin] = pattern
        return twin
    except Exception:  # a re of another Python writes its code otherwise: search as the pattern does
        return pattern


def plain_of(pattern: re.Pattern) -> re.Pattern:
    """The pattern a twin was made from by skipping(); any other pattern itself."""
    return _plain_of.get(pattern, pattern)


def _first_letters(items: list) -> tuple[list | None, bool]:
    """(the character set items a match of this sequence can begin with, or None for any character;
    whether the sequence can match nothing at all)."""
    out: list = []
    for op, value in items:
        if op is _c.LITERAL:
            return out + [(op, value)], False
        if op is _c.IN:
            if any(kind is _c.NEGATE for kind, _ in value):
                return None, False
            return out + list(value), False
        if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            continue  # a look-around or a position takes no character: the match begins with what follows
        if op is _c.BRANCH:
            empty = False
            for branch in value[1]:
                firsts, branch_empty = _first_letters(list(branch))
                if firsts is None:
                    return None, False
                out += firsts
                empty = empty or branch_empty
            if not empty:
                return out, False
            continue
        if op is _c.SUBPATTERN:
            least, body = 1, value[3]
            if (value[1] | value[2]) & (re.IGNORECASE | re.LOCALE):
                return None, False
        elif op is _c.ATOMIC_GROUP:
            least, body = 1, value
        elif op in _REPEATS:
            least, _most, body = value
        else:
            return None, False  # any character, a class negated, a back-reference: anything may begin
        firsts, body_empty = _first_letters(list(body))
        if firsts is None:
            return None, False
        out += firsts
        if least and not body_empty:
            return out, False
    return out, True


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
