"""Tune pages whose headline is not the first long line of the header, and whose date stands elsewhere.

A robustness measure for the dump cleaner's headline and date anchors that never looks at
the held-aside pages. Each tuning page of ../shared/pages with a headline line and a date
line (the date alone on it, below the headline) is rewritten once per form, around its own
headline and its own publication time; the gold follows each change. The forms are what a
select-all copy of Japanese outlets' article pages shows:

  breaking ticker on top          速報 and another story's headline with its time over the site's header
  lead photo above the headline   the photo's caption (and credit) printed before the headline
  category and series over it     a section's name, then a series' name, then the headline
  kicker over a two-line headline 【独自】 on its own line, then the headline broken by a <br>
  date and section over it        国際 | 2016年2月10日 15:40 above the headline, no date line under it
  date in the byline              2016年2月10日 15時40分 山田太郎: the writer's line carries the only date
  byline before the date          山田太郎 2016/2/10 15:40 (文・山田太郎／2016年2月10日 without a time)
  labels on lines of their own    公開日 / the date / 更新日 / a later day, each on its own line
  update first on one line        更新：a later day　配信：the publication
  US order                        02/10/2016 03:40 PM, as English editions' CMSs print the day
  era day with 付                  平成28年2月10日付 (a newspaper's edition day, no time)
  date only in the address        the page's address atop the dump, no date line: the page shows no
                                  date, and the address's day is the reference day (_reference)
  date in square brackets         [2016年2月10日15時40分] or [ 2016年2月10日 15:40 ] (sports dailies)
  magazine issue over the date    週刊文春 2016年2月18日号 between the headline and the date line (a later day)
  portal date and comment count   2/10(水) 15:40配信 with the partner's name and コメント123件 under it
  writer and outlet in brackets   [山田太郎，ITmedia] under a date with 公開 after it
  writer's box over the headline  the writer's name, フォロー and the date above the headline (blog-like
                                  platforms), no date line under it
  reading time by the date        2016.02.10 | 約3分で読めます
  neighbour stories around it     ＜ 前の記事 and 次の記事 ＞ lines each with another story's headline over the header
  date with its age               2016年2月10日 15:40（3時間前）
  figures set apart               2016 年 2 月 10 日 15:40 JST (a blank beside each figure)
  weekday without 日               2016年2月10日 水曜 午後3:40
  era initial                     H28.2.10 15:40, R6.12.4 (offices and local papers)
  date, desk and writer           2016年2月10日15時40分 政治部 山田太郎 (or 山田太郎 ワシントン支局記者 under it)
  writer's reading before the date 山田太郎（やまだ・たろう）2016年2月10日 15:40
  site notice on top              【お知らせ】 a maintenance notice with its own day and hours, over the header
  dated breaking line on top      【速報】2016/02/10 14:05 and another story's headline, over the header
  day over the headline, time     政治 | 2016年2月10日 over the headline, its date line under it, another
    under it                      story's headline atop the page (the same day printed twice is no portal)

    python bench/perturb_anchors.py            # summary, then misses by layout
    python bench/perturb_anchors.py --misses   # also each page and what was read
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.perturb_pages import _era, corpus_headlines, headline_over_date_line  # noqa: E402
from bench.perturb_outlets import _split_headline  # noqa: E402

ANCHOR_LAYOUTS = (
    "breaking ticker on top",
    "lead photo above the headline",
    "category and series over it",
    "kicker over a two-line headline",
    "date and section over it",
    "date in the byline",
    "byline before the date",
    "labels on lines of their own",
    "update first on one line",
    "US order",
    "era day with 付",
    "date only in the address",
    "date in square brackets",
    "magazine issue over the date",
    "portal date and comment count",
    "writer and outlet in brackets",
    "writer's box over the headline",
    "reading time by the date",
    "neighbour stories around the header",
    "date with its age",
    "figures set apart",
    "weekday without 日",
    "era initial",
    "date, desk and writer",
    "writer's reading before the date",
    "site notice on top",
    "dated breaking line on top",
    "day over the headline, time under it",
)
_NAMES = ("山田太郎", "佐藤健一", "鈴木花子", "高橋誠", "田中美咲", "伊藤大輔")
_READINGS = {"山田太郎": "やまだ・たろう", "佐藤健一": "さとう・けんいち", "鈴木花子": "すずき・はなこ", "高橋誠": "たかはし・まこと",
             "田中美咲": "たなか・みさき", "伊藤大輔": "いとう・だいすけ"}
_SECTIONS = ("国際", "政治", "社会", "経済", "地域")
_SERIES = ("連載「現場から」", "シリーズ　検証・地方の医療", "特集　震災から5年", "深層リポート")
_KICKERS = ("【独自】", "【速報】", "【詳報】")
_CAPTIONS = ("記者会見する関係者＝{m}月{d}日、東京都千代田区（撮影・{n}）", "会場の様子（{m}月{d}日撮影）",
             "写真はイメージ", "現場付近＝{m}月{d}日午後（共同）")
_ADDRESSES = (
    lambda d: f"https://mainichi.jp/articles/{d:%Y%m%d}/k00/00m/030/123000c",
    lambda d: f"https://www.sankei.com/article/{d:%Y%m%d}-ABCDEFGHIJ/",
    lambda d: f"https://www.asahi.com/articles/ASK{d.month}{d.day:02d}3QYVK27TIPE00G.html?iref={d:%Y%m%d}",
    lambda d: f"https://www.yomiuri.co.jp/national/{d:%Y%m%d}-OYT1T50123/",
)


def _twelve(d: datetime) -> str:
    return f"{d.hour % 12 or 12:02d}:{d.minute:02d} {'PM' if d.hour >= 12 else 'AM'}"


def anchors_perturbed(names: list[str], gold: dict[str, dict], raws: dict[str, str],
                      round_: int) -> dict[str, tuple[str, dict]]:
    """One round: name -> (raw, gold); each page laid out in one form (the form moves on each round)."""
    out = {}
    others = corpus_headlines(every=37) or [gold[n]["title"] for n in names]
    for i, name in enumerate(names):
        found = headline_over_date_line(gold[name], raws[name])
        if found is None:
            continue  # the date with other words on its line, or above the headline: left as the page has it
        page, lines, headline, at, row = found
        k = i * 7 + round_
        layout = ANCHOR_LAYOUTS[(i + round_) % len(ANCHOR_LAYOUTS)]
        when = datetime.fromisoformat(page["published"])
        timed = "T" in page["published"]
        later = when + timedelta(hours=3, minutes=12)
        y, m, d = when.year, when.month, when.day
        writer = _NAMES[k % len(_NAMES)]
        unsigned = not page["authors"]
        if layout == "breaking ticker on top":
            other = others[k % len(others)]
            ticker = when - timedelta(minutes=17 + k % 40)
            lines[0:0] = ["速報", f"{ticker:%H:%M}　{other}", ""]
        elif layout == "lead photo above the headline":
            caption = _CAPTIONS[k % len(_CAPTIONS)].format(m=m, d=d, n=writer)
            lines[at:at] = [caption, ""]
            page["captions"] = [caption]
        elif layout == "category and series over it":
            lines[at:at] = [_SECTIONS[k % len(_SECTIONS)], "", _SERIES[k % len(_SERIES)], ""]
        elif layout == "kicker over a two-line headline":
            parts = _split_headline(headline)
            if parts is None or headline.startswith("【"):
                continue  # a headline with a kicker of its own keeps it
            kicker = _KICKERS[k % len(_KICKERS)]
            for other in reversed([j for j, text in enumerate(lines) if text.strip() == headline and j != at]):
                lines[other:other] = [kicker]  # over the headline wherever else the page prints it
            lines[at : at + 1] = [kicker, *parts]
            glue = "" if parts[0].endswith(("、", "」", "…")) else "\u3000"
            page["title"] = kicker + parts[0] + glue + parts[1]
        elif layout == "date and section over it":
            written = f"{y}年{m}月{d}日 {when:%H:%M}" if timed else f"{y}年{m}月{d}日"
            del lines[row]
            lines[at:at] = [f"{_SECTIONS[k % len(_SECTIONS)]} | {written}", ""]
        elif layout == "date in the byline":
            if not unsigned:
                continue
            lines[row] = f"{y}年{m}月{d}日 {when.hour}時{when.minute:02d}分　{writer}" if timed else \
                f"{y}年{m}月{d}日　{writer}"
            page["authors"] = [writer]
        elif layout == "byline before the date":
            if not unsigned:
                continue
            lines[row] = f"{writer}　{y}/{m}/{d} {when:%H:%M}" if timed else f"文・{writer}／{y}年{m}月{d}日"
            page["authors"] = [writer]
        elif layout == "labels on lines of their own":
            stamp = lambda t: f"{t.year}年{t.month}月{t.day}日" + (f" {t:%H:%M}" if timed else "")
            lines[row : row + 1] = ["公開日", stamp(when), "更新日", stamp(later + timedelta(days=1))]
        elif layout == "update first on one line":
            stamp = lambda t: f"{t.year}/{t.month:02d}/{t.day:02d}" + (f" {t:%H:%M}" if timed else "")
            lines[row] = f"更新：{stamp(later + timedelta(days=1))}　配信：{stamp(when)}"
        elif layout == "US order":
            lines[row] = f"{m:02d}/{d:02d}/{y}" + (f" {_twelve(when)}" if timed else "")
        elif layout == "era day with 付":
            lines[row] = f"{_era(when)}{m}月{d}日付" + ("　朝刊" if k % 2 else "")
            page["published"] = page["published"][:10]
        elif layout == "date only in the address":
            text = "\n".join(lines)
            if str(y) in text.replace(page["published_text"], "", 1):
                continue  # the page shows its year elsewhere (its date twice, a copyright line): it is dated
            del lines[row]
            lines[0:0] = [_ADDRESSES[k % len(_ADDRESSES)](when), ""]
            page["_reference"], page["published"] = page["published"][:10], None
        elif layout == "date in square brackets":
            lines[row] = (f"[{y}年{m}月{d}日{when.hour}時{when.minute}分]" if k % 2 else
                          f"[ {y}年{m}月{d}日 {when:%H:%M} ]") if timed else f"[{y}年{m}月{d}日]"
        elif layout == "magazine issue over the date":
            issue = when + timedelta(days=7 + k % 5)
            lines[row:row] = [f"{('週刊文春', '週刊新潮', 'PRESIDENT')[k % 3]} {issue.year}年{issue.month}月{issue.day}日号", ""]
        elif layout == "portal date and comment count":
            if not timed:
                continue
            lines[row] = f"{m}/{d}({'月火水木金土日'[when.weekday()]}) {when:%H:%M}配信"
            lines[row + 1 : row + 1] = [("毎日新聞", "時事通信", "ABEMA TIMES")[k % 3], "", f"コメント{12 + k * 7}件"]
            lines += ["", f"Copyright © {y} Example Portal Corporation. All rights reserved."]  # the year at its foot
        elif layout == "writer and outlet in brackets":
            if not unsigned or not timed:
                continue
            lines[row] = f"{y}年{m:02d}月{d:02d}日 {when.hour:02d}時{when.minute:02d}分 公開"
            lines[row + 1 : row + 1] = [f"[{writer}，ITmedia]"]
            page["authors"] = [writer]
        elif layout == "writer's box over the headline":
            if not unsigned:
                continue
            written = f"{y}年{m}月{d}日 {when:%H:%M}" if timed else f"{y}年{m}月{d}日"
            del lines[row]
            lines[at:at] = [writer, "フォロー", written, ""]
            page["authors"] = [writer]
        elif layout == "reading time by the date":
            lines[row] = f"{y}.{m:02d}.{d:02d}" + (f" {when:%H:%M}" if timed else "") + f" | 約{2 + k % 5}分で読めます"
        elif layout == "neighbour stories around the header":
            before, after = others[k % len(others)], others[(k + 5) % len(others)]
            lines[at:at] = ["＜ 前の記事", before, "次の記事 ＞", after, ""]
        elif layout == "date with its age":
            if not timed:
                continue
            lines[row] = f"{y}年{m}月{d}日 {when:%H:%M}（{1 + k % 9}時間前）"
        elif layout == "figures set apart":
            lines[row] = f"{y} 年 {m} 月 {d} 日" + (f" {when:%H:%M} JST" if timed else "")
        elif layout == "weekday without 日":
            noon = "午後" if when.hour >= 12 else "午前"
            lines[row] = (f"{y}年{m}月{d}日 {'月火水木金土日'[when.weekday()]}曜"
                          + (f" {noon}{when.hour % 12 or 12}:{when.minute:02d}" if timed else ""))
        elif layout == "era initial":
            era = _era(when)
            lines[row] = f"{era[0]}{era[2:-1]}.{m}.{d}".replace("令", "R").replace("平", "H") + (
                f" {when:%H:%M}" if timed else "")
        elif layout == "date, desk and writer":
            if not unsigned:
                continue
            desk = ("政治部", "経済部", "ワシントン支局", "大阪本社社会部")[k % 4]
            stamp = f"{y}年{m}月{d}日" + (f"{when.hour}時{when.minute:02d}分" if timed else "")
            if k % 2:
                lines[row] = f"{stamp} {desk} {writer}"
            else:
                lines[row + 1 : row + 1] = [f"{writer} {desk}記者"]
            page["authors"] = [writer]
        elif layout == "writer's reading before the date":
            if not unsigned:
                continue
            lines[row] = f"{writer}（{_READINGS[writer]}）{y}年{m}月{d}日" + (f" {when:%H:%M}" if timed else "")
            page["authors"] = [writer]
        elif layout == "site notice on top":
            soon = when + timedelta(days=2 + k % 5)
            lines[0:0] = [f"【お知らせ】{soon.month}月{soon.day}日（{'月火水木金土日'[soon.weekday()]}）午前2時～5時、"
                          "システムメンテナンスのため一部のサービスがご利用いただけません。", ""]
        elif layout == "dated breaking line on top":
            ticker = when + timedelta(minutes=23 + k % 30)
            lines[0:0] = [f"【速報】{ticker:%Y/%m/%d %H:%M}　{others[(k + 3) % len(others)]}", ""]
        elif layout == "day over the headline, time under it":
            lines[at:at] = [f"{_SECTIONS[k % len(_SECTIONS)]} | {y}年{m}月{d}日", ""]
            lines[0:0] = [f"【注目】{others[(k + 9) % len(others)]}", ""]
        page["_layout"] = layout
        out[name] = ("\n".join(lines), page)
    return out


def main(argv: list[str] | None = None) -> None:
    from bench.eval_pages import dump_article, read_pages, score, summary

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true", help="also name each page and layout missed")
    args = parser.parse_args(argv)
    gold, names, raws, common, learned = read_pages(tune_only=True)
    rows, bylined, misses, totals, missed = [], [], Counter(), Counter(), []
    wrong = flagged = undated = inferred = 0
    for round_ in range(len(ANCHOR_LAYOUTS)):
        for name, (raw, page) in anchors_perturbed(names, gold, raws, round_).items():
            article = dump_article(name, raw, common[name], learned[name])
            row = score(page, article)
            rows.append(row)
            bylined.append(bool(page["authors"]))
            layout = page["_layout"]
            totals[layout] += 1
            if "_reference" in page:
                undated += 1
                inferred += str(article.published_inferred or "")[:10] == page["_reference"]
            for key in ("title", "date", "authors"):
                if not row[key]:
                    misses[(layout, key)] += 1
                    want = {"title": page["title"], "date": page["published"], "authors": page["authors"]}[key]
                    got = {"title": article.title, "date": article.published, "authors": article.authors}[key]
                    missed.append(f"    {name[:30]} {layout}: {key} {want!r} read {got!r}"
                                  f"{' (flagged)' if article.cleaning_check else ''}")
            bad = not (row["title"] and row["date"]) or row["f1"] < 0.6
            wrong += bad
            flagged += bad and bool(article.cleaning_check)
    print(f"tune pages, headline and date anchors elsewhere: {len(rows)} rewritten pages ({len(ANCHOR_LAYOUTS)} rounds)")
    print(summary("dump", rows, bylined))
    print(f"  read wrong (title, date or body under 0.6): {wrong}, of them flagged: {flagged}")
    print(f"  pages showing their day only in the address: {undated}, reference day read from it {inferred}")
    print("  misses by layout (title / date / authors):")
    for layout in ANCHOR_LAYOUTS:
        counts = " / ".join(f"{misses[(layout, key)]:2d}" for key in ("title", "date", "authors"))
        print(f"    {layout:<36} {counts}  of {totals[layout]}")
    if args.misses:
        print("\n".join(missed))


if __name__ == "__main__":
    main()
