"""Feelings told as a position (不快感を伝えた, 危機感を示す) are claims (Japanese Wikinews, CC BY 2.5)."""

from tests.core.claim_helpers import candidates, holder_of


def test_displeasure_conveyed_by_two_countries():
    text = "中国と韓国はそれぞれ17日の午前中に、ただちに強い不快感を伝えた(既報)。"
    [c] = candidates(text)
    assert "不快感" in c.text and holder_of(c) in ("中国", "中華人民共和国", "韓国", "大韓民国")


def test_a_sense_of_crisis_shown_by_a_company_head():
    text = "西川恭爾社長は、買収について強い危機感を示した。"
    [c] = [c for c in candidates(text) if "危機感" in c.text]
    assert holder_of(c) == "西川恭爾"
    # quotes summed up as a feeling (…と述べるなど、危機感を示す) are the claims, the feeling none beside them, as the
    # claims gold's draw 26 marks it
    text = "西川恭爾社長が「会社の存亡にかかわる」(朝日)と述べるなど、危機感を示す一方、今後の対応については言及を避けた。"
    found = candidates(text)
    assert "「会社の存亡にかかわる」" in [c.text for c in found] and not any("危機感" in c.text for c in found)


def test_the_content_of_a_position_noun_after_to_no_is_the_clause_before_it():
    # …責任があるとの発言を行った: what was said is the clause before との, its own が-subject kept (was: あるとの発言)
    from tests.core.claim_helpers import candidates
    text = "またハイン北アイルランド相も、オレンジ団に実質的な責任があるとの発言を行っていた。"
    assert [c.text for c in candidates(text)] == ["オレンジ団に実質的な責任がある"]
    text = "毎日新聞と朝日新聞によれば、兵庫県香美町は、くいだおれ太郎人形を名誉町民として向かえたいという意向をくいだおれ社に伝えた。"
    assert [c.text for c in candidates(text)] == ["くいだおれ太郎人形を名誉町民として向かえたい"]


def test_a_position_told_again_is_read_with_its_manner():
    from tests.core.claim_helpers import candidates
    text = "首相は、北朝鮮の行動は容認できないとの認識を改めて示した。"
    assert [c.text for c in candidates(text)] == ["北朝鮮の行動は容認できない"]
    text = "外相は、交渉が長期化するとの懸念を重ねて表明した。"
    assert [c.text for c in candidates(text)] == ["交渉が長期化する"]
