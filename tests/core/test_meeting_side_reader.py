"""The learned side reader: which entities near a meeting are its candidate sides, what each one's features say of
its place and role (the sentence before, the particle after it, a title, the rules' own sides), how a reader adds
the candidate it is surest of, and that it is off by default."""

import pytest

from core.meetings import side_reader as sr
from core.meetings.plan import plan_meetings
from core.nlp.entities import detect
from tests.core.meeting_helpers import COUNTRY_OF, REGISTRY

TEXT = ("国連の潘基文事務総長は9日、ニューヨークで記者会見した。"
        "岸田文雄首相は10日、東京都内でバイデン米大統領と会談した。"
        "両首脳は北朝鮮問題について協議した。"
        "一方、ロシアは11日、ミサイルを発射した。\n"
        "中国外務省は12日、談話を発表した。")


def _described(text=TEXT):
    mentions = detect(text, REGISTRY, None)
    proposals = plan_meetings(text, mentions, None, None, REGISTRY).proposals
    return mentions, proposals, sr.described(text, mentions, proposals, COUNTRY_OF)


def _talks(proposals):
    return next(i for i, p in enumerate(proposals) if any(x.text.startswith("会談") for x in p.mentions))


def _row(candidates, rows, name):
    [row] = [r for c, r in zip(candidates, rows) if c.name == name]
    return dict(zip(sr.FEATURES, row))


def test_candidates_are_the_entities_within_the_window_each_once():
    _, proposals, described = _described()
    candidates, rows = described[_talks(proposals)]
    names = [c.name for c in candidates]
    assert len(names) == len(set(names)) and len(rows) == len(candidates)
    assert "潘基文" in names  # the sentence before the meeting's
    assert "北朝鮮" in names and "ロシア" in names  # the sentences after its first mention
    assert "中国外務省" not in names and "中国" not in names  # farther than the window from every mention


def test_each_candidate_tells_its_place_and_role():
    _, proposals, described = _described()
    candidates, rows = described[_talks(proposals)]
    ban = _row(candidates, rows, "潘基文")
    assert ban["sentence_before"] == 1 and ban["titled"] == 1 and ban["wa"] == 1 and ban["subject"] == 1
    assert ban["rules_side"] == 0 and ban["person"] == 1
    biden = _row(candidates, rows, "バイデン")
    assert biden["rules_side"] == 1 and biden["same_sentence"] == 1 and biden["before_word"] == 1
    kishida = _row(candidates, rows, "岸田文雄")
    assert kishida["rules_side"] == 1 and kishida["subject"] == 1
    russia = _row(candidates, rows, "ロシア")
    assert russia["gpe"] == 1 and russia["sentence_after"] == 1 and russia["farther"] == 0  # after the 協議 told again
    north = _row(candidates, rows, "北朝鮮")
    assert north["no_particle"] == 1 and north["in_longer_noun"] == 1  # 北朝鮮問題: a part of a longer noun


def _only(feature, weight=8.0):
    return sr.SideReader(list(sr.FEATURES), [0.0] * len(sr.FEATURES), [1.0] * len(sr.FEATURES),
                         [weight if name == feature else (-4.0 if name == "bias" else 0.0) for name in sr.FEATURES])


def test_a_sure_reader_adds_the_side_the_rules_lack_and_an_unsure_one_adds_nothing():
    mentions, proposals, _ = _described()
    talks = proposals[_talks(proposals)]
    before = [p.name for p in talks.participants]
    assert "潘基文" not in before
    sr.add_sides(TEXT, mentions, proposals, COUNTRY_OF, _only("titled"), sure=0.9)
    assert [p.name for p in talks.participants] == before + ["潘基文"]
    mentions, proposals, _ = _described()
    sr.add_sides(TEXT, mentions, proposals, COUNTRY_OF, _only("titled", weight=1.0), sure=0.9)
    assert [p.name for p in proposals[_talks(proposals)].participants] == before


def test_off_by_default_the_plan_keeps_the_rules_sides():
    assert sr.POLICY == "rules" and sr.reader_for(TEXT) is None
    mentions, proposals, _ = _described()
    sides = [[p.name for p in q.participants] for q in proposals]
    sr.add_sides(TEXT, mentions, proposals, COUNTRY_OF)
    assert [[p.name for p in q.participants] for q in proposals] == sides


def test_a_model_of_another_feature_set_is_refused():
    with pytest.raises(ValueError):
        sr.SideReader(["person"], [0.0], [1.0], [1.0])


def test_text_without_entities_or_meetings_reads_without_error():
    for text in ("", "会談した。", "。。「「」」", "彼は「会談した」と言った。\n\n"):
        mentions = detect(text, REGISTRY, None)
        proposals = plan_meetings(text, mentions, None, None, REGISTRY).proposals
        assert len(sr.described(text, mentions, proposals, COUNTRY_OF)) == len(proposals)
        sr.add_sides(text, mentions, proposals, COUNTRY_OF, _only("same_sentence"), sure=0.5)
