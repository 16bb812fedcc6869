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

from core.nlp.tagger_features import sentences, sequence_features, spans_of
from core.nlp.tokens import Token
from core.paths import resource

BUNDLED_MODEL = resource("tagger", "entities.crfsuite")
# The tagger's classes as Kaidan's types; LOCATION is split into GPE and LOC afterwards.
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
            if not any(_may_hold_name(t) for t in sentence):
                continue  # no proper noun, katakana or Latin word: nothing for the model to find
            out += spans_of(sentence, tag(sequence_features(sentence)))
        return out


def _may_hold_name(token: Token) -> bool:
    surface = token.surface
    return ",固有名詞," in token.pos or "\u30a1" <= surface[0] <= "\u30fa" or surface[0].isascii() \
        and surface[0].isalpha() or token.pos.count(",") < 10


@lru_cache(maxsize=4)
def load(path: str | None = None) -> Tagger | None:
    """The model at path (the bundled one when None), loaded once per process; None if absent."""
    target = Path(path) if path else BUNDLED_MODEL
    if not target.exists():
        return None
    return Tagger(target)
