"""Sides read by general forms rather than words: a bare title of any office of state referring back to the person
named with it before (議長は, 総統は, 総書記は as 首相は)."""

from core.meetings.suggest import plan_meetings
from core.nlp.entities import detect
from core.registry import bundled_registry

REGISTRY = bundled_registry()


def sides(text: str, published: str = "2007-06-01") -> list[list[str]]:
    plan = plan_meetings(text, detect(text, REGISTRY), published, None, REGISTRY)
    return [[p.name for p in proposal.participants] for proposal in plan.proposals if proposal.kind != "visit"]


def test_a_bare_title_of_any_office_stands_for_the_person_named_before_with_it():
    assert sides("陳水扁総統は9日、パラオに到着した。総統は10日、レメンゲサウ大統領と会談した。") == [["陳水扁", "レメンゲサウ"]]
    assert sides("金正日総書記は9日、北京に到着した。総書記は10日、胡錦濤国家主席と会談した。") == [["金正日", "胡錦濤"]]
    assert sides("アッバス議長は9日、ワシントンを訪れた。議長は10日、ブッシュ大統領と会談した。") == [["アッバス", "ブッシュ"]]


def test_a_bare_title_no_one_was_named_with_adds_nobody():
    # 議長 was never written after 金正日: the title refers to no one named before
    assert sides("金正日総書記は9日、北京に到着した。議長は10日、胡錦濤国家主席と会談した。") == [["胡錦濤"]]
