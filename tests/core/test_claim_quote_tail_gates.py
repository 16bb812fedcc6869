"""The readers of what follows a quote try their patterns only where the quote's tail opens as every reading of
theirs needs, with the same claims found (the rarer openings, など and との, included)."""

import re

from core.claims import voices
from core.claims.voices import speaker_after
from core.model import Mention


class _Counted:
    """A compiled pattern whose match calls are counted."""

    def __init__(self, pattern: re.Pattern, calls: list):
        self.pattern, self.calls = pattern, calls

    def match(self, *args):
        self.calls.append(self.pattern.pattern[:12])
        return self.pattern.match(*args)


def _holder(text: str) -> str:
    [(start, end, cue, attribution, _, told)] = speaker_after(text, 0, len(text))
    return text[slice(*told.holder)]


def test_every_reading_of_a_speaker_after_a_quote_opens_with_to_or_nado():
    for pattern in (voices._SPEAKER_AFTER, voices._VIEW_OF, voices._WRITING_OF, voices._SPEAKER_CLOSES,
                    voices._MESSAGE_AFTER, voices._PERSON_DESCRIBED, voices._POSITION, voices._CITED):
        assert pattern.pattern.startswith(("(?:など)?と", "(?:など)?(?:という|との|とする|とした|といった)",
                                           "(?:と|との|という|といった)", "という")), pattern.pattern
    assert voices._TOLD_AFTER == ("と", "など")


# Every way a tail may open (alternations, optional など, spaces, full-width spaces, line breaks, 旨, との, という), and
# what may follow: the gates must pass each tail any pattern they guard reads
_OPENINGS = ("と", "など", "などと", "などと、", "と、", "とも", "との", "という", "などという", "といった", "とする", "とした",
             "など、", "旨を", "旨", "旨、", " と", "\u3000と", "   などと", " など、", "\nと", "\nなどと", "\n旨を", "\n", "の", "を",
             "（", "、", "なんて", "とか、", "や", "")
_TAILS = ("報じた韓国紙は、", "語る中田は、", "語る鈴木監督だった。", "識者の見方を紹介した。", "発言があった。", "書簡が届いた。",
          "言葉を引用し、", "韓国側の警備体制を批判した。", "同情の声が相次いだ。", "疑問が噴出した。", "強い不快感を示した。",
          "陳謝した。", "中国側に申し入れた。", "批判の声も多かった。")


def test_no_tail_a_guarded_pattern_reads_is_passed_over_by_its_gate():
    from core.claims import own_predicate as own

    quote = "「対話を続けたい」"
    end = len(quote)
    for opening in _OPENINGS:
        for tail in _TAILS:
            text = quote + opening + tail
            readers = (voices._SPEAKER_AFTER, voices._VIEW_OF, voices._WRITING_OF, voices._SPEAKER_CLOSES,
                       voices._MESSAGE_AFTER, voices._PERSON_DESCRIBED, voices._POSITION, voices._CITED)
            if any(pattern.match(text, end, len(text) + 1) for pattern in readers):
                assert text.startswith(voices._TOLD_AFTER, end), text
            if voices._VOICE.match(text, end, len(text)):
                assert voices._NOUN_OF_VOICE.search(text, end, len(text)), text
            at = own.after_line_break(text, end, len(text))
            if own._PREDICATE.match(text, at) or own._LISTED_PREDICATE.match(text, end):
                assert text.startswith(own._OPENS, at), text


def test_speakers_after_a_quote_in_each_form_and_its_rarer_openings():
    assert _holder("「日本は謝罪すべきだ」と報じた韓国紙は、さらに批判を強めた。") == "韓国紙"
    assert _holder("「日本は謝罪すべきだ」などと報じた韓国紙は、さらに批判を強めた。") == "韓国紙"
    assert _holder("「交渉は続けたい」とのラブロフ外相の発言が伝えられた。") == "ラブロフ外相"
    assert _holder("「交渉は続けたい」などというラブロフ外相の発言が伝えられた。") == "ラブロフ外相"
    assert _holder("「首相の判断は早すぎた」などと、識者の見方を紹介した。") == "識者"
    assert _holder("「まだ終わっていない」などと語った鈴木監督だった。") == "鈴木監督"
    assert _holder("大西氏から取締役会にて「責任は私にある」と認める発言があった。") == "大西氏"  # the one it came from
    described = "「今は答えられない」などと語る中田は、表情を曇らせた。"  # a person the verb describes
    at = described.index("中田")
    [(_, _, cue, _, _, told)] = speaker_after(described, 0, len(described), [Mention(at, at + 2, "中田", "PERSON", source=None)])
    assert (cue, described[slice(*told.holder)]) == ("語る", "中田")


def test_a_quote_followed_by_anything_else_is_not_matched_for_a_speaker_after_it(monkeypatch):
    calls: list = []
    for name in ("_SPEAKER_AFTER", "_VIEW_OF", "_WRITING_OF", "_SPEAKER_CLOSES", "_MESSAGE_AFTER", "_PERSON_DESCRIBED"):
        monkeypatch.setattr(voices, name, _Counted(getattr(voices, name), calls))
    text = "「日本は謝罪すべきだ」の見出しで韓国紙が報じ、「反日」を掲げる団体が集会を開いた。"
    assert speaker_after(text, 0, len(text)) == [] and calls == []
    said = "「日本は謝罪すべきだ」と報じた韓国紙は、さらに批判を強めた。"
    assert speaker_after(said, 0, len(said)) and calls  # a quote closed by と is read as before


def _voiced(text: str) -> list:
    return [(text[start:end], cue) for start, end, cue, *_ in voices.voices(text, 0, len(text))]


def test_voices_in_each_form_and_their_rarer_nouns():
    # a noun of voice the sentence-wide search must find: one read only before its verb (疑問が噴出), a rare one (賛辞)
    assert _voiced("ネット上では「説明が足りない」などと疑問が噴出した。") == [("「説明が足りない」", "疑問が噴出")]
    assert _voiced("ネット上では「説明が足りない」「納得できない」と賛辞も多かった。") == [
        ("「説明が足りない」「納得できない」", "賛辞も多か")]
    assert _voiced("ファンからは「かわいそう」と同情の声が相次いだ。") == [("「かわいそう」", "同情の声が相次")]
    # no noun of voice: the readings that open with と or など (a position, words cited)
    assert _voiced("首相は「備えあれば憂いなし」という言葉を引用し、対策を急ぐ考えを示した。") == [("「備えあれば憂いなし」", "引用し")]
    assert _voiced("「警備が甘い」「責任者は誰だ」などと、韓国側の警備体制を批判した。") == [("「警備が甘い」「責任者は誰だ」", "批判")]


def test_a_sentence_with_no_noun_of_voice_is_not_matched_for_voices(monkeypatch):
    calls: list = []
    monkeypatch.setattr(voices, "_VOICE", _Counted(voices._VOICE, calls))
    for text in ("首相は「対話を続けたい」と述べ、「制裁は続ける」と強調した。", "「説明が足りない」の一文が添えられていた。"):
        assert voices.voices(text, 0, len(text)) == []
    assert calls == []
    heard = "ファンからは「かわいそう」と同情の声が相次いだ。"
    voices.voices(heard, 0, len(heard))
    assert calls  # a sentence with one is read as before


def test_a_quote_and_its_topic_s_own_predicate_after_each_opening():
    from core.claims.own_predicate import own_predicate

    def read(text: str):
        return own_predicate(text, 0, text.index("「"), text.index("」") + 1, [])

    assert read("外務省は「誠に遺憾である」旨を中国側に申し入れた。") == ("中国側に申し入れた", (0, 4))  # 旨: the rarest
    assert read("外務省幹部は「到底容認できない」など、強い不快感を示した。") == ("強い不快感を示した", (0, 6))
    assert read("菅官房長官は「大変申し訳ない」などと頭を下げた。") == ("頭を下げた", (0, 6))
    for text in ("菅官房長官は「大変申し訳ない」と陳謝した。", "菅官房長官は「大変申し訳ない」　と陳謝した。",
                 "菅官房長官は「大変申し訳ない」\nと陳謝した。"):  # past spaces or a line break
        assert read(text) == ("陳謝した", (0, 6)), text
    assert read("菅官房長官は「大変申し訳ない」の一言で済ませた。") is None


def test_a_quote_followed_by_neither_is_read_no_further_for_its_own_predicate(monkeypatch):
    from core.claims import own_predicate as module

    calls: list = []
    monkeypatch.setattr(module, "_PREDICATE", _Counted(module._PREDICATE, calls))
    monkeypatch.setattr(module, "line_start", lambda *args: calls.append("line_start") or 0)
    text = "菅官房長官は「大変申し訳ない」の一言で済ませた。"
    assert module.own_predicate(text, 0, 6, 15, []) is None and calls == []
    said = "菅官房長官は「大変申し訳ない」と陳謝した。"
    assert module.own_predicate(said, 0, 6, 15, []) is not None and calls


def _direct(text: str) -> list:
    from core.claims.quotes import direct
    return [(text[start:end], cue) for start, end, cue, *_ in direct(text, 0, len(text))]


def test_a_quote_is_told_from_a_name_by_a_hiragana_read_once_at_either_end_of_its_words():
    assert _direct("政府は3日間を「哀悼日」とし、半旗を掲げた。") == []  # a name given
    assert _direct("野党はこの法案を「違憲だ」として批判した。") == [("「違憲だ」", "して")]  # its last letter a hiragana
    assert _direct("委員会は「起訴相当」と議決したことを明らかにした。") == []  # a term in a clause told
    assert _direct("委員会は「すぐ起訴」と議決したことを明らかにした。") == [("「すぐ起訴」", "明らかにした")]  # its first
    assert _direct("彼は「ノリック」として知られた。") == [] and _direct("「馬関駅」(ばかんえき)として開業した。") == []
    assert _direct("「もう限界だ」というのは、結婚5年目の美紀さん（29歳）。") == [("「もう限界だ」", "いう")]


def test_each_quote_is_searched_for_a_hiragana_once(monkeypatch):
    from core.claims import quotes as module

    searched: list = []
    has_kana = module.has_kana

    def counted(*args, **kwargs):
        searched.append(args[1:])
        return has_kana(*args, **kwargs)

    monkeypatch.setattr(module, "has_kana", counted)
    text = "外相は「哀悼日」を設けたうえで、「対話は続けたい」と述べ、「譲歩はしない」と強調した。"
    assert [cue for _, cue in _direct(text)] == ["述べ", "強調した"]
    assert len(searched) == 3  # one for each of the three quotes, whatever the rules ask of it


def test_a_quote_carried_into_the_next_sentence_s_verb_only_when_that_sentence_opens_with_a_quote(monkeypatch):
    from core.claims import quote_neighbours as module

    text = "首相は記者団に「対話は続けたい」。\n「制裁は解除しない」と述べた。"
    first = text.index("\n") + 1
    assert module.continued(text, 0, first, first, len(text)) == [(7, 16, "述べた", "direct", None)]
    read: list = []
    monkeypatch.setattr(module, "quotes", lambda *args: read.append(args[1:]) or ())
    other = "首相は記者団に「対話は続けたい」。\n外相は制裁は解除しないと述べた。"
    assert module.continued(other, 0, first, first, len(other)) == [] and read == []  # the quote is not read at all
