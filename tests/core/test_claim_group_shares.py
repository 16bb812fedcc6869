"""A share of a group opening a sentence (一部の議員は, 議員の多くは, 多くの専門家が) holds the claim as the article
writes it: the group's members it counts, never a title stripped to nothing (core.claims.shares)."""

from tests.core.claim_helpers import candidates, holder_of


def test_some_members_quoted_hold_their_words():
    [c] = candidates("ロシア政府は声明を出した。一部の議員は「法案には反対だ」と述べた。")
    assert holder_of(c) == "一部の議員"


def test_most_of_an_office_hold_a_position():
    [c] = candidates("議員の多くは、法案に反対する考えを示した。")
    assert holder_of(c) == "議員の多く"


def test_a_counted_share_of_ministers_holds_what_they_said():
    [c] = candidates("閣僚のうち5人は、改正案に反対していると述べた。")
    assert holder_of(c) == "閣僚のうち5人"

