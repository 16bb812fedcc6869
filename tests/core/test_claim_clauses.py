"""The clause reader on sentences of Japanese Wikinews (CC BY 2.5): reported speech without quotes,
positions taken on an object, holders after the quote, quotes over lines, how sure Kaidan is."""

from core.claims.positions import object_claims
from core.sentences import sentence_spans
from tests.core.claim_helpers import candidates, holder_of


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
    # a position is less sure than a quote with its speaker named (ラッツィンガー枢機卿, the topic, holds both)
    assert c.confidence < candidates("石井氏は「暴動は警官が起こした」と述べた。")[0].confidence


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
    assert len(sentence_spans(text)) == 2
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


# Sentences written for these tests (not taken from any gold article).

def test_the_person_holds_not_the_party_whose_office_follows_the_name():
    [c] = candidates("田中一郎・自民党幹事長が会見で、予算案の修正には応じないと述べた。")
    assert holder_of(c) == "田中一郎"
    [d] = candidates("ジョン・ハリス(ハリソン)SPD党首は、連立交渉を続ける意向を示した。")
    assert holder_of(d) == "ジョン・ハリス"


def test_an_aside_after_the_title_and_an_announcement_of_a_clause():
    [c] = candidates("プロ野球・阪神タイガースの岡本健一監督(55歳)が、今季限りで退任することを発表した。")
    assert (c.text, holder_of(c)) == ("今季限りで退任する", "岡本健一")
    assert candidates("同社は声明を発表した。") == []  # a statement announced is no clause of content


def test_two_subjects_joined_by_to_after_a_source():
    [c] = candidates("共同通信によると、トヨタとホンダは、電池を共同で開発する方向で検討に入ったことを明らかにした。")
    assert c.text.startswith("電池を共同で") and holder_of(c) == "トヨタ自動車"
    assert [v["text"] for v in c.via] == ["共同通信"]


def test_a_later_topic_no_entity_knows_wins_over_an_earlier_subject():
    [c] = candidates("昼の会合には山本会長らが出席し、その後佐藤氏は「地域への支援を続けたい」と話した。")
    assert holder_of(c) == "佐藤"


def test_a_group_headed_by_a_named_person_is_held_by_that_person():
    text = "与党のマリア・ロペス議員をはじめとする複数の連邦議会議員は、法案は違憲であるとの見解を示した。"
    [c] = candidates(text)
    assert c.text == "法案は違憲である" and holder_of(c) == "マリア・ロペス"


def test_a_noun_of_speech_between_the_quote_and_its_verb():
    [c] = candidates("佐藤選手は自身のブログに「応援してくれた皆さんに感謝したい」とメッセージを投稿した。")
    assert (c.text, c.cue, holder_of(c)) == ("「応援してくれた皆さんに感謝したい」", "投稿した", "佐藤")
    texts = [c.text for c in candidates("山田代表は「責任は私にある」とし「辞任する」と意見を表明した。")]
    assert texts == ["「責任は私にある」", "「辞任する」"]


def test_words_that_refer_back_take_the_last_entity_of_their_kind():
    [c] = candidates("トヨタ自動車は6日に決算を発表した。\n同社は「北米の販売が好調だった」としている。")
    assert holder_of(c) == "トヨタ自動車"
    [d] = candidates("王毅外相は6日に訪日した。\n同氏は「関係改善を望む」と述べた。")
    assert holder_of(d) == "王毅"
    [e] = candidates("韓国は6日、声明を出した。\n同国は「対話を続ける」と述べた。")
    assert holder_of(e) == "韓国"


def test_a_topic_opening_the_previous_sentence_holds_the_next_ones_claim():
    [c] = candidates("北海タイムスでは、選手の故障が続いていたこと。\nまた資金難もあり、撤退を決めたと分析している。")
    assert c.text.endswith("撤退を決めた") and holder_of(c) == "北海タイムス"
    [d] = candidates("今回は、大雨が続いたこと。\nまた撤退を決めたと分析している。")
    assert holder_of(d) is None  # 今回 is no one
