"""The imperial family met by a state guest is a side of the meeting: 天皇陛下 (whoever reigned on the day),
皇太子さま (as written). Sentences written for Kaidan in the style of Japanese news."""

from datetime import date

from tests.core.meeting_helpers import proposals_in


def told(text, day):
    return [(p.kind, [(x.name, x.entity_id) for x in p.participants]) for p in proposals_in(text, day)]


def test_the_emperor_met_by_a_guest_is_the_reigning_emperor():
    [(kind, sides)] = told("ブッシュ大統領は16日、皇居で天皇陛下と会見した。", date(2005, 11, 17))
    assert kind == "talks" and ("天皇陛下", "person:akihito") in sides and len(sides) == 2
    [(kind, sides)] = told("トランプ大統領は27日、皇居で天皇陛下と会見した。", date(2019, 5, 28))
    assert ("天皇陛下", "person:naruhito") in sides


def test_a_prince_by_his_honorific_name_is_a_side():
    [(kind, sides)] = told("オバマ大統領は14日、東宮御所で皇太子さまと会見した。", date(2009, 11, 15))
    assert [name for name, _ in sides] == ["オバマ", "皇太子さま"]


def test_the_emperor_named_beside_a_meeting_he_is_not_at_is_no_side():
    [(kind, sides)] = told("ブッシュ大統領は16日、天皇陛下の誕生日を祝い、小泉首相と会談した。", date(2005, 11, 17))
    assert [name for name, _ in sides] == ["ブッシュ", "小泉"]
    # an ordinary word before さま is nobody
    assert all("皆さま" not in [n for n, _ in s] for _, s in told("大統領は16日、皆さまと会見した。", date(2005, 11, 17)))
