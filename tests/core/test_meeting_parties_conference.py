"""A conference of the parties to a treaty (締約国会議) is a meeting of states known by its treaty's name, held by
the parties, not by the country of the town it sits in; a bare 締約国会議 after it is that conference."""

from core.meetings.plan import plan_meetings
from core.nlp.entities import detect
from tests.core.meeting_helpers import REGISTRY


def _planned(text, published="2009-12-20"):
    from core.dates import reference_date

    mentions = detect(text, REGISTRY, reference_date(published, None))
    return plan_meetings(text, mentions, published, None, REGISTRY).proposals


def test_a_conference_of_the_parties_is_a_meeting_named_by_its_treaty():
    found = _planned("国連気候変動枠組み条約第15回締約国会議(COP15)は19日、コペンハーゲンで閉幕した。")
    assert [(p.kind, p.title, p.start) for p in found] == \
        [("multilateral", "国連気候変動枠組み条約第15回締約国会議", "2009-12-19")]
    assert found[0].participants == []  # (no host country: Denmark does not hold it)


def test_a_bare_conference_of_the_parties_after_the_named_one_is_that_one():
    text = ("国際赤十字締約国会議がジュネーブで8日、新たなマークを加えることを承認した。\n"
            "イスラエルは締約国会議の決定を歓迎した。")
    found = _planned(text, "2005-12-09")
    assert [(p.title, p.start, len(p.mentions)) for p in found] == [("国際赤十字締約国会議", "2005-12-08", 2)]


def test_a_title_or_a_seat_of_the_conference_is_no_meeting():
    assert _planned("気候変動枠組条約締約国会議議長のヘデゴー氏は19日、辞任した。") == []
    assert _planned("気候変動枠組条約締約国会議場の前で19日、デモが行われた。") == []
    assert _planned("国会議員は19日、反発した。") == []
