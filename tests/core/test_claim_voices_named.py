"""Readers' quotes closed by a word of speech before a noun of voice (「A」「B」と批判の声が相次いだ) are one voice,
held by the place the sentence names for it (core.claims.voices, core.claims.sentence_claims)."""

from tests.core.claim_helpers import claims_held


def test_quotes_before_a_word_of_criticism_and_voices_are_one_voice_of_the_board():
    text = "これを受けてネット掲示板では「東電はやりたい放題だな」「給料を下げればいい」と批判の声が相次いだ。"
    assert claims_held(text) == [("「東電はやりたい放題だな」「給料を下げればいい」", "ネット掲示板")]


def test_voices_said_to_be_many_are_one_voice_of_the_board():
    text = "この発表に対し、ネット掲示板では「値段が高すぎる」「誰が買うんだ」などと非難の声が多い。"
    assert claims_held(text) == [("「値段が高すぎる」「誰が買うんだ」", "ネット掲示板")]


def test_a_place_on_the_web_between_the_quote_and_the_voices_holds_them():
    text = "日刊紙が監督の続投を報じたが、采配に対し「おかしい」とツイッター上では批判の声が上がっている。"
    [(words, holder)] = [c for c in claims_held(text) if c[0] == "「おかしい」"]
    assert holder.startswith("ツイッター")


def test_a_word_of_manner_opening_the_sentence_is_no_place():
    text = ("具体的には、写真を合成して見せる内容だが、これにはネットユーザーも「さすがに引く」「やりすぎ」と"
            "批判の声が相次いでいる。これに対しては「大胆すぎる」といった驚きの声が続出した。")
    holders = dict(claims_held(text))
    assert holders["「さすがに引く」「やりすぎ」"] == "ネットユーザー"
    assert holders["「大胆すぎる」"] != "具体的"


def test_a_criticism_voiced_by_someone_named_stays_theirs():
    assert claims_held("野党は「説明が足りない」と批判の声を上げた。") == [("「説明が足りない」", "野党")]
