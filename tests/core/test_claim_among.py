"""Voices among people (ネットユーザーの間でも「…」, 被害者の家族の間からは「…」) are those people's, not nobody's nor
the source's (sentences in the manner of livedoor news and Japanese Wikinews)."""

from tests.core.claim_helpers import candidates, holder_of


def _read(text):
    return [(holder_of(c), [v["text"] for v in c.via]) for c in candidates(text)]


def test_the_people_the_quotes_are_among_hold_them():
    assert _read("ネットユーザーの間でも「何この間w」「霊能力者w」というコメントがあがっていた。") == [("ネットユーザー", [])]
    assert _read("関係者の間で「恐すぎる！」という声が続出した。") == [("関係者", [])]
    # with their owner, and the outlet they were told through kept as the source
    text = "毎日新聞によると韓国人被害者の家族の間からは「日本ばかりが優遇されている」などとの不満の声も上がっているという。"
    assert _read(text) == [("韓国人被害者の家族", ["毎日新聞"])]
    # a comma after them; a person named before holds only their own quote
    text = ("神田は17日、園山について「すごく大変だったと言っていました」と擁護していた。"
            "ネットユーザーの間では、「群馬の守護者かよw」「さすがドラ1」といったコメントが寄せられていた。")
    assert [holder_of(c) for c in candidates(text)] == ["神田", "ネットユーザー"]


def test_a_span_of_time_before_the_quote_holds_nothing():
    # ここ数年の間で, この10年の間で: the years the words come after are no people; the one who speaks keeps them
    assert [holder_of(c) for c in candidates("田中選手は、この10年の間で「一番うれしい」と語った。")] == ["田中"]
    assert [holder_of(c) for c in candidates("ここ数年の間で「最高の出来だ」と監督は胸を張った。")] == [None]
