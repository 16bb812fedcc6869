"""The form of a quote not proposed whose speaker is an entity, in closed classes (core.claims.why_forms,
eval_claims --why): what follows the quote, where its speaker stands, its brackets, length, line, other quotes."""

from core.claims.why_forms import AXES, quote_form
from core.model import Mention


def _form(body, quote, name, title=None):
    start = body.index(quote)
    claim = {"start": start, "end": start + len(quote), "text": quote}
    at = body.index(name)
    mentions = [Mention(at, at + len(name), name, "PERSON", None)]
    return quote_form(body, claim, mentions, lambda m: m.text == name, title)


def test_a_quote_after_its_speaker_and_before_a_verb_of_stress():
    body = "山田太郎外相は記者会見で「対話を続ける」と強調した。"
    form = _form(body, "「対話を続ける」", "山田太郎")
    assert set(form) == set(AXES)
    assert form["after the quote"] == "と + stressed"
    assert form["speaker"] == "its sentence, before the quote"
    assert form["brackets"] == "「」"
    assert form["length"] == "0-9 letters"
    assert form["line"] == "a line of prose"
    assert form["other quotes"] == "alone in its sentence"


def test_a_quote_ending_its_sentence_with_its_speaker_in_the_sentence_before():
    body = "山田太郎外相が会見に臨んだ。「日本は対話の道を閉ざさない。粘り強く交渉していく」。"
    form = _form(body, "「日本は対話の道を閉ざさない。粘り強く交渉していく」", "山田太郎")
    assert form["after the quote"] == "nothing, the sentence ends"
    assert form["speaker"] == "the previous sentence"
    assert form["length"] == "10-29 letters"


def test_a_line_opening_with_the_speaker_and_a_list_line():
    body = "各国の反応は次の通り。\n・山田太郎外相「遺憾だ」\n・鈴木花子議員：「歓迎する」"
    assert _form(body, "「遺憾だ」", "山田太郎")["speaker"] == "a line opening X「 or X："
    form = _form(body, "「歓迎する」", "鈴木花子")
    assert form["speaker"] == "a line opening X「 or X："
    assert form["line"] == "a list line"
    assert form["after the quote"] == "nothing, the sentence ends"


def test_other_brackets_a_noun_after_と_and_a_second_quote():
    body = "『平和は守られるべきだ』との見解を山田太郎外相は示し、「協議を急ぐ」とも述べた。"
    form = _form(body, "『平和は守られるべきだ』", "山田太郎")
    assert form["brackets"] == "『』"
    assert form["after the quote"] == "との or という + a noun (との見解を示した)"
    assert form["speaker"] == "its sentence, after the quote"
    assert form["other quotes"] == "another quote in its sentence"


def test_a_quote_before_a_comma_or_の_and_one_said_with_とした():
    body = "山田太郎外相は「遺憾だ」、「容認できない」の二語で応じ、「交渉は続ける」とした。"
    assert _form(body, "「遺憾だ」", "山田太郎")["after the quote"] == "a comma"
    assert _form(body, "「容認できない」", "山田太郎")["after the quote"] == "」の"
    assert _form(body, "「交渉は続ける」", "山田太郎")["after the quote"] == "と + する (とした, として, としている)"


def test_a_noun_with_を_after_と_and_a_word_right_after_the_quote():
    body = "山田太郎外相は「受け入れられない」と難色を示した。「交渉は続ける」外相は続けた。"
    assert _form(body, "「受け入れられない」", "山田太郎")["after the quote"] == "と + a noun + を (と難色を示した)"
    assert _form(body, "「交渉は続ける」", "山田太郎")["after the quote"] == "a word, no particle (」外相は)"


def test_a_quote_before_a_call_is_asked_one_before_promoting_is_not():
    body = "山田太郎外相は「早く戻れ」と促した。山田太郎外相は「協力を深める」と促進策を発表した。"
    assert _form(body, "「早く戻れ」", "山田太郎")["after the quote"] == "と + asked"
    assert _form(body, "「協力を深める」", "山田太郎")["after the quote"] != "と + asked"
