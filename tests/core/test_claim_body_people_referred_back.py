"""Speakers written as the people of a body named before, 同X and its officer or press office: the body holds their
words, as a reader marks them (Japanese Wikinews, CC BY 2.5, articles outside every gold, and sentences written for
the project)."""

from tests.core.claim_helpers import holder_of_the


def test_a_ministry_s_spokesman_written_with_the():
    text = "北朝鮮外務省は10日、談話を発表した。同省の報道官は「米国の敵対政策を糾弾する」と述べた。"
    assert holder_of_the(text, "「米国の敵対政策を糾弾する」") == "北朝鮮外務省"


def test_a_company_s_press_officer_written_with_the():
    text = "トヨタ自動車は10日、決算を発表した。同社の広報担当者は「円高は厳しい」と述べた。"
    assert holder_of_the(text, "「円高は厳しい」") == "トヨタ自動車"


def test_the_outlet_telling_of_a_company_is_never_the_company_referred_back_to():
    text = "一方、読売新聞によれば、同社の広報部は、「国税局とは見解の相違があった」と述べた。"
    assert holder_of_the(text, "「国税局とは見解の相違があった」") != "読売新聞"


def test_a_subject_opening_with_the_same_word_is_no_reference():
    text = ("京都府警察は12日、会見を開いた。また、産経新聞によれば、同席した教官2人は、"
            "「離れた場所にいたために、飲酒に気が付かなかった」などと説明している模様である。")
    assert holder_of_the(text, "「離れた場所にいたために、飲酒に気が付かなかった」") != "京都府警察"
