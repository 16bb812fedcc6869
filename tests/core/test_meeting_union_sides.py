"""Talks named by the union the sides work out (合併協議, 統合交渉), told with no side: the parties told before."""

from tests.core.meeting_helpers import sides_in as _sides

_MERGER = ("毎日新聞によると、石油元売り最大手・新日本石油(新日石)は3月18日、九州石油(九石本社:東京都)を10月に"
           "吸収・合併する方針を決めた。")


def test_the_parties_of_the_merger_told_before_are_the_sides_of_its_talks():
    text = _MERGER + "球場の命名権はその後の対応を合併協議の中で決めるとしている。"
    assert _sides(text) == [["新日本石油", "九州石油"]]


def test_a_pair_joined_by_no_to_the_union_word_is_read_too():
    text = ("日本経済新聞によると、トヨタ自動車と日産自動車の経営統合が検討されている。"
            "細部は今後の統合交渉で詰めるという。")
    assert ["トヨタ自動車", "日産自動車"] in _sides(text)


def test_another_union_told_before_gives_no_sides():
    text = _MERGER + "球場の命名権はその後の対応を買収交渉の中で決めるとしている。"
    assert all(sides != ["新日本石油", "九州石油"] for sides in _sides(text))


def test_a_clause_naming_its_own_side_keeps_it():
    text = _MERGER + "九州石油は合併協議で命名権の扱いを決める。"
    assert all("新日本石油" not in sides for sides in _sides(text))
