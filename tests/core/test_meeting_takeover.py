"""The company a takeover or a sale is about is the other side of the talks and the signing that bring it
about (sentences in the manner of Wikinews articles, CC BY 2.5)."""

from datetime import date

from tests.core.meeting_helpers import proposals_in


def sides(text, reference=date(2008, 9, 15)):
    return [sorted(p.name for p in proposal.participants) for proposal in proposals_in(text, reference)]


def test_the_company_bought_is_a_side_of_the_takeover_talks_and_their_signing():
    text = ("読売新聞によると、経営再建中の大阪ドームを運営する第3セクター「大阪シティドーム」について、リース業・"
            "オリックスが買収する方向が固まり、その正式交渉を行うための確認書に5月1日付で調印することを決定した。")
    found = sides(text, date(2006, 4, 28))
    assert len(found) == 2 and all(s == ["オリックス", "大阪シティドーム"] for s in found)


def test_a_company_named_with_a_word_of_takeover_is_a_side():
    assert sides("日本経済新聞によると、ソフトバンクはボーダフォンの日本法人を買収する交渉を進めている。") \
        == [["ソフトバンク", "ボーダフォン"]]
    # each company of a list a sale is offered to
    assert sides("日本経済新聞によると、リーマン・ブラザーズは先週の末から、アメリカのシティグループやイギリスの"
                 "バークレイズ等への身売りを交渉してきた。") == [["シティグループ", "バークレイズ", "リーマン・ブラザーズ"]]


def test_the_company_shares_are_bought_from_is_a_side():
    text = ("新日石は九石が出した発行済み株式の10%を保有している第2位株主であるが、現在筆頭株主で株式の36%を保有する"
            "新日本製鐵等から株式の全株取得を目指して交渉を進めている。")
    assert sides(text) == [["新日本製鐵", "新日石"]]


def test_a_company_without_a_word_of_takeover_or_in_another_sentence_is_no_side():
    assert sides("日本経済新聞によると、トヨタ自動車は日産自動車の提携について協議している。") == [["トヨタ自動車"]]
    found = sides("日本経済新聞によると、ソニーはパナソニックを買収した。トヨタ自動車は10日、日産自動車と協議した。")
    assert all("パナソニック" not in s for s in found) and ["トヨタ自動車", "日産自動車"] in found
