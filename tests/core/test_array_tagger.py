"""The entity tagger's model read into arrays and decoded with numpy gives CRFsuite's labels (bench/array_tagger.py)."""

from pathlib import Path

import numpy as np
import pycrfsuite
import pytest

from bench.array_tagger import Weights, as_ids
from core.nlp import tagger as tagger_model
from core.nlp.evaluate import read_jsonl
from core.nlp.tagger_features import sentences, sequence_features, window_features
from core.nlp.tokens import tokenize

NEWS = Path(__file__).resolve().parents[2] / "bench" / "news_gold"


def _weights():
    tagger = tagger_model.load()
    weights = Weights(tagger.path.read_bytes())
    index = {attribute: i for i, attribute in enumerate(weights.attributes)}
    return tagger, weights, {name: index[attribute] for attribute, name in tagger._names.items()}


def test_the_weights_read_from_the_file_are_those_crfsuite_reports():
    _, weights, _ = _weights()
    as_written = pycrfsuite.Tagger()
    as_written.open(str(tagger_model.BUNDLED_MODEL))
    info = as_written.info()  # read from CRFsuite's text dump: six decimals
    assert weights.labels == as_written.labels()
    label = {name: i for i, name in enumerate(weights.labels)}
    attribute = {name: i for i, name in enumerate(weights.attributes)}
    assert len(info.state_features) == np.count_nonzero(weights.state)
    for (name, to), weight in list(info.state_features.items())[::97]:
        assert weights.state[attribute[name], label[to]] == pytest.approx(weight, abs=1e-6)
    for (source, to), weight in info.transitions.items():
        assert weights.transitions[label[source], label[to]] == pytest.approx(weight, abs=1e-6)
    assert not weights.state[weights.zero].any()


def test_numpy_viterbi_gives_crfsuites_labels_on_news_sentences():
    tagger, weights, ids = _weights()
    as_written = pycrfsuite.Tagger()
    as_written.open(str(tagger_model.BUNDLED_MODEL))
    windows, expected = [], []
    for item in read_jsonl(NEWS / "news_dev.jsonl")[:10]:
        tokens = tokenize(item["body"])
        for sentence in sentences(tokens, item["body"]):
            views = [tagger._view(t[2:]) for t in sentence]
            windows.append(window_features(views, 0, len(views), 0, len(views), tagger._edges))
            expected.append(as_written.tag(sequence_features(sentence)))
    assert len(windows) >= 30
    assert sum(label != "O" for labels in expected for label in labels) >= 20  # names among them
    items = as_ids([windows], ids, weights.zero)[0]
    labels = weights.viterbi(weights.scores([item for window in items for item in window]), list(map(len, items)))
    assert [[weights.labels[i] for i in found.tolist()] for found in labels] == expected


def test_state_scores_are_summed_as_crfsuite_sums_them():
    _, weights, _ = _weights()
    rows = [(weights.zero, 5, 17, 5), (weights.zero,), (weights.zero, 300, 2, 9000)]
    scores = weights.scores(rows)
    for row, found in zip(rows, scores):
        total = np.zeros(len(weights.labels))
        for attribute in row:
            total = total + weights.state[attribute]
        assert found.tolist() == total.tolist()
