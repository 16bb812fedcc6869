"""Words an outlet got by interviewing someone (Xが Yに取材したところ、「…」) are Y's, told through X; a speaker the
sentence names after the interview keeps them (sentences in the manner of Japanese Wikinews)."""

from tests.core.claim_helpers import candidates, holder_of


def _read(text):
    return [(holder_of(c), [v["text"] for v in c.via]) for c in candidates(text)]


def test_the_one_interviewed_says_the_quote_the_outlet_passes_it_on():
    assert _read("日本テレビが目撃者に取材したところ、「子どもたちが火遊びして逃げていった」と話している。") == [
        ("目撃者", ["日本テレビ"])]
    assert _read("ロイター通信が現地の医師に話を聞いたところ、「病院は負傷者であふれている」と語った。") == [
        ("現地の医師", ["ロイター通信"])]
    # a time between the outlet and whom it asked, and a describing clause before them: the people themselves
    text = ("NHKがこの事故当時、別の気球を操縦していて事故を目撃した現地の男性へインタビューしたところでは、"
            "「火は最初、かごの半分ほどを燃やした」という。")
    assert _read(text) == [("現地の男性", ["NHK"])]
    # a speaker the sentence names after the interview keeps the quote
    text = "日本テレビが捜査関係者に取材したところによれば、逮捕された田中容疑者は「恩返しのつもりだった」と供述している。"
    [c] = candidates(text)
    assert holder_of(c) == "田中" and "捜査関係者" not in (c.holder_text or "")
    # an outlet quoting with no interview keeps the quote
    assert [holder_of(c) for c in candidates("日本テレビは「火事が起きた」と伝えた。")] == ["日本テレビ"]


def test_a_person_named_with_a_title_is_the_one_interviewed():
    text = "佐賀新聞が、同研究所の都司嘉宣(つじ・よしのぶ)准教授へインタビューしたところ「この津波は明治の津波に匹敵する」と分析している。"
    assert _read(text) == [("都司嘉宣", ["佐賀新聞"])]
