"""Headline and date reading on outlets no rule was written for: real articles in page frames the tune pages lack.

Two harder measures of how the dump cleaner's headline and date anchors generalise.

Frames (the default): real livedoor and Wikinews articles (their headline, their day, their text) set in
page frames of classes no tuning page of ../shared/pages has, under invented outlets that
resources/outlets.json does not know, so no outlet's name, list entry or learned line can help:

  breadcrumb and share bar   the site's menu, ホーム > 国際 > アジア, then a row of share buttons, then the headline
  date under the lead photo  headline, a photo's caption line (title-shaped), then the date line, then the text
  date as 2010.05.01         a dotted day with no time
  date as 05/01 12:00        a month and day with its time, no year; the year only in the copyright line
  date as 05/01, no year     the same under a copyright line of a span of years (2008-2025): the text alone tells the year
  date in the era's years    平成22年5月1日 (令和 from 2019-05-01 on)
  <title> line on top        the page's title with the outlet's name after a bar, then the site, then the headline again
  deck line                  a sentence of the text, without its 。, between the headline and the date line
  dated list above           a column of other headlines, each with its day under it, over the article's headline
  all at once                the title line, breadcrumb, dated list, headline, deck, photo caption, dotted date, share bar
  share bar under headline   a row of share buttons between the headline and the date line
  date over, byline under    breadcrumb, the date line, the headline, then the writer's byline
  list, days inline, above   関連記事 and other headlines each closed by its day in brackets, over the headline
  ruby readings in brackets  the headline's words of kanji with their readings printed after them (国会（こっかい）)
  ruby, headline split       the same, the headline broken over two lines at its space or 、 nearest the middle
  headline split at middle   the headline alone (no readings) broken over two lines at its space or 、 nearest the middle
  and nine classes of what real outlets print around a headline and a date (bench/perturb_frames_real.py):
  a series label over the headline, a headline wrapped by the page's width, a subtitle after ―/〜/：, dates with
  更新/公開 words, published and updated dates, the date only in the byline, the headline only in the <title> line,
  photo credit lines, the writer's profile after the text; and nine classes of the date lines and labels outlets print
  by a headline (bench/perturb_frames_layouts.py): dates with the weekday, labelled (掲載日：, 公開日時：), in other
  writings, with a wire or section on the line, a section label over the headline or under its date, the headline
  ending the breadcrumb, the date under the breadcrumb, a list of dated headlines under the date line; ten classes
  of page structure that hides the headline (bench/perturb_frames_structure.py): a short headline over a longer deck,
  a deck under the date line, the headline only in the breadcrumb, a second article below, a caption and a share bar
  over the headline, the headline again in the foot's list, a column's name over it, a box of summary points under
  the date, the date and a photo over the headline, a breadcrumb printed as a numbered list; and the classes of where
  and how pages show the article's date (bench/perturb_frames_dates.py): day first and dotted (27.01.2010), only at
  the foot, under other articles' dates by the headline, its year only in the address line, in English, beside other
  articles' relative stamps (3時間前), in the era's years written otherwise; the date by the headline without its
  year (bench/perturb_frames_yearless.py), and with its year last in an order the line alone does not tell
  (bench/perturb_frames_year_last.py); and the classes of lines pages print between
  the headline and the text (bench/perturb_frames_between.py): a caption echoing the lead (with or without a caption's
  marks), the lead sentence or a summary with 続きを読む under the date, reading time, tags, share words, an author or a
  desk over the date, a deck with no date line in the header, an ad, a video's title, a row of page tools, a deck
  with the date in the byline, a kicker glued before a headline the header writes bare too, a related link, a short
  headline with a line under its date, a topic label over the headline; and more lines by the headline, kickers and
  year-less days (bench/perturb_frames_header_more.py): a writer with a role, a reading time over the date, a
  sponsored article's mark, a lead in brackets, an English headline, a kicker glued with its bare copy only below the
  text or in other brackets, a month and day with no weekday under a breadcrumb or an archive's heading that writes
  the year, a month and day whose year is in the article's number, a breadcrumb or an archive's heading of a year
  right over the headline, a headline quoting words closed by 。 inside the quotes under a year filed over it; and the
  lead photo's caption under the headline's tools, a caption closed by when and where the photo was taken, a label of
  several words glued before a headline written bare too (bench/perturb_frames_header_tools.py);
  the article's day written short (bench/perturb_frames_short_days.py): the month and day alone, dotted or slashed, with
  its year in the copyright line or the address, a day with a two-digit year (10/12/03), and bare figures of a day's
  shape by the headline that date nothing (a pager 1/2, a topic 3.11, a rating 4.5); a day with its year last in
  an order only the page's address or the article's number tells (bench/perturb_frames_year_last.py); and the pictures
  inside the text (bench/perturb_frames_pictures.py): a caption's label with its words on the same line, a label alone
  over its caption, a picture's rights line between the paragraphs; a day with its year last that nothing on the page
  orders, with a related link of a few words and its own day right under the text (bench/perturb_frames_year_last.py);
  and the article's day glued to the headline in the <title> line on top (bench/perturb_frames_dates.py); and a
  headline broken over two lines at the dash before its series' name (bench/perturb_frames_real.py); and the page's
  section words glued before the headline, more of them or otherwise joined than a heading bar's label, and a day with
  its year last that only the month and day the text's first lines name orders, or the text's own full date under
  a column of other years' days, and a deck right over the date line under the lead photo's place, the headline over
  the photo (bench/perturb_frames_header_late.py); and a page whose date line leaves its day untold (no year, or the
  year last in an order untold) saved to a file named by its day (20100501-minato.txt, 2010-05-03 記事.txt), or by an
  id of eight or more digits that is no day (bench/perturb_frames_named.py); and a deck under the date with the page's
  tools over it, a deck closed by ！ or ？, a kicker in round brackets glued before the headline, a heading bar of four or
  five words glued before it, a deck under the lead photo's place under the date, a word glued before it with no space, a deck in its
  own words under the date (bench/perturb_frames_stacked.py); and a label glued before a headline the page writes
  nowhere bare, and a caption in its own words under the lead photo's place under the date (bench/perturb_frames_alone.py);
  and a long label no list knows (a program's or a column's name, the site's name and its section) glued before a
  headline the page writes bare too (bench/perturb_frames_stacked.py)

Each class prints the headlines, dates and bodies read right (a body is right when it keeps every line of the body
read from the same article in the plainest frame, headline and date line over the text, and none of the lines the
frame adds; it counts as wrong only in the classes about the body: credits, profile and pictures),
the pages flagged for a look ("check cleaning"),
and how many of the pages read wrong (headline or date missed) are among the flagged.

Leave one outlet out (--loo): each tuning page of ../shared/pages, and every rewrite of it the perturbation
benches make, cleaned once as the bench does (the outlet list whole, the lines the page's site left out of
its other pages learned) and once as if its outlet were unknown (its entry taken out of
resources/outlets.json, no lines learned for its site). Per outlet: the headlines and dates right with the
knowledge and without; a right one lost without it depends on a list entry written for that outlet.

    python bench/perturb_frames.py [--n 60] [--seed 16] [--first 16] [--loo] [--misses]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.article import Article  # noqa: E402
from core.cleaning import outlets  # noqa: E402
from core.cleaning.sites import clean_for_site  # noqa: E402
from bench.eval_cleaning_livedoor import reference_body  # noqa: E402
from bench import (perturb_frames_between, perturb_frames_dates, perturb_frames_header_more,  # noqa: E402
                   perturb_frames_header_tools, perturb_frames_layouts, perturb_frames_pictures,
                   perturb_frames_real, perturb_frames_short_days, perturb_frames_structure,
                   perturb_frames_year_last, perturb_frames_yearless)
from bench import (perturb_frames_alone, perturb_frames_header_late, perturb_frames_header_words,  # noqa: E402
                   perturb_frames_named, perturb_frames_stacked)

LIVEDOOR = ROOT.parent / "shared" / "corpus" / "livedoor" / "text"
WIKINEWS = ROOT.parent / "shared" / "corpus" / "wikinews" / "txt"
# Outlets of no list: made-up names, checked at run time to be unknown to resources/outlets.json.
UNKNOWN_OUTLETS = ("みなと新報", "北斗タイムズ", "あさぎりニュース", "Kaze Press", "東邦ウィークリー", "しおかぜ日報")
_MENU = ("ホーム　ニュース　政治　経済　国際　社会　スポーツ　エンタメ　ライフ", "ログイン　会員登録",
         "トップ | 速報 | 特集 | 連載 | 動画 | 写真", "メニュー　検索")
_CRUMBS = ("ホーム > 国際 > アジア・太平洋", "TOP ＞ 社会 ＞ 事件・事故", "トップ › 経済 › 企業", "ニュース / 政治 / 外交")
_SHARES = ("ツイート　シェア　はてブ　LINE　送る", "Twitter Facebook LINE はてなブックマーク Pocket",
           "シェア 12 ツイート 34 ブックマーク 5", "この記事をシェアする X Facebook LINE")
_CAPTIONS = ("（写真：記者会見の様子）", "会見に臨む関係者ら＝都内で", "写真はイメージです", "【画像】現地の様子",
             "資料写真", "撮影：編集部")


@dataclass
class Story:
    title: str
    when: datetime
    timed: bool  # whether the page writes the time (the gold then checks it)
    paragraphs: list[str]


def _livedoor(path: Path) -> Story | None:
    lines = path.read_text(encoding="utf-8").split("\n")
    if len(lines) < 5:
        return None
    body = reference_body(lines)
    when = datetime.fromisoformat(lines[1].strip().replace("+0900", "+09:00")).replace(tzinfo=None)
    if not body or not lines[2].strip():
        return None
    return Story(lines[2].strip(), when, True, body)


def _wikinews(path: Path, shortest: int = 6) -> Story | None:
    lines = path.read_text(encoding="utf-8").split("\n")
    if len(lines) < 4 or not re.fullmatch(r"\d{4}-\d\d-\d\d", lines[1].strip()):
        return None
    sentences = [l.strip() for l in lines[3:] if l.strip().endswith("。") and len(l.strip()) >= 20][:9]
    if len(sentences) < 3 or not shortest <= len(lines[0].strip()) <= 60:
        return None
    paragraphs = ["".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    return Story(lines[0].strip(), datetime.fromisoformat(lines[1].strip()), False, paragraphs)


def stories(n: int, seed: int) -> list[Story]:
    """n livedoor and n Wikinews articles drawn at random (seed), in that order."""
    rng = random.Random(seed)
    found: list[Story] = []
    for corpus, read, pattern in ((LIVEDOOR, _livedoor, "*/*.txt"), (WIKINEWS, _wikinews, "wn-*.txt")):
        files = sorted(p for p in corpus.glob(pattern) if p.name not in ("LICENSE.txt", "README.txt", "CHANGES.txt"))
        rng.shuffle(files)
        taken = 0
        for path in files:
            story = read(path)
            if story is not None:
                found.append(story)
                taken += 1
            if taken == n:
                break
    return found


def _full(d: datetime, timed: bool) -> str:
    return f"{d.year}年{d.month}月{d.day}日" + (f" {d.hour:02d}:{d.minute:02d}" if timed else "")


def _dotted(d: datetime, timed: bool) -> str:
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


def _era(d: datetime, timed: bool) -> str:
    era = f"令和{d.year - 2018}年" if (d.year, d.month, d.day) >= (2019, 5, 1) else f"平成{d.year - 1988}年"
    return era + f"{d.month}月{d.day}日" + (f" {d.hour}時{d.minute:02d}分" if timed else "")


def _slashed(d: datetime, timed: bool) -> str:
    return f"{d.month:02d}/{d.day:02d}" + (f" {d.hour:02d}:{d.minute:02d}" if timed else "")


@dataclass
class Page:
    lines: list[str]
    title: str
    published: str  # the gold: ISO day, or day and minute when the page writes the time
    story: Story | None = None  # the article set in the page when not the one drawn for it (a class's own pool)
    source: str = ""  # the name of the file the page was saved to (none: pasted text)


def _gold_date(story: Story, timed: bool) -> str:
    if timed:
        return story.when.replace(second=0).isoformat() + "+09:00"
    return story.when.date().isoformat()


def _deck(story: Story) -> str | None:
    """A sentence of the text other than its first, its 。 dropped: a deck line."""
    sentences = [s for p in story.paragraphs for s in re.findall(r"[^。]+。", p)]
    fitting = [s for s in sentences[1:] if 20 <= len(s) <= 70]
    return fitting[0].rstrip("。") if fitting else None


class Frame:
    """One class of page frame; build(story, others, k) gives the page, its gold headline and day."""

    def __init__(self, name: str, build: Callable[[Story, list[Story], int], Page | None],
                 scores_body: bool = False) -> None:
        self.name, self.build, self.scores_body = name, build, scores_body


def _site(outlet: str, k: int) -> list[str]:
    return [outlet, _MENU[k % len(_MENU)], _MENU[(k + 1) % len(_MENU)], ""]


def _foot(outlet: str, others: list[Story], k: int, year: str) -> list[str]:
    related = [o.title for o in others[:3]]
    return ["", "あわせて読みたい", *related, "", "会社概要　プライバシーポリシー　お問い合わせ",
            f"Copyright © {year} {outlet} All rights reserved."]


def _page(story: Story, others: list[Story], k: int, header: list[str], timed: bool = True,
          year: str = "2008-2025") -> Page:
    outlet = UNKNOWN_OUTLETS[k % len(UNKNOWN_OUTLETS)]
    timed = timed and story.timed
    lines = _site(outlet, k) + header + [""] + story.paragraphs + _foot(outlet, others, k, year)
    return Page(lines, story.title, _gold_date(story, timed))


def _breadcrumb_share(s: Story, o: list[Story], k: int) -> Page:
    return _page(s, o, k, [_CRUMBS[k % 4], _SHARES[k % 4], "", s.title, _full(s.when, s.timed)])


def _under_photo(s: Story, o: list[Story], k: int) -> Page:
    caption = _CAPTIONS[k % len(_CAPTIONS)] if k % 2 else f"{o[0].title[:24]}＝資料写真"
    return _page(s, o, k, [s.title, "", caption, _full(s.when, s.timed)])


def _dotted_day(s: Story, o: list[Story], k: int) -> Page:
    return _page(s, o, k, [s.title, _dotted(s.when, False)], timed=False)


def _month_day(s: Story, o: list[Story], k: int) -> Page:
    # a portal writes the time beside a month and day (a bare 10/06 is no date: a fraction, a page count)
    s = s if s.timed else Story(s.title, s.when.replace(hour=(7 + k) % 24, minute=k * 7 % 60), True, s.paragraphs)
    return _page(s, o, k, [s.title, _slashed(s.when, True)], year=str(s.when.year))


def _month_day_no_year(s: Story, o: list[Story], k: int) -> Page:
    # the same with a copyright line of a span of years: only the text's own full dates tell the year
    page = _month_day(s, o, k)
    page.lines[-1] = page.lines[-1].replace(f"© {s.when.year} ", "© 2008-2025 ")
    return page


def _era_day(s: Story, o: list[Story], k: int) -> Page:
    return _page(s, o, k, [s.title, _era(s.when, s.timed)])


def _title_line(s: Story, o: list[Story], k: int) -> Page:
    outlet = UNKNOWN_OUTLETS[k % len(UNKNOWN_OUTLETS)]
    page = _page(s, o, k, [s.title, _full(s.when, s.timed)])
    bar = (" | ", " - ", "｜", "：")[k % 4]
    page.lines[:0] = [f"{s.title}{bar}{outlet}", ""]
    return page


def _deck_line(s: Story, o: list[Story], k: int) -> Page | None:
    deck = _deck(s)
    if deck is None:
        return None
    return _page(s, o, k, [s.title, deck, _full(s.when, s.timed)])


def _dated_list(s: Story, o: list[Story], k: int) -> Page:
    listed = ["最新ニュース"]
    for other in o[3:7]:
        listed += [other.title, _full(other.when, other.timed)]
    return _page(s, o, k, listed + ["", s.title, _full(s.when, s.timed)])


def _all_at_once(s: Story, o: list[Story], k: int) -> Page | None:
    deck = _deck(s)
    if deck is None:
        return None
    outlet = UNKNOWN_OUTLETS[k % len(UNKNOWN_OUTLETS)]
    listed = ["注目記事"] + [x for other in o[3:6] for x in (other.title, _dotted(other.when, False))]
    page = _page(s, o, k, [_CRUMBS[k % 4], *listed, "", s.title, deck, _CAPTIONS[k % len(_CAPTIONS)],
                           _dotted(s.when, False), _SHARES[k % 4]], timed=False)
    page.lines[:0] = [f"{s.title} | {outlet}", ""]
    return page


def _share_between(s: Story, o: list[Story], k: int) -> Page:
    return _page(s, o, k, [s.title, _SHARES[(k + 2) % 4], _full(s.when, s.timed)])


def _date_over(s: Story, o: list[Story], k: int) -> Page:
    name = ("文：山田太郎", "佐藤 健一 記者", "（編集部・鈴木花子）", "取材・文／高橋誠")[k % 4]
    return _page(s, o, k, [_CRUMBS[k % 4], _full(s.when, s.timed), s.title, name])


_KANJI_WORD = re.compile(r"[\u4e00-\u9fff々]{2,}")


def _readings(title: str) -> list[tuple[str, str]]:
    """The headline's words written in kanji alone, each with its reading in hiragana (fugashi's UniDic)."""
    from core.nlp.tokens import tagger

    found = []
    for word in tagger()(title):
        kana = getattr(word.feature, "kana", None)
        if _KANJI_WORD.fullmatch(word.surface) and kana and kana != "*":
            found.append((word.surface, "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in kana)))
    return found


def _ruby(title: str, k: int) -> str | None:
    """The headline with one or two of its kanji words followed by their readings in brackets (a page's ruby as
    a select-all copy prints it where the page gives <rp> brackets)."""
    words = _readings(title)
    if not words:
        return None
    out, at = [], 0
    for surface, kana in words[k % 2 :: 2][:2] or words[:1]:
        i = title.find(surface, at)
        if i < 0:
            continue
        out.append(title[at : i + len(surface)] + ("（" if k % 3 else "(") + kana + ("）" if k % 3 else ")"))
        at = i + len(surface)
    return "".join(out) + title[at:] if out else None


def _ruby_inline(s: Story, o: list[Story], k: int) -> Page | None:
    shown = _ruby(s.title, k)
    return None if shown is None else _page(s, o, k, [shown, _full(s.when, s.timed)])


def _ruby_split(s: Story, o: list[Story], k: int) -> Page | None:
    """Readings in brackets in a headline the page breaks over two lines (a <br> at its space or 、 nearest the middle,
    the space dropped), so each half is longer than its words."""
    shown = _ruby(s.title, k)
    if shown is None:
        return None
    breaks = [m.end() for m in re.finditer(r"[\u3000 ]|、", shown) if 6 <= m.start() <= len(shown) - 6]
    if not breaks:
        return None
    cut = min(breaks, key=lambda at: abs(at - len(shown) / 2))
    upper = shown[:cut].rstrip("\u3000 ")
    return _page(s, o, k, [upper, shown[cut:], _full(s.when, s.timed)])


def _halves(shown: str) -> tuple[str, str] | None:
    """A headline broken over two lines at its space or 、 nearest the middle (the space dropped)."""
    breaks = [m.end() for m in re.finditer(r"[\u3000 ]|、", shown) if 6 <= m.start() <= len(shown) - 6]
    if not breaks:
        return None
    cut = min(breaks, key=lambda at: abs(at - len(shown) / 2))
    return shown[:cut].rstrip("\u3000 "), shown[cut:]


def _split_middle(s: Story, o: list[Story], k: int) -> Page | None:
    """The headline broken over two lines (a <br> at its space or 、 nearest the middle), no readings in it."""
    halves = _halves(s.title)
    return None if halves is None else _page(s, o, k, [*halves, _full(s.when, s.timed)])


def _inline_dated_list(s: Story, o: list[Story], k: int) -> Page:
    listed = ["関連記事"] + [f"{other.title}（{other.when.year}/{other.when.month:02d}/{other.when.day:02d}）"
                           for other in o[3:6]]
    return _page(s, o, k, listed + ["", s.title, _dotted(s.when, False)], timed=False)


FRAMES = (
    Frame("breadcrumb and share bar", _breadcrumb_share),
    Frame("date under the lead photo", _under_photo),
    Frame("date as 2010.05.01", _dotted_day),
    Frame("date as 05/01, year in ©", _month_day),
    Frame("date in the era's years", _era_day),
    Frame("<title> line on top", _title_line),
    Frame("deck line", _deck_line),
    Frame("dated list above", _dated_list),
    Frame("all at once", _all_at_once),
    Frame("share bar under headline", _share_between),
    Frame("date over, byline under", _date_over),
    Frame("list, days inline, above", _inline_dated_list),
    Frame("ruby readings in brackets", _ruby_inline),
    Frame("ruby, headline split", _ruby_split),
    Frame("date as 05/01, no year", _month_day_no_year),
    Frame("headline split at middle", _split_middle),
)
FRAMES = FRAMES + tuple(Frame(name, build, scores_body=build in perturb_frames_real.BODY_SCORED)
                       for name, build in perturb_frames_real.BUILDERS)
FRAMES = FRAMES + tuple(Frame(name, build) for name, build in perturb_frames_layouts.BUILDERS)
FRAMES = FRAMES + tuple(Frame(name, build) for name, build in perturb_frames_structure.BUILDERS)
FRAMES = FRAMES + tuple(Frame(name, build) for name, build in perturb_frames_dates.BUILDERS)
FRAMES = FRAMES + tuple(Frame(name, build) for name, build in perturb_frames_yearless.BUILDERS)
FRAMES = FRAMES + tuple(Frame(name, build) for name, build in perturb_frames_year_last.BUILDERS)
FRAMES = FRAMES + tuple(Frame(name, build) for name, build in perturb_frames_between.BUILDERS)
FRAMES = FRAMES + tuple(Frame(name, build) for name, build in perturb_frames_header_more.BUILDERS)
FRAMES = FRAMES + tuple(Frame(name, build) for name, build in perturb_frames_header_tools.BUILDERS)
FRAMES = FRAMES + tuple(Frame(name, build) for name, build in perturb_frames_short_days.BUILDERS)
FRAMES = FRAMES + tuple(Frame(name, build) for name, build in perturb_frames_year_last.LATER_BUILDERS)
FRAMES = FRAMES + tuple(Frame(name, build, scores_body=True) for name, build in perturb_frames_pictures.BUILDERS)
FRAMES = FRAMES + tuple(Frame(name, build) for name, build in perturb_frames_header_words.BUILDERS)
FRAMES = FRAMES + tuple(Frame(name, build) for name, build in perturb_frames_year_last.LAST_BUILDERS)
FRAMES = FRAMES + tuple(Frame(name, build) for name, build in perturb_frames_dates.LAST_BUILDERS)
FRAMES = FRAMES + tuple(Frame(name, build) for name, build in perturb_frames_real.LAST_BUILDERS)
FRAMES = FRAMES + tuple(Frame(name, build) for name, build in perturb_frames_header_late.BUILDERS)
FRAMES = FRAMES + tuple(Frame(name, build) for name, build in perturb_frames_named.BUILDERS)
FRAMES = FRAMES + tuple(Frame(name, build) for name, build in perturb_frames_stacked.BUILDERS)
FRAMES = FRAMES + tuple(Frame(name, build) for name, build in perturb_frames_alone.BUILDERS)
FRAMES = FRAMES + tuple(Frame(name, build) for name, build in perturb_frames_stacked.LATER_BUILDERS)


def _same_date(gold: str, found: str | None) -> bool:
    if not found:
        return False
    if "T" in gold and "T" in found:
        return found[:16] == gold[:16]
    return found[:10] == gold[:10]


def _squash(text: str | None) -> str:
    import unicodedata

    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def clean_page(text: str, source: str = "") -> Article:
    """The cleaner's reading of a page's text, imported from a file of that name (source: a name, never a file)."""
    article = Article(source=source, source_format="txt", raw=text)
    clean_for_site(article, frozenset(), lambda site, keys: {})
    return article


def _same_body(page: Page, article: Article, story: Story, others: list[Story], k: int) -> bool:
    """The body keeps every line the cleaner reads as body from the story in the plainest frame (headline, date
    line, text), and none of the lines the frame adds around the text."""
    plain = _page(story, others, k, [story.title, _full(story.when, story.timed)])
    kept = set((article.body or "").split("\n"))
    added = set(page.lines) - set(plain.lines) - {""}
    return all(line in kept for line in (clean_page("\n".join(plain.lines)).body or "").split("\n")) and not added & kept


def run_frames(n: int, seed: int, misses: bool, first: int = 0) -> None:
    known = [name for name in UNKNOWN_OUTLETS if outlets.outlet_in(name)]
    if known:
        raise SystemExit(f"outlets.json knows {known}: pick other made-up names")
    found = stories(n, seed)
    if not found:
        raise SystemExit("no corpus: ../shared/corpus/livedoor and wikinews are needed")
    print(f"{len(found)} articles (livedoor and Wikinews, seed {seed}) in {len(FRAMES)} frame classes")
    print(f"  {'class':<28} pages  titles  dates  bodies  flagged  wrong (flagged)")
    totals = Counter()
    for f_index, frame in enumerate(FRAMES):
        if f_index < first:
            continue
        counts = Counter()
        for i, story in enumerate(found):
            others = [found[(i + j) % len(found)] for j in range(1, 8)]
            page = frame.build(story, others, i + f_index)
            if page is None:
                continue
            article = clean_page("\n".join(page.lines), page.source)
            title = _squash(article.title) == _squash(page.title)
            date = _same_date(page.published, article.published)
            flagged = bool(article.cleaning_check)
            body = _same_body(page, article, page.story or story, others, i + f_index)
            ok = title and date and (body or not frame.scores_body)
            counts.update(pages=1, titles=title, dates=date, bodies=body, flagged=flagged,
                          wrong=not ok, wrong_flagged=flagged and not ok)
            if misses and not ok:
                print(f"    {frame.name}: {'' if title else 'title ' + repr(article.title)} "
                      f"{'' if body or not frame.scores_body else 'body ends ' + repr(article.body[-40:])} "
                      f"{'' if date else 'date ' + repr(article.published) + ' want ' + page.published}"
                      f" [{article.cleaning_check or ''}]")
        totals.update(counts)
        print(_row(frame.name, counts))
    print(_row("all classes", totals))


def _row(name: str, c: Counter) -> str:
    n = c["pages"] or 1
    return (f"  {name:<28} {c['pages']:5d}  {c['titles'] / n:.3f}   {c['dates'] / n:.3f}  {c['bodies'] / n:.3f}"
            f"   {c['flagged'] / n:.3f}"
            f"    {c['wrong']:3d} ({c['wrong_flagged']})")


def _without(outlet: str):
    """outlets._index as if resources/outlets.json had no entry for outlet."""
    from core.paths import resource

    data = json.loads(resource("outlets.json").read_text(encoding="utf-8"))
    outlet_of = {word: o["name"] for o in data["outlets"] if o["name"] != outlet for word in o["names"] + o["domains"]}
    words = sorted(outlet_of, key=len, reverse=True)
    pattern = re.compile(rf"(?:{'|'.join(re.escape(w) for w in words)})(?![A-Za-z])")
    return lambda: (pattern, outlet_of)


def run_loo(misses: bool) -> None:
    from bench import eval_pages
    from bench.eval_pages import (LAID_OUT, dump_article, held_aside, perturbed, layout_perturbed, read_pages,
                                  score)

    gold, names, raws, common, learned = read_pages()
    tune = [n for n in names if not held_aside(n)]
    by_outlet: dict[str, list[str]] = defaultdict(list)
    for name in tune:
        described = gold[name].get("outlet") or ""
        by_outlet[outlets.outlet_in(described) or "(no entry)"].append(name)
    rewrites = [lambda t, g, r, k: {n: (r[n], g[n]) for n in t}] + [perturbed, layout_perturbed, *LAID_OUT]
    rounds = [1, len(eval_pages.DATE_FORMS), eval_pages.LAYOUT_ROUNDS, eval_pages.MORE_LAYOUT_ROUNDS,
              eval_pages.MORE_LAYOUT_ROUNDS, len(eval_pages.OUTLET_LAYOUTS), len(eval_pages.WORLD_LAYOUTS),
              len(eval_pages.ANCHOR_LAYOUTS)]
    pages: dict[str, list[tuple[str, str, dict]]] = defaultdict(list)  # page name -> (label, raw, gold)
    for rewrite, count in zip(rewrites, rounds):
        for round_ in range(count):
            for name, (raw, page) in rewrite(tune, gold, raws, round_).items():
                pages[name].append((page.get("_layout", f"{getattr(rewrite, '__name__', 'as is')} {round_}"), raw, page))
    print("leave one outlet out: the tuning pages and their rewrites, with the outlet known and unknown")
    print(f"  {'outlet':<22} pages  titles known → unknown   dates known → unknown")
    total = Counter()
    original = outlets._index
    for outlet, members in sorted(by_outlet.items()):
        c = Counter()
        lost = []
        for name in members:
            for label, raw, page in pages[name]:
                with_it = score(page, dump_article(name, raw, common[name], learned[name]))
                if outlet != "(no entry)":
                    outlets._index = _without(outlet)
                try:
                    without = score(page, dump_article(name, raw, common[name], None))
                finally:
                    outlets._index = original
                c.update(pages=1, t_known=with_it["title"], t_unknown=without["title"],
                         d_known=with_it["date"], d_unknown=without["date"])
                for k in ("title", "date"):
                    if with_it[k] and not without[k]:
                        lost.append(f"{name[:30]} {label} {k}")
        total.update(c)
        print(f"  {outlet[:22]:<22} {c['pages']:5d}  {c['t_known']:5d} → {c['t_unknown']:<5d}"
              f"           {c['d_known']:5d} → {c['d_unknown']:<5d}")
        if misses:
            for line in lost:
                print(f"      lost: {line}")
    print(f"  {'all outlets':<22} {total['pages']:5d}  {total['t_known']:5d} → {total['t_unknown']:<5d}"
          f"           {total['d_known']:5d} → {total['d_unknown']:<5d}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=60, help="articles of each corpus")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--loo", action="store_true", help="leave one outlet out over the tuning pages instead")
    parser.add_argument("--first", type=int, default=0, help="skip the classes before this one (0-based)")
    parser.add_argument("--misses", action="store_true", help="print each page read wrong (tuning material only)")
    args = parser.parse_args(argv)
    if args.loo:
        run_loo(args.misses)
    else:
        run_frames(args.n, args.seed, args.misses, args.first)


if __name__ == "__main__":
    main()
