"""Saved pages: the headline without the site's name, people as authors, the page's own date."""

from __future__ import annotations

import json

import pytest

from core.ingest.html_page import article_from_html

BODY = "".join(
    f"<p>第{i}段落。両国の外相は会談で、北極海の航路をめぐる協力を続けることを確認した。"
    "会談は予定を延長して二時間に及んだという。</p>"
    for i in range(1, 6)
)


def page(head: str = "", top: str = "", under: str = "", body: str = BODY) -> str:
    return (f"<html lang='ja'><head><meta charset='utf-8'>{head}</head><body>"
            f"<header>{top}</header><article>{under}{body}</article></body></html>")


@pytest.mark.parametrize("declared", [
    "北極海の航路で協力確認　外相会談 - 毎日新聞",
    "北極海の航路で協力確認　外相会談（産経新聞）",
    "北極海の航路で協力確認　外相会談：日本経済新聞",
    "北極海の航路で協力確認　外相会談 | 港町ニュース",
    "神戸新聞NEXT｜国際｜北極海の航路で協力確認　外相会談",
])
def test_site_name_leaves_the_title_at_either_end(declared):
    head = f"<title>{declared}</title><meta property='og:site_name' content='港町ニュース'>"
    article = article_from_html("p.html", page(head))
    assert article.title == "北極海の航路で協力確認　外相会談"


def test_headline_element_wins_over_menu_headings_and_the_site_h1():
    head = "<meta property='og:title' content='外相会談、航路協力を確認 | 港町ニュース'>"
    top = "<h1>港町ニュース</h1><h1>ニュースの今がわかるサイト</h1><h2>県内ニュース</h2>"
    article = article_from_html("p.html", page(head, top, "<h1>外相会談、航路協力を確認</h1>"))
    assert article.title == "外相会談、航路協力を確認"


def test_a_headline_with_a_separator_of_its_own_is_kept_whole():
    head = ("<title>IoT展示会--環境センサーや見守りロボットなど7社 - 港町ニュース</title>"
            "<meta name='application-name' content='港町ニュース'>")
    article = article_from_html("p.html", page(head))
    assert article.title == "IoT展示会--環境センサーや見守りロボットなど7社"


def ld(author) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "外相会談",
            "author": author, "publisher": {"@type": "Organization", "name": "港町ニュース"}}
    return f"<script type='application/ld+json'>{json.dumps(data, ensure_ascii=False)}</script>"


def test_authors_are_people_never_the_outlet():
    people = [{"@type": "Person", "name": "青木志保"}, {"@type": "Organization", "name": "港町ニュース"}]
    assert article_from_html("p.html", page(ld(people))).authors == ["青木志保"]
    assert article_from_html("p.html", page(ld({"@type": "Organization", "name": "港町新聞社"}))).authors == []
    for name in ("港町ニュース", "MINATO DIGITAL INC.", "https://www.facebook.com/minatonews/", "港町新聞"):
        head = f"<meta name='author' content='{name}'><meta property='og:site_name' content='港町ニュース'>"
        assert article_from_html("p.html", page(head)).authors == [], name


def test_reporter_named_by_the_text_when_the_page_declares_none():
    opening = "<p>【ベルリン＝村田健】両国の外相は会談で協力を確認した。会談は二時間に及んだ。</p>"
    assert article_from_html("p.html", page(body=opening + BODY)).authors == ["村田健"]
    closing = "<p>会談の詳細は明らかにされていないが、次回は秋に開く予定だという。【江口真理】</p>"
    assert article_from_html("p.html", page(body=BODY + closing)).authors == ["江口真理"]


def test_declared_date_comes_before_any_written_one():
    head = "<meta property='article:published_time' content='2025-07-11T18:30:00+09:00'>"
    under = "<h1>外相会談</h1><p>2025年7月20日配信</p>"
    article = article_from_html("p.html", page(head, under=under))
    assert article.published == "2025-07-11T18:30:00+09:00"


def test_date_under_the_headline_when_none_is_declared_not_the_magazine_issue():
    under = "<h1>外相会談の舞台裏</h1><p>（週刊港町　2016年2月19日号掲載） 2016年2月10日(水)配信</p>"
    article = article_from_html("p.html", page(under=under))
    assert article.published == "2016-02-10"
    assert article.published_text == "2016年2月10日(水)"


def test_byline_the_page_shows_under_its_headline():
    under = "<h1>外相会談の舞台裏</h1><p class='by'>井口裕右</p><p>2016/02/11 09:01</p>"
    assert article_from_html("p.html", page(under=under)).authors == ["井口裕右"]
    under = "<h1>外相会談の舞台裏</h1><p>海野静香 | 海洋政策アナリスト 2024年11月2日 9時15分配信</p>"
    article = article_from_html("p.html", page(under=under))
    assert article.authors == ["海野静香"]
    assert article.published == "2024-11-02T09:15:00+09:00"
    under = "<h1>外相会談の舞台裏</h1><p>港町ニュース 2016/02/11 09:01</p>"
    assert article_from_html("p.html", page(under=under)).authors == []


def test_furniture_inside_the_extracted_text_is_dropped():
    body = ("<p>2025年7月11日 18時30分</p>" + BODY
            + "<p>会談に臨む両国の外相＝11日、東京都内（代表撮影）</p>"
            + "<p>放送日時：7月12日（土）20時00分～</p>"
            + "<p>この記事は有料記事です。残り852文字（全文1406文字）</p>")
    article = article_from_html("p.html", page(body=body))
    assert article.paragraphs[0].startswith("第1段落。")
    assert article.paragraphs[-1] == "放送日時：7月12日（土）20時00分～"
    assert not any("有料記事" in p or "代表撮影" in p or p.startswith("2025年7月11日") for p in article.paragraphs)


def test_furniture_filter_keeps_the_text_whole_when_it_would_take_much_of_it():
    from core.cleaning.extracted import without_furniture

    short_notice = ["2025年7月11日 18時30分", "会員の方はこちらからログインしてください", "外相が会談した。"]
    assert without_furniture(short_notice) == short_notice
    text = [p.replace("<p>", "").replace("</p>", "") for p in BODY.split("</p>") if p] + ["ツイート"]
    assert without_furniture(text) == text[:-1]


def test_declared_people_in_a_graph_or_a_list_of_names_and_compact_dates():
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "datePublished": "2020-01-01"},
        {"@type": ["NewsArticle"], "headline": "外相会談", "datePublished": "2025-07-11T18:30:00+09:00",
         "author": {"@type": "Person", "name": ["青木志保", "村田健"]}}]}
    head = f"<script type='application/ld+json'>{json.dumps(graph, ensure_ascii=False)}</script>"
    article = article_from_html("p.html", page(head))
    assert article.authors == ["青木志保", "村田健"]
    assert article.published == "2025-07-11T18:30:00+09:00"
    for value, expected in (("20250711", "2025-07-11"), ("202507111830", "2025-07-11T18:30:00+09:00")):
        head = f"<meta name='date' content='{value}'>"
        assert article_from_html("p.html", page(head)).published == expected


def test_byline_and_date_under_a_headline_the_declared_title_shortens():
    head = "<title>外相会談の舞台裏 - 港町ニュース</title><meta property='og:site_name' content='港町ニュース'>"
    under = "<h1>外相会談の舞台裏、航路協力で一致</h1><p class='by'>井口裕右記者</p><p>2016年2月11日 9時01分</p>"
    article = article_from_html("p.html", page(head, under=under))
    assert article.authors == ["井口裕右"]
    assert article.published == "2016-02-11T09:01:00+09:00"


def test_the_headline_an_extractor_kept_atop_the_text_is_not_body():
    from core.cleaning.extracted import after_headline

    text = [p.replace("<p>", "") for p in BODY.split("</p>") if p]
    assert after_headline(["記事詳細", "【外相会談】", "航路協力で一致", *text], "【外相会談】航路協力で一致") == text
    assert after_headline(["外相会談", *text], "外相会談の舞台裏") == ["外相会談", *text]  # not the whole headline
    opening = "外相会談は航路協力で一致した。"  # a text that opens with a sentence keeps what follows it
    assert after_headline([opening, "航路協力で一致", *text], "航路協力で一致") == [opening, "航路協力で一致", *text]


def test_a_page_declaring_no_date_is_dated_by_the_date_line_it_shows():
    # the date stands far from the headline element (a sidebar in between): the page read as a reader sees it finds it
    top = "<h1>外相会談の舞台裏</h1>" + "".join(f"<p>関連リンク{i}</p>" for i in range(45))
    under = "<div class='date'>2016年2月11日 9時01分</div>"
    article = article_from_html("p.html", page(top=top, under=under))
    assert article.published == "2016-02-11T09:01:00+09:00"


def test_bare_names_after_a_headline_with_no_date_line_are_tags_not_bylines():
    under = "<h1>外相会談の舞台裏</h1><ul><li>安倍晋三</li><li>岸田文雄</li></ul>"
    assert article_from_html("p.html", page(under=under)).authors == []
    under = "<h1>外相会談の舞台裏</h1><p>文：井口裕右</p>"
    assert article_from_html("p.html", page(under=under)).authors == ["井口裕右"]


def test_page_text_gives_one_block_a_line_without_scripts():
    from trafilatura.utils import load_html

    from core.ingest.page_text import page_text

    tree = load_html("<html><head><title>t</title></head><body><div>メニュー<script>var x;</script></div>"
                     "<p>第一段落。<br>続き。</p><p style='display:none'>隠れた文</p><ul><li>一</li><li>二</li></ul></body></html>")
    assert page_text(tree).split("\n") == ["メニュー", "", "第一段落。", "", "続き。", "", "一", "", "二", ""]


def test_a_quotation_set_in_a_figure_is_text_and_a_social_post_is_not():
    quote = ("<figure class='quote'><blockquote><p>本事業は、島嶼部への攻撃に対して実効的に対応するため、"
             "誘導弾用弾頭の基本性能を確認する研究を行うものである。</p></blockquote>"
             "<figcaption>出典:防衛省　平成26年度　事前の事業評価</figcaption></figure>")
    post = ("<figure class='wp-block-embed'><blockquote class='twitter-tweet'><p>会談の様子を中継しています。"
            "ぜひご覧ください。</p></blockquote></figure>")
    cut = BODY.index("<p>第3段落")
    article = article_from_html("p.html", page(body=BODY[:cut] + quote + post + BODY[cut:]))
    assert any(p.startswith("本事業は、島嶼部") for p in article.paragraphs)
    assert "出典:防衛省" in article.body
    assert "中継しています" not in article.body


def test_the_text_ends_at_a_paywall_prompt_and_the_offer_after_it_is_not_body():
    prompt = ("<div class='regist'><p>［有料会員限定］ この記事は会員限定です。電子版に登録すると続きをお読みいただけます。</p>"
              "<p>《締切迫る》春割実施中。電子版が６月末まで無料！</p></div>")
    article = article_from_html("p.html", page(body=BODY + prompt))
    assert article.paragraphs[-1].startswith("第5段落")
    assert "春割" not in article.body


def test_text_written_straight_after_a_photo_block_is_the_first_paragraph():
    body = ("<div class='entryBody'><div class='photo'><img src='a.jpg'><p>会談に臨む両外相 [拡大]</p></div>"
            "　両国の外相は十一日、都内で会談し、北極海の航路をめぐる協力を続けることを確認した。<br><br>"
            "「航路の安全は両国の利益だ」<br><br>" + BODY + "</div>")
    article = article_from_html("p.html", page(body=body))
    assert any(p.startswith("両国の外相は十一日") for p in article.paragraphs)
