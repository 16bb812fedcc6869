"""A signing whose clause names only its partner takes the omitted subject: the body the sentence before stood on,
else the person carried from before (core.meetings.signing_carried)."""

from tests.core.meeting_helpers import sides_in


def test_a_signing_with_its_partner_alone_takes_the_person_carried_from_the_line_before():
    text = "岸田首相は10日、インドを訪問した。\n同日、モディ首相と協定に署名した。"
    assert ["岸田", "モディ"] in sides_in(text)


def test_a_signing_with_its_partner_alone_takes_the_body_the_sentence_before_stood_on_over_a_person_before_it():
    text = ("さいたま市の相川宗一市長は「協力できる」とコメントした。\n"
            "日刊スポーツによると、大宮公園サッカー場の命名権売却は、さいたま市が募集し、4社が応募。\n"
            "そのうち、企業信頼度や提示金額などを審査・検討した結果、NACK5と売却契約を締結したと発表。")
    assert sides_in(text) == [["さいたま市", "NACK5"]]


def test_a_signing_with_a_subject_or_describing_a_noun_or_after_a_body_referred_back_to_takes_no_one_carried():
    # its own subject
    text = "岸田首相は10日、インドを訪問した。\n外相は同日、ジャイシャンカル外相と協定に署名した。"
    assert sides_in(text)[-1] == ["ジャイシャンカル"]
    # a signing describing the noun after it is that noun's
    text = "高雄市で爆発事故が発生した。\n高雄市と友好交流協定を結んでいる東京都八王子市では募金の窓口を設けた。"
    assert all(len(sides) < 2 for sides in sides_in(text))
    # 同社 is whatever the entity layer took it for (here the partner of an earlier signing): no side
    text = ("グリーは、2011年に株式会社マインドパレットと資本業務提携を結んだ。そんな同社が新しいサービスを明らかにした。\n"
            "同社は2012年8月29日、VOYAGE GROUPと業務提携することを発表した。\n"
            "今回新たにVOYAGE GROUPと業務提携を結ぶことで、さらなる強化を図っていく構えだ。")
    assert all("株式会社マインドパレット" not in sides for sides in sides_in(text) if "VOYAGE GROUP" in sides)
