"""Tune pages with their date written in still other forms and put in other places.

A robustness measure for how the dump cleaner finds the article's date, built only
from the tuning pages of ../shared/pages (never the held-aside ones). Each page's
own date line is rewritten in a form other outlets print (年月日(曜) 時分, dots
without zeros, JST, the era alone, 最終更新:, 公開日時, 掲載日, 配信日, English
months, full-width digits, an update written before the publication) and placed
as other outlets place it: where it was, under an update line, at the foot of the
article, inside the breadcrumb, under a block of related headlines with their own
dates, or with a date of an event in the article's first sentence. A last
placement removes the date line altogether: the page shows no date, and the
event's date must not be taken for it. The gold follows every change.

    python bench/perturb_dates.py            # summary, then misses by form and by placement
    python bench/perturb_dates.py --rounds 4 # fewer rounds (quicker)
    python bench/perturb_dates.py --newer    # the further forms and placements (bench/perturb_dates_newer.py)
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.perturb_pages import _MONTHS, _era, corpus_headlines, page_with_date_line  # noqa: E402

_WEEKDAYS = "月火水木金土日"
_EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WIDE = str.maketrans("0123456789:/", "０１２３４５６７８９：／")


def _later(day: datetime) -> datetime:
    return day + timedelta(days=1, hours=2, minutes=13)


def _hm(day: datetime) -> str:
    return f"{day.hour:02d}:{day.minute:02d}"


def _ampm(day: datetime) -> str:
    return f"{day.hour % 12 or 12}:{day.minute:02d} {'PM' if day.hour >= 12 else 'AM'}"


# Each form writes a datetime (timed: whether the gold gives the time) as a page's date line.
FORMS = (
    ("年月日(曜) 時分", lambda d, t: f"{d.year}年{d.month}月{d.day}日({_WEEKDAYS[d.weekday()]})"
     + (f" {d.hour}時{d.minute:02d}分" if t else "")),
    ("dots without zeros", lambda d, t: f"{d.year}.{d.month}.{d.day}" + (f" {_hm(d)}" if t else "")),
    ("slashes and JST", lambda d, t: f"{d.year}/{d.month:02d}/{d.day:02d}" + (f" {_hm(d)} JST" if t else "")),
    ("era alone", lambda d, t: _era(d) + f"{d.month}月{d.day}日" + (f" {d.hour}時{d.minute}分" if t else "")),
    ("最終更新:", lambda d, t: f"最終更新:{d.year}/{d.month}/{d.day}" + (f" {_hm(d)}" if t else "")),
    ("公開日時", lambda d, t: f"公開日時：{d.year}年{d.month}月{d.day}日" + (f" {_hm(d)}" if t else "")),
    ("掲載日", lambda d, t: f"掲載日：{d.year}.{d.month:02d}.{d.day:02d}" + (f" {_hm(d)}" if t else "")),
    ("配信日", lambda d, t: f"配信日 {d.year}年{d.month}月{d.day}日" + (f" {d.hour}時{d.minute}分" if t else "")),
    ("update before publication", lambda d, t: f"更新日時：{_later(d).year}年{_later(d).month}月{_later(d).day}日 "
     f"{_hm(_later(d))} ｜ 公開日時：{d.year}年{d.month}月{d.day}日" + (f" {_hm(d)}" if t else "")),
    ("English month first", lambda d, t: f"{_MONTHS[d.month - 1]} {d.day}, {d.year}" + (f" at {_ampm(d)}" if t else "")),
    ("English weekday, day first", lambda d, t: f"{_EN_WEEKDAYS[d.weekday()]}, {d.day} {_MONTHS[d.month - 1]} {d.year}"
     + (f" {_hm(d)}" if t else "")),
    ("English update before publication", lambda d, t: f"Updated {_MONTHS[_later(d).month - 1][:3]} {_later(d).day}, "
     f"{_later(d).year} / Published {_MONTHS[d.month - 1][:3]} {d.day}, {d.year}" + (f" {_hm(d)}" if t else "")),
    ("full-width digits", lambda d, t: f"{d.year}年{d.month}月{d.day}日".translate(_WIDE)
     + (f"　{d.hour}時{d.minute:02d}分".translate(_WIDE) if t else "")),
    ("ISO with zone", lambda d, t: f"{d.year}-{d.month:02d}-{d.day:02d}" + (f"T{_hm(d)}+09:00" if t else "")),
)

PLACEMENTS = (
    "in place",
    "under an update line",          # 最終更新：(a later day) on its own line above the date line
    "at the foot of the article",    # the date line only under the body's last line (a share line between)
    "inside the breadcrumb",         # ホーム ＞ 政治 ＞ (date) above the headline, no other date line
    "related dates by the headline",  # other headlines with their dates between the headline and the date
    "related dates above the headline",  # the same block above the headline, newer than the article
    "event date in the first sentence",  # the lead opens with another day; the date line stays
    "event date, date at the foot",  # the lead opens with another day; the date line under the body
    "no date line, event date",      # no date shown at all: the event's day is not the page's
    "event line under the date line",  # 開催日：(a later day) or a broadcast's time span under the date line
    "at the foot, under buttons",    # the date line under the body past a tag line and share buttons
    "no date line, comments below",  # no date shown; readers' comments with their times under the body
)


def _event(day: datetime, k: int) -> str:
    """A day an event falls on, written as leads write it."""
    event = day + timedelta(days=9 + k % 20)
    forms = (f"{event.year}年{event.month}月{event.day}日、", f"来年{event.month}月{event.day}日に予定される",
             f"{event.year}年{event.month}月{event.day}日（{_WEEKDAYS[event.weekday()]}）に開かれる")
    return forms[k % len(forms)]


def dated_pages(names: list[str], gold: dict[str, dict], raws: dict[str, str],
                round_: int, newer: bool = False) -> dict[str, tuple[str, dict]]:
    """One round: name -> (raw, gold) for every tuning page whose date line can be rewritten.

    newer: the further forms and placements (bench/perturb_dates_newer.py) instead of the first ones.
    """
    if newer:
        from bench.perturb_dates_newer import newer_dated_pages
        return newer_dated_pages(names, gold, raws, round_)
    out = {}
    heads = corpus_headlines(every=31) or [gold[n]["title"] for n in names]
    for i, name in enumerate(names):
        found = page_with_date_line(gold[name], raws[name])
        if found is None:
            continue
        page, lines, title_at, date_at = found
        row = date_at[0] - 1
        if page["published_text"] not in lines[row] or lines[title_at[0] - 1].strip() != page["title"].strip():
            continue
        k = i * 3 + round_ * 7
        form_name, form = FORMS[(i + round_) % len(FORMS)]
        placement = PLACEMENTS[(i * 2 + round_ * 5) % len(PLACEMENTS)]
        when = datetime.fromisoformat(page["published"])
        timed = "T" in page["published"]
        written = form(when, timed)
        if not timed or not any(c in written for c in ":時：") or "T" not in page["published"]:
            page["published"] = page["published"][:10]
        date_line = lines[row].replace(page["published_text"], written, 1)
        headline = page["title"].strip()
        body = page["body_paragraphs"]
        first = min((j for j, text in enumerate(lines) if text == body[0]), default=None)
        last = max((j for j, text in enumerate(lines) if text == body[-1]), default=None)
        if first is None or last is None:
            continue
        lines[row] = date_line
        if placement.startswith("event date"):
            opening = _event(when, k)
            lines[first] = opening + lines[first]
            page["body_paragraphs"] = [opening + body[0], *body[1:]]
        if placement in ("at the foot of the article", "event date, date at the foot"):
            lines = _to_foot(lines, row, date_line, page)
        elif placement == "at the foot, under buttons":
            lines = _to_foot(lines, row, date_line, page, ["", "タグ： 政治 外交", "ツイート", "シェア", "ブックマーク"])
        elif placement == "no date line, comments below":
            lines = ["" if page["published_text"] in text or written in text else text for text in lines]
            page["published"], page["authors"] = None, []
            later = [when + timedelta(hours=5 + n * 7, minutes=n * 13) for n in range(3)]
            comments = ["", "コメント（3件）"]
            for n, at in enumerate(later):
                comments += [f"{('匿名', 'ゲスト', 'yamada')[n]}さん {at.year}/{at.month:02d}/{at.day:02d} {_hm(at)}",
                             ("本当にそう思います。", "続報を待ちたい。", "なぜ今なのか説明がほしいところです。")[n]]
            lines = _to_foot(lines, None, None, page, comments)
        elif placement == "no date line, event date":
            # every line that shows the date goes whole (an update date or a byline beside it too)
            lines = ["" if page["published_text"] in text or written in text else text for text in lines]
            page["published"], page["authors"] = None, []
        elif placement == "inside the breadcrumb":
            # the date line goes whole (an update beside the date too), but for a byline on it
            kept = [a for a in page["authors"] if a in lines[row]]
            lines[row] = "　".join(kept)
            at = next(j for j, text in enumerate(lines) if text.strip() == headline)
            lines[at:at] = [f"ホーム ＞ {'政治' if k % 2 else 'ニュース'} ＞ {written}", ""]
        elif placement == "under an update line" and not form_name.startswith("最終更新"):
            later = _later(when)
            lines[row:row] = [f"最終更新：{later.year}年{later.month}月{later.day}日 {_hm(later)}"]
        elif placement.startswith("related dates"):
            block = _related(heads, k, when, newer=placement.endswith("above the headline"))
            at = next(j for j, text in enumerate(lines) if text.strip() == headline)
            where = at if placement.endswith("above the headline") else at + 1
            if placement.endswith("by the headline") and row < at:
                where = row + 1  # the date line above the headline: the block under it
            lines[where:where] = ["", *block, ""]
        elif placement == "event line under the date line":
            event = when + timedelta(days=5 + k % 9)
            lines[row + 1 : row + 1] = ["", _EVENT_LINES[k % len(_EVENT_LINES)](event)]
        page["_form"], page["_placement"] = form_name, placement
        out[name] = ("\n".join(lines), page)
    return out


_EVENT_LINES = (
    lambda e: f"開催日：{e.year}年{e.month}月{e.day}日（{_WEEKDAYS[e.weekday()]}）",
    lambda e: f"放送日時：{e.month}月{e.day}日（{_WEEKDAYS[e.weekday()]}）20時00分～21時54分",
    lambda e: f"{e.year}年{e.month}月{e.day}日（{_WEEKDAYS[e.weekday()]}）13:00～17:00",
    lambda e: f"発売日：{e.year}/{e.month:02d}/{e.day:02d}",
    lambda e: f"会期 {e.year}.{e.month}.{e.day}～{(e + timedelta(days=30)).month}.{(e + timedelta(days=30)).day}",
)


def _to_foot(lines: list[str], row: int | None, date_line: str | None, page: dict,
             between: list[str] | None = None) -> list[str]:
    """The date line moved under the body's last line, with a share line (or between's lines) before it;
    row None: between's lines alone put there."""
    rest = lines if row is None else lines[:row] + [""] + lines[row + 1 :]
    last = page["body_paragraphs"][-1]
    where = max((j for j, text in enumerate(rest) if text == last), default=None)
    if where is None:
        return lines
    if between is None:
        between = ["", "この記事をシェアする"] if len(last) % 2 else []
    moved = [] if date_line is None else ["", date_line]
    return rest[: where + 1] + between + moved + rest[where + 1 :]


def _related(heads: list[str], k: int, when: datetime, newer: bool) -> list[str]:
    """Three other headlines, each with its own date, as related-article blocks print them."""
    block = ["関連記事"] if k % 2 else []
    for n in range(3):
        other = when + timedelta(days=(n + 1) * (3 if newer else -2), hours=n)
        head = heads[(k + n * 11) % len(heads)]
        stamp = (f"{other.year}/{other.month:02d}/{other.day:02d} {_hm(other)}" if n % 2
                 else f"{other.month}月{other.day}日")
        block += [head, stamp] if k % 3 else [f"{head}（{stamp}）"]
    return block


def main(argv: list[str] | None = None) -> None:
    from bench.eval_pages import dump_article, read_pages, score, summary
    from bench.perturb_dates_newer import NEWER_FORMS, NEWER_PLACEMENTS

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int)
    parser.add_argument("--newer", action="store_true",
                        help="the further forms and placements (kanji numerals, 【】, relative stamps, comments…)")
    parser.add_argument("--misses", action="store_true", help="also name each page and form missed")
    args = parser.parse_args(argv)
    forms, placements = (NEWER_FORMS, NEWER_PLACEMENTS) if args.newer else (FORMS, PLACEMENTS)
    rounds = args.rounds or (len(NEWER_PLACEMENTS) if args.newer else len(FORMS))
    gold, names, raws, common, learned = read_pages(tune_only=True)
    rows, by_form, by_place, missed = [], Counter(), Counter(), []
    totals_form, totals_place = Counter(), Counter()
    undated, inferred_right, inferred_none = 0, 0, 0
    for round_ in range(rounds):
        for name, (raw, page) in dated_pages(names, gold, raws, round_, args.newer).items():
            article = dump_article(name, raw, common[name], learned[name])
            row = score(page, article)
            rows.append(row)
            totals_form[page["_form"]] += 1
            totals_place[page["_placement"]] += 1
            if page["published"] is None and "_reference" in page:
                undated += 1
                inferred_right += article.published_inferred == page["_reference"]
                inferred_none += article.published_inferred is None
            if not row["date"]:
                by_form[page["_form"]] += 1
                by_place[page["_placement"]] += 1
                missed.append((name[:30], page["_form"], page["_placement"], page["published"], article.published))
    print(f"tune pages, date forms and placements{', newer' if args.newer else ''}: "
          f"{len(rows)} rewritten pages ({rounds} rounds)")
    print(summary("dump", rows, [False] * len(rows)))
    if undated:
        print(f"  pages showing no date: {undated}, reference day inferred right {inferred_right}, none {inferred_none}")
    print("  dates missed by form:")
    for form_name, _ in forms:
        print(f"    {form_name:<36} {by_form[form_name]:3d} of {totals_form[form_name]}")
    print("  dates missed by placement:")
    for placement in placements:
        print(f"    {placement:<36} {by_place[placement]:3d} of {totals_place[placement]}")
    if args.misses:
        for miss in missed:
            print("   ", *miss)


if __name__ == "__main__":
    main()
