"""Tune pages laid out as yet other outlets print a headline, each page keeping its own headline.

A robustness measure for the dump cleaner's headline choice that never looks at the
held-aside pages. Each tuning page of ../shared/pages with a headline line and a date
line is rewritten once per form below, around its own headline (which its text
restates, as a real article's does); the gold follows each change. The forms are what
a select-all copy of real Japanese outlets shows around the headline:

  source outlet under the headline   portals (Yahoo!, goo, livedoor) print the partner's name
  headline over two lines            a <br> inside the headline: two lines, no blank between
  category label above the headline  国際 ›, 〈政治〉, POLITICS, a bare section name
  kicker line above the headline     【速報】 on its own line (kept in the title, as seeds have it)
  deck under the headline            a summary phrase from the lead, no closing 。
  headline under the date line       the date (and a byline) printed first
  English site chrome                English menus, an English section label, the site's name
  headline ending in 。 or ！         news for children, sports and entertainment sites
  very short headline                the headline's first part alone (鳩山元首相の車包囲)
  photo caption under the headline   the photo sits between the headline and the text
  PR block by the headline           PR / Sponsored and an advertiser's headline-shaped line
  ranking box above the article      アクセスランキング, numbers and other headlines
  mobile menus after the headline    AMP and phone pages: a menu between headline and body
  breadcrumb with a cut headline     ホーム > 政治 > the headline cut short with …
  series line above the headline     連載「…」第3回, 特集：…, a column's name with no brackets

    from bench.perturb_outlets import OUTLET_LAYOUTS, outlet_layouts_perturbed
"""

from __future__ import annotations

import re

from bench.perturb_pages import corpus_headlines, page_with_date_line

OUTLET_LAYOUTS = (
    "source outlet under the headline",
    "headline over two lines",
    "category label above the headline",
    "kicker line above the headline",
    "deck under the headline",
    "headline under the date line",
    "English site chrome",
    "headline ending in 。 or ！",
    "very short headline",
    "photo caption under the headline",
    "PR block by the headline",
    "ranking box above the article",
    "mobile menus after the headline",
    "breadcrumb with a cut headline",
    "series line above the headline",
)
_SOURCES = ("毎日新聞", "時事通信", "朝日新聞デジタル", "TBS NEWS DIG Powered by JNN", "ABEMA TIMES",
            "日テレNEWS NNN", "FNNプライムオンライン", "共同通信", "東洋経済オンライン", "スポーツ報知")
_CATEGORIES = ("国際 ›", "〈政治〉", "POLITICS", "社会", "ニュース ＞ 経済", "《地域》")
_KICKERS = ("【速報】", "【独自】", "【詳報】", "【動画】")
_ENGLISH_MENU = ("HOME", "NEWS", "WORLD", "BUSINESS", "TECH", "LIFESTYLE")
_ENGLISH_SITES = ("NIKKEI Asia", "The Japan Times", "Business Insider Japan", "WIRED.jp", "Forbes JAPAN",
                  "HuffPost Japan")
_CAPTIONS = ("記者会見する関係者＝{m}月{d}日、東京都千代田区", "写真はイメージ（Getty Images）",
             "会場の様子（{m}月{d}日撮影）", "画像：時事通信フォト", "現場付近＝{m}月{d}日午後（共同）",
             "（写真：ロイター/アフロ）")
_ADS = (("PR", "【PR】40代からの資産運用、始めるなら今がチャンスの理由とは"),
        ("Sponsored", "たった3分で分かる、話題の電子書籍サービスが初月無料で読み放題に"),
        ("PR", "専門家が教える、老後に後悔しない住まい選びのポイント"),
        ("広告", "転職で年収アップを実現した人が最初にやったこととは？"))
_MOBILE_MENUS = (("メニュー", "ホーム", "速報", "政治", "経済", "国際", "社会", "スポーツ", "検索"),
                 ("≡", "トップ", "ニュース", "エンタメ", "スポーツ", "ライフ", "ログイン"),
                 ("MENU", "TOP", "NEWS", "SPORTS", "CULTURE", "閉じる"))
_SERIES = ("連載　現場から　第3回", "特集：震災から5年", "シリーズ　検証・地方の医療", "コラム　記者の目")
_RANK_LABELS = ("アクセスランキング", "よく読まれている記事", "人気記事ランキング")
_BREAK = re.compile(r"[\u3000 ]")


def _split_headline(headline: str) -> tuple[str, str] | None:
    """The headline parted where a page breaks it: at its wide space, else after a comma, a quote or dots."""
    parts = _BREAK.split(headline, maxsplit=1)
    if len(parts) == 2 and parts[0] and parts[1]:
        return parts[0], parts[1]
    for mark in ("、", "」", "…"):  # a break after a comma, a closing quote or dots, never inside a word
        at = headline.find(mark)
        if 4 <= at < len(headline) - 4:
            return headline[: at + 1], headline[at + 1 :]
    return None


def _short_part(headline: str) -> str | None:
    """The headline's first part, when it is a headline of its own length (6 to 14 characters, brackets closed)."""
    for cut in (_BREAK.split(headline, maxsplit=1)[0], headline.split("、", 1)[0]):
        closed = all(cut.count(a) == cut.count(b) for a, b in ("「」", "（）", "()", "【】"))
        if 6 <= len(cut) <= 14 and cut != headline and closed:
            return cut
    return None


def _deck(page: dict) -> str | None:
    """A deck written from the lead: its first sentence's opening clauses, without the closing 。."""
    first = page["body_paragraphs"][0].strip()
    dateline = page.get("dateline") or ""
    if dateline and first.startswith(dateline):
        first = first[len(dateline):].strip()
    sentence = first.split("。", 1)[0]
    if len(sentence) < 20:
        return None
    cut = sentence[:45]
    comma = cut.rfind("、")
    return cut[:comma] if comma >= 20 else cut


def outlet_layouts_perturbed(names: list[str], gold: dict[str, dict], raws: dict[str, str],
                             round_: int) -> dict[str, tuple[str, dict]]:
    """One round: name -> (raw, gold); each page laid out in one form (the form moves on each round)."""
    out = {}
    others = corpus_headlines(every=29) or [gold[n]["title"] for n in names]
    for i, name in enumerate(names):
        found = page_with_date_line(gold[name], raws[name], published=False)
        if found is None:
            continue
        page, lines, title_at, date_at = found
        headline = page["title"].strip()
        split = any(8 <= len(text.strip()) < len(headline) and text.strip() in headline for text in lines)
        at, date_row = title_at[0] - 1, date_at[0] - 1
        if split or lines[at].strip() != headline or page["published_text"] not in lines[date_row]:
            continue  # a headline also written over two lines, a date written apart: left as the page has them
        k = i * 3 + round_
        form = (i + round_) % len(OUTLET_LAYOUTS)
        layout = OUTLET_LAYOUTS[form]
        when = page["published"]
        month, day = int(when[5:7]), int(when[8:10])
        under = at + 1  # where a line under the headline goes
        if layout == "source outlet under the headline":
            lines[under:under] = ["", _SOURCES[k % len(_SOURCES)]]
        elif layout == "headline over two lines":
            parts = _split_headline(headline)
            if parts is None:
                continue
            lines[at : at + 1] = list(parts)
        elif layout == "category label above the headline":
            lines[at:at] = [_CATEGORIES[k % len(_CATEGORIES)], ""]
        elif layout == "kicker line above the headline":
            kicker = _KICKERS[k % len(_KICKERS)]
            for row in reversed([j for j, text in enumerate(lines) if text.strip() == headline]):
                lines[row:row] = [kicker]  # over the headline wherever the page prints it
            page["title"] = kicker + headline
        elif layout == "deck under the headline":
            deck = _deck(page)
            if deck is None:
                continue
            lines[under:under] = ["", deck]
        elif layout == "headline under the date line":
            if date_row < at:
                continue  # the page prints it so already
            date_line = lines[date_row]
            del lines[date_row]
            lines[at:at] = [date_line, ""]
        elif layout == "English site chrome":
            lines[under:under] = ["", _ENGLISH_SITES[k % len(_ENGLISH_SITES)]]
            lines[at:at] = [*_ENGLISH_MENU[: 3 + k % 3], "", "Politics" if k % 2 else "World", ""]
        elif layout == "headline ending in 。 or ！":
            if headline.endswith(("。", "！", "？", "!", "?")):
                continue
            page["title"] = headline + ("。" if k % 2 else "！")
            lines = [page["title"] if text.strip() == headline else text for text in lines]  # wherever it stands
        elif layout == "very short headline":
            short = _short_part(headline)
            if short is None:
                continue
            page["title"] = short
            lines = [short if text.strip() == headline else text for text in lines]
        elif layout == "photo caption under the headline":
            caption = _CAPTIONS[k % len(_CAPTIONS)].format(m=month, d=day)
            lines[under:under] = ["", caption]
        elif layout == "PR block by the headline":
            label, ad = _ADS[k % len(_ADS)]
            where = under if k % 2 else date_row + 1 if date_row > at else under
            lines[where:where] = ["", label, ad, ""]
        elif layout == "ranking box above the article":
            box = [_RANK_LABELS[k % len(_RANK_LABELS)]]
            for rank, other in enumerate(others[k % len(others):][:5], start=1):
                box += [str(rank), other] if k % 2 else [f"{rank} {other}"]
            top = min(at, date_row)
            lines[top:top] = [*box, ""]
        elif layout == "mobile menus after the headline":
            menu = _MOBILE_MENUS[k % len(_MOBILE_MENUS)]
            where = max(at, date_row) + 1 if k % 2 else under
            lines[where:where] = ["", *menu, ""]
        elif layout == "breadcrumb with a cut headline":
            crumb = f"ホーム > {'政治' if k % 2 else '社会'} > {headline[:12]}…"
            lines[min(at, date_row):min(at, date_row)] = [crumb, ""]
        elif layout == "series line above the headline":
            lines[at:at] = [_SERIES[k % len(_SERIES)], ""]
        page["_layout"] = layout
        out[name] = ("\n".join(lines), page)
    return out
