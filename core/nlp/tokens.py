"""fugashi + unidic-lite tokens with code-point offsets, read in bounded pieces.

MeCab crashes the whole process (a segfault, not an exception) on inputs of a
few megabytes, stops at a NUL character and fugashi refuses lone surrogates.
So text is handed to it in pieces of at most PIECE characters, cut at a line
end, else a sentence end, else a comma or a space, else hard; the characters
MeCab cannot take are blanked first. Offsets stay exact code points into the
text given, and the cost grows linearly with its length.

MeCab writes each piece's tokens as one string (fields and tokens ended by one
separator), so a single split gives every surface, its skipped spaces and the
key of its dictionary entry: no Python object per word, as fugashi's nodes
would cost. A word's features are read once from the dictionary by that key
(core.nlp.mecab_entries) rather than written out and decoded for every token;
a piece holding a word its key cannot name is read again with the features
written out.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from functools import lru_cache
from itertools import accumulate, compress, count, repeat, starmap
from operator import itemgetter
from typing import Iterable, Iterator, NamedTuple

import fugashi

from core.nlp.mecab_entries import KNOWN_KEY, UNKNOWN_KEY, Features, features_of

# Well under what MeCab survives, well over any paragraph of real news.
PIECE = 5_000
# Where a piece may end, best first: after a line end, a sentence end, a comma or a space.
_CUTS = (("\n",), ("。", "！", "？", "!", "?", "」"), ("、", "，", ",", " ", "\u3000", "\t"))
# NUL ends MeCab's input early and lone surrogates cannot be encoded for it.
_UNSAFE = re.compile("[\x00\ud800-\udfff]")
# Ends each field MeCab writes: a token is the spaces skipped before it (%pS), its surface (%m) and its
# features (%H). The text's start and end are marked by letters: fugashi strips blanks (the
# separator is one to Python) from both ends of what MeCab writes, and a piece may start with spaces.
_SEP = "\x1f"
_NODE = f"%pS{_SEP}%m{_SEP}%H{_SEP}"
# The same with the key of the word's dictionary entry in place of its features (core.nlp.mecab_entries).
_KNOWN_NODE, _UNKNOWN_NODE = f"%pS{_SEP}%m{_SEP}{KNOWN_KEY}{_SEP}", f"%pS{_SEP}%m{_SEP}{UNKNOWN_KEY}{_SEP}"
_BEGIN, _END = "B", "E"
# UniDic's feature strings read so far, each kept once (by entry key, or as written): a token's features
# are the string kept for the word, not a copy of its own (about 150 bytes), so an article's tokens take
# half the memory and the passes that walk them all find more of them in the processor's caches. Cleared past this many:
# each worker of an import holds its own (a word's key, its features and their pos_positions answers, ~0.5 kB), and at
# 50,000 a long import's three processes held ~70 MB more of them than at 20,000, for ~3 % more CPU (its refills);
# at 10,000 (with the tagger's VIEWS_KEPT) ~25 MB less at 10,000 articles, at 5,000 ~16 MB less again.
# The entry keys' table holds it in two halves (Features.age): past half, the words met again keep their features.
SHARED_FEATURES = 5_000
_features: dict[str, str] = {}
# For each mark pos_positions was asked for: whether each feature string seen holds it.
_holding: dict[str, _Holding] = {}


class Token(NamedTuple):
    start: int
    end: int
    surface: str
    pos: str  # UniDic's raw feature string; its first fields are the POS (名詞,固有名詞,人名,姓,...)

    @property
    def unknown(self) -> bool:
        """A word unidic-lite does not know (its features are the short unknown-word set)."""
        return self.pos.count(",") < 10


_new_token = tuple.__new__  # building the tuple directly: tokenising is the hot path
_surface, _pos = itemgetter(2), itemgetter(3)


def surface_positions(tokens: list[Token], surfaces) -> list[int]:
    """Indices of the tokens whose surface is in surfaces (a set), picked in C: a rule pass looking for a few
    words among every token of an article runs no Python line per token."""
    return list(compress(count(), map(surfaces.__contains__, map(_surface, tokens))))


def pos_positions(tokens: list[Token], mark: str) -> list[int]:
    """Indices of the tokens whose UniDic features hold mark (",人名,"), picked in C.

    Whether a feature string holds mark is asked once per distinct string and kept: a token's answer is
    then a lookup by the string the token shares with every token of its word (its hash kept in it), not a
    search through its 150 characters, which an article's passes have pushed out of the processor's caches.
    One pass in C: a string not seen yet is answered inside the lookup (_Holding.__missing__).
    """
    known = _holding.get(mark)
    if known is None or len(known) > SHARED_FEATURES:
        known = _holding[mark] = _Holding(mark)
    return list(compress(count(), map(known.__getitem__, map(_pos, tokens))))


class _Holding(dict):
    """Feature string → whether it holds mark, each answered when first looked up."""

    __slots__ = ("mark",)

    def __init__(self, mark: str) -> None:
        super().__init__()
        self.mark = mark

    def __missing__(self, feature: str) -> bool:
        held = self[feature] = self.mark in feature
        return held


def last_within(tokens: list[Token], first: int, end: int) -> int:
    """The index of the last token from tokens[first] on that ends at end or before (the span's last word)."""
    last = first
    while last + 1 < len(tokens) and tokens[last + 1].end <= end:
        last += 1
    return last


@lru_cache(maxsize=1)
def tagger() -> fugashi.Tagger:
    """One tagger per process (loading the dictionary costs more than tagging an article)."""
    return fugashi.Tagger()


@lru_cache(maxsize=1)
def writer() -> fugashi.Tagger:
    """One tagger per process that writes a piece's tokens as separated fields (see _SEP)."""
    return fugashi.Tagger(f'-O "" -F "{_NODE}" -U "{_NODE}" -B "{_BEGIN}" -E "{_END}"')


@lru_cache(maxsize=1)
def keyed_writer() -> tuple[fugashi.Tagger, Features] | None:
    """One tagger per process that writes each token's entry key (see _KNOWN_NODE), with the table of
    features those keys name; None when the dictionary's files cannot be read so, or a user dictionary is
    loaded too (its words are no entries of sys.dic): features are then written out."""
    keyed = fugashi.Tagger(f'-O "" -F "{_KNOWN_NODE}" -U "{_UNKNOWN_NODE}" -B "{_BEGIN}" -E "{_END}"')
    if len(keyed.dictionary_info) != 1:
        return None
    features = features_of(keyed.dictionary_info[0]["filename"])
    return None if features is None else (keyed, features)


# Tokens found ahead by tokenized_ahead, by text: each is handed to the first tokenize() of its text.
_ahead: dict[str, list[Token]] = {}


def tokenize(text: str) -> list[Token]:
    """The tokens of text, with offsets into it."""
    if _ahead:
        found = _ahead.pop(text, None)
        if found is not None:
            return found
    tokens: list[Token] = []
    for start, end in pieces(text):
        _tokenize_piece(text[start:end], start, tokens)
    return tokens


@contextmanager
def tokenized_ahead(texts: Iterable[str]) -> Iterator[dict[str, list[Token]]]:
    """Tokenise texts back to back, each then given to the first tokenize() of it inside the block.

    MeCab reads its dictionary and its table of connection costs for every word; between two
    articles the rest of the analysis pushes them out of the processor's caches. A worker
    analysing a chunk of articles tokenises them first, one after the other, while they stay
    there: the same tokens, a fifth less of MeCab's time. Tokens never asked for are dropped at the end.
    Yields the tokens made, by text (read them, never change them: each is handed out as it is).
    """
    _ahead.clear()
    for text in texts:
        if text not in _ahead:
            _ahead[text] = tokenize(text)
    try:
        yield dict(_ahead)
    finally:
        _ahead.clear()


def pieces(text: str, limit: int = PIECE) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive pieces of text, each at most limit characters, cut at natural ends."""
    start, length = 0, len(text)
    while length - start > limit:
        end = _cut(text, start, start + limit)
        yield start, end
        start = end
    if start < length:
        yield start, length


def _cut(text: str, start: int, stop: int) -> int:
    """The best place to end a piece that starts at start and must end by stop."""
    floor = start + (stop - start) // 2  # a cut in the first half would make many small pieces
    for marks in _CUTS:
        best = max(text.rfind(mark, floor, stop) for mark in marks)
        if best >= floor:
            return best + 1
    return stop


def _tokenize_piece(piece: str, offset: int, tokens: list[Token]) -> None:
    if "\x00" in piece:
        piece = _UNSAFE.sub(" ", piece)  # same length, so offsets hold; MeCab skips spaces
    try:
        _read_piece(piece, offset, tokens)
    except UnicodeEncodeError:  # a lone surrogate: found by the encoding MeCab's input needs, not by a scan
        _read_piece(_UNSAFE.sub(" ", piece), offset, tokens)


def _read_piece(piece: str, offset: int, tokens: list[Token]) -> None:
    # fugashi's nodes when the text itself holds the separator, or MeCab's fields do not spell it
    if _SEP in piece or not (_read_keyed(piece, offset, tokens) or _read_written(piece, offset, tokens)):
        _find_each(piece, offset, tagger()(piece), tokens)


def _read_keyed(piece: str, offset: int, tokens: list[Token]) -> bool:
    """Add piece's tokens, each word's features found by its entry key; False (none added) if a key names none."""
    keyed = keyed_writer()
    fields = None if keyed is None else _fields(keyed[0], piece)
    if fields is None:
        return False
    known = keyed[1]
    if len(known) > SHARED_FEATURES // 2:
        known.age()  # two halves of the bound: the words met since and the words before (Features.age)
    features = list(map(known.__getitem__, fields[2::3]))
    return None not in features and _add_tokens(piece, offset, fields, features, tokens)


def _read_written(piece: str, offset: int, tokens: list[Token]) -> bool:
    """Add piece's tokens with the features MeCab writes out; False (none added) if its fields do not spell piece."""
    fields = _fields(writer(), piece)
    if fields is None:
        return False
    if len(_features) > SHARED_FEATURES:
        _features.clear()
    features = fields[2::3]
    features = list(map(_features.setdefault, features, features))  # each string kept once (see _features)
    return _add_tokens(piece, offset, fields, features, tokens)


def _fields(writer: fugashi.Tagger, piece: str) -> list[str] | None:
    """What writer writes for piece, split: spaces, surface, features or key, spaces...; None if not so framed."""
    fields = writer.parse(piece).split(_SEP)
    if fields.pop() != _END or not fields[0].startswith(_BEGIN):
        return None
    fields[0] = fields[0][len(_BEGIN):]
    return fields


def _add_tokens(piece: str, offset: int, fields: list[str], features: list[str], tokens: list[Token]) -> bool:
    """Add the tokens of fields to tokens if their spaces and surfaces spell the piece (False, none added, if not).

    Tokens built by map and zip, no Python line run per token.
    """
    del fields[2::3]  # left: spaces, surface, spaces, surface...
    whole = "".join(fields)
    if not piece.startswith(whole) or piece[len(whole):].strip():
        return False
    # One running sum over every field's length: where each token starts (after its spaces) and ends.
    marks = list(accumulate(map(len, fields), initial=offset))
    # starmap hands each (Token, fields) pair zip makes to tuple.__new__ as it is: no argument tuple built per token.
    tokens.extend(starmap(_new_token, zip(repeat(Token), zip(marks[1::2], marks[2::2], fields[1::2], features))))
    return True


def _find_each(piece: str, offset: int, nodes, tokens: list[Token]) -> None:
    """Offsets found surface by surface, for a piece its spaces and surfaces do not spell again."""
    append, find = tokens.append, piece.find
    position = 0
    for node in nodes:
        surface = node.surface
        found = find(surface, position)
        if found < 0:  # MeCab never rewrites a surface; if it ever did, skip the token, keep offsets right
            continue
        end = found + len(surface)
        append(_new_token(Token, (offset + found, offset + end, surface, node.feature_raw)))
        position = end
