"""Places that are a side of the meeting their own sentence tells: a prefecture or a city met through its head when the
head is not named (沖縄県知事と会談), and two countries the meeting word names by と and の (米国と北朝鮮の実務者協議),
or by their letters and how many they are (日米韓の3者協議); never a place that is only where it happened, nor a
speaker of a third country (sentences written for Kaidan in the style of Japanese news)."""

from datetime import date

from tests.core.meeting_helpers import meetings_in, sorted_names, told_in

DAY = date(2023, 5, 10)


def _sides(text):
    return [sorted_names(m) for m in meetings_in(text, DAY)]


def test_a_prefecture_met_through_its_unnamed_head_is_a_side():
    assert _sides("沖縄県知事は10日、岸田首相と会談した。") == [["岸田", "沖縄県"]]
    assert _sides("岸田首相は10日、沖縄県知事と会談した。") == [["岸田", "沖縄県"]]
    assert _sides("大阪府の知事は10日、岸田首相と会談した。") == [["大阪府", "岸田"]]


def test_a_city_or_territory_written_by_its_name_alone_before_its_unnamed_head_is_a_side():
    # a foreign city's mayor glued to its bare name, a territory's chief executive after の
    assert _sides("小池知事は10日、ソウル市長と会談した。") == [["ソウル", "小池"]]
    assert _sides("小池知事は10日、ニューヨーク市長と会談した。") == [["ニューヨーク", "小池"]]
    assert _sides("李強首相は10日、香港の行政長官と会談した。") == [["李強", "香港"]]
    # the head named after the office stands for the city
    assert _sides("小池知事は10日、ソウル市長の呉世勲氏と会談した。") == [["呉世勲", "小池"]]


def test_a_place_after_the_mark_of_a_former_or_next_head_is_no_side():
    # 元ソウル市長と: the former mayor meets for nobody's city; 前大阪府知事と, 次期ニューヨーク市長と likewise
    assert _sides("小池知事は10日、元ソウル市長と会談した。") == [["小池"]]
    assert _sides("岸田首相は10日、前大阪府知事と会談した。") == [["岸田"]]
    assert _sides("小池知事は10日、次期ニューヨーク市長と会談した。") == [["小池"]]
    assert _sides("岸田首相は10日、元香港行政長官と会談した。") == [["岸田"]]
    # (the head of now, the city's own name glued or after の, still stands for it)
    assert _sides("小池知事は10日、現ソウル市長と会談した。") == [["ソウル", "小池"]]
    assert _sides("岸田首相は10日、大阪府知事と会談した。") == [["大阪府", "岸田"]]


def test_a_place_with_its_head_named_or_only_where_people_met_is_no_side():
    # the governor named stands for the prefecture
    assert _sides("沖縄県の玉城デニー知事は10日、岸田首相と会談した。") == [["岸田", "玉城デニー"]]
    assert _sides("沖縄県知事の玉城デニー氏は10日、岸田首相と会談した。") == [["岸田", "玉城デニー"]]
    assert _sides("岸田首相は10日、広島市で松井市長と会談した。") == [["岸田", "松井"]]
    # a local government that tells of talks its head held is no side of them
    assert _sides("東京都は10日、小池百合子知事が岸田首相と会談したと発表した。") == [["小池百合子", "岸田"]]


def test_two_countries_the_word_names_are_its_sides_not_a_speaker_of_a_third():
    text = "菅義偉官房長官は7日午前の記者会見で、米国と北朝鮮の5日の実務者協議の報告を受けると述べた。"
    assert _sides(text) == [["北朝鮮", "米国"]]
    assert _sides("岸田首相は10日、米国と中国の首脳会談を歓迎した。") == [["中国", "米国"]]
    # the subject of one of the two countries is their side
    assert _sides("岸田首相は10日、日本と中国の首脳会談に臨んだ。") == [["岸田"]]


def test_countries_listed_by_middots_glued_to_the_word_are_all_its_sides():
    assert _sides("イスラエル・パレスチナ首脳会談は10日に行われた。") == [["イスラエル", "パレスチナ"]]
    assert _sides("ロシア・ウクライナ首脳会談が10日、イスタンブールで開かれた。") == [["ウクライナ", "ロシア"]]
    # (a country before a city is where the city is, not a side)
    assert _sides("岸田首相は10日、インド・ムンバイでモディ首相と会談した。") == [["モディ", "岸田"]]


def test_a_compound_of_letters_counted_names_its_countries():
    assert _sides("日米韓の3者協議を10日に開く予定だ。") == [["日", "米", "韓"]]
    assert _sides("日米韓3者協議を10日に開く予定だ。") == [["日", "米", "韓"]]
    # the person of one country stands in its place
    assert told_in("安倍首相は10日、日米韓の3者協議に臨んだ。", date(2019, 5, 10)) == [("talks", ["安倍", "米", "韓"])]


def test_the_state_joined_to_a_local_government_by_the_word_is_a_side():
    # 国 written alone in Japanese news is the Japanese state, also as the second of a pair glued to the word
    [m] = meetings_in("沖縄県と国の協議が10日、行われた。", DAY)
    assert sorted(p.entity_id for p in m.participants) == ["country:JP", "loc:okinawa"]
    [m] = meetings_in("国と沖縄県の協議が10日、行われた。", DAY)
    assert sorted(p.entity_id for p in m.participants) == ["country:JP", "loc:okinawa"]
    # a pair of names an entity holds stays as it was read
    assert _sides("沖縄県と防衛省の協議が10日、行われた。") == [["沖縄県", "防衛省"]]
