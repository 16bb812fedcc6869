"""Saved pages: the people who wrote them, however the page marks its bylines, and never the outlet."""

from __future__ import annotations

import pytest

from trafilatura.utils import load_html

from core.ingest.headline import headline_element
from core.ingest.html_page import article_from_html
from core.ingest.page_authors import line_names, marked_names, people

BODY = "".join(
    f"<p>第{i}段落。両国の外相は会談で、北極海の航路をめぐる協力を続けることを確認した。"
    "会談は予定を延長して二時間に及んだという。</p>"
    for i in range(1, 6)
)
HEAD = "<title>外相会談、航路協力を確認 | 港町ニュース</title><meta property='og:site_name' content='港町ニュース'>"
DATE = "<p class='date'>2025年7月11日 18時30分</p>"


def page(under: str = "", after: str = "", head: str = HEAD, elsewhere: str = "") -> str:
    """A news page: the headline, a byline under it, the text, a byline after it, and furniture elsewhere."""
    return (f"<html lang='ja'><head><meta charset='utf-8'>{head}</head><body>"
            f"<header><a href='/'>港町ニュース</a></header><main><article><h1>外相会談、航路協力を確認</h1>{DATE}"
            f"{under}<div class='text'>{BODY}{after}</div></article>{elsewhere}</main></body></html>")


def read(html: str):
    return article_from_html("p.html", html)


@pytest.mark.parametrize("under, authors", [
    ("<p class='byline'>記者：青木志保</p>", ["青木志保"]),
    ("<div class='author'>文／青木志保</div>", ["青木志保"]),
    ("<p>取材・文　青木志保</p>", ["青木志保"]),
    ("<span class='byline'>Text by 青木志保</span>", ["青木志保"]),
    ("<p>執筆者：青木志保</p>", ["青木志保"]),
    ("<div class='meta'><a rel='author' href='/author/1'>青木志保</a></div>", ["青木志保"]),
    ("<p class='byline'>青木志保記者、村田健記者</p>", ["青木志保", "村田健"]),
    ("<p class='author'>青木志保・村田健</p>", ["青木志保", "村田健"]),
    ("<span class='author'>青木志保と村田健</span>", ["青木志保", "村田健"]),
    ("<p class='byline'>青木志保 / 村田健</p>", ["青木志保", "村田健"]),
    ("<p class='writer'>ライター：青木志保</p>", ["青木志保"]),
    ("<p>青木志保特派員</p>", ["青木志保"]),
    ("<p class='writer'>文：ジョン・スミス</p>", ["ジョン・スミス"]),
    ("<p class='byline'>港町ニュース 青木志保</p>", ["青木志保"]),
    ("<div itemprop='author'><span itemprop='name'>青木志保</span></div>", ["青木志保"]),
    ("<ul class='authors'><li class='author'>青木志保</li><li class='author'>村田健</li></ul>", ["青木志保", "村田健"]),
])
def test_a_byline_under_the_headline_gives_its_writers_and_is_not_body(under, authors):
    article = read(page(under=under))
    assert article.authors == authors
    assert "青木" not in article.body and "スミス" not in article.body
    assert article.paragraphs[0].startswith("第1段落")


@pytest.mark.parametrize("after, authors", [
    ("<p>（青木志保）</p>", ["青木志保"]),
    ("<p>（文・青木志保）</p>", ["青木志保"]),
    ("<p>（青木志保記者）</p>", ["青木志保"]),
    ("<p>取材・文／青木志保</p>", ["青木志保"]),
    ("<p class='author'>記者：青木志保、村田健</p>", ["青木志保", "村田健"]),
    ("<p>（ワシントン支局　青木志保）</p>", ["青木志保"]),
    ("<p>（青木志保、村田健）</p>", ["青木志保", "村田健"]),
])
def test_a_byline_closing_the_text_gives_its_writers_and_is_not_body(after, authors):
    article = read(page(after=after))
    assert article.authors == authors
    assert article.paragraphs[-1].startswith("第5段落")


def test_a_box_about_the_writer_below_the_text_names_the_writer_and_is_not_body():
    box = "<div class='profile'><p>この記事を書いた人</p><p>青木志保</p><p>1975年生まれ。経済誌の記者を経て独立。</p></div>"
    article = read(page(after=box))
    assert article.authors == ["青木志保"]
    assert article.paragraphs[-1].startswith("第5段落")


@pytest.mark.parametrize("under, after", [
    ("<p class='credit'>写真：村田健</p>", ""),  # a photographer credited alone
    ("<span class='author'>港町ニュース</span>", ""),  # the outlet in the author block
    ("<p class='byline'>編集部</p>", ""),
    ("", "<p>（港町ニュース編集部）</p>"),  # a desk, not a person
])
def test_credits_that_name_no_writer_give_none_and_are_not_body(under, after):
    article = read(page(under=under, after=after))
    assert article.authors == []
    assert article.paragraphs[0].startswith("第1段落") and article.paragraphs[-1].startswith("第5段落")


def test_the_outlet_declared_as_author_is_none_and_the_writer_shown_still_counts():
    head = HEAD + ("<meta name='author' content='港町ニュース'><script type='application/ld+json'>"
                   '{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "港町ニュース"}}</script>')
    assert read(page(head=head)).authors == []
    assert read(page(under="<p>文：青木志保　写真：村田健</p>", head=head)).authors == ["青木志保"]


def test_a_name_and_its_role_in_two_elements_before_the_date_are_one_byline():
    head = HEAD + "<meta name='author' content='港町ニュース'>"
    html = page(head=head).replace(
        DATE, "<div class='info'><a class='profile' href='/obiekt/'><span class='name'>JSF</span>"
              "<span class='title'>| 軍事ブロガー</span></a><span>2014年9月16日 23時29分配信</span></div>")
    assert read(html).authors == ["JSF"]


OTHERS = ("<section class='comments'><p><span class='comment-author'>村田健</span> 参考になりました</p></section>"
          "<div class='related'><div class='byline'>文：村田健</div><a href='/2'>別の記事</a></div>"
          "<ul><li><a href='/3'>週末の天気</a><span class='author'>村田健</span></li></ul>")


def test_author_marks_of_comments_and_related_lists_name_other_people():
    tree = load_html(page(elsewhere=OTHERS))
    assert marked_names(tree, ["港町ニュース"], headline_element(tree, "外相会談、航路協力を確認")) == []
    assert read(page(under="<span class='author'>青木志保</span>", elsewhere=OTHERS)).authors == ["青木志保"]


def test_a_label_closing_a_paragraph_or_a_product_name_in_the_text_is_no_writer():
    after = "<p>■関連記事</p><p>・節電の意識が変わった日本列島【話題】</p>"
    assert read(page(after=after)).authors == []
    product = "<p>無料で聞けるアプリが人気だ。</p><p>Music Beam</p><p>試聴は一曲三十秒まで。</p>"
    assert read(page(under=product)).authors == []


@pytest.mark.parametrize("names, expected", [
    (["青木志保記者、村田健記者"], ["青木志保", "村田健"]),
    (["編集委員　青木志保"], ["青木志保"]),
    (["by 青木志保"], ["青木志保"]),
    (["ジョン・スミス"], ["ジョン・スミス"]),  # the dot inside a katakana name joins it
    (["日本・米国"], []),  # no list of writers, and places: no one (not 日本 and 米国 either)
    (["港町ニュース", "BARKS編集部"], []),
])
def test_people_splits_writers_and_takes_roles_off(names, expected):
    assert people(names, ["港町ニュース"]) == expected


@pytest.mark.parametrize("line", ["山田太郎", "Music Beam", "写真：山田太郎", "日本と米国は合意した。"])
def test_a_bare_name_a_credit_or_a_sentence_is_no_byline_line(line):
    assert line_names(line) == []
