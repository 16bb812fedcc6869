"""More page frames for bench/perturb_frames.py: lines by the headline of forms the other classes lack, a kicker whose
bare copy stands below the text, and a month and day with no weekday under a line that writes the year.

Each builder takes a Story, the other stories and an index k (the variant), and gives a Page or None:

  writer with a role by the headline  the writer's line with what they did (文・写真　山田太郎, 聞き手・構成＝…,
                               取材・文：…（編集部）), over the date line or under it
  reading time over the date   この記事は約3分で読めます between the headline and its date line
  PR mark by the headline      a sponsored article's mark (PR, [PR], 【PR】, 提供：…, Sponsored) on a line of its own
                               over the headline, between it and the date, or under the date
  lead in brackets             a sentence of the text as a lead in brackets of its own (〈…〉, 《…》, ――…, （…）),
                               between the headline and the date or under the date
  translated headline          an English headline under the Japanese one, over the date line
  kicker glued, bare below     the kicker glued before the headline on its line by the date, the bare headline only
                               below the text: the foot's list of articles (its own entry first), the share text
                               (この記事をシェアする over 「…」 or … | outlet), the page's og text
  kicker in other brackets     a kicker glued before the headline in brackets news prints too (〔…〕, ＜…＞, ≪…≫) or
                               with a space after it (【速報】 …), the headline bare on a line of its own over it, on
                               the page's title line, at the breadcrumb's end or in the share text below the text
  yearless, no weekday, year over  a month and day with no weekday (12月3日 18:05, 12/03 18:05, 12月3日 18時05分),
                               a breadcrumb or an archive's heading over the headline that writes the year alone
                               (ホーム > アーカイブ > 2010 > 国際, 2010年の国際ニュース, ホーム ＞ ニュース一覧 ＞ 2010年),
                               the copyright a span of years
  archive year over headline   a breadcrumb or an archive's heading that writes the year alone (ホーム > 2010,
                               アーカイブ 2010, 2010年の国際ニュース, ホーム ＞ 2010年) on the line right over the
                               headline, no blank between; the date line under it full or with no year
  quoted headline, year over   a headline of words quoted whole, closed by 。 inside the quotes (「…。」, 「…。」と首相,
                               「…。」 記者会見で), under a breadcrumb or an archive's heading that writes the year
                               alone; a month and day with no weekday under it
  yearless, day in a number    the same dates with no year line: the article's or its photo's number opens with its
                               day (記事番号：2010120300123, 20101203-00000123-jij-000-view.jpg, ID:N2010120301000123,
                               TKY201012030123), over the headline or under the text; the copyright a span of years
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.perturb_frames import Page, Story

_ROLES = ("文・写真　山田太郎", "聞き手・構成＝佐藤健一", "取材・文：鈴木花子（編集部）", "文／高橋誠　写真／山田太郎",
          "インタビュー・文＝佐藤健一", "写真・文　鈴木花子")
_READING = ("この記事は約{n}分で読めます", "読了時間：約{n}分", "（約{n}分で読めます）")
_PR = ("PR", "[PR]", "【PR】", "提供：みなと銀行", "Sponsored", "PR企画")
_BRACKETS = ("〈{t}〉", "《{t}》", "――{t}", "（{t}）")
_ENGLISH = ("Leaders agree to step up talks on trade and security", "Government plans new rules after the incident",
            "Minister says the country will keep working with its partners", "Police arrest a man over the case",
            "Company unveils a new model ahead of the holiday season", "Talks end without an agreement")
_KICKERS = ("【詳報】", "【速報】", "〈解説〉", "【独自】", "［深層］", "《インタビュー》")
_SECTIONS = ("国際", "政治", "社会", "経済")
_OTHER_KICKERS = ("〔詳報〕", "＜独自＞", "≪インタビュー≫", "【速報】 ", "〔ニュースの深層〕", "＜解説＞ ", "〈詳報〉　", "<独自>")


def _frames():
    from bench import perturb_frames as pf

    return pf


def _bracketed_lead(s: Story, k: int) -> str | None:
    deck = _frames()._deck(s)
    return None if deck is None else _BRACKETS[k % len(_BRACKETS)].format(t=deck)


def _by_headline(s: Story, o: list[Story], k: int, line: str | None, over: bool) -> Page | None:
    """The headline, then line over the date line (over) or under it."""
    if line is None:
        return None
    pf = _frames()
    day = pf._full(s.when, s.timed)
    return pf._page(s, o, k, [s.title, line, day] if over else [s.title, day, line])


def writer_role(s: Story, o: list[Story], k: int) -> Page | None:
    return _by_headline(s, o, k, _ROLES[k % len(_ROLES)], over=k % 2 == 0)


def reading_over(s: Story, o: list[Story], k: int) -> Page | None:
    return _by_headline(s, o, k, _READING[k % len(_READING)].format(n=2 + k % 5), over=True)


def pr_mark(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    mark, day = _PR[k % len(_PR)], pf._full(s.when, s.timed)
    header = ([mark, s.title, day], [s.title, mark, day], [s.title, day, mark])[k % 3]
    return pf._page(s, o, k, header)


def bracketed_lead(s: Story, o: list[Story], k: int) -> Page | None:
    return _by_headline(s, o, k, _bracketed_lead(s, k), over=k % 2 == 0)


def translated(s: Story, o: list[Story], k: int) -> Page | None:
    return _by_headline(s, o, k, _ENGLISH[k % len(_ENGLISH)], over=True)


def kicker_below(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    page = pf._page(s, o, k, [_KICKERS[k % len(_KICKERS)] + s.title, pf._full(s.when, s.timed)])
    outlet = pf.UNKNOWN_OUTLETS[k % len(pf.UNKNOWN_OUTLETS)]
    at = page.lines.index("あわせて読みたい")
    below = (["あわせて読みたい", s.title], ["", "この記事をシェアする", f"「{s.title}」"],
             ["", "この記事をシェアする", f"{s.title} | {outlet}"], ["", f"{s.title} - {outlet}"])[k % 4]
    page.lines[at : at + 1] = below
    return page


def kicker_other_brackets(s: Story, o: list[Story], k: int) -> Page:
    """The kicker in brackets news also prints (〔…〕, ＜…＞, ≪…≫, 【…】 and a space), the headline bare elsewhere."""
    pf = _frames()
    kicked = _OTHER_KICKERS[k % len(_OTHER_KICKERS)] + s.title
    day = pf._full(s.when, s.timed)
    if k % 4 == 0:
        return pf._page(s, o, k, [s.title, "", kicked, day])
    if k % 4 == 1:
        outlet = pf.UNKNOWN_OUTLETS[k % len(pf.UNKNOWN_OUTLETS)]
        page = pf._page(s, o, k, [kicked, day])
        page.lines[:0] = [f"{s.title}{(' | ', '｜', ' - ')[k % 3]}{outlet}", ""]
        return page
    if k % 4 == 2:
        return pf._page(s, o, k, [pf._CRUMBS[k % 4] + " > " + s.title, "", kicked, day])
    page = pf._page(s, o, k, [kicked, day])
    at = page.lines.index("あわせて読みたい")
    page.lines[at : at + 1] = ["", "この記事をシェアする", f"「{s.title}」", "あわせて読みたい"]
    return page


def _timed(s: Story, k: int) -> Story:
    """The story with a time of day (a Wikinews one gets an invented one: the date line writes it)."""
    return s if s.timed else type(s)(s.title, s.when.replace(hour=(7 + k) % 24, minute=k * 7 % 60), True, s.paragraphs)


def _month_day(s: Story, k: int) -> tuple[str, bool]:
    d = s.when
    t = f"{d.hour:02d}:{d.minute:02d}"
    return ((f"{d.month}月{d.day}日 {t}", True), (f"{d.month:02d}/{d.day:02d} {t}", True),
            (f"{d.month}月{d.day}日 {d.hour}時{d.minute:02d}分", True), (f"{d.month}月{d.day}日", False),
            (f"{d.month}月{d.day}日 {t} 更新", True))[k % 5]


def yearless_year_over(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    s = _timed(s, k)
    y, section = s.when.year, _SECTIONS[k % 4]
    over = (f"ホーム > アーカイブ > {y} > {section}", f"{y}年の{section}ニュース", f"ホーム ＞ ニュース一覧 ＞ {y}年",
            f"TOP › {section} › {y}")[k % 4]
    line, timed = _month_day(s, k)
    page = pf._page(s, o, k, [s.title, line] if k % 3 else [line, s.title], timed=timed)
    page.lines[4:4] = [over, ""]
    return page


def archive_over(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    s = _timed(s, k)
    y, section = s.when.year, _SECTIONS[k % 4]
    over = (f"ホーム > {y}", f"アーカイブ {y}", f"{y}年の{section}ニュース", f"ホーム ＞ {y}年",
            f"ホーム > アーカイブ > {y} > {section}", f"{y}年の記事一覧")[k % 6]
    line, timed = _month_day(s, k) if k % 2 else (pf._full(s.when, s.timed), True)
    return pf._page(s, o, k, [over, s.title, line], timed=timed)


def quoted_over(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    s = _timed(s, k)
    y, section = s.when.year, _SECTIONS[k % 4]
    quoted = ("「{t}。」", "「{t}。」と首相", "「{t}。」 記者会見で", "知事「{t}。」")[k % 4].format(t=s.title)
    s = type(s)(quoted, s.when, s.timed, s.paragraphs)
    over = (f"ホーム > アーカイブ > {y} > {section}", f"{y}年の{section}ニュース", f"ホーム ＞ ニュース一覧 ＞ {y}年")[k % 3]
    line, timed = _month_day(s, k)
    return pf._page(s, o, k, [over, "", s.title, line], timed=timed)


def _numbered(s: Story, k: int) -> str:
    d, n = s.when, 100 + k
    day = f"{d.year}{d.month:02d}{d.day:02d}"
    return (f"記事番号：{day}00{n}", f"{day}-00000{n}-jij-000-view.jpg", f"ID:N{day}01000{n}", f"TKY{day}0{n}")[k % 4]


def yearless_numbered(s: Story, o: list[Story], k: int) -> Page:
    pf = _frames()
    s = _timed(s, k)
    line, timed = _month_day(s, k)
    page = pf._page(s, o, k, [s.title, line], timed=timed)
    at = page.lines.index("あわせて読みたい") if k % 2 else 4
    page.lines[at:at] = [_numbered(s, k), ""]
    return page


BUILDERS = (
    ("writer with a role", writer_role),
    ("reading time over the date", reading_over),
    ("PR mark by the headline", pr_mark),
    ("lead in brackets", bracketed_lead),
    ("translated headline", translated),
    ("kicker glued, bare below", kicker_below),
    ("kicker in other brackets", kicker_other_brackets),
    ("yearless, no weekday, year over", yearless_year_over),
    ("yearless, day in a number", yearless_numbered),
    ("archive year over headline", archive_over),
    ("quoted headline, year over", quoted_over),
)
