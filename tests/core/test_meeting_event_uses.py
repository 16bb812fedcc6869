"""Meeting words told as an event by forms the gate did not read: a meal shared written in kana, the verb of an
exchange of views, the seat and the time of a sitting, a sitting named after the clause that held it, a
coalition's talks named with its government, a contract of two bodies, a signing reached, a person visited at
their place (sentences written for Kaidan in the style of Japanese news)."""

from datetime import date

from tests.core.meeting_helpers import dropped_by_gate, proposals_in, told_in


def told(text):
    return told_in(text, date(2010, 5, 10))


def test_a_meal_shared_written_in_kana_is_talks_of_both():
    assert told("鳩山首相は9日夜、オバマ大統領と夕食をともにした。") == [("talks", ["オバマ", "鳩山"])]
    # with nobody named across the table, no meeting of sides
    assert told("選手たちは9日夜、夕食をともにした。") == []


def test_views_exchanged_with_someone_named_are_talks():
    assert told("岡田外相は9日、北京で楊潔篪外相と意見を交わした。") == [("talks", ["岡田", "楊潔篪"])]
    assert told("会場では参加者が活発に意見を交わした。") == []


def test_the_seat_and_the_time_of_a_sitting_tell_it_held():
    assert not dropped_by_gate("外相は会合にて、各国に協力を求めた。", "会合")
    assert not dropped_by_gate("交渉の席で、双方は譲らなかった。", "交渉")
    assert not dropped_by_gate("会合の後、外相は記者団に語った。", "会合")
    assert not dropped_by_gate("交渉のテーブルに着く用意がある。", "交渉")
    # 後退, 席次: other nouns after の
    assert dropped_by_gate("交渉の後退が懸念される。", "交渉")
    assert dropped_by_gate("会合の席次を決めた。", "会合")


def test_a_sitting_named_after_the_clause_that_held_it_is_a_meeting():
    text = "プーチン大統領はウラジオストクで行われた東方経済フォーラムの全体会合にて、安倍首相に平和条約の締結を提案した。"
    assert not dropped_by_gate(text, "会合")
    assert "会合" in {m.text for p in proposals_in(text, date(2018, 9, 13)) for m in p.mentions}
    assert not dropped_by_gate("和歌山市であった「知事会合」について説明した。", "会合")
    assert dropped_by_gate("「知事会合」について説明した。", "会合")
    # a plain noun with no clause that holds it stays none, and so does one after a copula (であった, not at a place)
    assert dropped_by_gate("次世代放送推進フォーラムは試験放送を続ける。", "フォーラム")
    assert dropped_by_gate("前政権の看板であった対話路線は後退した。", "対話")


def test_a_coalition_named_with_its_government_negotiates():
    assert not dropped_by_gate("独連立政権交渉、結論は10日の会談へ持ち越し", "交渉")
    assert dropped_by_gate("政権交代を求める声が強まった。交渉ごとは苦手だ。", "交渉")


def test_a_contract_two_bodies_conclude_is_their_signing_and_a_players_is_none():
    text = "鳥栖市は福岡県の食品卸し・食堂運営会社「ベストアメニティー」と契約を結んだことを明らかにした。"
    assert told(text) == [("signing", ["ベストアメニティー", "鳥栖市"])]
    # a player's contract (a person the partner, or no body before a club), one that stands, one describing its holder
    assert told("中日ドラゴンズは中村紀洋選手と育成選手として契約を結んだと発表した。") == []
    assert told("2011年11月22日にボストン・レッドソックスとマイナー契約を結んだ。") == []
    assert told("日本水泳連盟は国内の3社とサプライヤー契約を結んでおり、他社製品は使えない。") == []
    described = "TBSの番組では、槙原寛己氏が、ニューヨーク・メッツとマイナー契約を結んだ高橋尚成を訪れた。"
    assert "signing" not in {kind for kind, _ in told(described)}
    # a contract of alliance stays a signing whoever is named
    assert told("トヨタは日産と資本提携契約を結んだ。") == [("signing", ["トヨタ", "日産"])]


def test_a_person_visited_at_their_place_hosts_the_visit():
    [visit] = [p for p in proposals_in("安倍首相は10日、トランプ大統領のもとを訪れ、会談した。", date(2017, 2, 11))
               if p.kind == "visit"]
    assert [(p.name, p.role) for p in visit.participants] == [("安倍", "visitor"), ("トランプ", "host")]


def test_a_signing_reached_is_told_as_done_and_one_not_reached_is_none():
    text = "ウェストバージニア州公務員保険とウェストバージニア大学は、州としてパートナーシップを締結するに至った。"
    assert [kind for kind, _ in told(text)] == ["signing"]
    assert not dropped_by_gate("横浜市は日本発条と命名権を締結できた。", "締結")
    assert dropped_by_gate("両国は平和条約の締結に至っていない。", "締結")
    assert dropped_by_gate("横浜市は日本発条と命名権を締結できていない。", "締結")


def test_a_gathering_glossed_by_its_letters_in_brackets_is_attended_past_them():
    # ASEAN地域フォーラム（ARF）に出席: the letters of its name glossed in brackets, then the event use
    assert not dropped_by_gate("外相は10日、地域フォーラム（ARF）に出席した。", "フォーラム")
    assert not dropped_by_gate("財務相は10日、戦略経済対話(SED)に出席した。", "対話")
    assert told("岡田外相は10日、ASEAN地域フォーラム（ARF）に出席した。") == [("multilateral", ["岡田"])]
    # a gloss of another kind (a reading, a word in kana) or no event use after it: dropped as before
    assert dropped_by_gate("政府は地域フォーラム（ARF）を重視する方針だ。", "フォーラム")
    assert dropped_by_gate("外相は10日、地域フォーラム（ふぉーらむ）に出席した。", "フォーラム")
