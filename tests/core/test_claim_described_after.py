"""A quote whose predicate describes the person named right after it, told by what they did in saying it
(core.claims.own_predicate, core.claims.said_forms): 「…」と気を引き締める宮里は、…, 「…」と笑顔を見せるモデルの
田中花子さん。, 「…」と感想を漏らしたカメラマンの宮澤正明氏。 — the one named said it, with what they are (モデルの)
between the verb and the name; words said to them (と言われた田中さんは) are not theirs."""

from tests.core.claim_helpers import candidates, holder_of


def _held(text, opening):
    return [holder_of(c) for c in candidates(text) if c.text.startswith(opening)]


def test_the_person_a_verb_of_speech_describes_after_what_they_are_said_it():
    text = "「まさかスマートフォンで、本が作れると思っていなかった」と感想を漏らしたカメラマンの宮澤正明氏。"
    assert _held(text, "「まさか") == ["宮澤正明"]
    # words said to the one named are not theirs
    assert _held("「早く結婚しなさい」と母親に言われたモデルの田中花子さんは、苦笑いを浮かべた。", "「早く") == []


def test_the_person_any_predicate_describes_said_it():
    closing = "「写真を撮られるのが大好きなんです」と笑顔を見せるモデルの田中花子さん。"
    topic = "「まだシーズンの途中ですから、気を抜けません」と気を引き締める宮里藍は、今季すでに4勝を挙げている。"
    assert _held(closing, "「写真を") == ["田中花子"]
    assert _held(topic, "「まだ") == ["宮里藍"]

