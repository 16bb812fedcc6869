"""A person's title with their body between the name and the head word
(山口信夫日本商工会議所会頭は, 小浦武志強化本部長は): the person holds the claim (Japanese Wikinews, CC BY 2.5)."""

from tests.core.claim_helpers import candidates, holder_of


def test_a_chamber_of_commerce_head_holds_his_quote_not_the_speaker_before():
    text = ("また安倍晋三幹事長代理がそれぞれ歓迎する意を明らかにした。\n"
            "朝日新聞によると山口信夫日本商工会議所会頭は、「日中、日韓関係は現在極めて重要なので、"
            "外交ルートなどを通じて改善に全力を挙げてほしい」と述べた。")
    [c] = [c for c in candidates(text) if c.attribution == "direct"]
    assert holder_of(c) == "山口信夫"


def test_a_researcher_written_with_university_and_post_holds_the_quote():
    text = ("京都大学の佐々恭二名誉教授は「小さな揺れでも地すべりが起こりやすいので余震にも注意が必要」と話した。"
            "また同じ京都大学の福岡浩准防災研究所教授も「斜面で大規模な地すべりや落石が起きる可能性がある」として、"
            "厳重な警戒を呼びかけた。")
    quotes = [c for c in candidates(text) if c.attribution == "direct"]
    assert [holder_of(c) for c in quotes] == ["佐々恭二", "福岡浩"]


def test_a_katakana_name_is_not_cut_into_a_title():
    text = "アーマン・ペトロシアン社長は「非合法な市場が増加していることが本当の問題だ」と語った。"
    [c] = candidates(text)
    assert "ペトロシアン" in holder_of(c)
