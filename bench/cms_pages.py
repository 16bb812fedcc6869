"""Tune pages laid out again as other publishing systems build their pages, for bench/perturb_html.py --cms.

Each tuning page's gold (headline, date, body, writers) is set into one page per
layout below, each modelled on a real family of pages: a WordPress post (hAtom
classes, published and updated times, comments), a note.com article (title
「…｜writer」), a Yahoo!ニュース-like portal copy (provider in brackets,
paragraphs run together with <br>, a closing （都市＝記者） dateline), an AMP
page, an <article> of several <section>s with subheadings and a list, paragraphs
that a script loads kept in <noscript>, Yoast's JSON-LD @graph (the writer given
by @id), schema.org microdata, a paginated article (次のページ), a lead set
apart from the body with a captioned photo between, and a page whose writer
is only its desk. Titles carry the site's name in a different common form on
each page; dates come from a different declaration (modified times written
before published ones). The expected writers, headline, date and body follow
the layout: subheadings and list items are body, captions, pagers and desks are
not.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from html import escape

_WEEK = "月火水木金土日"
_CITIES = ("ワシントン", "北京", "ソウル", "ロンドン", "ニューヨーク", "モスクワ")
_SUBHEADS = ("■背景", "■今後の焦点", "《関係者の声》")
_ITEMS = ("・初日は開会式と基調講演", "・2日目は分科会", "・最終日は共同声明の採択")

# The site's name around a headline, as <title> and og:title write it.
TITLE_FORMS = (
    "{t} | {s}", "{t} - {s}", "{t}｜{s}", "{t}：{s}", "{t}（{s}）", "【{s}】{t}", "{s} - {t}",
    "{t} | ニュース | {s}", "{t} - {s} - 最新ニュース", "{t} ： {s}", "{t} ｜ {s}", "{s}｜{t}",
)


def _iso(published: str, days: int = 0) -> str:
    if "T" not in published:
        return (datetime.fromisoformat(published) + timedelta(days=days)).date().isoformat()
    return (datetime.fromisoformat(published) + timedelta(days=days, hours=2 * days)).isoformat()


def _shown(published: str) -> str:
    """The date as a Japanese page shows it: 2016年2月10日 11:43."""
    moment = datetime.fromisoformat(published)
    day = f"{moment.year}年{moment.month}月{moment.day}日"
    return day + (f" {moment.hour}:{moment.minute:02d}" if "T" in published else "")


def _short(published: str) -> str:
    """A portal's date: 2/10(水) 11:43配信."""
    moment = datetime.fromisoformat(published)
    clock = f" {moment.hour}:{moment.minute:02d}" if "T" in published else ""
    return f"{moment.month}/{moment.day}({_WEEK[moment.weekday()]}){clock}配信"


def _ps(lines: list[str], attrs: str = "") -> str:
    return "".join(f"<p{attrs}>{escape(line)}</p>" for line in lines)


def _head(c: dict, title: str, extra: str = "") -> str:
    return (f'<head><meta charset="utf-8"><title>{escape(title)}</title>'
            f'<meta property="og:title" content="{escape(title)}">'
            f'<meta property="og:site_name" content="{escape(c["site"])}">{extra}</head>')


_NAV = '<header><a class="logo" href="/">{s}</a><nav><ul><li><a href="/">トップ</a></li><li><a href="/politics">政治</a></li>' \
       '<li><a href="/world">国際</a></li><li><a href="/login">ログイン</a></li></ul></nav></header>'
_FOOT = '<footer><ul><li><a href="/about">会社概要</a></li><li><a href="/privacy">プライバシーポリシー</a></li></ul>' \
        '<p>Copyright © {s} All rights reserved.</p></footer>'
_RELATED = '<section class="related"><h2>関連記事</h2><ul><li><a href="/a/1">首相、来週にも訪米へ調整</a></li>' \
           '<li><a href="/a/2">外相会談、来月開催で合意</a></li><li><a href="/a/3">週末は全国的に雨の予報</a></li>' \
           '<li><a href="/a/4">円相場、一時１５０円台に</a></li></ul></section>'


def _page(c: dict, head: str, main: str, html_attrs: str = 'lang="ja"') -> str:
    s = escape(c["site"])
    return f"<!DOCTYPE html><html {html_attrs}>{head}<body>{_NAV.format(s=s)}{main}{_RELATED}{_FOOT.format(s=s)}</body></html>"


def wordpress(c: dict) -> dict:
    """A WordPress post: entry-title, published and updated <time>s, a vcard byline, comments below."""
    a = c["writers"](1)
    extra = (f'<meta property="article:modified_time" content="{_iso(c["published"], 1)}">'
             f'<meta property="article:published_time" content="{c["published"]}">')
    body = c["body"]
    caption = "写真：会見する関係者（2016年撮影）"
    main = (f'<main id="main"><article class="post type-post hentry"><header class="entry-header">'
            f'<h1 class="entry-title">{escape(c["title"])}</h1><div class="entry-meta"><span class="posted-on">'
            f'<time class="updated" datetime="{_iso(c["published"], 1)}">{_shown(_iso(c["published"], 1))}</time>'
            f'<time class="entry-date published" datetime="{c["published"]}">{_shown(c["published"])}</time></span>'
            f'<span class="byline"> 投稿者: <span class="author vcard"><a class="url fn n" href="/author/x/">'
            f'{escape(a[0])}</a></span></span></div></header><div class="entry-content">{_ps(body[:1])}'
            f'<figure class="wp-block-image"><img src="/p.jpg" alt=""><figcaption>{caption}</figcaption></figure>'
            f'{_ps(body[1:])}</div><footer class="entry-footer"><span class="cat-links">カテゴリー: '
            f'<a href="/category/news">ニュース</a></span></footer></article>'
            f'<div id="comments" class="comments-area"><h2 class="comments-title">コメント 1件</h2><ol class="comment-list">'
            f'<li class="comment"><div class="comment-author vcard"><cite class="fn">高木一郎</cite></div>'
            f'<p>とても参考になりました。</p></li></ol></div></main>')
    return {"html": _page(c, _head(c, c["title_as"], extra), main), "authors": a, "body": body}


def note(c: dict) -> dict:
    """A note.com article: title 「headline｜writer」, a Person in JSON-LD, the writer's name under the headline."""
    a = c["writers"](1)
    title = f'{c["title"]}｜{a[0]}'
    ld = (f'<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Article",'
          f'"headline":"{_js(c["title"])}","datePublished":"{c["published"]}","dateModified":"{_iso(c["published"], 2)}",'
          f'"author":{{"@type":"Person","name":"{_js(a[0])}","url":"https://note.com/user1"}},'
          f'"publisher":{{"@type":"Organization","name":"note"}}}}</script>')
    head = (f'<head><meta charset="utf-8"><title>{escape(title)}</title><meta property="og:title" content="{escape(title)}">'
            f'<meta property="og:site_name" content="note（ノート）">{ld}</head>')
    main = (f'<main><div class="o-noteContentHeader"><h1 class="o-noteContentHeader__title">{escape(c["title"])}</h1>'
            f'<div class="o-noteContentHeader__info"><div class="o-noteContentHeader__name"><a href="/user1">'
            f'{escape(a[0])}</a></div><time datetime="{c["published"]}">{_shown(c["published"])}</time></div></div>'
            f'<div class="note-common-styles__textnote-body" data-name="body">'
            + "".join(f'<p name="p{i}" id="p{i}">{escape(line)}</p>' for i, line in enumerate(c["body"]))
            + '</div><div class="o-noteLikeV3"><button>スキ</button><span>12</span></div>'
            f'<div class="o-noteCreator"><a href="/user1">{escape(a[0])}</a><button>フォロー</button></div></main>')
    return {"html": _page(c, head, main), "authors": a, "body": c["body"]}


def portal(c: dict) -> dict:
    """A Yahoo!ニュース-like copy: provider in the title's brackets, no headline h1, <br>-run paragraphs,
    the reporter in a closing （都市＝記者） line."""
    a = c["writers"](1)
    title = f'{c["title"]}（{c["site"]}） - Yahoo!ニュース'
    ld = (f'<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",'
          f'"headline":"{_js(c["title"])}","dateModified":"{_iso(c["published"], 1)}",'
          f'"datePublished":"{c["published"]}","author":{{"@type":"Organization","name":"{_js(c["site"])}"}},'
          f'"publisher":{{"@type":"Organization","name":"Yahoo!ニュース"}}}}</script>')
    head = (f'<head><meta charset="utf-8"><title>{escape(title)}</title><meta property="og:title" content="{escape(title)}">'
            f'<meta property="og:site_name" content="Yahoo!ニュース">{ld}</head>')
    city = _CITIES[c["k"] % len(_CITIES)]
    closing = f"（{city}＝{a[0]}）"
    main = (f'<div id="contents"><h1 class="logo">Yahoo!ニュース</h1><article><header><div class="hd">'
            f'<p class="title">{escape(c["title"])}</p><p class="source"><time>{_short(c["published"])}</time>'
            f'<a href="/media/x">{escape(c["site"])}</a></p></div></header>'
            f'<div class="article_body highLightSearchTarget"><p class="sc-1">'
            + "<br><br>".join(escape(line) for line in c["body"]) + f"<br><br>{closing}</p></div>"
            f'<p class="provider">最終更新:{_short(_iso(c["published"], 1))}</p>'
            f'<div class="comments"><h2>コメント</h2><ul><li><span class="user">yah***</span>'
            f'<p>これは大事な話だと思う。</p></li></ul></div></article></div>')
    return {"html": _page(c, head, main), "authors": a, "body": c["body"]}


def amp(c: dict) -> dict:
    """An AMP page: ⚡ html, Persons in JSON-LD, amp-img with a figcaption, share buttons."""
    a = c["writers"](2)
    ld = (f'<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",'
          f'"mainEntityOfPage":"https://example.jp/a/1","headline":"{_js(c["title"])}",'
          f'"datePublished":"{c["published"]}","dateModified":"{_iso(c["published"], 1)}","author":['
          + ",".join(f'{{"@type":"Person","name":"{_js(n)}"}}' for n in a)
          + f'],"publisher":{{"@type":"Organization","name":"{_js(c["site"])}"}}}}</script>')
    extra = f'<link rel="canonical" href="https://example.jp/a/1"><script async src="https://cdn.ampproject.org/v0.js"></script>{ld}'
    body = c["body"]
    main = (f'<article class="amp-article"><h1 class="article-title">{escape(c["title"])}</h1>'
            f'<div class="article-meta"><time datetime="{c["published"]}">{_shown(c["published"])}</time></div>'
            f'<figure><amp-img src="/p.jpg" width="640" height="360" layout="responsive"><noscript><img src="/p.jpg">'
            f'</noscript></amp-img><figcaption>会談に臨む両国の代表団＝代表撮影</figcaption></figure>'
            f'<div class="article-body">{_ps(body)}</div><p class="article-author">（{"、".join(map(escape, a))}）</p>'
            f'<amp-social-share type="twitter"></amp-social-share><amp-social-share type="line"></amp-social-share></article>')
    return {"html": _page(c, _head(c, c["title_as"], extra), main, 'amp lang="ja"'), "authors": a, "body": body}


def sections(c: dict) -> dict:
    """<article> with several <section>s, each with a subheading; a list inside; the date shown only."""
    a = c["writers"](1)
    body = c["body"]
    third = max(1, len(body) // 3)
    parts = [body[:third], body[third: 2 * third], body[2 * third:]]
    html_parts, wanted = [], []
    for i, part in enumerate(p for p in parts if p):
        head = [] if i == 0 else [_SUBHEADS[i - 1]]
        items = list(_ITEMS) if i == 1 else []
        html_parts.append("<section>" + "".join(f"<h2>{escape(h)}</h2>" for h in head) + _ps(part)
                          + ("<ul>" + "".join(f"<li>{escape(x)}</li>" for x in items) + "</ul>" if items else "")
                          + "</section>")
        wanted += head + part + items
    main = (f'<main><article><header><h1>{escape(c["title"])}</h1><p class="date">{_shown(c["published"])}</p>'
            f'</header>{"".join(html_parts)}<footer class="article-footer"><p>（文・{escape(a[0])}）</p></footer>'
            f'</article></main>')
    return {"html": _page(c, _head(c, c["title_as"]), main), "authors": a, "body": wanted}


def noscript(c: dict) -> dict:
    """Paragraphs a script loads later, kept in <noscript> for readers without scripts; the date in meta name=date."""
    a = c["writers"](1)
    body = c["body"]
    cut = max(1, len(body) // 2)
    extra = f'<meta name="date" content="{c["published"]}"><meta name="author" content="{escape(a[0])}">'
    main = (f'<main><article><h1>{escape(c["title"])}</h1><p class="byline">{escape(a[0])}記者</p>'
            f'<div class="article-body">{_ps(body[:cut])}<div class="js-lazy-body" data-src="/api/body/2">'
            f'<noscript>{_ps(body[cut:])}</noscript></div></div></article></main>')
    return {"html": _page(c, _head(c, c["title_as"], extra), main), "authors": a, "body": body}


def graph(c: dict) -> dict:
    """Yoast's JSON-LD @graph: the writer a Person node the Article points to by @id; no byline shown."""
    a = c["writers"](1)
    ld = (f'<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":['
          f'{{"@type":"Organization","@id":"https://example.jp/#organization","name":"{_js(c["site"])}"}},'
          f'{{"@type":"WebPage","@id":"https://example.jp/a/1","name":"{_js(c["title_as"])}",'
          f'"datePublished":"{c["published"]}","dateModified":"{_iso(c["published"], 1)}"}},'
          f'{{"@type":"Article","@id":"https://example.jp/a/1#article","isPartOf":{{"@id":"https://example.jp/a/1"}},'
          f'"author":{{"name":"{_js(a[0])}","@id":"https://example.jp/#/schema/person/ab12"}},'
          f'"headline":"{_js(c["title"])}","dateModified":"{_iso(c["published"], 1)}","datePublished":"{c["published"]}",'
          f'"publisher":{{"@id":"https://example.jp/#organization"}}}},'
          f'{{"@type":"Person","@id":"https://example.jp/#/schema/person/ab12","name":"{_js(a[0])}"}}]}}</script>')
    main = (f'<main><article><h1 class="entry-title">{escape(c["title"])}</h1>'
            f'<div class="entry-content">{_ps(c["body"])}</div></article></main>')
    return {"html": _page(c, _head(c, c["title_as"], ld), main), "authors": a, "body": c["body"]}


def graph_ref(c: dict) -> dict:
    """@graph whose Article names its writer only by @id."""
    done = graph(c)
    done["html"] = done["html"].replace(f'"author":{{"name":"{_js(done["authors"][0])}",', '"author":{')
    return done


def microdata(c: dict) -> dict:
    """schema.org microdata: itemprop headline, author Person > name, datePublished in a meta inside the body."""
    a = c["writers"](1)
    main = (f'<main><div itemscope itemtype="http://schema.org/NewsArticle"><h1 itemprop="headline">{escape(c["title"])}</h1>'
            f'<meta itemprop="dateModified" content="{_iso(c["published"], 1)}">'
            f'<meta itemprop="datePublished" content="{c["published"]}">'
            f'<div class="info"><span itemprop="author" itemscope itemtype="http://schema.org/Person">'
            f'<span itemprop="name">{escape(a[0])}</span></span><span>{_shown(c["published"])}</span></div>'
            f'<div itemprop="articleBody">{_ps(c["body"])}</div></div></main>')
    return {"html": _page(c, _head(c, c["title_as"]), main), "authors": a, "body": c["body"]}


def paginated(c: dict) -> dict:
    """The first page of a paginated article: a pager and a 次のページ link close it; pubdate meta."""
    body = c["body"]
    cut = max(1, (len(body) + 1) // 2)
    extra = f'<meta name="pubdate" content="{c["published"]}">'
    main = (f'<main><article><h1>{escape(c["title"])}</h1><p class="date">{_shown(c["published"])}</p>'
            f'<div class="article-body">{_ps(body[:cut])}<p class="next-page"><a href="?page=2">次のページ：'
            f'関係者が語った今後の見通し</a></p><p class="page-count">（1/3ページ）</p></div>'
            f'<div class="pagination"><span>1</span><a href="?page=2">2</a><a href="?page=3">3</a>'
            f'<a href="?page=2">次のページ</a></div></article></main>')
    return {"html": _page(c, _head(c, c["title_as"], extra), main), "authors": [], "body": body[:cut]}


def lead(c: dict) -> dict:
    """A lead paragraph set apart under the headline, a photo with its caption as <p>, then the body; dc.date."""
    body = c["body"]
    extra = f'<meta name="dc.date" content="{c["published"]}">'
    main = (f'<main><div class="article-header"><h1>{escape(c["title"])}</h1>'
            f'<p class="publish-date">{_shown(c["published"])}</p><p class="lead">{escape(body[0])}</p></div>'
            f'<div class="photo"><img src="/p.jpg" alt=""><p class="caption">記者会見で質問に答える担当者'
            f'（10日午後、東京都千代田区）</p></div><div class="article-body">{_ps(body[1:])}</div></main>')
    return {"html": _page(c, _head(c, c["title_as"], extra), main), "authors": [], "body": body}


def desk(c: dict) -> dict:
    """The desk credited, not a person: meta author and a closing line name 編集部."""
    extra = (f'<meta name="author" content="{escape(c["site"])}編集部">'
             f'<meta property="article:published_time" content="{c["published"]}">')
    main = (f'<main><article><h1>{escape(c["title"])}</h1><div class="author">{escape(c["site"])}編集部</div>'
            f'<div class="article-body">{_ps(c["body"])}<p>（{escape(c["site"])}編集部）</p></div></article></main>')
    return {"html": _page(c, _head(c, c["title_as"], extra), main), "authors": None, "body": c["body"]}


def dateline(c: dict) -> dict:
    """A newspaper's 【都市＝記者】 dateline opening the text; the only byline the page shows."""
    a = c["writers"](1)
    city = _CITIES[c["k"] % len(_CITIES)]
    body = [f"【{city}＝{a[0]}】{c['body'][0]}"] + c["body"][1:]
    extra = f'<meta property="article:published_time" content="{c["published"]}">'
    main = (f'<main><article><h1>{escape(c["title"])}</h1><time datetime="{c["published"]}">{_shown(c["published"])}</time>'
            f'<div class="article-body">{_ps(body)}</div></article></main>')
    return {"html": _page(c, _head(c, c["title_as"], extra), main), "authors": a, "body": body}


def _js(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


# (label, layout, whether it names writers of its own)
LAYOUTS = (
    ("WordPress", wordpress, True), ("note.com", note, True), ("portal copy", portal, True), ("AMP", amp, True),
    ("sections + list", sections, True), ("noscript paragraphs", noscript, True), ("JSON-LD @graph", graph, True),
    ("@graph by @id", graph_ref, True), ("microdata", microdata, True), ("paginated", paginated, False),
    ("lead + caption", lead, False), ("desk only", desk, False), ("【都市＝記者】", dateline, True),
)


def blog(c: dict) -> dict:
    """A blog engine's entry: an updated <time> shown before the published one, no date declared in meta,
    the writer in an <address> hCard after 'by'."""
    a = c["writers"](1)
    main = (f'<main><article class="entry"><header class="entry-header"><div class="date entry-date">'
            f'<time class="updated" datetime="{_iso(c["published"], 3)}">{_shown(_iso(c["published"], 3))}更新</time> '
            f'<time datetime="{c["published"]}" pubdate>{_shown(c["published"])}</time></div>'
            f'<h1 class="entry-title">{escape(c["title"])}</h1></header><div class="entry-content">{_ps(c["body"])}</div>'
            f'<footer><address class="author vcard">by <span class="fn">{escape(a[0])}</span></address></footer>'
            f'</article></main>')
    return {"html": _page(c, _head(c, c["title_as"]), main), "authors": a, "body": c["body"]}


def list_ld(c: dict) -> dict:
    """JSON-LD as a list holding a breadcrumb and the article, its writers as bare strings; the byline closes
    the text as （A、B）."""
    a = c["writers"](2)
    ld = (f'<script type="application/ld+json">[{{"@context":"https://schema.org","@type":"BreadcrumbList",'
          f'"itemListElement":[{{"@type":"ListItem","position":1,"name":"{_js(c["site"])}"}}]}},'
          f'{{"@context":"https://schema.org","@type":"NewsArticle","dateModified":"{_iso(c["published"], 1)}",'
          f'"datePublished":"{c["published"]}","headline":"{_js(c["title"])}",'
          f'"author":[' + ",".join(f'"{_js(n)}"' for n in a) + ']}]</script>')
    main = (f'<main><article><h1>{escape(c["title"])}</h1><div class="article-body">{_ps(c["body"])}'
            f'<p>（{"、".join(map(escape, a))}）</p></div></article></main>')
    return {"html": _page(c, _head(c, c["title_as"], ld), main), "authors": a, "body": c["body"]}


def inline_caption(c: dict) -> dict:
    """A photo inside the text as an image-only paragraph, its caption the next plain paragraph."""
    body = c["body"]
    caption = "会談に臨む両国の首脳＝10日、東京都内（代表撮影）"
    main = (f'<main><article><h1>{escape(c["title"])}</h1><p class="date">{_shown(c["published"])}</p>'
            f'<div class="article-body">{_ps(body[:1])}<p><img src="/p.jpg" alt=""></p><p>{caption}</p>'
            f'{_ps(body[1:])}</div></article></main>')
    return {"html": _page(c, _head(c, c["title_as"]), main), "authors": [], "body": body}


def logo_h1(c: dict) -> dict:
    """The site's logo as the page's h1, the headline an h2; the desk and the reporter on one line under it."""
    a = c["writers"](1)
    moment = datetime.fromisoformat(c["published"])
    shown = f"{moment.year}.{moment.month:02d}.{moment.day:02d}" + (
        f" {moment.hour:02d}:{moment.minute:02d}" if "T" in c["published"] else "")
    main = (f'<div id="wrap"><h1 class="site-logo"><a href="/">{escape(c["site"])}</a></h1><div class="article">'
            f'<h2 class="headline">{escape(c["title"])}</h2><p class="byline">政治部　{escape(a[0])}</p>'
            f'<p class="date">{shown}</p><div class="text">{_ps(c["body"])}</div></div></div>')
    return {"html": _page(c, _head(c, c["title_as"]), main), "authors": a, "body": c["body"]}




def no_heading(c: dict) -> dict:
    """No heading holds the headline (a styled div does); JSON-LD declares it bare, <title> with the site;
    the page shows its update before its publication and declares no date."""
    a = c["writers"](1)
    ld = (f'<script type="application/ld+json">{{"@type":"NewsArticle","headline":"{_js(c["title"])}",'
          f'"author":{{"@type":"Person","name":"{_js(a[0])}"}}}}</script>')
    head = f'<head><meta charset="utf-8"><title>{escape(c["title_as"])}</title>{ld}</head>'
    main = (f'<main><div class="article"><div class="article-title">{escape(c["title"])}</div>'
            f'<p class="date">更新：{_shown(_iso(c["published"], 1))}</p><p class="date">公開：{_shown(c["published"])}</p>'
            f'<div class="text">{_ps(c["body"])}</div></div></main>')
    return {"html": _page(c, head, main), "authors": a, "body": c["body"]}


def title_only(c: dict) -> dict:
    """The headline only in <title> and og:title with the site's name; og:site_name declared."""
    main = (f'<main><div class="article"><div class="article-title">{escape(c["title"])}</div>'
            f'<p class="date">{_shown(c["published"])}</p><div class="text">{_ps(c["body"])}</div></div></main>')
    return {"html": _page(c, _head(c, c["title_as"]), main), "authors": [], "body": c["body"]}


# Written after the reader was fixed on LAYOUTS, scored once before any change for them.
LATER_LAYOUTS = (
    ("blog entry", blog, True), ("JSON-LD list", list_ld, True), ("caption in the text", inline_caption, False),
    ("logo h1", logo_h1, True),
    # written after the site-name stripping was rebuilt: headlines that only the declared titles give
    ("no heading", no_heading, True), ("title only", title_only, False),
)


_UNKNOWN_SITES = ("みなと日報", "Harbor Times", "くらしの窓", "北海岸タイムス")
_DASHES = (" - ", " – ", " — ", " | ")


def undeclared_site(c: dict) -> dict:
    """The headline only in <title> with a site's name no tag declares and no list knows (「… - みなと日報」);
    the text under a styled title, the writer as 「…記者」 under it."""
    a = c["writers"](1)
    site = _UNKNOWN_SITES[c["k"] % len(_UNKNOWN_SITES)]
    title = f'{c["title"]}{_DASHES[c["k"] % len(_DASHES)]}{site}'
    head = f'<head><meta charset="utf-8"><title>{escape(title)}</title></head>'
    main = (f'<main><div class="article"><div class="article-title">{escape(c["title"])}</div>'
            f'<p class="date">{_shown(c["published"])}</p><p>{escape(a[0])}　記者</p>'
            f'<div class="text">{_ps(c["body"])}</div></div></main>')
    return {"html": _page(c, head, main), "authors": a, "body": c["body"]}


def declared_only(c: dict) -> dict:
    """No element shows the headline: only <title> and og:title with an undeclared site after a dash."""
    site = _UNKNOWN_SITES[(c["k"] + 1) % len(_UNKNOWN_SITES)]
    title = f'{c["title"]}{_DASHES[(c["k"] + 1) % len(_DASHES)]}{site}'
    head = (f'<head><meta charset="utf-8"><title>{escape(title)}</title>'
            f'<meta property="og:title" content="{escape(title)}"></head>')
    main = (f'<main><div class="article"><p class="date">{_shown(c["published"])}</p>'
            f'<div class="text">{_ps(c["body"])}</div></div></main>')
    return {"html": _page(c, head, main), "authors": [], "body": c["body"]}


# Written in session 9, scored once before any change for them: sites no tag or list names.
NEWER_LAYOUTS = (("undeclared site after a dash", undeclared_site, True), ("declared titles only", declared_only, False))

