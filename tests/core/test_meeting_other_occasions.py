"""A meeting word whose clause tells another occasion than the meeting told before keeps apart from it, though its
sides are the same and a bare 会談 joined that meeting in between: an earlier meeting (前回の会談で, 3年前の会談),
one at another place as well (ソウルでも会談した, 就任直後にも会談している), or the same sides in another city
or country (東京 / ソウルで会談した)."""

from datetime import date

from core.meetings.mention import MeetingMention
from core.meetings.occasion import read_occasion
from core.meetings.plan import plan_meetings
from core.nlp.entities import detect
from tests.core.meeting_helpers import REGISTRY, proposals_in

DAY = date(2025, 12, 11)
TALKS = "石破茂首相は10日、首相官邸で韓国の李在明大統領と会談した。同会談では北朝鮮問題で連携することを確認した。"


def _tellings(text):
    return [[(m.text, m.joined_by) for m in p.mentions] for p in proposals_in(text, DAY)]


def test_an_earlier_meeting_of_the_same_sides_is_not_the_one_told():
    proposals = proposals_in(TALKS + "石破首相と李大統領は、前回の会談で拉致問題を協議した。", DAY)
    talks, earlier = proposals
    assert [m.joined_by for m in talks.mentions] == [None, "refers back"]
    assert len(earlier.mentions) == 1
    assert earlier.start is None  # neither the day carried from before nor the report's days date it


def test_a_meeting_told_as_of_before_is_not_the_one_told():
    tellings = _tellings(TALKS + "石破首相と李大統領は、以前の首脳会談でも同じ問題を話し合った。")
    assert tellings[0] == [("会談", None), ("会談", "refers back")]
    assert len(tellings) == 2


def test_a_meeting_told_as_held_elsewhere_as_well_is_another():
    tellings = _tellings(TALKS + "石破首相と李大統領は、ソウルでも会談した。")
    assert tellings == [[("会談", None), ("会談", "refers back")], [("会談", None)]]


def test_the_same_sides_in_another_country_meet_again():
    text = "石破茂首相は10日、東京で韓国の李在明大統領と会談した。同会談では北朝鮮問題で連携することを確認した。" \
           "石破首相と李大統領は、ソウルで会談した。"
    proposals = proposals_in(text, DAY)
    assert [p.place for p in proposals] == ["loc:tokyo", "loc:seoul"]


def test_the_partner_met_again_in_another_country_is_another_meeting():
    text = "石破茂首相は10日、東京で韓国の李在明大統領と会談した。石破首相と李大統領はソウルで会談した。"
    assert [len(p.mentions) for p in proposals_in(text, DAY)] == [1, 1]


def test_the_meeting_told_again_by_its_sides_still_joins():
    # the same sides in the same city, with nothing of another occasion: the talks told before
    text = "石破茂首相は10日、東京で韓国の李在明大統領と会談した。同会談では北朝鮮問題で連携することを確認した。" \
           "石破首相と李大統領の会談は東京で約1時間行われた。"
    assert len(_tellings(text)) == 1


def test_the_words_of_another_occasion():
    def read(text, word, status="held"):
        start = text.index(word)
        mention = MeetingMention(start, start + len(word), word, "talks", status, (0, len(text)))
        read_occasion(text, mention)
        return mention.another_occasion, mention.earlier_occasion

    assert read("両首脳は前回の会談で", "会談") == (True, True)
    assert read("両首脳は以前の首脳会談で", "首脳会談") == (True, True)
    assert read("両氏は10年前の会談で", "会談") == (True, True)
    assert read("両首脳はソウルでも会談した。", "会談") == (True, False)
    assert read("両首脳は就任直後にも会談している。", "会談") == (True, False)
    assert read("両首脳は来月にも会談する。", "会談", "scheduled") == (False, False)  # a plan's earliest day
    assert read("首相は李大統領とも会談した。", "会談") == (False, False)  # another partner, not occasion
    assert read("それでも会談は行われた。", "会談") == (False, False)  # but
    assert read("両首脳は今回の会談で", "会談") == (False, False)


UNDATED = "石破茂首相は韓国の李在明大統領と会談した。この会談で両首脳は北朝鮮問題で連携することを確認した。"


def test_a_plan_told_after_the_meeting_held_is_their_next_meeting():
    # the meeting held has no day of its own: a day planned merely fits it, no evidence it is that meeting
    for plan in ("石破首相と李大統領は11日に首脳会談を行う予定だ。", "石破首相と李大統領は首脳会談を年内に行う予定だ。"):
        proposals = proposals_in(UNDATED + plan, DAY)
        assert [(p.status, len(p.mentions)) for p in proposals] == [("held", 2), ("scheduled", 1)]


def test_the_plan_the_meeting_held_kept_still_joins_it():
    # 当初…予定だった: the meeting held, as it was first planned; one day told for both
    for plan in ("石破首相と李大統領の首脳会談は当初、9日に行われる予定だった。",):
        assert len(proposals_in(UNDATED + plan, DAY)) == 1
    dated = "石破茂首相は10日、韓国の李在明大統領と会談した。この会談で両首脳は北朝鮮問題で連携することを確認した。"
    assert len(proposals_in(dated + "石破首相と李大統領の首脳会談は10日午後に行われる予定だった。", DAY)) == 1


def test_a_meal_and_the_talks_of_the_same_sides_are_two_events():
    dinner_first = "石破茂首相は李在明大統領と夕食会を開いた。この席で両首脳は北朝鮮問題で連携することを確認した。" \
                   "石破首相と李大統領は首脳会談を行った。"
    assert [[m.text for m in p.mentions] for p in proposals_in(dinner_first, DAY)] == [["夕食会"], ["首脳会談"]]
    talks_first = UNDATED + "石破首相と李大統領はその後、夕食会に臨んだ。"
    assert [[m.text for m in p.mentions] for p in proposals_in(talks_first, DAY)] == [["会談", "会談"], ["夕食会"]]


def test_a_meeting_told_first_as_one_of_the_past_takes_no_later_meeting():
    # the undated meeting of the past, a bare word referring back to it, then the sides' talks of the 10th
    text = "石破首相はかつて李大統領と会談したことがある。その会談では関係改善で一致した。" \
           "石破首相と李大統領は10日、東京で会談した。"
    past, talks = proposals_in(text, DAY)
    assert [m.joined_by for m in past.mentions] == [None, "refers back"]
    assert past.start is None  # not dated by the report either
    assert (talks.start, len(talks.mentions)) == ("2025-12-10", 1)


def test_the_pair_told_with_its_past_meetings_meets_on_a_day_of_its_own():
    text = "石破首相と李大統領は、これまで首脳会談を重ねてきた。両首脳は10日、東京で会談した。" \
           "会談では北朝鮮問題で連携することを確認した。"
    past, talks = proposals_in(text, DAY)
    assert [m.text for m in past.mentions] == ["首脳会談"]
    assert (talks.start, [m.joined_by for m in talks.mentions]) == ("2025-12-10", [None, "refers back"])
    assert len(talks.participants) == 2


def test_talks_at_a_place_are_not_the_call_told_before():
    text = "石破首相と李大統領は、就任直後に電話で会談した。この会談では関係改善で一致した。両首脳は10日、東京で会談した。"
    assert [p.kind for p in proposals_in(text, DAY)] == ["phone_call", "talks"]


def test_even_is_no_other_occasion():
    def read(text, word):
        start = text.index(word)
        mention = MeetingMention(start, start + len(word), word, "visit", "held", (0, len(text)))
        read_occasion(text, mention)
        return mention.another_occasion

    assert not read("「最近でも来訪者は多いですよ」と語った。", "来訪")  # even recently; a visitor, no visit
    assert not read("未婚でも色留袖や訪問着をお勧めします。", "訪問")  # a kimono
    assert read("前回の来日では、成田空港にファンが殺到した。", "来日")


def test_a_plan_of_old_is_read_near_its_word_not_in_the_whole_sentence():
    # 当初…予定だった beside the word; a 当初 thousands of characters away in one unbroken line is no plan of old,
    # and each word of such a line reads a stretch of its own size, not the whole line
    def former(text, word):
        start = text.rindex(word)
        mention = MeetingMention(start, start + len(word), word, "talks", "scheduled", (0, len(text)))
        read_occasion(text, mention)
        return mention.former_plan

    assert former("両首脳の首脳会談は当初、9日に行われる予定だった。", "首脳会談")
    assert not former("当初、" + "両国の関係は改善に向かい、" * 300 + "両首脳は11日に首脳会談を行う。", "首脳会談")


def test_each_word_of_a_long_line_reads_a_bounded_stretch(monkeypatch):
    import core.meetings.occasion as occasion
    read = []

    class Counting:
        def __init__(self, pattern):
            self.pattern = pattern

        def search(self, text, pos=0, endpos=None):
            endpos = len(text) if endpos is None else endpos
            read.append(endpos - pos)
            return self.pattern.search(text, pos, endpos)

    monkeypatch.setattr(occasion, "_FORMER_PLAN", Counting(occasion._FORMER_PLAN))
    text = "両首脳は会談し、" * 2000
    for start in range(4, len(text), 8):
        read_occasion(text, MeetingMention(start, start + 2, "会談", "talks", "held", (0, len(text))))
    assert max(read) <= 120


def test_the_meeting_at_hand_measured_against_the_past_is_no_earlier_one():
    # かつてない, これまでで最も: the talks told before, measured against the past, not a meeting of the past
    for said in ("石破首相と李大統領は、かつてない規模の首脳会談を終えた。", "石破首相と李大統領は、これまでで最も長い会談を終えた。"):
        assert len(_tellings(TALKS + said)) == 1

    def earlier(text, word):
        start = text.rindex(word)
        mention = MeetingMention(start, start + len(word), word, "talks", "held", (0, len(text)))
        read_occasion(text, mention)
        return mention.earlier_occasion

    for text in ("両首脳はこれまでにない規模の会談を行った", "両首脳はこれまで以上に緊密に会談を重ねた", "過去最長の会談となった",
                 "過去10年で初めての首脳会談", "以前から求めていた会談が実現した"):
        assert not earlier(text, "会談"), text
    for text in ("前回の会談", "過去の会談", "これまでに3回会談した", "以前ソウルで会談した", "2年前の会談"):
        assert earlier(text, "会談"), text


def test_but_and_above_all_are_no_other_occasion():
    # でも opening a sentence (but), なかでも / 中でも (above all): the meeting told before, said again
    for said in ("でも、両首脳の会談は実りあるものとなった。", "なかでも両首脳の会談は注目を集めた。",
                 "その中でも両首脳の会談は注目を集めた。"):
        assert len(_tellings(TALKS + said)) == 1, said

    def another(text, word):
        start = text.rindex(word)
        mention = MeetingMention(start, start + len(word), word, "talks", "held", (text.rfind("。", 0, start) + 1, len(text)))
        read_occasion(text, mention)
        return mention.another_occasion

    for text in ("そう語った。でも、会談は続いた。", "なかでも首脳会談が注目された。", "その中でも首脳会談が注目された。"):
        assert not another(text, "会談"), text
    for text in ("両首脳はソウルでも会談した。", "両首脳は会期中にも会談した。", "両首脳はAPECでも会談した。"):
        assert another(text, "会談"), text


def test_a_bare_word_measured_against_the_past_still_refers_back():
    # 両首脳は、かつてない規模の会談を終えた: the talks told before, not a meeting of another time left unjoined
    for said in ("両首脳は、かつてない規模の会談を終えた。", "これまでにない長時間の会談となった。", "過去最長の会談となった。"):
        assert [len(p.mentions) for p in proposals_in(TALKS + said, DAY)] == [3], said
    # 前回の会談: still another time, which one not said
    assert [len(p.mentions) for p in proposals_in(TALKS + "前回の会談では拉致問題を協議した。", DAY)] == [2]


def test_the_previous_meeting_told_by_a_bare_before_is_not_the_one_told():
    # 前の会談, 先の会談, 先般の協議: the sides' previous meeting, left apart like 前回の会談
    for said in ("石破首相と李大統領は、前の会談で拉致問題を協議した。", "両首脳は先の会談で拉致問題を協議していた。",
                 "李大統領は、先般の会談で拉致問題を提起していた。"):
        assert _tellings(TALKS + said)[0] == [("会談", None), ("会談", "refers back")], said

    def earlier(text, word):
        start = text.rindex(word)
        mention = MeetingMention(start, start + len(word), word, "talks", "held", (0, len(text)))
        read_occasion(text, mention)
        return mention.earlier_occasion

    for text in ("両首脳は前の会談で", "先の首脳会談では", "大統領は、先般の会談で", "「前の会談では"):
        assert earlier(text, "会談"), text
    # before something (会談前の, 直前の), a destination (訪問先の), the time to come (この先の), the one before it
    for text in ("首相は会談前の会見で", "首脳会談直前の会談", "訪問先の会談", "この先の会談", "首相は夕食会の前の会談で"):
        assert not earlier(text, "会談"), text


def test_talks_going_on_are_not_the_round_told_with_its_day():
    # 協議を重ねてきた, 協議を続けている: the sides' process, undated; 両国は10日、北京で協議した is a round of its own
    for process in ("日本と北朝鮮は国交正常化に向けて協議を重ねてきた。", "日本と北朝鮮は国交正常化に向けて協議を続けている。",
                    "日本と北朝鮮は国交正常化に向けて協議を進めている。"):
        text = process + "日本と北朝鮮は10日、北京で協議した。協議では拉致問題が取り上げられた。"
        proposals = proposals_in(text, DAY)
        assert [(p.start, len(p.mentions)) for p in proposals] == [(None, 1), ("2025-12-10", 2)], process
    # 今後も協議を重ねていく after the round: not that round either
    text = "日本と北朝鮮は10日、北京で協議した。両国は今後も協議を重ねていく。"
    assert [len(p.mentions) for p in proposals_in(text, DAY)] == [1]


def test_a_trip_under_way_is_the_journey_told():
    # 歴訪を進めていた: the trip the article tells, under way, not a process of another time
    text = "大統領は、就任後初のアジア歴訪を進めていた。"
    start = text.index("歴訪")
    mention = MeetingMention(start, start + 2, "歴訪", "trip", "held", (0, len(text)))
    read_occasion(text, mention)
    assert not mention.earlier_occasion
    start = text.index("歴訪")
    talks = MeetingMention(start, start + 2, "協議", "talks", "held", (0, len(text)))
    read_occasion(text.replace("歴訪", "協議"), talks)
    assert talks.earlier_occasion



SIGNED = "トヨタ自動車は10日、マツダと業務提携を締結した。提携を結んだ当時の両社の社長が会見した。"


def test_an_agreement_told_in_force_is_not_the_signing_of_the_day():
    tellings = _tellings(SIGNED + "またトヨタとマツダは、部品の相互供給について別の提携を結んでいる。")
    assert tellings[0] == [("締結", None), ("結", "refers back")]
    assert tellings[1:] == [[("結", None)]]  # the agreement in force since some time before: another signing
    for text, in_force in (("協定を締結していた。", True), ("協定を締結しており、", True), ("協定を締結した。", False),
                           ("協定を締結していない。", False), ("協定を締結していく。", False)):
        mention = MeetingMention(3, 5, "締結", "signing", "held", (0, len(text)))
        read_occasion(text, mention)
        assert mention.earlier_occasion is in_force, text


def test_talks_told_in_the_perfect_are_left_to_the_other_readings():
    mention = MeetingMention(0, 2, "会談", "talks", "held", (0, 7))
    read_occasion("会談している。", mention)
    assert not mention.earlier_occasion  # (会談している: the talks told, not an agreement in force)


def test_meetings_told_as_repeated_are_not_the_one_told():
    tellings = _tellings(TALKS + "石破首相と李大統領は、これまでの国際会議で何度も会談している。")
    assert tellings[0] == [("会談", None), ("会談", "refers back")]
    assert [("会談", None)] in tellings[1:]  # many meetings of the pair, not the talks of the 10th
    for text, repeated in (("両国は定期的に協議している。", True), ("両首脳はたびたび会談した。", True), ("頭取らが数回にわたって会談した。", True),
                           ("何度も延期された会談が開かれた。", False), ("両首脳は会談した。", False)):
        at = text.index("協議") if "協議" in text else text.index("会談")
        mention = MeetingMention(at, at + 2, text[at:at + 2], "talks", "held", (0, len(text)))
        read_occasion(text, mention)
        assert mention.another_occasion is repeated, text


def test_meetings_told_as_repeated_take_neither_the_day_carried_from_before_nor_the_reports_days():
    def dated(text):
        plan = plan_meetings(text, detect(text, REGISTRY, DAY), DAY.isoformat(), None, REGISTRY)
        return sorted(((p.start or "", len(p.mentions)) for p in plan.proposals))

    # many meetings of the pair: no second record of the 10th beside the talks told (the day is carried)
    assert dated("石破茂首相と韓国の李在明大統領は10日、東京で会談した。石破首相と李大統領は3回にわたって会談した。") \
        == [("", 1), ("2025-12-10", 1)]
    assert dated("石破茂首相は韓国の李在明大統領とたびたび会談した。") == [("", 1)]  # not of the report's days
    assert dated("石破茂首相は韓国の李在明大統領と会談した。") == [("2025-12-11", 1)]  # (one meeting: the report's days)
