"""Names a meeting's clause holds that take no part in it: who tells of talks a pair held, a body in a side's
title, the person a side's relation is named by, who speaks of someone's visit, a person of a third country;
and the people who stand for a meeting told by its countries (南北首脳会談で、AとBは)."""

from tests.core.meeting_helpers import meetings_in, sorted_sides


def _sides_of(text, word):
    """The sorted side names of the last mention of word in text."""
    return sorted(p.name for p in [m for m in meetings_in(text) if m.text == word][-1].participants)


def test_a_spokesman_telling_of_a_pairs_talks_is_no_side():
    text = ("国務省のミラー報道官は記者会見で、この日行われたキャンベル国務副長官と、日本外務省の山田重夫外務審議官"
            "との協議の結果を説明した。")
    sides = _sides_of(text, "協議")
    assert "ミラー" not in sides and "キャンベル" in sides and len(sides) == 2


def test_an_envoy_speaking_of_a_summit_held_by_a_pair_is_no_side():
    text = ("エマニュエル駐日大使は、先週ワシントンで開かれたバイデン大統領と尹錫悦大統領による首脳会談を受けて"
            "「同盟は強まった」と語った。")
    assert _sides_of(text, "首脳会談") == ["バイデン", "尹錫悦"]


def test_the_subject_meeting_a_pair_keeps_its_place():
    text = "安倍首相は10日、バイデン大統領と尹大統領との3カ国首脳会談に臨んだ。"
    assert any("安倍" in sides for sides in sorted_sides(text))


def test_a_list_ending_in_the_pair_is_whole():
    text = "松野官房長官は、トヨタ自動車、日産自動車とホンダの3社協議の結果を説明した。"
    sides = _sides_of(text, "協議")
    assert "松野" not in sides and "トヨタ自動車" in sides  # (the first of the list is the pair's too)


def test_a_party_in_a_leaders_title_is_no_second_side():
    text = "プーチン大統領は、北朝鮮の金正恩(キム・ジョンウン)朝鮮労働党総書記と会談した。"
    assert sorted_sides(text) == [["プーチン", "金正恩"]]


def test_the_person_named_by_a_relation_is_the_side():
    text = "中国の習近平国家主席の側近、蔡奇(ツァイ・チー)政治局常務委員が米ワシントンを訪問し、米高官らと会談した。"
    people = {p.name for m in meetings_in(text) for p in m.participants}
    assert "蔡奇" in people and "習近平" not in people


def test_who_speaks_of_someones_visit_is_no_side_of_it():
    text = ("ロシアのラブロフ外相が近く訪朝する。林外相は10日、ブリンケン国務長官と電話で協議した。"
            "日米外相はラブロフ氏の訪朝についても意見を交わした。")
    assert _sides_of(text, "訪朝") == ["ラブロフ", "朝"]


def test_the_two_leaders_after_a_summit_told_by_its_countries_are_its_sides():
    text = "南北首脳会談で、文在寅大統領と金正恩委員長は板門店宣言に署名した。"
    assert _sides_of(text, "首脳会談") == ["文在寅", "金正恩"]


def test_two_of_one_side_after_it_leave_the_countries():
    text = "日韓首脳会談では、岸田首相と林外相が出席した。"
    summit = next(m for m in meetings_in(text) if m.text == "首脳会談")
    assert sorted(p.entity_id for p in summit.participants) == ["country:JP", "country:KR"]


def test_a_leader_of_a_third_country_speaking_of_a_pairs_summit_is_no_side():
    text = "マクロン大統領は、日朝首脳会談に向けた岸田首相の努力を支持すると述べた。"
    summit = next(m for m in meetings_in(text) if m.text == "首脳会談")
    assert sorted(p.entity_id for p in summit.participants) == ["country:JP", "country:KP"]


def test_a_person_of_one_of_the_pairs_countries_keeps_their_place():
    text = "ブリンケン国務長官は林外相と日米外相会談を行った。"
    assert sorted_sides(text) == [["ブリンケン", "林"]]


def test_a_ministry_in_a_title_and_as_the_building_is_no_side():
    text = "【ソウル共同】韓国の朴振(パク・ジン)外交部長官と日本の林芳正外相が18日、ソウルの外交部庁舎で会談した。"
    assert sorted_sides(text)[0] == ["朴振", "林芳正"]
