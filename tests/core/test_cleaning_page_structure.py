"""Where a page's structure, not its wording, hides the headline, on outlets no list knows (bench/perturb_frames.py's
structure classes, bench/perturb_frames_structure.py, measure each): the deck a page prints under the date line, a
short headline over its date line, the headline printed only at the breadcrumb's end."""

from __future__ import annotations

from core.cleaning.dump import clean_dump
from core.cleaning.outlets import outlet_in
from tests.shared_data import SHARED, require

WIKINEWS = SHARED / "corpus" / "wikinews" / "txt"
ISRAEL = "wn-00898.txt"  # イスラエル、ガザからの撤退を完了
MUSEUM = "wn-02766.txt"  # 九州国立博物館、一般公開
CHICAGO = "wn-03248.txt"  # シカゴで列車脱線、2人死亡、80余人負傷
IWATE = "wn-00159.txt"  # 岩手社保・納付督促はがきを誤送付


def _story(name: str) -> tuple[str, list[str]]:
    lines = require(WIKINEWS / name).read_text(encoding="utf-8").split("\n")
    return lines[0].strip(), [line.strip() for line in lines[3:9] if line.strip()]


def _page(header: list[str], body: list[str], outlet: str = "しおかぜ日報") -> str:
    assert outlet_in(outlet) is None  # an outlet no list knows
    return "\n".join([outlet, "ホーム　ニュース　政治　経済　国際　社会　スポーツ", "", *header, "", *body, "",
                      "あわせて読みたい", "会社概要　プライバシーポリシー　お問い合わせ",
                      f"Copyright © 2005-2025 {outlet} All rights reserved."])


def test_a_sentence_of_the_text_under_the_date_line_is_the_deck_not_the_headline():
    title, body = _story(ISRAEL)
    deck = body[1].rstrip("。")  # NHKやCNNは、…が入っていると伝えている
    article = clean_dump(_page([title, "2005年9月12日 14:00", deck], body))
    assert article.title == title


def test_a_short_headline_over_its_date_line_keeps_over_a_longer_deck_under_it():
    title, body = _story(MUSEUM)  # 12 characters: shorter than a written headline
    deck = body[1].rstrip("。")  # 一般公開に先立ち、15日開館式が行われた
    assert len(title) < 15 < len(deck)
    assert clean_dump(_page([title, "2005年10月16日", deck], body)).title == title


def test_a_short_headline_over_its_date_line_keeps_over_a_box_of_points():
    title, body = _story(MUSEUM)
    points = ["・" + line.rstrip("。") for line in body[:3]]
    article = clean_dump(_page([title, "2005年10月16日", "この記事のポイント", *points], body))
    assert article.title == title


def test_a_headline_under_the_date_line_stays_under_a_label_the_text_does_not_tell():
    # a headline ending with a verb under the date line is no deck: the line over the date is a label, no headline
    _, body = _story(CHICAGO)
    headline = "シカゴの通勤列車が終着駅の近くで脱線し2人が死亡した"
    article = clean_dump(_page(["特集ワイド", "2005年9月18日", headline], body))
    assert article.title == headline


def test_the_breadcrumbs_last_entry_is_the_headline_when_the_header_prints_none():
    for name, day in ((CHICAGO, "2005年9月18日"), (IWATE, "2006年3月3日")):
        title, body = _story(name)
        for crumb in (f"ホーム > 国際 > {title}", f"TOP ＞ 社会 ＞ {title}", f"ニュース / 社会 / {title}"):
            article = clean_dump(_page([crumb, "", day], body))
            assert article.title == title, crumb


def test_a_section_name_ending_the_breadcrumb_is_no_headline():
    title, body = _story(MUSEUM)
    for header in (["ホーム > 国際 > アジア・太平洋", "2005年10月16日", "", title],
                   ["ホーム > 社会 > 事件・事故", "2005年10月16日", "", title]):
        assert clean_dump(_page(header, body)).title == title, header[0]


def test_a_headline_cut_short_in_the_breadcrumb_is_not_taken_for_it():
    title, body = _story(CHICAGO)
    article = clean_dump(_page([f"ホーム > 国際 > {title[:12]}…", "", "2005年9月18日"], body))
    assert article.title != title[:12] + "…"


def test_the_last_entry_of_a_numbered_breadcrumb_is_the_headline_when_the_header_prints_none():
    # an ordered list's breadcrumb as a dump prints it, line under line (1. ホーム / 2. 社会 / 3. …)
    title, body = _story(CHICAGO)
    article = clean_dump(_page(["1. ホーム", "2. 国際", f"3. {title}", "", "2005年9月18日"], body))
    assert article.title == title


def test_a_numbered_ranking_of_other_headlines_is_no_breadcrumb():
    # 1. …, 2. …, 3. …: long entries are other articles' headlines, however much the text shares with the last
    _, body = _story(CHICAGO)
    ranking = ["1. 米国で大型ハリケーンが上陸し住民に避難命令", "2. 欧州の鉄道で大規模ストライキが続く",
               "3. シカゴで列車が脱線し多数の負傷者"]
    article = clean_dump(_page([*ranking, "", "2005年9月18日"], body))
    assert article.title != "シカゴで列車が脱線し多数の負傷者"


def test_a_written_entry_ending_the_breadcrumb_right_over_the_date_line_is_the_headline_though_the_text_tells_it_not():
    # the text opens on another matter (one reader's story under 見た目で損をしていませんか？): the entry is the page's
    # own headline all the same, and the user is asked to look
    _, body = _story(CHICAGO)
    for headline in ("見た目で損をしていませんか？", "彼に話してもいい「過去」のボーダーラインは？"):
        for crumb in (f"ホーム > 国際 > {headline}", f"トップ › 経済 › 企業 › {headline}"):
            article = clean_dump(_page([crumb, "2005年9月18日"], body))
            assert article.title == headline, crumb
            assert "headline_unsure" in article.cleaning_check


def test_an_untold_entry_ending_the_breadcrumb_away_from_the_date_line_is_not_taken():
    _, body = _story(CHICAGO)
    article = clean_dump(_page(["ホーム > 国際 > 見た目で損をしていませんか？", "", "ログイン　会員登録", "2005年9月18日"], body))
    assert article.title != "見た目で損をしていませんか？"
