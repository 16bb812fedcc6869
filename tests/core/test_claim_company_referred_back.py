"""同社 as a quote's speaker: the company named before, never the outlet the article writes as telling of it, a public
body the company deals with, nor the company's own branch or depot (sentences written for the project, in the forms
of Japanese Wikinews articles outside every gold)."""

from tests.core.claim_helpers import holder_of_the


def test_the_outlet_telling_what_the_company_said_is_not_the_company():
    text = ("北海道旅客鉄道の特急列車がトンネル内で火災を起こした。朝日新聞が同社の話として伝えたところによると、"
            "乗客は全員避難した。同社は「原因を詳しく調べている」と話している。")
    assert holder_of_the(text, "「原因を詳しく調べている」") == "JR北海道"


def test_an_agency_introducing_the_company_s_announcement_is_not_the_company():
    text = ("英国の音楽販売大手HMVが経営破綻した。ロイターが同社の発表をもとに紹介したところ、"
            "同社は「事業を続けながら買い手を探す」としている。")
    assert holder_of_the(text, "「事業を続けながら買い手を探す」") == "HMV"


def test_a_public_body_written_by_its_letters_is_not_the_company():
    text = "トヨタ自動車は欧州委員会(EC)に異議を申し立てた。同社は「規制は不当だ」と主張している。"
    assert holder_of_the(text, "「規制は不当だ」") == "トヨタ自動車"


def test_the_company_s_depot_or_branch_is_not_the_company():
    text = "JR西日本は、奈良電車区所属の車両で配線が切られていたと発表した。同社は「極めて由々しき問題」とコメントしている。"
    assert holder_of_the(text, "「極めて由々しき問題」") == "JR西日本"
    text = "JR西日本は、大阪支社が報告を怠っていたと発表した。同社は「安全意識が低過ぎる」としている。"
    assert holder_of_the(text, "「安全意識が低過ぎる」") == "JR西日本"


def test_a_newspaper_company_by_its_own_name_is_still_the_company():
    text = "西日本新聞社は山口県での発行を休止すると発表した。同社は「広告収入が落ち込んだ」と説明している。"
    assert holder_of_the(text, "「広告収入が落ち込んだ」") == "西日本新聞"
