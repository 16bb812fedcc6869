"""A quote told as what someone was asked or told by another (「…」と、A氏に訊かれたBは「…」): A holds it, not B whose
answer follows (sentences written for the project)."""

from tests.core.claim_helpers import candidates, holder_of


def _held(text):
    return [(c.text, holder_of(c)) for c in candidates(text)]


def test_the_one_who_asks_holds_the_question_not_the_one_who_answers():
    text = "「最近の調子はどうですか」と、司会の田中氏に聞かれた山田選手は、「悪くないです」と答えた。"
    assert _held(text) == [("「最近の調子はどうですか」", "田中"), ("「悪くないです」", "山田")]


def test_people_by_their_trade_hold_what_they_asked_not_where_they_asked_it():
    text = "「いつ引退するのか」と、会見で記者に問われた山田選手は、「まだ先です」と答えた。"
    assert _held(text) == [("「いつ引退するのか」", "記者"), ("「まだ先です」", "山田")]


def test_a_pronoun_as_the_one_who_asks_leaves_the_quote_as_read():
    text = "「最近の調子はどうですか」と彼に聞かれた山田選手は、「悪くないです」と答えた。"
    assert all(holder != "彼" for _, holder in _held(text))
