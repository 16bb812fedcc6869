"""The mentions the sentence reader reads (the article's, with the people by an initial added) are indexed once for it
and for the steps that read them after it: the clause check, the topic before a quote, the described topic, the
carried holders and the paired turns (issue 14). Each built its own index of the same mentions; the last four build
none for an article whose claims never ask. Work is counted (mention fields read), never timed; the claims stay the same."""

import copy

from core.claims.carried_holders import carried_corrections, holders_of
from core.claims.clause_check import checked_by_clauses
from core.claims.described_topics import described_topics
from core.claims.mention_views import MentionViews, views_of
from core.claims.paired_turns import paired_turns
from core.claims.seats import Seats
from core.claims.sentence_claims import read_sentences
from core.claims.topic_speakers import topic_speakers
from core.model import Mention
from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.reliability.counting import READS, counted_mentions

REGISTRY = bundled_registry()
# Quotes a topic opens before the next speaker's, one said on after a verb, reported speech of a body
_TURNS = ("山田太郎外相は10日、記者団に「交渉を続ける」と述べた。また「合意は近い」とも語った。"
          "鈴木花子さんは、「A案がいい。」佐藤一郎さんは、「B案だ」と語った。"
          "トヨタ自動車は新しい工場を建てると発表した。")
# Reported speech only: no quote for the topic, turn or carried-holder steps to read
_REPORTED = "トヨタ自動車は新しい工場を建てると発表した。山田太郎外相は、問題はないと話した。"


def _steps(text, mentions, views):
    """The sentence reader and the five steps after it that read its mentions, as core.claims.suggest calls them."""
    seats = Seats(REGISTRY, "2024-01-10")
    found = read_sentences(text, mentions, seats, None, views)
    first = holders_of(found)
    found = checked_by_clauses(text, mentions, found, seats, views)
    found = topic_speakers(text, mentions, found, views)
    found = described_topics(text, mentions, found, views)
    found = carried_corrections(text, mentions, first, found, views)
    return paired_turns(text, mentions, found, views)


def _reads(step, *args) -> int:
    READS[0] = 0
    step(*args)
    return READS[0]


def test_the_steps_after_the_reader_read_its_index_of_holders_not_their_own():
    mentions = counted_mentions(detect(_TURNS, REGISTRY, None))
    assert len(mentions) >= 4
    seats = Seats(REGISTRY, "2024-01-10")
    views = MentionViews(mentions)
    found = read_sentences(_TURNS, mentions, seats, None, views)
    assert views.holders is views.holders  # the reader indexed the holders in the view it was handed
    shared = _reads(checked_by_clauses, _TURNS, mentions, copy.deepcopy(found), seats, views)
    alone = _reads(checked_by_clauses, _TURNS, mentions, copy.deepcopy(found), seats, None)
    assert alone - shared >= len(mentions), (shared, alone)  # handed no view: the holders indexed again
    quoted = [c for c in found if c.attribution == "direct"]
    assert quoted
    shared = _reads(topic_speakers, _TURNS, mentions, copy.deepcopy(quoted), views)
    alone = _reads(topic_speakers, _TURNS, mentions, copy.deepcopy(quoted), None)
    assert alone - shared >= len(mentions), (shared, alone)
    shared = _reads(paired_turns, _TURNS, mentions, copy.deepcopy(quoted), views)
    alone = _reads(paired_turns, _TURNS, mentions, copy.deepcopy(quoted), None)
    assert alone - shared >= len(mentions), (shared, alone)


def test_the_claims_through_one_view_are_those_each_step_reads_alone():
    for text in (_TURNS, _REPORTED):
        mentions = detect(text, REGISTRY, None)
        shared = _steps(text, mentions, MentionViews(mentions))
        alone = _steps(text, mentions, None)
        assert shared and [vars(c) for c in shared] == [vars(c) for c in alone]
    # a view of other mentions (the list grown since) is not read: the steps index the mentions they are handed
    mentions = detect(_TURNS, REGISTRY, None)
    stale = MentionViews(mentions[:1])
    assert [vars(c) for c in _steps(_TURNS, mentions, stale)] == [vars(c) for c in _steps(_TURNS, mentions, None)]


def test_the_described_topics_read_the_reader_s_index_and_none_for_an_article_without_a_statement():
    # a topic described before a quote (この教諭は) is looked for with the holders the sentence reader indexed; an
    # article with no quote or reported statement indexes nothing, nor reads the titles after each name
    mentions = counted_mentions(detect(_TURNS, REGISTRY, None))
    views = MentionViews(mentions)
    found = read_sentences(_TURNS, mentions, Seats(REGISTRY, "2024-01-10"), None, views)
    assert views.holders is views.holders and any(c.attribution == "direct" for c in found)
    shared = _reads(described_topics, _TURNS, mentions, copy.deepcopy(found), views)
    alone = _reads(described_topics, _TURNS, mentions, copy.deepcopy(found), None)
    assert alone - shared >= len(mentions), (shared, alone)
    assert _reads(described_topics, _TURNS, mentions, [], None) == 0


def test_steps_whose_claims_ask_nothing_of_the_mentions_index_none():
    mentions = counted_mentions(detect(_REPORTED, REGISTRY, None))
    found = read_sentences(_REPORTED, mentions, Seats(REGISTRY, "2024-01-10"))
    assert found and all(c.attribution != "direct" for c in found)
    # no quote: no topic before one, no turn, and no holder carried from a claim corrected since
    assert _reads(topic_speakers, _REPORTED, mentions, copy.deepcopy(found), None) == 0
    assert _reads(paired_turns, _REPORTED, mentions, copy.deepcopy(found), None) == 0
    assert _reads(carried_corrections, _REPORTED, mentions, holders_of(found), copy.deepcopy(found), None) == 0


def _python_calls(run) -> int:
    """The Python functions (and generator steps) entered while run() runs: work counted, never timed."""
    import sys

    calls = [0]

    def count(frame, event, arg):
        if event == "call":
            calls[0] += 1

    sys.setprofile(count)
    try:
        run()
    finally:
        sys.setprofile(None)
    return calls[0]


def test_a_view_handed_on_is_checked_without_a_python_step_per_mention():
    # the steps above each ask whether the view they are handed still indexes their mentions: the check compares the
    # mentions' identities in C, its Python work the same for an article of ten mentions and one of a thousand
    few = detect(_TURNS, REGISTRY, None)
    many = few * (1000 // len(few) + 1)
    for mentions in (few, many):
        views = MentionViews(mentions)
        assert views_of(mentions, views) is views
    small = _python_calls(lambda: views_of(few, MentionViews(few)))
    views = MentionViews(many)
    assert _python_calls(lambda: views_of(many, views)) <= small + 2


def test_a_view_indexes_the_mentions_it_was_made_of_whatever_the_list_holds_when_first_asked():
    # a list changed in place after its view was made, an index asked for then, and the list changed back: the view
    # is handed out again (the same mentions), so its index must hold those, not the mention added in between
    mentions = detect(_TURNS, REGISTRY, None)
    views = MentionViews(mentions)
    stranger = Mention(0, 2, "田中", "PERSON", "found:PERSON:田中")
    mentions.append(stranger)
    assert stranger not in views.holders.items and stranger not in views.everyone.items
    assert stranger not in views.people.items and stranger not in views.built(list)
    mentions.pop()
    assert views_of(mentions, views) is views
    assert [m for m in views.holders.items if m is stranger] == []
