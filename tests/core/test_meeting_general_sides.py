"""Sides read by general forms rather than words: a bare title of any office of state referring back to the person
named with it before (議長は, 総統は, 総書記は as 首相は)."""

from core.meetings.plan import plan_meetings
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


def test_countries_listed_before_the_meeting_word_are_each_a_side():
    assert sides("日本・中国・韓国の首脳会談が10日、行われた。") == [["日本", "中国", "韓国"]]
    assert sides("日本・中国の首脳会談が10日、行われた。") == [["日本", "中国"]]
    assert sides("日本、中国、韓国の3か国首脳会談が10日、行われた。") == [["日本", "中国", "韓国"]]


def test_countries_listed_before_another_noun_are_no_sides():
    # 日本・中国 are joined by の to 国境問題, not to the meeting word
    assert sides("小泉首相は10日、日本・中国の国境問題をめぐり、韓国の潘基文外相と会談した。") == [["小泉", "潘基文"]]


def test_a_body_met_through_the_people_who_speak_for_it():
    # ハマスの指導者と: the body is the side, by any word for its people (指導者, 代表者, 高官, 当局者 …)
    assert sides("パレスチナのアッバス議長は10日、ハマスの指導者と会談した。") == [["アッバス", "ハマス"]]
    assert sides("小泉首相は10日、トヨタ自動車の幹部らと会談した。") == [["小泉", "トヨタ自動車"]]


def test_countries_listed_by_a_comma_after_to_are_each_a_side():
    assert sides("米国と韓国、日本は10日、協議を行った。") == [["米国", "韓国", "日本"]]
    assert sides("米国、韓国と日本は10日、協議を行った。") == [["米国", "韓国", "日本"]]


def test_a_body_as_the_topic_with_de_wa_holds_the_talks():
    assert sides("トヨタ自動車では、ゼネラル・モーターズと提携交渉を進めている。") == [["トヨタ自動車", "ゼネラル・モーターズ"]]
    assert sides("外務省では、米国務省と協議を続けている。") == [["外務省", "米国務省"]]


def test_a_body_as_the_setting_with_de_wa_is_no_side_when_people_meet():
    assert sides("国連では、10日にブッシュ大統領が小泉首相と会談した。") == [["ブッシュ", "小泉"]]
