"""The headline is the line the article's lead restates, when the line the page layout suggests is not."""

from __future__ import annotations

from pathlib import Path

from core.cleaning.dump import clean_dump
from tests.shared_data import require

LIVEDOOR = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "livedoor" / "text"
MENU = ["ニュース", "トピックス", "速報", "写真", "映像", "雑誌", "国内", "国際", "経済", "エンタメ", "スポーツ", "ライフ"]


def _article(name: str) -> tuple[str, list[str]]:
    """A livedoor article's headline and its body paragraphs."""
    path = LIVEDOOR / name
    require(path)
    lines = path.read_text(encoding="utf-8").split("\n")
    return lines[2].strip(), [line.strip() for line in lines[3:] if line.strip()][:4]


def _page(headline: str, other: str, body: list[str]) -> str:
    """A blog portal's dump: menus, the headline, the writer and date, another document's title, the text."""
    return "\n".join([*MENU, "", headline, "", "JSF \xa0|\xa0軍事ブロガー  2011年5月10日 15時30分", "", other, "",
                      "ツイート", "", *(part for line in body for part in (line, "")),
                      "関連記事", "", "ホーム", "利用規約", "Copyright (C) 2011 Example Inc."])


OTHER = "先進対艦・対地弾頭技術の研究：防衛省\u3000平成２６年度\u3000事前の事業評価"


def test_the_headline_the_lead_restates_wins_over_another_documents_title():
    headline, body = _article("dokujo-tsushin/dokujo-tsushin-5546302.txt")  # 恋愛マニュアル本って本当に使える？
    article = clean_dump(_page(headline, OTHER, body))
    assert article.title == headline
    assert article.paragraphs[0] == body[0]


def test_a_long_headline_right_above_the_date_line_stays_though_the_lead_does_not_restate_it():
    _, body = _article("dokujo-tsushin/dokujo-tsushin-5546302.txt")
    headline = "北朝鮮が弾道ミサイルを発射、日本のEEZ内に落下か？　防衛省が分析進める"
    restated = "恋愛マニュアル本のモテテクニック系と復縁方法系"  # a line below the date that the lead restates
    assert clean_dump(_page(headline, restated, body)).title == headline


def test_a_line_the_lead_does_not_restate_is_no_headline_by_that_signal():
    _, body = _article("dokujo-tsushin/dokujo-tsushin-5546302.txt")
    unrelated = "ふるさと銀河線、最後の運転"
    article = clean_dump(_page(unrelated, OTHER, body))
    assert article.title in (unrelated, OTHER)  # the layout decides; no lead-restated line to move to
    assert article.title != body[0]


def test_the_bodys_first_line_is_the_headline_when_the_text_under_it_restates_it():
    headline, body = _article("dokujo-tsushin/dokujo-tsushin-6443618.txt")  # 変化する結婚観…増加中！？
    raw = "\n".join([*MENU, "", "民報を贈ろう", "", "ツイート", "", headline, "", "吉村菜央さん", "",
                     *(part for line in body for part in (line, "")), "ホーム", "利用規約"])
    article = clean_dump(raw)
    assert article.title == headline
    assert headline not in article.paragraphs
    assert article.paragraphs[-1] == body[-1]


def test_a_first_line_written_as_a_sentence_stays_in_the_body():
    headline, body = _article("dokujo-tsushin/dokujo-tsushin-6443618.txt")
    raw = "\n".join([*MENU, "", "民報を贈ろう", "", "ツイート", "", *(part for line in body for part in (line, "")),
                     "ホーム", "利用規約"])
    assert clean_dump(raw).paragraphs[0] == body[0]
