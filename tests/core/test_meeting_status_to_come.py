"""Talks told by a verb not yet in the past are to come, talks one side means to hold are proposed, talks
held before something was called off were held; a body's own sitting and a leader's cabinet are no meeting
of sides."""

import datetime

from core.meetings.plan import plan_meetings
from core.nlp.entities import detect
from tests.core.meeting_helpers import REGISTRY, proposals_in

REPORT = datetime.date(2009, 3, 10)


def _statuses(text):
    return [(p.kind, p.status) for p in proposals_in(text, REPORT)]


def test_talks_told_by_a_present_verb_are_to_come():
    assert _statuses("大阪市は今後、ケンタッキー社と取り扱いを協議するとともに、作業を続ける。") == [("talks", "scheduled")]
    assert _statuses("広島銀行とウツミ屋証券の間で今後協議し、決定する。") == [("talks", "scheduled")]
    assert _statuses("自民党と公明党は連立協議を決選投票後に行うと発表した。") == [("talks", "scheduled")]


def test_talks_told_in_the_past_stay_held():
    assert _statuses("日本作曲家協会と東京放送が協議し、開催を1日前倒しした。") == [("talks", "held")]
    # 協議するのは1年ぶり: the talks the sentence reports took place
    assert _statuses("広島市とJR西日本が協議するのは1年ぶりとなった。") == [("talks", "held")]


def test_talks_one_side_means_to_hold_are_proposed():
    found = proposals_in("日本民間放送連盟は、JASRACと協議していくとのコメントを出した。", REPORT)
    assert [(p.kind, p.status, p.start) for p in found] == [("talks", "proposed", None)]


def test_talks_held_before_something_else_was_called_off_were_held():
    found = proposals_in("制作会社は撮影の継続が困難と判断、NHKと協議した上で中止することにした。", REPORT)
    assert [(p.kind, p.status) for p in found] == [("talks", "held")]


def test_a_bodys_own_sitting_is_no_meeting_but_a_council_of_states_is():
    assert proposals_in("11月12日に行った日本サッカー協会の会合で、出場条件を決めた。", REPORT) == []
    assert [p.kind for p in proposals_in("安保理は12日、緊急会合を開いた。", REPORT)] == ["multilateral"]
    # 自民、公明両党の会合: two parties' meeting, the name not right before の会合
    assert proposals_in("自民、公明両党の会合が12日に開かれた。", REPORT) != []


def test_a_leaders_cabinet_meeting_is_no_meeting_of_sides():
    assert proposals_in("ブッシュ米大統領は8月31日に閣僚会議を開いて、対応策をまとめた。", REPORT) == []
    # a government opening a ministers' meeting may host other states: kept
    assert proposals_in("ASEANは12日、閣僚会議を開いた。", REPORT) != []


def test_talks_told_with_the_verb_suru_or_their_outcome_are_talks():
    # 交渉をしてきたが…決裂: talks held, their breakdown told after
    found = proposals_in("ネクシィーズは東京ヴェルディと交渉をしてきたが、9日に決裂した。", REPORT)
    assert [(p.kind, p.status) for p in found] == [("negotiation_round", "held")]
    found = proposals_in("中日球団が推薦した局と日本野球機構との話し合いがまとまらず、全国放送ができなくなった。", REPORT)
    assert [p.kind for p in found] == ["talks"]
    # 交渉力, 交渉ではなく: the plain noun stays no meeting
    assert proposals_in("ネクシィーズは東京ヴェルディとの交渉ではなく提携を選んだ。", REPORT) == []


def test_a_cited_headline_with_a_partner_and_a_compound_tells_talks():
    text = "両社は統合に向けて調整に入った。\nNIKKEINET『雪印、日本ミルクと統合交渉「牛乳」再び取り込み』。"
    found = proposals_in(text, REPORT)
    assert [p.kind for p in found] == ["negotiation_round"]
    assert {x.name for x in found[0].participants} >= {"日本ミルク"}


def _planned(text):
    return plan_meetings(text, detect(text, REGISTRY, REPORT), REPORT.isoformat(), None, REGISTRY).proposals


def test_a_visit_to_a_place_with_no_host_is_no_meeting_of_sides():
    assert _planned("オバマ大統領は、被害の大きかったニュージャージー州を31日に訪問した。") == []
    found = _planned("安倍首相は12日、中国を訪問した。")
    assert [(p.kind, sorted(x.role for x in p.participants)) for p in found] == [("visit", ["host", "visitor"])]


def test_talks_at_a_bodys_own_sitting_are_no_meeting_of_sides():
    text = "FIFAは20日、緊急の理事会を行い、ハヤトウ会長代行を筆頭に、今後の組織運営について話し合いを行った。"
    assert proposals_in(text, REPORT) == []
    # a partner named: talks with another side at the sitting's day
    found = proposals_in("IOCは12日、理事会を開き、中国と開催について協議した。", REPORT)
    assert [p.kind for p in found] == ["talks"]
    # 理事会において…協議を民主党に提案: talks offered to another side
    text = "自由民主党と公明党は9日、衆議院法務委員会理事会において、修正協議を民主党に提案した。"
    assert [p.kind for p in proposals_in(text, REPORT)] == ["talks"]


def test_a_conference_the_un_convenes_is_a_meeting_of_states_held_by_the_un():
    found = _planned("1992年、リオデジャネイロで開かれた環境と開発に関する国際連合会議は宣言を採択した。")
    assert [(p.kind, [x.entity_id for x in p.participants], p.start) for p in found] == \
        [("multilateral", ["org:united-nations"], "1992")]  # (no host country: the UN holds it)
    # a special session named in brackets is a name, not a quote: its year is read from the sentence
    found = _planned("1982年に行われた「国連第2回軍縮特別総会」では被爆者の代表として講演した。")
    assert [(p.kind, p.start) for p in found] == [("multilateral", "1982")]
    # the General Assembly's own sitting and a title are not
    assert _planned("首相は国連総会で一般討論演説を行った。") == []
    assert _planned("国連総会議長は声明を出した。") == []
    # a meeting the UN convenes, named 会合 (a livedoor news article outside every gold, CC BY-ND 2.1 JP)
    found = _planned("昨年の国連気候変動首脳級会合で鳩山前首相が2020年までに温室効果ガスを25%削減という目標を表明した。")
    assert [(p.kind, p.mentions[0].text) for p in found] == [("multilateral", "国連気候変動首脳級会合")]


def test_a_call_told_by_talked_on_the_phone_between_private_people_is_no_meeting():
    text = "桑田真澄氏は泰次さんから「キャッチボールをしよう」と電話で話したばかりだったという。"
    assert proposals_in(text, REPORT) == []
    found = proposals_in("福田首相は12日、ブッシュ大統領と電話で約20分間話した。", REPORT)
    assert [p.kind for p in found] == ["phone_call"]


def test_a_groups_gathering_where_the_subject_spoke_is_no_meeting_of_sides():
    assert proposals_in("小泉元首相は後援会の会合で引退を表明した。", REPORT) == []
    # two sides at the gathering, or a partner named: a meeting
    assert [p.kind for p in proposals_in("自民党と公明党は党首の会合で合意した。", REPORT)] == ["talks"]
    assert [p.kind for p in proposals_in("麻生首相はブッシュ大統領との会合で述べた。", REPORT)] == ["talks"]


def test_the_un_written_in_full_or_short_names_one_meeting():
    text = ("国際連合エイズ特別総会は2日、政治宣言を採択して閉幕した。\n"
            "長戸雅子『国連エイズ特別総会政治宣言採択し閉幕』。\n『包括的ケアをエイズ国連会議宣言』。")
    found = _planned(text)
    assert [(p.kind, len(p.mentions)) for p in found] == [("multilateral", 2)]


def test_talks_of_private_people_and_talks_come_to_are_read_as_such():
    # an actor and a producer who talked a role over: no offices, no meeting of sides
    assert proposals_in("撮影が始まる前に、ジェフ・イースティンとはしっかり話し合いをしたんだ。", REPORT) == []
    # 示談交渉を行うに至った: talks the story came to, held
    found = proposals_in("吉本興業は河本準一と示談交渉を行うに至った。", REPORT)
    assert [(p.kind, p.status) for p in found] == [("negotiation_round", "held")]


def test_a_first_feat_since_coming_to_japan_is_no_visit():
    assert proposals_in("ソフトバンクのブラッド・ペニーが遂に来日初登板。", REPORT) == []
    # 来日初日: the first day of a visit is the visit
    found = proposals_in("胡錦濤国家主席は来日初日に福田首相と会談した。", REPORT)
    assert "visit" in [p.kind for p in found]


def test_talks_a_rule_requires_are_no_meeting():
    assert proposals_in("選手のトレードはKBOと事前に協議するなどの条項を加えている。", REPORT) == []
    found = proposals_in("米軍は日本政府と事前協議制度に基づき協議した。", REPORT)
    assert [p.mentions[0].text for p in found] == ["協議"] and len(found[0].mentions) == 1


def test_talks_told_by_their_own_past_verb_stay_held_beside_talks_to_come():
    # 協議をしたうえで: the word's own light verb in the past, though a year told before (2025年の…) puts its
    # day after the report; the talks promised after it (今後…協議する) are another meeting, not joined to them
    text = "大阪府は、2025年の万博終了後に跡地を再開発する計画をまとめ、3月5日、関西電力と協議をしたうえで、" \
           "今後具体的な日程について協議することを確認した。"
    found = proposals_in(text, datetime.date(2015, 3, 10))
    assert [(p.kind, p.status, len(p.mentions)) for p in found] == [("talks", "held", 1)]
    assert found[0].mentions[0].start == text.index("協議をした")
