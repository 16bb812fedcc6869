"""The clause reader on sentences of Japanese Wikinews (CC BY 2.5): reported speech without quotes,
positions taken on an object, holders after the quote, quotes over lines, how sure Kaidan is."""

from core.claims.clauses import object_claims
from core.claims.suggest import sentences, suggest
from core.nlp.entities import detect
from core.nlp.registry import bundled_registry


def candidates(text):
    return suggest(text, detect(text, bundled_registry(), None))


def holder_of(candidate):
    entity = bundled_registry().get(candidate.holder_entity_id)
    return entity.name if entity else candidate.holder_text


def test_reported_speech_without_quotes():
    [c] = candidates("これに対し、メルケル党首は、シュレーダー党首と与党連合は行動を取ることができないだけであると述べている。")
    assert c.text == "シュレーダー党首と与党連合は行動を取ることができないだけである"
    assert (c.attribution, c.cue) == ("indirect", "述べている") and "メルケル" in holder_of(c)


def test_the_holder_written_after_the_clause():
    [c] = candidates("また、発射台にテポドン2号と見られるミサイルの発射準備をしているとNBCが伝えた。")
    assert c.text.endswith("発射準備をしている") and holder_of(c) == "NBC"


def test_a_position_taken_on_an_object():
    [c] = candidates("一方、ラッツィンガー枢機卿(当時)も、キュング教授の著作を批判してきた。")
    assert (c.text, c.cue) == ("キュング教授の著作", "を批判")
    assert c.confidence < candidates("「暴動は警官が起こした」と述べた。")[0].confidence


def test_a_view_shown_after_the_quote():
    text = "ロシア側は事件に遺憾の意を示す一方で、「国内法に基づき、正当に権限を行使した」とこれまでと同様の見解を示した。"
    found = {c.text: c for c in candidates(text)}
    assert "「国内法に基づき、正当に権限を行使した」" in found and "事件に遺憾の意" in found
    assert holder_of(found["「国内法に基づき、正当に権限を行使した」"]) == "ロシア"


def test_what_is_read_already_is_no_second_position():
    # …との見方を示した is the quote's own predicate, not a position on 見方
    assert [c.text for c in candidates("王毅外相は「対話を続ける」との見方を示した。")] == ["「対話を続ける」"]
    assert object_claims("それを批判した。", 0, 8) == []  # a pronoun is not what a claim is about


def test_a_quote_running_over_two_lines_is_one_sentence():
    text = "石原知事は、「地元から非常に強い要望があった。\n料金も決して安いものじゃないので、5万ドル値切った」と述べた。\n次の段落。"
    assert len(sentences(text)) == 2
    [c] = candidates(text)
    assert c.text.startswith("「地元から") and c.text.endswith("値切った」") and holder_of(c) == "石原"


def test_a_surname_stands_for_the_person_named_before():
    text = "浦田和栄弁護士が記者会見をして発表した。\n浦田弁護士は「いずれも不確実性が高い」と難色を示したという。"
    quote = next(c for c in candidates(text) if c.text == "「いずれも不確実性が高い」")
    assert holder_of(quote) == "浦田和栄"


def test_a_topic_no_entity_knows_holds_the_claim():
    text = "ロシアの報道として、プラウダは、若いラッツィンガー師をチュービンゲン大学に招聘したのが、キュング教授であったとしている。"
    [c] = candidates(text)
    assert c.text.startswith("若いラッツィンガー師") and holder_of(c) == "プラウダ"
    [q] = candidates("またサンスポによれば、ネクシィーズは「3月末までには結論を出したい」と話している。")
    assert holder_of(q) == "ネクシィーズ"


def test_a_title_is_never_the_holder():
    [c] = candidates("長官は記者団に対し、「非常に建設的な会談だった」と述べた。")
    assert c.holder_entity_id is None and c.holder_text in (None, "")
    [d] = candidates("同国外相は「協力を続ける」と述べた。")
    assert d.holder_text != "同国"


def test_an_army_or_ministry_holds_its_claim_not_the_country():
    [c] = candidates("産経新聞によれば、大韓民国軍当局ではこの発射を、アメリカ合衆国の独立記念日に合わせたものと分析している。")
    # The army, found as one organisation (…軍) or read as the clause's subject, never the country.
    assert c.holder_text.startswith("大韓民国軍") and not (c.holder_entity_id or "").startswith("country:")
    [d] = candidates("日本政府は「引き続き解放を求める」と述べた。")
    assert holder_of(d) == "日本"  # the government speaks for the country
