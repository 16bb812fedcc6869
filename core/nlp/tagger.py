"""The statistical entity tagger: a CRF over UniDic features, trained on text with a free licence.

The bundled model (resources/tagger/) is trained on the stockmark Wikipedia NER
set (CC BY-SA 3.0, Stockmark Inc. and the Japanese Wikipedia contributors);
a library may carry its own model, retrained on its user's decisions
(core.nlp.learning). The tagger proposes spans the gazetteer and the rules do
not cover; core.nlp.entities decides which of them stand.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pycrfsuite

from core.nlp.tagger_features import sentences, sequence_features, spans_of, token_view
from core.nlp.tokens import Token
from core.paths import resource

BUNDLED_MODEL = resource("tagger", "entities.crfsuite")
# The tagger's classes as Kaidan's types; LOCATION is split into GPE and LOC afterwards.
# Facilities and products are left out: the training set names schools, stadiums and
# stations as facilities, which Kaidan's scheme would read as places or organisations.
KAIDAN_TYPE = {"PERSON": "PERSON", "LOCATION": "LOC", "ORG": "ORG", "EVENT": "EVENT"}


class Tagger:
    """A loaded CRF model; tag() gives (start, end, label) spans over tokens."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._crf = pycrfsuite.Tagger()
        self._crf.open(str(self.path))

    def tag(self, tokens: list[Token], text: str) -> list[tuple[int, int, str]]:
        """Spans of the model's classes over the tokens of text."""
        out = []
        tag = self._crf.tag
        for sentence in sentences(tokens, text):
            views = [token_view(t.surface, t.pos) for t in sentence]
            for first, last in _windows(views):
                window = sentence[first:last]
                out += spans_of(window, tag(sequence_features(sentence, views, first, last)))
        return out


def _windows(views: list[tuple], reach: int = 4) -> list[tuple[int, int]]:
    """(first, last) of the runs of a sentence within reach tokens of a word that may be a name.

    A sentence without a proper noun, katakana, Latin or unknown word gives
    nothing: the model finds no name there, and tagging it would cost time.
    """
    out, begin, end = [], None, None
    for i, view in enumerate(views):
        if not view[5]:
            continue
        low, high = max(i - reach, 0), min(i + reach + 1, len(views))
        if end is not None and low <= end:
            end = high
            continue
        if end is not None:
            out.append((begin, end))
        begin, end = low, high
    if end is not None:
        out.append((begin, end))
    return out


@lru_cache(maxsize=4)
def load(path: str | None = None) -> Tagger | None:
    """The model at path (the bundled one when None), loaded once per process; None if absent."""
    target = Path(path) if path else BUNDLED_MODEL
    if not target.exists():
        return None
    return Tagger(target)


def load_file(path: str | Path) -> Tagger:
    """The model at path, loaded again only when the file changed (a library's retrained model)."""
    path = Path(path)
    return _load_version(str(path), path.stat().st_mtime_ns)


@lru_cache(maxsize=4)
def _load_version(path: str, version: int) -> Tagger:
    return Tagger(path)
