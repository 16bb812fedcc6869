"""Meeting words no proposal holds, on the Wikinews (or livedoor) articles no gold holds, by what Kaidan did with
them, with a sample of each class to read by eye.

    python bench/unproposed_words.py --mentions A.jsonl.mentions [--livedoor DIR] [--sample 20] [--seed 0]

The entities come from bench/diff_meetings.py's cache (A.jsonl.mentions), so nothing is detected again. Classes:
the sentence holds a proposal or not, and the word was detected (then dropped in grouping: no side read, or
nothing to refer back to) or dropped before (by its use, or with nobody Kaidan knows as a side: the function and line
that dropped it are given in brackets).
"""

from __future__ import annotations

import argparse
import pickle
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.diff_meetings import articles, livedoor_articles  # noqa: E402
from core.dates import reference_date  # noqa: E402
from bench.meeting_steps import traced_detection as _traced_detection  # noqa: E402
from core.meetings.plan import plan_meetings  # noqa: E402
from core.meetings.triggers import TRIGGER  # noqa: E402
from core.registry import bundled_registry  # noqa: E402
from core.sentences import sentence_spans  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=Path, required=True)
    parser.add_argument("--livedoor", type=Path)
    parser.add_argument("--sample", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    found = pickle.loads(args.mentions.read_bytes())
    registry = bundled_registry()
    classes: dict[str, list] = defaultdict(list)
    read = 0
    for key, body, published in (livedoor_articles(args.livedoor, None) if args.livedoor else articles(None)):
        if key not in found or TRIGGER.search(body) is None:
            continue
        read += 1
        reference = reference_date(published, None)
        detected, drops = _traced_detection(body, found[key], reference, registry)
        plan = plan_meetings(body, found[key], published, None, registry)
        held = [(m.start, m.end) for p in plan.proposals for m in p.mentions]
        spans = sentence_spans(body)
        for match in TRIGGER.finditer(body):
            if any(s < match.end() and match.start() < e for s, e in held):
                continue
            s_start, s_end = next(((s, e) for s, e in spans if s <= match.start() < e), (0, len(body)))
            with_proposal = any(s_start <= s < s_end for s, _ in held)
            was_detected = any(m.start < match.end() and match.start() < m.end for m in detected)
            name = ("sentence with a proposal" if with_proposal else "sentence with none") + ", " \
                + ("detected, dropped in grouping" if was_detected else "dropped in detection")
            line = body[s_start:match.start()] + "【" + match.group(0) + "】" + body[match.end():s_end]
            gate = "" if was_detected else " [" + (", ".join(drops.get(match.start(), [])) or "after reading") + "]"
            classes[name].append(f"{key}{gate} {line.strip()[:220]}")
    print(f"articles with a meeting word {read}")
    rng = random.Random(args.seed)
    for name, lines in sorted(classes.items(), key=lambda kv: -len(kv[1])):
        print(f"== {name}: {len(lines)}")
        for line in sorted(rng.sample(lines, min(args.sample, len(lines)))):
            print("   " + line)


if __name__ == "__main__":
    main()
