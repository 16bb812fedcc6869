"""A body's delegation that travels (経団連の使節団が中国を訪問した, トヨタの代表団が米国を訪問した) makes the body the
visitor, as a country's delegation makes the country; a paper's reporters (朝日新聞の取材団) are no delegation."""

from tests.core.meeting_helpers import meetings_in


def _visit(text):
    return next(m for m in meetings_in(text) if m.kind == "visit")


def test_a_bodys_delegation_visiting_a_country_is_the_visitor():
    visit = _visit("経団連の使節団が10日、中国を訪問した。")
    assert {(p.name, p.role) for p in visit.participants} == {("経団連", "visitor"), ("中国", "host")}
    visit = _visit("トヨタの代表団が10日、米国を訪問した。")
    assert ("トヨタ", "visitor") in {(p.name, p.role) for p in visit.participants}


def test_reporters_of_a_paper_are_no_delegation():
    visit = _visit("朝日新聞の取材団が10日、北朝鮮を訪問した。")
    assert all(p.name != "朝日新聞" for p in visit.participants)


def test_a_bodys_delegation_glued_to_its_name():
    visit = _visit("EU代表団が10日、中国を訪問した。")
    assert {(p.name, p.role) for p in visit.participants} == {("EU", "visitor"), ("中国", "host")}
    [talks] = [m for m in meetings_in("北朝鮮は10日、IAEA査察団と協議した。") if m.kind == "talks"]
    assert sorted(p.name for p in talks.participants) == ["IAEA", "北朝鮮"]
