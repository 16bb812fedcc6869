"""A quote told as what someone was asked (「…」と、XにVれたYは) is held by the one who asked it, named with に or
から after it; the one asked speaks in the quote that follows. Sentences of the livedoor news corpus (CC BY-ND 2.1 JP,
NHN Japan), sports-watch category, outside every gold."""

from tests.core.claim_helpers import candidates, holder_of


def test_the_one_who_asked_holds_the_question_and_the_one_asked_the_answer():
    text = ("そんな日本テニス界のエースに、大先輩にあたる松岡修造氏がインタビューを行った。\n"
            "「僕もエドバーグっていう世界2位の選手に勝った時なんか、倒れこんで、これ人生で最大のっていう、全然そういうのない。"
            "あれはどうして？」と、松岡氏に訊かれた錦織は、「自分の中で決めていた」と語る。")
    found = {c.text[:9]: c for c in candidates(text)}
    assert holder_of(found["「僕もエドバーグっ"]).startswith("松岡") and found["「僕もエドバーグっ"].cue == "訊かれ"
    assert holder_of(found["「自分の中で決めて"]) == "錦織"


def test_a_quote_the_topic_tells_to_someone_stays_the_topic_s():
    text = "錦織圭選手は試合後、「まだ勝つ望みは残っていた」と松岡修造氏に語った。"
    assert [holder_of(c) for c in candidates(text)] == ["錦織圭"]
