"""Date expressions in article text against a blind gold: span found, interval right, precision right.

The gold (bench/dates_gold/draw*.jsonl, conventions in its README) holds sentences drawn at random
from Wikinews and livedoor articles, each expression with the first and last day it means and its
precision, annotated by reading before Kaidan ran on them. Kaidan reads the whole article body (so
同日 and 同年 can point back to an earlier paragraph) against the article's own date; the expressions
of the drawn sentence are scored. Dev and held parts in one run; only dev items are listed.
Usage: python bench/eval_dates.py [--gold FILE] [--quiet]
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.dates.mentions import find_dates  # noqa: E402
from tests.shared_data import LIVEDOOR, SHARED  # noqa: E402

GOLD = ROOT / "bench" / "dates_gold"
WIKINEWS = SHARED / "corpus" / "wikinews" / "txt"


def body_lines(item: dict) -> list[str]:
    """The article's body lines, as the draw read them (non-empty lines after the header)."""
    path = WIKINEWS / item["file"] if item["source"] == "wikinews" else LIVEDOOR / item["file"]
    lines = path.read_text(encoding="utf-8").split("\n")
    return [line for line in lines[3:] if line.strip()]


def read(item: dict):
    """Kaidan's date mentions inside the drawn sentence, offsets relative to the sentence."""
    lines = body_lines(item)
    start = sum(len(line) + 1 for line in lines[:item["line"]]) + lines[item["line"]].index(item["sentence"])
    body = "\n".join(lines)
    end = start + len(item["sentence"])
    found = find_dates(body, date.fromisoformat(item["reference"]))
    return [(m.start - start, m.end - start, m) for m in found if m.start < end and m.end > start]


def best(gold: dict, found: list):
    """The mention sharing most characters with the gold span, or None."""
    shared = [(min(e, gold["end"]) - max(s, gold["start"]), -s, m) for s, e, m in found]
    shared = [x for x in shared if x[0] > 0]
    return max(shared, key=lambda x: x[:2])[2] if shared else None


def score(items: list[dict], listing: bool) -> dict:
    counts = dict(gold=0, exact=0, overlap=0, interval=0, precision=0, both=0, found=0, spurious=0)
    for item in items:
        found = read(item)
        counts["found"] += len(found)
        for s, e, m in found:
            if not any(g["start"] < e and g["end"] > s for g in item["dates"]):
                counts["spurious"] += 1
                if listing:
                    print(f"  #{item['id']} spurious {m.text!r} {m.precision} {m.start_date}..{m.end_date}")
        for g in item["dates"]:
            counts["gold"] += 1
            m = best(g, found)
            exact = any(s == g["start"] and e == g["end"] for s, e, _ in found)
            interval = m is not None and (m.start_date, m.end_date) == (g["first"], g["last"])
            precision = m is not None and m.precision == g["precision"]
            counts["exact"] += exact
            counts["overlap"] += m is not None
            counts["interval"] += interval
            counts["precision"] += precision
            counts["both"] += interval and precision
            if listing and not (interval and precision):
                got = "missed" if m is None else f"{m.text!r} {m.precision} {m.start_date}..{m.end_date}"
                print(f"  #{item['id']} ref {item['reference']} {g['text']!r} want {g['precision']} "
                      f"{g['first']}..{g['last']} got {got}")
    return counts


def line(part: str, c: dict) -> str:
    n = c["gold"] or 1
    return (f"{part}: {c['gold']} expressions; span found {c['overlap']}/{c['gold']} (exact {c['exact']}), "
            f"interval right {c['interval']} ({c['interval'] / n:.0%}), precision right {c['precision']} "
            f"({c['precision'] / n:.0%}), both {c['both']} ({c['both'] / n:.0%}); "
            f"spurious {c['spurious']} of {c['found']} found")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--gold", type=Path, default=GOLD, help="a gold file, or a folder of draw*.jsonl files")
    parser.add_argument("--quiet", action="store_true", help="summary lines only")
    args = parser.parse_args()
    files = sorted(args.gold.glob("draw*.jsonl")) if args.gold.is_dir() else [args.gold]
    items = [json.loads(row) for path in files for row in path.read_text(encoding="utf-8").splitlines() if row.strip()]
    for part in ("dev", "held"):
        chosen = [item for item in items if item["part"] == part]
        counts = score(chosen, listing=part == "dev" and not args.quiet)
        print(line(part, counts))


if __name__ == "__main__":
    main()
