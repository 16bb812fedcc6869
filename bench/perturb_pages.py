"""Tune pages with their headline, date and byline written in other real forms.

A robustness measure for the dump cleaner that never looks at the held-aside
pages: each tuning page of ../shared/pages is rewritten several times, its gold
date line in another way pages write dates (era years, dots, English months,
配信/公開 labels…), its headline swapped for another page's headline, and a
byline in another form (…記者, 文：…, 編集委員, names with a space, a photo
credit beside it that must not count) put on its byline line or under its date
line. The gold follows each change, so the scores say whether the cleaner reads
the page's anchors by their role rather than by the shapes of these pages.

Layout rounds (layout_perturbed) write what no earlier round does, as other outlets
lay out their pages: a headline with a label before it (【速報】) or the site's name
after it (「… | 産経ニュース」), a subheading under the headline or under the date line,
the headline below the date line, and dates in still other forms (午前/午後, 西暦 with
和暦 beside it, English month abbreviations, a month and day whose year only the
page's address gives).

Further layouts (more_layouts_perturbed) add what a page of yet other outlets shows
around its headline: a breadcrumb that repeats it, a short headline over a longer deck
(the page's own headline parted where it has parts), a standfirst, a block of related
headlines by the date line, and portal pages: another story's teaser above, another
full story below (the first full story is the article, or the page is flagged).
"""

from __future__ import annotations

import copy
from datetime import datetime, timedelta
from pathlib import Path

WIKINEWS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "wikinews" / "txt"

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def _era(day: datetime) -> str:
    if (day.year, day.month, day.day) >= (2019, 5, 1):
        return f"令和{day.year - 2018}年"
    return f"平成{day.year - 1988}年"


def _english(day: datetime, timed: bool) -> str:
    text = f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"
    if timed:
        hour = day.hour % 12 or 12
        text += f" {hour}:{day.minute:02d} {'PM' if day.hour >= 12 else 'AM'}"
    return text


# Each form writes a datetime (timed: whether the gold gives the time) as a date line.
DATE_FORMS = (
    lambda d, t: f"{d.year}年{d.month}月{d.day}日" + (f" {d.hour}時{d.minute}分" if t else ""),
    lambda d, t: f"{d.year}.{d.month:02d}.{d.day:02d}" + (f" {d.hour:02d}:{d.minute:02d}" if t else ""),
    lambda d, t: _era(d) + f"{d.month}月{d.day}日" + (f" {d.hour}:{d.minute:02d}" if t else ""),
    lambda d, t: f"配信日時：{d.year}/{d.month:02d}/{d.day:02d}" + (f" {d.hour:02d}:{d.minute:02d}" if t else ""),
    lambda d, t: _english(d, t),
    lambda d, t: f"公開日 {d.year}年{d.month:02d}月{d.day:02d}日" + (f" {d.hour:02d}:{d.minute:02d}" if t else ""),
    lambda d, t: f"{d.year}/{d.month}/{d.day}" + (f" {d.hour}:{d.minute:02d}" if t else "") + " 更新",
    lambda d, t: f"{d.year}年{d.month}月{d.day}日（{'月火水木金土日'[d.weekday()]}）" + (f"{d.hour}時{d.minute:02d}分" if t else ""),
    lambda d, t: f"(公開: {d.year}-{d.month:02d}-{d.day:02d}" + (f" {d.hour:02d}:{d.minute:02d}" if t else "") + ")",
    # From round 9 on: a later update written beside the publication, and month/day without the year.
    lambda d, t: f"{d.year}/{d.month}/{d.day}" + (f" {d.hour}:{d.minute:02d}" if t else "")
    + f" ({_later(d).year}/{_later(d).month}/{_later(d).day} {_later(d).hour}:{_later(d).minute:02d}更新)",
    lambda d, t: f"{d.year}/{d.month}/{d.day}" + (f" {d.hour:02d}:{d.minute:02d}" if t else "")
    + f"（最終更新 {_later(d).month}/{_later(d).day} {_later(d).hour:02d}:{_later(d).minute:02d}）",
    lambda d, t: f"更新日：{_later(d).year}年{_later(d).month}月{_later(d).day}日　公開日：{d.year}年{d.month}月{d.day}日",
    lambda d, t: f"{d.month}/{d.day}({'月火水木金土日'[d.weekday()]}) " + (f"{d.hour}:{d.minute:02d}" if t else "") + "配信",
    lambda d, t: _era(d) + f"{d.month}月{d.day}日" + (f" 午後{d.hour - 12}時{d.minute}分" if t and d.hour > 12 else
                                                     f" {d.hour}時{d.minute}分" if t else "") + " 公開",
)
# Rounds from here also take real headlines of other outlets, put bylines on the date line, and move
# the date line above the headline or under the body, as other sites lay their pages out.
FIRST_NEW_ROUND = 9


def _later(day: datetime) -> datetime:
    return day + timedelta(hours=26, minutes=7)


def corpus_headlines(every: int = 53) -> list[str]:
    """Real headlines of another source (Japanese Wikinews), short ones included; [] without the corpus."""
    if not WIKINEWS.is_dir():
        return []
    found = []
    for path in sorted(WIKINEWS.glob("wn-*.txt"))[::every]:
        line = path.read_text(encoding="utf-8").split("\n", 1)[0].strip()
        if 6 <= len(line) <= 60 and "。" not in line:  # a headline, not a sentence
            found.append(line)
    return found

_NAMES = ("山田太郎", "佐藤 健一", "鈴木花子", "高橋 誠", "田中美咲", "伊藤 大輔", "渡辺恵", "中村 翔太", "小林由美")
# Each form writes a name (and another person's, for a photo credit that is no byline) as a byline.
BYLINE_FORMS = (
    lambda n, o: f"{n} 記者",
    lambda n, o: f"文：{n}",
    lambda n, o: f"{n}記者",
    lambda n, o: f"編集委員　{n}",
    lambda n, o: f"文：{n}　写真：{o}",
    lambda n, o: f"記者：{n}",
    lambda n, o: f"{n}特派員",
    lambda n, o: f"取材・文／{n}",
    lambda n, o: f"（{n}）",
)


def perturbed(names: list[str], gold: dict[str, dict], raws: dict[str, str], round_: int) -> dict[str, tuple[str, dict]]:
    """One round of rewritten pages: name -> (raw, gold) for every page that has a date and title line to rewrite."""
    out = {}
    titles = [gold[n]["title"] for n in names]
    late = round_ >= FIRST_NEW_ROUND
    if late and (others := corpus_headlines()):
        titles = others[round_ * len(names) % len(others):] + others[: round_ * len(names) % len(others)]
    for i, name in enumerate(names):
        found = page_with_date_line(gold[name], raws[name])
        if found is None:
            continue
        page, lines, title_at, date_at = found
        k = i + round_
        new_title = titles[(k + 1) % len(titles)]
        if new_title == page["title"]:
            new_title = titles[(k + 2) % len(titles)]
        old_title = page["title"].strip()
        # a page that also writes the headline otherwise (on two lines) keeps it
        split = any(8 <= len(line.strip()) < len(old_title) and line.strip() in old_title for line in lines)
        if not split and any(old_title in line for line in lines):
            lines = [line.replace(old_title, new_title) for line in lines]  # wherever the page repeats it
            page["title"] = new_title
        when = datetime.fromisoformat(page["published"])
        # rounds 0-8 write the first nine forms as they always did; later rounds the forms added after them
        form = k % FIRST_NEW_ROUND if not late else FIRST_NEW_ROUND + k % (len(DATE_FORMS) - FIRST_NEW_ROUND)
        written = DATE_FORMS[form](when, "T" in page["published"])
        line = lines[date_at[0] - 1]
        if page["published_text"] not in line:
            continue
        lines[date_at[0] - 1] = line.replace(page["published_text"], written, 1)
        if "T" not in page["published"] or not any(c in written for c in ":時"):
            page["published"] = page["published"][:10]
        name_, other = _NAMES[k % len(_NAMES)], _NAMES[(k + 3) % len(_NAMES)]
        byline = BYLINE_FORMS[k % len(BYLINE_FORMS)](name_, other)
        byline_at = lines_of(page, "byline")
        if byline_at and page["authors"] and all(a in lines[byline_at[0] - 1] for a in page["authors"]):
            text = lines[byline_at[0] - 1].replace(page["authors"][0], byline)  # the new byline where the name stood
            for author in page["authors"][1:]:
                text = text.replace(author, "")
            lines[byline_at[0] - 1] = text
            page["authors"] = [name_]
        elif not byline_at and late and k % 2:
            lines[date_at[0] - 1] = lines[date_at[0] - 1].replace(written, f"{name_}　{written}", 1)  # before the date
            page["authors"] = [*page["authors"], name_]
        elif not byline_at:
            lines.insert(date_at[0], byline)  # just under the date line
            page["authors"] = [*page["authors"], name_]
            page["_inserted"] = [byline]
        else:
            continue
        if late and k % 3 != 1:
            lines = _moved_date(lines, written, page, above_title=k % 3 == 0)
        out[name] = ("\n".join(lines), page)
    return out


def _moved_date(lines: list[str], written: str, page: dict, above_title: bool, headline: str | None = None) -> list[str]:
    """The date line (with a byline inserted under it) moved above the headline, or under the body's last line.

    headline: the headline's line when it is written otherwise than the gold title (with the site's name).
    """
    at = next((i for i, line in enumerate(lines) if written in line), None)
    if at is None:
        return lines
    block = lines[at : at + 2] if at + 1 < len(lines) and lines[at + 1] in page.get("_inserted", ()) else lines[at : at + 1]
    rest = lines[:at] + lines[at + len(block):]
    title = (headline or page["title"]).strip()
    if above_title:
        near = [i for i, line in enumerate(rest) if line.strip() == title]
        if not near:
            return lines
        where = min(near, key=lambda i: abs(i - at))
        return rest[:where] + block + [""] + rest[where:]
    last = page["body_paragraphs"][-1]
    where = max((i for i, line in enumerate(rest) if line == last), default=None)
    if where is None:
        return lines
    return rest[: where + 1] + [""] + block + rest[where + 1 :]


def lines_of(page: dict, category: str) -> list[int]:
    """The gold's line numbers (1-based) of a labelled category: title, published, byline."""
    return [entry["lines"][0] for entry in page.get("line_labels", []) if entry.get("category") == category]


def page_with_date_line(gold_page: dict, raw: str, published: bool = True):
    """(a copy of the page's gold, its raw lines, its title lines, its date lines) when the gold marks the
    headline and the date line and gives the date's text (and, when published, its value); else None."""
    page, lines = copy.deepcopy(gold_page), raw.split("\n")
    title_at, date_at = lines_of(page, "title"), lines_of(page, "published")
    if not title_at or not date_at or not page.get("published_text") or (published and not page.get("published")):
        return None
    return page, lines, title_at, date_at


def headline_over_date_line(gold_page: dict, raw: str):
    """(page, lines, headline, its row, the date's row) as page_with_date_line gives them, when the headline
    and the date each stand alone on their line, the date below the headline; else None."""
    found = page_with_date_line(gold_page, raw)
    if found is None:
        return None
    page, lines, title_at, date_at = found
    headline = page["title"].strip()
    at, row = title_at[0] - 1, date_at[0] - 1
    if lines[at].strip() != headline or lines[row].strip() != page["published_text"].strip() or row <= at:
        return None  # the date with other words on its line, or above the headline: left as the page has it
    return page, lines, headline, at, row


# Layout rounds: date forms no earlier round writes.
LAYOUT_DATE_FORMS = (
    lambda d, t: f"{d.year}/{d.month}/{d.day}" + (f" {d.hour}:{d.minute:02d}" if t else ""),
    lambda d, t: f"{d.year}年{d.month}月{d.day}日" + (f" {_twelve(d)}" if t else ""),
    lambda d, t: f"{d.year}年（{_era(d)}）{d.month}月{d.day}日" + (f" {d.hour}時{d.minute}分" if t else ""),
    lambda d, t: f"{_MONTHS[d.month - 1][:3]}. {d.day}, {d.year}" + (f" {d.hour:02d}:{d.minute:02d} JST" if t else ""),
    lambda d, t: f"{d.year}.{d.month}.{d.day}" + (f" {d.hour:02d}:{d.minute:02d}" if t else "") + " 配信",
    lambda d, t: f"{d.year}/{d.month:02d}/{d.day:02d}({'月火水木金土日'[d.weekday()]})" + (f" {d.hour:02d}:{d.minute:02d}" if t else ""),
    lambda d, t: f"{d.day} {_MONTHS[d.month - 1]} {d.year}" + (f" {d.hour:02d}:{d.minute:02d}" if t else ""),
    lambda d, t: f"投稿日：{d.year}.{d.month:02d}.{d.day:02d}" + (f" {d.hour:02d}:{d.minute:02d}" if t else ""),
    lambda d, t: f"{_era(d)}（{d.year}年）{d.month}月{d.day}日" + (f" {_twelve(d)}" if t else ""),
    # the year only in the page's address, added above the page (see _ADDRESSES)
    lambda d, t: f"{d.month}月{d.day}日" + (f" {d.hour}時{d.minute}分" if t else ""),
)
YEAR_IN_ADDRESS = len(LAYOUT_DATE_FORMS) - 1
# Real shapes of article addresses that carry the day.
_ADDRESSES = (
    lambda d: f"https://mainichi.jp/articles/{d.year}{d.month:02d}{d.day:02d}/k00/00m/030/123000c",
    lambda d: f"https://www.sankei.com/article/{d.year}{d.month:02d}{d.day:02d}-ABCDEFGHIJ/",
    lambda d: f"https://www.jiji.com/jc/article?k={d.year}{d.month:02d}{d.day:02d}00123&g=pol",
)
# A headline as a page writes it on its line, and as the gold keeps it.
HEADLINE_FORMS = (
    lambda h: (h, h),
    lambda h: (f"【速報】{h}", f"【速報】{h}"),
    lambda h: (f"{h} | 産経ニュース", h),
    lambda h: (f"{h} - 毎日新聞", h),
    lambda h: (f"{h}：日本経済新聞", h),
    lambda h: (f"【独自】{h}", f"【独自】{h}"),
    lambda h: (f"{h}（共同通信）", h),
    lambda h: (f"{h}｜NHKニュース", h),
)
# Where the subheading stands and whether the date line moves above the headline.
LAYOUTS = ("as is", "subheading under the headline", "headline under the date line",
           "subheading under the date line")
LAYOUT_ROUNDS = 12


def _twelve(day: datetime) -> str:
    return f"午前{day.hour}時{day.minute}分" if day.hour < 12 else f"午後{day.hour - 12 or 12}時{day.minute}分"


def layout_perturbed(names: list[str], gold: dict[str, dict], raws: dict[str, str],
                     round_: int) -> dict[str, tuple[str, dict]]:
    """One layout round: name -> (raw, gold), headline, subheading and date written as other outlets do."""
    out = {}
    heads = corpus_headlines(every=29) or [gold[n]["title"] for n in names]
    for i, name in enumerate(names):
        found = page_with_date_line(gold[name], raws[name])
        if found is None:
            continue
        page, lines, title_at, date_at = found
        k = i * 7 + round_ * 5
        old_title = page["title"].strip()
        split = any(8 <= len(text.strip()) < len(old_title) and text.strip() in old_title for text in lines)
        if split or lines[title_at[0] - 1].strip() != old_title or page["published_text"] not in lines[date_at[0] - 1]:
            continue  # a headline also written over two lines, a date written apart: left as the page has them
        headline = heads[k % len(heads)]
        line, page["title"] = HEADLINE_FORMS[(k // 3) % len(HEADLINE_FORMS)](headline)
        lines = [text.replace(old_title, line) if text.strip() == old_title else text for text in lines]
        when = datetime.fromisoformat(page["published"])
        form = (i + round_) % len(LAYOUT_DATE_FORMS)
        written = LAYOUT_DATE_FORMS[form](when, "T" in page["published"])
        lines[date_at[0] - 1] = lines[date_at[0] - 1].replace(page["published_text"], written, 1)
        if "T" not in page["published"] or not any(c in written for c in ":時"):
            page["published"] = page["published"][:10]
        layout = LAYOUTS[(i + 2 * round_) % len(LAYOUTS)]
        subheading = _subheading(heads, k, headline)
        if layout == "headline under the date line":
            lines = _moved_date(lines, written, page, above_title=True, headline=line)
        elif layout == "subheading under the headline":
            at = next(j for j, text in enumerate(lines) if text.strip() == line)
            lines = lines[: at + 1] + ["", subheading] + lines[at + 1 :]
        elif layout == "subheading under the date line":
            at = next(j for j, text in enumerate(lines) if written in text)
            lines = lines[: at + 1] + ["", subheading] + lines[at + 1 :]
        page["_layout"] = f"{layout}; date form {form}; headline form {(k // 3) % len(HEADLINE_FORMS)}"
        if form == YEAR_IN_ADDRESS:
            lines = [_ADDRESSES[k % len(_ADDRESSES)](when), ""] + lines
        out[name] = ("\n".join(lines), page)
    return out


def _subheading(heads: list[str], k: int, headline: str) -> str:
    """Another real headline, longer than this one where one is, written as a subheading (～…～ or plain)."""
    longer = [h for h in heads if len(h) > len(headline) + 5] or heads
    text = longer[(k * 3 + 1) % len(longer)]
    return f"～{text}～" if k % 2 else text


# Layout rounds of session 8: page shapes no earlier round writes, each as real outlets print them.
MORE_LAYOUTS = (
    "breadcrumb with the headline on one line",   # ホーム ＞ 国際 ＞ headline, then the headline
    "breadcrumb with the headline on its own lines",  # ホーム / 国際 / headline, then the headline
    "short headline, longer deck under it",        # a 6-17 character headline over a longer deck line
                                                   # (the page's own headline parted, where it has parts)
    "standfirst under the headline",               # a sentence or two of summary between headline and date
    "related block between the date and the body",  # 関連記事 and a few other headlines before the text
    "teaser of another article above",             # a portal: another headline, its date and teaser first
    "another full article below",                  # a portal: a second article after the first
    "site title at the page's top",                # 「headline | site」 opening the dump, then the bare headline
)
MORE_DATE_FORMS = (
    lambda d, t: f"{_MONTHS[d.month - 1][:3]}. {d.day}, {d.year}" + (f" {_english_time(d)}" if t else ""),
    lambda d, t: f"{d.month}/{d.day}({'月火水木金土日'[d.weekday()]})" + (f" {d.hour}:{d.minute:02d}" if t else "") + "配信",
    lambda d, t: f"{_MONTHS[d.month - 1][:3]} {d.day}, {d.year}" + (f", {_english_time(d)}" if t else ""),
    lambda d, t: f"更新：{d.year}年{d.month}月{d.day}日" + (f" {d.hour}:{d.minute:02d}" if t else ""),
    lambda d, t: f"{d.month}月{d.day}日（{'月火水木金土日'[d.weekday()]}）" + (f"{d.hour}時{d.minute}分" if t else "") + "配信",
    lambda d, t: f"Published {d.day} {_MONTHS[d.month - 1][:3]} {d.year}" + (f" {d.hour:02d}:{d.minute:02d}" if t else ""),
    lambda d, t: f"{d.year}/{d.month:02d}/{d.day:02d}" + (f" {d.hour:02d}:{d.minute:02d} (JST)" if t else ""),
    lambda d, t: f"{d.year}年{d.month}月{d.day}日 {'月火水木金土日'[d.weekday()]}曜日",
)
MORE_LAYOUT_ROUNDS = 8
_RELATED_LABELS = ("関連記事", "【関連記事】", "この記事に関連するニュース", "")


def _english_time(day: datetime) -> str:
    return f"{day.hour % 12 or 12}:{day.minute:02d} {'p.m.' if day.hour >= 12 else 'a.m.'}"


def corpus_articles(every: int = 41) -> list[tuple[str, list[str]]]:
    """(headline, body lines) of real Wikinews articles with a few sentences; [] without the corpus."""
    if not WIKINEWS.is_dir():
        return []
    found = []
    for path in sorted(WIKINEWS.glob("wn-*.txt"))[::every]:
        lines = path.read_text(encoding="utf-8").split("\n")
        body = [l.strip() for l in lines[3:] if l.strip().endswith("。") and len(l.strip()) >= 20]
        if 6 <= len(lines[0].strip()) <= 60 and len(body) >= 3:
            found.append((lines[0].strip(), body[:8]))
    return found


def more_layouts_perturbed(names: list[str], gold: dict[str, dict], raws: dict[str, str],
                           round_: int, own: bool = False) -> dict[str, tuple[str, dict]]:
    """One round of the session-8 layouts: name -> (raw, gold); gold "_portal" marks a page with two articles.

    own: each page keeps its own headline, which its text restates as a real article's does (the short
    headline over a deck only where the headline has parts), instead of another article's headline.
    """
    out = {}
    heads = corpus_headlines(every=29) or [gold[n]["title"] for n in names]
    short = [h for h in heads if 6 <= len(h) <= 17] or heads
    others = corpus_articles()
    if not others:
        return out
    for i, name in enumerate(names):
        found = page_with_date_line(gold[name], raws[name])
        if found is None:
            continue
        page, lines, title_at, date_at = found
        old_title = page["title"].strip()
        split = any(8 <= len(text.strip()) < len(old_title) and text.strip() in old_title for text in lines)
        if split or lines[title_at[0] - 1].strip() != old_title or page["published_text"] not in lines[date_at[0] - 1]:
            continue
        k = i * 5 + round_ * 3
        layout = (i + round_) % len(MORE_LAYOUTS)
        headline = (short if layout == 2 else heads)[k % len(short if layout == 2 else heads)]
        parts = old_title.split("\u3000")
        if own:
            headline = old_title
        if layout == 2 and len(parts) > 1 and 6 <= len(parts[0]) <= 17:
            headline = parts[0]  # the page's own headline set short, the rest of it as the deck under it
        elif layout == 2 and own:
            continue  # no short headline of its own to set over a deck
        other_head, other_body = others[(k + 7) % len(others)]
        if other_head == headline:
            other_head, other_body = others[(k + 8) % len(others)]
        page["title"] = headline
        lines = [headline if text.strip() == old_title else text for text in lines]
        when = datetime.fromisoformat(page["published"])
        timed = "T" in page["published"]
        form = MORE_DATE_FORMS[(i + 3 * round_) % len(MORE_DATE_FORMS)]
        written = form(when, timed)
        lines[date_at[0] - 1] = lines[date_at[0] - 1].replace(page["published_text"], written, 1)
        if not timed or not any(c in written for c in ":時"):
            page["published"] = page["published"][:10]
        at = next(j for j, text in enumerate(lines) if text.strip() == headline)
        date_row = next(j for j, text in enumerate(lines) if written in text)
        end = max(j for j, text in enumerate(lines) if text == page["body_paragraphs"][-1])
        start = min(j for j, text in enumerate(lines) if text == page["body_paragraphs"][0])
        earlier = form(when - timedelta(days=1, hours=3), timed)
        if layout == 0:
            lines[at:at] = [f"ホーム ＞ {'国際' if k % 2 else 'ニュース'} ＞ {headline}", ""]
        elif layout == 1:
            lines[at:at] = ["ホーム", "政治" if k % 2 else "社会", headline, ""]
        elif layout == 2:
            deck = ("\u3000".join(parts[1:]) if headline == parts[0] and len("".join(parts[1:])) > len(headline)
                    else next(h for h in heads[k % len(heads):] + heads if len(h) > len(headline) + 5))
            lines[at + 1 : at + 1] = ["", deck]
        elif layout == 3:
            lines[at + 1 : at + 1] = ["", other_body[0] + (other_body[1] if k % 2 else "")]
        elif layout == 4:
            label = _RELATED_LABELS[k % len(_RELATED_LABELS)]
            block = ([label] if label else []) + [h for h, _ in others[k % len(others):][:4]]
            where = date_row + 1 if date_row < start else at + 1
            lines[where:where] = ["", *block, ""]
        elif layout == 5:
            teaser = ["", other_head, earlier, other_body[0], "続きを読む", ""]
            top = min(at, date_row)
            lines[top:top] = teaser
        elif layout == 6:
            lines[end + 1 : end + 1] = ["", other_head, "", earlier, "", *other_body]
            page["_portal"] = True
        elif layout == 7:
            lines = [f"{headline} | {'産経ニュース' if k % 2 else '時事ドットコム'}", ""] + lines
        if str(when.year) not in written:  # a page with a month and day alone shows its year somewhere else
            lines += ["", f"Copyright © {when.year} Example Media Inc. All rights reserved."]
        page["_layout"] = MORE_LAYOUTS[layout]
        out[name] = ("\n".join(lines), page)
    return out
