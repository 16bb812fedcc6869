"""Saved pages built the way other publishing systems build them: the lead, the text's ends, the writer,
the date and the headline still come out right."""

from __future__ import annotations

import pytest
from trafilatura.utils import load_html

from core.ingest.headline import page_headline, strip_site_name
from core.ingest.html_page import article_from_html
from core.ingest.page_meta import page_meta
from core.ingest.text_edges import as_shown_lines, without_edge_furniture

HEADLINE = "日ノルウェー外相が東京で会談　北極海の航路で協力確認"
LEAD = "山川一郎外相は11日、来日したノルウェーのハンセン外相と東京都内で会談し、北極海の航路をめぐる協力を続けることを確認した。"
PARAS = [
    "両外相は、気候変動で夏に通れる期間が延びている北極海航路について、航行の安全と環境保護を両立させる必要があるとの認識で一致した。",
    "会談は予定を延長して約二時間に及んだ。ハンセン外相は会談後、記者団に「日本は最も重要な協力相手の一つだ」と述べた。",
    "両政府は年内に実務者協議を開き、観測データの共有や海難救助での連携について具体策を詰める方針だ。",
    "ハンセン外相は12日に広島を訪れ、平和記念資料館を見学する予定だ。",
]
SITE = "港町ニュース"


def ps(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def page(main: str, head: str = "") -> str:
    return (f"<html lang='ja'><head><meta charset='utf-8'><title>{HEADLINE} | {SITE}</title>"
            f"<meta property='og:site_name' content='{SITE}'>{head}</head><body>"
            f"<header><a href='/'>{SITE}</a><nav><ul><li>政治</li><li>国際</li><li>ログイン</li></ul></nav></header>"
            f"{main}<footer><p>Copyright © {SITE}</p></footer></body></html>")


def read(html: str):
    return article_from_html("p.html", html)


def test_a_lead_set_apart_above_the_body_opens_the_text_and_the_photo_caption_stays_out():
    article = read(page(
        f"<main><div class='article-header'><h1>{HEADLINE}</h1><p class='publish-date'>2025年7月11日 18:30</p>"
        f"<p class='lead'>{LEAD}</p></div><div class='photo'><img src='/p.jpg'><p class='caption'>"
        f"会談に臨む両外相（11日午後、東京都港区）</p></div><div class='article-body'>{ps(PARAS)}</div></main>"))
    assert article.paragraphs == [LEAD, *PARAS]


def test_a_summary_above_the_body_is_no_lead():
    summary = "北極海の航路をめぐり日本とノルウェーが協力を続けることで一致した。航行の安全と環境保護の両立が課題だ。"
    article = read(page(
        f"<main><h1>{HEADLINE}</h1><p class='date'>2025年7月11日 18:30</p><div class='summary'><p>{summary}</p></div>"
        f"<div class='article-body'>{ps([LEAD, *PARAS])}</div></main>"))
    assert article.paragraphs == [LEAD, *PARAS]


def test_a_lead_the_extractor_puts_after_the_text_moves_back_to_its_start():
    article = read(page(
        f"<main><div class='article-header'><h1>{HEADLINE}</h1><p class='publish-date'>2025年7月11日 18:30</p>"
        f"<p class='lead'>{LEAD}</p></div><div class='photo'><img src='/p.jpg'><p class='caption'>"
        f"会談に臨む両外相</p></div><div class='article-body'>{ps(PARAS[:3])}</div></main>"))
    assert article.paragraphs == [LEAD, *PARAS[:3]]


def test_paragraphs_kept_in_noscript_are_text_and_a_notice_asking_for_scripts_is_not():
    article = read(page(
        f"<main><article><h1>{HEADLINE}</h1><p class='date'>2025年7月11日 18:30</p><div class='article-body'>"
        f"{ps([LEAD, PARAS[0]])}<div class='js-lazy-body'><noscript>{ps(PARAS[1:])}</noscript></div>"
        "<noscript><p>このページを正しく表示するにはJavaScriptを有効にしてください。</p></noscript></div></article></main>"))
    assert article.paragraphs == [LEAD, *PARAS]


def test_a_short_first_page_of_a_paginated_article_keeps_its_paragraphs_and_drops_the_pager():
    article = read(page(
        f"<main><article><h1>{HEADLINE}</h1><p class='date'>2025年7月11日 18:30</p><div class='article-body'>"
        f"{ps([LEAD, PARAS[0]])}<p class='next-page'><a href='?page=2'>次のページ：実務者協議の焦点</a></p>"
        "<p class='page-count'>（1/3ページ）</p></div><div class='pagination'><span>1</span><a href='?page=2'>2</a>"
        "<a href='?page=3'>3</a><a href='?page=2'>次のページ</a></div></article></main>"))
    assert article.paragraphs == [LEAD, PARAS[0]]


def test_text_run_together_on_one_line_is_split_where_the_page_blocks_end():
    shown = f"{SITE}\n{HEADLINE}\n2025年7月11日 18:30\n{LEAD}\n{PARAS[0]}\n次のページ\n"
    run = [f"{HEADLINE} 2025年7月11日 18:30 {LEAD} {PARAS[0]} 次のページ"]
    assert as_shown_lines(run, shown) == [HEADLINE, "2025年7月11日 18:30", LEAD, PARAS[0], "次のページ"]
    assert as_shown_lines([LEAD, PARAS[0]], shown) == [LEAD, PARAS[0]]  # text in lines is left alone


@pytest.mark.parametrize("closing", ["次のページ", "（1/3ページ）", "1 2 3 次へ", "次のページ：実務者協議の焦点",
                                     "最終更新:7/12(土) 9:05", "2025年7月11日 18:30配信"])
def test_pager_and_date_lines_closing_the_text_go(closing):
    assert without_edge_furniture([LEAD, PARAS[0], closing]) == [LEAD, PARAS[0]]


def test_a_closing_line_of_the_text_that_is_a_sentence_stays():
    last = "次のページで詳しく伝える。"
    assert without_edge_furniture([LEAD, last]) == [LEAD, last]


def test_a_closing_dateline_in_brackets_names_the_reporter_and_leaves_the_text():
    article = read(page(f"<main><article><h1>{HEADLINE}</h1><p class='date'>2025年7月11日 18:30</p>"
                        f"<div class='article-body'>{ps([LEAD, *PARAS])}<p>（ワシントン＝青木志保）</p></div></article></main>"))
    assert article.authors == ["青木志保"]
    assert article.paragraphs == [LEAD, *PARAS]


def test_a_handle_after_a_writer_label_in_an_hcard_is_the_writer():
    article = read(page(
        f"<main><article><h1>{HEADLINE}</h1><div class='entry-meta'><time datetime='2025-07-11T18:30:00+09:00'>"
        "2025年7月11日</time><span class='byline'> 投稿者: <span class='author vcard'><a class='url fn n' href='/u/'>"
        f"JSF</a></span></span></div><div class='entry-content'>{ps([LEAD, *PARAS])}</div></article></main>"))
    assert article.authors == ["JSF"]


def test_a_partner_site_marked_as_author_without_a_writer_label_is_no_writer():
    article = read(page(
        f"<main><article><h1>{HEADLINE}</h1><p class='date'>2025年7月11日 18:30</p>"
        f"<p class='source'><a rel='author' href='https://gigazine.net'>GIGAZINE</a></p>"
        f"<div class='article-body'>{ps([LEAD, *PARAS])}</div></article></main>"))
    assert article.authors == []


@pytest.mark.parametrize("byline, authors", [
    ("政治部　青木志保", ["青木志保"]),
    ("外信部 村田 健", ["村田 健"]),
    ("阿部 太郎", ["阿部 太郎"]),  # a family name ending in 部 is no desk
])
def test_a_desk_before_the_reporter_leaves_the_name(byline, authors):
    article = read(page(f"<main><div class='article'><h1>{HEADLINE}</h1><p class='byline'>{byline}</p>"
                        f"<p class='date'>2025.07.11 18:30</p><div class='text'>{ps([LEAD, *PARAS])}</div></div></main>"))
    assert article.authors == authors


GRAPH = ('<script type="application/ld+json">{"@context":"https://schema.org","@graph":['
         '{"@type":"Organization","@id":"https://example.jp/#org","name":"港町ニュース"},'
         '{"@type":"Article","@id":"https://example.jp/a/1#article","headline":"日ノルウェー外相が東京で会談",'
         '"author":{"@id":"https://example.jp/#/schema/person/ab12"},"datePublished":"2025-07-11T18:30:00+09:00",'
         '"dateModified":"2025-07-12T09:00:00+09:00","publisher":{"@id":"https://example.jp/#org"}},'
         '{"@type":"Person","@id":"https://example.jp/#/schema/person/ab12","name":"青木志保"}]}</script>')


def test_a_writer_given_by_id_in_a_json_ld_graph_is_read_from_its_node():
    meta = page_meta(load_html(page(f"<main><h1>{HEADLINE}</h1>{ps(PARAS)}</main>", GRAPH)))
    assert meta.authors == ["青木志保"]
    assert meta.published == "2025-07-11T18:30:00+09:00"


def test_the_time_marked_as_publication_wins_over_an_update_shown_first():
    html = page(f"<main><article><h1>{HEADLINE}</h1><time class='updated' datetime='2025-07-12T09:00:00+09:00'>"
                "7月12日更新</time><time class='entry-date published' datetime='2025-07-11T18:30:00+09:00'>7月11日</time>"
                f"{ps([LEAD, *PARAS])}</article></main>")
    assert page_meta(load_html(html)).published == "2025-07-11T18:30:00+09:00"


def test_an_update_shown_before_the_publication_under_a_styled_headline_gives_way_to_it():
    article = read(page(f"<main><div class='article'><div class='article-title'>{HEADLINE}</div>"
                        "<p class='date'>更新：2025年7月12日 9:00</p><p class='date'>公開：2025年7月11日 18:30</p>"
                        f"<div class='text'>{ps([LEAD, *PARAS])}</div></div></main>"))
    assert article.published == "2025-07-11T18:30:00+09:00"


def test_an_update_alone_is_still_the_page_date():
    article = read(page(f"<main><article><h1>{HEADLINE}</h1><p class='date'>更新：2025年7月12日 9:00</p>"
                        f"{ps([LEAD, *PARAS])}</article></main>"))
    assert article.published == "2025-07-12T09:00:00+09:00"


@pytest.mark.parametrize("title", [
    "{t} | {s}", "{t} - {s}", "{t}｜{s}", "{t}：{s}", "{t}（{s}）", "【{s}】{t}", "{s} - {t}", "{s}｜{t}",
    "{t} | 政治 | {s}", "{t} - {s} - 最新ニュース", "{t} ― {s}", "{t} · {s}", "{t} / {s}", "{t}【{s}】",
    "{t} [{s}]", "{t}｜{s}｜ニュース速報", "神戸新聞NEXT｜社会｜{t}",
])
def test_the_site_name_comes_off_a_declared_title_in_every_common_form(title):
    headline = "G7外相会合 - 共同声明を採択"  # a headline may hold a spaced dash itself
    assert strip_site_name(title.format(t=headline, s=SITE), [SITE, "神戸新聞NEXT"]) == headline


def test_a_headline_label_in_brackets_stays():
    assert strip_site_name("【速報】首相が辞任表明 | 港町ニュース", [SITE]) == "【速報】首相が辞任表明"


def test_what_one_declared_title_adds_around_another_names_a_site_no_one_declared():
    tree = load_html("<html><body><p>本文</p></body></html>")
    declared = ["首相が辞任表明 | 政治 | 北方タイムス", "首相が辞任表明"]
    assert page_headline(tree, declared, []) == "首相が辞任表明"
    # a short last segment after a bar, when the headline is at least twice as long
    assert strip_site_name("首相が辞任表明、来月にも総裁選｜北方タイムス", []) == "首相が辞任表明、来月にも総裁選"
    assert strip_site_name("首相が辞任表明｜来月にも総裁選", []) == "首相が辞任表明｜来月にも総裁選"


def test_a_handle_in_microdata_typed_as_a_person_is_the_writer():
    article = read(page(
        f"<main><div itemscope itemtype='http://schema.org/NewsArticle'><h1 itemprop='headline'>{HEADLINE}</h1>"
        "<meta itemprop='datePublished' content='2025-07-11T18:30:00+09:00'><span itemprop='author' itemscope "
        "itemtype='http://schema.org/Person'><span itemprop='name'>JSF</span></span>"
        f"<div itemprop='articleBody'>{ps([LEAD, *PARAS])}</div></div></main>"))
    assert article.authors == ["JSF"]
    assert article.published == "2025-07-11T18:30:00+09:00"


def test_the_byline_in_the_articles_own_footer_is_read_but_not_one_in_the_page_footer():
    own = read(page(f"<main><article><h1>{HEADLINE}</h1><p class='date'>2025年7月11日 18:30</p>{ps([LEAD, *PARAS])}"
                    "<footer><address class='author vcard'>by <span class='fn'>JSF</span></address></footer>"
                    "</article></main>"))
    assert own.authors == ["JSF"]
    site = read(page(f"<main><article><h1>{HEADLINE}</h1><p class='date'>2025年7月11日 18:30</p>{ps([LEAD, *PARAS])}"
                     "</article></main><footer><p class='author'>by JSF</p></footer>"))
    assert site.authors == []


def test_the_writers_profile_after_the_text_inside_the_article_ends_the_body_and_names_the_writer():
    bio = "1975年東京都生まれ。経済誌の記者を経て、2010年に独立。著書に『外交の現場』など。"
    for box, writer in ((["■山田太郎", bio], "山田太郎"), (["【著者プロフィール】", "鈴木花子", bio], "鈴木花子"),
                        (["佐藤 健一 / ジャーナリスト", bio], "佐藤 健一")):
        article = read(page(f"<main><article><h1>{HEADLINE}</h1><p class='date'>2025年7月11日 18:30</p>"
                            f"{ps([LEAD, *PARAS, *box])}</article></main>"))
        assert article.paragraphs == [LEAD, *PARAS], box[0]
        assert article.authors == [writer], box[0]


def test_the_career_of_someone_the_article_speaks_of_stays_in_the_html_text():
    career = ["山川一郎", "1960年東京都生まれ。東京大学法学部を卒業後、外務省に入省。北米局長を経て現職。"]
    article = read(page(f"<main><article><h1>{HEADLINE}</h1><p class='date'>2025年7月11日 18:30</p>"
                        f"{ps([LEAD, *PARAS, *career])}</article></main>"))
    assert article.paragraphs[-1] == career[1]
