"""A bare 会談 (会談では, 今回の会談) joins the meeting told before it only on evidence: no other meeting
told in between, even one Kaidan keeps no proposal of, and no place of its own that differs."""

from datetime import date

from tests.core.meeting_helpers import proposals_in


def _talks(text, day):
    return [p for p in proposals_in(text, day) if p.kind == "talks"]


def test_a_bare_meeting_word_joins_the_talks_just_told():
    text = "麻生外相は13日、北京で李肇星外相と会談した。会談では東シナ海のガス田問題について話し合った。"
    talks = _talks(text, date(2006, 5, 14))
    assert len(talks) == 1 and len(talks[0].mentions) == 2


def test_a_trips_second_talk_takes_the_bare_word_not_the_first():
    text = ("麻生外相は13日、北京で李肇星外相と会談した。"
            "麻生外相は14日、上海に移り、同市の幹部と会談した。"
            "会談では経済協力について意見を交わした。")
    first, second = sorted(_talks(text, date(2006, 5, 15)), key=lambda p: p.start)
    assert len(first.mentions) == 1 and len(second.mentions) == 2


def test_a_central_bank_meeting_told_in_between_takes_the_bare_word():
    text = ("ベッセント財務長官は13日、加藤財務相と会談した。"
            "日本銀行は14日の金融政策決定会合で利上げを決めた。"
            "会合では物価の見通しが議論された。")
    talks = _talks(text, date(2025, 3, 15))
    assert all(len(p.mentions) == 1 for p in talks)
    assert not any(m.joined_by == "refers back" for p in talks for m in p.mentions)


def test_a_bare_meeting_word_in_another_country_is_another_meeting():
    text = ("麻生外相は13日、北京で李肇星外相と会談した。"
            "ニューヨークでの会談では国連改革について話し合った。")
    talks = _talks(text, date(2006, 5, 14))
    assert [len(p.mentions) for p in talks if p.place == "loc:beijing"] == [1]


def test_a_bare_meeting_word_in_the_same_city_still_joins():
    text = ("麻生外相は13日、北京で李肇星外相と会談した。"
            "北京での会談では東シナ海のガス田問題について話し合った。")
    talks = _talks(text, date(2006, 5, 14))
    assert len(talks) == 1 and len(talks[0].mentions) == 2


def test_the_persons_last_meeting_is_not_one_in_another_country():
    # 岩屋氏は会談後 joins Iwaya's talks told before; 北京での会談 after talks in Washington is another
    text = ("岩屋毅外相は21日、ワシントンでルビオ国務長官と会談した。"
            "岩屋氏はその後、北京での会談で台湾問題に触れた。")
    talks = _talks(text, date(2025, 1, 22))
    assert [len(p.mentions) for p in talks if p.place == "loc:washington"] == [1]
    assert any(p.place == "loc:beijing" for p in talks)


def test_a_bare_meeting_word_told_in_the_past_is_not_the_meeting_still_planned():
    text = ("トランプ大統領と習近平国家主席は30日に会談する予定だ。"
            "今回の会談では農産物の購入拡大が中心的な議題となった。")
    [planned] = _talks(text, date(2025, 10, 27))
    assert planned.status == "scheduled" and len(planned.mentions) == 1


def test_a_bare_meeting_word_of_the_plan_still_joins_it():
    text = ("トランプ大統領と習近平国家主席は30日に会談する予定だ。"
            "会談では農産物の購入拡大が議題となる見通しだ。")
    [planned] = _talks(text, date(2025, 10, 27))
    assert len(planned.mentions) == 2
