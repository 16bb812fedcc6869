"""Quotes whose speaker is named but was not taken (issue 13): the person a quote's verb describes right after it
(「…」と語った立石。, 「…」と断言する田中氏に、), a verb that tells besides (「…」と述べた他、…), and a comment
left (「…」というコメントを残している). Sentences of livedoor news and Wikinews, outside the gold."""

from tests.core.claim_helpers import candidates, held_quotes as _held, holder_of, named_mentions
from core.claims.quotes import direct
from core.claims.suggest import suggest


def test_the_person_a_past_verb_describes_at_the_sentences_end():
    text = ("「まあ、今できる最高のレースをできたと思うので、自分の中に気持ちを秘めてこれからやりたいと思います」"
            "と語った立石。")
    assert _held(text, ("立石", "PERSON", None)) == [(text[: text.index("と語った")], "立石")]


def test_the_person_a_verb_describes_before_a_phrase_with_ni():
    text = "「優秀なエンジニアは思い切って外資に転職すれば高収入が稼げる」と断言する田中氏に、外資転職のノウハウを聞いた。"
    assert _held(text, ("田中", "PERSON", None)) == [("「優秀なエンジニアは思い切って外資に転職すれば高収入が稼げる」", "田中")]
    text = "「もし引退するとしても、記録は残るものなので、塗り替えられるように頑張りたい」と語る浅田真央に対し、ヨナは沈黙した。"
    assert _held(text, ("浅田真央", "PERSON", None), ("ヨナ", "PERSON", None))[0][1] == "浅田真央"


def test_the_person_who_kindly_told_it():
    text = "「お風呂上がりに梅酒の炭酸割りを飲みながらドラマを見るのが毎日の楽しみになっています」と話してくれたアヤさん。"
    assert [h for _, h in _held(text, ("アヤ", "PERSON", None))] == ["アヤ"]


def test_a_name_no_title_marks_is_still_the_person_the_verb_describes():
    text = "また、「（紹介されたのは）去年の時点でですよ」と話したアッコは、交際期間を経て結婚に至った二人を祝福した。"
    assert _held(text, ("アッコ", "PERSON", None)) == [("「（紹介されたのは）去年の時点でですよ」", "アッコ")]


def test_no_speaker_when_the_verb_describes_a_thing():
    text = "「もう限界だ」と語る場面もあった。"
    assert all(h != "場面" for _, h in _held(text))


def test_a_first_quote_told_besides_a_second():
    text = ("大澤正明群馬県知事は「大きな名誉であると同時に、保全に向けて全力を尽くしたい」と述べた他、"
            "下村博文文部科学大臣は「日本と西洋の技術交流を基に果たされた」と述べている。")
    held = _held(text, ("大澤正明", "PERSON", None), ("下村博文", "PERSON", None))
    assert [h for _, h in held] == ["大澤正明", "下村博文"]
    assert held[0][0] == "「大きな名誉であると同時に、保全に向けて全力を尽くしたい」"


def test_a_verb_before_another_country_still_describes_a_noun():
    text = "「協力したい」と語った他国の首脳も多かった。"
    assert direct(text, 0, len(text)) == []  # 他国: a noun the verb describes, not 他、 (besides)
    text = "「協力したい」と語った他、「期待している」とも述べた。"
    assert [q[:2] for q in direct(text, 0, len(text))] == [(0, 7), (13, 21)]


def test_a_comment_left_is_the_speakers():
    text = ("ウェンディーズの上級副社長のアンディー・スケハン氏は「日本は重要なマーケットなので、ビジネスチャンスを探りたい」"
            "というコメントを残している。")
    assert _held(text, ("アンディー・スケハン", "PERSON", None)) == [
        ("「日本は重要なマーケットなので、ビジネスチャンスを探りたい」", "アンディー・スケハン")]


def test_a_question_put_by_the_one_described_is_no_claim_and_the_one_asked_answers():
    text = ("内藤選手が登場した。また、「亀田選手が負けた時、内藤選手はどう思いましたか？」と続けるアンディ君に、「ねえ、あの、ねえ」"
            "としどろもどろの内藤。「正直、いまだにどうしようっていう、か、か、か」と話したところで、司会から突っ込まれた。")
    named = (("内藤", "PERSON", None), ("亀田", "PERSON", None), ("内藤", "PERSON", None), ("アンディ", "PERSON", None),
             ("内藤", "PERSON", None))
    held = dict(_held(text, *named))
    assert not any(q.endswith("？」") for q in held)
    assert held["「正直、いまだにどうしようっていう、か、か、か」"] != "アンディ"


def test_the_one_a_described_speaker_speaks_to_is_the_next_subject():
    text = ("「いやー、残念ながら平気です」と返したラモスに、野村は黙った。"
            "なにかとサッカー界全体に言及しようとする。")
    held = _held(text, ("ラモス", "PERSON", None), ("野村", "PERSON", None))
    assert held == [("「いやー、残念ながら平気です」", "ラモス")]
    found = suggest(text, named_mentions(text, ("ラモス", "PERSON", None), ("野村", "PERSON", None)))
    assert all(holder_of(c) != "ラモス" for c in found if c.attribution != "direct")


def test_a_criticism_made_is_its_makers_and_a_result_left_is_no_statement():
    text = "しかし、この結果に韓国メディアが「日本の日程が有利だ」という批判を行なっている。"
    assert _held(text, ("韓国メディア", "ORG", None)) == [("「日本の日程が有利だ」", "韓国メディア")]
    text = "1日、W杯ベスト16という結果を残して帰国した日本代表。"
    assert candidates(text) == []


def test_a_cleft_on_iu_closes_on_its_speaker():
    text = "「正直、もらってから一度もしていません」というのは、結婚5年目の美紀さん（29歳）。"
    assert _held(text, ("美紀", "PERSON", None)) == [("「正直、もらってから一度もしていません」", "美紀")]
    text = "「的を得る」というのは誤用だ。"
    assert direct(text, 0, len(text)) == []  # what the words mean, nobody's


def test_advice_given_is_held_by_the_one_it_came_from_or_nobody():
    text = "真野は、美咲を演じる際に監督から「演じる時に僕をキュンキュンさせてください。」とアドバイスされたそうだ。"
    assert _held(text, ("真野", "PERSON", None)) == [("「演じる時に僕をキュンキュンさせてください。」", "監督")]
    text = "真野は「演じる時は楽しんで」とアドバイスされたそうだ。"
    assert _held(text, ("真野", "PERSON", None)) == []  # the one advised said nothing
    text = "先輩の田中は「焦らず練習を続けて」と後輩にアドバイスした。"
    assert _held(text, ("田中", "PERSON", None)) == [("「焦らず練習を続けて」", "田中")]


def test_the_one_a_passive_quote_came_from_is_named_after_the_clause_before_it():
    text = "本作に対し、撮影を終えた妻夫木から「このドラマを見てから映画を見てほしい」というコメントが寄せられた。"
    assert [h for _, h in _held(text, ("妻夫木", "PERSON", None))] == ["妻夫木"]
