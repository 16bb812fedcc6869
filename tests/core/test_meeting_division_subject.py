"""A body's division as the subject of a meeting clause stands for the body the article's lead is about."""

from tests.core.meeting_helpers import proposals_in

_LEAD = "毎日新聞の報道によると、精密機械メーカー大手・コニカミノルタホールディングスは同日、カメラ事業から撤退すると発表した。"
_DIVISION = "またカメラ部門は一眼レフデジカメに関しては2005年に業務提携を結んだ日本のオーディオメーカー・ソニーに事業譲渡する。"


def _sides(text):
    return [[q.name for q in p.participants] for p in proposals_in(text)]


def test_the_division_is_the_body_the_lead_is_about():
    assert ["コニカミノルタホールディングス", "ソニー"] in _sides(_LEAD + _DIVISION)


def test_a_person_the_lead_is_about_is_no_division_s_body():
    lead = "毎日新聞の報道によると、岸田文雄首相は同日、カメラ事業の支援を表明した。"
    assert all("岸田文雄" not in sides for sides in _sides(lead + _DIVISION))


def test_a_subject_that_is_no_division_takes_no_body_from_the_lead():
    text = _LEAD + "また販売店は一眼レフデジカメに関しては2005年に業務提携を結んだ日本のオーディオメーカー・ソニーに事業譲渡する。"
    assert all("コニカミノルタホールディングス" not in sides for sides in _sides(text))
