"""A page's fields around the headline: pager marks, a source's label over its value, labelled fields beside
the date line, a wire's credit closing the text. Dumps written the way such pages print (w3m, one line each)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.cleaning.bylines import byline_names
from core.cleaning.datelines import credited_reporters
from core.cleaning.date_line import dated
from core.cleaning.dump import clean_dump
from core.cleaning.lines import classify, closing_credit
from tests.shared_data import require

PAGES = Path(__file__).resolve().parents[2].parent / "shared" / "pages"

LEAD = ("　外務省は５日、日米の外相が電話で協議し、北朝鮮の核問題を巡って緊密に連携することで一致したと発表した。"
        "両外相は国連安全保障理事会の決議を完全に履行する重要性も確認した。")
SECOND = "　協議は約３０分行われた。外相は記者団に「引き続き関係国と意思疎通を図りたい」と述べた。"
THIRD = "　政府は来週にも関係閣僚会議を開き、ミサイル発射への備えを含めた今後の対応を話し合う方針だ。"

# A paywalled column: headline, the writer's office and name, a column of topic tags, a pager mark, the date,
# the source under its label, buttons, then the text.
COLUMN_PAGE = "\n".join([
    "2026年12月6日（日）", "", "ログイン", "トップ", "速報", "経済・政治", "国際", "", "日米外相が電話協議　北朝鮮対応で連携確認",
    "編集委員　山田太郎", "", "北朝鮮", "日米関係", "外交", "安全保障", "国連", "政治", "経済", "コラム（国際・アジア）", "北米",
    "朝鮮半島", "中国・台湾", "", "（1/3ページ）", "2026/12/5 21:30",
    "情報元", "東京新聞　電子版", "", "保存", "共有", "", LEAD, "", SECOND, "", THIRD, "",
    "関連キーワード", "", "北朝鮮日米関係外交", "",
])

# A wire's site: the headline under a section label, the date line with the place and area tags after it,
# the text opening with the wire's dateline and closing with its credit and the reporter's name.
WIRE_PAGE = "\n".join([
    "国際ニュース：AFPBB News", "", "Latest", "Popular", "政治・経済", "社会", "", "ニュース政治 Video", "",
    "動画：日米外相が電話協議、北朝鮮問題で緊密な連携を確認", "",
    "2026年12月5日 21:30　発信地：東京/日本 [ 日本アジア・オセアニア ]", "", "このニュースをシェア", "",
    "【12月5日 AFP】" + LEAD.strip(), "", SECOND, "", THIRD[:-1] + "。(c)AFP/Taro YAMADA", "",
    "政治一覧へ>", "あわせて読みたい", "", "© AFPBB News",
])


def test_a_pager_mark_is_no_headline_and_the_column_reads_whole():
    article = clean_dump(COLUMN_PAGE)
    assert article.title == "日米外相が電話協議　北朝鮮対応で連携確認"
    assert article.published == "2026-12-05T21:30:00+09:00"
    assert article.authors == ["山田太郎"]
    assert article.paragraphs == [LEAD, SECOND, THIRD]


def test_the_outlet_under_a_source_label_is_no_headline():
    # without the pager mark, the outlet's name right under the date line still loses to the headline
    page = COLUMN_PAGE.replace("（1/3ページ）", "")
    assert clean_dump(page).title == "日米外相が電話協議　北朝鮮対応で連携確認"


def test_a_date_line_with_labelled_fields_and_the_credit_closing_the_text():
    article = clean_dump(WIRE_PAGE)
    assert article.title == "動画：日米外相が電話協議、北朝鮮問題で緊密な連携を確認"
    assert article.published == "2026-12-05T21:30:00+09:00"
    assert article.paragraphs[-1].endswith("(c)AFP/Taro YAMADA")
    assert len(article.paragraphs) == 3
    assert article.authors == ["Taro YAMADA"]
    assert article.dateline == "【12月5日 AFP】"


@pytest.mark.parametrize("text", ["（1/3ページ）", "2/2ページ", "ページ 1 / 3", "全3ページ", "2ページ目", "（２／５ページ）"])
def test_pager_marks_are_page_furniture(text):
    assert classify(1, text).kind == "ui"


@pytest.mark.parametrize("text", ["(6/19)", "1/3", "3ページにわたる報告書を公表した", "ページ"])
def test_what_is_not_a_pager_mark(text):
    assert classify(1, text).kind != "ui"


@pytest.mark.parametrize("text,yes", [
    ("2026年12月5日 21:30　発信地：東京/日本 [ 日本アジア・オセアニア ]", True),
    ("2026/12/5 カテゴリ：政治 タグ：外交", True),
    ("2026年12月5日 21:30　日米外相が電話協議、北朝鮮問題で緊密な連携を確認", False),  # a headline after its day: a list's item
    ("2026年12月5日 発信地：東京 では会談が開かれた", False),  # words of a sentence after the field
])
def test_a_date_line_with_fields(text, yes):
    assert dated(classify(1, text)) is yes


def test_a_closing_credit_keeps_the_paragraph_and_names_the_reporter():
    text = THIRD[:-1] + "。(c)AFP/Taro YAMADA and Jean DUPONT"
    assert classify(1, text).kind == "prose"
    assert credited_reporters(closing_credit(text)) == ["Taro YAMADA", "Jean DUPONT"]


def test_a_photo_caption_with_a_credit_stays_a_caption():
    caption = "首相官邸で記者団の質問に答える外相。東京で撮影（2026年12月5日撮影）。(c)AFP/Taro YAMADA"
    assert closing_credit(caption) is None
    assert classify(1, caption).kind == "caption"
    assert credited_reporters("AFPBB News") == []


def test_a_headline_over_its_byline_with_topic_tags_before_the_date():
    # a column of topic tags parts the headline and its byline from the date; the button under the date
    # line, right by it, is no headline
    page = "\n".join([
        "トップ", "速報", "", "日米外相が電話協議　北朝鮮対応で連携確認", "編集委員　山田太郎", "",
        *["北朝鮮", "日米関係", "外交", "安全保障", "国連", "政治", "経済", "北米", "朝鮮半島", "中国・台湾", "核問題"], "",
        "2026年12月5日 21:30", "", "この記事をスクラップする", "", "保存", "共有", "",
        "その他", "", "ランキング", "", LEAD, "", SECOND, "", THIRD, ""])
    article = clean_dump(page)
    assert article.title == "日米外相が電話協議　北朝鮮対応で連携確認"
    assert article.authors == ["山田太郎"]


@pytest.mark.parametrize("line,names", [
    ("ジョナサン・エイモス、BBC科学担当編集委員", ["ジョナサン・エイモス"]),
    ("山田太郎、ワシントン支局長", ["山田太郎"]),
    ("山田 太郎 : ジャーナリスト", ["山田 太郎"]),
    ("安倍晋三、首相", []),  # a person in the news with an office, not a writer
    ("北朝鮮、記者会見", []),
])
def test_a_writer_and_the_outlets_title_for_them(line, names):
    assert byline_names(line) == names


def test_a_writer_after_the_date_on_the_date_line():
    page = "\n".join(["トップ", "", "日米外相が電話協議　北朝鮮対応で連携確認", "", "2026.12.5(土) 山田 太郎", "",
                      LEAD, "", SECOND, "", THIRD, ""])
    article = clean_dump(page)
    assert (article.published, article.authors) == ("2026-12-05", ["山田 太郎"])


def test_a_teaser_of_another_article_above_gives_neither_its_text_nor_its_date():
    # a portal's teaser (headline, day, a sentence, 続きを読む) above an article whose date stands under it
    page = "\n".join([
        "トップ", "", "伊経済相が抗議の辞任", "2026年12月4日 6:03",
        "イタリアの経済相が、４日に辞任したと地元メディアが一斉に報じた。", "続きを読む", "",
        "日米外相が電話協議　北朝鮮対応で連携確認", "", LEAD, "", SECOND, "", THIRD, "", "2026/12/05 21:30", "",
        "あわせて読みたい", ""])
    article = clean_dump(page)
    assert article.paragraphs == [LEAD, SECOND, THIRD]
    assert article.published == "2026-12-05T21:30:00+09:00"
    assert article.title == "日米外相が電話協議　北朝鮮対応で連携確認"


def test_a_weekday_written_out_after_the_date():
    line = classify(1, "JSF  | 軍事ブロガー  2026年12月5日 土曜日")
    assert dated(line)
    assert classify(1, "9月16日火曜日に会談した").kind != "date"


def test_a_headline_written_as_a_sentence_under_the_date_beats_a_series_label_above():
    # a wire's page (date line, then the headline, then the text) with its headline written as a sentence;
    # a series' label (トランプ新政権特集) in the page's side column does not head it
    name = "08-reuters-20170130-trump-nyukoku-seigen-shihouchoukan.txt"
    require(PAGES / "txt" / name)
    headline = "15の州司法長官ら、移民制限の米大統領令非難　法的措置も検討"
    raw = (PAGES / "txt" / name).read_text(encoding="utf-8")
    assert headline + "\n" in raw
    article = clean_dump(raw.replace(headline + "\n", headline + "。\n"))
    assert article.title == headline + "。"
    assert not any(p.startswith(headline) for p in article.paragraphs)
