"""Tokens, sentences and IOB tags for the token formats (CoNLL, Hugging Face, spaCy)."""

from __future__ import annotations

from dataclasses import dataclass

from core.export.cells import tsv_field
from core.model import Mention
from core.nlp.tokens import tokenize
from core.sentences import sentence_spans


@dataclass
class Cut:
    """An entity span that does not fall on token boundaries (left untagged, reported)."""

    article_id: int
    start: int
    end: int
    text: str
    type: str
    reason: str

    def line(self) -> str:
        return "\t".join(tsv_field(v) for v in (self.article_id, self.start, self.end, self.type, self.text,
                                                 self.reason))


CUT_HEADER = "article_id\tstart\tend\ttype\ttext\treason"


def sentence_tokens(body: str, boundaries: set[int] = frozenset()) -> list[list[tuple[int, int, str]]]:
    """The fugashi tokens (start, end, surface) of each sentence, whitespace left out.

    A token that an offset in boundaries falls inside is cut there (米中 becomes 米 | 中
    when 米 is an entity), so an entity ending inside a token is not lost.
    """
    out = []
    for start, end in sentence_spans(body):
        tokens = []
        for t in tokenize(body[start:end]):
            if t.surface.strip():
                tokens.extend(split_token(body, start + t.start, start + t.end, boundaries))
        if tokens:
            out.append(tokens)
    return out


def split_token(body: str, start: int, end: int, boundaries: set[int]) -> list[tuple[int, int, str]]:
    """The token body[start:end] as pieces cut at every boundary strictly inside it."""
    cuts = [b for b in range(start + 1, end) if b in boundaries] if boundaries else []  # tokens are short
    edges = [start, *cuts, end]
    return [(a, b, body[a:b]) for a, b in zip(edges, edges[1:]) if body[a:b].strip()]


def entity_boundaries(spans: list[Mention]) -> set[int]:
    """Where the kept entity spans start and end: the places a token may be cut."""
    return {offset for s in spans for offset in (s.start, s.end)}


def choose_spans(article_id: int, mentions: list[Mention], cuts: list[Cut]) -> list[Mention]:
    """Non-overlapping entity spans in reading order; an overlapped one is reported and left out."""
    kept, end = [], -1
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if m.start < end:
            cuts.append(Cut(article_id, m.start, m.end, m.text, m.type, "overlaps another entity"))
            continue
        kept.append(m)
        end = m.end
    return kept


def token_labels(tokens: list[tuple[int, int, str]], spans: list[dict], article_id: int,
                 cuts: list[Cut]) -> list[tuple[str, str] | None]:
    """Per token: None (outside), or (type, "B"/"I"); spans that cut a token are reported in cuts.

    tokens is every token of the article in order; spans are non-overlapping.
    """
    labels: list[tuple[str, str] | None] = [None] * len(tokens)
    starts = {t[0]: i for i, t in enumerate(tokens)}
    ends = {t[1]: i for i, t in enumerate(tokens)}
    for span in spans:
        first, last = starts.get(span.start), ends.get(span.end)
        if first is None or last is None or last < first:
            cuts.append(Cut(article_id, span.start, span.end, span.text, span.type,
                            "cuts a token"))
            continue
        for i in range(first, last + 1):
            labels[i] = (span.type, "B" if i == first else "I")
    return labels


def iob2(label: tuple[str, str] | None) -> str:
    return "O" if label is None else f"{label[1]}-{label[0]}"


def tagged_sentences(article_id: int, body: str, mentions: list[Mention], cuts: list[Cut], split: bool = True):
    """[(surface, IOB2 tag)] per sentence of the article; with split, tokens are cut at entity
    boundaries, else entity spans cutting tokens are reported."""
    spans = choose_spans(article_id, mentions, cuts)
    sentences = sentence_tokens(body, entity_boundaries(spans) if split else set())
    flat = [t for s in sentences for t in s]
    labels = token_labels(flat, spans, article_id, cuts)
    out, i = [], 0
    for sentence in sentences:
        out.append([(t[2], iob2(labels[i + k])) for k, t in enumerate(sentence)])
        i += len(sentence)
    return out
