"""A participant's office read whole (外交通商相, not 通商相) places the person at a meeting of foreign
ministers and gives a person nobody lists a country; a call told in a quote's first person, the paper
naming the speaker in brackets (私(重野氏)からも), has the speaker as its other side."""

import datetime

from tests.core.meeting_helpers import proposals_in

REPORT = datetime.date(2006, 6, 10)


def _sides(text):
    return [(p.kind, sorted((x.entity_id or x.name, x.office) for x in p.participants))
            for p in proposals_in(text, REPORT)]


def test_a_foreign_minister_under_a_compound_office_holds_the_meetings_office():
    assert _sides("日韓外相会談で、麻生外相は潘基文外交通商相と竹島周辺の調査について協議した。") == [
        ("talks", [("person:ban-ki-moon", "外交通商相"), ("person:taro-aso", "外相")])]
    assert _sides("日米外相会談で、麻生外相はライス国務長官と北朝鮮問題を話し合った。") == [
        ("talks", [("person:condoleezza-rice", "国務長官"), ("person:taro-aso", "外相")])]


def test_a_person_nobody_lists_takes_the_country_of_their_office():
    # (the country's office alone had stood for the partner: country:KR)
    assert _sides("日韓外相会談で、麻生外相はキム・ヨンス外交通商相に抗議した。") == [
        ("talks", [("found:PERSON:キム・ヨンス", "外交通商相"), ("person:taro-aso", "外相")])]


def test_a_deputy_keeps_the_deputys_office():
    sides = _sides("日米首脳会談で、小泉首相はチェイニー副大統領と会談した。")
    assert ("found:PERSON:チェイニー", "副大統領") in sides[0][1]


def test_the_first_person_named_in_brackets_after_a_call_is_its_other_side():
    for text in ("重野幹事長は「小沢幹事長から電話があり、私(重野氏)からも協力をお願いした」と語った。",
                 "小沢幹事長から電話があり、私(重野氏)からも協力をお願いしたと話した。"):
        assert _sides(text) == [("phone_call", [("found:PERSON:小沢", "幹事長"), ("found:PERSON:重野", None)])]


def test_a_first_person_with_no_name_or_no_meeting_adds_nobody():
    assert _sides("小沢幹事長から電話があり、私からも協力をお願いしたと話した。") == [
        ("phone_call", [("found:PERSON:小沢", "幹事長")])]
    assert _sides("木村氏は「私(木村氏)自身は事件に一切関与していない」と述べた。") == []


def test_both_foreign_ministers_counts_one_under_a_compound_office():
    text = "麻生外相と潘基文外交通商相は9日、ソウルに着いた。両外相は10日、会談した。"
    assert _sides(text) == [("talks", [("person:ban-ki-moon", None), ("person:taro-aso", None)])]


def test_who_spoke_first_at_a_meeting_told_by_its_countries_sits_for_their_country():
    # 首脳会談の冒頭、A首相はB大統領(の来日)を歓迎した: the one who opens it and the one welcomed are its sides
    for text in ("日米首脳会談の冒頭、小泉首相はブッシュ大統領の来日を歓迎した。",
                 "9日の日米首脳会談の冒頭、小泉首相はブッシュ大統領を歓迎した。"):
        assert _sides(text) == [("talks", [("person:george-w-bush", None), ("person:junichiro-koizumi", None)])]
    # the partner named, the one who spoke first is the other side
    assert _sides("ブッシュ大統領との首脳会談の冒頭、小泉首相は「ようこそ」と述べた。") == [
        ("talks", [("person:george-w-bush", "大統領"), ("person:junichiro-koizumi", None)])]
    # one welcomed who is of neither country named is no side
    assert _sides("日米首脳会談の冒頭、小泉首相はプーチン大統領の来日を歓迎した。") == [
        ("talks", [("country:US", None), ("person:junichiro-koizumi", None)])]


def test_who_spoke_first_in_the_sentence_after_a_meeting_told_by_its_countries_sits_for_them():
    assert _sides("日米首脳会談が9日行われた。会談の冒頭、小泉首相はブッシュ大統領の来日を歓迎した。") == [
        ("talks", [("person:george-w-bush", None), ("person:junichiro-koizumi", None)])]
    assert _sides("日中外相会談が9日行われた。会談の冒頭、麻生外相は李肇星外相に抗議した。") == [
        ("talks", [("person:li-zhaoxing", None), ("person:taro-aso", None)])]
    # the opening of another event is not the meeting's
    assert _sides("日米首脳会談が9日行われた。国連総会の冒頭、小泉首相は演説した。") == [
        ("talks", [("country:JP", None), ("country:US", None)])]


def test_names_listed_before_a_shared_title_each_hold_it():
    assert _sides("ブッシュ、プーチン両大統領は9日、モスクワで会談した。") == [
        ("talks", [("person:george-w-bush", "大統領"), ("person:vladimir-putin", "大統領")])]
