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


def test_two_countries_delegations_joined_to_the_word_by_no_are_both_sides():
    # (as AとBの会談 and 北朝鮮の代表と韓国の代表の会談 already were: each delegation meets for its country)
    for text in ("北朝鮮の代表団と韓国の代表団の会談が10日、開城で開かれた。",
                 "北朝鮮代表団と韓国代表団の会談が10日、開城で開かれた。"):
        assert [sorted(p.name for p in m.participants) for m in meetings_in(text)] == [["北朝鮮", "韓国"]]


def test_a_countrys_delegation_of_another_noun_is_no_side():
    # (の joins the delegation to something else first: the talks' sides are not said)
    text = "北朝鮮の代表団の宿舎で10日、会談が開かれた。"
    assert all("北朝鮮" not in [p.name for p in m.participants] for m in meetings_in(text))
