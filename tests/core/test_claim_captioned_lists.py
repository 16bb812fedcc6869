"""Quotes listed one after the other, each with its speaker in brackets and no verb (livedoor news, outside the gold)."""

from core.claims.suggest import suggest
from tests.core.claim_helpers import candidates, holder_of, named_mentions


def test_quotes_listed_each_with_its_speaker_and_age():
    text = ("具体的には「仁丹のような香り」（早紀さん／30歳）、「整髪料の香り。電車などで隣になるとカンベンしてくれー！"
            "と思います」（光子さん／34歳）、「安っぽい柑橘系の香りがダメ」（あずささん／33歳）。")
    found = candidates(text)
    assert [holder_of(c) for c in found] == ["早紀", "光子", "あずさ"]
    assert [c.text for c in found][2] == "「安っぽい柑橘系の香りがダメ」"


def test_an_exchange_told_as_captioned_quotes():
    text = ("二人には「埼スタ、静かだねって言って」（テセ）、「僕からしたら、何言ってんだ、この人って思って」（吉田）、"
            "「全然試合に集中できたし、アウェーの利は日本に少ないかなと思って」（テセ）というやり取りがあったようだ。")
    assert [holder_of(c) for c in candidates(text)] == ["テセ", "吉田", "テセ"]


def test_products_and_makers_in_brackets_are_no_speakers():
    assert not candidates("新機種は「GALAXY S II」（サムスン電子製）、「Optimus」（LGエレクトロニクス製）。")
    assert not candidates("人気は「もっと走れる靴」（アシックス）、「軽くて丈夫な靴」（ミズノ）の順だった。")


def test_a_speaker_then_only_their_words():
    text = "同紙のインタビューに応えた宇城市の31歳の会社員は「今年こそはJ2入りという思いが強かったのでホッとした」。"
    [c] = candidates(text)
    assert c.text.startswith("「今年こそは") and holder_of(c) == "宇城市の31歳の会社員"
    [c] = candidates("長身のまゆさん（32歳）は、「電車やバスのつり革が、よく顔に当たるんですよ」。")
    assert "まゆ" in holder_of(c)


def test_a_named_person_with_any_title_then_only_their_words():
    text = "京都大学の佐々木一郎名誉教授は「豪雨の後は小さな揺れでも地すべりが起こりやすいので注意が必要」。"
    [c] = suggest(text, named_mentions(text, ("佐々木一郎", "PERSON", None)))
    assert c.text.startswith("「豪雨の後は") and holder_of(c) == "佐々木一郎"
    text = "市教育委員会の会見で、山川次郎校長は「あってはならないこと。二度と起きないようにしたい」。"
    [c] = suggest(text, named_mentions(text, ("山川次郎", "PERSON", None)))
    assert holder_of(c) == "山川次郎"
    text = "山川次郎作品は「愛とは何か」。"  # a thing of theirs, no words said
    assert not suggest(text, named_mentions(text, ("山川次郎", "PERSON", None)))


def test_a_topic_that_is_no_speaker_says_nothing():
    assert not candidates("今年のテーマは「みんなで楽しく踊ろう」。")
    assert not candidates("キャッチコピーは「この夏、いちばん泣ける」。")
    assert not candidates("会社員は「ABC」。")  # a name, no words said
    # a cited headline in a list of sources
    assert not candidates("紀伊半島沖でタンカー衝突、死者も「タンカー衝突:5人全員の遺体発見残る2人は水死と重傷」。")
