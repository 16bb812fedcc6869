"""An organisation's name that runs on past the entity Kaidan found (NBCテレビ|局は, 仙台中央警察|署は)
still makes it the subject (Japanese Wikinews, CC BY 2.5)."""

from tests.core.claim_helpers import candidates, holder_of


def test_a_broadcaster_written_with_its_station_word_holds_its_quote():
    text = ("アルアラビア通信が「12月30日の午前6時5分ごろに行われた」と伝えている他、アメリカのNBCテレビ局は"
            "「死刑執行の模様がビデオで撮影され、それを公開することを検討中である」と報じた。")
    first, second = candidates(text)
    assert holder_of(first) == "アルアラビア通信"
    assert second.text.startswith("「死刑執行") and holder_of(second).startswith("NBC")


def test_a_company_written_with_sha_is_the_subject_not_the_person_inside_the_claim():
    text = "アップル社は5日、同社の共同創業者であり前CEOのスティーブ・ジョブズ会長が死去したと発表した。"
    [c] = candidates(text)
    assert holder_of(c) == "アップル"
    assert c.text.startswith("5日、同社の") or c.text.startswith("同社の")


def test_a_quote_after_another_speakers_report_takes_the_company_named_before_it():
    text = ("ミズノの水野明人社長は「1人でも多くの選手がミズノの製品を選んでもらえるよう改善を進める」、"
            "またアシックスやデサントも同様に選手の要望に応えられるような改良を重ねる旨を明らかにしたが、"
            "スピード社の水着を提供するゴールドウィン社は「日本水連から正式な話を聞いていない」としてコメントを控えた。")
    [c] = [c for c in candidates(text) if c.text == "「日本水連から正式な話を聞いていない」"]
    assert holder_of(c).startswith("ゴールド")


def test_the_same_unit_points_back_to_the_force_named_before():
    text = ("陸上自衛隊は広島市からの災害派遣要請を受け、約30人を安佐南区八木地区に派遣した。\n"
            "広島市の谷川市議は現地を視察した。\n"
            "また同隊は日没後も救助活動を継続するとしている。")
    [c] = [c for c in candidates(text) if "日没後" in c.text]
    assert holder_of(c) == "陸上自衛隊"
