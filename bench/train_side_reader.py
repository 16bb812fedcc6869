"""Train and measure the learned side reader (core.meetings.side_reader) against the rules, by article folds.

    python bench/train_side_reader.py            # dev articles in five folds: each fold read by a model trained on
                                                 # the seeds and the other folds; candidates added and dropped at each
                                                 # threshold, then eval_meetings' figures on dev, rules vs rules + reader
    python bench/train_side_reader.py --write    # train on the seeds and every dev article, write
                                                 # resources/meetings/side_reader.json
    python bench/train_side_reader.py --held     # one run on the held parts (trained on the seeds and all dev):
                                                 # summary lines only, rules vs rules + reader at SURE

Training uses the seeds (tests/fixtures/meetings_gold) and the dev part of the Wikinews gold only, never a held
part. Each meeting the rules propose and the gold holds (its mentions overlap one gold meeting's) gives its
candidates, labelled by whether each is one of the gold meeting's sides as bench/eval_meetings.py matches them.
"add" counts, among candidates the rules lack, the surest one per meeting at or above a threshold: right (a gold
side) or wrong; "drop" counts the rules' sides below a threshold: rightly dropped (no gold side) or wrongly.
The fit is deterministic: Newton's method on a convex loss from zeros.
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import conditional_logit  # noqa: E402
from core.meeting_agreement import country_level, participant_key, same_person, unmatched_sides  # noqa: E402
from core.meeting_evaluation import evaluate_meetings  # noqa: E402
from core.meeting_gold_library import gold_part, scratch_gold_library  # noqa: E402
from core.meetings import side_reader as sr  # noqa: E402
from core.meetings.country_of import country_lookup  # noqa: E402
from core.meetings.plan import plan_meetings  # noqa: E402
from core.store.articles import detection_input  # noqa: E402
from core.store.mentions import mentions_for  # noqa: E402
from core.store.registry import load_registry  # noqa: E402

SEEDS_GOLD = ROOT / "tests" / "fixtures" / "meetings_gold" / "meetings.json"
WIKINEWS_GOLD = ROOT / "tests" / "fixtures" / "wikinews_gold" / "meetings.json"
SEEDS = ROOT.parent / "shared" / "seeds"
MODEL_PATH = ROOT / "resources" / Path(*sr.MODEL)
FOLDS = 5
L2S = (0.1, 0.01, 0.001)
L2 = 0.001  # by the article folds: the add model at 0.1 and 0.01 is never sure of a lacking side
STEPS = 20
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
DROPS = (0.02, 0.05, 0.1)


def fold_of(name: str) -> int:
    """An article's fold, from its name alone (the same on every run)."""
    return zlib.crc32(name.encode("utf-8")) % FOLDS


def is_side(candidate: sr.Candidate, gold_meeting: dict, sides: list, country_of, registry) -> bool:
    """Whether the candidate is one of the gold meeting's sides (of sides, a part of them), as the evaluation
    matches them."""
    if country_level(gold_meeting):
        own = candidate.entity_id if (candidate.entity_id or "").startswith("country:") else country_of(candidate.entity_id)
        return own in {participant_key(p) if isinstance(p, dict) else p for p in sides}
    side = {"name": candidate.name, "entity_id": candidate.entity_id}
    for g in sides:
        hint = participant_key(g)
        host_country = country_of(hint) if hint and g.get("role") == "host" else None
        if (hint and candidate.entity_id == hint) or same_person(side, g["name"], registry) \
                or (host_country and candidate.entity_id == host_country):
            return True
    return False


def examples(gold: dict, seed_dir: Path | None) -> list[dict]:
    """One example per proposal of the rules that overlaps exactly one gold meeting: its article, candidates' rows,
    labels and whether the rules took each; a candidate the rules lack is labelled a side only when it is one of
    the gold sides the rules' sides leave unmatched (a second writing of a side already there adds nothing)."""
    out = []
    with scratch_gold_library(gold, seed_dir) as (names, db):
        registry = load_registry(db)
        country_of = country_lookup(registry)
        for article_id, name in sorted(names.items(), key=lambda pair: pair[1]):
            body, published, dateline = detection_input(db, article_id)
            mentions = mentions_for(db, article_id)
            proposals = plan_meetings(body, mentions, published, dateline, registry).proposals
            for proposal, (candidates, rows) in zip(proposals, sr.described(body, mentions, proposals, country_of)):
                golds = [g for g in gold["meetings"] if any(
                    x["article"] == name and x["start"] < m.end and m.start < x["end"]
                    for x in g["mentions"] for m in proposal.mentions)]
                if len(golds) != 1 or not candidates:
                    continue
                ruled = [row[sr.FEATURES.index("rules_side")] == 1.0 for row in rows]
                rules_sides = [{"name": p.name, "entity_id": p.entity_id} for p in proposal.participants]
                lacking, _ = unmatched_sides(golds[0], rules_sides, country_of, registry)
                labels = [is_side(c, golds[0], golds[0]["participants"] if was else lacking, country_of, registry)
                          for c, was in zip(candidates, ruled)]
                out.append({"article": name, "body": body, "rows": rows, "labels": labels, "ruled": ruled})
    return out


MODELS = ("add", "blind", "full")


def train(items: list[dict], l2: float = L2, model: str = "add") -> sr.SideReader:
    """Each candidate against the empty option (a row of zeros): a logistic model fitted as a conditional logit, a
    candidate that is no side being the empty option chosen. model "add": the candidates the rules lack only (the
    reader switched on); "blind": every candidate, the rules' pick hidden (a reader of shapes alone, as a side
    looks wherever the rules found it); "full": every candidate with the rules' pick (the model a drop asks)."""
    empty = [0.0] * len(sr.FEATURES)
    groups = [([row, empty], [label, not label]) for item in items
              for row, label, ruled in zip(item["rows"], item["labels"], item["ruled"]) if not (ruled and model == "add")]
    zeroed = (sr.FEATURES.index("rules_side"),) if model == "blind" else ()
    return sr.SideReader(list(sr.FEATURES), *conditional_logit.fit(groups, l2, STEPS, zeroed))


def counts(items: list[dict], reader_of) -> dict:
    """Adds and drops at each threshold, each item read by reader_of(item)."""
    added = {t: [0, 0] for t in THRESHOLDS}
    dropped = {d: [0, 0] for d in DROPS}
    for item in items:
        chances = reader_of(item).chances(item["rows"])
        lacked = [(p, label) for p, label, ruled in zip(chances, item["labels"], item["ruled"]) if not ruled]
        best = max(lacked, key=lambda pair: pair[0], default=None)
        for t in THRESHOLDS:
            if best is not None and best[0] >= t:
                added[t][0 if best[1] else 1] += 1
        for d in DROPS:
            for p, label, ruled in zip(chances, item["labels"], item["ruled"]):
                if ruled and p < d:
                    dropped[d][1 if label else 0] += 1
    return {"added": added, "dropped": dropped}


def report(name: str, figures: dict, drops: bool) -> None:
    print(f"  {name:<14} add the surest lacking candidate ≥ t: " + " | ".join(
        f"{t}: {r}+ {w}-" for t, (r, w) in figures["added"].items()))
    if drops:
        print(f"  {'':<14} drop a rules side < d: " + " | ".join(
            f"{d}: {r} rightly, {w} wrongly" for d, (r, w) in figures["dropped"].items()))


def evaluation_line(report_: dict) -> str:
    found, total = report_["found with the right participants and date"], report_["meetings in gold"]
    real, proposed = report_["Kaidan meetings that are a real meeting"], report_["Kaidan meetings"]
    reasons = report_["misses by reason"]
    return (f"found {found}/{total}, real {real}/{proposed}, wrong merges "
            f"{report_['wrong merges (Kaidan meetings holding several gold meetings)']}, participant missing "
            f"{reasons['participant missing']}, extra {reasons['extra participant']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="train on the seeds and all dev, write the model")
    parser.add_argument("--held", action="store_true",
                        help="train on the seeds and all dev, one run on the held parts: summary lines only")
    args = parser.parse_args()
    seeds_gold = json.loads(SEEDS_GOLD.read_text(encoding="utf-8"))
    dev_gold = gold_part(json.loads(WIKINEWS_GOLD.read_text(encoding="utf-8")), "dev")
    seeds, dev = examples(seeds_gold, SEEDS), examples(dev_gold, None)
    positives = sum(sum(i["labels"]) for i in seeds + dev)
    lacked = sum(label and not ruled for i in seeds + dev for label, ruled in zip(i["labels"], i["ruled"]))
    print(f"meetings read: seeds {len(seeds)}, dev {len(dev)}; candidates {sum(len(i['rows']) for i in seeds + dev)}, "
          f"gold sides among them {positives} (the rules lack {lacked})")
    if args.write:
        reader = train(seeds + dev)
        MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
        MODEL_PATH.write_text(json.dumps(reader.as_json(), ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_PATH.relative_to(ROOT)}")
        for name, weight in sorted(zip(sr.FEATURES, reader.weights), key=lambda p: -abs(p[1]))[:15]:
            print(f"  {name:<22} {weight:+.3f}")
        return
    if args.held:
        by_body = dict.fromkeys((i["body"] for i in seeds + dev), None)  # (nothing held is trained on)
        reader = train(seeds + dev)
        wikinews = json.loads(WIKINEWS_GOLD.read_text(encoding="utf-8"))
        for name, draws in (("held", None), ("held20", 20), ("held21", 21)):
            part = gold_part(wikinews, "held", draws)
            assert not any(item["body"] in by_body for item in part["articles"].values())
            sr.reader_for = lambda body: None
            print(f"== {name}\n  rules              {evaluation_line(evaluate_meetings(part))}")
            sr.reader_for = lambda body: reader
            print(f"  rules + reader {sr.SURE:<4} {evaluation_line(evaluate_meetings(part))}")
        return
    for l2 in L2S:
        print(f"== dev, by {FOLDS} article folds (l2 {l2}; + a gold side the rules lacked, - none)")
        for model in MODELS:
            folds = {k: train(seeds + [i for i in dev if fold_of(i["article"]) != k], l2, model) for k in range(FOLDS)}
            report(model, counts(dev, lambda item: folds[fold_of(item["article"])]), model == "full")
    folds = {k: train(seeds + [i for i in dev if fold_of(i["article"]) != k]) for k in range(FOLDS)}
    by_body = {i["body"]: folds[fold_of(i["article"])] for i in dev}
    print(f"== dev through eval_meetings (model add, l2 {L2}), each article read by its fold's model")
    print(f"  rules              {evaluation_line(evaluate_meetings(dev_gold))}")
    sr.reader_for = lambda body: by_body.get(body)
    default = sr.SURE
    for sure in THRESHOLDS:
        sr.SURE = sure
        print(f"  rules + reader {sure:<4} {evaluation_line(evaluate_meetings(dev_gold))}")
    sr.SURE = default


if __name__ == "__main__":
    main()
