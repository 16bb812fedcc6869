"""More page frames for bench/perturb_frames.py: the lines real pages print between the headline and the text.

Each builder takes a Story, the other stories and an index k (the variant), and gives a Page (lines, gold
headline, gold day) or None when the story does not fit the class. The headline is a line of its own over the
text; what stands between it and the text's first line is one class of page furniture:

  caption echoing the lead     the lead photo's caption, words of the text's first sentence with the photo's marks
                               (…＝10日、都内 / …（10日、撮影・編集部） / 写真：…), under the date line
  lead sentence under date     the text's first sentence, whole with its 。, printed under the date as a summary
  summary and 続きを読む        a portal's summary (the text's first sentence) and its 続きを読む / 記事を読む link
  reading time under date      この記事は約3分で読めます, 読了時間：約4分, 3 min read
  tags under the date          a list of the article's topic tags (#外交 #アジア, タグ：…, 関連キーワード …)
  share words under date       この記事をシェアする, then a row of share buttons
  author line over the date    the writer's name with a role over the date line (文＝山田太郎（ジャーナリスト）)
  deck, no date line           the headline, a deck (a sentence of the text without its 。), then the text; the
                               date only at the foot
  ad label under the date      広告 / PR / スポンサーリンク and an ad's headline-shaped line under the date
  all between, stacked         the author line, the date, the caption, the reading time, the tags, the share words
  bare caption echoing lead    the lead photo's caption with no mark of a caption: the first words of the text's
                               first sentence, on a line of their own under the date
  video label under date       the lead video's title: 【動画】, 動画：, ▶ and words of the text's first sentence
  desk and writer over date    the writer's desk or bureau and name (ワシントン支局　山田太郎) between headline and date
  buttons under the headline   音声で聞く / 印刷 / 文字サイズ, a row of a page's tools, under the headline or the date
  deck, date in the byline     the headline, a deck (a sentence of the text without its 。), then 文・山田太郎 and the
                               day on one line
  kicker glued, bare elsewhere the kicker glued before the headline on its line by the date, and the headline bare on
                               another line of the page: the page's title line (headline | outlet), the breadcrumb's
                               end, or a line of its own over the date; the bare one is the headline
  related link under date      a link to another article under the date line, labelled (【関連記事】…, 関連：…,
                               ▶…) or under a label of its own (関連記事 / …)
  short headline, line under   a short headline (the headline's first part, or the headline when short), its date,
                               then one of: the bare caption, a related link, the reading time, the tags
  topic label over headline    the name of a running story the site files the article under (ウクライナ情勢,
                               能登半島地震, 新型コロナ), on the line right over the headline
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.perturb_frames import Page, Story

_READING = ("この記事は約{n}分で読めます", "読了時間：約{n}分", "{n} min read", "（約{n}分で読めます）")
_TAGS = ("#外交 #国際 #アジア", "タグ：　外交　国際情勢　アジア", "関連キーワード　外交　国際", "#政治 #社会")
_SHARE_WORDS = ("この記事をシェアする", "この記事をシェア", "記事をシェアする", "シェアする")
_AUTHORS = ("文＝山田太郎（ジャーナリスト）", "執筆者：佐藤健一（編集部）", "鈴木花子 記者", "取材・文／高橋誠（フリーライター）")
_MORE = ("続きを読む", "記事を読む", "続きを読む ＞", "全文を読む")
_VIDEO = ("【動画】{w}", "動画：{w}", "▶ {w}", "（動画）{w}")
_DESKS = ("ワシントン支局　山田太郎", "政治部　佐藤健一", "北京＝鈴木花子", "社会部記者　高橋誠")
_TOOLS = (("音声で聞く", "印刷する"), ("文字サイズ　小　中　大", "印刷"), ("保存", "コメント", "印刷"),
          ("この記事を音声で聞く",))
_KICKERS = ("【詳報】", "【速報】", "〈解説〉", "【独自】", "【更新】", "［深層］", "【ライブ】", "《インタビュー》")
_RELATED = ("【関連記事】{t}", "関連：{t}", "▶{t}", "＜関連＞{t}", "関連記事\n{t}")
_TOPICS = ("ウクライナ情勢", "能登半島地震", "新型コロナウイルス", "米大統領選", "衆院選2024", "中東情勢",
           "日韓関係", "物価高", "円安", "気候変動")
_ADS = (("広告", "人気の通販サイトで話題のアイテムを今すぐチェック"), ("PR", "たった3分でわかる資産運用の始め方とは"),
        ("スポンサーリンク", "今なら初月無料で読み放題のプランが始まります"), ("Sponsored", "話題の新商品を特別価格でお届けします"))


def _frames():
    from bench import perturb_frames as pf

    return pf


def _first_sentence(story: Story) -> str | None:
    found = re.match(r"[^。]+。", story.paragraphs[0])
    return found.group(0) if found and 15 <= len(found.group(0)) <= 120 else None


def _words(story: Story) -> str | None:
    """The first words of the text's first sentence: up to its first 、, or its first 24 characters."""
    first = _first_sentence(story)
    if first is None:
        return None
    return first.split("、")[0] if 8 <= len(first.split("、")[0]) <= 30 else first[:24]


def _caption(story: Story, k: int) -> str | None:
    """The lead photo's caption: the first words of the text's first sentence (up to its first 、, or its first 24
    characters), with the marks of a caption."""
    words = _words(story)
    if words is None:
        return None
    day = story.when.day
    return (f"{words}＝{day}日、都内", f"{words}（{day}日、撮影・編集部）", f"写真：{words}",
            f"{words}（撮影：山田太郎）")[k % 4]


def _under_date(s: Story, o: list[Story], k: int, *under: str | None) -> Page | None:
    """The headline, its date line, then the lines under it (None when the story gives no such line)."""
    if any(line is None for line in under):
        return None
    pf = _frames()
    return pf._page(s, o, k, [s.title, pf._full(s.when, s.timed), *under])


def caption_echo(s: Story, o: list[Story], k: int) -> Page | None:
    return _under_date(s, o, k, "", _caption(s, k))


def lead_under_date(s: Story, o: list[Story], k: int) -> Page | None:
    return _under_date(s, o, k, "", _first_sentence(s))


def summary_more(s: Story, o: list[Story], k: int) -> Page | None:
    return _under_date(s, o, k, "", _first_sentence(s), _MORE[k % len(_MORE)])


def reading_time(s: Story, o: list[Story], k: int) -> Page | None:
    return _under_date(s, o, k, _READING[k % len(_READING)].format(n=2 + k % 5))


def tags_under(s: Story, o: list[Story], k: int) -> Page | None:
    return _under_date(s, o, k, _TAGS[k % len(_TAGS)])


def share_words(s: Story, o: list[Story], k: int) -> Page | None:
    shares = _frames()._SHARES
    return _under_date(s, o, k, _SHARE_WORDS[k % len(_SHARE_WORDS)], shares[k % len(shares)])


def author_over_date(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    return pf._page(s, o, k, [s.title, _AUTHORS[k % len(_AUTHORS)], pf._full(s.when, s.timed)])


def deck_no_date(s: Story, o: list[Story], k: int) -> Page | None:
    pf = _frames()
    deck = pf._deck(s)
    if deck is None:
        return None
    page = pf._page(s, o, k, [s.title, deck], timed=False)
    at = page.lines.index("あわせて読みたい") - 1
    page.lines[at:at] = [pf._full(s.when, False)]
    return page


def ad_under(s: Story, o: list[Story], k: int) -> Page | None:
    return _under_date(s, o, k, *_ADS[k % len(_ADS)])


def stacked(s: Story, o: list[Story], k: int) -> Page | None:
    pf = _frames()
    caption = _caption(s, k)
    if caption is None:
        return None
    return pf._page(s, o, k, [s.title, _AUTHORS[k % len(_AUTHORS)], pf._full(s.when, s.timed), caption,
                              _READING[k % len(_READING)].format(n=3), _TAGS[k % len(_TAGS)],
                              _SHARE_WORDS[k % len(_SHARE_WORDS)]])


def bare_caption(s: Story, o: list[Story], k: int) -> Page | None:
    return _under_date(s, o, k, "", _words(s))


def video_label(s: Story, o: list[Story], k: int) -> Page | None:
    words = _words(s)
    return _under_date(s, o, k, None if words is None else _VIDEO[k % len(_VIDEO)].format(w=words))


def desk_over_date(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    return pf._page(s, o, k, [s.title, _DESKS[k % len(_DESKS)], pf._full(s.when, s.timed)])


def tools_row(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    tools = list(_TOOLS[k % len(_TOOLS)])
    day = pf._full(s.when, s.timed)
    return pf._page(s, o, k, [s.title, *tools, day] if k % 2 else [s.title, day, *tools])


def deck_byline_date(s: Story, o: list[Story], k: int) -> Page | None:
    pf = _frames()
    deck = pf._deck(s)
    if deck is None:
        return None
    day = f"{s.when.year}/{s.when.month:02d}/{s.when.day:02d}"
    page = pf._page(s, o, k, [s.title, deck, f"文・{('山田太郎', '佐藤健一', '鈴木花子')[k % 3]} {day}"], timed=False)
    return page


def kicker_glued(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    kicked = _KICKERS[k % len(_KICKERS)] + s.title
    if k % 3 == 2:
        return pf._page(s, o, k, [kicked, "", s.title, pf._full(s.when, s.timed)])
    if k % 3 == 1:
        outlet = pf.UNKNOWN_OUTLETS[k % len(pf.UNKNOWN_OUTLETS)]
        page = pf._page(s, o, k, [kicked, pf._full(s.when, s.timed)])
        page.lines[:0] = [f"{s.title}{(' | ', '｜', ' - ')[k % 3]}{outlet}", ""]
        return page
    crumb = pf._CRUMBS[k % 4] + (" > ", " ＞ ", " › ", " / ")[k % 4] + s.title
    return pf._page(s, o, k, [crumb, "", kicked, pf._full(s.when, s.timed)])


def _related(o: list[Story], k: int) -> list[str]:
    return _RELATED[k % len(_RELATED)].format(t=o[0].title).split("\n")


def related_under(s: Story, o: list[Story], k: int) -> Page | None:
    return _under_date(s, o, k, *_related(o, k))


def short_line_under(s: Story, o: list[Story], k: int) -> Page | None:
    from bench.perturb_frames_structure import _short_part

    pf = _frames()
    short, words = _short_part(s.title), _words(s)
    if short is None or words is None:
        return None
    under = ([words], _related(o, k), [_READING[k % len(_READING)].format(n=3)], [_TAGS[k % len(_TAGS)]])[k % 4]
    page = pf._page(s, o, k, [short, pf._full(s.when, s.timed), *under])
    page.title = short
    return page


def topic_over(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    return pf._page(s, o, k, [_TOPICS[k % len(_TOPICS)], s.title, pf._full(s.when, s.timed)])


BUILDERS = (
    ("caption echoing the lead", caption_echo),
    ("lead sentence under date", lead_under_date),
    ("summary and 続きを読む", summary_more),
    ("reading time under date", reading_time),
    ("tags under the date", tags_under),
    ("share words under date", share_words),
    ("author line over the date", author_over_date),
    ("deck, no date line", deck_no_date),
    ("ad label under the date", ad_under),
    ("all between, stacked", stacked),
    ("bare caption echoing lead", bare_caption),
    ("video label under date", video_label),
    ("desk and writer over date", desk_over_date),
    ("buttons under the headline", tools_row),
    ("deck, date in the byline", deck_byline_date),
    ("kicker glued, bare elsewhere", kicker_glued),
    ("related link under date", related_under),
    ("short headline, line under", short_line_under),
    ("topic label over headline", topic_over),
)
