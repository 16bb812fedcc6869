"""Names a meeting's clause holds that take no part in it: who tells of talks a pair held, a body in a side's
title, the person a side's relation is named by, who speaks of someone's visit; and the people who stand for
a meeting told by its countries (南北首脳会談で、AとBは)."""

from tests.core.meeting_helpers import meetings_in, sorted_sides


def test_a_spokesman_telling_of_a_pairs_talks_is_no_side():
    text = ("中国外交部の毛寧報道官は18日の定例会見で、この日行われた劉勁松アジア局長と、日本外務省の金井正彰"
            "アジア大洋州局長との協議の結果を伝えた。")
    [sides] = sorted_sides(text)
    assert "毛寧" not in sides and "金井正彰" in sides and len(sides) == 2


def test_an_envoy_speaking_of_the_leaders_summit_is_no_side():
    text = ("ユン・ドクミン駐日大使は9日、先月末に米ニューヨークで行われたユン・ソクヨル大統領と岸田文雄首相による"
            "日韓首脳会談をきっかけに「関係が改善している」と述べた。")
    assert sorted_sides(text) == [["ユン・ソクヨル", "岸田文雄"]]


def test_the_subject_meeting_a_pair_keeps_its_place():
    text = "安倍首相は10日、バイデン大統領と尹大統領との3カ国首脳会談に臨んだ。"
    assert any("安倍" in sides for sides in sorted_sides(text))


def test_a_list_ending_in_the_pair_is_whole():
    text = "報道によると、朝日新聞、テレビ朝日と陸連の3者協議の上、大会を開かないことが決まった。"
    assert ["テレビ朝日", "朝日新聞", "陸連"] in sorted_sides(text)


def test_a_party_in_a_leaders_title_is_no_second_side():
    text = "安倍首相は、北朝鮮の金正恩(キム・ジョンウン)朝鮮労働党委員長と会談した。"
    assert sorted_sides(text) == [["安倍", "金正恩"]]


def test_the_person_named_by_a_relation_is_the_side():
    text = ("北朝鮮の金正恩(キムジョンウン)・朝鮮労働党委員長の最側近、金英哲(キムヨンチョル)党副委員長が"
            "米ワシントンを訪問し、米高官らと会談した。")
    people = {p.name for m in meetings_in(text) for p in m.participants}
    assert "金英哲" in people and "金正恩" not in people


def test_who_speaks_of_someones_visit_is_no_side_of_it():
    text = ("北朝鮮の金英哲(キムヨンチョル)党副委員長が近く訪米する。河野太郎外相は17日、ポンペオ国務長官と電話で"
            "協議した。日米外相は金英哲氏の訪米についても意見交換した。")
    visit = [m for m in meetings_in(text) if m.text == "訪米"][-1]
    assert sorted(p.name for p in visit.participants) == ["米", "金英哲"]


def test_the_two_leaders_after_a_summit_told_by_its_countries_are_its_sides():
    text = "南北首脳会談で、文在寅大統領と金正恩委員長は板門店宣言に署名した。"
    summit = next(m for m in meetings_in(text) if m.text == "首脳会談")
    assert sorted(p.name for p in summit.participants) == ["文在寅", "金正恩"]


def test_two_of_one_side_after_it_leave_the_countries():
    text = "日韓首脳会談では、岸田首相と林外相が出席した。"
    summit = next(m for m in meetings_in(text) if m.text == "首脳会談")
    assert sorted(p.entity_id for p in summit.participants) == ["country:JP", "country:KR"]


def test_a_leader_of_a_third_country_speaking_of_a_pairs_summit_is_no_side():
    text = "習主席は、日朝首脳会談を目指す安倍総理の考えを金委員長に伝えた。"
    summit = next(m for m in meetings_in(text) if m.text == "首脳会談")
    assert sorted(p.entity_id for p in summit.participants) == ["country:JP", "country:KP"]


def test_a_person_of_one_of_the_pairs_countries_keeps_their_place():
    text = "ブリンケン国務長官は林外相と日米外相会談を行った。"
    assert sorted_sides(text) == [["ブリンケン", "林"]]


def test_a_ministry_in_a_title_and_as_the_building_is_no_side():
    text = ("【ソウル聯合ニュース】韓国の康京和(カン・ギョンファ)外交部長官と日本の河野太郎外相が11日午前、"
            "ソウル・外交部庁舎で会談し、関心事について意見交換する。")
    assert sorted_sides(text)[0] == ["康京和", "河野太郎"]
