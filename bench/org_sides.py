"""Organisations written by a meeting word on articles no gold holds: where each stands in the word's sentence
(subject, partner, の-modifier, listed, part of a longer noun, object, inside a quote…), its kind of body, and
whether Kaidan reads it as a side of that meeting — counts, then a sample of sentences to read by eye.

    python bench/org_sides.py --mentions A.jsonl.mentions [--livedoor LIVEDOOR_TEXT_DIR | --texts DIR] [--places]
                              [--show ROLE] [--not-side] [--sample 30] [--seed 7]

The entity mentions come from bench/diff_meetings.py's cache (--out A.jsonl writes A.jsonl.mentions). The
organisation mentions of the meeting word's own sentence count (those after the word under "after the word");
--show prints the sentences of one role (e.g. "partner", "subject"), --not-side only those Kaidan leaves out;
--places counts the places (countries, prefectures, cities: GPE and LOC mentions) instead of the organisations.
"""

from __future__ import annotations

import argparse
import pickle
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.diff_meetings import gold_free_pool  # noqa: E402
from bench.side_reasons import kind_of_mention, place_kind, role_in_sentence  # noqa: E402
from core.dates import reference_date  # noqa: E402
from core.meetings.detect import detect_meetings  # noqa: E402
from core.registry import bundled_registry  # noqa: E402


def is_side(body: str, org, participants) -> bool:
    """Whether one of the meeting's sides is the organisation (by entity, or its name written in the side's)."""
    text = body[org.start : org.end]
    return any((p.entity_id and p.entity_id == org.entity_id) or text in p.name or (p.name and p.name in text)
               for p in participants)


def organisations_by_word(body: str, mentions: list, published: str | None, registry, types=("ORG",)):
    """(meeting mention, organisation mention, role, kind, side or not) for each organisation (or each mention of
    types) of a meeting word's sentence (its role "after the word" when written after it)."""
    orgs = [m for m in mentions if m.type in types]
    for meeting in detect_meetings(body, mentions, reference_date(published, None), registry):
        s_start, s_end = meeting.sentence
        for org in orgs:
            if s_start <= org.start and org.end <= s_end and not org.start <= meeting.start < org.end:
                role = role_in_sentence(body, org.start, org.end).split(" (")[0] if org.end <= meeting.start \
                    else "after the word"
                kind = place_kind(org) if org.type in ("GPE", "LOC") else kind_of_mention(org)
                yield meeting, org, role, kind, is_side(body, org, meeting.participants)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=Path, required=True, help="bench/diff_meetings.py's entity cache")
    parser.add_argument("--livedoor", type=Path, help="the livedoor news corpus's text folder, read instead of Wikinews")
    parser.add_argument("--texts", type=Path, help="a folder of plain-text articles (*.txt), read instead of Wikinews")
    parser.add_argument("--places", action="store_true", help="the places of the sentence instead of its organisations")
    parser.add_argument("--show", help="print the sentences of this role (a prefix: partner, subject, の-modifier…)")
    parser.add_argument("--not-side", action="store_true", help="with --show: only organisations Kaidan leaves out")
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    found = pickle.loads(args.mentions.read_bytes())
    registry = bundled_registry()
    counts: Counter = Counter()
    shown = []
    pool = gold_free_pool(args.livedoor, args.texts)
    types = ("GPE", "LOC") if args.places else ("ORG",)
    for key, body, published in pool:
        if key not in found:
            continue
        for meeting, org, role, kind, side in organisations_by_word(body, found[key], published, registry, types):
            sides = len(meeting.participants)
            counts[(role, "side" if side else "not a side", "no side" if sides == 0 else "one side" if sides == 1
                    else "two or more")] += 1
            counts[("kind", kind, "side" if side else "not a side")] += 1
            if args.show and role.startswith(args.show) and not (args.not_side and side):
                s_start, s_end = meeting.sentence
                shown.append(f"== {key} [{body[org.start:org.end]}] {kind}, {'side' if side else 'not a side'} | "
                             f"{meeting.kind} {[p.name for p in meeting.participants]} [{meeting.text}]\n   "
                             + body[s_start:s_end][:260].replace("\n", " "))
    for label, n in sorted(counts.items(), key=lambda item: (item[0][0] == "kind", item[0])):
        print(f"{n:6d}  {', '.join(label)}")
    for line in sorted(random.Random(args.seed).sample(shown, min(args.sample, len(shown)))):
        print(line)


if __name__ == "__main__":
    main()
