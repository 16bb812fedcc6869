"""Claim candidates against hand-made gold: the seeds (tests/fixtures/claims_gold) and
Wikinews articles picked at random (tests/fixtures/wikinews_gold), its development part
and the part held aside, in one run.

    python bench/eval_claims.py [--list] [--classes] [--parts seeds,dev,held,held1,...,held32] [GOLD.jsonl]

A GOLD.jsonl whose items carry a part (bench/quote_draws.jsonl: tune, aside) is scored one part at a time;
the aside part of the quote sample is read as a summary and --why counts only.

A part with a digit is one draw of articles only (1: the first sixteen, 2: the second,
3: the third, 4 to 16: the draws made for claims only; 11 and 12 are livedoor news, 14 livedoor sports,
15 livedoor film news, 16 livedoor men's lifestyle, 17 livedoor women's lifestyle and entertainment, 18 Wikinews
news naming a leader or foreign minister with a verb of reported speech, 19 Wikinews news naming a ministry, a
spokesperson or a summit with a verb of reported speech, 20 Wikinews news of armed conflict, sanctions or a
treaty told with a quote, 21 Wikinews and livedoor topic-news naming diplomacy or a state's office with a quote or a
verb of reported speech, 22 the same pool drawn again after 21 joined the gold, 23 again after 22, 24 again
after 23, 25 Wikinews news naming a state, a ministry, a party, a company or a court with a verb of reported speech,
26 the same pool drawn again after 25 joined the gold, 27 again after 26, 28 again after 27, 29 again after 28, 30 again after 29,
31 again after 30, 32 again after 31). The parts dev and held take every draw's development and held-aside articles, the
thirty-second's included.
--classes adds, for each class of gold claim (quoted, reported speech, positions on an object, outlets, bodies as
holders, holders after the claim, sources), how many Kaidan proposes and with the right holder. --why counts missed quoted claims and wrong holders by
cause (core.claims.why), and the quotes not proposed whose speaker is an entity by the form of the quote
(core.claims.why_forms: what follows it, where its speaker stands, its brackets, length, line, other quotes in its
sentence), and the speakers no entity answers to and the sources taken for the holder by their form
(core.claims.why: how the name is written, where it stands; …によると before or 報じた after): counts only, so it may
be run on the held parts.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.claims.evaluate import evaluate_claims  # noqa: E402
from core.nlp.evaluate import read_jsonl  # noqa: E402

SEEDS = ROOT / "tests" / "fixtures" / "claims_gold" / "seeds.jsonl"
WIKINEWS = ROOT / "tests" / "fixtures" / "wikinews_gold" / "claims.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, help="one gold JSONL instead of the bundled ones")
    parser.add_argument("--parts", default="seeds,dev,held,dev7,dev8,dev9,dev10,dev11,dev12,dev13,dev14,dev15,dev16,dev17,dev18,dev19,dev20,dev21,dev22,dev23,dev24,dev25,dev26,dev27,dev28,dev29,dev30,dev31,dev32,held1,held2,held3,held4,held5,held6,held7,held8,held9,held10,held11,held12,held13,held14,held15,held16,held17,held18,held19,held20,held21,held22,held23,held24,held25,held26,held27,held28,held29,held30,held31,held32")
    parser.add_argument("--list", action="store_true", help="print each missed claim and extra candidate")
    parser.add_argument("--why", action="store_true",
                        help="counts of missed quoted claims and wrong holders by cause (counts only)")
    parser.add_argument("--classes", action="store_true", help="recall and holder accuracy by class of claim")
    args = parser.parse_args()
    if args.gold:
        items = read_jsonl(args.gold)
        runs = {}
        for item in items:  # a gold file split into parts (bench/quote_draws.jsonl: tune, aside) is scored by part
            runs.setdefault(f"{args.gold.name}:{item['part']}" if "part" in item else args.gold.name, []).append(item)
    else:
        wikinews = read_jsonl(WIKINEWS)
        runs = {}
        for part in args.parts.split(","):
            name, draw = part.rstrip("0123456789"), part[len(part.rstrip("0123456789")):]
            runs[part] = read_jsonl(SEEDS) if part == "seeds" else [
                i for i in wikinews if i.get("part") == name and (not draw or i.get("draw", 1) == int(draw))]
    for part, items in runs.items():
        report = evaluate_claims(items)
        print(f"== {part}")
        for key, value in report["figures"].items():
            print(f"  {key:<52} {value}")
        if args.classes:
            for name, value in report["classes"].items():
                print(f"    {name:<50} {value}")
        if args.why:
            for name, value in report["causes"].items():
                print(f"    why: {name:<45} {value}")
            for axis, values in report["forms"].items():
                for name, value in values.items():
                    print(f"      speaker an entity, form not read: {axis}: {name:<40} {value}")
            for name, value in report["wrong_name_places"].items():
                print(f"      nearer or likelier wrong name, {name:<60} {value}")
            for name, value in report["cause_shapes"].items():
                print(f"      {name:<90} {value}")
        if args.list:
            for line in report["details"]:
                print("    " + line)


if __name__ == "__main__":
    main()
