"""Meeting proposals against hand-made lists: the seeds (tests/fixtures/meetings_gold) and
Wikinews articles picked at random (tests/fixtures/wikinews_gold), its development part and
the part held aside, in one run.

    python bench/eval_meetings.py [--details] [--parts seeds,dev,held,held1,...,held25,dev25,identity,identity_dev,identity_held]

A part with a digit is one draw of articles only (1: the first sixteen, 2: the second, 3: the third,
4 to 8: the fourth to eighth draws of twelve, 9: the ninth of sixteen, 10: the tenth of twelve, told
with other meeting words, 11: the eleventh of twelve, the same words in longer articles, 12: sixteen livedoor news articles,
13 to 18: forty Wikinews articles each with any meeting word, 19: sixteen Wikinews and livedoor news articles
naming a leader, minister, ambassador or foreign ministry and a meeting word, 20: thirty Wikinews and livedoor news
articles with any meeting word, 21: twenty-four articles of both corpora whole (every livedoor category, any length)
with any meeting word, 22: twelve Wikinews and livedoor news articles by the twentieth draw's rule over what the draws
before left, 23: eight articles of both corpora whole at any length whose body holds 会談, 首脳, 外相, 訪問 or 来日 and
names a state's leader, minister, ambassador or foreign ministry, 24: fourteen Wikinews articles in no meetings gold with
another meeting word: 首脳, 訪問, 来日, 協議, 会合, 首相と, 大統領と …, 25: sixteen Wikinews and livedoor news articles
by the twenty-second draw's words at 3,000 characters that no gold, bench sample or test names),
with two a range of draws
(held1-8: the held parts of the first eight draws); identity: meetings told in several
articles (tests/fixtures/wikinews_gold/identity.json), one record each and none holding two;
identity_dev and identity_held: the groups of articles bench/pick_identity_groups.py picks by rule
(mostly hard negatives: the same country in the same week, other sides), development and held aside;
identity_dev4, identity_held4: the fourth draw's groups only (Wikinews and livedoor news, a headline country in common).

--why (any part, the held ones included: counts only, never an item) and --steps (development parts and the seeds;
with --details a line per meeting) say instead how many gold meetings stop at each step: no meeting word, dropped
in detection, no or one side read, dropped in grouping or by the plan, proposed with a side missing, a side of the
wrong kind (a country for its person), an extra side, the date missing, coarser than the text or on another day,
found right (bench/meeting_steps.py); and, for the meetings detected with no side or proposed with a
side missing, where the names of the sides Kaidan lacks are written (the mention's sentence, elsewhere in the
article, nowhere as the gold writes them) and the type of the entity mention covering them, then for those with a
mention why it was not read, by closed classes (its kind of body, its role in its sentence, its distance from the
meeting's sentence, the meeting sentence's subject and partner, Kaidan's sides there, and for a person whether Kaidan
holds their country: bench/side_reasons.py), and for the meetings
whose word was dropped in detection the gate that dropped it (function:line), counts only.
On the identity parts --why counts instead why each meeting told in several articles stayed in two records (not
proposed in one of its articles, or the faults of its two closest tellings: sides, dates, kinds, places) and how
each wrong merge was joined (core/identity_why.py); --details prints nothing of identity_held.

Links are counted found (both meetings found right and linked by the gold's relation), and apart from how well the
sides and dates were read: of the links whose two meetings were found right, and between any proposals touching the
two meetings' mentions; the links missed are counted by reason and relation (a meeting not proposed, both in one
proposal, not linked, linked by another relation or the other way, linked between proposals not right), counts only.

Each part's misses are counted by reason: not proposed at all, or what is wrong with the closest
proposal touching the meeting's mentions (a participant missing, an extra one, the date missing,
wrong or coarser than the text), and split in two when several proposals share its mentions.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.meeting_steps import meeting_steps  # noqa: E402
from bench.side_reasons import reasons_total  # noqa: E402
from core.identity_evaluation import evaluate_identity, identity_gold  # noqa: E402
from core.meeting_evaluation import evaluate_meetings  # noqa: E402
from core.meeting_gold_library import gold_part  # noqa: E402

SEEDS_GOLD = ROOT / "tests" / "fixtures" / "meetings_gold" / "meetings.json"
WIKINEWS_GOLD = ROOT / "tests" / "fixtures" / "wikinews_gold" / "meetings.json"
IDENTITY_GOLD = ROOT / "tests" / "fixtures" / "wikinews_gold" / "identity.json"
SEEDS = ROOT.parent / "shared" / "seeds"


def _share(a: int, b: int) -> str:
    return f"{a}/{b} = {a / b:.2f}" if b else "n/a"


def _wikinews_part(wikinews: dict, part: str) -> dict:
    """dev, held, dev13, held1-8: that part of the Wikinews gold."""
    name = part.rstrip("0123456789-")
    first, _, last = part[len(name):].partition("-")
    draws = range(int(first), int(last or first) + 1) if first else None
    return gold_part(wikinews, name, draws)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true")
    parser.add_argument("--steps", action="store_true",
                        help="instead of the measures: at which step each gold meeting stops (dev parts and seeds only)")
    parser.add_argument("--why", action="store_true",
                        help="instead of the measures: how many gold meetings stop at each step, counts only (any part)")
    parser.add_argument("--parts", default="seeds,dev,held,held1,held2,held3,held4,held5,held6,held7,held8,held9,held10,held11,held12,held13,held14,held15,held16,held17,held18,held19,held20,held21,held22,held23,held24,held25,identity,identity_dev,identity_held",
                        help="comma-separated: seeds, dev, held, one draw devN or heldN (N 1 to 25, e.g. dev25, held25), a range of draws (held1-19), identity, identity_dev, identity_held, identity_dev4, identity_held4")
    args = parser.parse_args()
    wikinews = json.loads(WIKINEWS_GOLD.read_text(encoding="utf-8"))
    for part in args.parts.split(","):
        if part.startswith("identity"):
            identity = json.loads(IDENTITY_GOLD.read_text(encoding="utf-8"))
            reports = [("Wikinews", evaluate_identity(identity_gold(identity, wikinews, part)))]
            if part == "identity":
                reports.append(("seeds", evaluate_identity(json.loads(SEEDS_GOLD.read_text(encoding="utf-8")), SEEDS)))
            for name, report in reports:
                print(f"== {part} ({name})")
                print(f"  {'one meeting told in several articles → one record':<52} "
                      f"{_share(report['one record across the articles'], report['meetings told in two or more articles'])}")
                print(f"  {'wrong merges (two meetings made one)':<52} "
                      f"{report['wrong merges (Kaidan meetings holding several gold meetings)']}")
                if args.details and not part.startswith("identity_held"):
                    print("\n".join("    " + line for line in report["details"]))
                if args.why:
                    print("\n".join(f"    {n:>3}  {reason}" for reason, n in sorted(report["why"].items())))
            continue
        if args.why:
            gold = json.loads(SEEDS_GOLD.read_text(encoding="utf-8")) if part == "seeds" else _wikinews_part(wikinews, part)
            missing, gates, reasons = Counter(), Counter(), Counter()
            counts = meeting_steps(gold, SEEDS if part == "seeds" else None, sides=missing, gates=gates, reasons=reasons)
            print(f"== {part} (why: {sum(counts.values())} meetings)")
            print("\n".join(f"  {step:<52} {n}" for step, n in counts.items()))
            print(f"  the gold sides Kaidan lacks, where their names are written ({sum(missing.values())}):")
            print("\n".join(f"    {n:>3}  {place}" for place, n in sorted(missing.items())))
            print(f"  why those with an entity mention were not read, by class ({reasons_total(reasons)} sides):")
            print("\n".join(f"    {n:>3}  {label}" for label, n in sorted(reasons.items())))
            print("  the gates that dropped a meeting word found (a meeting may count under two):")
            print("\n".join(f"    {n:>3}  {name}" for name, n in sorted(gates.items())))
            continue
        if args.steps:
            if part.startswith("held"):
                raise SystemExit(f"{part}: a held part is read as its summary lines only")
            gold = json.loads(SEEDS_GOLD.read_text(encoding="utf-8")) if part == "seeds" else _wikinews_part(wikinews, part)
            lines: list[str] = []
            counts = meeting_steps(gold, SEEDS if part == "seeds" else None, lines if args.details else None)
            print(f"== {part} (steps: {sum(counts.values())} meetings)")
            print("\n".join(f"  {step:<52} {n}" for step, n in counts.items()))
            if lines:
                print("\n".join("    " + line for line in sorted(lines)))
            continue
        if part == "seeds":
            report = evaluate_meetings(json.loads(SEEDS_GOLD.read_text(encoding="utf-8")), SEEDS)
        else:
            report = evaluate_meetings(_wikinews_part(wikinews, part))
        print(f"== {part}")
        print(f"  {'meetings found with right participants and date':<52} "
              f"{_share(report['found with the right participants and date'], report['meetings in gold'])}")
        missed = report["meetings in gold"] - report["found with the right participants and date"]
        print(f"  {'misses by reason (a miss may have two)':<52} {missed}: "
              + ", ".join(f"{reason} {n}" for reason, n in report["misses by reason"].items()))
        print(f"  {'meeting proposals that are a real meeting':<52} "
              f"{_share(report['Kaidan meetings that are a real meeting'], report['Kaidan meetings'])}")
        print(f"  {'wrong merges (two meetings made one)':<52} "
              f"{report['wrong merges (Kaidan meetings holding several gold meetings)']}"
              + (f" (joined by: {', '.join(f'{k} {v}' for k, v in sorted(report['wrong merges by evidence'].items()))})"
                 if report["wrong merges by evidence"] else ""))
        print(f"  {'links found':<52} {_share(report['links found'], report['gold links'])}"
              f" (Kaidan links: {report['Kaidan links']})")
        print(f"  {'  of the links whose two meetings were found right':<52} "
              f"{_share(report['links found'], report['gold links between meetings found'])}")
        print(f"  {'  between the proposals touching their two meetings':<52} "
              f"{_share(report['links found between meetings proposed'], report['gold links between meetings proposed'])}")
        print(f"  {'  link misses by reason':<52} "
              + ", ".join(f"{reason} {n}" for reason, n in sorted(report["link misses by reason"].items())))
        if args.details:
            print("\n".join("    " + line for line in report["details"]))


if __name__ == "__main__":
    main()
