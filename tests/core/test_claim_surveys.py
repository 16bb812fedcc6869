"""A finding told after a survey's source is held by the survey's maker (core.claims.surveys)."""

from core.claims.suggest import suggest
from core.claims.surveys import survey_holders
from core.model import Mention
from core.nlp.entities import detect
from core.registry import bundled_registry
from tests.core.claim_helpers import candidates, holder_of


def _holders(text, words):
    return [holder_of(c) for c in candidates(text) if words in c.text]


def test_a_pollster_holds_what_its_poll_found_not_a_body_of_the_sentence_before():
    text = ("市民団体は会見を開き、法案の撤回を求めた。"
            "東西リサーチ社の世論調査によると、国民の半数以上が法案に反対していることが判明している。")
    after = text.index("東西リサーチ社")
    assert [holder_of(c) for c in candidates(text) if c.start > after] == ["東西リサーチ社"]


def test_a_topic_after_the_survey_speaks_for_itself():
    text = "気象庁の調査によると、東京都は今後も警戒が必要だと発表した。"
    assert _holders(text, "警戒が必要") == ["東京都"]


def test_a_survey_of_a_body_named_elsewhere_gives_no_maker():
    text = ("市民団体は会見を開き、法案の撤回を求めた。"
            "同委員会の調査によると、住民の多くが移転に反対していることが分かった。")
    assert "同委員会" not in [holder_of(c) for c in candidates(text)]


def test_findings_whose_holders_the_long_sentence_names_keep_them():
    # one sentence read once for all its claims: each names who holds it, and the survey's maker takes none
    text = "東西リサーチ社の世論調査によると、" + "、".join(f"第{i}地区の住民が移転に反対し" for i in range(1, 60)) + "ていることが分かった。"
    held = [holder_of(c) for c in candidates(text)]
    assert len(held) == 59 and held[41] == "第42地区の住民" and "東西リサーチ社" not in held


def test_a_finding_with_no_holder_named_is_the_surveying_body_s():
    text = "WHOの調査によれば、ヒトからヒトへの感染の可能性は除外できないとしている。"
    assert _holders(text, "除外できない") == ["世界保健機関"]


class _Counted(Mention):
    """A mention that counts every read of its fields."""

    __slots__ = ()

    def __getattribute__(self, name):
        if name in FIELDS:
            READS[0] += 1
        return object.__getattribute__(self, name)


FIELDS = Mention.field_names()
READS = [0]


def _reads(times):
    # a survey whose maker is no entity, in each of many sentences: each sentence's maker is looked for among the
    # entities inside its name, not among all those the article names after it
    body = "調査会社の世論調査によると、国民の半数以上が法案に反対していることが判明している。日本政府は懸念を示した。" * times
    mentions = detect(body, bundled_registry(), None)
    found = suggest(body, mentions)
    counted = [_Counted(*(getattr(m, f) for f in FIELDS)) for m in mentions]
    READS[0] = 0
    survey_holders(body, counted, found)
    return READS[0]


def test_looking_for_each_survey_s_maker_costs_work_linear_in_the_article():
    small, large = _reads(20), _reads(200)
    assert 0 < small and large <= 11 * small, (small, large)


def test_a_surveying_body_whose_name_opens_like_a_qualifier_is_still_its_maker():
    # 新華社 opens as 新 (新首相) does: a known entity is a maker all the same
    text = ("市民団体は会見を開き、法案の撤回を求めた。"
            "新華社の世論調査によると、国民の半数以上が法案に反対していることが判明している。")
    after = text.index("新華社")
    assert [holder_of(c) for c in candidates(text) if c.start > after] == ["新華社"]


def test_a_body_owned_by_a_country_made_the_survey_not_the_country():
    text = ("市民団体は会見を開き、法案の撤回を求めた。"
            "日本の厚生労働省の調査によると、国民の半数以上が法案に反対していることが判明している。")
    after = text.index("厚生労働省")
    assert [holder_of(c) for c in candidates(text) if c.start > after] == ["厚生労働省"]


def test_a_survey_named_by_its_month_is_its_maker_s():
    text = ("市民団体は会見を開き、法案の撤回を求めた。"
            "NHKの今月の世論調査によると、国民の半数以上が法案に反対していることが判明している。")
    after = text.index("NHK")
    assert [holder_of(c) for c in candidates(text) if c.start > after] == ["NHK"]
