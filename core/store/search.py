"""Search over Japanese text with an FTS5 index of overlapping character bigrams.

SQLite's word tokenizer sees a whole run of kanji and kana as one word and the
trigram tokenizer needs three characters, so neither finds 会談 inside 米中会談.
Each run of letters is indexed as its bigrams plus its last character alone;
a query becomes the phrase of its own bigrams, a one-character query a prefix.
Only the first QUERY_LIMIT characters of a query are searched: FTS5 needs memory
in proportion to a phrase's length, gigabytes for a pasted article.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from array import array
from functools import lru_cache
from operator import add

from core.scan import skipping
from core.text import fold, translated_runs

_RUN = re.compile(r"\w+")
# Longer than any name, title or sentence a user looks for; short enough to cost nothing.
QUERY_LIMIT = 200
# From this many characters on, grams makes a text's bigrams over the whole of it (below, one by one is quicker).
WHOLE_TEXT_GRAMS = 200


def _runs(text: str) -> list[str]:
    return _RUN.findall(nfkc(text or "").lower())


def nfkc(text: str) -> str:
    """unicodedata.normalize("NFKC", text), in less than half the time on news text.

    Most articles hold a full-width letter, digit or space (（, １０日, 　), so NFKC
    takes its slow path over the whole text. Each of these is first replaced by its
    own decomposition, which leaves the text's NFKD and so its NFKC as they were:
    the text is then mostly normalised already, which NFKC checks quickly.
    """
    if unicodedata.is_normalized("NFKC", text):
        return text
    return unicodedata.normalize("NFKC", translated_runs(_decomposed_runs(), _decompositions(), text))


@lru_cache(maxsize=1)
def _decompositions() -> dict[int, str]:
    """Letters of the basic plane whose decomposition is already in NFKC (Ａ → A, ｶ → カ, 　 → space)."""
    table = {}
    for code in range(0x10000):
        if 0xD800 <= code < 0xE000:
            continue  # lone surrogates: no letters
        decomposed = unicodedata.normalize("NFKD", chr(code))
        if decomposed != chr(code) and unicodedata.is_normalized("NFKC", decomposed):
            table[code] = decomposed
    return table


@lru_cache(maxsize=1)
def _decomposed_runs() -> re.Pattern:
    """Runs of the letters _decompositions replaces (core.text.translated_runs), as one class of code point ranges."""
    codes, ranges = sorted(_decompositions()), []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return skipping(re.compile("[" + "".join(re.escape(chr(low)) + ("-" + re.escape(chr(high)) if high > low else "")
                                             for low, high in ranges) + "]+"))  # (re tries a repeated class at each letter)


def grams(text: str) -> str:
    """The index text: space-separated bigrams (and each run's last character).

    A long text's are made in C over the whole of it rather than a string per bigram: the runs are joined
    by NUL (never a letter) and read as code points into an array; each letter gives a row of itself, the
    letter after it and a space (strided copies of one array into another), and the rows a NUL begins are
    taken out (the NUL after a run's last letter leaves that letter alone). A short text (a title) is
    quicker joined bigram by bigram than set up for that. The standard library's array does this as fast
    as numpy did, and an import worker no longer loads numpy for it (a tenth of a second of CPU each).
    """
    runs = _runs(text)
    if not runs:
        return ""
    if len(text) < WHOLE_TEXT_GRAMS:
        out: list[str] = []
        extend, append = out.extend, out.append
        for run in runs:
            extend(map(add, run, run[1:]))  # each character joined to the next
            append(run[-1])
        return " ".join(out)
    letters = array(_CODE_POINT)
    letters.frombytes(("\0".join(runs) + "\0").encode(_UTF32))
    rows = array(_CODE_POINT, [ord(" ")]) * (3 * (len(letters) - 1))
    view, letters = memoryview(rows), memoryview(letters)
    view[0::3], view[1::3] = letters[:-1], letters[1:]
    return _NUL_ROW.sub("", rows.tobytes().decode(_UTF32)).replace("\0", "")[:-1]


# An array item of four bytes holds a code point, read and written in the machine's own byte order.
_CODE_POINT = next(code for code in "IL" if array(code).itemsize == 4)
_UTF32 = "utf-32-le" if sys.byteorder == "little" else "utf-32-be"
# A row a NUL begins: the NUL, the next run's first letter, a space.
_NUL_ROW = re.compile("\0. ", re.DOTALL)


def bounded_query(query: str) -> tuple[str, bool]:
    """The part of query that is searched (its first QUERY_LIMIT characters), and whether it was cut."""
    return query[:QUERY_LIMIT], len(query) > QUERY_LIMIT


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression for the user's query (bounded), or None when it has no letters."""
    parts = []
    for run in _runs(bounded_query(query)[0]):
        if len(run) == 1:
            parts.append(f'"{run}"*')
        else:
            phrase = " ".join(run[i : i + 2] for i in range(len(run) - 1))
            parts.append(f'"{phrase}"')
    return " AND ".join(parts) or None


# What a search of marks alone asks (core.store.search_marks): the marks of an article's folded text.
MARK = re.compile(r"[^\w\s]")
_MARK_RUN = re.compile(r"[^\w\s]{2,}")


def folded(text: str) -> str:
    """A text as a search with marks compares it: width and compatibility forms folded, lower-cased (＆ → &)."""
    return fold(text).lower()


def mark_token(marks: str) -> str:
    """The index's word for a mark or a pair of marks (& → m26, 」「 → m300dm300c): letters and digits, which
    the index's tokenizer keeps whole."""
    return "".join(f"m{ord(mark):x}" for mark in marks)


def _marks_and_pairs(text: str) -> set[str]:
    """The distinct marks of a folded text and the distinct pairs of marks side by side in it."""
    found = set(MARK.findall(text))
    for run in _MARK_RUN.findall(text):
        found.update(map(add, run, run[1:]))
    return found


def marks_text(title: str | None, body: str) -> str:
    """The marks index text of an article: a token for each distinct mark of its title and body and for each
    distinct pair of marks side by side, folded and lower-cased as a search's text check folds them (＆ → &).

    The index holds a row per article, so a search of marks alone (＆, ++, 」「) is narrowed to the articles
    that hold each of its marks and pairs; a word of one or two marks is then known held without reading.
    """
    found = _marks_and_pairs(folded(f"{title or ''}\n{body or ''}"))
    return " ".join(mark_token(marks) for marks in sorted(found))


def marks_expression(words: list[str]) -> str | None:
    """The marks index's MATCH expression for folded search words: every mark they hold and every pair of marks
    side by side (None: they hold none)."""
    found = set().union(*map(_marks_and_pairs, words))
    return " AND ".join(f'"{mark_token(marks)}"' for marks in sorted(found)) or None


# A folded word of ASCII letters, digits and marks (at&t, c++, g7/g20, 3.11, &amp;), and its runs of letters
# ("_" is neither: a letter of the index's runs that its tokenizer drops).
_ASCII_MARKED = re.compile(r"[a-z0-9!-/:-@\[-^`{-~]+")
_ASCII_RUN = re.compile(r"[a-z0-9]+")


def side_by_side(word: str) -> str | None:
    """A phrase of the letters' index that every article holding the folded word as written holds: the word's
    runs of letters and digits side by side, as the index writes them (each run's bigrams, then its last letter
    alone; the marks between write nothing). None for a word with a letter beyond ASCII, or too few letters.

    match_expression asks for a word's runs anywhere in an article (at&t: "at" and any run beginning with t,
    half the news; the prefix alone costs a tenth of a second in a million articles); this asks for them next
    to each other, in the word's order (a run ending in "at", then "t"), and by whole tokens: a search of AT&T
    reads a thirteenth of the texts it read. A run that ends the word gives its bigrams only (the token after
    them begins with its last letter whatever follows: it tells nothing), and leaves out its last letter's:
    in an article a combining mark after it (t and a caron) is one letter in the index's NFKC but not in the
    text a search reads, which still holds the word. A last digit is kept: no letter is composed of a digit.
    """
    if not _ASCII_MARKED.fullmatch(word):
        return None
    tokens = []
    for run in _ASCII_RUN.finditer(word):
        letters = run.group()
        if run.end() < len(word):  # a mark follows: the index's run ends here, its last letter a token alone
            tokens += [*map(add, letters, letters[1:]), letters[-1]]
        else:
            kept = letters if letters[-1].isdigit() else letters[:-1]
            tokens += map(add, kept, kept[1:])
    return f'"{" ".join(tokens)}"' if tokens else None
