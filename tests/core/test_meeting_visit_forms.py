"""Visits and the talks they hold, as newspapers write them: the visitor a present-tense relative clause describes
(日本を訪れているモディ首相を出迎えました), a city written after its country with a middle dot (アメリカ・ワシントンを
訪問), the body or person a visit calls on met in talks, and 両首脳 standing for two heads one of whom the paper titles
総理大臣."""

from tests.core.meeting_helpers import meetings_in, told_in


def _roles(meeting):
    return sorted((p.name, p.role) for p in meeting.participants)


def test_the_one_a_present_tense_visit_describes_is_the_visitor_not_the_sentence_subject():
    text = "安倍総理大臣は、28日昼すぎ、日本を訪れているインドのモディ首相を、山中湖の湖畔にあるホテルで出迎えました。"
    visit = next(m for m in meetings_in(text) if m.kind == "visit")
    assert _roles(visit) == [("モディ", "visitor"), ("日本", "host")]


def test_a_city_after_its_country_and_a_middle_dot_is_where_one_visit_goes():
    text = "アメリカ・ワシントンを訪問している石破総理大臣が6日、ホワイトハウスでトランプ大統領と首脳会談を行った。"
    assert told_in(text)[0] == ("visit", ["アメリカ", "石破"])


def test_two_countries_joined_by_a_middle_dot_are_still_two_destinations():
    text = "岸田首相は6日、ベトナム・タイを訪問した。"
    assert told_in(text) == [("trip", ["タイ", "ベトナム", "岸田"])]


def test_talks_of_a_visitor_alone_are_held_with_the_body_the_visit_calls_on():
    text = "ソフトバンクの孫正義社長は5日、ヤフーを訪問し、提携について協議した。"
    assert ("talks", ["ヤフー", "孫正義"]) in told_in(text)
    text = "橋下徹知事は5日、国土交通省を訪れた。\n知事は、空港の運営について協議した。"
    assert ("talks", ["国土交通省", "橋下徹"]) in told_in(text)


def test_talks_of_a_visitor_to_a_country_still_take_the_country():
    text = "麻生外相は5日、ロシアを訪問し、会談した。"
    assert ("talks", ["ロシア", "麻生"]) in told_in(text)


def test_both_heads_are_the_two_heads_named_before_one_titled_prime_minister_in_full():
    text = ("安倍総理大臣は28日、日本を訪れているインドのモディ首相をホテルで出迎えました。\n"
            "この後、両首脳は、ホテル内で昼食を取りながら会談しました。")
    assert ("talks", ["モディ", "安倍"]) in told_in(text)


def test_a_deputy_prime_minister_is_no_head_both_heads_count():
    text = ("麻生副総理大臣は28日、記者会見を開いた。インドのモディ首相は同日、来日した。\n"
            "この後、両首脳は、ホテル内で昼食を取りながら会談しました。")
    assert ("talks", ["モディ", "麻生"]) not in told_in(text)


def test_a_visit_naming_only_where_it_goes_takes_the_subject_of_the_sentence_before():
    text = "岸田文雄首相は8日夕、羽田空港から出発した。14日までの予定で、日本の首相としては9年ぶりに米国を訪問する。"
    assert told_in(text) == [("visit", ["岸田文雄", "米国"])]


def test_a_visit_with_a_subject_of_its_own_takes_no_one_carried():
    # a title the tagger reads as no person, and a name it misses, marked by が and も: the clause's own subjects
    for text in ("岩屋外相は5日、趙兌烈外相と会談した。日本の外務大臣が韓国を訪問するのは7年ぶり。",
                 "滝崎成樹局長は5日、記者会見した。李度勲本部長も訪米する。"):
        assert all("岩屋" not in sides and "滝崎成樹" not in sides for kind, sides in told_in(text) if kind == "visit")


def test_a_visit_home_is_not_carried():
    text = "岸田文雄首相は8日、ワシントンでバイデン大統領と会談した。9日に日本に到着する予定で、日本を訪問する。"
    assert ("visit", ["岸田文雄", "日本"]) not in told_in(text)


def test_talks_a_line_opens_on_after_a_visit_to_a_body_are_held_with_that_body():
    text = "ソフトバンクの孫正義社長は5日、ヤフーを訪れた。\n会談では、提携の可能性について話し合った。"
    assert ("talks", ["ヤフー", "孫正義"]) in told_in(text)


def test_a_visit_told_by_the_travellers_title_alone_is_the_one_named_before_with_it():
    for text in ("安倍首相は27日、習近平国家主席と会談した。\n中国の国家主席の来日は9年ぶりです。",
                 "安倍首相は27日、習近平国家主席と会談した。\n中国国家主席の来日は9年ぶりです。",
                 "安倍首相は27日、来日した習近平国家主席と会談した。\n国家主席の来日は9年ぶりです。"):
        assert ("visit", ["日本", "習近平"]) in told_in(text)
        assert ("visit", ["安倍", "日本"]) not in told_in(text)


def test_a_visit_again_is_another_visit_unless_the_article_speaks_of_this_one():
    text = "安倍首相は27日、来日した習近平国家主席と会談した。首相は来春に国賓として再来日するよう求めた。"
    assert [kind for kind, _ in told_in(text)].count("visit") == 2
    text = "小泉首相は北朝鮮を再訪問し、金正日総書記と会談した。首相は「今回の再訪朝が転機となる」と述べた。"
    assert [kind for kind, _ in told_in(text)].count("visit") == 1
