"""Quotes told as a doubt or a grievance raised (「…」と、疑問が噴出, 「…」など、…不満も多く書き込まれた): 疑問 and 不満
read as nouns of voice when they are what was raised, not when a person named after holds them (livedoor news,
CC BY-ND 2.1 JP, and Japanese Wikinews, CC BY 2.5: sentences as written, one from a development article of the
claims gold)."""

from tests.core.claim_helpers import candidates, holder_of


def test_a_quote_told_as_a_doubt_raised_is_a_claim():
    text = ("この記事にある「ネットで出回っている駄じゃれ」が「本当に流行っているのか?」と、疑問が噴出しているのだ。")
    [claim] = [c for c in candidates(text) if c.text == "「本当に流行っているのか?」"]
    assert claim.attribution == "direct"
    assert not [c for c in candidates(text) if c.text == "「ネットで出回っている駄じゃれ」"]


def test_a_doubt_raised_from_a_place_is_held_by_the_place():
    text = ("この案について、「消費すれば所得税の対象外というのが、イメージしにくい」といった疑問がネットユーザーから寄せられた。")
    [claim] = [c for c in candidates(text) if c.text.startswith("「消費すれば")]
    assert holder_of(claim) == "ネットユーザー"


def test_grievances_written_on_a_board_are_the_boards():
    text = ("韓国のSNSやスポーツ掲示板には「コーチが悪い。コーチも処罰すべき」「スポーツにもう感動はない」など、"
            "故意に負けた行動への批判が殺到している。\n"
            "また、「日本女子サッカーの意図的な引き分けがOKなのに、なぜ韓国選手は失格なのか」「今回の五輪でイギリスって国が嫌いになった」"
            "など、誤審や判定が覆る事態が連発するロンドン五輪に対する不満も多く書き込まれた。")
    [claim] = [c for c in candidates(text) if c.text.startswith("「日本女子")]
    assert claim.text.endswith("嫌いになった」") and holder_of(claim) == "スポーツ掲示板"


def test_a_grievance_its_holder_shows_after_is_no_noun_of_voice():
    text = ("しかし、楽天の大型補強には、「楽天に元メジャーリーガーが二人ほど入って、嫌味に思いませんか？」と、"
            "ボヤきを通り越し、不満を爆発させる野村氏だった。")
    assert not [c for c in candidates(text) if c.holder_text == "楽天の大型補強"]


def test_a_doubt_the_writer_had_or_supposes_is_no_voice():
    text = "すると「誰に？」、「どんな内容？」という疑問が出てくるはず。"
    assert not [c for c in candidates(text) if c.text.startswith("「誰に")]
    text = "「なんだか男寄りのジャンルだな〜」という不満がずっとあったのですが、そんなモヤモヤを吹き飛ばしてくれたのがこの本です。"
    assert not [c for c in candidates(text) if c.text.startswith("「なんだか")]
