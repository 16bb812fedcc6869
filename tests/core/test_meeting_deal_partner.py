"""The other party of a deal a body announced (AはBを買収する, AはBに事業を売却する) is its side across the table in the
talks told next, as a partner joined by と is: 交渉は昨年から続いていた, 同社は昨年から交渉を続けていた."""

from tests.core.meeting_helpers import sorted_sides


def test_the_company_bought_is_the_other_side_of_the_talks_told_next():
    text = "ソフトバンクは10日、米スプリントを買収すると発表した。同社は昨年から交渉を続けていた。"
    assert sorted_sides(text) == [["スプリント", "ソフトバンク"]]


def test_the_buyer_of_a_business_is_the_other_side_of_the_talks_a_sentence_opens_on():
    text = "東芝は10日、米ウエスタンデジタルに半導体事業を売却すると発表した。交渉は昨年から続いていた。"
    assert sorted_sides(text) == [["東芝", "米ウエスタンデジタル"]]


def test_a_letter_sent_is_no_deal():
    assert sorted_sides("安倍首相は10日、トランプ大統領に書簡を送った。交渉は昨年から続いていた。") == []
