"""Reported speech and its holders on sentences of Japanese Wikinews (CC BY 2.5, development
articles of the third draw): a quote with a position noun and no と, a holder after the quote,
what someone told as a source, people named by what they are, and what is no claim
(relative clauses, cited headlines, passives with nobody named)."""

from core.claims.suggest import suggest
from core.nlp.entities import detect
from core.registry import bundled_registry


def candidates(text):
    return suggest(text, detect(text, bundled_registry(), None))


def holder_of(candidate):
    entity = bundled_registry().get(candidate.holder_entity_id)
    return entity.name if entity else candidate.holder_text


def test_a_quote_followed_by_a_noun_of_position_without_to():
    text = "前原誠司国土交通大臣と大阪府の橋下徹知事が会談し、前原大臣が、「羽田空港を国際化とハブ空港にする」意向を示した。"
    [c] = candidates(text)
    assert (c.text, c.cue, c.attribution) == ("「羽田空港を国際化とハブ空港にする」", "意向を示した", "direct")
    assert "前原" in holder_of(c)
    [d] = candidates("前原大臣は会見において、「ハブになりうるのは、まず羽田」という考えを明らかにした。")
    assert d.text == "「ハブになりうるのは、まず羽田」" and "前原" in holder_of(d)


def test_the_holder_after_the_quote_set_off_by_a_comma():
    text = "「パキスタンが必要とするようないかなる支援」も供与すると、フランスのフィリップ・ドゥストブラジ外相が語った。"
    [c] = candidates(text)
    assert c.text == "「パキスタンが必要とするようないかなる支援」も供与する" and c.attribution == "mixed"
    assert "ドゥストブラジ" in holder_of(c)


def test_what_someone_told_written_as_the_source():
    text = "ガーディアン紙に対してキャロル氏が語ったところによると、誘拐犯からの扱いは「十分納得のいくものだった」。"
    [c] = candidates(text)
    assert c.text == "誘拐犯からの扱いは「十分納得のいくものだった」" and holder_of(c) == "キャロル"


def test_people_named_by_what_they_are_hold_their_words():
    text = "キャロル氏は36時間監禁されていた。\n犯人はキャロル氏に、誘拐はある人物とキャロル氏を交換する目的で行われたと述べた。"
    [c] = candidates(text)
    assert c.text == "誘拐はある人物とキャロル氏を交換する目的で行われた" and holder_of(c) == "犯人"


def test_a_position_verb_qualifying_a_noun_is_no_claim():
    assert candidates("また、安倍総理続投を批判していた舛添要一氏は厚生労働大臣への起用となった。") == []
    [c] = candidates("舛添要一氏は安倍総理の続投を批判した。")
    assert c.text == "安倍総理の続投"


def test_a_cited_headline_is_no_claim():
    assert candidates("asahi.com『「羽田をハブ空港に」前原国交相、原則転換を表明』。") == []


def test_a_passive_report_holds_only_through_its_source():
    assert candidates("パキスタン北東部の地震の犠牲者数が3万を超えたと報道されている。") == []
    [c] = candidates("BBCによれば、パキスタン北東部の地震の犠牲者数が3万を超えたと報道されている。")
    assert holder_of(c) == "BBC"
