"""Holders written as no name, read from the sentences before across line breaks: a sentence ended by 。 and a
line break is one sentence, as one ended by 。 alone (core.claims.shares)."""

from tests.core.claim_helpers import candidates, holder_of


def test_he_reaches_two_sentences_back_across_line_breaks():
    text = "その男は警察に連行された。\n現場は騒然となった。\n彼は「何もしていない」と述べた。"
    [c] = candidates(text)
    assert holder_of(c) == "男"


def test_the_people_asked_in_the_line_before_are_read_without_the_line_break():
    text = "調査は全国で行われた。\n20代の男性500人に聞いたところ、74.1%が「結婚したい」と答えた。"
    [c] = candidates(text)
    assert holder_of(c) == "20代の男性"
