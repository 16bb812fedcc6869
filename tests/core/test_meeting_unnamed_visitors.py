"""A visit whose traveller is a country's office-holder left unnamed (中国の首相が来日した, ブータン国王が来日, 来日中の
韓国の外相と, インドネシアの大統領夫妻が) is the visit of that country, not a visit with no side; a pair of countries as the
subject of a signing (日米両政府は…署名した) signs together."""

from tests.core.meeting_helpers import sorted_sides as _sides


def test_an_unnamed_office_holder_as_the_subject_brings_the_country_to_japan():
    assert _sides("中国の首相が10日、来日した。") == [["中国", "日本"]]
    assert _sides("ブータン国王が16日、来日した。") == [["ブータン", "日本"]]
    assert _sides("韓国の大統領が15日に訪日した。") == [["日本", "韓国"]]
    # (one who speaks of the visit does not travel)
    assert _sides("中国の外相は10日、日本の首相の来日を歓迎した。") == []
    assert _sides("中国の外相は10日、日本の首相の来日について述べた。") == []


def test_an_unnamed_office_holder_visiting_a_country_named_as_the_host():
    assert _sides("中国の首相が10日、日本を訪問した。") == [["中国", "日本"]]


def test_an_unnamed_office_holder_who_speaks_of_anothers_visit_does_not_come():
    # (the official the visit verb takes is the one nearest it; one before is its speaker)
    assert _sides("韓国の外相は10日、米国の大統領が来日したことを歓迎した。") == [["日本", "米国"]]
    assert _sides("韓国の外相は10日、米国の大統領が日本を訪問したことを歓迎した。") == [["日本", "米国"]]


def test_a_royal_or_a_couple_after_the_country_and_its_no():
    assert _sides("サウジアラビアの皇太子が来日した。") == [["サウジアラビア", "日本"]]
    assert _sides("中国の国家主席が来春、国賓として来日する。") == [["中国", "日本"]]
    assert _sides("台湾の総統が来日した。") == [["台湾", "日本"]]
    assert _sides("ブータンの国王夫妻が昨年11月に来日した。") == [["ブータン", "日本"]]
    sides = _sides("インドネシアの大統領夫妻が来日し、天皇陛下と会見した。")
    assert ["インドネシア", "日本"] in sides


def test_the_visitor_a_relative_clause_describes_by_country_and_office():
    sides = _sides("野田首相は10日、来日中の韓国の外相と会談した。")
    assert ["日本", "韓国"] in sides
    sides = _sides("来日したインドの首相は11日、安倍首相と会談した。")
    assert ["インド", "日本"] in sides


def test_two_countries_written_as_a_pair_subject_sign_together():
    # (日米両政府は, 米朝は: the pair of one-letter names as the subject; talks read it so already, a signing now too)
    assert _sides("日米両政府は10日、新たな協定に署名した。") == [["日", "米"]]
    assert _sides("日中両国の外相は10日、協定に調印した。") == [["中", "日"]]
    assert _sides("米朝は15日、合意文書に署名した。") == [["朝", "米"]]
    assert _sides("中日は15日、新人選手と契約を結んだ。") == []
    # (a subject of its own between the pair and the word is the one who signs)
    assert all(sides != ["日", "米"] for sides in _sides("日米両政府は10日、北朝鮮が署名した合意文書を批判した。"))


def test_a_bare_title_with_the_spouse_stands_for_the_one_named_with_that_title_before():
    # (国王夫妻は, 大統領夫妻は: the couple named before, with the spouse after the title)
    text = "ブータンのワンチュク国王夫妻が15日、来日した。国王夫妻は16日、天皇陛下と会見した。"
    assert ["ワンチュク", "天皇陛下"] in _sides(text)
    text = "インドネシアのユドヨノ大統領夫妻が来日した。大統領夫妻は16日、天皇陛下と会見した。"
    assert ["ユドヨノ", "天皇陛下"] in _sides(text)


def test_the_chair_of_a_states_parliament_or_council_comes_for_that_state():
    # (韓国の国会議長と: the chair an official of Korea, who came, not Japan's prime minister the visitor)
    assert _sides("鳩山首相は20日、来日中の韓国の国会議長と会談した。") == [["日本", "韓国"], ["韓国", "鳩山"]]
    assert _sides("インドネシアの国会議長が20日、来日した。") == [["インドネシア", "日本"]]
    assert _sides("キューバの国家評議会議長が20日、来日した。") == [["キューバ", "日本"]]
    # (a chair of no state, a body's or a party's, brings none)
    assert _sides("岡田外相は20日、国連総会の議長と会談した。") == [["岡田"]]
