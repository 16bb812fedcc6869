"""Headlines of any shape on real page dumps, and the photo captions and buttons around them."""

from __future__ import annotations


import pytest

from core.cleaning.date_labels import page_date
from core.cleaning.dump import clean_dump
from core.cleaning.lines import classify
from tests.shared_data import PAGES, pages_gold

# pages whose headline stands by a date line, with a caption, buttons or menus near it
HOSTS = ["16-asahi-20170207-chikushino-kyoyu-taibatsu.txt", "22-minyu-20160211-jishu-hinansha-shien.txt",
         "33-zakzak-20170130-godzilla-matsui-jinan.txt", "06-hokkaido-np-20160211-shimajiri-habomai.txt",
         "09-bbc-20201009-france-lyon-eigyo-teishi.txt"]
HEADLINES = [
    "北朝鮮が弾道ミサイルを発射、日本のEEZ内に落下か？　防衛省が分析進める",
    "首相「対話の扉は開いている」　日韓首脳会談で表明",
    "【独自】政府、来月にも特使派遣へ…日中関係改善を模索",
    "Apple、新型iPhoneを発表　価格は据え置き",
    "安倍首相、ロシアのプーチン大統領と電話会談し、北方領土問題を含む平和条約交渉を加速させることで一致したと明らかにした",
    "「なぜ今なのか」専門家が語る日米同盟の課題とは？",
    "G7サミット、広島で開幕",
    "日韓外相が会談",
    "ロシア、ウクライナ東部で攻勢強める　NATO「重大な懸念」！",
]


@pytest.fixture(scope="module")
def gold() -> dict:
    return pages_gold()


@pytest.mark.parametrize("name", HOSTS)
def test_any_headline_by_the_date_line_is_the_title(gold, name):
    raw = (PAGES / "txt" / name).read_text(encoding="utf-8")
    assert raw.count(gold[name]["title"]) == 1
    body = clean_dump(raw).paragraphs
    for headline in HEADLINES:
        article = clean_dump(raw.replace(gold[name]["title"], headline))
        assert article.title == headline
        assert article.paragraphs == body


def test_page_parts_around_the_headline(gold):
    # a caption closing on when the photo was taken, a share button, an ad placeholder
    assert classify(1, "納沙布岬から歯舞群島を視察する島尻北方担当相＝昨年１１月").kind == "caption"
    assert classify(1, "首脳会談に臨む両国の外相たち＝１１日、首相官邸で").kind == "caption"
    assert classify(1, "首脳会談、来月開催へ＝政府筋").kind != "caption"
    assert classify(1, "北朝鮮がミサイル＝11日に発射").kind != "caption"
    assert classify(1, "丸山希選手（27）＝北野建設＝の6歳離れた兄だった。").kind == "prose"
    assert classify(1, "（数字はいいね） Tweet").kind == "ui"
    assert classify(1, "[INS::INS]").kind == "ui"
    name = "22-minyu-20160211-jishu-hinansha-shien.txt"
    article = clean_dump((PAGES / "txt" / name).read_text(encoding="utf-8"))
    assert article.body_lines == gold[name]["body_line_numbers"]


@pytest.mark.parametrize("line,iso", [
    ("February 11, 2016", "2016-02-11"),
    ("Posted on Feb. 10, 2016 by admin", "2016-02-10"),
    ("11 February 2016", "2016-02-11"),
    ("Feb 11, 2016 8:57 PM", "2016-02-11T20:57:00+09:00"),
    ("Updated: Sept. 3, 2015, 12:20 a.m.", "2015-09-03T00:20:00+09:00"),
    ("BY ADMIN ON FEBRUARY 10, 2016", "2016-02-10"),
])
def test_english_date_lines(line, iso):
    assert classify(1, line).kind == "date"
    assert page_date(line).iso == iso


@pytest.mark.parametrize("line", ["Marching 11, 2016", "Decide 3 2016", "Mayday 2016"])
def test_words_that_only_start_like_a_month(line):
    assert page_date(line) is None


def test_a_month_and_day_takes_the_year_the_page_gives_elsewhere(gold):
    from core.dates.lines import all_datetimes

    name = "31-yahoo-20170207-barks-dlite-nico-nama.txt"  # 2/7(火) 13:20配信
    lines = [l for l in (PAGES / "txt" / name).read_text(encoding="utf-8").split("\n") if not all_datetimes(l)]
    assert clean_dump("\n".join(lines)).published == gold[name]["published"]  # the copyright line's year
    no_legal = [l for l in lines if "Copyright" not in l]
    assert clean_dump("\n".join(no_legal)).published is None  # no year anywhere: no date rather than a guess
    address = ["http://headlines.example.jp/hl?a=20170207-00000980-bark-musi", ""]
    assert clean_dump("\n".join(address + no_legal)).published == gold[name]["published"]


@pytest.mark.parametrize("line", [
    "鳩山由紀夫元首相＝国会内【撮影日：2010年06月01日】",
    "プロデューサーの阿武野勝彦さん（左）と監督の土方宏史さん＝大阪市内",
    "映画「ヤクザと憲法」の一場面（（Ｃ）東海テレビ放送）",
    "国会で問題に（Ｃ）日刊ゲンダイ",
    "拡大写真映像ソフトのメーカー別セールスはソニー・ミュージックエンタテインメントが8年連続首位",
    "２児の父となった“ゴジラ松井”氏。いまや生活の基盤は米国にある【拡大】",
])
def test_photo_captions_of_real_pages(line):
    assert classify(1, line).kind == "caption"


@pytest.mark.parametrize("line", ["日米同盟の行方（中）", "首相、訪米へ調整＝政府内", "首脳会談、来月開催へ＝政府筋"])
def test_headlines_that_are_not_captions(line):
    assert classify(1, line).kind != "caption"


@pytest.mark.parametrize("name", ["02-sankei-20160210-hatoyama-kuruma-houi.txt",
                                  "25-kobe-np-20160211-eiga-yakuza-to-kenpou.txt",
                                  "32-hochi-20170130-watanabe-ippei-sekaishin.txt",
                                  "36-oricon-20160211-eizou-soft-shijou.txt"])
def test_a_date_line_just_above_the_body_still_dates_the_headline_above_it(gold, name):
    entry = gold[name]
    lines = (PAGES / "txt" / name).read_text(encoding="utf-8").split("\n")
    at = next(l["lines"][0] for l in entry["line_labels"] if l["category"] == "published")
    moved = lines[: at - 1] + [""] + lines[at:]
    first = entry["body_line_numbers"][0] - 1
    article = clean_dump("\n".join(moved[:first] + ["", lines[at - 1], ""] + moved[first:]))
    assert article.title == entry["title"]
    assert article.published[:16] == entry["published"][:16]
    assert article.paragraphs == [p.rstrip() for p in entry["body_paragraphs"]]
