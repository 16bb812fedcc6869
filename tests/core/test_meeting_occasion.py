"""Words that say which occasion a meeting word tells keep it from joining another meeting of the same sides:
the point a span starts from (…して以来), this occasion (今回の会談) and a meeting held in person (対面で)."""

from datetime import date

from core.meetings.mention import MeetingMention
from core.meetings.occasion import read_occasion
from tests.core.meeting_helpers import proposals_in
from tests.core.test_meeting_identity_across import records

DAY = date(2025, 9, 23)
TALKS = "茂木外相は22日、ジュネーブで中国の王毅外相と会談した。"


def _words(proposal):
    return [m.text for m in proposal.mentions]


def test_a_meeting_a_span_starts_from_is_an_earlier_one():
    proposals = proposals_in(TALKS + "日中外相が会うのは、立ち話をして以来となる。", DAY)
    talks = next(p for p in proposals if "会談" in _words(p))
    assert "立ち話" not in _words(talks)


def test_the_meeting_reported_is_still_told_again_in_a_span():
    # 外相会談は…以来2年ぶり: the talks reported, measured from an earlier meeting, are still those talks
    proposals = proposals_in(TALKS + "日中の外相会談は、上川外相が王毅外相と会談して以来2年ぶり。", DAY)
    assert _words(proposals[0]) == ["会談", "外相会談"]


def test_this_occasion_is_no_meeting_only_proposed():
    proposals = proposals_in(TALKS + "首相は習近平国家主席との首脳会談の早期実現を求めており、今回の会談でもその"
                             "意向を伝えたとみられる。", DAY)
    proposed = next(p for p in proposals if p.status == "proposed")
    assert len(proposed.mentions) == 1


def test_talks_held_in_person_are_no_call_of_the_same_sides():
    text = "茂木外相はラブロフ外相と電話で会談した。両外相は夏以降2度電話で協議しているが、対面で会談するのはまだ先になる。"
    call = next(p for p in proposals_in(text, DAY) if p.kind == "phone_call")
    assert all(not m.in_person for m in call.mentions)
    assert len(call.mentions) == 2


def test_the_words_read_around_a_meeting_word():
    def read(text, word):
        start = text.index(word)
        mention = MeetingMention(start, start + len(word), word, "talks", "held", (0, len(text)))
        read_occasion(text, mention)
        return mention.since_point, mention.this_time, mention.in_person

    assert read("両氏が会談して以来だ。", "会談") == (True, False, False)
    assert read("前回の会談以来だ。", "会談") == (True, False, False)
    assert read("今回の会談では", "会談") == (False, True, False)
    assert read("対面での会談は", "会談") == (False, False, True)
    assert read("首脳会談に続いて夕食会が開かれた。", "首脳会談") == (False, False, False)  # follows the meeting told


def test_the_day_a_span_starts_from_dates_no_meeting_told():
    # 訪ロするのは2019年6月以来: the day of an earlier visit, not of the talks of the 13th told again
    text = "茂木外相は13日、モスクワでラブロフ外相と会談する。日本の外相が外相会談のために訪ロするのは2019年6月以来だ。"
    proposals = proposals_in(text, date(2025, 1, 10))
    assert all(not (p.start or "").startswith("2019") for p in proposals)
    assert _words(proposals[0]) == ["会談", "外相会談"]
    assert proposals_in("2019年6月以来の日ロ外相会談が13日、モスクワで開かれた。", date(2025, 1, 10))[0].start != "2019-06"


def test_the_day_and_place_of_another_meeting_word_after_it_are_not_its_own():
    # 会談では、10月10日に東京で首脳会談を開くほか、ジュネーブで開かれる…首脳会議でも: the summits planned, not the talks held
    text = ("首相は2日、モスクワでプーチン大統領と会談した。会談では、10月10日に東京で首脳会談を開くほか、"
            "11月にジュネーブで開かれる国連の首脳会議でも日ロ首脳会談を行うことで一致した。")
    proposals = proposals_in(text, date(2016, 9, 3))
    held = next(p for p in proposals if p.status == "held")
    assert _words(held) == ["会談", "会談"]
    assert all(len(p.mentions) == 1 for p in proposals if p is not held)


def test_a_trip_s_talks_told_in_one_sentence_leave_a_later_summit_word_to_neither():
    # 10日にA氏と、11日にB氏とそれぞれ会談した。首脳会談では: the day carried is the sentence's last, not evidence of B
    text = ("石破首相は東南アジア歴訪中で、10日にベトナムのチン首相と、11日にインドネシアのプラボウォ大統領とそれぞれ"
            "会談した。首脳会談では、南シナ海情勢について意見を交わした。")
    talks = [p for p in proposals_in(text, date(2025, 1, 12)) if p.kind == "talks"]
    assert len(talks) == 2 and all(_words(p) == ["会談"] for p in talks)


def test_two_outlets_measuring_from_an_earlier_meeting_tell_one_meeting_and_keep_the_earlier_apart():
    earlier = {"reference_date": "2019-06-11", "body": "河野太郎外相は10日、ソウルで韓国の康京和外相と会談した。"}
    one = {"reference_date": "2025-01-14", "body": "岩屋毅外相は13日、ソウルで韓国の趙兌烈外相と会談した。"
           "日本の外相が日韓外相会談のためにソウルを訪れるのは2019年6月以来だ。"}
    two = {"reference_date": "2025-01-14", "body": "岩屋毅外相は13日、ソウルで趙兌烈外相と会談した。日韓外相会談は2019年6月以来。"}
    found = records({"earlier": earlier, "one": one, "two": two})
    talks = [articles for sides, articles in found if "person:cho-tae-yul" in sides]
    assert talks == [["one", "two"]]
    assert [articles for sides, articles in found if "person:taro-kono" in sides] == [["earlier"]]
    assert all(articles != ["two"] for _, articles in found)  # no record of its own for the talks told again
