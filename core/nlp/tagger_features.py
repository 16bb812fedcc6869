"""Features of UniDic tokens for the statistical entity tagger, and the BIO labels of spans.

A token's features are its surface, its POS fields, the kind of characters it
is written in and its first and last characters; each neighbour within two
tokens adds its own surface and POS. A token's features depend only on its
surface and UniDic features, so they are computed once per distinct token and
reused (news repeats its words): tagging stays close to tokenising in speed.
"""

from __future__ import annotations

import re
from functools import lru_cache

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
_CONTEXT = ((-2, "a"), (-1, "b"), (1, "c"), (2, "d"))


def char_kind(text: str) -> str:
    """The class of characters a surface is written in: kata, hira, kanji, latin, digit or mixed."""
    if text.isupper() and text.isascii() and text.isalpha():
        return "caps"
    for pattern, name in _KINDS:
        if pattern.match(text):
            return name
    return "mixed"


@lru_cache(maxsize=200_000)
def _own(surface: str, feature: str) -> tuple[str, ...]:
    """What a token says about itself."""
    fields = feature.split(",")
    pos1 = fields[0]
    pos2 = "/".join(fields[:2])
    pos4 = "/".join(fields[:4])
    kind = char_kind(surface)
    unknown = "1" if len(fields) < 10 else "0"
    return ("bias", "w=" + surface, "p2=" + pos2, "p4=" + pos4, "p1=" + pos1, "k=" + kind,
            "f=" + surface[0], "l=" + surface[-1], "n=" + str(min(len(surface), 5)), "u=" + unknown,
            "kp=" + kind + pos2)


@lru_cache(maxsize=200_000)
def _seen_from(surface: str, feature: str, offset: str) -> tuple[str, ...]:
    """What a token tells the token offset places away from it."""
    fields = feature.split(",")
    return (offset + "w=" + surface, offset + "p=" + "/".join(fields[:3]), offset + "k=" + char_kind(surface))


def sequence_features(tokens: list[Token]) -> list[list[str]]:
    """The feature strings of every token of a sequence."""
    count = len(tokens)
    out = []
    for index, token in enumerate(tokens):
        features = list(_own(token.surface, token.pos))
        for offset, name in _CONTEXT:
            other = index + offset
            if 0 <= other < count:
                neighbour = tokens[other]
                features += _seen_from(neighbour.surface, neighbour.pos, name)
            else:
                features.append(name + "=edge")
        out.append(features)
    return out


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
