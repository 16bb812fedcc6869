"""A full table of per-word answers keeps those of its most used words, at most its bound's KEPT_SHARE."""

from collections import Counter

from core.nlp.most_used import KEPT_SHARE, thin


def test_thinning_keeps_the_most_used_keys_answers_and_counts_afresh():
    table = {word: word.upper() for word in ("the", "of", "summit", "minister", "talks", "visit")}
    uses = Counter(["the"] * 9 + ["of"] * 7 + ["summit"] * 2 + ["minister", "talks", "visit", "gone"])
    thin(table, uses, 5)  # keeps int(5 * 0.4) = 2
    assert KEPT_SHARE == 0.4
    assert table == {"the": "THE", "of": "OF"}
    assert not uses


def test_a_key_counted_but_no_longer_in_the_table_is_not_kept_nor_asked_for():
    class Answers(dict):
        def __missing__(self, key):
            raise AssertionError(f"asked for {key}")

    table = Answers(summit="SUMMIT")
    thin(table, Counter(["gone"] * 5 + ["summit"]), 10)
    assert table == {"summit": "SUMMIT"}
    thin(table, Counter(), 10)
    assert table == {}
