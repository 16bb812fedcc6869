"""Where an article's tokens end, indexed at most once per detection: the passes that look a word up by where it
ends (companies before their officers, announcers, schools' opponents, bodies shown by evidence) share one index,
built when the first of them needs it, instead of each building its own over every token of the article; an
article none of them has a word for builds none."""

import pytest

import core.nlp.text_index as text_index
from core.nlp.company_evidence import companies_by_evidence
from core.nlp.company_names import announcer_mentions, company_mentions
from core.nlp.entities import detect
from core.nlp.team_names import school_team_mentions
from core.nlp.tokens import tokenize
from core.registry import bundled_registry

# An article each of those passes reads: a company before its president and its shares, one announcing and one a
# report comes from, schools in a match report, a bare word the article shows to be a body.
ARTICLE = ("任天堂は10日、新型ゲーム機の発売日を発表した。京セラによると、部品の供給は来月にも回復する見通しだという。"
           "ソニーの社長は記者会見で、グリーの株主について語った。\n"
           "第90回全国高校野球選手権大会の1回戦で、鹿児島工が福知山成美を破った。鹿児島工は2回戦に進む。\n"
           "同社はアップル社と提携した。アップルは声明を出した。")


@pytest.fixture
def built(monkeypatch):
    """The lengths of the token lists an index of token ends was built for."""
    lengths = []
    build = text_index.token_ends

    def counted(tokens):
        lengths.append(len(tokens))
        return build(tokens)

    monkeypatch.setattr(text_index, "token_ends", counted)
    return lengths


def test_token_ends_index_each_token_by_its_end_the_last_one_there():
    tokens = tokenize(ARTICLE)
    assert text_index.token_ends(tokens) == {t.end: i for i, t in enumerate(tokens)}
    assert text_index.token_starts(tokens) == {t.start: i for i, t in enumerate(tokens)}
    assert text_index.token_ends([]) == {} == text_index.TokenEnds([]).index()


def test_detection_indexes_the_token_ends_once_for_every_pass(built):
    found = detect(ARTICLE, bundled_registry())
    assert built == [len(tokenize(ARTICLE))]
    assert {("任天堂", "ORG"), ("京セラ", "ORG"), ("ソニー", "ORG"), ("鹿児島工", "ORG")} <= {(m.text, m.type) for m in found}


def test_an_article_no_pass_looks_a_word_up_in_by_its_end_builds_no_index(built):
    found = detect("岸田首相は10日、バイデン大統領とワシントンで会談した。", bundled_registry())
    assert ("バイデン", "PERSON") in {(m.text, m.type) for m in found}
    assert built == []


@pytest.mark.parametrize("text", [ARTICLE, "", "社長", "社長は発表した。によると", "鹿児島工が勝った試合の1回戦"])
def test_the_passes_alone_build_the_index_they_are_not_given_and_read_the_same(text):
    tokens = tokenize(text)
    edges, index_at = text_index.TokenEnds(tokens), text_index.token_starts(tokens)
    ends = {t.end for t in tokens}
    assert company_mentions(text, tokens) == company_mentions(text, tokens, edges)
    assert announcer_mentions(text, tokens) == announcer_mentions(text, tokens, edges)
    assert school_team_mentions(text, tokens) == school_team_mentions(text, tokens, index_at, edges)
    chosen = sorted(detect(text, bundled_registry(), tagger=False), key=lambda m: m.start)
    assert companies_by_evidence(text, chosen, tokens, index_at, ends) == \
        companies_by_evidence(text, chosen, tokens, index_at, ends, edges)


@pytest.mark.parametrize("other", ["", "あ" + ARTICLE, ARTICLE.replace("。", "。\n")])
def test_the_passes_given_token_ends_of_other_tokens_read_their_own(other):
    # an index of another article's tokens (or of this one tokenised anew, shifted) looks words up at the wrong places:
    # a pass handed one reads the ends of the tokens it is given
    tokens = tokenize(ARTICLE)
    stale, index_at = text_index.TokenEnds(tokenize(other)), text_index.token_starts(tokens)
    ends = {t.end for t in tokens}
    assert company_mentions(ARTICLE, tokens, stale) == company_mentions(ARTICLE, tokens)
    assert announcer_mentions(ARTICLE, tokens, stale) == announcer_mentions(ARTICLE, tokens)
    assert school_team_mentions(ARTICLE, tokens, index_at, stale) == school_team_mentions(ARTICLE, tokens)
    chosen = sorted(detect(ARTICLE, bundled_registry(), tagger=False), key=lambda m: m.start)
    assert companies_by_evidence(ARTICLE, chosen, tokens, index_at, ends, stale) == \
        companies_by_evidence(ARTICLE, chosen, tokens, index_at, ends)
