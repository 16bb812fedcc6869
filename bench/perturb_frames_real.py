"""More page frames for bench/perturb_frames.py: what real outlets print around a headline and a date.

Each builder takes a Story, the other stories and an index k (the variant), and gives a Page (lines, gold
headline, gold day) or None when the story does not fit the class:

  series label over headline   a kicker line of the series (【連載】…, ＜特集＞…, 連載　第3回) over the headline
  headline wrapped by width    a long headline cut at the page's width (18, 22 or 26 characters), no space or 、 there
  subtitle after ―/〜/：       the headline with a subtitle on its line (…―現地ルポ, …〜識者に聞く〜, …：解説)
  date with 更新/公開 words    2024年5月1日 10:00 更新, 公開日：2024/05/01 10:00, 最終更新：…
  published and updated        two dates, the published one first or second, on one line or two
  date only in the byline      文・山田太郎 2024/05/01: no date line of its own
  headline only in <title>     the page's title line (headline | outlet) on top, no headline line over the text
  photo credit lines           撮影：山田太郎, 写真＝佐藤健一撮影 under the headline and between paragraphs
  profile block after          the writer's name and bio (1980年生まれ。…を経て現職。) after the text: the body ends before
  headline broken at its dash  the headline, a dash and its series' name (… - 辛口説教部屋 vol.20, names livedoor's columns
                               print), the page breaking the line at the dash: the dash closing the upper line or opening
                               the lower (appended after every other class)

The profile and credit classes also score the body: right when the body is the article's paragraphs exactly.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.perturb_frames import Page, Story

_LABELS = ("【連載】アジアの現場から", "＜特集＞揺れる同盟", "連載　第3回", "シリーズ・外交の舞台裏（5）", "【特集】",
           "＜コラム＞世界を読む", "第12回")
_SUBTITLES = ("―現地ルポ", "〜識者に聞く〜", "：解説", "　―検証・この1年", "―専門家はこう見る", "〜詳報〜")
# series' names livedoor's columns print after their headlines, after a dash
_SERIES = ("辛口説教部屋 vol.{n}", "年収1000万円研究所 vol.{n}", "年収1000万円プレイヤー図鑑 vol.{n}",
           "転職活動に役立つ！ソーシャルメディア活用術 vol.{n}", "Mac必須アプリ ({n})【デジ通】")
_WRITERS = ("山田太郎", "佐藤 健一", "鈴木花子", "高橋誠", "田中 美咲")
_CREDITS = ("撮影：{w}", "写真＝{w}撮影", "（撮影・{w}）", "写真：{w}", "Photo: {w}", "撮影／{w}")
_BIOS = (
    "1980年生まれ。東京大学法学部卒業後、全国紙の政治部記者を経て現職。著書に『外交の現場』など。",
    "1975年、大阪府生まれ。大学院修了後、シンクタンク研究員、大学准教授を経て2019年より現職。専門は国際政治。",
    "ジャーナリスト。1968年東京都生まれ。通信社の特派員として北京、ソウルに駐在。2015年に独立し、執筆活動を続けている。",
)


def _frames():
    from bench import perturb_frames as pf

    return pf


def _full(d: datetime, timed: bool) -> str:
    return f"{d.year}年{d.month}月{d.day}日" + (f" {d.hour:02d}:{d.minute:02d}" if timed else "")


def _slash(d: datetime, timed: bool) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}" + (f" {d.hour:02d}:{d.minute:02d}" if timed else "")


def series_label(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    return pf._page(s, o, k, [_LABELS[k % len(_LABELS)], s.title, pf._full(s.when, s.timed)])


def wrapped(s: Story, o: list[Story], k: int) -> Page | None:
    pf = _frames()
    width = (18, 22, 26)[k % 3]
    if len(s.title) <= width + 4:
        return None
    return pf._page(s, o, k, [s.title[:width], s.title[width:], pf._full(s.when, s.timed)])


def subtitled(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    shown = s.title + _SUBTITLES[k % len(_SUBTITLES)]
    page = pf._page(s, o, k, [shown, pf._full(s.when, s.timed)])
    page.title = shown
    return page


def _stamped(d: datetime, timed: bool, k: int) -> str:
    forms = (lambda: f"{_full(d, timed)} 更新", lambda: f"公開日：{_slash(d, timed)}",
             lambda: f"{_full(d, timed)}公開", lambda: f"最終更新：{_full(d, timed)}",
             lambda: f"{_slash(d, timed)} 配信", lambda: f"更新日 {d.year}.{d.month}.{d.day}" + (
                 f" {d.hour:02d}:{d.minute:02d}" if timed else ""))
    return forms[k % len(forms)]()


def update_words(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    return pf._page(s, o, k, [s.title, _stamped(s.when, s.timed, k)])


def published_updated(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    later = s.when + timedelta(days=1 + k % 3, hours=3 + k % 5, minutes=k * 11 % 60)
    p, u = _full(s.when, s.timed), _full(later, s.timed)
    forms = ([f"公開：{p}　更新：{u}"], [f"{p} 公開", f"{u} 更新"], [f"更新日：{u}", f"公開日：{p}"],
             [f"{p}（最終更新：{u}）"], [f"投稿日 {_slash(s.when, s.timed)}", f"最終更新日 {_slash(later, s.timed)}"])
    return pf._page(s, o, k, [s.title, *forms[k % len(forms)]])


def byline_date(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    w = _WRITERS[k % len(_WRITERS)]
    d = s.when
    forms = (f"文・{w} {_slash(d, False)}", f"{w} 記者｜{_full(d, False)}", f"（取材・文：{w}）{d.year}.{d.month:02d}.{d.day:02d}",
             f"{_full(d, False)}　{w}")
    return pf._page(s, o, k, [s.title, forms[k % len(forms)]], timed=False)


def title_only(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    outlet = pf.UNKNOWN_OUTLETS[k % len(pf.UNKNOWN_OUTLETS)]
    page = pf._page(s, o, k, [pf._CRUMBS[k % 4], pf._full(s.when, s.timed)])
    bar = (" | ", " - ", "｜", "：")[k % 4]
    page.lines[:0] = [f"{s.title}{bar}{outlet}", ""]
    return page


def _credit(k: int) -> str:
    return _CREDITS[k % len(_CREDITS)].format(w=_WRITERS[(k + 2) % len(_WRITERS)])


def credits(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    page = pf._page(s, o, k, [s.title, _credit(k), pf._full(s.when, s.timed)])
    if len(s.paragraphs) > 1:  # a second photo's credit between the paragraphs
        at = page.lines.index(s.paragraphs[1])
        page.lines[at:at] = [_credit(k + 1)]
    return page


def profile(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    page = pf._page(s, o, k, [s.title, pf._full(s.when, s.timed)])
    w = _WRITERS[k % len(_WRITERS)]
    reading = ("やまだ・たろう", "さとう・けんいち", "すずき・はなこ", "たかはし・まこと", "たなか・みさき")[k % len(_WRITERS)]
    block = ([f"{w}（{reading}）", _BIOS[k % len(_BIOS)]], ["【著者プロフィール】", w, _BIOS[k % len(_BIOS)]],
             [f"■{w}", _BIOS[k % len(_BIOS)]])[k % 3]
    at = page.lines.index(s.paragraphs[-1]) + 1
    page.lines[at:at] = ["", *block]
    return page


def dash_broken(s: Story, o: list[Story], k: int) -> Page:
    """The headline and its series' name after a dash (its own when it has one), broken at the dash."""
    pf = _frames()
    headline, _, series = s.title.rpartition(" - ")
    if not headline:
        headline, series = s.title, _SERIES[k % len(_SERIES)].format(n=3 + k % 20)
    halves = [headline + " -", series] if k % 2 else [headline, "- " + series]
    page = pf._page(s, o, k, [*halves, pf._full(s.when, s.timed)])
    page.title = f"{headline} - {series}"
    return page


BUILDERS = (
    ("series label over headline", series_label),
    ("headline wrapped by width", wrapped),
    ("subtitle after ―/〜/：", subtitled),
    ("date with 更新/公開 words", update_words),
    ("published and updated", published_updated),
    ("date only in the byline", byline_date),
    ("headline only in <title>", title_only),
    ("photo credit lines", credits),
    ("profile block after", profile),
)
BODY_SCORED = (credits, profile)
LAST_BUILDERS = (("headline broken at its dash", dash_broken),)  # (appended after every other class)
