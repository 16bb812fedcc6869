"""A sentence that is only a quote, its speaker in the next one: after a dash (「…」――。X外相はこう述べた。) or with no
こう, the next sentence only who, when, where and a verb of speech (「…」。X長官が記者団に語った。)."""

from tests.core.claim_helpers import candidates_on, holder_of


def _said(text):
    return [(c.text, holder_of(c), c.attribution) for c in candidates_on(text, "2019-06-01")]


def test_a_quote_closed_by_a_dash_then_who_said_it_so():
    assert _said("「北朝鮮の挑発は断じて容認できない」――。岸田外相は11日、こう述べた。") == [
        ("「北朝鮮の挑発は断じて容認できない」", "岸田文雄", "direct")]


def test_the_next_sentence_only_the_speaker_and_a_verb_of_speech():
    assert _said("「対話の扉は開かれている」。ポンペオ国務長官が記者団に語った。") == [
        ("「対話の扉は開かれている」", "ポンペオ", "direct")]
    assert _said("「対話の扉は開かれている」。ポンペオ国務長官は11日、ワシントンで記者団に対して述べた。")[0][1] == "ポンペオ"
    # a verb with an object of its own tells something else: the quote stays unclaimed
    assert [s for s in _said("「対話の扉は開かれている」。ポンペオ国務長官は訪問の成果を語った。") if s[2] == "direct"] == []
