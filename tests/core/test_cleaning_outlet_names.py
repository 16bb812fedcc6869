"""An outlet named on a line: its name or its domain standing on its own, not run into a word or an address."""

from __future__ import annotations

from core.cleaning.outlets import guess_outlet, only_an_outlet, outlet_in, outlet_of_address


def test_a_name_standing_on_its_own_is_the_outlet():
    assert outlet_in("Copyright © 日本経済新聞社") == "日本経済新聞"
    assert outlet_in("asahi.com") == "朝日新聞"
    assert outlet_in("（c）NIKKEI, 2016") == "日本経済新聞"


def test_a_name_run_into_a_word_or_an_address_before_it_is_not():
    assert outlet_in("xasahi.com") is None
    assert outlet_in("www.asahi.com") is None  # the host is split by the site's own look-up
    assert outlet_in("ANIKKEI") is None
    assert outlet_in("NIKKEIS") is None


def test_a_later_name_on_the_line_is_found_past_one_run_into_a_word():
    assert outlet_in("ANIKKEI と 朝日新聞デジタル") == "朝日新聞"
    assert outlet_in("ANIKKEI / NIKKEI") == "日本経済新聞"


def test_the_site_is_the_first_outlet_other_than_a_wire_service():
    assert guess_outlet(["ホーム", "共同通信", "© 読売新聞オンライン"]) == "読売新聞"
    assert guess_outlet(["ホーム", "共同通信"]) == "共同通信"  # a wire service only when no other outlet is named


def test_an_outlets_name_with_its_sections_names_is_a_label_not_a_headline():
    assert only_an_outlet("BBC News, ニュース")
    assert only_an_outlet("産経新聞 政治・国際")
    assert only_an_outlet("ロイター | ビジネス > 企業")
    assert not only_an_outlet("朝日新聞社、赤字に転落")  # a headline about the outlet
    assert not only_an_outlet("毎日新聞 政治部長が会見")


def test_prefectural_papers_sports_dailies_and_it_sites_are_outlets():
    assert outlet_in("Copyright © 河北新報社") == "河北新報"
    assert outlet_in("神戸新聞NEXT") == "神戸新聞"  # the site's name runs a Latin word into the paper's
    assert outlet_in("見出し、記事、写真の無断転載を禁じます。Copyright © スポーツ報知") == "スポーツ報知"
    assert outlet_in("(c)nikkansports.com") == "日刊スポーツ"
    assert only_an_outlet("CNET Japan ニュース企業・業界")


def test_the_pages_own_address_names_the_site_before_any_line():
    assert outlet_of_address("http://news.livedoor.com/article/detail/5939461/") == "ライブドアニュース"
    assert outlet_of_address("https://www.asahi.com/articles/ASR1.html") == "朝日新聞"  # a parent of the host
    assert outlet_of_address("https://example.org/news/1") is None
    assert outlet_of_address("not an address") is None
    prize = "サンダンス・NHK国際映像作家賞を受賞（’99）した『彼女を見ればわかること』。"
    assert guess_outlet([prize], "http://news.livedoor.com/article/detail/5939461/") == "ライブドアニュース"


def test_a_name_inside_a_sentence_of_the_text_is_not_the_site():
    prose = ("それぞれ全く違う環境の中で生きる独女たちの物語をオムニバス形式で描き、"
             "サンダンス・NHK国際映像作家賞を受賞（’99）した『彼女を見ればわかること』。")
    assert guess_outlet([prose]) is None
    assert guess_outlet([prose, "Copyright © 日本経済新聞社"]) == "日本経済新聞"
