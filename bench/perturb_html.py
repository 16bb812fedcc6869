"""Tune HTML pages with their authors written in other real markups, imported and scored.

A robustness measure for the HTML import that never looks at the held-aside pages
of ../shared/pages: each tuning page is rewritten once per form below, a byline
put where sites put them (under the headline, after the last paragraph, in the
page's head as meta or JSON-LD) in a markup other sites use (`.author` and
`.byline` blocks, rel=author links, 記者：, 文／, 取材・文, Text by, 執筆者, a
name in brackets closing the text, a profile box, several names joined by ・、と/,
roles after or before the name). Some forms name no person — a photographer's
credit alone, the outlet in an author block or declared as the author — and
leave the gold's authors as they were. The gold follows each change; the body,
title and date must stay what they were before the rewrite (a byline after the
text is not body).

    python bench/perturb_html.py            # summary, and the misses by form
    python bench/perturb_html.py --show     # plus every miss: page, form, found and wanted
    python bench/perturb_html.py --time 10  # plus HTML import speed: the 37 pages ×10, CPU time
    python bench/perturb_html.py --corpus 500  # plus livedoor and Wikinews texts as plain news pages:
                                               # no crash, no outlet as author, the names found listed
    python bench/perturb_html.py --cms      # the tuning pages laid out as other systems build pages
                                            # (bench/cms_pages.py): writers, headline, date and body scored
    python bench/perturb_html.py --cms --later  # the layouts written after the reader was fixed on those
    python bench/perturb_html.py --cms --newer  # session 9's layouts: a site no tag or list names
    python bench/perturb_html.py --boxes    # a writer's profile box or related links after the text, body scored
    python bench/perturb_html.py --newer    # the writer lines of session 9 (【A記者】, 写真・文, names UniDic
                                            # does not read as names before 記者)
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.ingest.headline import _headline_elements, squash  # noqa: E402
from core.ingest.html_page import article_from_html, decode_html  # noqa: E402
from trafilatura.utils import load_html  # noqa: E402
from bench.bench_import import DEFAULT_CORPUS, corpus_files  # noqa: E402
from bench.perturb_pages import WIKINEWS  # noqa: E402
from bench.eval_pages import PAGES, body_scores, held_aside, same_date, same_people  # noqa: E402

_NAMES = ("山田太郎", "佐藤 健一", "鈴木花子", "高橋誠", "田中美咲", "伊藤 大輔", "渡辺恵", "中村翔太", "小林由美",
          "加藤裕子", "吉田 隆", "松本知子")
_KATAKANA = ("ジョン・スミス", "マリア・ロペス", "デビッド・リー")
_LATIN = ("Jane Smith", "David Brown", "Anna Kowalski")

# (label, where, markup, authors): where is head (under the headline), foot (after the
# text's last paragraph) or meta (in <head>, with the visible markup under the headline);
# in markup and authors {a} and {b} are two writers, {k} a katakana name, {l} a Latin one,
# {o} a photographer and {s} the outlet.
FORMS = (
    ("記者：", "head", '<p class="byline">記者：{a}</p>', ["{a}"]),
    ("文／ in .author", "head", '<div class="author">文／{a}</div>', ["{a}"]),
    ("取材・文", "head", "<p>取材・文　{a}</p>", ["{a}"]),
    ("Text by", "head", '<span class="byline">Text by {a}</span>', ["{a}"]),
    ("執筆者：", "head", "<p>執筆者：{a}</p>", ["{a}"]),
    ("rel=author", "head", '<div class="meta"><a rel="author" href="/author/1">{a}</a></div>', ["{a}"]),
    ("name + role spans", "head",
     '<div class="article-author"><span class="name">{a}</span> <span class="role">編集委員</span></div>', ["{a}"]),
    ("A記者、B記者", "head", '<p class="byline">{a}記者、{b}記者</p>', ["{a}", "{b}"]),
    ("A・B in .author", "head", '<p class="author">{a}・{b}</p>', ["{a}", "{b}"]),
    ("文 + 写真", "head", "<p>文：{a}　写真：{o}</p>", ["{a}"]),
    ("photo credit alone", "head", '<p class="credit">写真：{o}</p>', []),
    ("特派員", "head", "<p>{a}特派員</p>", ["{a}"]),
    ("A / B", "head", '<p class="byline">{a} / {b}</p>', ["{a}", "{b}"]),
    ("AとB in .author", "head", '<span class="author">{a}と{b}</span>', ["{a}", "{b}"]),
    ("katakana 文：", "head", '<p class="writer">文：{k}</p>', ["{k}"]),
    ("By Latin", "head", '<p class="byline">By {l}</p>', ["{l}"]),
    ("role in brackets", "head", '<p class="byline">{a}（ジャーナリスト）</p>', ["{a}"]),
    ("outlet in .author", "head", '<span class="author">{s}</span>', []),
    ("（A）", "foot", "<p>（{a}）</p>", ["{a}"]),
    ("（文・A）", "foot", "<p>（文・{a}）</p>", ["{a}"]),
    ("記者：A、B at foot", "foot", '<p class="author">記者：{a}、{b}</p>', ["{a}", "{b}"]),
    ("取材・文／ at foot", "foot", "<p>取材・文／{a}</p>", ["{a}"]),
    ("（A記者）", "foot", "<p>（{a}記者）</p>", ["{a}"]),
    ("profile box", "foot",
     '<div class="profile"><p>この記事を書いた人</p><p>{a}</p><p>1975年生まれ。経済誌の記者を経て独立。</p></div>', ["{a}"]),
    ("meta author", "meta", '<meta name="author" content="{a}">|<span class="author">{a}</span>', ["{a}"]),
    ("JSON-LD Persons", "meta",
     '<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle", '
     '"author": [{{"@type": "Person", "name": "{a}"}}, {{"@type": "Person", "name": "{b}"}}]}}</script>'
     '|<p class="byline">{a}、{b}</p>', ["{a}", "{b}"]),
    ("outlet declared", "meta",
     '<meta name="author" content="{s}">|<script type="application/ld+json">{{"@context": "https://schema.org", '
     '"@type": "NewsArticle", "author": {{"@type": "Organization", "name": "{s}"}}}}</script>', []),
)

# Forms written after the mechanisms were built on the ones above, scored once before any change
# for them (the report gives that first figure): a check that the reader is not fitted to its bench.
LATER_FORMS = (
    ("By + profile link", "head", '<div class="byline"><span>By</span> <a href="/profile/7">{a}</a></div>', ["{a}"]),
    ("（支局 A）", "foot", "<p>（ワシントン支局　{a}）</p>", ["{a}"]),
    ("<address>", "head", '<address class="author">{a}</address>', ["{a}"]),
    ("itemprop Person", "head",
     '<div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">{a}</span></div>',
     ["{a}"]),
    ("ライター：", "head", '<p class="writer">ライター：{a}</p>', ["{a}"]),
    ("文・写真：", "head", '<div class="credit">文・写真：{a}</div>', ["{a}"]),
    ("撮影 alone", "head", "<p>撮影：{o}</p>", []),
    ("（A、B）", "foot", "<p>（{a}、{b}）</p>", ["{a}", "{b}"]),
    ("［A］", "foot", "<p>［{a}］</p>", ["{a}"]),
    ("JSON-LD string", "meta",
     '<script type="application/ld+json">{{"@type": "NewsArticle", "author": "{a}"}}</script>|<span class="name">{a}</span>',
     ["{a}"]),
    ("JSON-LD Person + Org", "meta",
     '<script type="application/ld+json">{{"@type": "NewsArticle", "author": [{{"@type": "Person", "name": "{a}"}}, '
     '{{"@type": "Organization", "name": "{s}"}}]}}</script>|<p>{a}</p>', ["{a}"]),
    ("meta A, B", "meta", '<meta name="author" content="{a}, {b}">|<p class="byline">{a}、{b}</p>', ["{a}", "{b}"]),
    ("outlet then name", "head", '<p class="byline">{s} {a}</p>', ["{a}"]),
    ("name | outlet", "head", '<p class="author">{a} | {s}</p>', ["{a}"]),
    ("katakana、kanji", "head", '<span class="byline">{k}、{a}</span>', ["{k}", "{a}"]),
    ("（取材・構成＝A）", "foot", "<p>（取材・構成＝{a}）</p>", ["{a}"]),
    ("A　記者", "head", "<p>{a}　記者</p>", ["{a}"]),
    ("編集部 alone", "head", '<p class="byline">編集部</p>', []),
    ("（outlet編集部）", "foot", "<p>（{s}編集部）</p>", []),
)

# Forms of session 9: writer lines other outlets print, and names UniDic does not read as names ({u}).
NEWER_FORMS = (
    ("【A記者】", "head", "<p>【{a}記者】</p>", ["{a}"]),
    ("【A】 at foot", "foot", "<p>【{a}】</p>", ["{a}"]),
    ("文：A", "head", "<p>文：{a}</p>", ["{a}"]),
    ("取材・文／A", "head", "<p>取材・文／{a}</p>", ["{a}"]),
    ("写真・文　A", "head", "<p>写真・文　{a}</p>", ["{a}"]),
    ("写真・文：A at foot", "foot", "<p>写真・文：{a}</p>", ["{a}"]),
    ("（A記者） under the headline", "head", '<p class="byline">（{a}記者）</p>', ["{a}"]),
    ("U　記者", "head", "<p>{u}　記者</p>", ["{u}"]),
    ("U記者 in .author", "head", '<div class="author">{u}記者</div>', ["{u}"]),
    ("（U記者） at foot", "foot", "<p>（{u}記者）</p>", ["{u}"]),
    ("【U】 at foot", "foot", "<p>【{u}】</p>", ["{u}"]),
    ("文：U", "head", "<p>文：{u}</p>", ["{u}"]),
    ("（文＝U）", "foot", "<p>（文＝{u}）</p>", ["{u}"]),
    ("構成・文／U", "foot", "<p>構成・文／{u}</p>", ["{u}"]),
    ("記者名：U", "head", "<p>記者名：{u}</p>", ["{u}"]),
    ("政治部　U", "head", '<p class="byline">政治部　{u}</p>', ["{u}"]),
    ("U 記者 | outlet", "head", '<p class="byline">{u} 記者 | {s}</p>', ["{u}"]),
    ("text: L / photo: O", "head", '<p class="credit">Text: {l} / Photo: {o}</p>', ["{l}"]),
)
# What pages print after the text inside the article's element, in plain paragraphs no class marks: the writer's
# profile box (a name, a label, a life story) and a list of related articles. The body must end before it.
BOX_FORMS = (
    ("■name, life story", "foot",
     "<p>■{a}</p><p>1975年東京都生まれ。経済誌の記者を経て、2010年に独立。著書に『外交の現場』など。</p>", ["{a}"]),
    ("label, name, career", "foot", "<p>【著者プロフィール】</p><p>{a}</p>"
     "<p>1968年大阪府生まれ。大学卒業後、新聞社に入社。ワシントン特派員などを経て現職。</p>", ["{a}"]),
    ("name / role, career", "foot",
     "<p>{a} / ジャーナリスト</p><p>1980年生まれ。通信社の記者を経て独立。専門は東アジアの安全保障。</p>", ["{a}"]),
    ("related links", "foot", '<p>関連記事</p><ul><li><a href="/news/101">日米首脳が電話会談、同盟の強化を確認</a></li>'
     '<li><a href="/news/102">外相会談、来月の開催で調整</a></li><li><a href="/news/103">国連総会が開幕、首相が演説へ</a></li></ul>',
     []),
)
# Family and given names both written rarely: UniDic reads neither part as a name.
_UNREAD = ("田中美咲", "江連能弘", "二階堂翼", "早乙女蓮", "西園寺凛", "小野寺葵", "宇佐美湊", "東海林紬", "五十嵐颯")


def _fill(text: str, names: dict[str, str]) -> str:
    return text.format(**names)


def _last_paragraph(tree, line: str):
    """The smallest element whose text ends with the text's last paragraph."""
    key = squash(line)[-20:]
    best = None
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "head", "meta"):
            continue
        if key in squash(element.text_content()):
            best = element  # iteration is in document order: later matches are deeper
    return best


def rewrite(html: str, page: dict, form: tuple, names: dict[str, str]) -> tuple[str, list[str]] | None:
    """The page with one byline form put in, and the authors the gold then wants; None if it has no place."""
    label, where, markup, authors = form
    tree = load_html(html)
    head = next(iter(_headline_elements(tree, page["title"])), None)
    if head is None:
        return None
    shown = markup.split("|")[-1] if where == "meta" else markup
    declared = markup.split("|")[:-1] if where == "meta" and "|" in markup else [markup] if where == "meta" else []
    if where == "meta" and shown == markup:
        shown = ""
    anchor = head if where in ("head", "meta") else _last_paragraph(tree, page["body_paragraphs"][-1])
    if anchor is None:
        return None
    if shown:
        anchor.addnext(lxml.html.fragment_fromstring(_fill(shown, names), create_parent="div"))
    heads = tree.xpath("//head")
    for part in declared:
        for element in lxml.html.fragments_fromstring(_fill(part, names)):
            (heads[0] if heads else tree).insert(0, element)
    wanted = [_fill(a, names) for a in authors] if authors else list(page["authors"])
    return lxml.html.tostring(tree, encoding="unicode"), wanted


def rounds(tune: list[str], gold: dict, forms: tuple = FORMS) -> list[tuple[str, tuple, str, dict, list[str]]]:
    """Every rewritten page: (page name, form, html, gold, wanted authors)."""
    out = []
    for i, name in enumerate(tune):
        page = gold[name]
        html = decode_html((PAGES / page["html_file"]).read_bytes())
        for j, form in enumerate(forms):
            if page["authors"] and form[3]:
                continue  # a page with its own byline takes only the forms that name no one
            k = i + j
            names = {"a": _NAMES[k % len(_NAMES)], "b": _NAMES[(k + 5) % len(_NAMES)], "u": _UNREAD[k % len(_UNREAD)],
                     "o": _NAMES[(k + 3) % len(_NAMES)], "k": _KATAKANA[k % len(_KATAKANA)],
                     "l": _LATIN[k % len(_LATIN)], "s": re.sub(r"\s*[(（].*$", "", page.get("outlet") or "ニュース")}
            done = rewrite(html, page, form, names)
            if done:
                out.append((name, form, done[0], copy.deepcopy(page), done[1]))
    return out


_PAGE = """<html lang="ja"><head><meta charset="utf-8"><title>{title} - {site}</title>
<meta property="og:site_name" content="{site}"><meta name="author" content="{site}編集部">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{title}", "datePublished": "{date}",
"author": {{"@type": "Organization", "name": "{site}"}}, "publisher": {{"@type": "Organization", "name": "{site}"}}}}</script>
</head><body><header><nav><a href="/">{site}</a> <a href="/news">ニュース</a> <a href="/login">ログイン</a></nav></header>
<main><article><h1>{title}</h1><p class="date"><time datetime="{date}">{date}</time></p>
<div class="author">{site}</div><div class="body">{body}</div></article>
<aside class="ranking"><h2>ランキング</h2><ul><li><a href="/1">週末の天気</a> <span class="author">山田太郎</span></li></ul></aside>
</main><footer><p>Copyright © {site}</p></footer></body></html>"""


def corpus_pages(n: int) -> list[tuple[str, str, str]]:
    """(name, html, site) for n livedoor and n Wikinews texts laid out as plain news pages that name no writer."""
    from html import escape

    pages = []
    livedoor = corpus_files(DEFAULT_CORPUS) if DEFAULT_CORPUS.is_dir() else []
    wikinews = sorted(WIKINEWS.glob("wn-*.txt")) if WIKINEWS.is_dir() else []
    for files, site, skip in ((livedoor, "livedoor ニュース", 2), (wikinews, "ウィキニュース", 0)):
        for path in files[:: max(1, len(files) // n)][:n]:
            lines = path.read_text(encoding="utf-8").split("\n")
            title, date = (lines[2], lines[1]) if skip else (lines[0], lines[1])
            body = "".join(f"<p>{escape(line)}</p>" for line in lines[3:] if line.strip())
            pages.append((path.name, _PAGE.format(title=escape(title), site=site, date=date.strip(), body=body), site))
    return pages


def corpus_check(n: int) -> None:
    found, outlets, failed = Counter(), 0, 0
    pages = corpus_pages(n)
    for name, html, site in pages:
        try:
            article = article_from_html(name, html)
        except Exception as exc:  # noqa: BLE001 - every failure is counted and named
            failed += 1
            print(f"  import failed: {name}: {exc}")
            continue
        outlets += any(site.split()[0] in a or "編集部" in a for a in article.authors)
        found.update(article.authors)
    print(f"\ncorpus pages with no byline markup: {len(pages)}; failed {failed}; outlet as author {outlets};"
          f" pages with an author {sum(found.values())}")
    for author, count in found.most_common(30):
        print(f"  {count:3d}x  {author}")


def cms_rounds(tune: list[str], gold: dict, later: bool = False, newer: bool = False) -> list[tuple[str, str, str, dict]]:
    """Every tuning page in every layout of bench/cms_pages.py: (page, layout, html, expected)."""
    from bench.cms_pages import LATER_LAYOUTS, LAYOUTS, NEWER_LAYOUTS, TITLE_FORMS

    out = []
    for i, name in enumerate(tune):
        page = gold[name]
        for j, (label, layout, names_writers) in enumerate(NEWER_LAYOUTS if newer else LATER_LAYOUTS if later
                                                           else LAYOUTS):
            if page["authors"] and (not names_writers or page.get("dateline")):
                continue  # a page's own byline is not in the layout; its dateline is not written twice
            k = i + j
            site = re.sub(r"\s*[(（].*$", "", page.get("outlet") or "ニュース")
            generated = [_NAMES[k % len(_NAMES)], _NAMES[(k + 5) % len(_NAMES)]]
            context = {
                "k": k, "site": site, "title": page["title"], "published": page["published"],
                "title_as": TITLE_FORMS[k % len(TITLE_FORMS)].format(t=page["title"], s=site),
                "body": list(page["body_paragraphs"]),
                "writers": (lambda n, own=list(page["authors"]), gen=generated: own or gen[:n]),
            }
            done = layout(context)
            expected = {"title": page["title"], "published": page["published"], "body": done["body"],
                        "authors": done["authors"] if done["authors"] is not None else list(page["authors"])}
            out.append((name, label, done["html"], expected))
    return out


def cms_check(tune: list[str], gold: dict, show: bool, later: bool = False, newer: bool = False) -> None:
    rows, misses, f1s = [], Counter(), []
    for name, label, html, want in cms_rounds(tune, gold, later, newer):
        try:
            article = article_from_html(name, html)
        except Exception as exc:  # noqa: BLE001 - every failure is counted and named
            article = None
            print(f"  import failed: {name} {label}: {exc}")
        f1 = body_scores(want["body"], article.paragraphs)[2] if article else 0.0
        f1s.append(f1)
        row = {"authors": bool(article) and same_people(want["authors"], article.authors),
               "title": bool(article) and squash(want["title"]) == squash(article.title),
               "date": bool(article) and same_date(want["published"], article.published),
               "body": f1 >= 0.95}
        rows.append(row)
        for key, ok in row.items():
            if not ok:
                misses[(label, key)] += 1
                if show and article:
                    found = article.authors if key == "authors" else f"{f1:.3f}" if key == "body" \
                        else article.title if key == "title" else article.published
                    wanted = want["authors"] if key == "authors" else "F1 ≥ 0.95" if key == "body" \
                        else want["title"] if key == "title" else want["published"]
                    print(f"  {name[:34]:<34} {label:<20} {key:<7} found {found}  want {wanted}")
    n = len(rows)
    print(f"\ntune pages in other layouts: {n} (bench/cms_pages.py)")
    print("  " + "  ".join(f"{k} {sum(r[k] for r in rows)}/{n}" for k in ("authors", "title", "date", "body"))
          + f"  body F1 mean {sum(f1s) / n:.3f}")
    for (label, key), count in sorted(misses.items(), key=lambda item: -item[1]):
        print(f"  missed {count:3d}x  {key:<7} {label}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="print every miss")
    parser.add_argument("--time", type=int, default=0, metavar="N",
                        help="also time the HTML import of all pages N times (CPU, best of 3)")
    parser.add_argument("--later", action="store_true", help="the forms written after the reader (LATER_FORMS)")
    parser.add_argument("--newer", action="store_true", help="the forms (with --cms: layouts) of session 9")
    parser.add_argument("--boxes", action="store_true",
                        help="a writer's profile or related links after the text, in plain paragraphs (BOX_FORMS)")
    parser.add_argument("--corpus", type=int, default=0, metavar="N",
                        help="also import N livedoor and N Wikinews texts as news pages that name no writer")
    parser.add_argument("--cms", action="store_true", help="only the tuning pages in other systems' layouts")
    args = parser.parse_args(argv)
    gold = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))
    tune = [n for n in sorted(gold) if not held_aside(n)]
    if args.cms:
        cms_check(tune, gold, args.show, args.later, args.newer)
        return
    base = {}
    for name in tune:  # the unrewritten page, through the same serialisation
        html = lxml.html.tostring(load_html(decode_html((PAGES / gold[name]["html_file"]).read_bytes())),
                                  encoding="unicode")
        base[name] = body_scores(gold[name]["body_paragraphs"], article_from_html(name, html).paragraphs)[2]
    rows, misses = [], Counter()
    forms = BOX_FORMS if args.boxes else NEWER_FORMS if args.newer else LATER_FORMS if args.later else FORMS
    for name, form, html, page, wanted in rounds(tune, gold, forms):
        article = article_from_html(name, html)
        f1 = body_scores(page["body_paragraphs"], article.paragraphs)[2]
        row = {"authors": same_people(wanted, article.authors),
               "title": squash(page["title"]) == squash(article.title),
               "date": same_date(page["published"], article.published), "body": f1 >= base[name] - 0.005}
        rows.append(row)
        for key, ok in row.items():
            if not ok:
                misses[(form[0], key)] += 1
                if args.show:
                    found = article.authors if key == "authors" else f"{f1:.3f} < {base[name]:.3f}" if key == "body" \
                        else article.title if key == "title" else article.published
                    want = wanted if key == "authors" else page["title"] if key == "title" else page["published"]
                    print(f"  {name[:34]:<34} {form[0]:<20} {key:<7} found {found}  want {want}")
    n = len(rows)
    kind = "box " if args.boxes else "newer " if args.newer else "later " if args.later else ""
    print(f"\nrewritten tune pages: {n} ({len(forms)} {kind}forms on {len(tune)} pages)")
    print("  " + "  ".join(f"{k} {sum(r[k] for r in rows)}/{n}" for k in ("authors", "title", "date", "body")))
    for (label, key), count in sorted(misses.items(), key=lambda item: -item[1]):
        print(f"  missed {count:3d}x  {key:<7} {label}")
    if args.corpus:
        corpus_check(args.corpus)
    if args.time:
        pages = [decode_html((PAGES / gold[name]["html_file"]).read_bytes()) for name in sorted(gold)]
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            for _ in range(args.time):
                for name, html in zip(sorted(gold), pages):
                    article_from_html(name, html)
            best = min(best, time.process_time() - start)
        print(f"\nHTML import: {len(pages) * args.time / best:.1f} pages/s (CPU, best of 3, {len(pages)} pages ×{args.time})")


if __name__ == "__main__":
    main()
