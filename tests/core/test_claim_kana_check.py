"""Words said told from a name or a term by their hiragana, one check for every claims reader that asks it: one
hiragana for a quote after a verb, a headline's quote, a bracket other than 「…」, a caption and a verbless sentence,
two in a row for words that stand alone as a sentence."""

from core.claims.quote_marks import as_corner_quotes, has_kana
from tests.core.claim_helpers import candidates, holder_of


def test_a_hiragana_inside_the_span_read_tells_words_from_a_name():
    assert not has_kana("「哀悼日」") and not has_kana("「ノリック」") and not has_kana("TBS「ニュース23」")
    assert has_kana("「対話を続けたい」")
    text = "外相は「哀悼日」を設けた"
    assert has_kana(text) and not has_kana(text, text.index("「"), text.index("」"))  # only the span is read
    assert has_kana("「対話を」", 0, None, run=1) and not has_kana("「対話を」", run=2)  # two in a row when asked


def test_a_quote_after_a_verb_needs_one_hiragana():
    assert candidates("政府は3日間を「哀悼日」とし、半旗を掲げた。") == []
    [c] = candidates("野党はこの法案を「違憲だ」として批判した。")
    assert c.text == "「違憲だ」"


def test_a_bracket_other_than_corners_is_a_quote_only_with_a_hiragana_inside():
    assert as_corner_quotes("監督は“リーダー”と紹介した。") == "監督は“リーダー”と紹介した。"
    assert as_corner_quotes("監督は“勝ちたい”と話した。") == "監督は「勝ちたい」と話した。"


def test_words_standing_alone_need_two_hiragana_in_a_row():
    before = "会社員の実和さん(33歳)は、毎朝試合を見てから出勤するという。\n"
    assert candidates(before + "「日本代表の勝利は確実な状況だ。」") == []  # の, は, だ: one at a time
    [c] = candidates(before + "「日本代表の勝利は確実な状況だろう。」")
    assert (c.text, holder_of(c)) == ("「日本代表の勝利は確実な状況だろう。」", "実和")


def test_a_headline_quote_after_its_speaker_needs_one_hiragana():
    assert candidates("グリー田中社長「ソーシャルゲーム」\n") == []  # a product's name
    [c] = candidates("グリー田中社長「ゲームは続ける」\n")
    assert (c.text, holder_of(c)) == ("「ゲームは続ける」", "田中")


def test_a_caption_and_a_verbless_sentence_ask_the_same_check(monkeypatch):
    # 「…」（ヒロさん・32歳） and 宇城市の会社員は「…」。: words said, not a name, by the one check the other readers ask
    from core.claims import asides

    asked = []

    def counted(text, start=0, end=None, run=1):
        asked.append(text[start:end])
        return has_kana(text, start, end, run)

    monkeypatch.setattr(asides, "has_kana", counted)
    caption = "「楽しかったです」（ヒロさん・32歳）"
    assert [(a, b) for a, b, *_ in asides.captioned(caption, 0, len(caption))] == [(0, caption.index("（"))]
    assert asides.captioned("「哀悼日」（ヒロさん・32歳）", 0, 15) == []
    verbless = "宇城市の31歳の会社員は「怖かった」。"
    assert [(a, b) for a, b, *_ in asides.verbless(verbless, 0, len(verbless), [])] == [(12, 18)]
    assert asked == ["「楽しかったです」", "「哀悼日」", "「怖かった」"]
