"""The gazetteer's longest match as a tagger feature: marks over whole tokens, read the same in training and tagging."""

import pytest

from core.nlp import tagger_features
from core.nlp.tagger import Tagger
from core.nlp.tagger_features import (edge_features, gazetteer_marks, mark_view, sequence_features, token_view,
                                      window_features)
from core.nlp.tagger_training import Example, sequences, train
from core.nlp.tokens import tokenize
from core.registry import Entity, Registry, bundled_entities, bundled_registry
from core.text import fold

SENTENCE = "ロシアのプーチン大統領は北京で習近平国家主席と会談し、国連安全保障理事会の決議を求めた。"


def marked(text, registry=None):
    tokens = tokenize(text)
    marks = gazetteer_marks(text, tokens, registry or bundled_registry())
    return [(tokens[i].surface, mark) for i, mark in sorted(marks.items())]


def test_each_token_of_the_longest_match_is_marked_with_its_place_and_type():
    found = marked(SENTENCE)
    assert ("ロシア", "S-GPE") in found
    assert ("プーチン", "S-PERSON") in found
    # a body's long name over five tokens: begins, runs on, ends; its parts are not matched alone
    council = [mark for surface, mark in found if surface in ("国連", "安全", "保障", "理事", "会")]
    assert council == ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "E-ORG"]
    assert not any(surface in ("会談", "決議", "大統領") for surface, _ in found)


def test_a_name_that_ends_inside_a_token_is_not_marked():
    # 北海 is a surface of the registry, but here it ends inside UniDic's word 北海道 (the prefecture's own
    # entry is left out so that no registry surface covers the whole word)
    registry = Registry([e for e in bundled_entities() if e.name != "北海道"] + [Entity("test:kita", "LOC", "北海")])
    tokens = tokenize("北海道の知事が会見した。")
    assert tokens[0].surface == "北海道"
    assert gazetteer_marks("北海道の知事が会見した。", tokens, registry) == {}


def test_the_users_registry_marks_names_the_bundled_gazetteer_lacks():
    text = "コルダニア連合の代表が会見した。"
    assert marked(text) == []
    registry = Registry(list(bundled_entities()) + [Entity("user:1", "ORG", "コルダニア連合")])
    found = marked(text, registry)
    assert [mark for _, mark in found][0] == "B-ORG" and found[-1][1] == "E-ORG"
    assert "".join(surface for surface, _ in found) == "コルダニア連合"


class _NoSearch:
    def search(self, *args):
        raise AssertionError("the whole text searched by the gazetteer's regex")


def _marks_by_search(text, tokens, registry):
    """The marks read by the plain way: a regex search for any surface from each match on."""
    first_at, last_at = {t.start: i for i, t in enumerate(tokens)}, {t.end: i for i, t in enumerate(tokens)}
    marks, position = {}, 0
    while (match := registry.pattern.search(text, position)) is not None:
        start, position = match.start(), match.start() + 1
        for end, ids in registry.longest_matches(text, start) if start in first_at else ():
            if end in last_at:
                kind = "+".join(sorted({registry.entities[i].type for i in ids}))
                first, last = first_at[start], last_at[end]
                marks.update({i: "I-" + kind for i in range(first, last + 1)})
                marks[first], marks[last] = ("B-" + kind, "E-" + kind) if first < last else ("S-" + kind,) * 2
                position = end
                break
    return marks


def test_marks_are_read_only_where_a_surface_may_open_and_are_those_a_regex_search_finds(monkeypatch):
    """The trie is walked only at the token starts whose letters open a surface (Registry.opening_starts), never
    by a regex search of the whole text: the same marks over real articles, names run together and inside words."""
    from pathlib import Path

    registry = bundled_registry()
    folder = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "wikinews" / "txt"
    texts = [fold(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))[:60]]
    texts += [SENTENCE, "北海道の知事が会見した。", "日米韓中露の首脳", "ロシアロシアのプーチンプーチン"]
    expected = [_marks_by_search(text, tokenize(text), registry) for text in texts]
    assert sum(map(len, expected)) > 1000
    monkeypatch.setattr(registry, "pattern", _NoSearch())
    assert [gazetteer_marks(text, tokenize(text), registry) for text in texts] == expected


def test_window_features_with_marks_are_those_of_the_whole_sentence():
    tokens = tokenize(SENTENCE)
    marks = gazetteer_marks(SENTENCE, tokens, bundled_registry())
    views = [token_view(t.surface, t.pos) for t in tokens]
    whole = [tuple(f) for f in sequence_features(tokens, marks=marks)]
    count = len(tokens)
    assert any("b g=S-GPE" in f for f in whole) and any("c g=B-ORG" in f for f in whole)
    for first, last in ((0, count), (0, 3), (2, 7), (count - 3, count), (1, 2), (13, 16)):
        assert window_features(views, first, last, 0, count, edge_features(), marks) == whole[first:last]
    # without marks nothing of the gazetteer is seen
    assert not any(name.startswith(("g=", "b g=", "c g=")) for f in sequence_features(tokens) for name in f)


@pytest.fixture
def with_marks():
    """Models trained in the test see the gazetteer's marks (the shipped feature set does not)."""
    tagger_features.configure(gazetteer=True)
    yield
    tagger_features.configure(gazetteer=False)


def test_training_reads_the_marks_and_a_model_without_them_ignores_the_registry(tmp_path, with_marks):
    examples = [Example("ロシアの代表が会見した。", ((0, 3, "LOCATION"),)),
                Example("コルダニアの代表が会見した。", ((0, 5, "ORG"),))] * 3
    features = [f for example in examples[:1] for f, _ in sequences(example)]
    assert "g=S-GPE" in features[0][0]
    marked_model = Tagger(train(examples, tmp_path / "marked.crfsuite", {"max_iterations": 20}))
    assert marked_model.reads_gazetteer
    tagger_features.configure(gazetteer=False)
    assert "g=S-GPE" not in [f for example in examples[:1] for f, _ in sequences(example)][0][0]
    plain = Tagger(train(examples, tmp_path / "plain.crfsuite", {"max_iterations": 20}))
    assert not plain.reads_gazetteer
    text = "コルダニアの代表が会見した。"
    other = Registry(list(bundled_entities()) + [Entity("user:2", "GPE", "コルダニア")])
    assert plain.tag(tokenize(text), text, registry=other) == plain.tag(tokenize(text), text)


def test_the_shipped_model_reads_no_marks_and_training_leaves_a_share_unmarked(with_marks):
    from core.nlp import tagger as tagger_model

    assert not tagger_model.load().reads_gazetteer  # compared and not kept (resources/tagger/README.md)
    tokens = tokenize(SENTENCE)
    full = gazetteer_marks(SENTENCE, tokens, bundled_registry())
    half = gazetteer_marks(SENTENCE, tokens, bundled_registry(), dropout=0.5)
    assert half == gazetteer_marks(SENTENCE, tokens, bundled_registry(), dropout=0.5)  # the same every time
    assert set(half) < set(full) and half.items() <= full.items()


@pytest.mark.parametrize("mark", ["B-ORG", "S-GPE+ORG"])
def test_a_mark_tells_its_token_and_both_neighbours(mark):
    own, to_next, to_previous = mark_view(mark)
    assert own == ("g=" + mark,) and to_next == ("b g=" + mark,) and to_previous == ("c g=" + mark,)
