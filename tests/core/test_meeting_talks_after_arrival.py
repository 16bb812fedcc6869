"""Talks told after an arrival (北京入りした, ワシントンに到着した) take their sides from the visit it opens, as talks
after a word of a visit (訪中した, 中国を訪問した) do (sentences written for Kaidan in the style of Japanese news)."""

from datetime import date

import pytest

from tests.core.meeting_helpers import proposals_in, sorted_names

DAY = date(2018, 5, 10)


def _talks(text):
    return [sorted_names(p) for p in proposals_in(text, DAY) if p.kind == "talks"]


@pytest.mark.parametrize("arrived", ["北京入りした", "北京に到着した"])
def test_a_partner_met_alone_after_an_arrival_meets_the_traveller(arrived):
    text = f"ロシアのプーチン大統領は10日、{arrived}。\n胡錦濤国家主席との会談では、エネルギー協力が話し合われた。"
    assert _talks(text) == [["プーチン", "胡錦濤"]]


def test_the_travellers_talks_alone_after_an_arrival_are_held_with_the_host():
    text = "福田首相は10日、ワシントンに到着した。\n11日にはホワイトハウスでの首脳会談に臨む。"
    assert _talks(text) == [["福田", "米国"]]


def test_someone_elses_talks_with_the_host_take_no_traveller():
    text = ("ロシアのプーチン大統領は10日、北京入りした。\n"
            "一方、米国のブッシュ大統領は胡錦濤国家主席との会談で、人権問題を取り上げた。")
    assert _talks(text) == [["ブッシュ", "胡錦濤"]]


def test_two_who_arrived_leave_the_partner_alone():
    # (which one met is not said)
    text = "ロシアのプーチン大統領と中国の胡錦濤国家主席は10日、北京入りした。\n温家宝首相との会談では、エネルギー協力が話し合われた。"
    assert all("プーチン" not in sides for sides in _talks(text))


def test_a_partner_of_the_travellers_own_country_takes_no_traveller():
    text = "ロシアのプーチン大統領は10日、北京に到着した。\nラブロフ外相との会談では、日程が話し合われた。"
    assert all("プーチン" not in sides for sides in _talks(text))


def test_a_traveller_kaidan_does_not_know_is_of_the_country_written_with_them():
    # (the traveller's country is not the partner's: the visitor is across the table)
    text = ("パキスタンのムシャラフ大統領は10日、中国を訪問した。\n大統領は北京で記者団に対し、テロ対策の重要性を強調した。\n"
            "胡錦濤国家主席との会談では、原子力協力が取り上げられた。")
    assert _talks(text) == [["ムシャラフ", "胡錦濤"]]


def test_a_traveller_of_no_country_written_or_known_is_left_out():
    # (a traveller whose country is not told may be of the partner's own: a minister back home)
    text = ("ムシャラフ大統領は10日、中国を訪問した。\n大統領は北京で記者団に対し、テロ対策の重要性を強調した。\n"
            "胡錦濤国家主席との会談では、原子力協力が取り上げられた。")
    assert all("ムシャラフ" not in sides for sides in _talks(text))


def test_a_cabinet_minister_of_no_country_met_after_a_visit_to_japan_meets_the_traveller():
    # (a Japanese report writes Japan's ministers with no country)
    text = ("中国の李肇星外相が10日、来日した。\n外相の来日は2年ぶり。\n日中関係は靖国問題で冷え込んでいる。\n"
            "町村外相との会談では、東シナ海のガス田問題が話し合われた。")
    assert _talks(text) == [["李肇星", "町村"]]


def test_an_official_of_no_state_met_after_a_visit_to_japan_takes_no_traveller():
    # (a secretary-general or a chairman is no office of Japan's: where they serve is not said)
    for partner in ("アナン事務総長", "アッバス議長"):
        text = f"中国の李肇星外相が10日、来日した。\n外相の来日は2年ぶり。\n{partner}との会談では、和平が話し合われた。"
        assert all("李肇星" not in sides for sides in _talks(text))


@pytest.mark.parametrize("visitor", ["中国の李肇星外相", "パキスタンのカスリ外相"])
def test_the_hosts_cabinet_minister_of_no_country_meets_the_visitor(visitor):
    # (talks of the host's side alone, right after a visit to Japan: a Japanese report writes Japan's minister bare)
    text = f"{visitor}が10日、来日した。\n町村外相は11日、外務省で会談した。"
    assert _talks(text) == [sorted(["町村", visitor[visitor.index("の") + 1 : -2]])]


@pytest.mark.parametrize("side", ["山田社長", "中国の王毅外相"])
def test_a_side_of_no_cabinet_or_of_another_country_takes_no_visitor(side):
    text = f"パキスタンのカスリ外相が10日、来日した。\n{side}は11日、都内で会談した。"
    assert all("カスリ" not in sides for sides in _talks(text))
