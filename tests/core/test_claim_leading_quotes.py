"""A quote leading the sentence of its speaker, with no と and no こう: the speaker's verb a stance on a target
(「…」。外相は…、米国の対応を批判した, 不快感を示した, 語気を強めた) or a verb of speech the sentence goes on after
(「…」外相は…の記者会見で強調し、…を求めた)."""

from tests.core.claim_helpers import candidates_on, holder_of


def _quotes(text):
    return [(c.text, holder_of(c)) for c in candidates_on(text, "2019-06-01") if c.attribution == "direct"]


def test_a_quote_then_its_speaker_criticising_a_target():
    said = _quotes("「米国の行動は容認できない」。ロシアのラブロフ外相は10日の記者会見で、米国の対応を批判した。")
    assert [(text, holder.endswith("ラブロフ")) for text, holder in said] == [("「米国の行動は容認できない」", True)]
    said = _quotes("「米国の行動は容認できない」ロシアのラブロフ外相は10日、米国の対応を強く非難した。")
    assert [(text, holder.endswith("ラブロフ")) for text, holder in said] == [("「米国の行動は容認できない」", True)]
    # a name or a title is no words said; a deed is no stance
    assert _quotes("「日米同盟」。河野外相は10日の記者会見で、米国の対応を批判した。") == []
    assert _quotes("「米国の行動は容認できない」。警察は10日、デモ隊の男を逮捕した。") == []


def test_a_quote_then_its_speaker_showing_displeasure():
    for text in ("「米国の行動は容認できない」。ロシアのラブロフ外相は10日、記者団に対し、米国への不満をあらわにした。",
                 "「米国の行動は容認できない」。ロシアのラブロフ外相は10日の記者会見で、米国の対応に強い不快感を示した。",
                 "「米国の行動は容認できない」。ロシアのラブロフ外相は10日、記者会見で語気を強めた。"):
        [(quote, holder)] = _quotes(text)
        assert quote == "「米国の行動は容認できない」" and holder.endswith("ラブロフ"), text


def test_a_quote_then_its_speaker_whose_verb_of_speech_goes_on():
    text = "「北朝鮮の挑発は断じて容認できない」。河野外相は10日の記者会見で強調し、北朝鮮に自制を求めた。"
    assert _quotes(text) == [("「北朝鮮の挑発は断じて容認できない」", "河野太郎")]
    # a verb of speech with an object of its own tells something else
    assert _quotes("「対話の扉は開かれている」。ポンペオ国務長官は訪問の成果を語った。") == []


def test_a_quote_then_its_speaker_who_told_it_and_went_on():
    # 語り、 is how 語る goes on (語っ、 is never written)
    text = "「北朝鮮の挑発は断じて容認できない」。河野外相は10日の記者会見で語り、北朝鮮に自制を求めた。"
    assert _quotes(text) == [("「北朝鮮の挑発は断じて容認できない」", "河野太郎")]


def test_a_stance_verb_describing_a_noun_is_not_the_speakers():
    # 批判した議員: the verb describes who the sentence goes on to tell of, the quote is not read as its speaker's
    assert _quotes("「米国の行動は容認できない」。ロシアのラブロフ外相は10日、米国の対応を批判した議員と会談した。") == []
    assert _quotes("「米国の行動は容認できない」ロシアのラブロフ外相は10日、米国の対応に不快感を示した記者に答えなかった。") == []


def test_a_quote_the_speaker_reacted_to_is_not_theirs():
    # これを批判した, この発言に不快感を示した, これに対し、: the quote is what the speaker reacted to
    for text in ("「北方領土は返さない」。日本の河野外相は10日の記者会見で、これを批判した。",
                 "「北方領土は返さない」。日本の河野外相は10日の記者会見で、この発言を厳しく批判した。",
                 "「北方領土は返さない」日本の河野外相は10日、記者会見でこの発言に強い不快感を示した。",
                 "「北方領土は返さない」。ロシア側の発言に対し、日本の河野外相は10日の記者会見で、強い不快感を示した。"):
        assert _quotes(text) == [], text
