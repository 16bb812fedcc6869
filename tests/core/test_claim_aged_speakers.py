"""A quote told of a person written with an honorific and an age in brackets (lifestyle news): theirs."""

from tests.core.claim_helpers import claims_held as _held


def test_a_quote_whose_verb_describes_a_person_with_an_age_is_theirs():
    # livedoor 独女通信
    text = "「妄想はデイリーワークです。男性と違って性欲のためではなく、自分の心を満たすものとして妄想します」と語るエミさん（36歳）。"
    assert _held(text) == [(text[: text.index("と語る")], "エミ")]


def test_a_cleft_on_the_verb_say_written_in_kanji_closes_on_its_speaker():
    text = "「行き過ぎた発言には冷たい視線で対応します」と言うのは調剤薬局に勤務する麻美さん（32歳）。"
    assert _held(text) == [("「行き過ぎた発言には冷たい視線で対応します」", "麻美")]
    assert _held("「的を得る」と言うのは誤用だ。") == []  # what the words mean, nobody who said them


def test_a_cleft_on_any_verb_whose_focus_is_a_person_is_theirs():
    # livedoor 独女通信: words told with a verb of manner, then the one they are from
    assert _held("ところが「毎日、時間があっという間に過ぎて」と嘆くのは保険会社に勤務する宏子さん（36歳）。") == [
        ("「毎日、時間があっという間に過ぎて」", "宏子")]
    assert _held("「隙のない男が好き」と公言するのは東子さん（36歳）。") == [("「隙のない男が好き」", "東子")]
    text = "「その気がないなら、用もないのにメールをしないで！」と声を大にするのは珠美さん（33歳）。"
    assert _held(text) == [("「その気がないなら、用もないのにメールをしないで！」", "珠美")]


def test_a_cleft_on_a_name_a_thing_tried_or_a_question_is_no_claim():
    assert _held("「好きな子の名前をミドリのペンで1000回書く」というおまじないを試したのは浩平さん（29歳）。") == []
    assert _held("「今、付き合っている人はいるの？」と聞くのは珠美さん（33歳）。") == []
