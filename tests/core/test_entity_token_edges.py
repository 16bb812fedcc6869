"""Where an article's tokens start and end, indexed once per detection: the passes that look a word up by where it
ends (companies before their officers, announcers, schools' opponents, bodies shown by evidence) share detection's
index instead of each building its own over every token of the article."""

import pytest

import core.nlp.company_names as company_names
import core.nlp.entities as entities
import core.nlp.team_names as team_names
import core.nlp.text_index as text_index
from core.nlp.entities import detect
from core.nlp.tokens import tokenize
from core.registry import bundled_registry

# An article each of those passes reads: a company before its president and its shares, one announcing and one a
# report comes from, schools in a match report, a bare word the article shows to be a body.
ARTICLE = ("任天堂は10日、新型ゲーム機の発売日を発表した。京セラによると、部品の供給は来月にも回復する見通しだという。"
           "ソニーの社長は記者会見で、グリーの株主について語った。\n"
           "第90回全国高校野球選手権大会の1回戦で、鹿児島工が福知山成美を破った。鹿児島工は2回戦に進む。\n"
           "同社はアップル社と提携した。アップルは声明を出した。")


def test_token_edges_index_each_token_by_its_start_and_its_end_the_last_one_there():
    tokens = tokenize(ARTICLE)
    assert text_index.token_starts(tokens) == {t.start: i for i, t in enumerate(tokens)}
    assert text_index.token_ends(tokens) == {t.end: i for i, t in enumerate(tokens)}
    assert text_index.token_starts([]) == {} == text_index.token_ends([])


def test_detection_indexes_the_token_ends_once_for_every_pass(monkeypatch):
    built = []

    def counted(tokens):
        built.append(len(tokens))
        return dict(zip((t.end for t in tokens), range(len(tokens))))

    found = detect(ARTICLE, bundled_registry())
    for module in (entities, company_names, team_names):
        monkeypatch.setattr(module, "token_ends", counted)
    assert detect(ARTICLE, bundled_registry()) == found
    assert len(built) == 1
    assert {("任天堂", "ORG"), ("京セラ", "ORG"), ("鹿児島工", "ORG")} <= {(m.text, m.type) for m in found}


@pytest.mark.parametrize("text", [ARTICLE, "", "社長", "社長は発表した。によると", "鹿児島工が勝った試合の1回戦"])
def test_the_passes_alone_build_the_index_they_are_not_given_and_read_the_same(text):
    tokens = tokenize(text)
    index_at, ends_at = text_index.token_starts(tokens), text_index.token_ends(tokens)
    assert company_names.company_mentions(text, tokens) == company_names.company_mentions(text, tokens, ends_at)
    assert company_names.announcer_mentions(text, tokens) == company_names.announcer_mentions(text, tokens, ends_at)
    assert team_names.school_team_mentions(text, tokens) == team_names.school_team_mentions(text, tokens, index_at, ends_at)
