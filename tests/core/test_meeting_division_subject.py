"""A body's division as the subject of a meeting clause stands for the body the article's lead is about."""

from tests.core.meeting_helpers import proposals_in, sides_in as _sides

_LEAD = "毎日新聞の報道によると、精密機械メーカー大手・コニカミノルタホールディングスは同日、カメラ事業から撤退すると発表した。"
_DIVISION = "またカメラ部門は一眼レフデジカメに関しては2005年に業務提携を結んだ日本のオーディオメーカー・ソニーに事業譲渡する。"


def test_the_division_is_the_body_the_lead_is_about():
    assert ["コニカミノルタホールディングス", "ソニー"] in _sides(_LEAD + _DIVISION)


def test_a_person_the_lead_is_about_is_no_division_s_body():
    lead = "毎日新聞の報道によると、岸田文雄首相は同日、カメラ事業の支援を表明した。"
    assert all("岸田文雄" not in sides for sides in _sides(lead + _DIVISION))


def test_a_subject_that_is_no_division_takes_no_body_from_the_lead():
    text = _LEAD + "また販売店は一眼レフデジカメに関しては2005年に業務提携を結んだ日本のオーディオメーカー・ソニーに事業譲渡する。"
    assert all("コニカミノルタホールディングス" not in sides for sides in _sides(text))


_TEAM = "時事通信によると、全国高校野球大会で初優勝した興南高校の選手団が8月22日、地元に凱旋した。"


def test_a_delegation_by_its_word_alone_is_the_body_whose_delegation_was_named_before():
    text = _TEAM + "テレビ朝日によると、選手団一行は同日午前、朝日新聞社大阪本社を訪問し、優勝報告を行った。"
    visits = [p for p in proposals_in(text) if p.kind == "visit"]
    assert [[(q.name, q.role) for q in p.participants] for p in visits] == [
        [("興南高校", "visitor"), ("朝日新聞社", "host")]]


def test_a_delegation_of_another_word_takes_no_body():
    text = _TEAM + "テレビ朝日によると、使節団は同日午前、朝日新聞社大阪本社を訪問し、優勝報告を行った。"
    assert all(q.name != "興南高校" for p in proposals_in(text) for q in p.participants)
