"""Meetings told by a reception or a meal, and sides written as a country pair or a country joined to a body
(sentences written for Kaidan in the style of Japanese news)."""

from datetime import date

from tests.core.meeting_helpers import proposals_in, told_in


def told(text):
    return told_in(text, date(2006, 10, 16))


def test_a_courtesy_call_received_and_a_meal_together_are_talks_of_both():
    assert told("小泉首相は15日、官邸でブッシュ大統領の表敬を受けた。") == [("talks", ["ブッシュ", "小泉"])]
    assert told("プーチン大統領は15日夜、ブッシュ大統領と夕食を共にした。") == [("talks", ["ブッシュ", "プーチン"])]
    # a meal with nobody named across the table is no meeting of sides
    assert told("選手たちは15日夜、夕食を共にした。") == []


def test_a_country_pair_as_the_subject_is_both_countries():
    [(kind, sides)] = told("米朝は15日、ジュネーブで協議した。")
    assert kind == "talks" and len(sides) == 2
    # a day and a morning, the Chunichi and the daytime are no pairs
    assert told("8日朝は、協議が行われなかった。") == []


def test_a_country_joined_to_a_body_is_a_side_with_it():
    assert told("イランと欧州連合の核協議が15日、ウィーンで開かれた。") == [("talks", ["イラン", "欧州連合"])]


def test_the_person_who_came_visits_the_one_who_receives_them():
    [visit, talks] = proposals_in("胡錦濤国家主席は15日、来訪した安倍首相と北京で会談した。", date(2006, 10, 16))
    assert visit.kind == "visit" and [(p.name, p.role) for p in visit.participants] == [
        ("安倍", "visitor"), ("胡錦濤", "host")]
    assert talks.kind == "talks" and {p.name for p in talks.participants} == {"安倍", "胡錦濤"}


def test_a_photo_caption_names_the_people_after_the_meeting_word():
    caption = "会談する岸田首相(右)と中国の習近平国家主席=15日、北京(共同)"
    [talks] = proposals_in(caption, date(2023, 1, 16))
    assert talks.start == "2023-01-15" and {p.name for p in talks.participants} == {"岸田", "習近平"}
    # 会談に臨む, 会談を前に: the picture shows the meeting taking place, not one to come
    [talks] = proposals_in("会談を前に握手を交わす岸田首相(右)とバイデン大統領=15日午後、ホワイトハウス", date(2023, 1, 16))
    assert talks.status == "held" and {p.name for p in talks.participants} == {"岸田", "バイデン"}
    # a sentence's own subject is not overruled by people named later in it
    [talks] = proposals_in("岸田首相は15日、バイデン大統領と会談した後、習近平国家主席と電話で話した。", date(2023, 1, 16))[:1]
    assert {p.name for p in talks.participants} == {"岸田", "バイデン"}


def test_a_line_opened_by_its_day_goes_on_with_the_subject_of_the_line_before():
    text = "安倍首相は15日、ベトナムでグエン・スアン・フック首相と会談した。\n16日にはインドネシアでジョコ大統領と会談した。"
    first, second = proposals_in(text, date(2016, 11, 20))
    assert second.start == "2016-11-16" and {p.name for p in second.participants} == {"安倍", "ジョコ"}
    # a line with its own subject keeps it
    text = "安倍首相は15日、ベトナムでグエン・スアン・フック首相と会談した。\nジョコ大統領は16日、インドネシアで記者会見した。"
    assert len(proposals_in(text, date(2016, 11, 20))) == 1
