"""The tagger's optional feature sets: a compound's head, the neighbours' kinds, two-character suffixes."""

import pycrfsuite
import pytest

from core.nlp import tagger_features
from core.nlp.tagger import Tagger
from core.nlp.tagger_features import EDGES, edge_features, sentences, sequence_features, token_view, window_features
from core.nlp.tagger_training import Example, train
from core.nlp.tokens import tokenize

TEXT = "英国外務省のジョン・スミス報道官は、ドイツ連邦議会で民主党の議員と話した。"


@pytest.fixture
def feature_set():
    """Switch feature options on for one test; the shipped set again afterwards."""
    shipped = dict(tagger_features._settings)
    yield tagger_features.configure
    tagger_features.configure(**shipped)


def features_by_surface(text: str) -> dict[str, list[str]]:
    tokens = tokenize(text)
    return {t.surface: list(f) for t, f in zip(tokens, sequence_features(tokens))}


def test_the_shipped_set_tells_no_head_kind_or_suffix():
    features = [f for fs in features_by_surface(TEXT).values() for f in fs]
    assert not any(f.startswith(("h=", "m=", "b k=", "c k=")) for f in features)


def test_a_compounds_head_is_told_to_the_words_before_it(feature_set):
    feature_set(head=True)
    features = features_by_surface(TEXT)
    assert "h=省" in features["英国"] and "h=省" in features["外務"]
    assert "h=会" in features["ドイツ"] and "h=党" in features["民主"]
    assert not any(f.startswith("h=") for f in features["省"])  # the head itself: its own last character
    assert not any(f.startswith("h=") for f in features["の"])  # a particle stands in no compound
    # a name joined by ・ is not one compound with the title after it
    assert "h=官" not in features["ジョン"]


def test_a_head_further_than_the_reach_is_not_told(feature_set):
    feature_set(head=True)
    tokens = tokenize("アジア太平洋経済協力会議首脳会議が開かれた。")  # eight nouns in a row
    features = [[f for f in fs if f.startswith("h=")] for fs in sequence_features(tokens)]
    reach = tagger_features.HEAD_REACH
    assert features[0] == ["h=" + tokens[reach].surface[-1]]  # as far as the reach, not the compound's end
    assert features[7 - reach] == features[6] == ["h=" + tokens[7].surface[-1]]
    assert features[7] == [] and features[8] == []


def test_neighbours_kinds_and_suffixes_are_told(feature_set):
    feature_set(neighbour_kinds=True, suffix2=True)
    features = features_by_surface("ゼレンスキー大統領が来日した。")
    assert "m=キー" in features["ゼレンスキー"]
    assert "c k=kanji" in features["ゼレンスキー"] and "b k=kata" in features["大統領"]
    assert not any(f.startswith("m=") for f in features["が"])  # one character: no suffix of two


@pytest.mark.parametrize("options", [{"head": True}, {"neighbour_kinds": True, "suffix2": True, "head": True}])
def test_windows_see_what_the_whole_sentence_sees(feature_set, options):
    feature_set(**options)
    tokens = tokenize(TEXT)
    views = [token_view(t.surface, t.pos) for t in tokens]
    whole = [tuple(f) for f in sequence_features(tokens)]
    count = len(tokens)
    for first, last in ((0, count), (0, 3), (2, 7), (count - 3, count), (1, 2), (10, 14)):
        assert window_features(views, first, last, 0, count, edge_features()) == whole[first:last]


def test_a_model_trained_with_heads_tags_through_short_names_as_with_the_full_features(feature_set, tmp_path):
    feature_set(head=True, neighbour_kinds=True)
    spans = tuple((TEXT.index(name), TEXT.index(name) + len(name), label)
                  for name, label in (("英国外務省", "ORG"), ("ジョン・スミス", "PERSON"), ("ドイツ連邦議会", "ORG"),
                                      ("民主党", "ORG")))
    examples = [Example(TEXT, spans),
                Example("フランス国防省とロシア共産党が会談した。", ((0, 7, "ORG"), (8, 14, "ORG")))]
    path = train(examples, tmp_path / "heads.crfsuite", {"max_iterations": 30})
    tagger = Tagger(path)
    assert tagger.reads_heads
    as_written = pycrfsuite.Tagger()
    as_written.open(str(path))
    text = "カナダ外務省のピーター報道官は、イタリア下院で緑の党と話した。"
    tokens = tokenize(text)
    for sentence in sentences(tokens, text):
        views = [tagger._view(t[2:]) for t in sentence]
        short = window_features(views, 0, len(views), 0, len(views), tagger._edges, heads=True)
        full = sequence_features(sentence)
        assert any(f.startswith("h=") for item in full for f in item)
        labels = as_written.tag(full)
        assert tagger._crf.tag(short) == labels
        assert [tagger._crf.marginal(label, i) for i, label in enumerate(labels)] == \
            [as_written.marginal(label, i) for i, label in enumerate(labels)]


def test_a_dropped_family_leaves_every_token_and_the_sentence_edges(feature_set):
    tokens = tokenize(TEXT)
    full = sequence_features(tokens)  # the shipped set drops no family
    feature_set(drop=tagger_features.TWO_AWAY)
    sparse = sequence_features(tokens)
    assert any(f.startswith(("a p=", "a=edge")) for f in full[0])
    assert not any(f.startswith(("a p=", "d p=", "a=edge", "d=edge")) for item in sparse for f in item)
    # the other features stay as they were, in their order
    assert sparse == [[f for f in item if not f.startswith(("a p=", "d p=", "a=edge", "d=edge"))] for item in full]
    views = [token_view(t.surface, t.pos) for t in tokens]
    edges = tuple(tuple(f for f in edge if not f.startswith(("a=", "d="))) for edge in EDGES)
    assert edge_features() == edges
    assert window_features(views, 0, len(tokens), 0, len(tokens), edges) == [tuple(item) for item in sparse]


def test_the_bundled_model_is_trained_on_the_shipped_set_with_the_figures_its_readme_gives():
    from core.nlp.tagger import BUNDLED_MODEL

    info = pycrfsuite.Tagger()
    info.open(str(BUNDLED_MODEL))
    features = info.info().state_features
    attributes = {attribute for attribute, _ in features}
    assert any(a.startswith(tagger_features.TWO_AWAY) for a in attributes)  # no family dropped
    readme = (BUNDLED_MODEL.parent / "README.md").read_text(encoding="utf-8")
    shipped = readme[readme.index("The shipped model stays"):]
    assert f"{len(attributes):,} attributes, {len(features):,} state features, " \
           f"{BUNDLED_MODEL.stat().st_size / 1e6:.2f} MB" in shipped
