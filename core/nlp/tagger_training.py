"""Training the entity tagger: examples from span-annotated texts, a CRF written to a file."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

import pycrfsuite

from core.nlp.tagger_features import (bio_labels, gazetteer_marks, sentences, sequence_features, training_dropout,
                                      uses_gazetteer)
from core.nlp.tokens import tokenize
from core.registry import Registry, bundled_registry
from core.text import fold

# Stockmark's eight classes as the tagger's: the scored three, and the others kept
# apart so that the model does not learn their names as plain words.
STOCKMARK_CLASSES = {"人名": "PERSON", "地名": "LOCATION", "法人名": "ORG", "政治的組織名": "ORG",
                     "その他の組織名": "ORG", "施設名": "FACILITY", "製品名": "PRODUCT",
                     "イベント名": "EVENT"}
# Kaidan's types as the tagger's classes (DATE is found by rules; LAW is too rare to learn).
FROM_KAIDAN = {"PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION", "ORG": "ORG", "EVENT": "EVENT"}
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 120, "feature.possible_transitions": True,
          "feature.minfreq": 1}


class _Trainer(pycrfsuite.Trainer):
    """A trainer that prints nothing and reports each iteration's number."""

    report = None

    def message(self, message):
        event = self.logparser.feed(message)
        if event == "iteration" and self.report is not None:
            self.report(self.logparser.last_iteration.get("num", 0))


@dataclass(frozen=True)
class Example:
    """A text and its spans (start, end, tagger class)."""

    text: str
    spans: tuple[tuple[int, int, str], ...]
    weight: int = 1  # how many times the example counts in training


def stockmark_examples(rows: Iterable[dict]) -> list[Example]:
    """Examples from rows of the stockmark NER set (text, entities with span and type)."""
    return [Example(row["text"], tuple((e["span"][0], e["span"][1], STOCKMARK_CLASSES[e["type"]])
                                       for e in row["entities"] if e["type"] in STOCKMARK_CLASSES))
            for row in rows]


def kaidan_examples(items: Iterable[dict], weight: int = 1) -> list[Example]:
    """Examples from Kaidan-shaped items (body and entities with start, end and type)."""
    return [Example(item["body"], tuple((e["start"], e["end"], FROM_KAIDAN[e["type"]])
                                        for e in item["entities"] if e["type"] in FROM_KAIDAN), weight)
            for item in items]


def sequences(example: Example, registry: Registry | None = None):
    """(features, labels) of each sentence of an example; the gazetteer's marks from registry (the bundled one)."""
    text = fold(example.text)
    tokens = tokenize(text)
    labels = bio_labels(tokens, list(example.spans))
    marks = gazetteer_marks(text, tokens, registry or bundled_registry(), training_dropout()) if uses_gazetteer() else {}
    position = 0
    for sentence in sentences(tokens, text):
        size = len(sentence)
        own = {i - position: m for i, m in marks.items() if position <= i < position + size} if marks else {}
        yield sequence_features(sentence, marks=own), labels[position : position + size]
        position += size


def train(examples: Iterable[Example], out: str | Path, params: dict | None = None,
          progress: Callable[[int, int], None] | None = None, weights: Iterable[int] | None = None) -> Path:
    """Train a CRF on examples and write it to out (atomically); returns out.

    progress(done, total) is called as sentences are read and as iterations run;
    weights repeats an example that many times (a user's corrections count more), on top of
    the example's own weight.
    """
    examples = list(examples)
    repeat = list(weights) if weights is not None else [1] * len(examples)
    trainer = _Trainer(verbose=False)
    for index, (example, times) in enumerate(zip(examples, repeat)):
        for features, labels in sequences(example):
            for _ in range(times * example.weight):
                trainer.append(features, labels)
        if progress and index % 200 == 0:
            progress(index, len(examples))
    settings = dict(PARAMS, **(params or {}))
    trainer.set_params(settings)
    if progress:
        total = settings["max_iterations"]
        trainer.report = lambda number: progress(len(examples) + min(number, total), len(examples) + total)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=out.parent, suffix=".part")
    os.close(handle)
    try:
        trainer.train(temporary)
        os.chmod(temporary, 0o644)
        os.replace(temporary, out)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return out
