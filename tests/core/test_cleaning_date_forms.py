"""Date lines that write a publication and an update, a weekday, a paywall note; headlines over bylines."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.cleaning.date_labels import page_date
from core.cleaning.dump import clean_dump
from core.cleaning.lines import classify
from core.cleaning.page_dates import with_year
from tests.shared_data import require

PAGES = Path(__file__).resolve().parents[2].parent / "shared" / "pages"
CAPTION_DATED = "02-sankei-20160210-hatoyama-kuruma-houi.txt"  # a photo 【撮影日：2010年06月01日】, © 2016
PAYWALLED = "18-mainichi-20260208-jump-maruyama-ani-yakusoku.txt"  # headline, byline, labels, date line with 有料記事


@pytest.fixture(scope="module")
def raw() -> dict[str, str]:
    require(PAGES / "txt")
    return {n: (PAGES / "txt" / n).read_text(encoding="utf-8") for n in (CAPTION_DATED, PAYWALLED)}


@pytest.mark.parametrize("line, day", [
    ("更新日：2016年2月12日　公開日：2016年2月11日", "2016-02-11"),
    ("公開日：2016年2月11日　更新日：2016年2月12日", "2016-02-11"),
    ("2016/2/11 6:00 (2016/2/12 8:07更新)", "2016-02-11T06:00"),
    ("2026/2/8 18:00（最終更新 2/8 18:37）", "2026-02-08T18:00"),
    ("2016年2月10日 配信 2016年2月11日 更新", "2016-02-10"),
    ("（週刊港町　2016年2月19日号掲載） 2016年2月10日(水)配信", "2016-02-10"),
])
def test_the_publication_before_the_update_whichever_the_line_writes_first(line, day):
    assert page_date(line).iso.startswith(day)


def test_a_written_weekday_sets_the_year_of_a_month_and_day_date():
    found = page_date("2/10(水) 15:40配信")
    # the page's latest full date says 2016 and 2/10 was a Wednesday in 2016: the weekday confirms the year
    assert with_year(found, ["2016年3月1日"]).iso.startswith("2016-02-10T15:40")
    # it says 2014, where 2/10 was a Monday: the two disagree, and the year is not told (moving two years on to the
    # weekday's year is right about half the time on real texts: bench/yearless_evidence.py)
    assert with_year(found, ["2014年3月1日"]) is None
    assert with_year(page_date("2/10 15:40配信"), ["2014年3月1日"]).iso.startswith("2014-02-10")  # no weekday: as before


def test_a_photo_shooting_day_does_not_date_the_page(raw):
    page = raw[CAPTION_DATED]
    assert page.count("2016.2.10 15:40更新") == 1
    article = clean_dump(page.replace("2016.2.10 15:40更新", "2/10 15:40配信"))
    assert article.published.startswith("2016-02-10T15:40")  # the copyright's year, not the photo's 2010


def test_a_date_line_noting_a_paywall_is_the_date_line_and_the_headline_stands_over_the_byline(raw):
    page = raw[PAYWALLED]
    line = "毎日新聞 2026/2/8 10:40（最終更新 2/8 10:40）有料記事 1406文字"
    assert classify(1, line).kind == "date"
    title = "北緯44度の街でジャンプ丸山希の兄と交わした約束　そして姉の願い"
    body = clean_dump(page).paragraphs
    article = clean_dump(page.replace(title, "外相会談、来週にも").replace(line, line.replace("2026/2/8", "2026年2月8日（日）")))
    assert article.title == "外相会談、来週にも"  # a short headline, over its byline, among menus
    assert article.authors == ["江連能弘"]
    assert article.published.startswith("2026-02-08T10:40")
    assert article.paragraphs == body


def test_a_byline_before_the_dates_when_the_update_comes_first(raw):
    page = raw[CAPTION_DATED]
    article = clean_dump(page.replace("2016.2.10 15:40更新", "BARKS\xa0山田 太郎　更新日：2016年2月12日　公開日：2016年2月10日"))
    assert article.published == "2016-02-10"
    assert article.authors == ["山田 太郎"]


def test_a_short_headline_under_the_date_line_wins_over_a_section_label_the_page_repeats():
    raw = "\n\n".join([
        "トップ", "長野県のニュース", "暮らす", "楽しむ", "記事詳細", "2016.02.11", "長野県のニュース",
        "港湾連合が共同宣言", "☆ 映像ランキング",
        "　港湾都市連合は１０日、物流の脱炭素に向けた共同宣言を採択した。加盟する十二の港が参加した。",
        "　宣言は、二〇三〇年までに港湾荷役の排出を半減させる目標を掲げている。関係者は実現に自信を示した。",
        "Copyright © Minatomachi News",
    ]) + "\n"
    article = clean_dump(raw)
    assert article.title == "港湾連合が共同宣言"
    assert article.published == "2016-02-11"
    # a marked label right above the body, the headline under the date line
    assert clean_dump(raw.replace("長野県のニュース\n\n港湾連合が共同宣言\n\n☆ 映像ランキング",
                                  "港湾連合が共同宣言\n\n☆ 映像ランキング")).title == "港湾連合が共同宣言"


def test_breadcrumbs_pagers_and_tickers_are_no_headlines():
    from core.cleaning.header_shapes import menu_like

    for text in ("ニュース > 地域 > 道東 > 記事", "前のページ　| 1 | 2 |　次のページ",
                 "注目報知杯弥生賞馬主席ご招待 \xa0 女流名人戦は２２日最終第５局に \xa0 【巨人】由伸監督、ノック今後も「やる」"):
        assert menu_like(text)
    for text in ("外相会談、航路協力を確認　北極海", "渡辺一平、２００平で５年ぶり世界新！", "神戸新聞NEXT｜社会｜外相会談"):
        assert not menu_like(text)


def test_the_headline_under_a_date_line_and_its_byline():
    raw = "\n\n".join([
        "ホーム", "スポーツ", "野球", "ニュース詳細", "2017年1月30日", "編集委員　高橋 誠", "シカゴで列車脱線、2人死亡",
        "Tweet",
        "　米シカゴで２９日、通勤列車が脱線し、２人が死亡した。地元当局によると、８０人余りが負傷したという。",
        "　事故当時、列車は通常の速度で走っていたとみられ、当局が原因を調べている。",
        "Copyright © Minatomachi News",
    ]) + "\n"
    article = clean_dump(raw)
    assert article.title == "シカゴで列車脱線、2人死亡"  # not the label above the date line
    assert article.authors == ["高橋 誠"]
    assert article.published == "2017-01-30"


def test_the_label_nearest_a_date_is_its_own():
    # 掲載 closes the magazine's issue date; the next date is labelled an update
    line = "（週刊港町 2016年2月19日号掲載） 更新日：2016年2月11日　公開日：2016年2月10日"
    assert page_date(line).iso == "2016-02-10"


def test_a_month_and_day_date_on_a_page_with_no_year_takes_its_files_named_day_not_its_files_time(tmp_path):
    import os
    from datetime import datetime

    from core.article import Article
    from core.cleaning.apply import apply_cleaning

    lines = ["ホーム", "外相会談、来週にも", "2/10(水) 15:40配信",
             "　両国の外相は来週、東京で会談する。政府関係者が明らかにした。北極海の航路協力が議題になる見通しだ。",
             "　会談は二年ぶりとなる。両国は昨年、海洋協力の覚書に署名している。"]
    copied = tmp_path / "yearless.txt"  # a copy's time is no day of the page's
    copied.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    saved = datetime(2016, 3, 1, 12, 0).timestamp()
    os.utime(copied, (saved, saved))
    undated = Article(source=str(copied), source_format="txt", raw=copied.read_text(encoding="utf-8"))
    apply_cleaning(undated)
    assert undated.published is None and undated.published_inferred is None
    page = tmp_path / "20160301-yearless.txt"
    page.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    article = Article(source=str(page), source_format="txt", raw=page.read_text(encoding="utf-8"))
    apply_cleaning(article)
    # the last Wednesday 10 February on or before the day its name says it was saved
    assert article.published == "2016-02-10T15:40:00+09:00"
    pasted = clean_dump("\n\n".join(lines) + "\n")
    assert pasted.published is None and pasted.published_inferred is None  # a pasted page: no year to give it


@pytest.mark.parametrize("line, when", [
    ("2024年（令和6年）5月1日", "2024-05-01"),
    ("令和6年（2024年）5月1日 午後3時5分", "2024-05-01T15:05"),
    ("平成28年（2016年）2月11日 午前6時0分神戸新聞NEXT", "2016-02-11T06:00"),
    ("2016年(平成28年)2月11日 配信", "2016-02-11"),
])
def test_a_western_year_with_the_era_year_beside_it_in_brackets(line, when):
    assert classify(1, line).kind == "date"
    found = page_date(line)
    assert not found.yearless and found.iso.startswith(when)


@pytest.mark.parametrize("address", [
    "https://mainichi.jp/articles/20161204/k00/00m/030/123000c",
    "https://www.jiji.com/jc/article?k=2016120400123&g=pol",  # an article number that opens with its day
])
def test_a_month_and_day_date_takes_its_year_from_the_address_with_that_day(address):
    # other dates on the page (an older related link) do not give the year when the address names the day
    page = [address, "2014年12月20日　関連記事の見出し", "12月4日 19時23分"]
    assert with_year(page_date("12月4日 19時23分"), page).iso.startswith("2016-12-04T19:23")
    # an address with another day gives no year of its own: the page's latest date does, as before
    assert with_year(page_date("12月5日 19時23分"), page).iso.startswith("2014-12-05")


def test_a_long_date_line_with_byline_labels_and_an_update_is_still_the_date_line():
    line = "毎日新聞 2026年2月8日（日）午前10時40分（最終更新 2026年2月8日（日）午後1時5分）有料記事 1406文字"
    assert 60 < len(line) <= 80
    assert classify(1, line).kind == "date"


def test_the_date_line_under_the_body_is_read_past_the_articles_link_block():
    body = ["　外務省は１１日、日韓外相会談を来週ソウルで開くと発表した。両外相は輸出規制の問題を話し合う見通しだ。",
            "　会談では北朝鮮の核・ミサイル開発への対応も協議する。外務省の幹部は「率直に意見を交わしたい」と話した。"]
    menu = ["ホーム", "県内ニュース", "政治", "経済", "社会", "国際", "スポーツ", "文化", "地域", "動画", "特集", "連載", "おくやみ"]
    page = "\n".join(["ニュース", "2024年5月1日（水）", "", *menu, "", "日韓外相会談、来週ソウルで", "", *body, "",
                      "【関連記事】", "日韓首脳が電話会談", "https://example.jp/news/123", "",
                      "（ 2016/02/11 09:03 カテゴリー：主要）", "", "前の記事：ほかの記事"])
    # the day atop the page, far above the headline, is the day the site showed it, not the article's
    assert clean_dump(page).published.startswith("2016-02-11T09:03")
