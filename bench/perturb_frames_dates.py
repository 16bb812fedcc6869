"""More page frames for bench/perturb_frames.py: where and how pages of other outlets show the article's date.

Each builder takes a Story, the other stories and an index k (the variant), and gives a Page (lines, gold
headline, gold day) or None when the story does not fit the class. These classes are about the page's
structure as much as the date's writing, under made-up outlets:

  date day first, dotted       27.01.2010, 27.01.2010 10:00, 27.01.2010, 10:00 JST (European outlets' editions)
  date only at the foot        no date by the headline; under the text 掲載日：…, （2010年1月27日 配信）, …公開,
                               or the published and the updated lines one over the other
  others' dates by headline    a list of other articles, each with its day, right under the headline; the
                               article's own date only under its text
  year in the address line     the page's address on top (…/2010/01/27/…, …/20100127…), the date line a month and
                               day with the time, the copyright a span of years
  date in English              Jan. 27, 2010 10:00 JST, January 27, 2010, 27 Jan 2010, 2010-01-27T10:00:00+09:00,
                               Published: 27 January 2010
  relative stamps beside       the date line, then other articles' teasers stamped 3時間前, 昨日 as a ranking shows
  era years, other writings    平成２２年１月２７日 (wide digits), H22.1.27, 平成22年（2010年）1月27日
  update by the headline       the update's line by the headline (更新日：…), the publication's under the text
  long header over the text    share buttons, a caption and a table of contents between the date line and the text,
                               other articles with their dates under the text
  year in the <title> line     the <title> line on top with the full date, a month and day by the headline
  source line closing text     no date by the headline; a source line with the outlet and the day closes the text
  day glued in the <title>     the <title> line on top with the article's day glued to the headline before the site's
                               name (…（2010年1月27日）｜outlet, … 2010/01/27 - outlet, …【2010.01.27】 | outlet), over the
                               header's bare headline and its date line (full, or a month and day with its time)
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.perturb_frames import Page, Story

_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")


def _frames():
    from bench import perturb_frames as pf

    return pf


def _timed(s: Story, k: int) -> Story:
    """The story with a time of day (a Wikinews article has none): a month-and-day line is written with its time."""
    return s if s.timed else type(s)(s.title, s.when.replace(hour=(7 + k) % 24, minute=k * 7 % 60), True, s.paragraphs)


def _text_end(page: Page) -> int:
    """Where the foot begins: the blank line before あわせて読みたい (bench/perturb_frames._foot)."""
    return page.lines.index("あわせて読みたい") - 1


def _under_headline(s: Story, o: list[Story], k: int, forms: tuple[tuple[str, bool], ...]) -> Page:
    """The headline over one of the date lines forms gives (its text, whether it shows the time), by k."""
    line, shows_time = forms[k % len(forms)]
    return _frames()._page(s, o, k, [s.title, line], timed=shows_time and s.timed)


def day_first_dotted(s: Story, o: list[Story], k: int) -> Page:
    d = s.when
    t = f"{d.hour:02d}:{d.minute:02d}"
    return _under_headline(s, o, k, ((f"{d.day:02d}.{d.month:02d}.{d.year}", False),
                                     (f"{d.day:02d}.{d.month:02d}.{d.year} {t}", True),
                                     (f"{d.day}.{d.month}.{d.year}, {t} JST", True),
                                     (f"{t} {d.day:02d}.{d.month:02d}.{d.year}", True)))


def _foot_forms(d: datetime) -> tuple[tuple[list[str], bool], ...]:
    t = f"{d.hour:02d}:{d.minute:02d}"
    later = f"{d.year}/{d.month:02d}/{min(d.day + 1, 28):02d} 09:00"
    return (
        ([f"掲載日：{d.year}年{d.month:02d}月{d.day:02d}日"], False),
        ([f"（{d.year}年{d.month}月{d.day}日 配信）"], False),
        ([f"{d.year}/{d.month:02d}/{d.day:02d} {t} 公開"], True),
        ([f"公開日：{d.year}/{d.month:02d}/{d.day:02d} {t}", f"更新日：{later}"], True),
        ([f"最終更新：{later}", f"配信日時：{d.year}/{d.month:02d}/{d.day:02d} {t}"], True),
    )


def _with_foot_date(page: Page, s: Story, k: int) -> Page:
    lines, shows_time = _foot_forms(s.when)[k % 5]
    at = _text_end(page)
    page.lines[at:at] = ["", *lines]
    page.published = _frames()._gold_date(s, shows_time and s.timed)
    return page


def date_at_foot(s: Story, o: list[Story], k: int) -> Page:
    return _with_foot_date(_frames()._page(s, o, k, [s.title]), s, k)


def others_by_headline(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    listed = ["関連記事"] if k % 2 else ["この記事を読んだ人はこんな記事も"]
    for other in o[3 : 5 + k % 2]:
        listed += [other.title, pf._full(other.when, other.timed)]
    return _with_foot_date(pf._page(s, o, k, [s.title, "", *listed]), s, k)


def year_in_address(s: Story, o: list[Story], k: int) -> Page | None:
    pf = _frames()
    s = _timed(s, k)
    d = s.when
    host = ("www.minato-shimpo.jp", "news.hokuto-times.com", "asagiri-news.jp")[k % 3]
    address = (f"https://{host}/articles/{d.year}/{d.month:02d}/{d.day:02d}/{1000 + k}.html",
               f"https://{host}/news/{d.year}{d.month:02d}{d.day:02d}-{k:04d}/",
               f"https://{host}/article?id={d.year}{d.month:02d}{d.day:02d}{k:05d}")[k % 3]
    line = (f"{d.month}月{d.day}日 {d.hour:02d}:{d.minute:02d}", f"{d.month:02d}/{d.day:02d} {d.hour:02d}:{d.minute:02d}")[k % 2]
    page = pf._page(s, o, k, [s.title, line])
    page.lines[:0] = [address, ""]
    return page


def english_date(s: Story, o: list[Story], k: int) -> Page:
    d = s.when
    t = f"{d.hour:02d}:{d.minute:02d}"
    month = _EN_MONTHS[d.month - 1]
    return _under_headline(s, o, k, ((f"{month[:3]}. {d.day}, {d.year} {t} JST", True),
                                     (f"{month} {d.day}, {d.year}", False),
                                     (f"{d.day} {month[:3]} {d.year} {t}", True),
                                     (f"{d.year}-{d.month:02d}-{d.day:02d}T{t}:00+09:00", True),
                                     (f"Published: {d.day} {month} {d.year}", False)))


def relative_beside(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    stamps = ("3時間前", "昨日 18:20", "12分前", "2日前", "1時間前")
    ranking = ["アクセスランキング"] if k % 2 else ["新着記事"]
    for j, other in enumerate(o[3:6]):
        ranking += [other.title, stamps[(k + j) % len(stamps)]]
    header = [s.title, pf._full(s.when, s.timed), "", *ranking] if k % 3 else [*ranking, "", s.title,
                                                                              pf._full(s.when, s.timed)]
    return pf._page(s, o, k, header)


def era_writings(s: Story, o: list[Story], k: int) -> Page | None:
    pf = _frames()
    d = s.when
    if (d.year, d.month, d.day) >= (2019, 5, 1):
        return None
    wide = str.maketrans("0123456789", "０１２３４５６７８９")
    era = d.year - 1988
    forms = (
        f"平成{era}年{d.month}月{d.day}日".translate(wide),
        f"H{era}.{d.month}.{d.day}",
        f"平成{era}年（{d.year}年）{d.month}月{d.day}日",
        f"平成{era}年{d.month:02d}月{d.day:02d}日 更新",
    )
    return pf._page(s, o, k, [s.title, forms[k % len(forms)]], timed=False)


def update_by_headline(s: Story, o: list[Story], k: int) -> Page:
    """The update's line by the headline, the publication's under the text (the gold takes the publication)."""
    pf = _frames()
    d = s.when
    later = f"{d.year}/{d.month:02d}/{min(d.day + 1, 28):02d} 09:00"
    top = (f"更新日：{later}", f"最終更新 {later}", f"{later} 更新")[k % 3]
    page = pf._page(s, o, k, [s.title, top])
    at = _text_end(page)
    page.lines[at:at] = ["", f"公開日：{d.year}/{d.month:02d}/{d.day:02d} {d.hour:02d}:{d.minute:02d}"]
    page.published = pf._gold_date(s, s.timed)
    return page


_CONTENTS = ("目次", "はじめに", "背景と経緯", "関係者の話", "今後の見通し", "専門家の見方", "まとめ", "関連情報", "参考資料")


def long_header(s: Story, o: list[Story], k: int) -> Page:
    """Between the date line and the text: share buttons, a photo's caption and a table of contents, more lines than
    the date usually stands above the text; under the text a list of other articles each with its date."""
    pf = _frames()
    header = [s.title, pf._full(s.when, s.timed), pf._SHARES[k % 4], "", pf._CAPTIONS[k % len(pf._CAPTIONS)], "",
              *_CONTENTS[: 6 + k % 4]]
    page = pf._page(s, o, k, header)
    at = _text_end(page) + 1
    listed = [x for other in o[3:6] for x in (pf._full(other.when, False), other.title)]
    page.lines[at:at] = ["最新記事", *listed, ""]
    return page


def year_in_title_line(s: Story, o: list[Story], k: int) -> Page:
    """The page's <title> line on top carries the full date; the date line by the headline a month and day with its
    time, the copyright a span of years."""
    pf = _frames()
    s = _timed(s, k)
    d = s.when
    outlet = pf.UNKNOWN_OUTLETS[k % len(pf.UNKNOWN_OUTLETS)]
    title = (f"{s.title}（{d.year}年{d.month}月{d.day}日）｜{outlet}", f"{s.title} - {outlet} {d.year}/{d.month:02d}/{d.day:02d}")[k % 2]
    page = pf._page(s, o, k, [s.title, f"{d.month}月{d.day}日 {d.hour:02d}:{d.minute:02d}"])
    page.lines[:0] = [title, ""]
    return page


def source_line(s: Story, o: list[Story], k: int) -> Page:
    """No date by the headline; the text closes with a source line giving the outlet and the day, past the article's
    own links at times (（2010年1月27日 みなと新報）, 提供：北斗タイムズ 2010/01/27, ［… 2010年1月27日掲載］)."""
    pf = _frames()
    d = s.when
    outlet = pf.UNKNOWN_OUTLETS[k % len(pf.UNKNOWN_OUTLETS)]
    line = (f"（{d.year}年{d.month}月{d.day}日 {outlet}）", f"提供：{outlet} {d.year}/{d.month:02d}/{d.day:02d}",
            f"［{outlet} {d.year}年{d.month}月{d.day}日掲載］")[k % 3]
    page = pf._page(s, o, k, [s.title])
    at = _text_end(page)
    page.lines[at:at] = [line]
    page.published = pf._gold_date(s, False)
    return page


def day_glued_in_title(s: Story, o: list[Story], k: int) -> Page:
    """The browser's title atop the page glues the article's day to its headline before the site's name, as
    portals print it; the header prints the headline bare with its own date line."""
    pf = _frames()
    s = _timed(s, k)
    d = s.when
    outlet = pf.UNKNOWN_OUTLETS[k % len(pf.UNKNOWN_OUTLETS)]
    glued = (f"（{d.year}年{d.month}月{d.day}日）｜{outlet}", f" {d.year}/{d.month:02d}/{d.day:02d} - {outlet}",
             f"【{d.year}.{d.month:02d}.{d.day:02d}】 | {outlet}")[k % 3]
    line = pf._full(d, True) if k % 2 else f"{d.month}月{d.day}日 {d.hour:02d}:{d.minute:02d}"
    page = pf._page(s, o, k, [s.title, line])
    page.lines[:0] = [s.title + glued, ""]
    return page


BUILDERS = (
    ("date day first, dotted", day_first_dotted),
    ("date only at the foot", date_at_foot),
    ("others' dates by headline", others_by_headline),
    ("year in the address line", year_in_address),
    ("date in English", english_date),
    ("relative stamps beside", relative_beside),
    ("era years, other writings", era_writings),
    ("update by the headline", update_by_headline),
    ("long header over the text", long_header),
    ("year in the <title> line", year_in_title_line),
    ("source line closing text", source_line),
)
LAST_BUILDERS = (("day glued in the <title>", day_glued_in_title),)  # (appended after every other class)
