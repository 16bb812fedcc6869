"""A sentence that introduces the quote after it ends on a verb of speech, inflected, and 。: that ending is looked
for first (most sentences lack it), so every sentence the full reading accepts must still pass it."""

from core.claims.introduced import introduced


def _introduced(text):
    end = text.index("。") + 1
    return [(text[a:b], cue, text[gap[0]:gap[1]] if gap else None) for a, b, cue, _, gap in introduced(text, 0, end)]


def test_the_longest_verb_with_the_longest_inflection_still_introduces():
    text = "野田首相は記者団にこう警鐘を鳴らしていたのだった。\n「このままでは財政がもたない」"
    assert _introduced(text) == [("「このままでは財政がもたない」", "警鐘を鳴らしていたのだった", "野田首相は")]


def test_a_time_and_a_connective_before_the_speaker_and_a_pointing_word():
    text = "2月5日、取材に対し、同社の広報担当者は次のように説明した。\n「まだ決まっていません」\n「検討中です」"
    assert [quote for quote, _, _ in _introduced(text)] == ["「まだ決まっていません」", "「検討中です」"]
    text = "会見の後、繰り返しこう言ってのけた。「辞めるつもりはない」"  # no speaker named: the pointing word
    assert _introduced(text) == [("「辞めるつもりはない」", "言ってのけた", None)]


def test_a_sentence_ending_on_no_verb_of_speech_introduces_nothing():
    assert _introduced("同社の広報担当者は発表の内容を修正した。\n「まだ決まっていません」") == []
    # more inflection than a verb of speech takes: the sentence is about the speaking, not introducing a quote
    assert _introduced("同社の広報担当者はそう話していたのだそうである。\n「まだ決まっていません」") == []
