"""Counted nouns: singular for one, plural otherwise, irregular plurals and thousands."""

from ui.common.words import plural


def test_one_is_singular_and_others_plural():
    assert plural(1, "claim") == "1 claim"
    assert plural(0, "claim") == "0 claims"
    assert plural(2, "holder–target pair") == "2 holder–target pairs"
    assert plural(1204, "entity") == "1,204 entities"
