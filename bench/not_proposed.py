"""The gold meetings the evaluation counts "not proposed", by what Kaidan did in their article.

"Not proposed" (core.meeting_agreement.miss_reasons) means: no meeting record of the library holds a mention whose
span overlaps one of the gold meeting's mentions. So a meeting Kaidan proposed from another sentence, or from
another word of the same sentence, counts as not proposed; one merged into another record or given to a container
does not (its mention is in that record: a side or a date is then wrong). Each such meeting gets one class, the
furthest step any of its mentions reached, and tags: the same sides proposed elsewhere in the article, a multi-party
meeting, a mention in a line with no 。 (a headline or a caption).

    python bench/not_proposed.py [--parts seeds,dev] [--details]

Development parts and the seeds only: a held part is read as its summary lines alone (bench/eval_meetings.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.dates import reference_date  # noqa: E402
from bench.meeting_steps import touches, traced_detection as _traced_detection  # noqa: E402
from core.meeting_agreement import date_right, named_sides, participant_gaps  # noqa: E402
from core.meeting_gold_library import gold_part, scratch_gold_library  # noqa: E402
from core.meetings.country_of import country_lookup  # noqa: E402
from core.meetings.plan import plan_meetings  # noqa: E402
from core.meetings.triggers import TRIGGER  # noqa: E402
from core.sentences import sentence_spans  # noqa: E402
from core.store.articles import detection_input  # noqa: E402
from core.store.meetings import meeting_records  # noqa: E402
from core.store.mentions import mentions_for  # noqa: E402
from core.store.registry import load_registry  # noqa: E402

SEEDS_GOLD = ROOT / "tests" / "fixtures" / "meetings_gold" / "meetings.json"
WIKINEWS_GOLD = ROOT / "tests" / "fixtures" / "wikinews_gold" / "meetings.json"
SEEDS = ROOT.parent / "shared" / "seeds"

def _sentence_of(spans, start: int) -> tuple[int, int]:
    return next(((s, e) for s, e in spans if s <= start < e), (start, start + 1))


def classify(gold: dict, seed_dir: Path | None, details: list | None) -> tuple[Counter, Counter, int]:
    """(classes, tags) of the gold meetings no record overlaps, and the number of gold meetings."""
    classes, tags = Counter(), Counter()
    with scratch_gold_library(gold, seed_dir) as (names, db):
        registry = load_registry(db)
        country_of = country_lookup(registry)
        records = meeting_records(db)
        by_name = {name: article_id for article_id, name in names.items()}
        spans = {m["id"]: {(names[x["article_id"]], x["start"], x["end"]) for x in m["mentions"]} for m in records}
        traced = {}
        told = {m["id"]: {g["id"] for g in gold["meetings"]
                          if any(a == x["article"] and s < x["end"] and x["start"] < e
                                 for a, s, e in spans[m["id"]] for x in g["mentions"])} for m in records}
        for g in gold["meetings"]:
            wanted = [(x["article"], x["start"], x["end"]) for x in g["mentions"] if x["article"] in by_name]
            if not wanted or any(a == ga and s < ge and gs < e for m in records for a, s, e in spans[m["id"]]
                                 for ga, gs, ge in wanted):
                continue
            best, why, line_tags = -1, "", set()
            for name, g_start, g_end in wanted:
                if name not in traced:
                    article_id = by_name[name]
                    body, published, dateline = detection_input(db, article_id)
                    mentions = mentions_for(db, article_id)
                    detected, drops = _traced_detection(body, mentions, reference_date(published, dateline), registry)
                    plan = plan_meetings(body, mentions, published, dateline, registry)
                    traced[name] = (body, sentence_spans(body), detected, drops, plan.proposals)
                body, sentences, detected, drops, proposals = traced[name]
                span = [(g_start, g_end)]
                s_start, s_end = _sentence_of(sentences, g_start)
                line = body[body.rfind("\n", 0, g_start) + 1 : (body.find("\n", g_start) + 1 or len(body) + 1) - 1]
                if "。" not in line:
                    line_tags.add("told in a line with no 。 (a headline, a caption, a list of links)")
                words = [m for m in TRIGGER.finditer(body) if touches(span, m.start(), m.end())]
                near = [m for m in detected if touches(span, m.start, m.end)]
                planned = [p for p in proposals if any(touches(span, m.start, m.end) for m in p.mentions)]
                in_sentence = [m for m in detected if s_start <= m.start < s_end]
                if planned:
                    step, reason = 5, "planned, not stored (joined or dropped when stored)"
                elif near and not any(m.participants or m.title for m in near):
                    step, reason = 4, "detected with no side read, dropped in grouping"
                elif near:
                    step, reason = 4, "detected with a side, dropped in grouping or by the plan"
                elif words:
                    gates = sorted({d for m in words for d in drops.get(m.start(), [])})
                    step, reason = 3, "word read, dropped: " + (", ".join(gates) or "after reading (detect)")
                elif in_sentence:
                    step, reason = 2, "no meeting word at the mention; another word of its sentence detected"
                elif any(s_start <= m.start() < s_end for m in TRIGGER.finditer(body)):
                    step, reason = 1, "no meeting word at the mention; a word of its sentence dropped"
                else:
                    step, reason = 0, "no meeting word in its sentence"
                if step > best:
                    best, why = step, reason
            same_sides = [m for m in records if any(a == n for a, _, _ in spans[m["id"]] for n, _, _ in wanted)
                          and participant_gaps(g, named_sides(m), country_of, registry) == (0, 0)]
            if same_sides:
                right_date = any(date_right(m["start"], g) for m in same_sides)
                line_tags.add("the same sides proposed elsewhere in the article"
                              + (" (date right)" if right_date else " (date wrong)"))
            # the words ("found with right participants and date") with no span to anchor them: a record
            # of the article with its sides and date that tells no other gold meeting
            if any(date_right(m["start"], g) and not (told[m["id"]] - {g["id"]}) for m in same_sides):
                line_tags.add("found by sides and date alone (a record of its article telling no other gold meeting)")
            if g["kind"] == "multilateral" or len(g["participants"]) > 2:
                line_tags.add("multi-party (multilateral or three sides or more)")
            classes[why] += 1
            tags.update(line_tags)
            if details is not None:
                text = g["mentions"][0].get("text")
                body, sentences = traced[wanted[0][0]][:2]
                s_start, s_end = _sentence_of(sentences, wanted[0][1])
                details.append(f"{why} | {g['id']} {g['kind']} {[p['name'] for p in g['participants']]} "
                               f"{text!r} | {sorted(line_tags)} | {body[s_start:s_end].strip()[:160]}")
    return classes, tags, len(gold["meetings"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parts", default="seeds,dev")
    parser.add_argument("--details", action="store_true")
    parser.add_argument("--gold", type=Path, default=WIKINEWS_GOLD, help="the Wikinews gold (another tree's, say)")
    args = parser.parse_args()
    wikinews = json.loads(args.gold.read_text(encoding="utf-8"))
    total_classes, total_tags, total = Counter(), Counter(), 0
    for part in args.parts.split(","):
        if part.startswith("held"):
            raise SystemExit(f"{part}: a held part is read as its summary lines only")
        if part == "seeds":
            gold, seed_dir = json.loads(SEEDS_GOLD.read_text(encoding="utf-8")), SEEDS
        else:
            draw = part[len("dev"):]
            gold, seed_dir = gold_part(wikinews, "dev", int(draw) if draw else None), None
        lines: list[str] | None = [] if args.details else None
        classes, tags, n = classify(gold, seed_dir, lines)
        total_classes.update(classes)
        total_tags.update(tags)
        total += n
        print(f"== {part}: {sum(classes.values())} of {n} gold meetings not proposed")
        print("\n".join(f"  {n:>3}  {c}" for c, n in classes.most_common()))
        print("  tags: " + "; ".join(f"{t} {n}" for t, n in tags.most_common()))
        if lines:
            print("\n".join("    " + line for line in sorted(lines)))
    if len(args.parts.split(",")) > 1:
        print(f"== all: {sum(total_classes.values())} of {total} gold meetings not proposed")
        print("\n".join(f"  {n:>3}  {c}" for c, n in total_classes.most_common()))
        print("  tags: " + "; ".join(f"{t} {n}" for t, n in total_tags.most_common()))


if __name__ == "__main__":
    main()
