"""Feelings told as a position (不快感を伝えた, 危機感を示す) are claims (Japanese Wikinews, CC BY 2.5)."""

from tests.core.claim_helpers import candidates, holder_of


def test_displeasure_conveyed_by_two_countries():
    text = "中国と韓国はそれぞれ17日の午前中に、ただちに強い不快感を伝えた(既報)。"
    [c] = candidates(text)
    assert "不快感" in c.text and holder_of(c) in ("中国", "中華人民共和国", "韓国", "大韓民国")


def test_a_sense_of_crisis_shown_by_a_company_head():
    text = "西川恭爾社長が「会社の存亡にかかわる」(朝日)と述べるなど、危機感を示す一方、今後の対応については言及を避けた。"
    [c] = [c for c in candidates(text) if "危機感" in c.text]
    assert holder_of(c) == "西川恭爾"
