"""A headline with its subheading, a label before it or the site's name after it, on real page dumps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.cleaning.dump import clean_dump
from core.cleaning.outlets import strip_site_suffix
from tests.shared_data import require

PAGES = Path(__file__).resolve().parents[2].parent / "shared" / "pages"
# pages whose headline stands right above their date line, among menus
HOSTS = ["16-asahi-20170207-chikushino-kyoyu-taibatsu.txt", "22-minyu-20160211-jishu-hinansha-shien.txt",
         "33-zakzak-20170130-godzilla-matsui-jinan.txt", "09-bbc-20201009-france-lyon-eigyo-teishi.txt",
         "28-cnet-20160211-nifty-iot-tenjikai.txt"]
HEADLINE = "日韓外相が会談、輸出規制の撤回を求める"
SUBHEADING = "元徴用工問題をめぐる協議は来月にも再開する方向で調整、双方の溝は依然として深い"


@pytest.fixture(scope="module")
def pages() -> dict[str, tuple[str, dict]]:
    require(PAGES / "gold.json")
    gold = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))
    return {name: ((PAGES / "txt" / name).read_text(encoding="utf-8"), gold[name]) for name in HOSTS}


def _with_headline(raw: str, gold: dict, line: str, under: str | None = None) -> str:
    """The page with its headline line written as line, and a line under it (a subheading)."""
    lines = raw.split("\n")
    at = next(e["lines"][0] for e in gold["line_labels"] if e.get("category") == "title") - 1
    assert lines[at].strip() == gold["title"].strip()
    lines[at] = line
    if under is not None:
        lines[at + 1 : at + 1] = ["", under]
    return "\n".join(lines)


@pytest.mark.parametrize("name", HOSTS)
def test_a_subheading_between_the_headline_and_the_date_line_is_not_the_title(pages, name):
    raw, gold = pages[name]
    assert clean_dump(_with_headline(raw, gold, HEADLINE, SUBHEADING)).title == HEADLINE


@pytest.mark.parametrize("name", HOSTS)
@pytest.mark.parametrize("subheading", [f"～{SUBHEADING}～", f"―{SUBHEADING}―"])
def test_a_subheading_set_between_waves_or_dashes_is_not_the_title(pages, name, subheading):
    raw, gold = pages[name]
    # under the date line, longer than the headline: its marks give it away
    date_at = next(e["lines"][0] for e in gold["line_labels"] if e.get("category") == "published")
    lines = _with_headline(raw, gold, HEADLINE).split("\n")
    lines[date_at:date_at] = ["", subheading]
    assert clean_dump("\n".join(lines)).title == HEADLINE


@pytest.mark.parametrize("line", [f"{HEADLINE}（共同通信）", f"{HEADLINE}（時事通信社）", f"{HEADLINE} - 毎日新聞",
                                  f"【速報】{HEADLINE}"])
def test_the_site_name_after_the_headline_is_left_out_and_a_label_before_it_kept(pages, line):
    raw, gold = pages[HOSTS[0]]
    want = line if line.startswith("【") else HEADLINE
    assert clean_dump(_with_headline(raw, gold, line)).title == want


@pytest.mark.parametrize("title, kept", [
    ("北京五輪、北島康介2冠-200m平泳ぎ（共同通信）", "北京五輪、北島康介2冠-200m平泳ぎ"),  # only the bracketed name goes
    ("首相が記者会見（動画）", "首相が記者会見（動画）"),
    ("米大統領（ロイター）が発言", "米大統領（ロイター）が発言"),
    ("トランプ氏が来日へ（米大統領）", "トランプ氏が来日へ（米大統領）"),
])
def test_only_an_outlet_alone_in_closing_brackets_is_a_site_name(title, kept):
    assert strip_site_suffix(title) == kept


@pytest.mark.parametrize("headline", [
    "違法ダウンロード刑罰化やRetinaディスプレ搭載MacBook Pro登場まで１週間を振り返る【ITフラッシュバック】",
    "【最近のオススメ「Androidアプリ」特集：2012年5月21〜27日編】",
    "トランプ氏のツイートが波紋、中国外務省が反発　「内政干渉だ」と批判",
    "浅田真央の著書が突然の発売中止に",
])
def test_a_headline_with_words_buttons_also_use_is_still_the_headline(headline):
    # livedoor's layout: address, date, headline, body (the first two headlines are livedoor's own)
    body = ("COMPTEX TAIPEIから週が明けて、最大の話題となったのがWWDCだ。期待していたiPhone 5や7インチiPad miniと"
            "いった発表はなかったが、発表されたアップルの新製品は注目を集めた。")
    page = f"http://news.livedoor.com/article/detail/6665804/\n2012-06-17T10:00:00+0900\n{headline}\n{body}\n\n{body}\n"
    assert clean_dump(page).title == headline


@pytest.mark.parametrize("line", ["ツイート", "シェアする", "Facebookでシェアする", "好評発売中", "シェア 0",
                                  "Twitterでシェアする　Facebookでシェアする　LINEで送る",
                                  "アプリをダウンロードして続きを読む（ログインはこちら）"])
def test_buttons_stay_buttons(line):
    from core.cleaning.lines import classify

    assert classify(1, line).kind in ("ui", "anchor")


def test_without_a_date_line_above_the_body_the_headline_standing_alone_beats_a_column_of_headlines(pages):
    # CNET's header lists other articles' headlines line under line, and its section's name over the headline
    raw, gold = pages["28-cnet-20160211-nifty-iot-tenjikai.txt"]
    lines = raw.split("\n")
    date_at = next(e["lines"][0] for e in gold["line_labels"] if e.get("category") == "published") - 1
    last = gold["body_line_numbers"][-1] - 1
    date_line = lines[date_at]
    moved = lines[:date_at] + lines[date_at + 1 : last + 1] + ["", date_line] + lines[last + 1 :]
    headline = "鹿児島県阿久根市長が選挙運動中のブログ更新で書類送検"
    article = clean_dump("\n".join(moved).replace(gold["title"], headline))
    assert article.title == headline
