"""Who holds a claim when its sentence names more than one candidate: the topic of the clause the claim is in, a
person before a title no office list holds, a company word after an outlet's source, a subject inside the matter
answered. Sentences from Wikinews articles (CC BY 2.5, the Wikinews contributors)."""

import pytest

from core.nlp.offices import office_after
from tests.core.claim_helpers import candidates, holder_of


def _holder(text, words):
    """The holder of the claim that holds words."""
    at = text.index(words)
    found = [c for c in candidates(text) if c.start <= at < c.end]
    assert found, f"no claim holds {words}"
    return holder_of(found[0])


def test_a_later_clause_with_its_own_topic_holds_the_quote_in_it():
    text = ("時事通信によると、タイ王国の下院は今後30日以内に新しい首相を選ぶことになるが、国民の力の幹部は"
            "「旧与党の6つの政党や団体が再び政権を樹立する」として、旧与党による政権維持を示唆する発言をしている。")
    assert _holder(text, "旧与党の6つの政党") == "国民の力の幹部"


def test_a_clause_after_ほか_with_its_own_topic_holds_the_claim_in_it():
    # Wikinews: walking with smartphones on station platforms
    text = ("また、JR西日本では来島達夫社長が会見で事故を防ぐ対策を検討することを表明したほか、大阪市の吉村洋文市長も"
            "地下鉄やバスで「ながらスマホ」をしないよう注意喚起を強める考えを示している。")
    assert _holder(text, "注意喚起") == "吉村洋文"


def test_a_later_clause_opening_with_a_matter_leaves_the_speaker():
    text = "岸田首相は10日に記者会見を開いたが、詳細は「今後詰めていく」と述べた。"
    assert _holder(text, "今後詰めていく") == "岸田文雄"


def test_a_day_after_the_topic_keeps_it_over_a_subject_set_off_by_a_comma():
    text = "防災科学技術研究所は31日、震央が、ジョクジャカルタ市南南東約10キロメートルだったと発表した。"
    assert _holder(text, "ジョクジャカルタ市南南東") == "防災科学技術研究所"


def test_a_portfolio_written_in_katakana_is_part_of_the_title():
    assert office_after("南部アフリカ担当報道官は、", 0).group("office") == "報道官"
    text = ("ムジンバ地方のムムベルワ4世は、「食糧の問題は真剣に議論されなければならない」と語った。"
            "またアンゴラでも食糧不足は深刻な問題となっており、WFPのマイケル・ハギンズ南部アフリカ担当報道官は、20日、"
            "3,000万米ドルの緊急援助が必要だと語った。")
    assert _holder(text, "3,000万米ドル") == "マイケル・ハギンズ"


def test_a_company_word_after_an_outlet_source_is_not_the_outlet():
    text = ("金融庁は、投資顧問会社・AIJ投資顧問に対し業務停止命令を出した。"
            "産経新聞によると、同社に運用を委託した企業は、今後は年金資金の引き出しが不可能となる。"
            "また、朝日新聞によれば、同社は同庁に対し、「失われた金額や理由は説明できない」と報告した模様。")
    assert _holder(text, "失われた金額") not in ("朝日新聞", "産経新聞")
    assert "AIJ" in _holder(text, "失われた金額")


# (what the sentence is, the words of the claim, its holder)
_NAMED = {
    "a subject inside the matter answered does not speak": (
        "共同通信によれば、安明進さんの意見陳述に対し、帰国した拉致被害者のひとり蓮池薫さんは、29日コメントを出して事実の正誤を指摘した。"
        "安明進さんが政治学校で蓮池薫さんを目撃したとする発言に対し、「金正日政治軍事大学にいたことはない。"
        "従って安氏にお会いしたことはない」としている。", "金正日政治軍事大学にいたことはない", "蓮池薫"),
    "a department head named after the body speaks": (
        "読売新聞によると、この地震について気象庁の関田康雄地震火山部課長が会見を行い、"
        "「この地震は想定されている東海地震ではない」と話した。", "東海地震ではない", "関田康雄"),
}


@pytest.mark.parametrize("text, words, holder", list(_NAMED.values()), ids=list(_NAMED))
def test_the_one_named_holds(text, words, holder):
    assert _holder(text, words) == holder


def test_a_person_before_a_title_no_office_list_holds_is_the_holder():
    text = ("アントニオ・グテレス国連高等難民弁務官は、21日ロンドンで記者会見を開いた。"
            "ロイター=ペニンシュラ紙などによれば、グテレス国連高等難民弁務官は、「すべてが統制を失いつつある」との認識を示した。")
    assert _holder(text, "すべてが統制を失い") in ("グテレス", "アントニオ・グテレス")


def test_the_why_counts_say_where_the_right_name_and_the_name_taken_are_written():
    from core.claims.why import wrong_name_place
    from core.model import Mention

    body = "岸田首相は10日に会見した。林外相は、「緊密に連携していく」と述べた。"
    start = body.index("「")
    claim = {"start": start, "end": body.index("」") + 1}
    kishida = Mention(0, 2, "岸田", "PERSON", "person:fumio-kishida")
    hayashi = Mention(body.index("林"), body.index("林") + 1, "林", "PERSON", "person:yoshimasa-hayashi")
    place = wrong_name_place(body, claim, lambda m: m is kishida, "岸田", [kishida, hayashi], lambda m: m is hayashi)
    assert place == "right name: its sentence, before; taken: an earlier sentence"
    place = wrong_name_place(body, claim, lambda m: False, "同省の担当者", [kishida, hayashi], lambda m: m is hayashi)
    assert place == "right name: its sentence, before; taken: no mention (同X's people)"


def test_an_officer_named_with_the_body_they_speak_for_keeps_the_body():
    text = ("読売新聞によると、住基カード交付には身分証明書を提示させている。"
            "今回の問題に関連して、京都市の担当者は、「家族や同居人による不正は想定外で、見分けるのは困難」とコメントしている。")
    assert _holder(text, "同居人による不正") == "京都市の担当者"
    text = "この問題について、ある関係者は「詳しいことは分からない」と話している。"
    assert _holder(text, "詳しいことは") == "関係者"


def test_a_standpoint_or_a_ground_a_quote_is_said_from_is_no_speaker():
    text = "浅田次郎氏は会見で、作家の立場から「作品は、血を分けた子供と同じだ」と語った。"
    assert _holder(text, "血を分けた") == "浅田次郎"
    text = ("2日の小法廷は、税法の趣旨を挙げ、規定の文言から「みだりに離れた解釈をすべきではない」と指摘。")
    assert _holder(text, "みだりに離れた") != "文言"
    text = "桜庭選手側から「反則ではないか」と抗議があった。"
    assert _holder(text, "反則ではないか") == "桜庭"
