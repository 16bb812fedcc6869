"""The ministers' two plus two (日米2プラス2, 日豪「2プラス2」, 外務・防衛担当閣僚協議(2+2), 日米安全保障協議委員会): talks
of the two countries at the ministerial level, each side's ministers where the sentence names them; a sum written
with the same digits (2+2=4, 2プラス2で4) and a football score (2-2) are none."""

from datetime import date

from tests.core.meeting_helpers import meetings_in

DAY = date(2023, 1, 12)


def _read(text):
    return [(m.kind, m.level, [p.entity_id for p in m.participants]) for m in meetings_in(text, DAY)]


def test_the_word_after_the_countries_letters_is_talks_of_those_countries_at_the_ministerial_level():
    assert _read("日米2プラス2が11日、ワシントンで開かれた。") == [("talks", "cabinet", ["country:JP", "country:US"])]
    assert _read("日豪「2プラス2」が東京で開かれた。") == [("talks", "cabinet", ["country:JP", "country:AU"])]


def test_the_formal_name_is_talks_of_two_not_a_meeting_of_many():
    assert _read("日米安全保障協議委員会が11日開かれた。") == [("talks", "cabinet", ["country:JP", "country:US"])]


def test_each_sides_two_ministers_stand_for_their_countries():
    text = "米国のブリンケン国務長官、オースティン国防長官は林外相、浜田防衛相と日米2プラス2を開いた。"
    assert _read(text) == [("talks", "cabinet", ["person:antony-blinken", "person:lloyd-austin",
                                                 "person:yoshimasa-hayashi", "person:yasukazu-hamada"])]


def test_the_word_in_brackets_names_the_meeting_word_before_it_no_second_meeting():
    assert _read("日米両政府は11日、ワシントンで外務・防衛担当閣僚協議（2プラス2）を開いた。") \
        == [("talks", "cabinet", ["country:JP", "country:US"])]
    assert _read("日米安全保障協議委員会（2プラス2）が11日、ワシントンで開かれた。") \
        == [("talks", "cabinet", ["country:JP", "country:US"])]


def test_a_meeting_word_glossed_in_brackets_is_read_by_what_follows_the_gloss():
    assert _read("日米両国は、来年早期に外務・防衛閣僚会合(2プラス2)を開く意向を表明した。") \
        == [("talks", "cabinet", ["country:JP", "country:US"])]


def test_sums_and_scores_are_no_meeting():
    assert _read("2+2=4であることは子どもでも知っている。") == []
    assert _read("2プラス2で4になる。") == []
    assert _read("試合は2-2の引き分けに終わった。") == []
    assert _read("12+2は14だ。") == []
