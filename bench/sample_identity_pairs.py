"""Gold-free recall of the merge across articles: pairs of meeting records of different articles that share a
participant on dates within ten days of each other, which Kaidan keeps as two records, listed to be read (one
meeting told twice, a merge missed; or two meetings).

    python bench/sample_identity_pairs.py --out PAIRS.txt [--sample 40] [--seed 1330] [--days 10]

Rule (no gold, not by eye): every Wikinews and livedoor news article outside the held parts
(bench/list_meeting_joins.held_aside) with a date, a body of at most 12,000 characters and a meeting word
(bench/pick_identity_groups.WIDE) in its running text, and every page of ../shared/pages (its title and the body
lines a reader keeps, dated by its published day), imported oldest first into a scratch library as an import
stores them. A pair is two records
whose articles are disjoint, that share a participant (an entity id, or a name none knows; Japan alone not
counted: most meetings told in Japanese news have a Japanese side) and whose times are within --days days: a
record's time is its own dates (a day, a week, a month: every day of it), or, undated or dated by a year only,
the days of the reports telling it. Printed: the counts (pairs; of fitting kinds), the pairs counted by what keeps them two records
(core.identity_why.faults: kinds, sides, dates, places; "fits" when nothing does and the look-up or another
record took the telling), then --sample pairs drawn seeded, each with its faults and both records' kind, status,
date, sides and tellings.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
import tempfile
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.pick_identity_groups import CITATION, WIDE  # noqa: E402
from bench.read_merges import _texts, import_stories, record_line, told_in  # noqa: E402
from core.identity_why import faults  # noqa: E402
from core.meetings.country_of import country_lookup  # noqa: E402
from core.meetings.merge import kinds_fit  # noqa: E402
from core.meetings.same_dates import _days_of, _week_days  # noqa: E402
from core.registry import bundled_registry  # noqa: E402

SHARED = ROOT.parent / "shared"


def news() -> list[tuple[str, str, str]]:
    """(name, body, day) of the Wikinews and livedoor news articles outside the held parts with a meeting word in
    running text."""
    out = []
    for key, body, day in _texts():
        running = [line for line in body.split("\n") if not CITATION.search(line)]
        if len(body) <= 12000 and any(WIDE.search(line) for line in running):
            out.append((key, body, day[:10]))
    return out


def pages() -> list[tuple[str, str, str]]:
    """(name, title and body, day) of the pages of ../shared/pages with a published day."""
    path = SHARED / "pages" / "gold.json"
    if not path.exists():
        return []
    out = []
    for name, page in json.loads(path.read_text(encoding="utf-8")).items():
        day = str(page.get("published") or "")[:10]
        if len(day) == 10 and page.get("body_paragraphs"):
            body = "\n".join([page.get("title") or "", *page["body_paragraphs"]]).strip("\n") + "\n"
            out.append((name.removesuffix(".txt"), body, day))
    return out


def span(record: dict, reported: dict) -> tuple[date, date] | None:
    """The first and last day a record may be on: its own dates, or (undated) the days of its reports."""
    start = record["start"] if len(record["start"] or "") > 4 else None  # a year is no time to compare by
    days = (_week_days(start) if "W" in start else _days_of(start[:10])) if start else None
    if days:
        end = _days_of(record["end"][:10]) if record.get("end") and "W" not in record["end"] else None
        return days[0], max(days[1], end[1]) if end else days[1]
    told = sorted(reported[x["article_id"]] for x in record["mentions"] if x["article_id"] in reported)
    return (told[0], told[-1]) if told else None


def within(a: tuple[date, date], b: tuple[date, date], days: int) -> bool:
    return a[0] - timedelta(days=days) <= b[1] and b[0] - timedelta(days=days) <= a[1]


def keys(record: dict) -> set[str]:
    return {p.get("entity_id") or p["name"] for p in record["participants"]}


def pairs_kept_apart(records: list[dict], reported: dict, days: int) -> list[tuple[dict, dict]]:
    """Two records of disjoint articles sharing a participant (Japan alone apart) on times within days."""
    spans = {m["id"]: span(m, reported) for m in records}
    out = []
    for a, b in combinations(records, 2):
        if {x["article_id"] for x in a["mentions"]} & {x["article_id"] for x in b["mentions"]}:
            continue
        if not (keys(a) & keys(b)) - {"country:JP"} or not spans[a["id"]] or not spans[b["id"]]:
            continue
        if within(spans[a["id"]], spans[b["id"]], days):
            out.append((a, b))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1330)
    parser.add_argument("--days", type=int, default=10)
    args = parser.parse_args()
    told = sorted(news() + pages(), key=lambda t: (t[2], t[0]))
    with tempfile.TemporaryDirectory() as scratch:
        names, bodies, _, records = import_stories(Path(scratch) / "lib.db", told)
    day_of = {key: date.fromisoformat(day) for key, _, day in told}
    reported = {article_id: day_of[key] for article_id, key in names.items()}
    pairs = pairs_kept_apart(records, reported, args.days)
    fitting = [(a, b) for a, b in pairs if kinds_fit(a["kind"], b["kind"])]
    country_of = country_lookup(bundled_registry())
    why = {(a["id"], b["id"]): faults(a, b, country_of) or ["fits"] for a, b in pairs}
    classes = Counter(fault for found in why.values() for fault in found)

    def tellings(m) -> str:
        return told_in(m, names, bodies, day_of, after=60, width=170)

    random.seed(args.seed)
    sample = random.sample(pairs, min(args.sample, len(pairs)))
    with args.out.open("w", encoding="utf-8") as sink:
        sink.write(f"{len(told)} articles, {len(records)} records, {len(pairs)} pairs kept apart "
                   f"(a side in common, within {args.days} days), {len(fitting)} of fitting kinds\n")
        sink.writelines(f"  {n:4d}  {fault}\n" for fault, n in classes.most_common())
        for title, chosen in ((f"sample of {len(sample)} (seed {args.seed})", sample), ("all pairs", pairs)):
            sink.write(f"\n== {title}\n")
            for n, (a, b) in enumerate(chosen, 1):
                sink.write(f"[{n}] {'; '.join(why[a['id'], b['id']])}\n{record_line(a)}\n{tellings(a)}    {record_line(b)}\n"
                           f"{tellings(b)}\n")
    print(f"{len(told)} articles, {len(records)} records, {len(pairs)} pairs kept apart, {len(fitting)} of fitting "
          f"kinds")


if __name__ == "__main__":
    main()
