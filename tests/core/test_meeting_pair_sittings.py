"""Meeting words a pair of sides holds together: a 会議 or a 協議会 whose clause opens on two sides joined by と
(兵庫県と神戸市は10日、会議を開いた), not a body's own sitting nor one each side held apart; and talks told by how
they ended (交渉は破談となった)."""

from core.meetings.plan import plan_meetings
from core.nlp.entities import detect
from core.registry import bundled_registry

REGISTRY = bundled_registry()


def sides(text: str, published: str = "2010-06-01") -> list[list[str]]:
    plan = plan_meetings(text, detect(text, REGISTRY), published, None, REGISTRY)
    return [sorted(p.name for p in proposal.participants) for proposal in plan.proposals]


def test_a_sitting_two_local_governments_hold_is_their_meeting():
    assert sides("兵庫県と神戸市は10日、会議を開いた。") == [["兵庫県", "神戸市"]]


def test_a_sitting_two_governments_hold_is_their_meeting():
    assert sides("日本政府と韓国政府は10日、ソウルで会議を開いた。") == [["日本", "韓国"]]


def test_two_countries_told_by_their_letters_before_the_pair_word_hold_the_meeting():
    # 日中両国は, 日米両政府は: the pair told by one word, its countries written as one letter each before it
    assert sides("日中両国は10日、北京で会議を開いた。") == [["中国", "日本"]]
    assert sides("日中両国政府は10日、北京で会議を開き、協力を確認した。") == [["中国", "日本"]]
    assert sides("日米両政府は10日、東京で話し合った。") == [["日本", "米国"]]
    # a 両 inside another word (車両), or the pair word with no sides named anywhere: none
    assert sides("車両は10日、会議を開いた。") == []
    assert sides("両国政府は10日、会議を開いた。") == []
    # 朝日は: a newspaper, never Korea and Japan (written 日朝), in front of any meeting word
    assert sides("読売と朝日は10日、会議を開いた。") == []
    assert sides("朝日は10日、東京で協議を行った。") == []
    assert sides("日朝は10日、会議を開いた。") == [["北朝鮮", "日本"]]


def test_a_council_two_sides_hold_is_their_meeting():
    assert sides("兵庫県と神戸市は10日、協議会を開いた。") == [["兵庫県", "神戸市"]]
    assert sides("トヨタ自動車は10日、日産自動車との協議会を開いた。") == [["トヨタ自動車", "日産自動車"]]


def test_a_council_named_as_a_body_is_no_meeting():
    assert sides("マラウイキリスト教協議会は、政府に対応を求めて働きかけてきた。") == []


def test_a_bodys_own_sitting_stays_no_meeting():
    assert sides("自民党は10日、党本部で会議を開いた。") == []


def test_sittings_each_side_held_apart_are_no_meeting_of_the_pair():
    assert sides("ソニーとパナソニックは10日、それぞれ会議を開いた。") == []


def test_talks_told_by_how_they_ended_are_held_talks():
    assert sides("日産自動車とルノーの交渉は10日、破談となった。") == [["ルノー", "日産自動車"]]


def test_talks_a_pair_told_by_one_word_holds_are_their_meeting():
    # 監督同士が話し合い、: the verb's subject is the pair; the noun's reading of 話し合い is no gate for it
    from core.meetings.detect import detect_meetings

    text = "開幕前にこれ以上怪我人が出ないよう監督同士が話し合い、試合を打ち切った。"
    assert [m.text for m in detect_meetings(text, detect(text, REGISTRY))] == ["話し合い"]


def test_talks_to_be_held_are_told_as_planned():
    text = "楽天と田中投手の話し合いが来週持たれる。"
    plan = plan_meetings(text, detect(text, REGISTRY), "2010-06-01", None, REGISTRY)
    assert [(p.status, sorted(x.name for x in p.participants)) for p in plan.proposals] == [
        ("scheduled", ["楽天", "田中投手"])]


def test_a_negotiation_told_by_what_came_of_it_is_held_talks():
    # 交渉の結果: a negotiation is of two sides, named before it or not (協議の結果 may be a body deliberating)
    assert sides("日本と韓国の間で紛争が勃発し、交渉の結果、大陸棚協定が締結された。") == [["日本", "韓国"]] * 2
    assert sides("審判団の協議の結果、判定は覆らなかった。") == []


def test_a_sitting_a_counted_group_of_sides_holds_is_their_meeting():
    assert sides("日本、米国、韓国の3か国による会議が10日、東京で開かれた。") == [["日本", "米国", "韓国"]]
    assert sides("トヨタ自動車、日産自動車、ホンダの3社による会議が10日、開かれた。") == [
        ["トヨタ自動車", "ホンダ", "日産自動車"]]
    assert sides("20人の会議で決めた。") == []
