"""Written lines the cleaner leaves under the body (details, a list no sentence announces) ask for a look."""

from __future__ import annotations

import json
from pathlib import Path

from core.cleaning.checks import COMPETING_BLOCKS
from core.cleaning.dump import clean_dump
from core.cleaning.lines import classify
from core.cleaning.unread import unread_block
from tests.shared_data import require

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
LIVEDOOR = SHARED / "corpus" / "livedoor" / "text"
PAGES = SHARED / "pages"
# A programme's details and two profiles under a three-paragraph announcement
DOSPARA = "it-life-hack/it-life-hack-6891506.txt"
# An entry form's rules under a film's presentation
PEACHY = "peachy/peachy-5868871.txt"


def _raw(name: str) -> str:
    return (require(LIVEDOOR) / name).read_text(encoding="utf-8")


def test_a_programmes_details_left_under_the_body_flag_the_article_and_open_where_they_begin():
    raw = _raw(DOSPARA)
    article = clean_dump(raw)
    assert COMPETING_BLOCKS in (article.cleaning_check or "")
    assert raw.split("\n")[article.cleaning_check_line - 1].startswith("■ドスパラ・エール・ミュージックプログラム概要")


def test_an_entry_forms_rules_under_a_details_box_are_the_articles_and_ask_nothing():
    # (they were left under the body and flagged; the text now goes on past the box: core.cleaning.own_lists)
    article = clean_dump(_raw(PEACHY))
    paragraphs = [p.strip() for p in article.paragraphs]
    assert "・当選については、厳正なる抽選の上、決定させていただきます。" in paragraphs
    assert article.cleaning_check is None


def test_a_column_of_other_articles_headlines_under_the_body_is_the_sites_and_asks_nothing():
    lines = [classify(i, text) for i, text in enumerate([
        "　東京都は１０日、新たな支援策を発表した。対象は都内の中小企業で、申請は来月から受け付ける。",
        "",
        "「ありがとう！チョコどうぞ」　２代目ネコ駅長らぶ、利用者に感謝（02/18 10:15）",
        "【ストップ！架空請求・手口】「勤務先は？」執拗に　後ろめたさ突く狙い（02/18 09:51）",
        "『イチゴの紅茶』商品化へ　飯舘村栽培の夏イチゴ「雷峰」使用（02/18 09:42）",
        "集めて『手塚キャラ』　会津17市町村で７、８月「スタンプラリー」（02/18 09:38）",
        "変わる...廃炉の現場　震災・原発事故から５年、第１原発の今（02/18 09:30）",
        "「風評払拭、廃炉加速」求める声　郡山で衆院予算委・公聴会（02/18 09:23）",
        "放射線・医科学研究拠点で調印　福島医大と広島大、長崎大（02/18 09:20）",
    ], start=1)]
    assert unread_block(lines, 0, 45) is None
    details = [classify(i, text) for i, text in enumerate([
        "　東京都は１０日、新たな支援策を発表した。対象は都内の中小企業で、申請は来月から受け付ける。", "",
        "■支援策の概要", "・対象：都内に本社を置く中小企業", "・申請期間：３月１日から３１日まで",
        "・上限額：一社あたり５００万円", "※申請には事業計画書が必要です。", "問い合わせ：都の産業労働局",
        "受付時間：平日の午前９時から午後５時まで"], start=1)]
    assert unread_block(details, 0, 45) == 2  # where the details begin
    assert unread_block(details[:5], 0, 45) is None  # three details: too few to be worth a look


def test_the_tuning_pages_of_real_outlets_ask_nothing_for_their_footers():
    gold = json.loads(require(PAGES / "gold.json").read_text(encoding="utf-8"))
    for name in ("22-minyu-20160211-jishu-hinansha-shien.txt", "32-hochi-20170130-watanabe-ippei-sekaishin.txt",
                 "25-kobe-np-20160211-eiga-yakuza-to-kenpou.txt", "31-yahoo-20170207-barks-dlite-nico-nama.txt"):
        article = clean_dump((PAGES / "txt" / name).read_text(encoding="utf-8"))
        assert article.title == gold[name]["title"]
        assert article.cleaning_check is None, name


def test_a_sentence_telling_what_a_click_does_is_the_articles_text():
    raw = _raw("it-life-hack/it-life-hack-6334919.txt")  # Google's logo for the doll festival
    sentence = next(line for line in raw.split("\n") if line.startswith("Googleロゴは、「ひな祭り」のひな壇に見える。"))
    assert sentence.strip() in clean_dump(raw).paragraphs
    assert classify(1, "こちらをクリックすると続きをお読みいただけます。会員登録は無料です。").kind == "ui"
