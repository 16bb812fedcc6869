"""Sides read from the clause's subject and partners when no entity mention stands in their phrase."""

from core.meetings.arguments import argument_sides, read_arguments
from core.meetings.mention import MeetingMention, Participant
from tests.core.meeting_helpers import proposals_in


def _sides(text):
    return [sorted((q.name, q.entity_id) for q in p.participants) for p in proposals_in(text)]


def test_the_state_written_alone_is_a_side_of_its_talks():
    text = "国は公費を回収するため、損害賠償請求権の一部を譲り受けることを決し、近く居住者との協議に入る。"
    assert _sides(text) == [[("国", "country:JP")]]


def test_bodies_named_by_their_kind_are_the_sides_of_a_meeting_word_no_entity_names():
    text = "県警と鉄道事業者は10日、痴漢対策について協議した。"
    assert _sides(text) == [[("県警", None), ("鉄道事業者", None)]]


def test_no_unnamed_side_is_read_beside_a_side_an_entity_named():
    text = "ニューヨーク州都市圏交通局と労働組合との労使交渉が決裂した。"
    assert [[q.name for q in p.participants] for p in proposals_in(text)] == [["ニューヨーク州都市圏交通局"]]


def test_a_kind_of_company_with_no_name_is_not_a_side():
    text = "制作会社は撮影の継続が困難と判断、NHKと協議した上で中止することにした。"
    assert all(name != "制作会社" for sides in _sides(text) for name, _ in sides)


def test_private_people_and_words_that_refer_back_are_not_read_as_sides():
    body = "同社は住民との協議を続けた。"
    mention = MeetingMention(body.index("協議"), body.index("協議") + 2, "協議", "talks", "held", (0, len(body)))
    assert argument_sides(body, mention, [], 0, mention.start) is False
    assert mention.participants == []


def test_a_phrase_an_entity_stands_in_is_left_to_the_entity_layer():
    body = "ガンバ大阪は応援団との協議で解散を決めた。"
    start = body.index("協議")
    mention = MeetingMention(start, start + 2, "協議", "talks", "held", (0, len(body)))

    class Named:  # the entity detector's mention of ガンバ大阪
        start, end, type = 0, 5, "ORG"

    argument_sides(body, mention, [Named()], 0, start)
    assert [p.name for p in mention.participants] == ["応援団"]


def test_the_subject_named_in_the_sentence_before_is_the_other_side_of_a_partner_read_from_the_clause():
    text = "岸田首相は10日、記者団に対策を説明した。近く労働組合と交渉する。"
    assert [{p.name for p in q.participants} for q in proposals_in(text)] == [{"岸田", "労働組合"}]


def test_companies_counted_but_not_named_are_no_side():
    body = "特定の企業1社と深く提携交渉する。"
    start = body.index("交渉")
    mention = MeetingMention(start, start + 2, "交渉", "negotiation_round", "held", (0, len(body)))
    assert argument_sides(body, mention, [], 0, start) is False


def test_a_proposal_with_a_side_read_from_the_words_is_less_sure_than_one_of_entities():
    from core.meetings.confidence import meeting_confidence

    read = proposals_in("県警と鉄道事業者は10日、痴漢対策について協議した。")
    named = proposals_in("自民党と公明党は10日、連立について協議した。")
    assert len(read) == len(named) == 1 and all(p.entity_id for p in named[0].participants)
    assert meeting_confidence(read[0]) < meeting_confidence(named[0])


def test_the_partner_is_the_noun_phrase_that_ends_its_phrase_and_may_be_joined_by_tomo():
    body = "どの部局を移転するかについては今後議会側と協議する。"
    start = body.index("協議")
    mention = MeetingMention(start, start + 2, "協議", "talks", "scheduled", (0, len(body)))
    assert argument_sides(body, mention, [], 0, start) and [p.name for p in mention.participants] == ["議会側"]
    body = "陣営はオーナー側とも協議した。"
    start = body.index("協議")
    mention = MeetingMention(start, start + 2, "協議", "talks", "held", (0, len(body)))
    assert argument_sides(body, mention, [], 0, start) and [p.name for p in mention.participants] == ["オーナー側"]


def test_a_body_pointed_back_at_is_not_read_as_a_new_side():
    body = "またこの応援団はガンバ大阪との協議で解散する事を決めたという。"
    start = body.index("協議")
    mention = MeetingMention(start, start + 2, "協議", "talks", "held", (0, len(body)))
    assert argument_sides(body, mention, [], 0, start) is False


def test_a_body_read_from_the_words_alone_with_no_partner_side_is_no_meeting_of_sides():
    body = "アマゾンは大手出版とも交渉を進めている。"
    start = body.index("交渉")
    mention = MeetingMention(start, start + 2, "交渉", "negotiation_round", "held", (0, len(body)))

    class Place:  # アマゾン as the entity detector tags it: a place
        start, end, text, type, entity_id = 0, 4, "アマゾン", "LOC", "found:LOC:アマゾン"

    assert argument_sides(body, mention, [], 0, start, places=[Place()]) is False
    body = "入札に興味を示す球団と交渉する。"
    start = body.index("交渉")
    mention = MeetingMention(start, start + 2, "交渉", "negotiation_round", "scheduled", (0, len(body)))
    assert argument_sides(body, mention, [], 0, start) is False


def test_a_partner_read_with_a_thing_as_subject_pairs_with_whom_the_article_is_about():
    text = ("共同通信の報道によると、日本プロ野球・セントラル・リーグは7日、プレーオフを導入することで合意した。\n"
            "プレーオフ制度の仕組みなどは今後パ・リーグと協議をしていく。")
    [talks] = [p for p in proposals_in(text) if any(q.name == "パ・リーグ" for q in p.participants)]
    assert [q.name for q in talks.participants] == ["日本プロ野球・セントラル・リーグ", "パ・リーグ"]


def test_the_body_the_article_is_about_is_not_added_again_as_its_own_side():
    text = "大阪府議会は27日、本会議で条例案を否決した。\nどの部局を移転するかについては今後議会側と協議する。"
    assert [[q.name for q in p.participants] for p in proposals_in(text)] == [["議会側"]]


def test_a_partner_no_entity_names_is_read_beside_a_named_side_when_its_kind_is_set_before_it():
    text = "株式会社大阪シティドームは3月2日、京都市の精密機械メーカー、京セラと命名権の売買交渉で合意した。"
    assert [[q.name for q in p.participants] for p in proposals_in(text)] == [["株式会社大阪シティドーム", "京セラ"]]


def test_a_company_named_by_its_last_word_is_a_side_beside_one_an_entity_named():
    text = "東邦製作所は10日、大阪市の電機メーカー、京セラと提携交渉に入った。"
    assert [sorted(q.name for q in p.participants) for p in proposals_in(text)] == [["京セラ", "東邦製作所"]]


def test_a_person_named_with_a_title_no_list_holds_is_a_side():
    body = "金子真人オーナーは池江調教師と協議した。"
    start = body.index("協議")
    mention = MeetingMention(start, start + 2, "協議", "talks", "held", (0, len(body)))
    assert argument_sides(body, mention, [], 0, start) and [p.name for p in mention.participants] == ["金子真人", "池江"]


def test_a_bare_proper_noun_with_no_kind_before_it_is_not_read_beside_a_named_side():
    body = "ソニーはナムコと交渉した。"
    start = body.index("交渉")
    mention = MeetingMention(start, start + 2, "交渉", "negotiation_round", "held", (0, len(body)))

    class Named:  # the entity detector's mention of ソニー
        start, end, type, entity_id = 0, 3, "ORG", "found:ORG:ソニー"

    mention.participants.append(Participant("ソニー", "found:ORG:ソニー"))
    assert argument_sides(body, mention, [Named()], 0, start) is False


def test_a_bodys_talks_with_no_subject_are_held_by_the_body_the_lead_names_in_quotes():
    text = ("2001年に横浜市中区に開館し、カレーを売る店が並び、有名となった「横浜カレーミュージアム」が、来年3月末で閉館する。\n"
            "閉館後については、エンターテイメント施設に転向させる方針で、ナムコと協議しているという。")
    assert [[q.name for q in p.participants] for p in proposals_in(text)] == [["横浜カレーミュージアム", "ナムコ"]]


def test_a_persons_call_with_no_subject_takes_no_body_from_the_lead():
    text = "日本経団連は9日、新しい政策を歓迎した。\n10日にはバイデン大統領と電話で会談した。"
    assert all("日本経団連" not in [q.name for q in p.participants] for p in proposals_in(text))


def test_a_group_pointed_back_at_by_its_kind_is_the_group_named_in_quotes_before():
    text = ("読売新聞によると、この2名は東京を拠点とする「BBsezTOKYO」というサポーターグループのメンバー。\n"
            "今後この2名は試合への入場が一切禁じられる。\n"
            "またこの応援団はガンバ大阪との協議で6月21日までに解散する事を決めたという。")
    assert [sorted(q.name for q in p.participants) for p in proposals_in(text)] == [["BBsezTOKYO", "ガンバ大阪"]]


def test_a_group_pointed_back_at_with_no_group_named_before_is_no_side():
    body = "ガンバ大阪はこの応援団との協議で解散を決めた。"
    start = body.index("協議")
    mention = MeetingMention(start, start + 2, "協議", "talks", "held", (0, len(body)))
    argument_sides(body, mention, [], 0, start)
    assert all(p.name != "応援団" for p in mention.participants)


def test_talks_with_a_party_named_only_by_what_it_is_and_no_subject_are_the_lead_bodys_alone():
    text = ("時事通信によると、朝日新聞社は東京国際女子マラソンを来年の大会で終了することを発表した。\n"
            "同大会に関しては、東京マラソンが誕生し、統合するよう要請を受けていたが、関係者との協議が不調で、統合を見送っていた。")
    assert [[q.name for q in p.participants] for p in proposals_in(text)] == [["朝日新聞社"]]
    # with no body in the lead, nobody
    assert proposals_in("同大会に関しては、関係者との協議が不調に終わった。") == []


def test_a_partner_written_by_the_first_word_of_a_name_told_whole_before_is_that_name():
    text = ("韓国プロ野球委員会に加盟する現代(ヒョンデ、あるいはヒュンダイ)ユニコーンズの運営会社譲渡問題に関して、"
            "KTは有力なスポンサーとして名が挙がっていた。\nKTは現代と交渉したものの、買収を見送った。")
    assert [sorted(q.name for q in p.participants) for p in proposals_in(text)] == [["KT", "現代ユニコーンズ"]]
    # a word whose name would go on in the same script is no short form (サポーターと: not サポーターミーティング)
    body = "サポーターミーティングを開いた。\nガンバ大阪はサポーターと意見交換を行う。"
    start = body.index("意見交換")
    assert read_arguments(body, body.index("ガンバ"), start, [])[1][0].side is None


def test_a_cited_headline_s_clause_is_read_inside_its_brackets():
    text = ("北海道の漁業取締船「北王丸」が同日午後に花咲港へ戻った。\n"
            "『密漁船情報を交換へ道とロシア側、洋上会談』。")
    start = text.index("洋上会談")
    _, partners = read_arguments(text, text.index("『"), start, [])
    assert [p.side.name for p in partners] == ["北海道"]


def test_talks_with_a_body_named_only_by_its_kind_are_the_lead_bodys_alone():
    lead = "ダイエーは10日、産業再生機構の支援を受けることを決めた。\n"
    for clause in ("再建支援先として大手運送会社との間で交渉を進めている。", "現在は複数の企業と支援について交渉している。",
                   "店舗の売却について国内の複数のメーカーと交渉を続けている。"):
        assert [[q.name for q in p.participants] for p in proposals_in(lead + clause)] == [["ダイエー"]], clause
    # a company related to the lead's (親会社, 子会社) is no party named by its kind; a person carried is no body
    assert proposals_in(lead + "再建支援について親会社と交渉を進めている。") == []
    assert proposals_in("安倍首相は10日、都内で講演した。\n現在は複数の企業と支援について交渉している。") == []


def test_a_negotiation_with_one_person_and_no_subject_is_the_lead_bodys_with_that_person():
    lead = "阪神タイガースは10日、来季の監督人事について発表した。\n"
    assert [sorted(q.name for q in p.participants) for p in proposals_in(lead + "岡田彰布氏と交渉を続けている。")] \
        == [["岡田彰布", "阪神タイガース"]]
    # talks that are no negotiation (会談) are a person's, not the body's; a lead about a person carries no body
    assert all("阪神タイガース" not in [q.name for q in p.participants]
               for p in proposals_in(lead + "岡田彰布氏と会談した。"))
    assert all("阪神タイガース" not in [q.name for q in p.participants]
               for p in proposals_in("星野仙一氏は10日、阪神タイガースの来季について話した。\n岡田彰布氏と交渉を続けている。"))


def test_a_lead_about_a_person_written_with_an_honorific_gives_no_body_to_talks_with_unnamed_parties():
    text = ("弁理士を目指していた山田氏は、30歳で特許事務所に転職した。\n"
            "合間をぬって政府団体や業界団体との会合に出席したりと、忙しく飛び回っている。")
    assert proposals_in(text) == []



_CARRIED_LINES = ("大阪府議会は27日、本会議で条例案を否決した。\n"
                  "47NEWSによると、10月28日、橋下知事は「事実上の庁舎移転」を目指す方針を表明した。\n"
                  "これによると「大阪府の部局を全部現在地に置いておく趣旨ではない」という認識を示した。\n")


def test_a_person_carried_from_a_line_before_pairs_with_a_partner_read_in_a_line_with_no_subject():
    text = _CARRIED_LINES + "どの部局を移転するかについては今後議会側と協議する。"
    assert [[q.name for q in p.participants] for p in proposals_in(text)] == [["橋下", "議会側"]]


def test_a_person_carried_from_a_line_before_is_no_side_beside_a_thing_as_subject_or_a_subject_later():
    for last in ("プレーオフ制度の仕組みなどは今後パ・リーグと協議をしていく。",
                 "どの部局を移転するかについては今後議会側と協議すると府幹部は話した。"):
        assert all("橋下" not in [q.name for q in p.participants] for p in proposals_in(_CARRIED_LINES + last))
