"""A worker's chunk of articles tokenised ahead, back to back: the same tokens, the same analysis."""

from __future__ import annotations

import pytest

import core.parallel
from core import analysis as library_analysis
from core import import_analysis
from core.nlp import entities
from core.nlp import tagger as tagger_model
from core.nlp import tokens as tokens_module
from core.nlp.tokens import tokenize, tokenized_ahead
from core.parallel import Detector
from core.registry import bundled_registry
from core.text import fold
from tests.shared_data import SHARED, require

WIKINEWS = SHARED / "corpus" / "wikinews" / "txt"


def wikinews(count: int) -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(require(WIKINEWS).glob("*.txt"))[:count]]


@pytest.fixture
def in_a_worker(monkeypatch):
    """This process as a detection worker (the bundled registry and tagger, no user lexicon)."""
    monkeypatch.setattr(core.parallel, "_WORKER", Detector(bundled_registry(), tagger_model.load(), None))


def test_tokens_made_ahead_are_those_tokenize_makes_each_given_once():
    texts = wikinews(6)
    plain = [tokenize(text) for text in texts]
    with tokenized_ahead(texts + [texts[0]]):  # a text twice is tokenised once
        assert len(tokens_module._ahead) == len(texts)
        first = tokenize(texts[0])
        assert first == plain[0]
        assert texts[0] not in tokens_module._ahead  # handed out: the next call tokenises again
        again = tokenize(texts[0])
        assert again == plain[0] and again is not first
        assert [tokenize(text) for text in texts[1:]] == plain[1:]
    assert not tokens_module._ahead


def test_tokens_never_asked_for_are_dropped_even_when_the_block_fails():
    with pytest.raises(RuntimeError):
        with tokenized_ahead(wikinews(2)):
            raise RuntimeError("an article's analysis failed")
    assert not tokens_module._ahead


def test_a_chunk_analysed_with_its_tokens_made_ahead_is_analysed_as_each_article_alone(in_a_worker):
    articles = [(text.split("\n", 1)[0], text, "2010-05-01", None) for text in wikinews(8)]
    alone = [import_analysis.work(*article) for article in articles]
    chunk = import_analysis.work_many(articles)
    assert [a.mention_values for a in chunk] == [a.mention_values for a in alone]
    assert any(a.mention_values for a in chunk) and any(a.claim_values for a in chunk)
    assert [a.claim_values for a in chunk] == [a.claim_values for a in alone]
    assert [a.index for a in chunk] == [a.index for a in alone]
    assert [(a.plan.proposals, a.plan.links, a.plan.nicknames) for a in chunk] == \
        [(a.plan.proposals, a.plan.links, a.plan.nicknames) for a in alone]
    assert not tokens_module._ahead


def test_a_reanalysed_chunk_gives_what_each_article_alone_gives(in_a_worker):
    rows = [(text, "2010-05-01", None, None) for text in wikinews(6)]
    alone = [library_analysis._detect_in_worker(body, published, dateline, title=title)
             for body, published, dateline, title in rows]
    assert library_analysis._detect_many(rows) == alone
    assert any(found for found, _ in alone)


def test_spans_tagged_ahead_are_those_tag_finds_and_each_is_handed_to_its_own_tokens_once(monkeypatch):
    tagger, registry = tagger_model.load(), bundled_registry()
    texts = wikinews(6)
    tokens = [tokenize(text) for text in texts]
    plain = [tagger.tag(t, text, registry=registry) for t, text in zip(tokens, texts)]
    assert any(plain)
    calls = []
    monkeypatch.setattr(tagger, "_crf", _Counting(tagger._crf, calls))
    with tagger.tagged_ahead(zip(tokens, texts), registry):
        ahead = len(calls)
        assert ahead and [tagger.tag(t, text, registry=registry) for t, text in zip(tokens, texts)] == plain
        assert len(calls) == ahead  # every span was found ahead, CRFsuite not asked again
        assert tagger.tag(tokens[0], texts[0], registry=registry) == plain[0] and len(calls) > ahead  # once only
        copy = list(tokens[1])  # equal tokens, another list: not the tokens tagged ahead
        assert tagger.tag(copy, texts[1], registry=registry) == plain[1]
    assert not tagger._ahead


def test_spans_tagged_ahead_for_another_registry_or_text_are_found_again(monkeypatch):
    tagger, registry = tagger_model.load(), bundled_registry()
    text = wikinews(1)[0]
    tokens = tokenize(text)
    with tagger.tagged_ahead([(tokens, text)], registry):
        calls = []
        monkeypatch.setattr(tagger, "_crf", _Counting(tagger._crf, calls))
        tagger.tag(tokens, text, registry=None)
        assert calls and not tagger._ahead


def test_a_chunk_detected_ahead_is_tagged_once_an_article(in_a_worker, monkeypatch):
    tagger = core.parallel._WORKER.tagger
    articles = [(text.split("\n", 1)[0], text, "2010-05-01", None) for text in wikinews(4)]
    alone, chunk = [], []
    monkeypatch.setattr(tagger, "_crf", _Counting(tagger._crf, alone))
    for article in articles:
        import_analysis.work(*article)
    monkeypatch.setattr(tagger, "_crf", _Counting(tagger._crf._crf, chunk))
    handed = []
    monkeypatch.setattr(tagger, "_ahead", _Popped(handed))
    import_analysis.work_many(articles)
    assert alone and chunk == alone  # the same windows, each tagged once: ahead, not again when detect asks
    assert len(handed) == len(articles) and not tagger._ahead


def test_a_text_detected_ahead_is_folded_once_and_found_as_alone(monkeypatch):
    registry = bundled_registry()
    # full-width letters and figures: the folded text is a new string, not the text itself
    texts = [text.replace("2", "２").replace("A", "Ａ") for text in wikinews(3)]
    alone = [entities.detect(text, registry, tagger=False) for text in texts]
    folds = []
    monkeypatch.setattr(entities, "fold", lambda text: folds.append(text) or fold(text))
    with entities.detected_ahead(texts + [texts[0]]):  # a text twice is folded once
        assert [entities.detect(text, registry, tagger=False) for text in texts] == alone
    assert sorted(folds) == sorted(texts)  # each text folded ahead, none again by detect
    assert alone[0] and not entities._folded_ahead


class _Popped(dict):
    """The spans kept ahead, noting each handed out."""

    def __init__(self, handed: list):
        super().__init__()
        self._handed = handed

    def pop(self, key, default=None):
        found = super().pop(key, default)
        if found is not None:
            self._handed.append(key)
        return found


class _Counting:
    """CRFsuite's tagger, counting the windows it tags."""

    def __init__(self, crf, calls: list):
        self._crf, self._calls = crf, calls
        self.marginal = crf.marginal

    def tag(self, items):
        self._calls.append(len(items))
        return self._crf.tag(items)
