"""The meeting cue sample (bench/sample_meeting_cues.py): which sentences it draws, what it marks, how it scores."""

from __future__ import annotations

from bench.sample_meeting_cues import draw, proposed_in, proposed_kinds, summary, why_not
from core.dates import reference_date
from core.nlp.entities import detect
from core.registry import bundled_registry

TALKS = ("岸田文雄首相は10日、首相官邸で韓国の尹錫悦大統領と会談した。\n両氏は北朝鮮問題で連携を確認した。\n"
         "松野博一官房長官は同日の記者会見で「意義深い」と述べた。\n")
SPORT = "巨人の原辰徳監督は10日、都内で記者会見を開いた。\n"  # no state's office named: never drawn


def test_two_parts_are_seeded_apart_and_hold_only_cue_sentences_of_public_affairs():
    pool = [("talks", TALKS, "2023-03-16"), ("sport", SPORT, "2023-03-16")]
    first, second = draw(pool, 1, 1, 1), draw(pool, 1, 1, 2)
    assert first == draw(pool, 1, 1, 1)
    assert {key for key, _, _ in first + second} == {"talks"}
    assert len(first) == len(second) == 1 and first != second
    # 両氏は…連携を確認した holds no cue: the two parts are the meeting's line and the press conference's
    assert {TALKS[s:e][:4] for _, s, e in first + second} == {"岸田文雄", "松野博一"}


def test_the_meeting_sentence_is_marked_proposed_and_the_press_conference_is_told_why_not():
    registry = bundled_registry()
    found = detect(TALKS, registry, reference_date("2023-03-16", None))
    plans = {"talks": proposed_kinds(TALKS, found, "2023-03-16", registry)}
    talks_end = TALKS.index("\n") + 1
    press = TALKS.index("松野")
    assert proposed_in(plans, "talks", 0, talks_end) == ["talks"]
    assert proposed_in(plans, "talks", press, len(TALKS)) == []
    assert why_not(TALKS, found, "2023-03-16", registry, press, len(TALKS)).startswith("dropped word_not_a_meeting:")
    sample = [("talks", 0, talks_end), ("talks", press, len(TALKS))]
    judged = {("talks", 0): True, ("talks", press): False}
    assert summary(sample, plans, judged) == ("judged 2 of 2; meetings told 1, proposed there 1 (recall 1.00); "
                                              "sentences proposed 1, telling a meeting 1 (precision 1.00)")
