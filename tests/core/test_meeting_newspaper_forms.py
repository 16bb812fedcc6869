"""Forms newspapers write a meeting's sides in: a summit named by its two countries after both leaders were named
(the people, not the countries), a dinner given for a guest named after the meal (a meeting of host and guest), and a
bare title the subject receives or dines with in the sentence of the talks (the person named before with it)."""

from datetime import date

from tests.core.meeting_helpers import meetings_in, sorted_names


def _talks(text, reference=None):
    return [sorted_names(m) for m in meetings_in(text, reference) if m.kind == "talks"]


def _ids(text, reference=None, word=None):
    return [sorted(p.entity_id or p.name for p in m.participants)
            for m in meetings_in(text, reference) if m.kind == "talks" and word in (None, m.text)]


def test_a_summit_named_by_its_countries_after_both_leaders_were_named_is_of_the_leaders():
    text = ("英国のメイ首相が30日、政府専用機で来日した。安倍晋三首相と京都で茶会に臨んだ。\n"
            "翌31日には東京で日英首脳会談が開かれる。")
    assert ["person:shinzo-abe", "person:theresa-may"] in _ids(text, date(2017, 8, 30))


def test_a_foreign_ministers_meeting_named_by_its_countries_is_of_the_two_ministers():
    text = "王毅外相は24日、北京に戻った。岩屋毅外相は25日に北京入りした。\n同日午後に日中外相会談が開かれる。"
    assert ["person:takeshi-iwaya", "person:wang-yi"] in _ids(text, date(2024, 12, 24))


def test_two_heads_of_one_country_named_leave_the_countries():
    text = ("中国の胡錦濤国家主席と温家宝首相は5日、北京で演説した。福田康夫首相は6日に訪中する。\n"
            "7日に日中首脳会談が行われる。")
    assert ["country:CN", "country:JP"] in _ids(text, date(2008, 5, 1))


def test_a_former_holder_is_no_side_of_the_summit():
    text = "英国のメイ元首相が30日、来日した。安倍晋三首相と会食した。\n31日には日英首脳会談が開かれる。"
    assert _ids(text, date(2017, 8, 30), "首脳会談") == [["country:GB", "country:JP"]]


def test_a_dinner_the_host_invites_a_guest_to_is_a_meeting_of_both():
    text = "胡錦濤国家主席は6日、羽田空港に到着した。福田康夫首相は同日夜、都内の料亭での夕食会に胡主席を招いた。"
    assert ["person:hu-jintao", "person:yasuo-fukuda"] in _ids(text, date(2008, 5, 6))


def test_a_dinner_given_with_no_guest_named_tells_no_meeting():
    text = "福田康夫首相は6日夜、都内で晩餐会を開催した。"
    assert _talks(text, date(2008, 5, 6)) == []


def test_a_bare_title_the_subject_receives_is_the_other_side_of_the_summit():
    text = "プーチン大統領は15日、長門市に到着した。\n安倍首相は同日夕、市内の旅館で大統領を出迎え、首脳会談に臨んだ。"
    assert ["person:shinzo-abe", "person:vladimir-putin"] in _ids(text, date(2016, 12, 15), "首脳会談")


def test_a_bare_title_talked_of_is_no_side():
    # (a president of another state named before is the summit's side as the counterpart of its level,
    # tests/core/test_meeting_counterpart.py; a minister of another state talked of is no side of a summit)
    text = "ラブロフ外相は15日、長門市に到着した。\n安倍首相は同日夕、外相の発言を批判し、市内の旅館で首脳会談に臨んだ。"
    assert not any("ラブロフ" in side or "lavrov" in side for s in _ids(text, date(2016, 12, 15), "首脳会談") for side in s)


def test_a_line_naming_an_administration_keeps_the_subject_carried():
    text = ("ヒラリー・クリントン米国務長官は16日夜、日本に到着した。\n同長官は17日午前に中曽根弘文外相と会談。\n"
            "オバマ政権高官として初めて拉致被害者の家族とも面会する。\n夜には民主党の小沢一郎代表と会談する。")
    assert ["found:PERSON:小沢一郎", "person:hillary-clinton"] in _ids(text, date(2009, 2, 16))


def test_a_line_naming_another_person_still_ends_the_subject_carried():
    text = ("ヒラリー・クリントン米国務長官は16日夜、日本に到着した。\n同長官は17日午前に中曽根弘文外相と会談。\n"
            "オバマ大統領も拉致被害者の家族と面会する。\n夜には民主党の小沢一郎代表と会談する。")
    assert ["found:PERSON:小沢一郎", "person:hillary-clinton"] not in _ids(text, date(2009, 2, 16))
