"""Skipping twins: a pattern compiled again so that re's search skips, in C, every letter no match begins with.

re tries a pattern at each character unless the pattern tells it which characters a match can begin with: it
does for a fixed word or one class of characters first, not for a look-behind first (a name not glued to the
word before it) nor a class repeated (a katakana run). Such a pattern is run as a twin that re searches the same
way but, told the letters a match can begin with (read from the pattern: a katakana name begins with a katakana
letter), skips every other letter: the same matches.
"""

from __future__ import annotations

import re
from re import _compiler  # type: ignore[attr-defined]
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

import _sre  # type: ignore[import-not-found]

# Each twin skipping() made → the pattern it was made from (what a rule module holds as its twin is checked against it).
_plain_of: dict[re.Pattern, re.Pattern] = {}
# The repeat operators of a parsed pattern (a first letter may sit inside one; core.scan_nearby reads their reach).
REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)


def skipping(pattern: re.Pattern) -> re.Pattern:
    """pattern, or a twin of it that finds the same matches and whose search skips, in C, every
    character no match can begin with; pattern itself when re already skips or nothing can be told."""
    if pattern in _plain_of:  # a twin already (its code is read again from its text, which would twin it anew)
        return pattern
    if pattern.flags & (re.IGNORECASE | re.LOCALE) or not isinstance(pattern.pattern, str):
        return pattern
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        code = _compiler._code(parsed, pattern.flags)
        # the info block re writes first: INFO, its size, what it knows (a prefix, a charset), min and max width
        if code[0] != _c.INFO or code[2] & (_c.SRE_INFO_PREFIX | _c.SRE_INFO_CHARSET) or code[3] == 0:
            return pattern
        firsts, empty = first_letters(list(parsed))
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


def first_letters(items: list) -> tuple[list | None, bool]:
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
                firsts, branch_empty = first_letters(list(branch))
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
        elif op in REPEATS:
            least, _most, body = value
        else:
            return None, False  # any character, a class negated, a back-reference: anything may begin
        firsts, body_empty = first_letters(list(body))
        if firsts is None:
            return None, False
        out += firsts
        if least and not body_empty:
            return out, False
    return out, True


