"""Headlines as yet other outlets lay them out: ranking boxes, one-sentence headlines, headlines over two
lines, menus between the headline and its date, portals that repeat their partner's header."""

from __future__ import annotations


import pytest

from core.cleaning.dump import clean_dump
from tests.shared_data import LIVEDOOR, labelled_line as _line_of, labelled_page as _page, require

ASAHI = "16-asahi-20170207-chikushino-kyoyu-taibatsu.txt"  # headline, its date line, buttons, the text
BBC = "09-bbc-20201009-france-lyon-eigyo-teishi.txt"
HOKKAIDO = "06-hokkaido-np-20160211-shimajiri-habomai.txt"  # a page tool's sentence stands above the date line
LIVEDOOR_PAGE = "35-livedoor-20201009-neko-yukkuri-mabataki.txt"  # the portal's header, then the partner's
# Real headlines of another source (Japanese Wikinews), as a ranking box lists them
OTHER_HEADLINES = ["ウガンダ、オボテ元大統領の遺体が帰国", "佐賀県の男児ひき逃げ犯逮捕", "訃報山城新伍氏",
                   "吹田貨物ターミナル建設現場で線路の継目板766本が盗難", "秋田・カラス大量死の原因を公表"]


def _livedoor(name: str) -> str:
    return (require(LIVEDOOR) / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("numbers_apart", [True, False])
def test_a_ranking_box_above_the_headline_is_a_list_not_the_headline(numbers_apart):
    lines, gold = _page(ASAHI)
    body = clean_dump("\n".join(lines)).paragraphs
    box = ["人気記事ランキング"]
    for rank, headline in enumerate(OTHER_HEADLINES, start=1):
        box += [str(rank), headline] if numbers_apart else [f"{rank} {headline}"]
    at = _line_of(gold, "title")
    article = clean_dump("\n".join(lines[:at] + box + [""] + lines[at:]))
    assert article.title == gold["title"]
    assert article.paragraphs == body


@pytest.mark.parametrize("mark", ["。", "！"])
def test_a_headline_written_as_a_sentence_by_its_date_line_is_the_headline(mark):
    lines, gold = _page(BBC)
    body = clean_dump("\n".join(lines)).paragraphs
    headline = gold["title"] + mark
    article = clean_dump("\n".join(headline if line.strip() == gold["title"] else line for line in lines))
    assert article.title == headline
    assert article.paragraphs == body


def test_a_page_tools_sentence_above_the_date_line_is_no_headline():
    lines, gold = _page(HOKKAIDO)
    date_at, title_at = _line_of(gold, "published"), _line_of(gold, "title")
    assert lines[title_at - 2].endswith("ことができます。")  # the page's own line, above its headline
    date_line = lines.pop(date_at)  # the date printed first, right under that line, the headline under it
    lines[title_at:title_at] = [date_line, ""]
    assert clean_dump("\n".join(lines)).title == gold["title"]


def test_a_headline_broken_over_two_lines_is_read_whole():
    lines, gold = _page(ASAHI)
    body = clean_dump("\n".join(lines)).paragraphs
    upper, lower = gold["title"].split("\u3000")  # 女性教諭、男子生徒２人をけり平手打ち / 福岡・筑紫野
    at = _line_of(gold, "title")
    article = clean_dump("\n".join(lines[:at] + [upper, lower] + lines[at + 1 :]))
    assert article.title == gold["title"]
    assert article.paragraphs == body


@pytest.mark.parametrize("name, title", [
    ("smax/smax-6736235.txt", "Amazon、独自の「Kindleスマートフォン」や新しいタブレット「Kindle Fire 2」を開発か"),
    ("it-life-hack/it-life-hack-6870853.txt", "3万円台のコンパクトベアボーン\u3000ZOTACのベアボーンに新モデルが登場"),
    ("peachy/peachy-4928863.txt", "女子力アップの簡単“キメ技”術指南\u3000vol.1"),  # then a catch line that exclaims
    ("sports-watch/sports-watch-5002865.txt", "【Sports Watch】“KKコンビ”に再び亀裂、週刊文春報じる"),
    ("dokujo-tsushin/dokujo-tsushin-5661394.txt", "独女的映画レビュー vol.10\u3000『恋の商品価値』"),  # then a quote
])
def test_a_headline_then_a_deck_or_a_models_name_on_the_next_line_stays_apart(name, title):
    # a long headline closing on its own, then a catch line; a headline, then the product's name
    assert clean_dump(_livedoor(name)).title == title


def test_a_first_paragraph_of_one_sentence_under_the_headline_stays_the_text():
    raw = _livedoor("dokujo-tsushin/dokujo-tsushin-5665611.txt")
    article = clean_dump(raw)
    assert article.title == raw.split("\n")[2].strip()
    assert "これ、たまに聞かれるのよねぇ。" in article.paragraphs


@pytest.mark.parametrize("between_date_and_body", [False, True])
def test_a_menu_between_the_headline_and_the_text_parts_nothing(between_date_and_body):
    lines, gold = _page(ASAHI)
    body = clean_dump("\n".join(lines)).paragraphs
    menu = ["", "メニュー", "ホーム", "速報", "政治", "経済", "国際", "社会", "スポーツ", "検索", ""]
    at = max(_line_of(gold, "title"), _line_of(gold, "published")) + 1 if between_date_and_body else \
        _line_of(gold, "title") + 1
    article = clean_dump("\n".join(lines[:at] + menu + lines[at:]))
    assert article.title == gold["title"]
    assert article.paragraphs == body


def test_a_portal_that_repeats_its_partners_header_is_titled_by_its_own_headline():
    lines, gold = _page(LIVEDOOR_PAGE)
    article = clean_dump("\n".join(lines))
    assert article.title == gold["title"]  # not the partner's headline printed under it with the same date
    # without the portal's date line, its headline is no longer by a twin of the article's date
    first_date = _line_of(gold, "published")
    article = clean_dump("\n".join(lines[:first_date] + lines[first_date + 1 :]))
    assert article.title == "ネコに好かれるコツは「ゆっくりまばたきすること」だと研究者が実証"



@pytest.mark.parametrize("portal_date", ["2020.10.09 Fri posted at 12:00 JST", "12:00 09.10.2020",
                                         "2020-10-09 12:00:00 | 新華網日本語", "2020年10月9日（金）12時00分"])
def test_a_portal_writing_its_date_in_another_form_than_its_partner_is_still_titled_by_its_own_headline(
        portal_date):
    lines, gold = _page(LIVEDOOR_PAGE)
    first_date = _line_of(gold, "published")
    article = clean_dump("\n".join(lines[:first_date] + [portal_date] + lines[first_date + 1 :]))
    assert article.title == gold["title"]  # the same instant written otherwise is still the twin
    assert article.published == gold["published"]
    # another day on the portal's line is no twin: the partner's header under it is the article's
    article = clean_dump("\n".join(lines[:first_date] + ["2020年10月8日 12時0分"] + lines[first_date + 1 :]))
    assert article.title == "ネコに好かれるコツは「ゆっくりまばたきすること」だと研究者が実証"


def test_a_portal_printing_its_date_over_its_headline_and_a_byline_on_it():
    lines, gold = _page(LIVEDOOR_PAGE)
    title_at, first_date = _line_of(gold, "title"), _line_of(gold, "published")
    above = lines[:title_at] + ["2020.10.9(金) 山田太郎", ""] + lines[title_at:first_date] + lines[first_date + 1 :]
    article = clean_dump("\n".join(above))
    assert article.title == gold["title"]
    assert article.authors == ["山田太郎"]  # read from the portal's own date line, not only the partner's
    assert article.published == gold["published"]  # the partner's line gives the time the portal's leaves out

YAHOO = "12-yahoo-20140916-jsf-boueishou-dantou.txt"  # headline, date line, a cited document's title, the text


@pytest.mark.parametrize("source", ["毎日新聞", "ABEMA TIMES", "時事通信"])
def test_the_partners_name_between_a_portals_headline_and_its_date_line_joins_the_date(source):
    lines, gold = _page(YAHOO)
    at = _line_of(gold, "title") + 1
    article = clean_dump("\n".join(lines[:at] + ["", source] + lines[at:]))
    assert article.title == gold["title"]  # not the cited document's title right under the date line



MAINICHI = "18-mainichi-20260208-jump-maruyama-ani-yakusoku.txt"  # headline, the writer's name, menus, the date


def test_a_deck_between_the_headline_and_its_byline_does_not_take_the_headline():
    lines, gold = _page(MAINICHI)
    at = _line_of(gold, "title") + 1
    deck = "北緯44度の街での“約束”を、この記事を書くことで果たせるのではないか"  # the lead's opening, as a deck
    article = clean_dump("\n".join(lines[:at] + ["", deck] + lines[at:]))
    assert article.title == gold["title"]


@pytest.mark.parametrize("block", [["広告", "転職で年収アップを実現した人が最初にやったこととは？"],
                                   ["PR", "専門家が教える、老後に後悔しない住まい選びのポイント"],
                                   ["【PR】40代からの資産運用、始めるなら今がチャンスの理由とは"]])
def test_an_advertisers_line_by_the_headline_is_never_the_headline(block):
    lines, gold = _page(YAHOO)
    for at in (_line_of(gold, "title") + 1, _line_of(gold, "published") + 1):  # under the headline or the date
        article = clean_dump("\n".join(lines[:at] + ["", *block, ""] + lines[at:]))
        assert article.title == gold["title"]
