"""The imperial family as speakers: 天皇陛下 is whoever reigned on the article's day (core.nlp.office_terms),
皇太子さま and 両陛下 hold their words by their honorific names, their respectful られ/され is no passive, and a
source before them (宮内庁によると) passes their words on without taking them. Sentences written for Kaidan in the
form of court news."""

from core.claims.imperial import imperial_mentions, respectful_speech
from tests.core.claim_helpers import candidates_on


def _claims(text, day="2016-08-08"):
    return candidates_on(text, day)


def test_the_emperor_is_whoever_reigned_that_day():
    text = "天皇陛下は「大変な被害に心を痛めています」と話された。"
    [before] = _claims(text, "2016-08-08")
    [after] = _claims(text, "2021-03-11")
    assert before.holder_entity_id == "person:akihito"
    assert after.holder_entity_id == "person:naruhito"


def test_a_source_before_the_emperor_passes_his_words_on():
    [claim] = _claims("宮内庁によると、天皇陛下は被災地の復興を願っていると述べた。")
    assert claim.holder_entity_id == "person:akihito"
    assert [v["text"] for v in claim.via] == ["宮内庁"]
    assert claim.text == "被災地の復興を願っている"


def test_a_respectful_verb_is_no_passive():
    [claim] = _claims("天皇陛下は、戦争の惨禍が再び繰り返されぬことを切に願うと述べられた。")
    assert claim.holder_entity_id == "person:akihito"
    [prince] = _claims("宮内庁によると、皇太子さまは「被災地の人々に心を寄せていきたい」と話された。")
    assert prince.holder_text == "皇太子さま" and [v["text"] for v in prince.via] == ["宮内庁"]
    [couple] = _claims("両陛下は「大変な被害に心を痛めています」と述べられた。")
    assert couple.holder_text == "両陛下"


def test_a_true_passive_stays_a_passive():
    assert not respectful_speech("寛仁さま", "みられる")
    assert not respectful_speech("愛子さま", "見られている")
    assert respectful_speech("天皇陛下", "考えを示されてきた")
    assert not respectful_speech("首相", "述べられた")


def test_ordinary_words_with_sama_are_nobody():
    body = "皆さまとお客さまに感謝する。秋篠宮さまと愛子さまが出席された。陛下は笑顔だった。"
    assert [m.text for m in imperial_mentions(body, [], lambda title, at: None)] == ["秋篠宮さま", "愛子さま"]


def test_the_emperor_and_empress_written_as_a_couple_hold_their_words_together():
    [claim] = _claims("天皇、皇后両陛下は「被災地の復興を願っています」との感想を文書で寄せられた。")
    assert claim.holder_text == "天皇、皇后両陛下"  # both, not the empress alone (皇后両陛下)
    [claim] = _claims("天皇皇后両陛下は式典で「皆さんの努力に感謝します」と述べられた。")
    assert claim.holder_text == "天皇皇后両陛下"


def test_a_princes_couple_speaks_by_its_name_even_where_the_house_is_a_person():
    [claim] = _claims("皇太子ご夫妻は「また訪れたい」と話された。")
    assert claim.holder_text == "皇太子ご夫妻"
    [claim] = _claims("秋篠宮ご夫妻は式典で「心からお祝いします」とのお言葉を述べられた。")
    assert claim.holder_text == "秋篠宮ご夫妻"  # the detector's 秋篠宮 inside does not stop the couple


def test_letters_sent_by_the_imperial_family_are_respect_not_a_passive():
    assert respectful_speech("天皇、皇后両陛下", "寄せられた")
    assert not respectful_speech("首相", "寄せられた")
