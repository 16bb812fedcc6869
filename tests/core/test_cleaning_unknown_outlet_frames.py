"""A real article in the frame of an outlet no list knows: a menu or a bar of share buttons printed on one line,
the page's title line with the site's name over the headline it repeats, a copyright year bounding a month-and-day
date line (bench/perturb_frames.py measures the classes)."""

from __future__ import annotations

from core.cleaning.dump import clean_dump
from core.cleaning.glued_dates import without_glued_date
from core.cleaning.header_shapes import menu_like
from core.cleaning.outlets import outlet_in, titled_twin
from core.cleaning.page_dates import with_year
from core.dates.lines import find_datetime
from tests.shared_data import SHARED, livedoor_parts, require

ARTICLE = "topic-news/topic-news-5903225.txt"  # 悪評が次から次へと溢れ出る川越シェフ, 2011-10-02 10:00


def _parts(name: str = ARTICLE) -> tuple[str, list[str]]:
    return livedoor_parts(name)


def _page(header: list[str], body: list[str], outlet: str = "みなと新報", year: str = "2008-2025") -> str:
    assert outlet_in(outlet) is None  # an outlet no list knows
    return "\n".join([outlet, "ホーム　ニュース　政治　経済　国際　社会　スポーツ　エンタメ", "", *header, "", *body, "",
                      "会社概要　プライバシーポリシー　お問い合わせ", f"Copyright © {year} {outlet} All rights reserved."])


def test_a_menu_on_one_line_is_no_headline_over_the_real_one():
    title, body = _parts()
    article = clean_dump(_page([title, "2011.10.02"], body))
    assert article.title == title
    assert article.published.startswith("2011-10-02")


def test_a_bar_of_share_buttons_over_the_headline_is_no_headline():
    title, body = _parts()
    article = clean_dump(_page(["ホーム > 国際 > アジア", "ツイート　シェア　はてブ　LINE　送る", "", title,
                                "2011年10月2日 10:00"], body))
    assert article.title == title


def test_rows_of_short_items_are_menus_and_a_headline_parted_by_blanks_is_not():
    assert menu_like("ホーム　ニュース　政治　経済　国際　社会")
    assert menu_like("シェア 12 ツイート 34 ブックマーク 5")
    assert not menu_like("【高市総務相電波停止発言】　元ＮＨＫの民主党幹部が批判　「戦前の検閲制度」")
    assert not menu_like("日米首脳　電話会談で一致")


def test_the_title_line_with_an_unknown_sites_name_gives_way_to_the_headline_it_repeats():
    title, body = _parts()
    for bar in (" | ", " - ", "：", "｜"):
        raw = f"{title}{bar}Kaze Press\n\n" + _page([title, "2011年10月2日 10:00"], body, outlet="Kaze Press")
        assert clean_dump(raw).title == title


def test_a_title_line_is_another_line_with_a_sites_name_beside_it():
    others = {"悪評が次から次へと溢れ出る川越シェフ", "産経ニュース"}
    assert titled_twin("悪評が次から次へと溢れ出る川越シェフ | Kaze Press", others)
    assert titled_twin("しおかぜ日報｜社会｜悪評が次から次へと溢れ出る川越シェフ", others)
    # a headline with the site's name after it, the name alone on another line: no twin of the headline
    assert not titled_twin("台風9号、西表島の南南西を西へ―空の便に欠航相次ぐ | 産経ニュース", others)


def test_a_month_and_day_is_not_placed_after_the_pages_copyright_year():
    found = find_datetime("07/21 13:55", yearless=True)
    # the text announces a later event in full (2015年7月21日に発売); the page is shown in 2012
    texts = ["新製品は2015年7月21日に発売される予定だ。", "Copyright © 2012 みなと新報 All rights reserved."]
    assert with_year(found, texts).iso.startswith("2012-07-21")
    assert with_year(found, texts[:1]).iso.startswith("2015-07-21")  # no copyright line: nearest the text's day


def _sentences(body: list[str]) -> list[str]:
    return [s for line in body for s in line.replace("。", "。\n").split("\n") if s.strip()]


def test_a_deck_quoting_a_sentence_of_the_text_is_neither_the_headline_nor_its_other_half():
    title, body = _parts()
    deck = next(s for s in _sentences(body)[1:] if 20 <= len(s) <= 35).rstrip("。")
    article = clean_dump(_page([title, deck, "2011年10月2日 10:00"], body))
    assert article.title == title


def test_a_photos_caption_between_the_headline_and_the_date_is_no_headline():
    title, body = _parts()
    for caption in ("会見に臨む関係者ら＝都内で", "【画像】現地の様子", "撮影：編集部", "資料写真"):
        article = clean_dump(_page([title, "", caption, "2011年10月2日 10:00"], body))
        assert article.title == title, caption
        assert caption in article.captions


def test_a_sites_name_no_list_knows_leaves_the_headline_when_the_page_prints_it_as_its_own():
    title, body = _parts()
    article = clean_dump(_page([f"{title} | Kaze Press", "2011年10月2日 10:00"], body, outlet="Kaze Press"))
    assert article.title == title
    # a bar and words the page does not print as its name stay in the headline
    article = clean_dump(_page([f"{title} | 独占取材", "2011年10月2日 10:00"], body, outlet="Kaze Press"))
    assert article.title == f"{title} | 独占取材"


def test_a_column_of_other_headlines_each_with_its_day_under_it_gives_no_headline():
    title, body = _parts("dokujo-tsushin/dokujo-tsushin-5943498.txt")  # 見た目で損をしていませんか？
    listed = ["最新ニュース", "ホラー映画が高校生割引をする理由、“放課後の肝試し”のすすめ", "2012年5月12日 10:00",
              "世界初！ F1が音楽フェス会場を疾走する！　震災の復興支援のためチャリティー・ラン開催！", "2011年5月27日 14:43",
              "コピーライター50年の歴史を振り返る「コピーパレード展」開催", "2012年6月11日 14:50"]
    article = clean_dump(_page([*listed, "", title, "2011年10月17日 14:00"], body))
    assert article.title == title
    assert article.published.startswith("2011-10-17T14:00")


def test_a_month_and_day_falls_after_the_texts_latest_full_day_up_to_the_copyright_year():
    found = find_datetime("04/17 23:00", yearless=True)
    texts = ["昨年2011年6月1日の震災後の調査では、", "Copyright © 2012 みなと新報 All rights reserved."]
    assert with_year(found, texts).iso.startswith("2012-04-17")
    assert with_year(found, texts[:1]).iso.startswith("2011-04-17")  # no copyright line: nearest the text's day


def test_a_clause_under_a_shorter_title_line_is_its_deck_and_the_title_line_the_headline():
    # a Wikinews headline without kana over a deck written as a clause, a sentence further down its text
    lines = require(SHARED / "corpus" / "wikinews" / "txt" / "wn-02534.txt").read_text(encoding="utf-8").split("\n")
    title, body = lines[0].strip(), [line.strip() for line in lines[3:] if line.strip().endswith("。")]
    assert title == "2007年プロ野球高校生ドラフト会議"
    deck = "今回のドラフトは全体で39人となり、これは過去2回の最多だった2005年の38人を上回っている"
    article = clean_dump(_page([title, deck, "2007年10月12日"], ["".join(body[:3]), "".join(body[3:6])]))
    assert article.title == title  # (the rules once took the clause, and flagged it)
    assert article.cleaning_check is None


def test_a_text_opening_with_the_day_of_its_date_line_keeps_its_first_paragraph_and_its_date():
    title, body = _parts()
    first = "2011年10月2日、" + body[0]
    article = clean_dump(_page([title, "2011年10月2日"], [first, *body[1:]]))
    assert article.paragraphs[0] == first
    assert article.published == "2011-10-02"


def test_the_sites_name_its_copyright_line_writes_is_never_the_headline():
    # a headline in two sentences (a Wikinews form) is no headline line; the outlet's name over it is not one either
    title, body = "「福永洋一記念」の第6回が高知競馬場で行われる。祐一騎手も初参戦。", _parts()[1]
    article = clean_dump(_page([title, "2015.04.30"], body, outlet="Kaze Press"))
    assert article.title is None
    assert article.cleaning_check == "no_headline"


def test_a_row_of_the_sites_own_buttons_is_a_menu_even_of_two_words():
    assert menu_like("メニュー　検索")
    assert menu_like("ログイン　会員登録")
    assert not menu_like("首相　訪米へ")


def test_a_paragraph_of_names_and_figures_with_little_kana_is_running_text():
    from core.cleaning.lines import PROSE, classify

    text = ("航空大手のルフトハンザ航空傘下の、格安航空会社(LCC)・ジャーマンウイングスが運航するバルセロナ発デュッセルドルフ行の"
            "9525便が、フランスのアルプス地方で墜落した。2015年3月24日午前(現地時間、UTC+1)、ジャーマンウイングス4U9525便"
            "(スペイン・バルセロナ発、ドイツ・デュッセルドルフ行/エアバスA320型機、乗員6名、乗客142名搭乗)は10時ごろに"
            "バルセロナを出発後、地中海上空を北上。10時57分にフランス南部バルスロネット近郊のフランス・アルプス山中に墜落した。")
    assert classify(1, text).kind == PROSE


def test_other_headlines_closed_by_their_day_in_brackets_are_no_headline():
    title, body = _parts("it-life-hack/it-life-hack-6424692.txt")  # エイプリールフールでもうそはつきません！…
    listed = ["関連記事",
              "喜びイッパイの田原総一朗\u3000「若い学生たちが、実に面白い。質問がどんどん出てくる！」（2012/02/16）",
              "NTTドコモ、MEDIAS Tab N-06DのNOTTV視聴中に音が出ない不具合でソフトウェア更新  提供開始（2012/06/07）",
              "オープンしたての「Apple Store, Grand Central」の様子が公開！\u3000オープン前には行列ができる大賑わい【話題】（2011/12/11）"]
    article = clean_dump(_page([*listed, "", title, "2012.04.01"], body))
    assert article.title == title
    assert article.published == "2012-04-01"


def test_a_sites_name_printed_with_its_editions_label_leaves_the_headline_too():
    from core.cleaning.outlets import without_own_name

    texts = ["日本経済新聞　電子版", "ルーマニアで反政府デモ続く"]
    assert without_own_name("ルーマニアで反政府デモ続く：日本経済新聞", lambda: texts) == "ルーマニアで反政府デモ続く"
    assert without_own_name("ルーマニアで反政府デモ続く：日本経済新聞", lambda: texts[1:]) == "ルーマニアで反政府デモ続く：日本経済新聞"


def test_the_title_lines_day_glued_to_the_headline_places_a_month_and_day_before_a_later_day_the_text_writes():
    # a real article whose text writes a later full day (更新期間は2015年6月30日まで) than its own, 2012-06-07
    title, body = _parts("smax/smax-6635861.txt")
    titled = f"{title}（2012年6月7日）｜みなと新報"
    article = clean_dump(titled + "\n\n" + _page([title, "6月7日 16:45"], body))
    assert article.title == title
    assert article.published.startswith("2012-06-07T16:45")
    # the browser's title line with its day is no headline over the short one the header prints bare
    assert not titled_twin(titled, {title}) and titled_twin(titled, {title}, without_glued_date)


def test_a_label_glued_before_a_headline_quoting_a_sentence_gives_way_to_its_bare_copy_opening_the_text():
    # 喜びイッパイの田原総一朗　「…実に面白い。…！」 reads as a sentence: its bare copy under the date opens the text
    title, body = _parts("livedoor-homme/livedoor-homme-6284682.txt")
    for label in ("政治", "ニュース解説 きょうの焦点 ", "速報｜"):
        article = clean_dump(_page([label + title, "2012年2月16日 12:37", "", title], body))
        assert article.title == title, label
        assert title not in article.paragraphs and article.paragraphs[0] == body[0]
