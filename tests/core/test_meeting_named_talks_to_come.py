"""Talks still to come on a day of their own, after one pair was told meeting: a bare word or one that says only the
level (首脳会談は21日に, 党首会談は) is that pair's next meeting; one a glued noun names by its matter or its own sides
(6者協議は, 中東和平交渉は, 労使交渉は) is other talks, and takes nobody from the pair."""

from datetime import date

from tests.core.meeting_helpers import proposals_in, sorted_names

DAY = date(2010, 5, 20)


def _talks(text):
    return [(p.status, sorted_names(p)) for p in proposals_in(text, DAY) if p.kind == "talks"]


def test_talks_a_glued_noun_names_by_their_matter_take_nobody_from_the_pair_before():
    held = ("held", ["胡錦濤", "鳩山"])
    assert _talks("鳩山首相は19日、胡錦濤国家主席と会談した。6者協議は21日に再開される見通しだ。") == [held]
    assert _talks("鳩山首相は19日、胡錦濤国家主席と会談した。中東和平交渉は21日に再開される見通しだ。") == [held]
    assert _talks("鳩山首相は19日、胡錦濤国家主席と会談した。労使交渉は21日に行われる。") == [held]


def test_a_bare_word_or_one_that_names_the_level_is_the_pairs_next_meeting():
    met = "鳩山首相は19日、胡錦濤国家主席と夕食を共にした。"
    next_talks = ("scheduled", ["胡錦濤", "鳩山"])
    assert _talks(met + "首脳会談は21日に行われる。")[1:] == [next_talks]
    assert _talks(met + "会談は21日に行われる。")[1:] == [next_talks]
    assert _talks("岡田外相は19日、クリントン国務長官と夕食を共にした。外相会談は21日に行われる。")[1:] \
        == [("scheduled", ["クリントン", "岡田"])]


def test_a_word_telling_only_the_talks_form_or_round_is_the_pairs_next_meeting():
    met = "鳩山首相は19日、胡錦濤国家主席と夕食を共にした。"
    next_talks = ("scheduled", ["胡錦濤", "鳩山"])
    for word in ("非公式会談", "直接会談", "単独会談", "再会談", "本会談"):
        assert _talks(met + word + "は21日に行われる。")[1:] == [next_talks], word
