"""The claim readers that look back from each quote or source (people at a quote, a source told by reference) do work
that grows with the article, not with its quotes times its mentions.

Work is counted, not timed: every read of a mention's field, on the same paragraph written ten and a hundred times.
"""

import copy

from core.claims.people_at_quote import people_at_quotes
from core.claims.referred_sources import referred_sources
from core.claims.suggest import suggest
from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.reliability.counting import READS, counted_mentions
from tests.reliability.test_suggestion_cost import _repeated

REGISTRY = bundled_registry()

# Quotes opened by people no entity names, with named people and bodies around them
_PEOPLE = ("毎日新聞は10日、山田太郎外相が辞任すると報じた。周囲の職員らも「驚いた」と話している。"
           "現地赤十字のスポークスマンは「支援を続ける」と語った。この女性は「怖かった」と話した。")
# Reports pointed back to (それによると) whose claims no holder was read for: the source holds them
_REFERRED = ("国連は10日、報告書を公表した。それによると、難民の数は過去最多になったとしている。"
             "毎日新聞は、政府が増税を検討していると報じた。それによれば、財務省は来年の実施を目指しているという。")


def _reads(step, text: str, times: int) -> tuple[int, int]:
    """(mention reads, claims) of one claim step on text written times over, after the readers before it."""
    body, mentions = _repeated(text, detect(text, REGISTRY, None), times)
    found = suggest(body, mentions)
    counted = counted_mentions(mentions)
    READS[0] = 0
    step(body, counted, copy.deepcopy(found))
    return READS[0], len(found)


def test_people_at_quotes_reads_each_mention_a_bounded_number_of_times():
    small, claims = _reads(people_at_quotes, _PEOPLE, 10)
    large, _ = _reads(people_at_quotes, _PEOPLE, 100)
    assert claims >= 30 and small > 0  # the paragraph has quotes to read
    assert large <= 11 * small, (small, large)  # a scan of all mentions for each quote would be a hundred times


def test_referred_sources_reads_each_mention_a_bounded_number_of_times():
    small, claims = _reads(referred_sources, _REFERRED, 10)
    large, _ = _reads(referred_sources, _REFERRED, 100)
    assert claims >= 20 and small > 0
    assert large <= 11 * small, (small, large)


class _CountedPattern:
    """A pattern that counts the characters each search is given to read."""

    def __init__(self, pattern):
        self.pattern, self.read = pattern, 0

    def search(self, text, pos=0, endpos=None):
        self.read += (len(text) if endpos is None else endpos) - pos
        return self.pattern.search(text, pos, endpos)


def _clause_read(monkeypatch, quotes: int) -> int:
    """Characters read for the people before each quote in one clause of quotes with no comma or sentence end."""
    import core.claims.people_at_quote as module
    from core.claims.candidate import Candidate
    body = "職員は" + "「あ」と住民が言い" * quotes + "。"
    found = [Candidate(at, at + 3, "「あ」", "言い", "direct", None, "住民", [], 0.5)
             for at in range(len(body)) if body.startswith("「", at)]
    counted = _CountedPattern(module._SUBJECT_AT_QUOTE)
    monkeypatch.setattr(module, "_SUBJECT_AT_QUOTE", counted)
    people_at_quotes(body, [], found)
    monkeypatch.undo()
    return counted.read


def test_a_clause_of_a_thousand_quotes_is_read_once_not_once_for_each(monkeypatch):
    small, large = _clause_read(monkeypatch, 100), _clause_read(monkeypatch, 1000)
    assert 0 < large <= 11 * small, (small, large)  # the whole clause for each quote would be a hundred times
