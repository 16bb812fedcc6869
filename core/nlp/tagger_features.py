"""Features of UniDic tokens for the statistical entity tagger, and the BIO labels of spans.

A token's features are its surface, its POS fields, the kind of characters it
is written in (and whether UniDic knows it) and its last character; the
tokens next to it add their surface and POS, those two away their POS (a
family a compared set drops: TWO_AWAY, seven attributes a token, not nine).

Feature sets kept to compare (bench/compare_taggers.py), none shipped: the
gazetteer's longest match over whole tokens, marking each token it covers with
its place in the match and the match's type (B-GPE, I-ORG, E-PERSON, S-LOC),
told to the token and its neighbours (gazetteer_marks; a model trained with
them reads them, from the detector's registry); a proper noun's UniDic
subclass told to the tokens two away; word clusters (core.nlp.tagger_clusters);
the last character of a compound noun's head told to the nouns before it (英国/外務
→ 省); the neighbours' kinds of characters; a word's last two characters.
None gained beyond noise on the parts tuned on (resources/tagger/README.md). A
richer set, 23 features a token, scored the same within 0.01 at a third of
the speed. A token's features depend only on its
surface and UniDic features, so they are computed once per distinct token and
reused (news repeats its words): tagging stays close to tokenising in speed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from operator import itemgetter
from zlib import crc32

from core.nlp.tagger_clusters import cluster_of
from core.nlp.tokens import Token

# Stockmark's classes and Kaidan's meet on three coarse classes.
LABELS = ("PERSON", "LOCATION", "ORG")
_KINDS = (
    (re.compile(r"[\u30a0-\u30ff]+$"), "kata"),
    (re.compile(r"[\u3040-\u309f]+$"), "hira"),
    (re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0002ffff々〆]+$"), "kanji"),
    (re.compile(r"[A-Za-z]+$"), "latin"),
    (re.compile(r"[0-9]+$"), "digit"),
    (re.compile(r"[A-Z]+$"), "caps"),
)
# The same tries in one pattern: the first alternative that matches names the kind (its group).
_KIND = re.compile("|".join(f"(?P<{name}>{pattern.pattern})" for pattern, name in _KINDS))


# Which features a token view carries: the shipped set, changed only by bench/compare_taggers.py
# (and by tests); a model records what it was trained with in its attribute names.
# clusters: a cluster file's path (None: no cluster features); fine: the fine cluster too;
# neighbour_clusters: the coarse clusters of the tokens next to it as well.
# gazetteer: the marks of the gazetteer's longest match; gazetteer_neighbours: told to the tokens beside it too.
# gazetteer_dropout: the share of matches left unmarked in training, so that the model still learns a
# name's context and does not lean on the gazetteer for the names it lacks;
# proper_subclass: a proper noun's UniDic subclass (人名/姓, 地名/国) told to the tokens up to two away.
# neighbour_kinds: the kind of characters of the tokens next to it; head: the last character of the compound
# noun a token begins or stands inside (…省, …党, …州, …市, …社), told to each of its tokens;
# suffix2: a word's last two characters when it has three or more (…スキー, …スタン, …ビッチ).
# drop: the prefixes of feature families left out (the shipped set drops none). TWO_AWAY, the POS of the
# tokens two away: two attributes a token fewer for CRFsuite, the same cross-news F1, but the model it
# trains reads several names the rules' tests pin otherwise (resources/tagger/README.md).
TWO_AWAY = ("a p=", "d p=", "a=edge", "d=edge")
_settings = {"clusters": None, "fine": True, "neighbour_clusters": True, "gazetteer": False,
             "gazetteer_neighbours": True, "proper_subclass": False, "gazetteer_dropout": 0.0,
             "neighbour_kinds": False, "head": False, "suffix2": False, "drop": ()}
# How far a compound's head is looked for (in tokens after the token), and the parts of speech a compound holds.
HEAD_REACH = 4
COMPOUND_POS = ("名詞", "接尾辞", "接頭辞")


def configure(**settings) -> None:
    """Change the feature set, to compare models trained on each (the shipped set has no clusters)."""
    _settings.update(settings)
    token_view.cache_clear()
    mark_view.cache_clear()


def shipped_set() -> bool:
    """Whether token views carry the shipped features alone (no clusters, no proper-noun subclass)."""
    return not (_settings["clusters"] or _settings["proper_subclass"] or _settings["neighbour_kinds"]
                or _settings["head"] or _settings["suffix2"])


def uses_gazetteer() -> bool:
    """Whether models trained now see the gazetteer's marks."""
    return bool(_settings["gazetteer"])


def training_dropout() -> float:
    """The share of the gazetteer's matches training leaves unmarked."""
    return float(_settings["gazetteer_dropout"])


def char_kind(text: str) -> str:
    """The class of characters a surface is written in: kata, hira, kanji, latin, digit or mixed."""
    if text.isupper() and text.isascii() and text.isalpha():
        return "caps"
    kind = _KIND.match(text)
    return kind.lastgroup if kind else "mixed"


@lru_cache(maxsize=200_000)
def token_view(surface: str, feature: str) -> tuple:
    """What a token says about itself, what it tells each neighbour, and whether it may be a name.

    (own, to the next token, to the previous, two after, two before, name-like, ends a sentence,
    what it tells the tokens of a compound it heads, whether it may stand in a compound noun)
    """
    fields = feature.split(",")
    kind = char_kind(surface)
    unknown = len(fields) < 10
    own = ("w=" + surface, "p=" + "/".join(fields[:4]), "k=" + kind + ("1" if unknown else "0"),
           "l=" + surface[-1])
    if _settings["suffix2"] and len(surface) > 2:
        own += ("m=" + surface[-2:],)
    pos = "/".join(fields[:3])
    to_next, to_previous = ("b w=" + surface, "b p=" + pos), ("c w=" + surface, "c p=" + pos)
    if _settings["clusters"]:
        coarse, fine = cluster_of(surface, _settings["clusters"])
        own += (("q=" + coarse, "Q=" + fine) if _settings["fine"] else ("q=" + coarse,)) if coarse else ("q=-",)
        if _settings["neighbour_clusters"]:
            to_next += ("b q=" + (coarse or "-"),)
            to_previous += ("c q=" + (coarse or "-"),)
    if _settings["neighbour_kinds"]:
        to_next += ("b k=" + kind,)
        to_previous += ("c k=" + kind,)
    two_after, two_before = ("a p=" + pos,), ("d p=" + pos,)
    if _settings["proper_subclass"] and fields[1:2] == ["固有名詞"] and len(fields) > 3:
        subclass = fields[2] + "/" + fields[3]
        to_next += ("b s=" + subclass,)
        to_previous += ("c s=" + subclass,)
        two_after += ("a s=" + subclass,)
        two_before += ("d s=" + subclass,)
    # an unknown word may be a name, unless it is a number or a symbol (UniDic reads digits as unknown)
    name_like = (unknown and fields[0] == "名詞" and fields[1] != "数詞") or ",固有名詞," in feature \
        or kind in ("kata", "latin", "caps") or surface[0].isupper()
    as_head = ("h=" + surface[-1],) if _settings["head"] else ()
    in_compound = fields[0] in COMPOUND_POS and surface != "・"
    if _settings["drop"]:
        own, to_next, to_previous, two_after, two_before = map(_kept, (own, to_next, to_previous, two_after, two_before))
    return own, to_next, to_previous, two_after, two_before, name_like, surface == "。", as_head, in_compound


def _kept(features: tuple) -> tuple:
    """features less the families the settings drop."""
    return tuple(f for f in features if not f.startswith(_settings["drop"]))


# What a token is told past the sentence's ends (before, after, two before, two after), all families.
EDGES = (("b=edge",), ("c=edge",), ("a=edge",), ("d=edge",))


def edge_features() -> tuple:
    """EDGES less the families the feature set drops."""
    return tuple(map(_kept, EDGES)) if _settings["drop"] else EDGES


NO_MARKS: dict[int, str] = {}
_start, _end = itemgetter(0), itemgetter(1)


def gazetteer_marks(text: str, tokens: list[Token], registry, dropout: float = 0.0) -> dict[int, str]:
    """Token index → its mark in the gazetteer's longest match over whole tokens (B-GPE, I-ORG, E-LAW, S-PERSON).

    Matches are read left to right, the longest that ends on a token's end, and
    never overlap (as the gazetteer pass of core.nlp.entities reads them); a
    surface shared by entities of several types is marked with all of them.
    dropout (training only): the share of matches left unmarked, chosen by a hash of
    the match and its place, so that the same text gives the same marks every time.
    """
    if registry is None or not tokens:
        return NO_MARKS
    # Only the token starts where a surface may begin are walked in the trie (Registry.opening_starts): a regex
    # search for any surface from each match on tried every letter of the text (3 % of a worker's time).
    starts, ends = list(map(_start, tokens)), list(map(_end, tokens))
    marks: dict[int, str] = {}
    position, kinds = 0, {}
    for start in registry.opening_starts(text, starts):
        if start < position:
            continue
        first = bisect_left(starts, start)
        for end, ids in registry.longest_matches(text, start):
            last = bisect_left(ends, end, first)  # the token that ends there, if one does
            if last == len(ends) or ends[last] != end:
                continue
            key = tuple(ids)
            kind = kinds.get(key)
            if kind is None:
                kind = kinds[key] = "+".join(sorted({e.type for e in map(registry.entities.get, ids) if e}))
            if kind and not (dropout and crc32(f"{start}:{text[start:end]}".encode()) < dropout * 0x100000000):
                if first == last:
                    marks[first] = "S-" + kind
                else:
                    marks[first] = "B-" + kind
                    for index in range(first + 1, last):
                        marks[index] = "I-" + kind
                    marks[last] = "E-" + kind
            position = end
            break
    return marks


@lru_cache(maxsize=256)
def mark_view(mark: str) -> tuple:
    """What a gazetteer mark tells its token, the next token and the previous one."""
    if not _settings["gazetteer_neighbours"]:
        return ("g=" + mark,), (), ()
    return ("g=" + mark,), ("b g=" + mark,), ("c g=" + mark,)


def _with_marks(out: list, marks: dict[int, str], first: int, last: int, low: int, high: int, view) -> list:
    """out (the features of tokens first..last-1) with the marks of tokens in and beside the window added."""
    if not marks:
        return out
    for index in range(max(first - 1, low), min(last + 1, high)):
        mark = marks.get(index)
        if mark is None:
            continue
        own, to_next, to_previous = view(mark)
        if first <= index < last:
            out[index - first] += own
        if first <= index + 1 < last and to_next:
            out[index + 1 - first] += to_next
        if first <= index - 1 < last and to_previous:
            out[index - 1 - first] += to_previous
    return out


def _with_heads(out: list, views: list[tuple], first: int, last: int, high: int) -> None:
    """Add to each token of first..last-1 in a compound noun what the compound's head (up to HEAD_REACH on) tells it."""
    for index in range(first, last):
        if not views[index][8]:
            continue
        head = index
        while head + 1 < high and head - index < HEAD_REACH and views[head + 1][8]:
            head += 1
        if head != index:
            out[index - first] += views[head][7]


def sequence_features(tokens: list[Token], views: list[tuple] | None = None,
                      first: int = 0, last: int | None = None, marks: dict[int, str] = NO_MARKS) -> list[list[str]]:
    """The feature strings of tokens[first:last], their neighbours read from the whole sequence.

    marks: the gazetteer's marks of the sequence's tokens (gazetteer_marks), by index in it.
    """
    if views is None:
        views = [token_view(t.surface, t.pos) for t in tokens]
    count = len(views)
    last = count if last is None else last
    out = []
    edges = edge_features()
    for index in range(first, last):
        features = list(views[index][0])
        features += views[index - 1][1] if index >= 1 else edges[0]
        features += views[index + 1][2] if index + 1 < count else edges[1]
        features += views[index - 2][3] if index >= 2 else edges[2]
        features += views[index + 2][4] if index + 2 < count else edges[3]
        out.append(features)
    if _settings["head"]:
        _with_heads(out, views, first, last, count)
    return _with_marks(out, marks, first, last, 0, count, mark_view)


def window_features(views: list[tuple], first: int, last: int, low: int, high: int,
                    edges: tuple | None = None, marks: dict[int, str] = NO_MARKS, mark_views=None,
                    heads: bool | None = None) -> list[tuple]:
    """The features of tokens first..last-1 of a sentence spanning low..high-1, from their views.

    marks: the gazetteer's marks by token index; mark_views gives a mark's features (default mark_view);
    heads: whether compounds' heads are told to their tokens (default: whether the feature set has them).
    """
    # The window with two neighbours a side; past the sentence's ends a view that says "edge".
    edge = (None,) + tuple(edge_features() if edges is None else edges)
    before, after = max(first - 2, low), min(last + 2, high)
    around = [edge] * (2 - first + before) + views[before:after] + [edge] * (2 - after + last)
    out = [own[0] + prev[1] + next_[2] + prev2[3] + next2[4]
           for prev2, prev, own, next_, next2 in zip(around, around[1:], around[2:], around[3:], around[4:])]
    if _settings["head"] if heads is None else heads:
        _with_heads(out, views, first, last, high)
    return _with_marks(out, marks, first, last, low, high, mark_views or mark_view)


def bio_labels(tokens: list[Token], spans: list[tuple[int, int, str]]) -> list[str]:
    """B-/I-/O labels of tokens for spans (start, end, label); a span cut inside a token is dropped."""
    labels = ["O"] * len(tokens)
    starts = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    for start, end, label in spans:
        first, last = starts.get(start), ends.get(end)
        if first is None or last is None or last < first:
            continue
        if any(labels[i] != "O" for i in range(first, last + 1)):
            continue
        labels[first] = "B-" + label
        for i in range(first + 1, last + 1):
            labels[i] = "I-" + label
    return labels


def spans_of(tokens: list[Token], labels: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) spans of a BIO sequence; an I- without its B- starts a span."""
    out, start, current = [], None, None
    for token, label in zip(tokens, labels):
        if label.startswith("I-") and current == label[2:]:
            end = token.end
            out[-1] = (start, end, current)
            continue
        if label == "O":
            current = None
            continue
        current, start = label[2:], token.start
        out.append((start, token.end, current))
    return out


def sentences(tokens: list[Token], text: str) -> list[list[Token]]:
    """Tokens cut at line ends and sentence-final 。 (shorter sequences tag as well and faster)."""
    out, current = [], []
    for token in tokens:
        current.append(token)
        if token.surface == "。" or "\n" in text[token.end : token.end + 1]:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out
