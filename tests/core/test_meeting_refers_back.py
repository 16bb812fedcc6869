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


# A bare meeting word joins only when nothing in its sentence contradicts the meeting told before it:
# another time, another level, another city, another host, or several meetings it could mean.

def _joined_back(proposals):
    return [m for p in proposals for m in p.mentions if m.joined_by == "refers back"]


def test_a_meeting_of_another_time_is_not_the_one_just_told():
    for words in ("前回の会談では", "次回の協議では", "10年前の会談では", "かつての会談では"):
        text = f"麻生外相は13日、北京で李肇星外相と会談した。{words}東シナ海のガス田問題で対立した。"
        talks = _talks(text, date(2006, 5, 14))
        assert [len(p.mentions) for p in talks] == [1], words


def test_this_time_still_joins():
    text = "麻生外相は13日、北京で李肇星外相と会談した。今回の会談では東シナ海のガス田問題で対立した。"
    assert [len(p.mentions) for p in _talks(text, date(2006, 5, 14))] == [2]


def test_two_meetings_told_in_one_sentence_leave_a_bare_word_alone():
    text = ("キリスト教民主同盟(CDU)は13日、ドイツ社会民主党(SPD)と会談し、緑の党とも会談した。"
            "会談では連立の条件が話し合われた。")
    talks = _talks(text, date(2005, 10, 14))
    assert len(talks) == 2 and not _joined_back(talks)


def test_of_two_meetings_in_one_sentence_the_one_it_agrees_with():
    # Wikinews: the talks of the 9th were held, those of the 10th only planned; 会談は同日…終了した
    # is the first, though the planned round was told last
    text = ("ドイツの次期首相候補を主な議題とするキリスト教民主同盟(CDU)・キリスト教社会同盟(CSU)とドイツ社会民主党(SPD)の"
            "第2回党首会談が、9日欧州中央夏時間(UTC+2)夜(日本時間10日未明)ベルリンで開かれたが、結論が出ず、"
            "次回現地時間10日の第3回党首会談に持ち越された。\n"
            "報道によれば、両会派幹部4人が9日3時間半にわたって会談を行った。\n"
            "会談は同日現地時間午後11時半(日本時間10日午前6時半)に終了したが、結論が出ず、翌10日現地時間午前11時"
            "(日本時間午後6時)から再び党首会談を行うこととなった。")
    talks = _talks(text, date(2005, 10, 9))
    [joined] = _joined_back(talks)
    [held] = [p for p in talks if any(m is joined for m in p.mentions)]
    assert held.status == "held" and held.start == "2005-10-09"


def test_a_foreign_ministers_meeting_is_not_the_presidents_talks():
    # the level of the talks is read from its people's offices when its words tell none
    text = "トランプ米大統領と中国の習近平国家主席は4日、北京で会談した。{}では台湾問題が取り上げられた。"
    day = date(2026, 2, 5)
    assert [len(p.mentions) for p in _talks(text.format("会談"), day)] == [2]
    talks = _talks(text.format("外相会談"), day)
    assert [len(p.mentions) for p in talks if len(p.participants) == 2] == [1]


def test_a_bare_word_after_two_talks_of_one_person_in_one_sentence_is_left_alone():
    text = ("麻生外相は13日、北京で李肇星外相と会談し、温家宝首相とも会談した。"
            "会談では東シナ海のガス田問題について話し合った。")
    talks = _talks(text, date(2006, 5, 14))
    assert [len(p.mentions) for p in talks] == [1, 1]


def test_a_meeting_in_another_city_of_the_same_country_is_another_meeting():
    text = "麻生外相は13日、北京で李肇星外相と会談した。上海での会談では経済協力について話し合った。"
    talks = _talks(text, date(2006, 5, 14))
    assert [len(p.mentions) for p in talks if p.place == "loc:beijing"] == [1]


def test_a_visit_word_that_names_its_host_is_not_another_visit():
    # livedoor (dokujo-tsushin): a panda's arrival in Japan is not the school visits told before
    text = ("最後に、動物介在教育（AAE）は、小学校などに動物とともに訪問し、正しい動物とのふれあい方や命の大切さを"
            "学んでもらう、というものだ。\nたとえば、ジャイアントパンダが来日し、話題沸騰の上野動物園ではモルモットや"
            "うさぎをさわれる。")
    visits = [p for p in proposals_in(text, date(2011, 6, 1)) if p.kind == "visit"]
    assert all(len(p.mentions) == 1 for p in visits)


def test_one_side_and_a_partner_kaidan_cannot_name_is_not_the_call_told_before():
    # Wikinews: the prime minister's congratulatory call, then coalition talks with "each party"
    text = ("同日、労働党のヘレン・クラーク首相は、記者団に対して語り、ブラッシュ党首から祝福の電話があったことを"
            "明らかにした。\nクラーク首相は、国民党を除く各政党と連立協議に入る。")
    calls = [p for p in proposals_in(text, date(2005, 10, 1)) if p.kind == "phone_call"]
    assert calls and all(len(p.mentions) == 1 for p in calls)


def test_a_visit_elsewhere_told_since_leaves_a_bare_word_alone():
    # the talks in Beijing, then a visit to Seoul: 会談では… may be talks held in Seoul
    text = ("麻生外相は13日、北京で李肇星外相と会談した。\n"
            "麻生外相は14日、韓国を訪問した。\n"
            "会談では北朝鮮の核問題について意見を交わした。")
    talks = _talks(text, date(2006, 5, 15))
    assert [len(p.mentions) for p in talks if len(p.participants) == 2] == [1]


def test_a_visit_of_the_same_sides_told_since_still_lets_it_join():
    text = ("麻生外相は13日、北京で李肇星外相と会談した。\n"
            "麻生外相は同日、中国を訪問していた。\n"
            "会談では東シナ海のガス田問題について話し合った。")
    talks = _talks(text, date(2006, 5, 15))
    assert [len(p.mentions) for p in talks if len(p.participants) == 2] == [2]


def test_talks_told_again_after_the_last_ones_leave_a_bare_word_alone():
    # the talks with Li told again after those with Tang: 会談では… may be either
    text = ("麻生外相は13日、北京で李肇星外相と会談した。\n"
            "麻生外相は同日、唐家璇国務委員とも会談した。\n"
            "麻生外相と李肇星外相の会談は約2時間に及んだ。\n"
            "会談では東シナ海のガス田問題について話し合った。")
    talks = _talks(text, date(2006, 5, 14))
    assert sorted(len(p.mentions) for p in talks) == [1, 2]


def test_some_of_the_sides_of_two_talks_told_together_join_neither():
    text = ("麻生外相は13日、北京で李肇星外相と会談し、唐家璇国務委員とも会談した。\n"
            "麻生外相は13日の外相会談で東シナ海のガス田問題を取り上げた。")
    talks = _talks(text, date(2006, 5, 14))
    assert [len(p.mentions) for p in talks] == [1, 1]


def test_some_of_the_sides_of_one_talk_still_join_it():
    text = ("麻生外相は13日、北京で李肇星外相と会談した。\n"
            "麻生外相は13日の外相会談で東シナ海のガス田問題を取り上げた。")
    talks = _talks(text, date(2006, 5, 14))
    assert [len(p.mentions) for p in talks] == [2]


def test_a_meeting_word_named_by_another_year_is_not_the_one_told_before():
    # Wikinews: this spring's summit, then the report of the 2007 one
    text = ("「群衆の叡智サミット2008Spring」が5月21日に開催される。\n"
            "ITproの「群衆の叡智サミット2007」レポートによれば、梅田望夫氏が2007年1月に「次の10年の最重要キーワード」"
            "として挙げたものである。")
    proposals = proposals_in(text, date(2008, 4, 25))
    assert proposals and all(len(p.mentions) == 1 for p in proposals)


def test_a_bare_meeting_word_of_another_week_is_not_the_talks_of_this_one():
    # the 10th falls in this week: 来週の会談, 先週の会談 are other meetings, 今週の会談 may be the one told
    base = "岸田首相は10日、バイデン大統領と会談した。"
    for tail, joined in (("来週の会談では貿易を話し合う予定だ。", False), ("岸田首相は来週の会談で貿易を話し合う予定だ。", False),
                         ("先週の会談では貿易を話し合った。", False), ("今週の会談では貿易を話し合った。", True)):
        talks = [p for p in _talks(base + tail, date(2024, 4, 12)) if p.start == "2024-04-10"]
        assert len(talks) == 1 and (len(talks[0].mentions) == 2) == joined, tail


def test_another_round_next_week_is_not_the_talks_told_before():
    text = "岸田首相は10日、バイデン大統領と会談した。来週、両首脳は再び会談する予定だ。"
    talks = _talks(text, date(2024, 4, 12))
    assert sorted(p.start for p in talks) == ["2024-04-10", "2024-W16"]


def test_a_bare_word_after_a_gathering_named_with_it_is_not_the_talks_before():
    # 会合 after G7外相会合 (kept as a meeting) or 国連総会 (not kept): the gathering, not the talks of the 10th
    for between in ("林外相は11日、G7外相会合に出席した。", "林外相は11日、国連総会で演説した。"):
        text = "林外相は10日、ブリンケン国務長官と会談した。" + between + "会合では北朝鮮について話した。"
        talks = [p for p in _talks(text, date(2023, 4, 12)) if p.start == "2023-04-10"]
        assert len(talks) == 1 and len(talks[0].mentions) == 1, between


def test_a_bare_word_after_talks_still_joins_them_with_no_gathering_between():
    text = "林外相は10日、ブリンケン国務長官と会談した。林外相は会合で北朝鮮について話した。"
    talks = [p for p in _talks(text, date(2023, 4, 12)) if p.start == "2023-04-10"]
    assert len(talks) == 1 and len(talks[0].mentions) == 2


def test_talks_held_another_day_later_are_not_the_talks_told_before():
    text = "岸田首相は10日、バイデン大統領と会談した。両首脳は後日、改めて会談する。"
    (talks,) = _talks(text, date(2024, 4, 12))
    assert len(talks.mentions) == 1


def test_a_call_told_in_passing_sentences_before_leaves_the_bare_word_to_the_talks():
    text = ("王毅外相は10日、ラブロフ外相と会談した。今年6月には両国首脳が電話会談を行った。"
            "王毅外相は戦略協調を強調した。ラブロフ外相は協力を評価した。会談では、イラン核問題も話し合われた。")
    talks = [p for p in _talks(text, date(2025, 7, 11)) if p.start == "2025-07-10"]
    assert len(talks) == 1 and len(talks[0].mentions) == 2


def test_talks_an_adverb_of_time_to_come_opens_are_not_the_talks_just_held():
    # 今後…協議する, 今後、…協議を続けることで一致した: talks to come, another meeting than the held ones, however
    # many words stand between the adverb and the word
    for after in ("両首脳は今後具体的な措置について協議する。",
                  "両首脳は今後、経済安全保障について緊密に協議を続けることで一致した。"):
        talks = _talks("岸田首相は9日、バイデン大統領と会談した。" + after, date(2015, 3, 10))
        assert [(p.status, len(p.mentions)) for p in talks] == [("held", 1)]
    talks = _talks("日本と中国は9日、局長級協議を行い、今後具体的な日程について協議を続けることで合意した。",
                   date(2015, 3, 10))
    assert [(p.status, len(p.mentions)) for p in talks] == [("held", 1)]


def test_a_future_adverb_of_another_clause_or_a_noun_leaves_the_bare_word_joined():
    # 今後の関係について: a noun, not the time of the talks; 今後も協力することを確認し、: another verb's clause
    for after in ("会談では今後の関係について話し合った。", "両首脳は今後も協力することを確認し、会談を終えた。"):
        talks = _talks("岸田首相は9日、バイデン大統領と会談した。" + after, date(2015, 3, 10))
        assert [len(p.mentions) for p in talks] == [2], after


def test_a_meeting_only_possible_or_wished_is_not_the_persons_last_meeting():
    # 会談を再開する可能性, 再び会談したい: talks to come, not the talks held, though told by the same person
    for after in ("岸田首相は会談を再開する可能性を示唆した。", "岸田首相は再び会談したい考えを示した。"):
        talks = _talks("岸田首相は9日、バイデン大統領と会談した。" + after, date(2015, 3, 10))
        assert [(p.status, len(p.mentions)) for p in talks] == [("held", 1), ("proposed", 1)], after
    # a plan told again by its person still joins the plan
    talks = _talks("岸田首相は来月、バイデン大統領と会談する予定だ。岸田首相は会談で経済について話し合う方針だ。",
                   date(2015, 3, 10))
    assert [(p.status, len(p.mentions)) for p in talks] == [("scheduled", 2)]


def test_talks_to_come_with_the_partner_named_are_not_the_partners_talks_held():
    # 今後、…と改めて会談する方針だ: the same two, another meeting to come (joined before by the partner named)
    text = "岸田首相は9日、バイデン大統領と会談した。岸田首相は今後、バイデン大統領と改めて会談する方針だ。"
    talks = _talks(text, date(2015, 3, 10))
    assert [(p.status, len(p.mentions)) for p in talks] == [("held", 1), ("scheduled", 1)]
    # the day of the talks held, carried into the sentence, is not the day of the talks to come
    assert [p.start for p in talks] == ["2015-03-09", None]
    # a plan told again with its partner, undone, is the plan
    text = "岸田首相は来月、バイデン大統領と会談する予定だ。しかし岸田首相はバイデン大統領との会談を延期した。"
    talks = _talks(text, date(2015, 3, 10))
    assert [(p.status, len(p.mentions)) for p in talks] == [("scheduled", 2)]
