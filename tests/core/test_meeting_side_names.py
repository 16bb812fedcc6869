"""How a side of a meeting is named: a body by its full name when the article spells its acronym out
inside quotes and an aside, a country's government delegation beside the other side's, one side read
twice (once with its entity, once as written) kept once. Sentences of Japanese Wikinews (CC BY 2.5) and
sentences written for Kaidan in their style."""

from datetime import date

from core.meetings.mention import Participant
from core.meetings.people import unique
from tests.core.meeting_helpers import proposals_in


def told(text, day=date(2009, 2, 27)):
    return [(p.kind, sorted(x.name for x in p.participants)) for p in proposals_in(text, day)]


def test_an_acronym_spelled_out_in_quotes_before_an_aside_names_the_body_in_full():
    text = ("公正取引委員会は27日、社団法人「日本音楽著作権協会」(JASRAC、東京都渋谷区)が行う包括徴収に排除措置命令を行った。"
            "日本民間放送連盟の広瀬道貞会長は「十分検討を行い、JASRACなどと協議していく」とのコメントを行った。")
    [(kind, sides)] = told(text)
    assert kind == "talks" and sides == ["日本民間放送連盟", "日本音楽著作権協会"]
    # the aside's other words (its seat) are no full name: an acronym spelled out nowhere stays as written
    assert told("日本民間放送連盟は27日、JASRAC(東京都渋谷区)と協議した。") == [
        ("talks", ["JASRAC", "日本民間放送連盟"])]


def test_a_government_delegation_is_its_country_beside_the_other_sides():
    assert told("北朝鮮代表団は9日、日本政府代表団と協議した。", date(2006, 5, 10)) == [("talks", ["北朝鮮", "日本"])]
    assert told("日本政府代表団と北朝鮮代表団は9日、協議を行った。", date(2006, 5, 10)) == [("talks", ["北朝鮮", "日本"])]
    # a government named for itself is still its country
    assert told("日本政府と北朝鮮は9日、協議を行った。", date(2006, 5, 10)) == [("talks", ["北朝鮮", "日本"])]


def test_a_side_read_with_its_entity_and_as_written_is_one_side():
    sides = unique([Participant("西武"), Participant("西武", "found:ORG:西武"), Participant("福岡ソフトバンク")])
    assert [(p.name, p.entity_id) for p in sides] == [("西武", "found:ORG:西武"), ("福岡ソフトバンク", None)]
    # two names with no entity, or one entity written twice, stay as before
    assert len(unique([Participant("西武"), Participant("西武")])) == 1
    assert len(unique([Participant("西武"), Participant("西武ライオンズ", "found:ORG:西武ライオンズ")])) == 2


def test_both_leaders_dated_to_another_day_are_the_pair_named_before_at_another_meeting():
    text = ("小泉首相は9日、ブッシュ大統領とホワイトハウスで会談した。会談では北朝鮮問題が話し合われた。"
            "両首脳は昨年11月にも京都で会談している。")
    found = sorted((p.start or "", sorted(x.name for x in p.participants)) for p in proposals_in(text, date(2006, 5, 10)))
    assert found == [("2005-11", ["ブッシュ", "小泉"]), ("2006-05-09", ["ブッシュ", "小泉"])]
    # with no day of their own, the words refer back to the talks told before: one meeting
    text = "小泉首相は9日、ブッシュ大統領とホワイトハウスで会談した。両首脳は会談後、共同会見を開いた。"
    assert len(proposals_in(text, date(2006, 5, 10))) == 1
