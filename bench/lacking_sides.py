"""Meetings Kaidan proposes with fewer than two sides, or detects with none, on articles no gold holds: each with
the sentences before it and the lead, to be read by eye and counted by where the missing side is written (the
subject of an earlier sentence, a pair named before, a quote's speaker, a headline, nowhere).

    python bench/lacking_sides.py --mentions A.jsonl.mentions [--livedoor LIVEDOOR_TEXT_DIR | --texts DIR] [--sample 40]
                                  [--seed 23]

The entity mentions come from bench/diff_meetings.py's cache (--out A.jsonl writes A.jsonl.mentions), so only the
meetings are read again; --sample draws that many of the meetings found, with the seed given.
"""

from __future__ import annotations

import argparse
import pickle
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.diff_meetings import gold_free_pool  # noqa: E402
from core.dates import reference_date  # noqa: E402
from core.meetings.detect import detect_meetings  # noqa: E402
from core.meetings.plan import plan_meetings  # noqa: E402
from core.registry import bundled_registry  # noqa: E402
from core.sentences import sentence_spans  # noqa: E402

_BEFORE = 3  # sentences shown before the meeting's


def lacking(body: str, mentions: list, published: str | None, registry) -> list[tuple[str, list[str], object]]:
    """(kind, side names, first mention) of each proposal with fewer than two sides, and of each meeting word
    detected with no side that no proposal holds."""
    plan = plan_meetings(body, mentions, published, None, registry)
    held = {m.start for p in plan.proposals for m in p.mentions}
    out = [(p.kind, [x.name for x in p.participants], p.mentions[0]) for p in plan.proposals
           if len(p.participants) < 2 and p.mentions]
    out += [(m.kind, [], m) for m in detect_meetings(body, mentions, reference_date(published, None), registry)
            if not m.participants and m.start not in held]
    return out


def show(key: str, body: str, kind: str, sides: list[str], mention) -> None:
    spans = sentence_spans(body)
    at = next((i for i, (a, b) in enumerate(spans) if mention.start < b), len(spans) - 1)
    print(f"== {key} | {kind} {sides or '(no side)'} [{mention.text}]")
    if at > _BEFORE:
        print("   lead:", body[spans[0][0] : spans[0][1]][:140].replace("\n", " "))
    for a, b in spans[max(0, at - _BEFORE) : at]:
        print("   before:", body[a:b][-160:].replace("\n", " "))
    print("   sentence:", body[spans[at][0] : spans[at][1]][:260].replace("\n", " "))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=Path, required=True, help="bench/diff_meetings.py's entity cache")
    parser.add_argument("--livedoor", type=Path, help="the livedoor news corpus's text folder, read instead of Wikinews")
    parser.add_argument("--texts", type=Path, help="a folder of plain-text articles (*.txt), read instead of Wikinews")
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--seed", type=int, default=23)
    args = parser.parse_args()
    found = pickle.loads(args.mentions.read_bytes())
    registry = bundled_registry()
    rows = []
    pool = gold_free_pool(args.livedoor, args.texts)
    for key, body, published in pool:
        if key in found:
            rows.extend((key, body, *row) for row in lacking(body, found[key], published, registry))
    print(f"meetings with fewer than two sides: {len(rows)}")
    for row in sorted(random.Random(args.seed).sample(rows, min(args.sample, len(rows))), key=lambda r: r[0]):
        show(*row)


if __name__ == "__main__":
    main()
