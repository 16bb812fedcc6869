"""One view of an article's mentions is built in core.claims.suggest and read by the claim steps after it: the
holders by start, the people, every mention by start and their kinds are indexed once per article, not once per
step (issue 14). A step handed no view, or one of other mentions (or of a list grown since), builds its own.
Work is counted (mention fields read), never timed."""

import copy

from core.claims.asked_by import asked_by
from core.claims.content_subjects import topics_over_content_subjects
from core.claims.mention_views import MentionViews, views_of
from core.claims.own_media import held_by_own_media
from core.claims.people_at_quote import people_at_quotes, people_reporting
from core.claims.suggest import suggest
from core.claims.surveys import survey_holders
from core.model import Mention
from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.reliability.counting import READS, counted_mentions

REGISTRY = bundled_registry()
# Named people and bodies speak, quoted and reported; nobody asks, owns a medium or makes a survey
_NAMED = ("山田太郎外相は10日、「交渉を続ける」と述べた。鈴木花子さんは、問題はないと話した。"
          "トヨタ自動車は新しい工場を建てると発表した。")
# A quote opened by staff no name is on; a view reported by the bereaved after a court's ruling
_PEOPLE = ("毎日新聞は10日、山田太郎外相が辞任すると報じた。周囲の職員らも「驚いた」と話している。"
           "東京地裁は賠償を命じたが、遺族は、判決は不当だとして控訴する考えを示した。")
_HOLDER_STEPS = (asked_by, topics_over_content_subjects, held_by_own_media, survey_holders)


def _article(text: str):
    mentions = counted_mentions(detect(text, REGISTRY, None))
    return mentions, copy.deepcopy(suggest(text, mentions))


def _reads(step, text, mentions, found, views) -> int:
    READS[0] = 0
    step(text, mentions, copy.deepcopy(found), views)
    return READS[0]


def test_steps_reading_the_holders_index_them_once_for_all():
    mentions, found = _article(_NAMED)
    assert len(mentions) >= 3 and found
    views = MentionViews(mentions)
    first = _reads(_HOLDER_STEPS[0], _NAMED, mentions, found, views)
    assert first >= len(mentions)  # the first step builds the index: each mention's kind and start read
    for step in _HOLDER_STEPS[1:]:  # the steps after it read only what their claims ask of the index
        shared, alone = (_reads(step, _NAMED, mentions, found, views), _reads(step, _NAMED, mentions, found, None))
        assert alone - shared >= len(mentions), (step.__name__, shared, alone)  # handed no view: indexed again


def test_people_at_quotes_and_reporting_share_the_people_and_their_kinds():
    mentions, found = _article(_PEOPLE)
    views = MentionViews(mentions)
    alone = _reads(people_reporting, _PEOPLE, mentions, found, None)
    _reads(people_at_quotes, _PEOPLE, mentions, found, views)
    after = _reads(people_reporting, _PEOPLE, mentions, found, views)
    assert 0 < after < alone  # the people and every mention by start already indexed: only the claims' own reads
    assert views.people is views.people and views.built(len) == len(mentions)
    quoted = people_at_quotes(_PEOPLE, mentions, copy.deepcopy(found), views)
    held = [c.holder_text for c in people_reporting(_PEOPLE, mentions, quoted, views)]
    assert held == ["毎日新聞", "職員", "遺族"], held


def test_a_view_of_other_mentions_or_of_a_list_grown_since_is_not_read():
    mentions = [Mention(0, 2, "山田", "PERSON", None)]
    views = MentionViews(mentions)
    assert views_of(mentions, views) is views
    assert views_of(list(mentions), views) is not views  # another list
    mentions.append(Mention(5, 7, "鈴木", "PERSON", None))
    fresh = views_of(mentions, views)
    assert fresh is not views and [m.text for m in fresh.holders.items] == ["山田", "鈴木"]


# A source referred back to, a medium, a question asked by another, an interview, people a quote is among
_STEPS = ("毎日新聞は10日、山田太郎外相が辞任すると報じた。それによると、外相は「責任を取る」と話したという。"
          "外務省のウェブサイトで「遺憾である」と発表した。"
          "「どう思いますか」と、鈴木花子さんに訊かれた田中一郎氏は「わからない」と答えた。"
          "NHKが現地の男性へインタビューしたところでは、「怖かった」と話した。"
          "ネットユーザーの間でも「驚いた」という声が上がった。")
_VIEWED = ("among", "asked_by", "bare_bodies", "content_subjects", "interviewed", "own_media", "people_at_quote",
           "referred_sources", "surveys")


def _claims(text: str) -> list:
    return [(c.start, c.end, c.holder_text, c.holder_entity_id, c.via, c.attribution)
            for c in suggest(text, detect(text, REGISTRY, None))]


def test_suggest_gives_the_same_claims_through_its_one_view_as_through_a_view_for_each_step(monkeypatch):
    shared = {text: _claims(text) for text in (_NAMED, _PEOPLE, _STEPS)}
    for name in _VIEWED:  # each step handed the one view builds its own instead, as before the view was shared
        monkeypatch.setattr(f"core.claims.{name}.views_of", lambda mentions, views: MentionViews(mentions))
    for text, held in shared.items():
        assert held and all(h[2] for h in held), held
        assert _claims(text) == held, text
    assert {h[2] for h in shared[_STEPS]} >= {"毎日新聞", "外務省", "現地の男性", "ネットユーザー"}


def test_a_view_of_a_list_changed_in_place_at_the_same_length_is_not_read():
    # one mention replaced, or one dropped and another added: the list and its length are the same, its mentions not
    mentions = [Mention(0, 2, "山田", "PERSON", None), Mention(5, 9, "外務省", "ORG", None)]
    views = MentionViews(mentions)
    assert [m.text for m in views.holders.items] == ["山田", "外務省"]
    mentions[1] = Mention(5, 7, "鈴木", "PERSON", None)
    assert [m.text for m in views_of(mentions, views).people.items] == ["山田", "鈴木"]
    mentions.pop(0)
    mentions.append(Mention(12, 14, "田中", "PERSON", None))
    assert [m.text for m in views_of(mentions, views).holders.items] == ["鈴木", "田中"]


def test_a_reading_of_the_mentions_is_made_once_even_when_it_is_none():
    made = []

    def nothing_found(mentions):  # a reading that finds nothing, as None
        made.append(len(mentions))

    views = MentionViews([Mention(0, 2, "山田", "PERSON", None)])
    assert [views.built(nothing_found) for _ in range(3)] == [None, None, None]
    assert made == [1]  # read once for all steps, not again by each step that asks
